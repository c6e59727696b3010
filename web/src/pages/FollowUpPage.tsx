import { useEffect, useState } from 'preact/hooks';
import { listAgreements, type Agreement } from '../api/agreements';
import { asApiError } from '../api/client';
import { inOrder, listFocusAreas } from '../api/focusAreas';
import { getFollowUpGrid } from '../api/followUps';
import { listOrganisations } from '../api/organisations';
import { listPromises, type CitizenPromise } from '../api/promises';
import type { User } from '../api/users';
import { AsyncStatus, Loading, ProblemMessage, useAsync } from '../components/async';
import { SelectField } from '../components/fields';
import { usePageTitle } from '../components/Layout';
import { Section } from '../components/text';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { href, navigate, useLocation } from '../router';
import { useSession } from '../session';
import { FollowUpDialog } from './FollowUpDialog';
import { MonthGrid, type Row } from './FollowUpGrid';
import { MissingReports } from './FollowUpMissing';
import { Completeness } from './FollowUpCompleteness';
import { dueDateOf } from '../api/reporting';
import { monthsOfYear, yearsOf } from '../months';

// Uppföljning: the month grid an editor or partner records follow-ups in, of every measured
// activity, shown per promise, agreement, focus area or lead organisation (the choice is in the
// URL, so it can be linked). The server says who may record which month; the grid offers only that.

type View = 'lofte' | 'overenskommelse' | 'fokusomrade' | 'organisation';
const VIEWS: { value: View; label: MessageKey }[] = [
  { value: 'lofte', label: 'followUp.viewPromise' },
  { value: 'overenskommelse', label: 'followUp.viewAgreement' },
  { value: 'fokusomrade', label: 'followUp.viewFocusArea' },
  { value: 'organisation', label: 'followUp.viewLead' },
];

/** The views that show part of an agreement: by focus area, or by lead organisation. */
const FILTERS: Partial<Record<View, 'focusArea' | 'lead'>> = { fokusomrade: 'focusArea', organisation: 'lead' };

/** What the grid shows: the activities of some agreements, within a period, picked and ordered. */
interface Selection {
  key: string;
  agreementIds: string[];
  period: { start: string; end: string };
  municipalityId: string;
  /** The activities in the promise's order; every activity of the agreements otherwise. */
  activityIds?: readonly string[];
  /** A focus area or lead organisation: chosen once the grid is read (its options come from it). */
  filter?: 'focusArea' | 'lead' | undefined;
  promiseId?: string;
}

/** The item running today, else the one that started last. */
function current<T extends { periodStart: string; periodEnd: string }>(
  items: T[],
  today = new Date().toISOString().slice(0, 10),
): T | undefined {
  const sorted = [...items].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  return sorted.find((item) => item.periodStart <= today && today <= item.periodEnd) ?? sorted[0];
}

function monthBefore(month: string): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** An agreement's grid of a year, or null where the reader may not see it or it has no month that year. */
async function gridOf(agreementId: string, year: number | undefined) {
  try {
    return await getFollowUpGrid(agreementId, year);
  } catch (error) {
    // A promise may name activities of an agreement the reader may not see: those are left out.
    const failure = asApiError(error);
    if (failure.status === 404) return null;
    if (failure.problem?.errors?.some((field) => field.code === 'period-outside')) return null;
    throw error;
  }
}

/** The year a selection opens at: that of the month being recorded, within the selection's period. */
function openingYear(selection: Selection, currentMonth: string): number {
  const years = yearsOf(selection.period.start, selection.period.end);
  const endMonth = selection.period.end.slice(0, 7);
  const focusYear = Number((currentMonth < endMonth ? currentMonth : endMonth).slice(0, 4));
  return years.includes(focusYear) ? focusYear : years[0]!;
}

/**
 * A year of the grids of the agreements as rows (the year asked for, else the one the selection opens
 * at); partners see only the activities they may record.
 */
