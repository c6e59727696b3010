import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { GoalsTable, IndicatorsTable, IndicatorValuesTable } from '../db/schema.js';
import { deleteVersioned, updateVersioned } from '../db/versioned.js';
import { visibleTo } from '../db/visibility.js';
import { readLevel, type ReadLevel, type Viewer } from '../domain/policy.js';
import type {
  CreateGoal,
  CreateIndicator,
  Goal,
  Indicator,
  IndicatorValue,
  PatchGoal,
  PatchIndicator,
  PutIndicatorValue,
} from './schemas.js';
import { Conflict, Invalid, NotFound } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

export function toGoal(row: Selectable<GoalsTable>): Goal {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    title: row.title,
    description: row.description,
    published: row.published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toIndicator(row: Selectable<IndicatorsTable>): Indicator {
  return {
    id: row.id,
    goalId: row.goalId,
    title: row.title,
    source: row.source,
    unit: row.unit,
    direction: row.direction,
    baseline:
      row.baselinePeriod === null || row.baselineValue === null
        ? null
        : { period: row.baselinePeriod, value: row.baselineValue },
    target:
      row.targetPeriod === null || row.targetValue === null
        ? null
        : { period: row.targetPeriod, value: row.targetValue },
    kolada: row.koladaKpi === null ? null : { kpi: row.koladaKpi },
    published: row.published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toIndicatorValue(row: Selectable<IndicatorValuesTable>): IndicatorValue {
  return {
    indicatorId: row.indicatorId,
    period: row.period,
    group: row.group,
    value: row.value,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Goals the viewer may read: published ones, and all of their own municipality or agreements. */
function visibleGoals(db: Executor, viewer: Viewer) {
  return visibleTo(db.selectFrom('goals').selectAll('goals'), viewer, {
    published: 'goals.published',
    municipalityId: 'goals.municipalityId',
    // A goal's parties: those of the agreements that serve it.
    partyOf: (organisationId) =>
      sql<boolean>`exists (select 1 from agreement_goals join agreement_parties on agreement_parties.agreement_id = agreement_goals.agreement_id where agreement_goals.goal_id = ${sql.ref('goals.id')} and agreement_parties.organisation_id = ${organisationId})`,
  });
}

export async function listGoals(
  db: Executor,
  viewer: Viewer,
  filter: { limit: number; cursor?: string | undefined; municipalityId?: string | undefined },
) {
  let query = visibleGoals(db, viewer);
  if (filter.municipalityId !== undefined) query = query.where('goals.municipalityId', '=', filter.municipalityId);
  return listPage(query, filter, { sortBy: 'title', table: 'goals', toItems: (rows) => rows.map(toGoal) });
}

async function goalParties(db: Executor, goalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agreementGoals')
    .innerJoin('agreementParties', 'agreementParties.agreementId', 'agreementGoals.agreementId')
    .select('agreementParties.organisationId')
    .distinct()
    .where('agreementGoals.goalId', '=', goalId)
    .execute();
  return rows.map((row) => row.organisationId);
}

/** The goal with how much of it the viewer may read, or null when it may not be seen (404). */
export async function loadGoal(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ goal: Goal; level: ReadLevel } | null> {
  const row = await db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const level = readLevel(viewer, {
    municipalityId: row.municipalityId,
    published: row.published,
    partyOrganisationIds: await goalParties(db, id),
  });
  return level === 'none' ? null : { goal: toGoal(row), level };
}

export async function assertMunicipality(db: Executor, municipalityId: string, path = '/municipalityId') {
  const found = await db.selectFrom('municipalities').select('id').where('id', '=', municipalityId).executeTakeFirst();
  if (!found)
    throw new Invalid('The municipality does not exist.', [
      { in: 'body', path, ...broken('unknown-reference', { item: 'municipality' }) },
    ]);
}

export async function createGoal(db: Executor, input: CreateGoal, at: Date): Promise<Goal> {
  await assertMunicipality(db, input.municipalityId);
  const row = await db
    .insertInto('goals')
    .values({ ...input, createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toGoal(row);
}

export async function updateGoal(db: Executor, id: string, version: number, changes: PatchGoal, at: Date) {
  if (changes.municipalityId !== undefined) await assertMunicipality(db, changes.municipalityId);
  return toGoal(await updateVersioned(db, 'goals', id, version, changes, at));
}

export async function deleteGoal(db: Executor, id: string, version: number) {
  const indicators = await db.selectFrom('indicators').select('id').where('goalId', '=', id).execute();
  const agreements = await db.selectFrom('agreementGoals').select('agreementId').where('goalId', '=', id).execute();
  if (indicators.length > 0 || agreements.length > 0) {
    throw new Conflict(
      `The goal still has ${indicators.length} indicator(s) and is linked to ${agreements.length} agreement(s); remove them first.`,
    );
  }
  await deleteVersioned(db, 'goals', id, version);
}

// Indicators: readable where their goal is; public when both are published.

export async function listIndicators(db: Executor, goalId: string, level: ReadLevel): Promise<Indicator[]> {
  let query = db.selectFrom('indicators').selectAll().where('goalId', '=', goalId);
  if (level !== 'internal') query = query.where('published', '=', true);
  const rows = await query.orderBy('createdAt').orderBy('id').execute();
  return rows.map(toIndicator);
}

export async function loadIndicator(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<{ indicator: Indicator; goal: Goal; level: ReadLevel } | null> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const goal = await loadGoal(db, row.goalId, viewer);
  if (!goal) return null;
  if (goal.level !== 'internal' && !row.published) return null;
  return { indicator: toIndicator(row), goal: goal.goal, level: goal.level };
}

function indicatorColumns(input: PatchIndicator) {
  const { baseline, target, kolada, ...rest } = input;
  return {
    ...rest,
    ...(kolada === undefined ? {} : { koladaKpi: kolada?.kpi ?? null }),
    ...(baseline === undefined
      ? {}
      : { baselinePeriod: baseline?.period ?? null, baselineValue: baseline?.value ?? null }),
    ...(target === undefined ? {} : { targetPeriod: target?.period ?? null, targetValue: target?.value ?? null }),
  };
}

/** A target must lie on the better side of the baseline. */
function assertDirection(indicator: Pick<Indicator, 'direction' | 'baseline' | 'target'>) {
  const { baseline, target, direction } = indicator;
  if (!baseline || !target) return;
  const better = direction === 'increase' ? target.value > baseline.value : target.value < baseline.value;
  if (!better) {
    throw new Invalid(
      `With direction ${direction}, the target must be ${direction === 'increase' ? 'above' : 'below'} the baseline.`,
      [
        {
          in: 'body',
          path: '/target/value',
          ...broken('target-direction', { direction: direction === 'increase' ? 'above' : 'below' }),
        },
      ],
    );
  }
}

export async function createIndicator(
  db: Executor,
  goalId: string,
  input: CreateIndicator,
  at: Date,
): Promise<Indicator> {
  assertDirection({ direction: input.direction, baseline: input.baseline ?? null, target: input.target ?? null });
  const row = await db
    .insertInto('indicators')
    .values({
      ...indicatorColumns(input),
      direction: input.direction,
      title: input.title,
      source: input.source,
      unit: input.unit,
      goalId,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toIndicator(row);
}

export async function updateIndicator(
  db: Executor,
  before: Indicator,
  version: number,
  changes: PatchIndicator,
  at: Date,
) {
  assertDirection({ ...before, ...changes });
  return toIndicator(await updateVersioned(db, 'indicators', before.id, version, indicatorColumns(changes), at));
}

export async function deleteIndicator(db: Executor, id: string, version: number) {
  await deleteVersioned(db, 'indicators', id, version);
}

export async function listIndicatorValues(db: Executor, indicatorIds: readonly string[]): Promise<IndicatorValue[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .selectFrom('indicatorValues')
    .selectAll()
    .where('indicatorId', 'in', indicatorIds)
    .orderBy('indicatorId')
    .orderBy('period')
    .orderBy('group')
    .execute();
  return rows.map(toIndicatorValue);
}

/**
 * Upserts one value; tells whether it was new and what it replaced. The
 * indicator is locked first, so a delete running meanwhile waits for this
 * write, or has already happened and this is a 404. The insert comes next: of
 * concurrent first writers exactly one inserts, and the others wait for it,
 * then lock and replace that row, so each knows what it replaced (a
 * `select … for update` of a row not yet there locks nothing).
 */
export async function putIndicatorValue(
  db: Executor,
  indicatorId: string,
  input: PutIndicatorValue,
  at: Date,
): Promise<{ value: IndicatorValue; before: IndicatorValue | null }> {
  const indicator = await db
    .selectFrom('indicators')
    .select('id')
    .where('id', '=', indicatorId)
    .forShare()
    .executeTakeFirst();
  if (!indicator) throw new NotFound('The indicator');
  const inserted = await db
    .insertInto('indicatorValues')
    .values({ indicatorId, ...input, updatedAt: at })
    .onConflict((conflict) => conflict.columns(['indicatorId', 'period', 'group']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { value: toIndicatorValue(inserted), before: null };
  const existing = await db
    .selectFrom('indicatorValues')
    .selectAll()
    .where('indicatorId', '=', indicatorId)
    .where('period', '=', input.period)
    .where('group', '=', input.group)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const row = await db
    .updateTable('indicatorValues')
    .set({ value: input.value, updatedAt: at })
    .where('indicatorId', '=', indicatorId)
    .where('period', '=', input.period)
    .where('group', '=', input.group)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { value: toIndicatorValue(row), before: toIndicatorValue(existing) };
}

/**
 * Indicator values in the order every listing of them uses: by goal (title, id),
 * indicator (as added), period and group. For a query that joins all three tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inIndicatorValueOrder<QB extends SelectQueryBuilder<any, any, any>>(query: QB): QB {
  const columns = [
    'goals.title',
    'goals.id',
    'indicators.createdAt',
    'indicators.id',
    'indicatorValues.period',
    'indicatorValues.group',
  ];
  return columns.reduce((ordered, column) => ordered.orderBy(sql.ref(column)) as QB, query);
}
