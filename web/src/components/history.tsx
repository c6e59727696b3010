import { useState } from 'preact/hooks';
import { embedHref, getPromiseHistory, type HistoryEntry } from '../api/accountability';
import { useI18n, type I18n } from '../i18n/i18n';
import { useAnnounce } from './Layout';
import { Loading, ProblemMessage, useAsync } from './async';
import { VerdictBadge } from './verdict';

// A promise's public history ("Historik") and the code to embed it elsewhere: both behind
// a disclosure, the history fetched when first opened.

function value(i18n: I18n, outcome: number | null | undefined, unit: string | null | undefined) {
  if (outcome === null || outcome === undefined) return i18n.t('history.notReported');
  return unit ? `${i18n.fmt.number(outcome)} ${unit}` : i18n.fmt.number(outcome);
}

function EntryText({ entry }: { entry: HistoryEntry }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const activity = entry.activityTitle ?? '';
  switch (entry.kind) {
    case 'created':
      return <>{t('history.created')}</>;
    case 'assessed':
      return (
        <>
          {t('history.assessed')} <VerdictBadge assessment={entry.assessment ?? null} />
          {entry.previousAssessment && (
            <span class="muted"> {t('history.previously', { verdict: t(`verdict.${entry.previousAssessment}`) })}</span>
          )}
          {entry.assessmentNote && (
            <span class="history-detail" lang="sv">
              {entry.assessmentNote}
            </span>
          )}
        </>
      );
    case 'changed':
      return (
        <>
          {t('history.changed', { field: t(`history.field.${entry.field ?? 'text'}`) })}
          <span class="history-detail">
            <span class="muted">{t('history.before')}:</span> <span lang="sv">{entry.before ?? '–'}</span>
          </span>
          <span class="history-detail">
            <span class="muted">{t('history.after')}:</span> <span lang="sv">{entry.after ?? '–'}</span>
          </span>
        </>
      );
    case 'activityAdded':
    case 'activityRemoved':
      return <>{t(`history.${entry.kind}`, { title: activity })}</>;
    case 'monthRecorded':
      return (
        <>
          {t('history.monthRecorded', {
            activity,
            month: fmt.month(entry.month ?? ''),
            value: value(i18n, entry.outcomeAfter, entry.unit),
          })}
          {entry.comment && (
            <span class="history-detail" lang="sv">
              {entry.comment}
            </span>
          )}
        </>
      );
    case 'monthCorrected':
      return (
        <>
          {t('history.monthCorrected', {
            activity,
            month: fmt.month(entry.month ?? ''),
            before: value(i18n, entry.outcomeBefore, entry.unit),
            after: value(i18n, entry.outcomeAfter, entry.unit),
          })}
          {entry.comment && (
            <span class="history-detail" lang="sv">
              {entry.comment}
            </span>
          )}
        </>
      );
  }
}

function HistoryList({ promiseId }: { promiseId: string }) {
  const { t, fmt } = useI18n();
  const result = useAsync(() => getPromiseHistory(promiseId), [promiseId]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ProblemMessage error={result.error} onRetry={result.retry} />;
  const { items } = result.data;
  if (items.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <ol class="history">
      {items.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
          <span class="history-text">
            <EntryText entry={entry} />
            {entry.by && <span class="muted small"> – {t('history.by', { organisation: entry.by })}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function PromiseHistorySection({ promiseId }: { promiseId: string }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <details class="disclosure" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>
        <h3 class="disclosure-title">{t('history.title')}</h3>
      </summary>
      <p class="muted small">{t('history.lead')}</p>
      {opened && <HistoryList promiseId={promiseId} />}
    </details>
  );
}

/** The <iframe> code of a promise, to copy into another site. */
export function EmbedCode({ promiseId, title }: { promiseId: string; title: string }) {
  const { t, lang } = useI18n();
  const announce = useAnnounce();
  const src = `${window.location.origin}${embedHref(promiseId, lang)}`;
  const code = `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="520" style="border:0"></iframe>`;
  const id = `embed-${promiseId}`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      announce(t('embed.copied'));
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
    }
  }
  return (
    <details class="disclosure">
      <summary>
        <h3 class="disclosure-title">{t('embed.title')}</h3>
      </summary>
      <p class="small">{t('embed.lead')}</p>
      <label for={id}>{t('embed.code')}</label>
      <textarea
        id={id}
        class="embed-code"
        readOnly
        rows={3}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p class="embed-actions">
        <button type="button" class="button button-secondary" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>{' '}
        <a href={embedHref(promiseId, lang)} target="_blank" rel="noopener">
          {t('embed.preview')}
        </a>
      </p>
    </details>
  );
}
