import { sql, type Selectable } from 'kysely';
import { assertExisting, assertPeriod } from '../db/checks.js';
import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { ActivitiesTable } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { visibleTo } from '../db/visibility.js';
import { readLevel, type ReadLevel, type Viewer } from '../domain/policy.js';
import { sameMonthTargets, type TargetChange } from '../progress/progress.js';
import type { Activity, CreateActivity, Measure, PatchActivity } from './schemas.js';
import { Conflict, Invalid } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

type ActivityRow = Selectable<ActivitiesTable>;

/** The monthly targets of these activities as they changed, oldest first. */
export async function targetHistory(
  db: Executor,
  activityIds: readonly string[],
): Promise<Map<string, TargetChange[]>> {
  const history = new Map<string, TargetChange[]>();
  if (activityIds.length === 0) return history;
  const rows = await db
    .selectFrom('activityTargets')
    .selectAll()
    .where('activityId', 'in', activityIds)
    .orderBy('activityId')
    .orderBy('validFrom')
    .execute();
  for (const row of rows) {
    history.set(row.activityId, [
      ...(history.get(row.activityId) ?? []),
      { validFrom: row.validFrom, monthlyTarget: row.monthlyTarget, monthTargets: row.monthTargets },
    ]);
  }
  return history;
}

/** Whether the reader reads an activity's agreement whole: then every tie to a problem shows, else the public ones. */
export type Insider = (row: ActivityRow) => boolean;
const NOBODY: Insider = () => false;
export const EVERYONE: Insider = () => true;

/** A problem the public reads: published, of a lägesbild that is published and no longer a draft. */
export const PUBLIC_PROBLEM = sql<boolean>`(${sql.ref('problems.published')} and ${sql.ref('situationReports.published')} and ${sql.ref('situationReports.status')} <> 'draft')`;

type Tie = { activityId: string; id: string; public: boolean };

/** The problems and causes the activities act on, in the lägesbild's order, each marked public or not. */
async function problemTies(db: Executor, ids: readonly string[]): Promise<{ problems: Tie[]; causes: Tie[] }> {
  const problems = await db
    .selectFrom('activityProblems')
    .innerJoin('problems', 'problems.id', 'activityProblems.problemId')
    .innerJoin('situationReports', 'situationReports.id', 'problems.situationReportId')
    .select(['activityProblems.activityId', 'activityProblems.problemId as id', PUBLIC_PROBLEM.as('public')])
    .where('activityProblems.activityId', 'in', ids)
    .orderBy('problems.position')
    .orderBy('problems.id')
    .execute();
  const causes = await db
    .selectFrom('activityCauses')
    .innerJoin('problemCauses', 'problemCauses.id', 'activityCauses.causeId')
    .innerJoin('problems', 'problems.id', 'problemCauses.problemId')
    .innerJoin('situationReports', 'situationReports.id', 'problems.situationReportId')
    .select(['activityCauses.activityId', 'activityCauses.causeId as id', PUBLIC_PROBLEM.as('public')])
    .where('activityCauses.activityId', 'in', ids)
    .orderBy('problems.position')
    .orderBy('problems.id')
    .orderBy('problemCauses.position')
    .execute();
  return { problems, causes };
}

/** The partner organisations of these activities, by activity id, each list by id. */
export async function partnersOf(db: Executor, ids: readonly string[]): Promise<Map<string, string[]>> {
  const partners = new Map<string, string[]>();
  if (ids.length === 0) return partners;
  const rows = await db
    .selectFrom('activityPartners')
    .select(['activityId', 'organisationId'])
    .where('activityId', 'in', ids)
    .orderBy('organisationId')
    .execute();
  for (const row of rows) {
    const list = partners.get(row.activityId);
    if (list) list.push(row.organisationId);
    else partners.set(row.activityId, [row.organisationId]);
  }
  return partners;
}

