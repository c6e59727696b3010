import type { ActivityStatus } from '../api/activities';
import type { AgreementStatus } from '../api/agreements';
import { useI18n } from '../i18n/i18n';
import type { Light } from '../progress';

/** An activity's status, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useI18n();
  return <span class={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useI18n();
  return <span class={`badge agreement-${status}`}>{t(`agreementStatus.${status}`)}</span>;
}

/** The traffic light: a shape and a word, never the colour alone. */
export function LightBadge({ light }: { light: Light }) {
  const { t } = useI18n();
  return (
    <span class={`badge light light-${light}`}>
      <span class="light-dot" aria-hidden="true" />
      {t(`light.${light}`)}
    </span>
  );
}

/** Marks what the public does not see yet (signed-in readers see unpublished items too). */
export function UnpublishedBadge({ published }: { published: boolean }) {
  const { t } = useI18n();
  if (published) return null;
  return <span class="badge unpublished">{t('common.unpublished')}</span>;
}
