import { sql, type Selectable } from 'kysely';
import type { Static } from 'typebox';
import { PUBLIC_PROBLEM } from '../activities/store.js';
import { assertExisting, assertPeriod } from '../db/checks.js';
import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { ProblemsTable, SituationReportsTable } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { visibleTo } from '../db/visibility.js';
import { Conflict, Invalid } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import { readLevel, type ReadLevel, type Viewer } from '../domain/policy.js';
import type {
  CauseInput,
  CreateProblem,
  CreateSituationReport,
  PatchProblem,
  PatchSituationReport,
  Problem,
  SituationReport,
  SituationReportListQuery,
} from './schemas.js';

// The queries of lägesbilder, their problems and causes. A lägesbild is read as
// the agreements answering it are: the public reads it when published and
// adopted, insiders (its municipality's readers, the parties to the agreements
// answering it, admins) whole; a problem where its lägesbild is, the public
// only a published one. Internal notes only at the level 'internal'.

type ReportRow = Selectable<SituationReportsTable>;
type ProblemRow = Selectable<ProblemsTable>;

/** A lägesbild the public may read: published, and no longer a draft. */
const PUBLIC_REPORT = sql<boolean>`(${sql.ref('situationReports.published')} and ${sql.ref('situationReports.status')} <> 'draft')`;
const isPublicReport = (row: Pick<ReportRow, 'published' | 'status'>) => row.published && row.status !== 'draft';