/** An activity's measure as it holds now (its latest target); null without a label, a unit or a target. */
export function measureOf(
  row: Pick<ActivityRow, 'measureLabel' | 'measureUnit'>,
  targets: readonly TargetChange[] | undefined,
): Measure | null {
  const latest = targets?.at(-1);
  const current = latest?.monthlyTarget ?? null;
  if (row.measureLabel === null || row.measureUnit === null || current === null) return null;
  const monthTargets = latest?.monthTargets ?? {};
  return {
    label: row.measureLabel,
    unit: row.measureUnit,
    monthlyTarget: current,
    ...(Object.keys(monthTargets).length > 0 ? { monthTargets } : {}),
  };
}

/** What an activity's API shape needs beside its row, fetched for many rows at once or for one in its query. */
interface ActivityParts {
  ties: { problems: Tie[]; causes: Tie[] };
  /** Partner organisation ids by activity id. */
  partners: ReadonlyMap<string, string[]>;
  targets: Map<string, TargetChange[]>;
}

function toActivity(row: ActivityRow, { ties, partners, targets }: ActivityParts, insider: Insider): Activity {
  const tiesOf = (list: Tie[]) =>
    list.filter((tie) => tie.activityId === row.id && (tie.public || insider(row))).map((tie) => tie.id);
  return {
    id: row.id,
    agreementId: row.agreementId,
    focusAreaId: row.focusAreaId,
    title: row.title,
    description: row.description,
    leadOrganisationId: row.leadOrganisationId,
    partnerOrganisationIds: partners.get(row.id) ?? [],
    area: row.area,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    comment: row.comment,
    shared: row.shared,
    published: row.published,
    measure: measureOf(row, targets.get(row.id)),
    problemIds: tiesOf(ties.problems),
    causeIds: tiesOf(ties.causes),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Rows to API shapes, with partners, current targets and ties to problems fetched for the whole page at once. */
export async function toActivities(
  db: Executor,
  rows: readonly ActivityRow[],
  /** Their target histories, when the caller has them already. */
  knownTargets?: Map<string, TargetChange[]>,
  /** Whose ties to unpublished problems the reader sees; by default none's. */
  insider: Insider = NOBODY,
): Promise<Activity[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const ties = await problemTies(db, ids);
  const partners = await partnersOf(db, ids);
  const targets = knownTargets ?? (await targetHistory(db, ids));
  return rows.map((row) => toActivity(row, { ties, partners, targets }, insider));
}

/** Of these activities, those whose agreement the viewer reads whole. */
export async function insiderFor(db: Executor, viewer: Viewer, rows: readonly ActivityRow[]): Promise<Insider> {
  const agreementIds = [...new Set(rows.map((row) => row.agreementId))];
  if (viewer.kind === 'all') return EVERYONE;
  if (viewer.kind === 'public' || agreementIds.length === 0) return NOBODY;
  const found =
    viewer.kind === 'municipality'
      ? await db
          .selectFrom('agreements')
          .select('id')
          .where('id', 'in', agreementIds)
          .where('municipalityId', '=', viewer.municipalityId)
          .execute()
      : await db
          .selectFrom('agreementParties')
          .select('agreementId as id')
          .where('agreementId', 'in', agreementIds)
          .where('organisationId', '=', viewer.organisationId)
          .execute();
  const inside = new Set(found.map((row) => row.id));
  return (row) => inside.has(row.agreementId);
}

/** Activities the viewer may read: published ones, and all of their municipality or agreements. */
export function visibleActivities(db: Executor, viewer: Viewer) {
  const query = db
    .selectFrom('activities')
    .innerJoin('agreements', 'agreements.id', 'activities.agreementId')
    .selectAll('activities');
  return visibleTo(query, viewer, {
    published: 'activities.published',
    municipalityId: 'agreements.municipalityId',
    agreementId: 'activities.agreementId',
  });
}

export interface ActivityFilter {
  limit: number;
  cursor?: string | undefined;
  agreementId?: string | undefined;
  focusAreaId?: string | undefined;
  status?: Activity['status'] | undefined;
  organisationId?: string | undefined;
  area?: string | undefined;
}

export async function listActivities(db: Executor, viewer: Viewer, filter: ActivityFilter) {
  let query = visibleActivities(db, viewer);
  if (filter.agreementId !== undefined) query = query.where('activities.agreementId', '=', filter.agreementId);
  if (filter.focusAreaId !== undefined) query = query.where('activities.focusAreaId', '=', filter.focusAreaId);
  if (filter.status !== undefined) query = query.where('activities.status', '=', filter.status);
  if (filter.area !== undefined) query = query.where('activities.area', '=', filter.area);
  const organisationId = filter.organisationId;
  if (organisationId !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('activities.leadOrganisationId', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('activityPartners')
            .select('activityPartners.activityId')
            .whereRef('activityPartners.activityId', '=', 'activities.id')
            .where('activityPartners.organisationId', '=', organisationId),
        ),
      ]),
    );
  }
  return listPage(query, filter, {
    sortBy: 'title',
    table: 'activities',
    toItems: async (rows) => toActivities(db, rows, undefined, await insiderFor(db, viewer, rows)),
  });
}