async function loadRows(selection: Selection, user: User, asked: number | undefined) {
  let grids = await Promise.all(selection.agreementIds.map((id) => gridOf(id, asked)));
  const first = grids.find((grid) => grid !== null);
  const year = asked ?? (first ? openingYear(selection, first.currentMonth) : undefined);
  // Each agreement opened at its own year; a promise's period may open at another.
  if (year !== undefined && grids.some((grid) => grid !== null && grid.year !== year)) {
    const opened = grids;
    grids = await Promise.all(
      selection.agreementIds.map(async (id, n) => {
        const grid = opened[n] ?? null;
        return grid === null || grid.year === year ? grid : gridOf(id, year);
      }),
    );
  }
  let rows: Row[] = grids.flatMap((grid) =>
    (grid?.activities ?? []).map((item) => ({
      activity: item.activity,
      mayRecord: item.mayRecord,
      wholeNumbers: item.wholeNumbers,
      months: new Map(item.months.map((month) => [month.month, month])),
    })),
  );
  if (selection.activityIds) {
    const byId = new Map(rows.map((row) => [row.activity.id, row]));
    rows = selection.activityIds.flatMap((id) => byId.get(id) ?? []);
  }
  if (user.role === 'partner') rows = rows.filter((row) => row.mayRecord);
  return {
    year: year ?? yearsOf(selection.period.start, selection.period.end)[0]!,
    rows,
    currentMonth: first?.currentMonth ?? null,
    reportingDay: first?.reportingDay ?? null,
    closedPeriods: [...new Set(grids.flatMap((grid) => grid?.closedPeriods ?? []))].sort(),
  };
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
  const { query } = useLocation();
  // One's own municipality's (a county reader, of none, follows them all): the lists also hold
  // what other municipalities publish.
  const lists = useAsync(async () => {
    const own = <T extends { municipalityId: string }>(items: T[]) =>
      user.municipalityId === null ? items : items.filter((item) => item.municipalityId === user.municipalityId);
    const [promises, agreements] = await Promise.all([listPromises(), listAgreements()]);
    return [own(promises), own(agreements)] as const;
  }, [user.id]);

  if (lists.state !== 'done') return <AsyncStatus result={lists} />;
  const [promises, agreements] = lists.data;
  if (agreements.length === 0 && promises.length === 0) return <p>{t('followUp.noPromises')}</p>;

  const asked = VIEWS.find((view) => view.value === query.get('visa'))?.value;
  const view: View = asked ?? (promises.length > 0 ? 'lofte' : 'overenskommelse');
  const promise = promises.find((p) => p.id === query.get('lofte')) ?? current(promises);
  const agreement = agreements.find((a) => a.id === query.get('overenskommelse')) ?? current(agreements);
  /** The URL of a choice: the view, what it shows, and the other choices as they were. */
  const choose = (change: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(change)) next.set(name, value);
    navigate(`${href('followUp')}?${next.toString()}`, { replace: true });
  };

  const selection = selectionOf(view, promise, agreement, agreements);
  return (
    <>
      <div class="chooser">
        <SelectField
          id="followup-view"
          label={t('followUp.view')}
          value={view}
          onValue={(visa) => choose({ visa })}
          options={VIEWS.map((option) => ({ value: option.value, label: t(option.label) }))}
        />
        {view === 'lofte' && promise && (
          <SelectField
            id="followup-promise"
            label={t('followUp.promise')}
            value={promise.id}
            onValue={(lofte) => choose({ visa: view, lofte })}
            options={promises.map((p) => ({ value: p.id, label: p.title, lang: 'sv' as const }))}
          />
        )}
        {view !== 'lofte' && agreement && (
          <SelectField
            id="followup-agreement"
            label={t('followUp.agreement')}
            value={agreement.id}
            onValue={(overenskommelse) => choose({ visa: view, overenskommelse })}
            options={agreements.map((a) => ({ value: a.id, label: a.title, lang: 'sv' as const }))}
          />
        )}
      </div>
      {selection ? (
        <FollowUpView key={selection.key} selection={selection} user={user} choose={choose} />
      ) : (
        <p>{t(view === 'lofte' ? 'followUp.noPromises' : 'followUp.noAgreements')}</p>
      )}
    </>
  );
}

function selectionOf(
  view: View,
  promise: CitizenPromise | undefined,
  agreement: Agreement | undefined,
  agreements: Agreement[],
): Selection | null {
  if (view === 'lofte') {
    if (!promise) return null;
    // A promise outside any agreement takes activities of any of its municipality's agreements.
    const agreementIds = promise.agreementId
      ? [promise.agreementId]
      : agreements.filter((a) => a.municipalityId === promise.municipalityId).map((a) => a.id);
    return {
      key: `lofte/${promise.id}`,
      agreementIds,
      period: { start: promise.periodStart, end: promise.periodEnd },
      municipalityId: promise.municipalityId,
      activityIds: promise.activityIds,
      promiseId: promise.id,
    };
  }
  if (!agreement) return null;
  return {
    key: `${view}/${agreement.id}`,
    agreementIds: [agreement.id],
    period: { start: agreement.periodStart, end: agreement.periodEnd },
    municipalityId: agreement.municipalityId,
    filter: FILTERS[view],
  };
}

/** The names the filter's options go by: the agreement's focus areas, or the organisations. */
function useFilterNames(selection: Selection) {
  return useAsync(async (): Promise<{ id: string; name: string }[]> => {
    if (selection.filter === 'focusArea') {
      return inOrder(await listFocusAreas(selection.agreementIds[0]!)).map((f) => ({ id: f.id, name: f.title }));
    }
    if (selection.filter === 'lead') return (await listOrganisations()).map((o) => ({ id: o.id, name: o.name }));
    return [];
  }, [selection.key]);
}

