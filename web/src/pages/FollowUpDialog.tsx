import { useEffect, useRef, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { getFollowUp, putFollowUp, type FollowUp } from '../api/followUps';
import { ProblemMessage } from '../components/async';
import { followUpSaved, useAnnounce } from '../components/Layout';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { fieldErrorText } from '../i18n/problems';
import type { GridMonth, Row } from './FollowUpGrid';

// Recording or correcting one month. When someone else saved the month meanwhile (412 on a
// stale correction, 428 or 412 when both recorded an empty month), their value is shown beside
// what was typed: keep theirs, or save yours over it on the version just read.

/** A rule the outcome must also keep (e.g. whole numbers for counts): the message of its breach, or null. */
export type OutcomeRule = (value: number) => MessageKey | null;

/** The outcome as typed (decimal comma or point): a number ≥ 0 that keeps the rules, or the message of what is wrong. */
export function checkOutcome(
  text: string,
  rules: readonly OutcomeRule[] = [],
): { value: number; error?: undefined } | { error: MessageKey } {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return { error: 'followUp.outcomeRequired' };
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return { error: 'followUp.outcomeNotNumber' };
  const value = Number(compact.replace(',', '.'));
  if (value < 0) return { error: 'followUp.outcomeNegative' };
  for (const rule of rules) {
    const error = rule(value);
    if (error) return { error };
  }
  return { value };
}

interface Draft {
  outcome: string;
  notReported: boolean;
  comment: string;
  internalNote: string;
}

/** What a recorded month holds that its editor starts from: the grid's month, or the month read again. */
type Recorded = Pick<FollowUp, 'outcome' | 'comment' | 'internalNote' | 'version'>;

/** The recorded month behind a month of the grid; none where it was never recorded. */
function recordedOf(month: GridMonth | undefined): Recorded | undefined {
  if (month?.version === undefined) return undefined;
  return {
    outcome: month.outcome,
    comment: month.comment ?? '',
    internalNote: month.internalNote,
    version: month.version,
  };
}

function draftOf(followUp: Recorded | undefined): Draft {
  return {
    outcome: followUp?.outcome == null ? '' : String(followUp.outcome),
    notReported: followUp !== undefined && followUp.outcome === null,
    comment: followUp?.comment ?? '',
    internalNote: followUp?.internalNote ?? '',
  };
}

/** Someone else saved the month: what they saved (null when it could not be read). */
interface Conflict {
  theirs: FollowUp | null;
}

/** The answers that mean the month is not as it was read. */
const CONFLICTS = [409, 412, 428];

export function FollowUpDialog({
  row,
  month,
  dueDate,
  onClose,
}: {
  row: Row;
  month: string;
  /** The day the month is due (the municipality's report day of the next month). */
  dueDate?: string;
  onClose: (changed: boolean) => void;
}) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const outcomeInput = useRef<HTMLInputElement>(null);
  const progress = row.months.get(month);
  const [base, setBase] = useState<Recorded | undefined>(() => recordedOf(progress));
  const [draft, setDraft] = useState<Draft>(() => draftOf(recordedOf(progress)));
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const what = { activity: row.activity.title, month: fmt.month(month) };

  /** The outcome to send, or null after showing (and focusing) what is wrong with it. */
  function outcomeToSend(): { value: number | null } | null {
    if (draft.notReported) return { value: null };
    // The server's rule (a count takes whole numbers), said before sending.
    const whole: OutcomeRule = (value) =>
      row.wholeNumbers && !Number.isInteger(value) ? 'followUp.outcomeWhole' : null;
    const checked = checkOutcome(draft.outcome, [whole]);
    if (checked.error === undefined) return { value: checked.value };
    setOutcomeError(t(checked.error, { unit: row.activity.measure?.unit ?? '' }));
    outcomeInput.current?.focus();
    return null;
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    setError(null);
    setOutcomeError(null);
    const outcome = outcomeToSend();
    if (!outcome) return;
    setBusy(true);
    try {
      await putFollowUp(
        row.activity.id,
        month,
        { outcome: outcome.value, comment: draft.comment, internalNote: draft.internalNote },
        base?.version ?? null,
      );
      changed.current = true;
      followUpSaved();
      announce(t('followUp.saved', what));
      dialog.current?.close();
    } catch (caught) {
      const failure = asApiError(caught);
      // A settled tertial is no one else's save: said as the refusal it is.
      if (CONFLICTS.includes(failure.status) && failure.problem?.type !== '/problems/period-closed') {
        // Read the month as it is now: the next save goes on top of exactly that version.
        const theirs = await getFollowUp(row.activity.id, month).catch(() => null);
        setBase(theirs ?? undefined);
        setConflict({ theirs });
        changed.current = true;
      } else {
        setError(failure);
        const field = failure.problem?.errors?.find((e) => e.path === '/outcome');
        if (field) setOutcomeError(fieldErrorText(i18n, field));
      }
    } finally {
      setBusy(false);
    }
  }

  function keepTheirs() {
    announce(t('followUp.keptTheirs', what));
    dialog.current?.close();
  }

  const measure = row.activity.measure;
  return (
    <dialog
      ref={dialog}
      class="followup-dialog"
      aria-labelledby="followup-dialog-title"
      onClose={() => onClose(changed.current)}
    >
      <form class="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <h2 id="followup-dialog-title">{t('followUp.dialogTitle', what)}</h2>
        {measure && (
          <p class="muted" lang="sv">
            {t('followUp.dialogMeasure', {
              label: measure.label,
              target: progress?.target == null ? '–' : fmt.number(progress.target),
            })}
          </p>
        )}
        {dueDate && <p class="muted">{t('followUp.dueDate', { date: fmt.date(dueDate) })}</p>}
        {conflict ? (
          <ConflictNotice theirs={conflict.theirs} draft={draft} />
        ) : (
          error && <ProblemMessage error={error} />
        )}
        <div class="field">
          <label for="followup-outcome">{t('followUp.outcome')}</label>
          <input
            ref={outcomeInput}
            id="followup-outcome"
            type="text"
            inputMode={row.wholeNumbers ? 'numeric' : 'decimal'}
            value={draft.outcome}
            disabled={draft.notReported}
            aria-invalid={outcomeError !== null}
            aria-describedby={outcomeError ? 'followup-outcome-error' : 'followup-outcome-hint'}
            onInput={(event) => update({ outcome: event.currentTarget.value })}
          />
          {outcomeError ? (
            <p id="followup-outcome-error" class="field-error">
              {outcomeError}
            </p>
          ) : (
            <p id="followup-outcome-hint" class="small muted">
              {t('followUp.outcomeHint')}
            </p>
          )}
        </div>
        <div class="field field-check">
          <input
            id="followup-not-reported"
            type="checkbox"
            checked={draft.notReported}
            onChange={(event) => update({ notReported: event.currentTarget.checked })}
          />
          <label for="followup-not-reported">{t('followUp.notReportedCheck')}</label>
        </div>
        <NoteField
          id="followup-comment"
          label={t('followUp.comment')}
          hint={t('followUp.commentHint')}
          maxLength={2000}
          value={draft.comment}
          onValue={(comment) => update({ comment })}
        />
        <NoteField
          id="followup-note"
          label={t('followUp.internalNote')}
          hint={t('followUp.internalNoteHint')}
          maxLength={5000}
          value={draft.internalNote}
          onValue={(internalNote) => update({ internalNote })}
        />
        <div class="dialog-buttons">
          <button type="submit" class="button" disabled={busy}>
            {conflict ? t('followUp.saveMine') : t('followUp.save')}
          </button>
          {conflict?.theirs && (
            <button type="button" class="button button-secondary" onClick={keepTheirs}>
              {t('followUp.keepTheirs')}
            </button>
          )}
          <button type="button" class="button button-secondary" onClick={() => dialog.current?.close()}>
            {t('followUp.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** What someone else saved beside what was typed, field by field. */
function ConflictNotice({ theirs, draft }: { theirs: FollowUp | null; draft: Draft }) {
  const { t, fmt } = useI18n();
  const none = t('followUp.noComment');
  const lines: [string, string, string][] = theirs
    ? [
        [
          t('followUp.outcome'),
          theirs.outcome === null ? t('followUp.notReported') : fmt.number(theirs.outcome),
          draft.notReported ? t('followUp.notReported') : draft.outcome || '–',
        ],
        [t('followUp.comment'), theirs.comment || none, draft.comment || none],
      ]
    : [];
  // Internal notes only for those who may read them.
  if (theirs?.internalNote !== undefined) {
    lines.push([t('followUp.internalNote'), theirs.internalNote || none, draft.internalNote || none]);
  }
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{t('followUp.conflict')}</strong>
      </p>
      {theirs && (
        <div class="table-wrap">
          <table class="conflict-table">
            <caption>{t('followUp.conflictCaption', { when: fmt.dateTime(theirs.recordedAt) })}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t('followUp.conflictTheirs')}</th>
                <th scope="col">{t('followUp.conflictMine')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(([field, saved, typed]) => (
                <tr key={field}>
                  <th scope="row">{field}</th>
                  <td>{saved}</td>
                  <td>{typed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t(theirs ? 'followUp.conflictChoose' : 'followUp.conflictKept')}</p>
    </div>
  );
}

/** A month's comment or internal note: a few lines of text, with a hint on who reads it. */
function NoteField({
  id,
  label,
  hint,
  maxLength,
  value,
  onValue,
}: {
  id: string;
  label: string;
  hint: string;
  maxLength: number;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={maxLength}
        aria-describedby={`${id}-hint`}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="small muted">
        {hint}
      </p>
    </div>
  );
}
