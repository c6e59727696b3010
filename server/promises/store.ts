import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { assertExisting, assertPeriod } from '../db/checks.js';
import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { PromisesTable } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { visibleTo } from '../db/visibility.js';
import { readLevel, type ReadLevel, type Viewer } from '../domain/policy.js';
import type { PromiseListQuery, CitizenPromise, CreatePromise, PatchPromise } from './schemas.js';
import { Invalid } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

type PromiseRow = Selectable<PromisesTable>;

/**
 * Rows to API shapes with their activities, fetched for the whole page at once.
 * Readers below 'internal' see only the published activities.
 */
export async function toPromises(db: Executor, rows: readonly PromiseRow[], levelOf: (row: PromiseRow) => ReadLevel) {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('promiseActivities')
    .innerJoin('activities', 'activities.id', 'promiseActivities.activityId')
    .select(['promiseActivities.promiseId', 'promiseActivities.activityId', 'activities.published'])
    .where(
      'promiseActivities.promiseId',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('promiseActivities.position')
    .execute();
  return rows.map((row): CitizenPromise => {
    const internal = levelOf(row) === 'internal';
    return {
      id: row.id,
      municipalityId: row.municipalityId,
      agreementId: row.agreementId,
      title: row.title,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      text: row.text,
      activityIds: links
        .filter((link) => link.promiseId === row.id && (internal || link.published))
        .map((link) => link.activityId),
      published: row.published,
      assessment: row.assessment,
      assessmentNote: row.assessmentNote,
      assessedAt: row.assessedAt?.toISOString() ?? null,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

async function partiesOf(db: Executor, agreementIds: readonly string[]) {
  const parties = new Map<string, string[]>();
  if (agreementIds.length === 0) return parties;
  const rows = await db.selectFrom('agreementParties').selectAll().where('agreementId', 'in', agreementIds).execute();
  for (const row of rows) parties.set(row.agreementId, [...(parties.get(row.agreementId) ?? []), row.organisationId]);
  return parties;
}

/** How much of each promise the viewer may read. */
export async function promiseLevels(db: Executor, viewer: Viewer, rows: readonly PromiseRow[]) {
  const parties = await partiesOf(db, [...new Set(rows.flatMap((row) => (row.agreementId ? [row.agreementId] : [])))]);
  return (row: PromiseRow) =>
    readLevel(viewer, {
      municipalityId: row.municipalityId,
      published: row.published,
      partyOrganisationIds: row.agreementId ? (parties.get(row.agreementId) ?? []) : [],
    });
}

export function visiblePromises(db: Executor, viewer: Viewer) {
  return visibleTo(db.selectFrom('promises').selectAll('promises'), viewer, {
    published: 'promises.published',
    municipalityId: 'promises.municipalityId',
    agreementId: 'promises.agreementId',
  });
}

export async function listPromises(db: Executor, viewer: Viewer, filter: Static<typeof PromiseListQuery>) {
  let query = visiblePromises(db, viewer);
  if (filter.municipalityId !== undefined) query = query.where('promises.municipalityId', '=', filter.municipalityId);
  if (filter.agreementId !== undefined) query = query.where('promises.agreementId', '=', filter.agreementId);
  return listPage(query, filter, {
    sortBy: 'periodStart',
    table: 'promises',
    toItems: async (rows) => toPromises(db, rows, await promiseLevels(db, viewer, rows)),
  });
}

export async function loadPromise(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ promise: CitizenPromise; level: ReadLevel } | null> {
  const row = await db.selectFrom('promises').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const level = (await promiseLevels(db, viewer, [row]))(row);
  if (level === 'none') return null;
  const [promise] = await toPromises(db, [row], () => level);
  return { promise: promise!, level };
}

/** Activities of a promise must belong to the promise's municipality (and agreement, when it has one). */
async function checkPromise(db: Executor, promise: Omit<CreatePromise, 'title' | 'text'>) {
  assertPeriod(promise.periodStart, promise.periodEnd);
  await assertExisting(db, 'municipalities', [promise.municipalityId], '/municipalityId');
  if (promise.agreementId) {
    const agreement = await db
      .selectFrom('agreements')
      .select('municipalityId')
      .where('id', '=', promise.agreementId)
      .executeTakeFirst();
    if (agreement?.municipalityId !== promise.municipalityId) {
      throw new Invalid('The agreement is not one of this municipality.', [
        { in: 'body', path: '/agreementId', ...broken('unknown-reference', { item: 'agreement' }) },
      ]);
    }
  }
  if (promise.activityIds.length === 0) return;
  const found = await db
    .selectFrom('activities')
    .innerJoin('agreements', 'agreements.id', 'activities.agreementId')
    .select(['activities.id', 'activities.agreementId'])
    .where('activities.id', 'in', promise.activityIds)
    .where('agreements.municipalityId', '=', promise.municipalityId)
    .execute();
  const ok = new Set(
    found.filter((row) => !promise.agreementId || row.agreementId === promise.agreementId).map((row) => row.id),
  );
  const index = promise.activityIds.findIndex((id) => !ok.has(id));
  if (index >= 0) {
    throw new Invalid('An activity is not one of this municipality’s plan.', [
      { in: 'body', path: `/activityIds/${index}`, ...broken('unknown-reference', { item: 'activity' }) },
    ]);
  }
}

async function replaceActivities(db: Executor, promiseId: string, activityIds: readonly string[] | undefined) {
  if (activityIds === undefined) return;
  await db.deleteFrom('promiseActivities').where('promiseId', '=', promiseId).execute();
  if (activityIds.length > 0) {
    await db
      .insertInto('promiseActivities')
      .values(activityIds.map((activityId, position) => ({ promiseId, activityId, position })))
      .execute();
  }
}

/** When the verdict was set: now, if the change gives one (see the service's assessment rule). */
export interface Assessed {
  assessedAt?: Date;
}

export async function createPromise(
  db: Executor,
  input: CreatePromise,
  at: Date,
  assessed: Assessed = {},
): Promise<CitizenPromise> {
  await checkPromise(db, input);
  const { activityIds, ...columns } = input;
  const row = await db
    .insertInto('promises')
    .values({ ...columns, ...assessed, createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  await replaceActivities(db, row.id, activityIds);
  return (await toPromises(db, [row], () => 'internal'))[0]!;
}

export async function updatePromise(
  db: Executor,
  before: CitizenPromise,
  version: number,
  changes: PatchPromise,
  at: Date,
  assessed: Assessed = {},
) {
  // Only what changes is checked again: an activity moved since stays in the promise until it changes.
  const touches = ['municipalityId', 'agreementId', 'activityIds', 'periodStart', 'periodEnd'].some(
    (field) => field in changes,
  );
  if (touches) await checkPromise(db, { ...before, ...changes });
  const { activityIds, ...columns } = changes;
  const row = await updateVersioned(db, 'promises', before.id, version, { ...columns, ...assessed }, at);
  await replaceActivities(db, before.id, activityIds);
  return (await toPromises(db, [row], () => 'internal'))[0]!;
}

export async function deletePromise(db: Executor, id: string, version: number) {
  // Its activities and their follow-ups stay: a promise only groups them.
  await deleteVersioned(db, 'promises', id, version);
}
