import type { ActivityStatus } from '../api/activities';
import type { AgreementStatus } from '../api/agreements';
import { useI18n } from '../i18n/i18n';
import type { ActivityProgress } from '../api/promises';

/** An activity's status, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useI18n();
  return <span class={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useI18n();
  return <span class={`badge agreement-${status}`}>{t(`agreementStatus.${status}`)}</span>;
}

/** The traffic light, as the server judges it (ActivityProgress.light). */
export type Light = NonNullable<ActivityProgress['light']>;

/**
 * The traffic light: a shape and a word, never the colour alone. Given an activity's
 * progress, also its share of the target and the months judged: "Ligger efter 79 % (jan–nov 2026)".
 */
export function LightBadge({
  light,
  progress,
}: {
  light: Light;
  progress?: Pick<ActivityProgress, 'progress' | 'countedMonths'>;
}) {
  const { t, fmt } = useI18n();
  const word = t(`light.${light}`);
  const share = progress?.progress ?? null;
  const months = progress?.countedMonths ?? null;
  return (
    <span class={`badge light light-${light}`}>
      <span class="light-dot" aria-hidden="true" />
      {share !== null && months !== null
        ? t('light.judged', {
            light: word,
            percent: fmt.percent(share),
            months: fmt.monthSpan(months.first, months.last),
          })
        : word}
    </span>
  );
}

/** Marks what the public does not see yet (signed-in readers see unpublished items too). */
export function UnpublishedBadge({ published }: { published: boolean }) {
  const { t } = useI18n();
  if (published) return null;
  return <span class="badge unpublished">{t('common.unpublished')}</span>;
}
