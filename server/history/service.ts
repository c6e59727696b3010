import type { ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import { findMunicipalityByCode } from '../municipalities/store.js';
import type { Municipality } from '../municipalities/schemas.js';
import { monthOfDate } from '../progress/months.js';
import type { Assessment, CitizenPromise } from '../promises/schemas.js';
import { HISTORY_FIELDS, type HistoryEntry, type PromiseHistory } from './schemas.js';
import * as store from './store.js';

// A promise's public history, from the audit log: verdicts with their motivation, its texts
// and period, the published activities added or removed, and the months of its published
// activities recorded or corrected. Public fields only (never an internal note, never who
// recorded a month but their organisation), and only for published promises.

/** How many entries the feed carries: the newest. */
export const FEED_ENTRIES = 100;

interface PromiseState {
  title?: string;
  text?: string;
  periodStart?: string;
  periodEnd?: string;
  activityIds?: string[];
  assessment?: Assessment | null;
  assessmentNote?: string;
}

interface MonthState {
  activityId?: string;
  month?: string;
  outcome?: number | null;
  comment?: string;
}

type Names = Map<string, store.PublicActivity>;

function entryOf(event: store.HistoryEvent, promise: CitizenPromise) {
  let n = 0;
  return (fields: Omit<HistoryEntry, 'id' | 'at' | 'promiseId' | 'promiseTitle' | 'by'>): HistoryEntry => ({
    id: `${event.id}.${n++}`,
    at: event.occurredAt.toISOString(),
    promiseId: promise.id,
    promiseTitle: promise.title,
    by: event.organisation,
    ...fields,
  });
}

/** What one audit event of the promise itself shows the public. */
function promiseEntries(event: store.HistoryEvent, promise: CitizenPromise, names: Names): HistoryEntry[] {
  const entry = entryOf(event, promise);
  const before = (event.before ?? {}) as PromiseState;
  const after = (event.after ?? {}) as PromiseState;
  if (event.action === 'delete') return [];
  const entries: HistoryEntry[] = [];
  if (event.action === 'create') entries.push(entry({ kind: 'created' }));
  const verdict = after.assessment ?? null;
  const note = after.assessmentNote ?? '';
  if (verdict !== (before.assessment ?? null) || note !== (before.assessmentNote ?? '')) {
    entries.push(
      entry({
        kind: 'assessed',
        assessment: verdict,
        previousAssessment: before.assessment ?? null,
        assessmentNote: note,
      }),
    );
  }
  if (event.action === 'create') return entries;
  for (const field of HISTORY_FIELDS) {
    if (after[field] !== undefined && before[field] !== after[field]) {
      entries.push(entry({ kind: 'changed', field, before: before[field] ?? null, after: after[field] ?? null }));
    }
  }
  const had = new Set(before.activityIds ?? []);
  const has = new Set(after.activityIds ?? []);
  const activity = (kind: 'activityAdded' | 'activityRemoved', id: string) => {
    const named = names.get(id);
    if (named) entries.push(entry({ kind, activityId: id, activityTitle: named.title }));
  };
  for (const id of has) if (!had.has(id)) activity('activityAdded', id);
  for (const id of had) if (!has.has(id)) activity('activityRemoved', id);
  return entries;
}

/** A month of one of the promise's public activities, within its period, recorded or corrected publicly. */
function monthEntry(event: store.HistoryEvent, promise: CitizenPromise, names: Names): HistoryEntry | null {
  const after = event.after as MonthState | null;
  const before = (event.before ?? {}) as MonthState;
  if (!after?.activityId || !after.month || event.action === 'delete') return null;
  if (!promise.activityIds.includes(after.activityId)) return null;
  if (after.month < monthOfDate(promise.periodStart) || after.month > monthOfDate(promise.periodEnd)) return null;
  const activity = names.get(after.activityId);
  if (!activity) return null;
  const corrected = event.action === 'update';
  // A change of the internal note alone is no public change.
  if (corrected && before.outcome === after.outcome && before.comment === after.comment) return null;
  return entryOf(
    event,
    promise,
  )({
    kind: corrected ? 'monthCorrected' : 'monthRecorded',
    activityId: after.activityId,
    activityTitle: activity.title,
    month: after.month,
    ...(corrected ? { outcomeBefore: before.outcome ?? null } : {}),
    outcomeAfter: after.outcome ?? null,
    unit: activity.unit,
    comment: after.comment ?? '',
  });
}

/** Newest first; the entries of one event in their own order. */
function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  const [eventA = 0, indexA = 0] = a.id.split('.').map(Number);
  const [eventB = 0, indexB = 0] = b.id.split('.').map(Number);
  return eventB - eventA || indexA - indexB;
}

/** The public history of the given published promises, newest first. */
async function historyOf(deps: ServiceDeps, promises: readonly CitizenPromise[]): Promise<HistoryEntry[]> {
  const { db } = deps.database;
  const activityIds = [...new Set(promises.flatMap((promise) => promise.activityIds))];
  const [promiseEvents, monthEvents] = await Promise.all([
    store.promiseEvents(
      db,
      promises.map((promise) => promise.id),
    ),
    store.followUpEvents(db, activityIds),
  ]);
  const mentioned = promiseEvents.flatMap((event) => [
    ...((event.before as PromiseState | null)?.activityIds ?? []),
    ...((event.after as PromiseState | null)?.activityIds ?? []),
  ]);
  const names = await store.publicActivities(db, [...new Set([...activityIds, ...mentioned])]);
  const byId = new Map(promises.map((promise) => [promise.id, promise]));
  const entries = [
    ...promiseEvents.flatMap((event) => {
      const promise = byId.get(event.entityId);
      return promise ? promiseEntries(event, promise, names) : [];
    }),
    ...monthEvents.flatMap((event) => promises.flatMap((promise) => monthEntry(event, promise, names) ?? [])),
  ];
  return entries.sort(newestFirst);
}

/** A published promise's public history; NotFound for any other id. */
export async function getPromiseHistory(deps: ServiceDeps, id: string): Promise<PromiseHistory> {
  const [promise] = await store.publishedPromises(deps.database.db, { id });
  if (!promise) throw new NotFound('The promise');
  return {
    promiseId: promise.id,
    title: promise.title,
    municipalityCode: await store.municipalityCode(deps.database.db, promise.municipalityId),
    items: await historyOf(deps, [promise]),
  };
}

export interface Feed {
  municipality: Municipality;
  entries: HistoryEntry[];
  /** When the newest entry happened; null with none. */
  updated: string | null;
}

/** The newest entries of every published promise of a municipality; NotFound for an unknown code. */
export async function getFeed(deps: ServiceDeps, code: string): Promise<Feed> {
  const municipality = await findMunicipalityByCode(deps.database.db, code);
  if (!municipality) throw new NotFound('The municipality');
  const promises = await store.publishedPromises(deps.database.db, { municipalityId: municipality.id });
  const entries = (await historyOf(deps, promises)).slice(0, FEED_ENTRIES);
  return { municipality, entries, updated: entries[0]?.at ?? null };
}
