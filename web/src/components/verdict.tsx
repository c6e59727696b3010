import type { Assessment } from '../api/accountability';
import type { CitizenPromise } from '../api/promises';
import { useI18n } from '../i18n/i18n';

// The verdict on a promise: an icon whose shape says it (the word always beside it, colour
// only repeats them), the editor's motivation and when it was given.

const ICONS: Record<Assessment | 'none', string> = {
  none: '–',
  notStarted: '○',
  onTrack: '▶',
  atRisk: '▲',
  delayed: '◷',
  kept: '✔',
  partlyKept: '◐',
  notKept: '✖',
};

export function VerdictBadge({ assessment }: { assessment: Assessment | null }) {
  const { t } = useI18n();
  const key = assessment ?? 'none';
  return (
    <span class={`badge verdict verdict-${key}`}>
      <span class="verdict-icon" aria-hidden="true">
        {ICONS[key]}
      </span>
      {t(`verdict.${key}`)}
    </span>
  );
}

/** The verdict first, with its motivation and date. */
export function Verdict({
  promise,
}: {
  promise: Pick<CitizenPromise, 'assessment' | 'assessmentNote' | 'assessedAt'>;
}) {
  const { t, fmt } = useI18n();
  return (
    <div class="verdict-block">
      <p class="verdict-line">
        <span class="verdict-term">{t('verdict.heading')}:</span> <VerdictBadge assessment={promise.assessment} />
      </p>
      {promise.assessmentNote && (
        <p class="verdict-note" lang="sv">
          {promise.assessmentNote}
        </p>
      )}
      {promise.assessedAt && (
        <p class="meta small">
          {t('verdict.assessedAt')} <time dateTime={promise.assessedAt}>{fmt.dateTime(promise.assessedAt)}</time>
        </p>
      )}
    </div>
  );
}
