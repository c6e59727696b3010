import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getActivity, type Activity } from '../api/activities';
import { asApiError, type ApiError } from '../api/client';
import { listFollowUps, putFollowUp, type FollowUp } from '../api/followUps';
import { getPromiseProgress, listPromises, type ActivityProgress, type CitizenPromise } from '../api/promises';
import type { User } from '../api/users';
import { AsyncStatus, Loading, ProblemMessage, useAsync } from '../components/async';
import { SelectField } from '../components/fields';
import { useAnnounce, usePageTitle } from '../components/Layout';
import { Section } from '../components/text';
import { useI18n, type I18n } from '../i18n/i18n';
import { href, navigate, useLocation } from '../router';
import { useSession } from '../session';
import { MissingReports } from './FollowUpMissing';

// Uppföljning: the month grid an editor or partner records follow-ups in.
// The server decides who may write; the grid only offers what it would accept.

type MonthProgress = ActivityProgress['months'][number];

export interface Row {
  activity: Activity;
  progress: ActivityProgress | undefined;
  followUps: Map<string, FollowUp>;
  editable: boolean;
}

/** Editors of the promise's municipality and admins; partners only for shared activities of their organisation. */
export function mayRecord(user: User, activity: Activity, promise: CitizenPromise): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'editor') return user.municipalityId === promise.municipalityId;
  if (user.role === 'partner') return isPartnerOf(user, activity);
  return false;
}

export function isPartnerOf(user: User, activity: Activity): boolean {
  return (
    activity.shared &&
    (activity.leadOrganisationId === user.organisationId ||
      activity.partnerOrganisationIds.includes(user.organisationId))
  );
}

/** The promise running today, else the latest one. */
export function currentPromise(promises: CitizenPromise[], today = new Date().toISOString().slice(0, 10)) {
  const sorted = [...promises].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  return sorted.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? sorted[0];
}

/** "2025-03" for each month of the year that lies in the period. */
export function monthsOfYear(year: number, periodStart: string, periodEnd: string): string[] {
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month >= periodStart.slice(0, 7) && month <= periodEnd.slice(0, 7)) months.push(month);
  }
  return months;
}

export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const years: number[] = [];
  for (let y = Number(periodStart.slice(0, 4)); y <= Number(periodEnd.slice(0, 4)); y++) years.push(y);
  return years;
}

/** The last month that has ended by the server's clock: the latest month not "upcoming". */
export function lastEndedMonth(progress: ActivityProgress[]): string | null {
  let last: string | null = null;
  for (const item of progress) {
    for (const month of item.months)
      if (month.state !== 'upcoming' && (last === null || month.month > last)) last = month.month;
  }
  return last;
}

function nextMonth(month: string): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

async function loadPromiseData(promise: CitizenPromise, user: User) {
  const progress = await getPromiseProgress(promise.id);
  const activities = await Promise.all(promise.activityIds.map((id) => getActivity(id)));
  const visible = user.role === 'partner' ? activities.filter((activity) => isPartnerOf(user, activity)) : activities;
  const followUps = await Promise.all(visible.map((activity) => listFollowUps(activity.id)));
  const byActivity = new Map(progress.activities.map((item) => [item.activityId, item]));
  const rows: Row[] = visible.map((activity, i) => ({
    activity,
    progress: byActivity.get(activity.id),
    followUps: new Map((followUps[i] ?? []).map((followUp) => [followUp.month, followUp])),
    editable: mayRecord(user, activity, promise),
  }));
  return { rows, lastMonth: lastEndedMonth(progress.activities) };
}

export function FollowUpPage() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  const location = useLocation();
  usePageTitle(t('followUp.title'));

  return (
    <>
      <h1>{t('followUp.title')}</h1>
      {!ready && <Loading />}
      {ready && !user && (
        <p class="notice">
          {t('followUp.signInFirst')}{' '}
          <a href={href('login', {}, { next: location.path + window.location.search })}>{t('followUp.signInLink')}</a>
        </p>
      )}
      {ready && user && <FollowUpBody user={user} />}
    </>
  );
}