export interface LoadedActivity {
  activity: Activity;
  municipalityId: string;
  partyIds: string[];
  level: ReadLevel;
  /** Its agreement's period. */
  period: { start: string; end: string };
  /** Its monthly targets as they changed, oldest first (kept when it no longer has a measure). */
  targets: TargetChange[];
}

/** A subquery's rows as one JSON array ([] for none), in its order: nothing at this level reorders them. */
const json = <T>(query: ReturnType<typeof sql>) => sql<T>`(select coalesce(json_agg(x), '[]') from (${query}) x)`;

/**
 * The activity with its agreement's facts and how much the viewer may read, or null (404).
 * One query, its lists in the order toActivities gives them: it is on the path of every change to an activity
 * and of every follow-up recorded.
 */
export async function loadActivity(db: Executor, id: string, viewer: Viewer): Promise<LoadedActivity | null> {
  const activity = sql.ref('activities.id');
  const found = await db
    .selectFrom('activities')
    .innerJoin('agreements', 'agreements.id', 'activities.agreementId')
    .selectAll('activities')
    .select([
      'agreements.municipalityId as agreementMunicipalityId',
      'agreements.periodStart as agreementStart',
      'agreements.periodEnd as agreementEnd',
      json<{ organisationId: string }[]>(sql`
        select organisation_id from agreement_parties where agreement_id = activities.agreement_id`).as('parties'),
      json<Tie[]>(sql`
        select activity_problems.activity_id, activity_problems.problem_id as id, ${PUBLIC_PROBLEM} as public
        from activity_problems
        join problems on problems.id = activity_problems.problem_id
        join situation_reports on situation_reports.id = problems.situation_report_id
        where activity_problems.activity_id = ${activity}
        order by problems.position, problems.id`).as('problemTies'),
      json<Tie[]>(sql`
        select activity_causes.activity_id, activity_causes.cause_id as id, ${PUBLIC_PROBLEM} as public
        from activity_causes
        join problem_causes on problem_causes.id = activity_causes.cause_id
        join problems on problems.id = problem_causes.problem_id
        join situation_reports on situation_reports.id = problems.situation_report_id
        where activity_causes.activity_id = ${activity}
        order by problems.position, problems.id, problem_causes.position`).as('causeTies'),
      json<{ activityId: string; organisationId: string }[]>(sql`
        select activity_id, organisation_id from activity_partners
        where activity_id = ${activity} order by organisation_id`).as('partners'),
      json<TargetChange[]>(sql`
        select valid_from, monthly_target, month_targets from activity_targets
        where activity_id = ${activity} order by valid_from`).as('targets'),
    ])
    .where('activities.id', '=', id)
    .executeTakeFirst();
  if (!found) return null;
  const { agreementMunicipalityId: municipalityId, agreementStart, agreementEnd, parties, ...rest } = found;
  const { problemTies, causeTies, partners, targets, ...row } = rest;
  const partyIds = parties.map((party) => party.organisationId);
  const level = readLevel(viewer, { municipalityId, partyOrganisationIds: partyIds, published: row.published });
  if (level === 'none') return null;
  const parts = {
    ties: { problems: problemTies, causes: causeTies },
    partners: new Map([[row.id, partners.map((partner) => partner.organisationId)]]),
    targets: new Map([[row.id, targets]]),
  };
  return {
    activity: toActivity(row, parts, () => level === 'internal'),
    municipalityId,
    partyIds,
    level,
    period: { start: agreementStart, end: agreementEnd },
    targets,
  };
}