/** The focus area (in the plan's order) or lead organisation (by name) to show: the URL's, else the first. */
function rowFilter(selection: Selection, rows: Row[], names: { id: string; name: string }[], query: URLSearchParams) {
  if (!selection.filter) return null;
  const focusArea = selection.filter === 'focusArea';
  const keyOf = (row: Row) => (focusArea ? row.activity.focusAreaId : row.activity.leadOrganisationId);
  const options = (
    focusArea
      ? names
      : names.filter((o) => rows.some((row) => keyOf(row) === o.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  ).map((o) => ({ value: o.id, label: o.name, lang: 'sv' as const }));
  const param = focusArea ? 'fokusomrade' : 'organisation';
  const value = options.find((o) => o.value === query.get(param))?.value ?? options[0]?.value;
  return {
    param,
    label: focusArea ? ('followUp.focusArea' as const) : ('followUp.lead' as const),
    options,
    value,
    keep: (row: Row) => keyOf(row) === value,
  };
}

function FollowUpView({
  selection,
  user,
  choose,
}: {
  selection: Selection;
  user: User;
  choose: (change: Record<string, string>) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useLocation();
  const [reload, setReload] = useState(0);
  const { start, end } = selection.period;
  const years = yearsOf(start, end);
  // One year is read at a time: the one in the URL, else the one the selection opens at.
  const asked = years.find((y) => String(y) === query.get('ar'));
  const data = useAsync(() => loadRows(selection, user, asked), [selection.key, user.id, reload, asked]);
  const names = useFilterNames(selection);
  const [editing, setEditing] = useState<{ row: Row; month: string; opener: HTMLElement } | null>(null);
  // The last good data stays on screen while it is read again after a save.
  const [shown, setShown] = useState<Awaited<ReturnType<typeof loadRows>> | null>(null);
  useEffect(() => {
    if (data.state === 'done') setShown(data.data);
  }, [data]);

  if (!shown || names.state !== 'done') {
    if (data.state === 'error') return <ProblemMessage error={data.error} onRetry={data.retry} />;
    return <AsyncStatus result={names.state === 'done' ? { state: 'loading' } : names} />;
  }

  const year = asked ?? shown.year;
  // Another year chosen: its months are being read, and those of the last one are no longer the grid's.
  const reading = shown.year !== year;
  // The latest month that may be recorded: the one under way, or the period's last once it is over.
  const endMonth = end.slice(0, 7);
  const focusMonth = shown.currentMonth && shown.currentMonth < endMonth ? shown.currentMonth : endMonth;
  const months = monthsOfYear(year, start, end);
  const filter = rowFilter(selection, shown.rows, names.data, query);
  const rows = filter ? shown.rows.filter(filter.keep) : shown.rows;

  return (
    <>
      <div class="chooser">
        {filter?.value && (
          <SelectField
            id={`followup-${filter.param}`}
            label={t(filter.label)}
            value={filter.value}
            onValue={(value) => choose({ [filter.param]: value })}
            options={filter.options}
          />
        )}
        <SelectField
          id="followup-year"
          label={t('followUp.year')}
          value={String(year)}
          onValue={(ar) => choose({ ar })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      {selection.promiseId && (
        <p>
          <a href={href('report', { promiseId: selection.promiseId })}>{t('followUp.toReport')}</a>
        </p>
      )}
      {user.role === 'partner' && <p class="muted">{t('followUp.partnerNote')}</p>}

      <Section headingId="grid-heading" title={t('followUp.gridHeading', { year })}>
        {/* Only those who may record a month are asked to choose one. */}
        <p class="muted">{t(rows.some((row) => row.mayRecord) ? 'followUp.gridHelp' : 'followUp.gridHelpRead')}</p>
        {shown.reportingDay !== null && (
          <p class="muted">{t('followUp.dueRule', { day: String(shown.reportingDay) })}</p>
        )}
        {shown.closedPeriods.length > 0 && (
          <p class="muted">{t('followUp.closedPeriods', { periods: shown.closedPeriods.join(', ') })}</p>
        )}
        {data.state === 'error' && <ProblemMessage error={data.error} onRetry={data.retry} />}
        {reading ? (
          data.state !== 'error' && <Loading />
        ) : rows.length === 0 ? (
          <p>{t('followUp.noActivities')}</p>
        ) : (
          <MonthGrid
            key={year}
            rows={rows}
            months={months}
            focusMonth={focusMonth}
            i18n={i18n}
            onOpen={(row, month, opener) => setEditing({ row, month, opener })}
          />
        )}
      </Section>

      <MissingReports
        municipalityId={selection.municipalityId}
        defaultMonth={shown.currentMonth && monthBefore(shown.currentMonth)}
        reload={reload}
      />

      <Completeness municipalityId={selection.municipalityId} reload={reload} />

      {editing && (
        <FollowUpDialog
          row={editing.row}
          month={editing.month}
          dueDate={shown.reportingDay === null ? undefined : dueDateOf(editing.month, shown.reportingDay)}
          onClose={(changed) => {
            const opener = editing.opener;
            setEditing(null);
            if (changed) setReload((n) => n + 1);
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
