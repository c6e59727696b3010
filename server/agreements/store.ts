import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { assertExisting, assertPeriod } from '../db/checks.js';
import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { AgreementsTable, FocusAreasTable } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { visibleTo } from '../db/visibility.js';
import { readLevel, type ReadLevel, type Viewer } from '../domain/policy.js';
import type {
  AgreementListQuery,
  Agreement,
  CreateAgreement,
  CreateFocusArea,
  FocusArea,
  PatchAgreement,
  PatchFocusArea,
} from './schemas.js';
import { Conflict } from '../domain/errors.js';

type AgreementRow = Selectable<AgreementsTable>;

/** Rows to API shapes, with their parties and goals fetched for the whole page at once. */
async function toAgreements(db: Executor, rows: AgreementRow[]): Promise<Agreement[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const parties = await db
    .selectFrom('agreementParties')
    .selectAll()
    .where('agreementId', 'in', ids)
    .orderBy('organisationId')
    .execute();
  const goals = await db
    .selectFrom('agreementGoals')
    .selectAll()
    .where('agreementId', 'in', ids)
    .orderBy('goalId')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    municipalityId: row.municipalityId,
    title: row.title,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
    summary: row.summary,
    partyIds: parties.filter((party) => party.agreementId === row.id).map((party) => party.organisationId),
    goalIds: goals.filter((goal) => goal.agreementId === row.id).map((goal) => goal.goalId),
    situationReportId: row.situationReportId,
    published: row.published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export function toFocusArea(row: Selectable<FocusAreasTable>): FocusArea {
  return {
    id: row.id,
    agreementId: row.agreementId,
    title: row.title,
    description: row.description,
    position: row.position,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function agreementLevel(viewer: Viewer, agreement: Agreement): ReadLevel {
  return readLevel(viewer, {
    municipalityId: agreement.municipalityId,
    partyOrganisationIds: agreement.partyIds,
    published: agreement.published,
  });
}

/** Agreements the viewer may read: published ones, and all of their municipality or those they are party to. */
export function visibleAgreements(db: Executor, viewer: Viewer) {
  return visibleTo(db.selectFrom('agreements').selectAll('agreements'), viewer, {
    published: 'agreements.published',
    municipalityId: 'agreements.municipalityId',
    agreementId: 'agreements.id',
  });
}

export async function listAgreements(db: Executor, viewer: Viewer, filter: Static<typeof AgreementListQuery>) {
  let query = visibleAgreements(db, viewer);
  if (filter.municipalityId !== undefined) query = query.where('agreements.municipalityId', '=', filter.municipalityId);
  if (filter.status !== undefined) query = query.where('agreements.status', '=', filter.status);
  return listPage(query, filter, {
    sortBy: 'periodStart',
    table: 'agreements',
    toItems: (rows) => toAgreements(db, rows),
  });
}

export async function findAgreement(db: Executor, id: string): Promise<Agreement | null> {
  const row = await db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? ((await toAgreements(db, [row]))[0] ?? null) : null;
}

/** The agreement with how much of it the viewer may read, or null (404). */
export async function loadAgreement(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ agreement: Agreement; level: ReadLevel } | null> {
  const agreement = await findAgreement(db, id);
  if (!agreement) return null;
  const level = agreementLevel(viewer, agreement);
  return level === 'none' ? null : { agreement, level };
}

async function checkAgreement(db: Executor, agreement: Omit<CreateAgreement, 'title'>) {
  assertPeriod(agreement.periodStart, agreement.periodEnd);
  await assertExisting(db, 'municipalities', [agreement.municipalityId], '/municipalityId');
  await assertExisting(db, 'organisations', agreement.partyIds ?? [], '/partyIds');
  await assertExisting(db, 'goals', agreement.goalIds ?? [], '/goalIds', agreement.municipalityId);
  const situationReportId = agreement.situationReportId ?? null;
  if (situationReportId !== null) {
    await assertExisting(db, 'situationReports', [situationReportId], '/situationReportId', agreement.municipalityId);
  }
}

/** An agreement's plan changes the lägesbild it answers only while no activity of it acts on a problem of the one it answers now. */
async function assertNoProblemLinks(db: Executor, agreementId: string) {
  const linked = await db
    .selectFrom('activityProblems')
    .innerJoin('activities', 'activities.id', 'activityProblems.activityId')
    .select('activities.id')
    .distinct()
    .where('activities.agreementId', '=', agreementId)
    .execute();
  if (linked.length > 0) {
    throw new Conflict(
      `${linked.length} activity(ies) of the plan act on problems of the lägesbild it answers; ` +
        'untie them (problemIds: []) before the plan answers another one.',
    );
  }
}

async function replaceLinks(db: Executor, agreementId: string, links: Pick<PatchAgreement, 'partyIds' | 'goalIds'>) {
  if (links.partyIds !== undefined) {
    await db.deleteFrom('agreementParties').where('agreementId', '=', agreementId).execute();
    if (links.partyIds.length > 0) {
      await db
        .insertInto('agreementParties')
        .values(links.partyIds.map((organisationId) => ({ agreementId, organisationId })))
        .execute();
    }
  }
  if (links.goalIds !== undefined) {
    await db.deleteFrom('agreementGoals').where('agreementId', '=', agreementId).execute();
    if (links.goalIds.length > 0) {
      await db
        .insertInto('agreementGoals')
        .values(links.goalIds.map((goalId) => ({ agreementId, goalId })))
        .execute();
    }
  }
}

export async function createAgreement(db: Executor, input: CreateAgreement, at: Date): Promise<Agreement> {
  await checkAgreement(db, input);
  const { partyIds, goalIds, ...columns } = input;
  const { id } = await db
    .insertInto('agreements')
    .values({ ...columns, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceLinks(db, id, { partyIds: partyIds ?? [], goalIds: goalIds ?? [] });
  return (await findAgreement(db, id))!;
}

export async function updateAgreement(
  db: Executor,
  before: Agreement,
  version: number,
  changes: PatchAgreement,
  at: Date,
) {
  const merged = { ...before, ...changes };
  await checkAgreement(db, {
    ...merged,
    // Only what changes is checked again: a goal moved since stays linked until changed.
    partyIds: changes.partyIds ?? [],
    goalIds: changes.goalIds ?? [],
    // Checked again when it changes, or when the agreement moves to another municipality.
    situationReportId:
      changes.situationReportId !== undefined || changes.municipalityId !== undefined ? merged.situationReportId : null,
  });
  if (changes.situationReportId !== undefined && changes.situationReportId !== before.situationReportId) {
    await assertNoProblemLinks(db, before.id);
  }
  if (
    changes.municipalityId !== undefined &&
    changes.municipalityId !== before.municipalityId &&
    changes.goalIds === undefined
  ) {
    await assertExisting(db, 'goals', before.goalIds, '/goalIds', changes.municipalityId);
  }
  const { partyIds, goalIds, ...columns } = changes;
  await updateVersioned(db, 'agreements', before.id, version, columns, at);
  await replaceLinks(db, before.id, { partyIds, goalIds });
  return (await findAgreement(db, before.id))!;
}

/** What still belongs to an agreement; it may only be deleted when nothing does. */
export async function deleteAgreement(db: Executor, id: string, version: number) {
  const [focusAreas, activities, promises, reviews] = await Promise.all([
    db.selectFrom('focusAreas').select('id').where('agreementId', '=', id).execute(),
    db.selectFrom('activities').select('id').where('agreementId', '=', id).execute(),
    db.selectFrom('promises').select('id').where('agreementId', '=', id).execute(),
    db.selectFrom('reviews').select('id').where('agreementId', '=', id).execute(),
  ]);
  const holders = [
    [focusAreas.length, 'focus area(s)'],
    [activities.length, 'activity(ies)'],
    [promises.length, 'promise(s)'],
    [reviews.length, 'review(s)'],
  ].filter(([count]) => Number(count) > 0);
  if (holders.length > 0) {
    throw new Conflict(
      `The agreement still holds ${holders.map(([n, what]) => `${n} ${what}`).join(', ')}; delete or move them first.`,
    );
  }
  await deleteVersioned(db, 'agreements', id, version);
}

// Focus areas: the plan's headings, ordered; seen wherever their agreement is.

export async function listFocusAreas(db: Executor, agreementId: string): Promise<FocusArea[]> {
  const rows = await db
    .selectFrom('focusAreas')
    .selectAll()
    .where('agreementId', '=', agreementId)
    .orderBy('position')
    .orderBy('title')
    .orderBy('id')
    .execute();
  return rows.map(toFocusArea);
}

export async function loadFocusArea(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ focusArea: FocusArea; agreement: Agreement; level: ReadLevel } | null> {
  const row = await db.selectFrom('focusAreas').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const found = await loadAgreement(db, row.agreementId, viewer);
  return found ? { focusArea: toFocusArea(row), ...found } : null;
}

export async function createFocusArea(
  db: Executor,
  agreementId: string,
  input: CreateFocusArea,
  at: Date,
): Promise<FocusArea> {
  const last = await db
    .selectFrom('focusAreas')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('agreementId', '=', agreementId)
    .executeTakeFirst();
  const position =
    input.position ?? (last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1);
  const row = await db
    .insertInto('focusAreas')
    .values({ ...input, position, agreementId, createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFocusArea(row);
}

export async function updateFocusArea(db: Executor, id: string, version: number, changes: PatchFocusArea, at: Date) {
  return toFocusArea(await updateVersioned(db, 'focusAreas', id, version, changes, at));
}

export async function deleteFocusArea(db: Executor, id: string, version: number) {
  const activities = await db.selectFrom('activities').select('id').where('focusAreaId', '=', id).execute();
  if (activities.length > 0) {
    throw new Conflict(`The focus area still holds ${activities.length} activity(ies); delete or move them first.`);
  }
  await deleteVersioned(db, 'focusAreas', id, version);
}
