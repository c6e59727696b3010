import { sql } from 'kysely';
import { visibleActivities } from '../activities/store.js';
import type { Executor } from '../db/database.js';
import type { ServiceDeps } from '../domain/changes.js';
import { Invalid, NotFound } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import { viewerOf, type Actor } from '../domain/policy.js';
import { swedishOrder } from '../exchange/sheets.js';
import { findMunicipality } from '../municipalities/store.js';
import { isOverdue } from '../progress/deadlines.js';
import { currentDate } from '../progress/months.js';
import { currentMonth, type Month } from '../progress/months.js';
import type { CompletenessQuery, CompletenessReport, Counts, Task } from './schemas.js';
import * as store from './store.js';

// The reporting duty (docs/domain.md, "The reporting duty"): each caller's
// tasks, how punctually each lead organisation reports, and each
// municipality's share reported on time. One rule for all three, in
// store.ts's query: a month of a measured activity with a target above 0 is
// due on the report day of the next month; it is on time when its outcome was
// first recorded no later than that day (Swedish time).

/** A month as a count of months, to compare and subtract. */
const monthIndex = (month: Month) => Number(month.slice(0, -3)) * 12 + Number(month.slice(-2)) - 1;

/** The month `count` months before (negative: after) a month. */
export function monthsBefore(month: Month, count: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last twelve months that have ended: the window of the public "Rapporteringsgrad". */
export function lastTwelveMonths(now: Date): { from: Month; to: Month } {
  const thisMonth = currentMonth(now);
  return { from: monthsBefore(thisMonth, 12), to: monthsBefore(thisMonth, 1) };
}

function withShare(counts: Omit<Counts, 'onTimeShare'>): Counts {
  return { ...counts, onTimeShare: counts.due > 0 ? counts.onTime / counts.due : null };
}

const NOTHING_DUE: Counts = { due: 0, onTime: 0, late: 0, missing: 0, onTimeShare: null };

/**
 * Each municipality's share of due months reported on time over a window of
 * months, counting the published activities (what the public reads), for any
 * number of municipalities in one query. A month counts once its due date has
 * passed; a municipality with nothing due gets onTimeShare null. Used by the
 * public dashboard ("Rapporteringsgrad") and the county view.
 */
export async function onTimeShares(
  db: Executor,
  municipalityIds: readonly string[],
  window: { from: Month; to: Month },
  now: Date,
): Promise<Map<string, Counts>> {
  const counts = await store.countsByMunicipality(
    db,
    store.both(store.inMunicipalities(municipalityIds), store.publishedOnly()),
    window,
    currentDate(now),
  );
  return new Map(municipalityIds.map((id) => [id, counts.has(id) ? withShare(counts.get(id)!) : NOTHING_DUE]));
}

/** Which activities' months the caller records: none for viewers and admins (they report nothing). */
function recordsOf(actor: Actor): store.ActivityCondition | null {
  if (actor.role === 'editor' && actor.municipalityId !== null) return store.recordedByEditorOf(actor.municipalityId);
  if (actor.role === 'partner') return store.recordedByPartnerOf(actor.organisationId);
  return null;
}

/**
 * The caller's reporting tasks: every month they may record that has ended, has
 * a target above 0, has no outcome and lies in no closed tertial; overdue first.
 */
export async function tasksOf(db: Executor, actor: Actor, now: Date): Promise<Task[]> {
  const condition = recordsOf(actor);
  if (!condition) return [];
  // Every month up to the last that has ended (months of earlier years too: a month left out stays a task).
  const rows = await store.dueMonthRows(db, condition, { from: '1000-01', to: monthsBefore(currentMonth(now), 1) });
  const tasks = rows
    .filter((row) => !row.reported && !row.closed)
    .map((row) => ({
      activityId: row.activityId,
      activityTitle: row.activityTitle,
      agreementId: row.agreementId,
      month: row.month,
      target: row.target,
      dueDate: row.dueDate,
      overdue: isOverdue(row.dueDate, now),
    }));
  return tasks.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
      swedishOrder(a.activityTitle, b.activityTitle) ||
      (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
  );
}

/** GET /me/tasks. */
export async function getMyTasks(deps: ServiceDeps, actor: Actor): Promise<{ items: Task[] }> {
  return { items: await tasksOf(deps.database.db, actor, deps.clock.now()) };
}

const MAX_MONTHS = 60;

/** The months asked, by default the last twelve that have ended; at most five years. */
function windowOf(query: CompletenessQuery, now: Date): { from: Month; to: Month } {
  const fallback = lastTwelveMonths(now);
  // Months stop at 9999-12, as the month form does.
  const later = query.from ? monthsBefore(query.from, -11) : null;
  const to = query.to ?? (later === null ? fallback.to : later.length > 7 ? '9999-12' : later);
  const earlier = monthsBefore(to, 11);
  const from = query.from ?? (earlier.length < 7 ? '1000-01' : earlier);
  if (from > to) {
    throw new Invalid('from must not be after to.', [{ in: 'query', path: '/to', ...broken('end-before-start') }]);
  }
  if (monthIndex(to) - monthIndex(from) >= MAX_MONTHS) {
    throw new Invalid('At most five years at a time.', [
      { in: 'query', path: '/from', ...broken('period-too-long', { years: MAX_MONTHS / 12 }) },
    ]);
  }
  return { from, to };
}

function add(into: Omit<Counts, 'onTimeShare'>, row: store.DueMonthRow) {
  into.due++;
  if (row.onTime) into.onTime++;
  else if (row.reported) into.late++;
  else into.missing++;
}

const zero = () => ({ due: 0, onTime: 0, late: 0, missing: 0 });

/**
 * The completeness report of a municipality: per lead organisation and month,
 * the months due, on time, late and missing, of the activities the caller may read.
 */
export async function getCompleteness(
  deps: ServiceDeps,
  actor: Actor | null,
  query: CompletenessQuery,
): Promise<{ code: string; report: CompletenessReport }> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const municipality = await findMunicipality(db, query.municipalityId);
  if (!municipality) throw new NotFound('The municipality');
  const window = windowOf(query, now);
  const readable = visibleActivities(db, viewerOf(actor)).clearSelect().select('activities.id');
  const today = currentDate(now);
  const rows = (
    await store.dueMonthRows(
      db,
      store.both(store.inMunicipalities([municipality.id]), sql<boolean>`a.id in ${readable}`),
      window,
    )
  ).filter((row) => row.dueDate < today);

  const names = await store.organisationNames(db, [...new Set(rows.map((row) => row.leadOrganisationId))]);
  const cells = new Map<string, { organisationId: string; month: string; dueDate: string } & ReturnType<typeof zero>>();
  const perOrganisation = new Map<string, ReturnType<typeof zero>>();
  const total = zero();
  for (const row of rows) {
    const key = `${row.leadOrganisationId} ${row.month}`;
    const cell = cells.get(key) ?? {
      organisationId: row.leadOrganisationId,
      month: row.month,
      dueDate: row.dueDate,
      ...zero(),
    };
    cells.set(key, cell);
    add(cell, row);
    const organisation = perOrganisation.get(row.leadOrganisationId) ?? zero();
    perOrganisation.set(row.leadOrganisationId, organisation);
    add(organisation, row);
    add(total, row);
  }
  const organisationOf = (id: string) => ({ id, name: names.get(id) ?? '' });
  const byName = (a: string, b: string) => swedishOrder(names.get(a) ?? '', names.get(b) ?? '') || (a < b ? -1 : 1);
  const items = [...cells.values()]
    .sort((a, b) => byName(a.organisationId, b.organisationId) || (a.month < b.month ? -1 : 1))
    .map(({ organisationId, month, dueDate, ...counts }) => ({
      organisation: organisationOf(organisationId),
      month,
      dueDate,
      ...withShare(counts),
    }));
  const organisations = [...perOrganisation.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([id, counts]) => ({ organisation: organisationOf(id), ...withShare(counts) }));
  return {
    code: municipality.code,
    report: {
      municipalityId: municipality.id,
      reportingDay: municipality.reportingDay,
      ...window,
      items,
      organisations,
      total: withShare(total),
    },
  };
}