/** The index of the first id not among those found, or -1. */
const firstMissing = (ids: readonly string[], found: readonly { id: string }[]) => {
  const known = new Set(found.map((row) => row.id));
  return ids.findIndex((id) => !known.has(id));
};

/**
 * An activity acts on problems of the lägesbild its agreement answers, and on
 * causes of those problems: anything else is an unknown id (another
 * municipality's problem, another lägesbild's, a cause of another problem).
 */
async function checkProblemTies(
  db: Executor,
  agreementId: string,
  problemIds: readonly string[],
  causeIds: readonly string[],
) {
  if (problemIds.length === 0 && causeIds.length === 0) return;
  const agreement = await db
    .selectFrom('agreements')
    .select('situationReportId')
    .where('id', '=', agreementId)
    .executeTakeFirst();
  const reportId = agreement?.situationReportId ?? null;
  const problems =
    reportId === null || problemIds.length === 0
      ? []
      : await db
          .selectFrom('problems')
          .select('id')
          .where('situationReportId', '=', reportId)
          .where('id', 'in', problemIds)
          .execute();
  const problem = firstMissing(problemIds, problems);
  if (problem >= 0) {
    throw new Invalid('A problem in problemIds is not one of the lägesbild the activity’s agreement answers.', [
      { in: 'body', path: `/problemIds/${problem}`, ...broken('unknown-reference', { item: 'problem' }) },
    ]);
  }
  const causes =
    causeIds.length === 0 || problemIds.length === 0
      ? []
      : await db
          .selectFrom('problemCauses')
          .select('id')
          .where('id', 'in', causeIds)
          .where('problemId', 'in', problemIds)
          .execute();
  const cause = firstMissing(causeIds, causes);
  if (cause >= 0) {
    throw new Invalid('A cause in causeIds is not a cause of a problem the activity acts on (problemIds).', [
      { in: 'body', path: `/causeIds/${cause}`, ...broken('unknown-reference', { item: 'cause' }) },
    ]);
  }
}

async function checkActivity(
  db: Executor,
  activity: Pick<Activity, 'agreementId' | 'focusAreaId' | 'leadOrganisationId' | 'startDate' | 'endDate'> & {
    partnerOrganisationIds?: readonly string[] | undefined;
    problemIds?: readonly string[] | undefined;
    causeIds?: readonly string[] | undefined;
  },
) {
  const focusArea = await db
    .selectFrom('focusAreas')
    .select('agreementId')
    .where('id', '=', activity.focusAreaId)
    .executeTakeFirst();
  if (focusArea?.agreementId !== activity.agreementId) {
    throw new Invalid('The focus area is not one of this agreement.', [
      { in: 'body', path: '/focusAreaId', ...broken('unknown-reference', { item: 'focusArea' }) },
    ]);
  }
  await assertExisting(db, 'organisations', [activity.leadOrganisationId], '/leadOrganisationId');
  await assertExisting(db, 'organisations', activity.partnerOrganisationIds ?? [], '/partnerOrganisationIds');
  if (activity.startDate && activity.endDate) assertPeriod(activity.startDate, activity.endDate, '/endDate');
  await checkProblemTies(db, activity.agreementId, activity.problemIds ?? [], activity.causeIds ?? []);
}

function measureColumns(measure: Activity['measure'] | undefined) {
  if (measure === undefined) return {};
  return { measureLabel: measure?.label ?? null, measureUnit: measure?.unit ?? null };
}

async function replacePartners(db: Executor, activityId: string, partnerIds: readonly string[] | undefined) {
  if (partnerIds === undefined) return;
  await db.deleteFrom('activityPartners').where('activityId', '=', activityId).execute();
  if (partnerIds.length > 0) {
    await db
      .insertInto('activityPartners')
      .values(partnerIds.map((organisationId) => ({ activityId, organisationId })))
      .execute();
  }
}