function FollowUpBody({ user }: { user: User }) {
  const { t } = useI18n();
  const location = useLocation();
  const promises = useAsync(() => listPromises(), [user.id]);

  if (promises.state !== 'done') return <AsyncStatus result={promises} />;
  const list = promises.data;
  if (list.length === 0) return <p>{t('followUp.noPromises')}</p>;
  const chosen = list.find((p) => p.id === location.query.get('lofte')) ?? currentPromise(list)!;

  const choose = (query: Record<string, string>) => navigate(href('followUp', {}, query), { replace: true });

  return (
    <>
      <PromiseGrid
        key={chosen.id}
        promise={chosen}
        promises={list}
        user={user}
        year={location.query.get('ar')}
        choose={choose}
      />
    </>
  );
}

function PromiseGrid({
  promise,
  promises,
  user,
  year: yearParam,
  choose,
}: {
  promise: CitizenPromise;
  promises: CitizenPromise[];
  user: User;
  year: string | null;
  choose: (query: Record<string, string>) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [reload, setReload] = useState(0);
  const data = useAsync(() => loadPromiseData(promise, user), [promise.id, user.id, reload]);
  const [editing, setEditing] = useState<{ row: Row; month: string; opener: HTMLElement } | null>(null);
  // The last good data stays on screen while it is read again after a save.
  const [shown, setShown] = useState<Awaited<ReturnType<typeof loadPromiseData>> | null>(null);
  useEffect(() => {
    if (data.state === 'done') setShown(data.data);
  }, [data]);

  const years = yearsOf(promise.periodStart, promise.periodEnd);
  const lastMonth = shown?.lastMonth ?? null;
  const defaultYear = lastMonth ? Number(lastMonth.slice(0, 4)) : years[0]!;
  const year = years.find((y) => String(y) === yearParam) ?? (years.includes(defaultYear) ? defaultYear : years[0]!);
  const months = monthsOfYear(year, promise.periodStart, promise.periodEnd);
  const currentMonth = lastMonth ? nextMonth(lastMonth) : null;

  if (!shown) {
    if (data.state === 'error') return <ProblemMessage error={data.error} onRetry={data.retry} />;
    return <Loading />;
  }
  const { rows } = shown;

  return (
    <>
      <div class="chooser">
        <SelectField
          id="followup-promise"
          label={t('followUp.promise')}
          value={promise.id}
          onValue={(id) => choose({ lofte: id })}
          options={promises.map((p) => ({ value: p.id, label: p.title, lang: 'sv' as const }))}
        />
        <SelectField
          id="followup-year"
          label={t('followUp.year')}
          value={String(year)}
          onValue={(ar) => choose({ lofte: promise.id, ar })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      <p>
        <a href={href('report', { promiseId: promise.id })}>{t('followUp.toReport')}</a>
      </p>
      {user.role === 'partner' && <p class="muted">{t('followUp.partnerNote')}</p>}

      <Section headingId="grid-heading" title={t('followUp.gridHeading', { year })}>
        <p class="muted">{t('followUp.gridHelp')}</p>
        {data.state === 'error' && <ProblemMessage error={data.error} onRetry={data.retry} />}
        {rows.length === 0 ? (
          <p>{t('followUp.noActivities')}</p>
        ) : (
          <MonthGrid
            rows={rows}
            months={months}
            currentMonth={currentMonth}
            i18n={i18n}
            onOpen={(row, month, opener) => setEditing({ row, month, opener })}
          />
        )}
      </Section>

      <MissingReports municipalityId={promise.municipalityId} defaultMonth={lastMonth} reload={reload} />

      {editing && (
        <FollowUpDialog
          row={editing.row}
          month={editing.month}
          onClose={(saved) => {
            const opener = editing.opener;
            setEditing(null);
            if (saved) setReload((n) => n + 1);
            // Focus goes back to the cell that opened the editor (found again: the grid may have redrawn).
            window.setTimeout(() => {
              const again = document.querySelector<HTMLElement>(
                `[data-cell="${editing.row.activity.id}/${editing.month}"]`,
              );
              (again ?? opener).focus();
            }, 0);
          }}
        />
      )}
    </>
  );
}

export function cellText(month: MonthProgress | undefined, { t, fmt }: I18n): string {
  if (!month) return t('followUp.outside');
  const target = month.target === null ? '–' : fmt.number(month.target);
  if (month.state === 'missing') return t('followUp.cellMissing', { target });
  if (month.state === 'noTarget') return t('followUp.cellNoTarget');
  if (month.state === 'upcoming' && month.outcome === null) return t('followUp.cellUpcoming', { target });
  return t('followUp.cellValue', { outcome: month.outcome === null ? '–' : fmt.number(month.outcome), target });
}

function MonthGrid({
  rows,
  months,
  currentMonth,
  i18n,
  onOpen,
}: {
  rows: Row[];
  months: string[];
  currentMonth: string | null;
  i18n: I18n;
  onOpen: (row: Row, month: string, opener: HTMLElement) => void;
}) {
  const { t, fmt } = i18n;
  const table = useRef<HTMLTableElement>(null);
  const monthName = useMemo(
    () => new Intl.DateTimeFormat(fmt.locale, { month: 'short', timeZone: 'UTC' }),
    [fmt.locale],
  );

  // Arrow keys move between the cells that can be edited; Tab goes through them too.
  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
    };
    const move = moves[event.key];
    const target = event.target as HTMLElement;
    if (!move || !target.dataset.row || !table.current) return;
    const cells = [...table.current.querySelectorAll<HTMLElement>('button[data-row]')];
    let r = Number(target.dataset.row);
    let c = Number(target.dataset.col);
    for (let step = 0; step < rows.length + months.length; step++) {
      r += move[0];
      c += move[1];
      if (r < 0 || c < 0 || r >= rows.length || c >= months.length) return;
      const next = cells.find((cell) => cell.dataset.row === String(r) && cell.dataset.col === String(c));
      if (next) {
        event.preventDefault();
        next.focus();
        return;
      }
    }
  }

  return (
    <div class="table-wrap grid-wrap">
      <table class="followup-grid" ref={table} onKeyDown={onKeyDown}>
        <caption>{t('followUp.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUp.activity')}</th>
            {months.map((month) => (
              <th key={month} scope="col" class="num">
                <abbr title={fmt.month(month)}>{monthName.format(new Date(`${month}-01T00:00:00Z`))}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.activity.id}>
              <th scope="row">
                <span class="grid-title" lang="sv">
                  {row.activity.title}
                </span>
                {row.progress?.measure && (
                  <span class="small muted grid-measure" lang="sv">
                    {row.progress.measure.label}
                  </span>
                )}
              </th>
              {months.map((month, c) => {
                const progress = row.progress?.months.find((m) => m.month === month);
                const text = cellText(progress, i18n);
                const recordable =
                  row.editable &&
                  progress !== undefined &&
                  (progress.state !== 'upcoming' || month === currentMonth) &&
                  row.progress?.measure !== null;
                const state = progress?.state ?? 'outside';
                return (
                  <td key={month} class={`num cell-${state}`}>
                    {recordable ? (
                      <button
                        type="button"
                        class="cell-button"
                        data-row={r}
                        data-col={c}
                        data-cell={`${row.activity.id}/${month}`}
                        aria-haspopup="dialog"
                        onClick={(event) => onOpen(row, month, event.currentTarget)}
                      >
                        <span class="visually-hidden">
                          {t('followUp.cellLabel', { activity: row.activity.title, month: fmt.month(month) })}{' '}
                        </span>
                        {text}
                      </button>
                    ) : (
                      <span>{text}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Draft {
  outcome: string;
  notReported: boolean;
  comment: string;
  internalNote: string;
}

function draftOf(followUp: FollowUp | undefined, progress: MonthProgress | undefined): Draft {
  const outcome = followUp?.outcome ?? progress?.outcome ?? null;
  return {
    outcome: outcome === null ? '' : String(outcome),
    notReported: followUp !== undefined && followUp.outcome === null,
    comment: followUp?.comment ?? '',
    internalNote: followUp?.internalNote ?? '',
  };
}

function FollowUpDialog({ row, month, onClose }: { row: Row; month: string; onClose: (saved: boolean) => void }) {
  const { t, fmt } = useI18n();
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const progress = row.progress?.months.find((m) => m.month === month);
  const [base, setBase] = useState<FollowUp | undefined>(row.followUps.get(month));
  const [draft, setDraft] = useState<Draft>(() => draftOf(row.followUps.get(month), progress));
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<FollowUp | null>(null);
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  async function onSubmit(event: Event) {
    event.preventDefault();
    setError(null);
    setOutcomeError(null);
    let outcome: number | null = null;
    if (!draft.notReported) {
      const text = draft.outcome.trim().replace(',', '.');
      outcome = text === '' ? NaN : Number(text);
      if (!Number.isFinite(outcome) || outcome < 0) {
        setOutcomeError(t('followUp.outcomeInvalid'));
        return;
      }
      // The server's rule (a count takes whole numbers), said before sending.
      if (row.progress?.wholeNumbers && !Number.isInteger(outcome)) {
        setOutcomeError(t('followUp.outcomeWhole', { unit: row.progress.measure?.unit ?? '' }));
        return;
      }
    }
    setBusy(true);
    try {
      await putFollowUp(
        row.activity.id,
        month,
        { outcome, comment: draft.comment, internalNote: draft.internalNote },
        base?.version ?? null,
      );
      saved.current = true;
      announce(t('followUp.saved', { activity: row.activity.title, month: fmt.month(month) }));
      dialog.current?.close();
    } catch (caught) {
      const failure = asApiError(caught);
      if (failure.status === 412 || failure.status === 409) {
        // Someone else saved this month: show theirs, keep ours, and save on top of theirs next time.
        const fresh = (await listFollowUps(row.activity.id).catch(() => [])).find((f) => f.month === month);
        setBase(fresh);
        setConflict(fresh ?? null);
        setError(failure);
      } else {
        setError(failure);
        const field = failure.problem?.errors?.find((e) => e.path === '/outcome');
        if (field) setOutcomeError(field.message);
      }
    } finally {
      setBusy(false);
    }
  }

  const title = t('followUp.dialogTitle', { activity: row.activity.title, month: fmt.month(month) });
  const measure = row.progress?.measure;
  return (
    <dialog
      ref={dialog}
      class="followup-dialog"
      aria-labelledby="followup-dialog-title"
      onClose={() => onClose(saved.current)}
    >
      <form class="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <h2 id="followup-dialog-title">{title}</h2>
        {measure && (
          <p class="muted" lang="sv">
            {t('followUp.dialogMeasure', {
              label: measure.label,
              target: progress?.target === null || progress === undefined ? '–' : fmt.number(progress.target),
            })}
          </p>
        )}
        {conflict !== null || (error && (error.status === 412 || error.status === 409)) ? (
          <div class="notice notice-error" role="alert">
            <p>
              <strong>{t('followUp.conflict')}</strong>
            </p>
            {conflict ? (
              <p>
                {t('followUp.conflictNow', {
                  outcome: conflict.outcome === null ? t('followUp.notReported') : fmt.number(conflict.outcome),
                  comment: conflict.comment || t('followUp.noComment'),
                })}
              </p>
            ) : null}
            <p>{t('followUp.conflictKept')}</p>
          </div>
        ) : (
          error && <ProblemMessage error={error} />
        )}
        <div class="field">
          <label for="followup-outcome">{t('followUp.outcome')}</label>
          <input
            id="followup-outcome"
            type="text"
            inputMode={row.progress?.wholeNumbers ? 'numeric' : 'decimal'}
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
            {t('followUp.save')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => dialog.current?.close()}>
            {t('followUp.cancel')}
          </button>
        </div>
      </form>
    </dialog>
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