export function toSituationReport(row: ReportRow, level: ReadLevel): SituationReport {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    title: row.title,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    mapping: row.mapping,
    analysis: row.analysis,
    sources: row.sources,
    status: row.status,
    adoptedAt: row.adoptedAt,
    adoptedBy: row.adoptedBy,
    ...(level === 'internal' ? { internalNote: row.internalNote } : {}),
    published: row.published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The parties to the agreements whose plans answer the lägesbild: they read it as insiders. */
const partyOfReport = (organisationId: string) =>
  sql<boolean>`exists (select 1 from agreements join agreement_parties on agreement_parties.agreement_id = agreements.id where agreements.situation_report_id = ${sql.ref('situationReports.id')} and agreement_parties.organisation_id = ${organisationId})`;

function visibleReports(db: Executor, viewer: Viewer) {
  return visibleTo(db.selectFrom('situationReports').selectAll('situationReports'), viewer, {
    published: PUBLIC_REPORT,
    municipalityId: 'situationReports.municipalityId',
    partyOf: partyOfReport,
  });
}

async function reportParties(db: Executor, reportId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agreements')
    .innerJoin('agreementParties', 'agreementParties.agreementId', 'agreements.id')
    .select('agreementParties.organisationId')
    .distinct()
    .where('agreements.situationReportId', '=', reportId)
    .execute();
  return rows.map((row) => row.organisationId);
}

async function levelOfReport(db: Executor, row: ReportRow, viewer: Viewer): Promise<ReadLevel> {
  return readLevel(viewer, {
    municipalityId: row.municipalityId,
    partyOrganisationIds: viewer.kind === 'party' ? await reportParties(db, row.id) : [],
    published: isPublicReport(row),
  });
}

export async function listSituationReports(
  db: Executor,
  viewer: Viewer,
  filter: Static<typeof SituationReportListQuery>,
) {
  let query = visibleReports(db, viewer);
  if (filter.municipalityId !== undefined) {
    query = query.where('situationReports.municipalityId', '=', filter.municipalityId);
  }
  return listPage(query, filter, {
    sortBy: 'periodStart',
    table: 'situationReports',
    toItems: async (rows) =>
      Promise.all(rows.map(async (row) => toSituationReport(row, await levelOfReport(db, row, viewer)))),
  });
}

/** The lägesbild with how much of it the viewer may read, or null (404). */
export async function loadSituationReport(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ report: SituationReport; level: ReadLevel } | null> {
  const row = await db.selectFrom('situationReports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const level = await levelOfReport(db, row, viewer);
  return level === 'none' ? null : { report: toSituationReport(row, level), level };
}

/** Adopted without a date: adopted today. */
function adoption<T extends Pick<PatchSituationReport, 'status' | 'adoptedAt'>>(
  input: T,
  was: string | null,
  today: string,
) {
  const adoptedAt = input.adoptedAt !== undefined ? input.adoptedAt : was;
  return input.status === 'adopted' && adoptedAt === null ? { ...input, adoptedAt: today } : input;
}

/** A lägesbild's columns: its sources as JSON text. */
function reportColumns<T extends PatchSituationReport>(input: T) {
  const { sources, ...rest } = input;
  return { ...rest, ...(sources === undefined ? {} : { sources: JSON.stringify(sources) }) };
}

export async function createSituationReport(
  db: Executor,
  input: CreateSituationReport,
  at: Date,
  today: string,
): Promise<SituationReport> {
  assertPeriod(input.periodStart, input.periodEnd);
  await assertExisting(db, 'municipalities', [input.municipalityId], '/municipalityId');
  const row = await db
    .insertInto('situationReports')
    .values({ ...reportColumns(adoption(input, null, today)), createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSituationReport(row, 'internal');
}

export async function updateSituationReport(
  db: Executor,
  before: SituationReport,
  version: number,
  changes: PatchSituationReport,
  at: Date,
  today: string,
): Promise<SituationReport> {
  const merged = { ...before, ...changes };
  if (changes.periodStart !== undefined || changes.periodEnd !== undefined) {
    assertPeriod(merged.periodStart, merged.periodEnd);
  }
  if (changes.municipalityId !== undefined && changes.municipalityId !== before.municipalityId) {
    await assertExisting(db, 'municipalities', [changes.municipalityId], '/municipalityId');
    const answering = await answeringAgreements(db, before.id);
    if (answering > 0) {
      throw new Conflict(`${answering} agreement(s) of its municipality answer the lägesbild; it cannot move.`);
    }
  }
  const row = await updateVersioned(
    db,
    'situationReports',
    before.id,
    version,
    reportColumns(adoption(changes, before.adoptedAt, today)),
    at,
  );
  return toSituationReport(row, 'internal');
}

async function answeringAgreements(db: Executor, reportId: string): Promise<number> {
  const rows = await db.selectFrom('agreements').select('id').where('situationReportId', '=', reportId).execute();
  return rows.length;
}

/** How many activities act on these problems, or on these causes. */
async function tiesTo(db: Executor, problemIds: readonly string[], causeIds: readonly string[]): Promise<number> {
  const activities = new Set<string>();
  if (problemIds.length > 0) {
    const rows = await db
      .selectFrom('activityProblems')
      .select('activityId')
      .where('problemId', 'in', problemIds)
      .execute();
    for (const row of rows) activities.add(row.activityId);
  }
  if (causeIds.length > 0) {
    const rows = await db.selectFrom('activityCauses').select('activityId').where('causeId', 'in', causeIds).execute();
    for (const row of rows) activities.add(row.activityId);
  }
  return activities.size;
}

/** Deletes a lägesbild and its problems, unless an agreement answers it or an activity acts on a problem or cause of it. */
export async function deleteSituationReport(db: Executor, id: string, version: number) {
  const problems = await db.selectFrom('problems').select('id').where('situationReportId', '=', id).execute();
  const problemIds = problems.map((problem) => problem.id);
  const acting = await tiesTo(db, problemIds, []);
  if (acting > 0) {
    throw new Conflict(`${acting} activity(ies) still act on problems of the lägesbild; untie them first.`);
  }
  const answering = await answeringAgreements(db, id);
  if (answering > 0) {
    throw new Conflict(`${answering} agreement(s) answer the lägesbild; let them answer another one first.`);
  }
  // Causes go with their problems (on delete cascade); the audit keeps them with the lägesbild.
  if (problemIds.length > 0) await db.deleteFrom('problems').where('id', 'in', problemIds).execute();
  await deleteVersioned(db, 'situationReports', id, version);
}

// Problems and their causes.

async function toProblems(db: Executor, rows: readonly ProblemRow[], level: ReadLevel): Promise<Problem[]> {
  if (rows.length === 0) return [];
  const causes = await db
    .selectFrom('problemCauses')
    .selectAll()
    .where(
      'problemId',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    situationReportId: row.situationReportId,
    title: row.title,
    description: row.description,
    category: row.category,
    areas: row.areas,
    causes: causes
      .filter((cause) => cause.problemId === row.id)
      .map((cause) => ({ id: cause.id, title: cause.title, description: cause.description })),
    position: row.position,
    ...(level === 'internal' ? { internalNote: row.internalNote } : {}),
    published: row.published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** A lägesbild's problems in order: all for insiders, the published ones for the public. */
export async function listProblems(db: Executor, reportId: string, level: ReadLevel): Promise<Problem[]> {
  let query = db.selectFrom('problems').selectAll().where('situationReportId', '=', reportId);
  if (level !== 'internal') query = query.where('published', '=', true);
  const rows = await query.orderBy('position').orderBy('title').orderBy('id').execute();
  return toProblems(db, rows, level);
}

/** A lägesbild's problems for a reader of an agreement answering it: insiders all, the public the published ones of a public lägesbild. */
export async function problemsAtLevel(db: Executor, reportId: string, level: ReadLevel): Promise<Problem[]> {
  if (level === 'internal') return listProblems(db, reportId, level);
  const report = await db
    .selectFrom('situationReports')
    .select(['published', 'status'])
    .where('id', '=', reportId)
    .executeTakeFirst();
  return report && level === 'public' && isPublicReport(report) ? listProblems(db, reportId, level) : [];
}

/** The problem with its lägesbild and how much the viewer may read, or null (404). */
export async function loadProblem(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ problem: Problem; report: SituationReport; level: ReadLevel } | null> {
  const row = await db.selectFrom('problems').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const found = await loadSituationReport(db, row.situationReportId, viewer);
  if (!found || (found.level !== 'internal' && !row.published)) return null;
  const [problem] = await toProblems(db, [row], found.level);
  return { problem: problem!, report: found.report, level: found.level };
}

async function nextPosition(db: Executor, reportId: string): Promise<number> {
  const last = await db
    .selectFrom('problems')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('situationReportId', '=', reportId)
    .executeTakeFirst();
  return last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
}

async function insertCauses(db: Executor, problemId: string, causes: readonly (CauseInput & { position: number })[]) {
  if (causes.length === 0) return;
  await db
    .insertInto('problemCauses')
    .values(
      causes.map((cause) => ({
        problemId,
        title: cause.title,
        description: cause.description ?? '',
        position: cause.position,
      })),
    )
    .execute();
}

/** A problem's own columns: its causes are rows of their own. */
function problemColumns<T extends PatchProblem>(input: T): Omit<T, 'causes'> {
  const rest: Partial<T> = { ...input };
  delete rest.causes;
  return rest as Omit<T, 'causes'>;
}

export async function createProblem(db: Executor, reportId: string, input: CreateProblem, at: Date): Promise<Problem> {
  const causes = input.causes ?? [];
  const named = causes.findIndex((cause) => cause.id !== undefined);
  if (named >= 0) {
    throw new Invalid('A new problem has no causes yet: send its causes without ids.', [
      { in: 'body', path: `/causes/${named}/id`, ...broken('unknown-reference', { item: 'cause' }) },
    ]);
  }
  const row = await db
    .insertInto('problems')
    .values({
      ...problemColumns(input),
      position: input.position ?? (await nextPosition(db, reportId)),
      situationReportId: reportId,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertCauses(
    db,
    row.id,
    causes.map((cause, position) => ({ ...cause, position })),
  );
  return (await toProblems(db, [row], 'internal'))[0]!;
}

/**
 * The causes as sent replace the list: one with the id of a cause of the
 * problem keeps it (and what acts on it), one without is new, one left out goes
 * unless an activity acts on it.
 */
async function replaceCauses(db: Executor, before: Problem, causes: readonly CauseInput[]) {
  const own = new Set(before.causes.map((cause) => cause.id));
  const seen = new Set<string>();
  causes.forEach((cause, index) => {
    if (cause.id === undefined) return;
    if (!own.has(cause.id) || seen.has(cause.id)) {
      throw new Invalid('A cause id names no cause of this problem (or names one twice).', [
        {
          in: 'body',
          path: `/causes/${index}/id`,
          ...(own.has(cause.id) ? broken('duplicate-items') : broken('unknown-reference', { item: 'cause' })),
        },
      ]);
    }
    seen.add(cause.id);
  });
  const removed = [...own].filter((id) => !seen.has(id));
  const acting = await tiesTo(db, [], removed);
  if (acting > 0) {
    throw new Conflict(`${acting} activity(ies) act on a cause the change leaves out; untie them first.`);
  }
  if (removed.length > 0) await db.deleteFrom('problemCauses').where('id', 'in', removed).execute();
  const fresh: (CauseInput & { position: number })[] = [];
  for (const [position, cause] of causes.entries()) {
    if (cause.id === undefined) fresh.push({ ...cause, position });
    else {
      await db
        .updateTable('problemCauses')
        .set({ title: cause.title, description: cause.description ?? '', position })
        .where('id', '=', cause.id)
        .execute();
    }
  }
  await insertCauses(db, before.id, fresh);
}

export async function updateProblem(
  db: Executor,
  before: Problem,
  version: number,
  changes: PatchProblem,
  at: Date,
): Promise<Problem> {
  const row = await updateVersioned(db, 'problems', before.id, version, problemColumns(changes), at);
  if (changes.causes !== undefined) await replaceCauses(db, before, changes.causes);
  return (await toProblems(db, [row], 'internal'))[0]!;
}

/** Deletes a problem no activity acts on (nor on any of its causes); its causes go with it. */
export async function deleteProblem(db: Executor, problem: Problem, version: number) {
  const acting = await tiesTo(
    db,
    [problem.id],
    problem.causes.map((cause) => cause.id),
  );
  if (acting > 0) {
    throw new Conflict(`${acting} activity(ies) still act on the problem or its causes; untie them first.`);
  }
  await deleteVersioned(db, 'problems', problem.id, version);
}

/** Which of these problems and causes any activity acts on (but cancelled ones): the gaps are the rest. */
export async function actedOn(
  db: Executor,
  problemIds: readonly string[],
  causeIds: readonly string[],
): Promise<{ problems: Set<string>; causes: Set<string> }> {
  const problems =
    problemIds.length === 0
      ? []
      : await db
          .selectFrom('activityProblems')
          .innerJoin('activities', 'activities.id', 'activityProblems.activityId')
          .select('activityProblems.problemId as id')
          .distinct()
          .where('activityProblems.problemId', 'in', problemIds)
          .where('activities.status', '<>', 'cancelled')
          .execute();
  const causes =
    causeIds.length === 0
      ? []
      : await db
          .selectFrom('activityCauses')
          .innerJoin('activities', 'activities.id', 'activityCauses.activityId')
          .select('activityCauses.causeId as id')
          .distinct()
          .where('activityCauses.causeId', 'in', causeIds)
          .where('activities.status', '<>', 'cancelled')
          .execute();
  return { problems: new Set(problems.map((row) => row.id)), causes: new Set(causes.map((row) => row.id)) };
}

/** Of these activities, those that act on some problem (whether the reader sees it or not). */
export async function actingActivities(db: Executor, activityIds: readonly string[]): Promise<Set<string>> {
  if (activityIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('activityProblems')
    .select('activityId')
    .distinct()
    .where('activityId', 'in', activityIds)
    .execute();
  return new Set(rows.map((row) => row.activityId));
}

/** How many published activities act on each of these problems and causes (by the problem's or cause's id). */
export async function publicActivityCounts(
  db: Executor,
  problemIds: readonly string[],
  causeIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const count = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  if (problemIds.length > 0) {
    const rows = await db
      .selectFrom('activityProblems')
      .innerJoin('activities', 'activities.id', 'activityProblems.activityId')
      .select('activityProblems.problemId as id')
      .where('activityProblems.problemId', 'in', problemIds)
      .where('activities.published', '=', true)
      .execute();
    for (const row of rows) count(row.id);
  }
  if (causeIds.length > 0) {
    const rows = await db
      .selectFrom('activityCauses')
      .innerJoin('activities', 'activities.id', 'activityCauses.activityId')
      .select('activityCauses.causeId as id')
      .where('activityCauses.causeId', 'in', causeIds)
      .where('activities.published', '=', true)
      .execute();
    for (const row of rows) count(row.id);
  }
  return counts;
}

/** The published problems of a municipality's public lägesbilder, with their lägesbild: the open data. */
export async function publicProblemRows(db: Executor, municipalityIds: readonly string[]) {
  const rows = await db
    .selectFrom('problems')
    .innerJoin('situationReports', 'situationReports.id', 'problems.situationReportId')
    .selectAll('problems')
    .select([
      'situationReports.title as reportTitle',
      'situationReports.periodStart as reportPeriodStart',
      'situationReports.periodEnd as reportPeriodEnd',
      'situationReports.adoptedAt as reportAdoptedAt',
      'situationReports.adoptedBy as reportAdoptedBy',
      'situationReports.municipalityId as municipalityId',
    ])
    .where('situationReports.municipalityId', 'in', municipalityIds)
    .where(PUBLIC_PROBLEM)
    .orderBy('situationReports.periodStart')
    .orderBy('situationReports.id')
    .orderBy('problems.position')
    .orderBy('problems.title')
    .orderBy('problems.id')
    .execute();
  const problems = await toProblems(db, rows, 'public');
  return rows.map((row, index) => ({ row, problem: problems[index]! }));
}