/** The problems and causes the activity acts on, each list replaced when given. */
async function replaceTies(
  db: Executor,
  activityId: string,
  ties: { problemIds?: readonly string[] | undefined; causeIds?: readonly string[] | undefined },
) {
  if (ties.causeIds !== undefined) {
    await db.deleteFrom('activityCauses').where('activityId', '=', activityId).execute();
    if (ties.causeIds.length > 0) {
      await db
        .insertInto('activityCauses')
        .values(ties.causeIds.map((causeId) => ({ activityId, causeId })))
        .execute();
    }
  }
  if (ties.problemIds !== undefined) {
    await db.deleteFrom('activityProblems').where('activityId', '=', activityId).execute();
    if (ties.problemIds.length > 0) {
      await db
        .insertInto('activityProblems')
        .values(ties.problemIds.map((problemId) => ({ activityId, problemId })))
        .execute();
    }
  }
}

/** New targets (monthly and per calendar month) hold from this month on; the months before keep theirs. */
async function recordTarget(db: Executor, activityId: string, measure: Measure, fromMonth: string) {
  const targets = { monthlyTarget: measure.monthlyTarget, monthTargets: JSON.stringify(measure.monthTargets ?? {}) };
  await db
    .insertInto('activityTargets')
    .values({ activityId, validFrom: fromMonth, ...targets })
    .onConflict((conflict) => conflict.columns(['activityId', 'validFrom']).doUpdateSet(targets))
    .execute();
}

export async function createActivity(db: Executor, input: CreateActivity, at: Date, month: string): Promise<Activity> {
  await checkActivity(db, { ...input, startDate: input.startDate ?? null, endDate: input.endDate ?? null });
  const { partnerOrganisationIds, measure, problemIds, causeIds, ...columns } = input;
  const row = await db
    .insertInto('activities')
    .values({ ...columns, ...measureColumns(measure), createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  await replacePartners(db, row.id, partnerOrganisationIds ?? []);
  await replaceTies(db, row.id, { problemIds: problemIds ?? [], causeIds: causeIds ?? [] });
  if (measure) await recordTarget(db, row.id, measure, month);
  return (await toActivities(db, [row], undefined, EVERYONE))[0]!;
}

export async function updateActivity(
  db: Executor,
  before: Activity,
  version: number,
  changes: PatchActivity,
  at: Date,
  month: string,
): Promise<Activity> {
  const touchesPlan = [
    'agreementId',
    'focusAreaId',
    'leadOrganisationId',
    'partnerOrganisationIds',
    'startDate',
    'endDate',
    'problemIds',
    'causeIds',
  ].some((field) => field in changes);
  if (touchesPlan) await checkActivity(db, { ...before, ...changes });
  const { partnerOrganisationIds, measure, problemIds, causeIds, ...columns } = changes;
  const row = await updateVersioned(
    db,
    'activities',
    before.id,
    version,
    { ...columns, ...measureColumns(measure) },
    at,
  );
  await replacePartners(db, before.id, partnerOrganisationIds);
  await replaceTies(db, before.id, { problemIds, causeIds });
  const was = before.measure;
  if (
    measure &&
    (measure.monthlyTarget !== was?.monthlyTarget || !sameMonthTargets(measure.monthTargets, was?.monthTargets))
  ) {
    await recordTarget(db, before.id, measure, month);
  }
  return (await toActivities(db, [row], undefined, EVERYONE))[0]!;
}

export async function deleteActivity(db: Executor, id: string, version: number) {
  const followUps = await db.selectFrom('followUps').select('id').where('activityId', '=', id).execute();
  const promises = await db.selectFrom('promiseActivities').select('promiseId').where('activityId', '=', id).execute();
  if (followUps.length > 0 || promises.length > 0) {
    throw new Conflict(
      `The activity still holds ${followUps.length} follow-up(s) and is part of ${promises.length} promise(s); ` +
        'mark it cancelled instead, or remove it from the promises first.',
    );
  }
  await deleteVersioned(db, 'activities', id, version);
}
