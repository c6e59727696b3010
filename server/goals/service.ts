import type { Static } from 'typebox';
import { deleteItem, runChange, type BasedOn, type Change, type ServiceDeps } from '../domain/changes.js';
import { managedItems } from '../domain/managed.js';
import { assertCanManage, viewerOf, type Actor } from '../domain/policy.js';
import type {
  CreateGoal,
  CreateIndicator,
  Goal,
  GoalListQuery,
  Indicator,
  IndicatorValue,
  PatchGoal,
  PatchIndicator,
  PutIndicatorValue,
} from './schemas.js';
import * as store from './store.js';

// Goals, their indicators and the indicators' values: who may read and change
// them, and each change with its audit event.

const goals = managedItems<Goal>({
  entityType: 'goal',
  what: 'The goal',
  load: async (db, id, viewer) => {
    const found = await store.loadGoal(db, id, viewer);
    return found && { item: found.goal, municipalityId: found.goal.municipalityId, level: found.level };
  },
});

const indicators = managedItems<Indicator>({
  entityType: 'indicator',
  what: 'The indicator',
  load: async (db, id, viewer) => {
    const found = await store.loadIndicator(db, id, viewer);
    return found && { item: found.indicator, municipalityId: found.goal.municipalityId, level: found.level };
  },
});

export function listGoals(deps: ServiceDeps, actor: Actor | null, query: Static<typeof GoalListQuery>) {
  return store.listGoals(deps.database.db, viewerOf(actor), query);
}

export async function getGoal(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Goal> {
  return (await goals.visible(deps.database.db, actor, id)).item;
}

export function createGoal(deps: ServiceDeps, actor: Actor | null, input: CreateGoal): Promise<Goal> {
  return goals.create(deps, actor, input.municipalityId, (trx, now) => store.createGoal(trx, input, now));
}

export function updateGoal(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchGoal,
): Promise<Goal> {
  // Moving a goal to another municipality needs the right to manage that one too.
  if (patch.municipalityId !== undefined) assertCanManage(actor, patch.municipalityId);
  return goals.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updateGoal(trx, before.id, version, patch, now),
  );
}

export function deleteGoal(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return goals.remove(deps, actor, id, basedOn, (trx, before, version) => store.deleteGoal(trx, before.id, version));
}

export async function listIndicators(deps: ServiceDeps, actor: Actor | null, goalId: string): Promise<Indicator[]> {
  const goal = await goals.visible(deps.database.db, actor, goalId);
  return store.listIndicators(deps.database.db, goal.item.id, goal.level);
}

export async function createIndicator(
  deps: ServiceDeps,
  actor: Actor | null,
  goalId: string,
  input: CreateIndicator,
): Promise<Indicator> {
  const goal = await goals.visible(deps.database.db, actor, goalId);
  return indicators.create(deps, actor, goal.municipalityId, (trx, now) =>
    store.createIndicator(trx, goal.item.id, input, now),
  );
}

export async function getIndicator(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Indicator> {
  return (await indicators.visible(deps.database.db, actor, id)).item;
}

export function updateIndicator(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchIndicator,
): Promise<Indicator> {
  return indicators.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updateIndicator(trx, before, version, patch, now),
  );
}

/** Deletes an indicator and its values; the audit keeps the values with it. */
export function deleteIndicator(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, async (change) => {
    const values = await store.listIndicatorValues(change.trx, [id]);
    await deleteItem(change, basedOn, {
      ...indicators.existing(actor, id),
      audited: (indicator) => ({ ...indicator, values }),
      remove: (trx, before, version) => store.deleteIndicator(trx, before.id, version),
    });
  });
}

export async function listIndicatorValues(
  deps: ServiceDeps,
  actor: Actor | null,
  indicatorId: string,
): Promise<IndicatorValue[]> {
  const indicator = await indicators.visible(deps.database.db, actor, indicatorId);
  return store.listIndicatorValues(deps.database.db, [indicator.item.id]);
}

/** Records or replaces one value; `replaced` says which. */
export async function putIndicatorValue(
  deps: ServiceDeps,
  actor: Actor | null,
  indicatorId: string,
  input: PutIndicatorValue,
): Promise<{ value: IndicatorValue; replaced: boolean }> {
  const indicator = await indicators.visible(deps.database.db, actor, indicatorId);
  assertCanManage(actor, indicator.municipalityId);
  return runChange(deps, actor, (change) =>
    writeIndicatorValue(change, { id: indicator.item.id, municipalityId: indicator.municipalityId }, input),
  );
}

/**
 * Records or replaces one value within a change, with its audit event: for the
 * API above and for jobs (the Kolada sync), which have checked who may already.
 */
export async function writeIndicatorValue(
  change: Change,
  indicator: { id: string; municipalityId: string | null },
  input: PutIndicatorValue,
): Promise<{ value: IndicatorValue; replaced: boolean }> {
  const put = await store.putIndicatorValue(change.trx, indicator.id, input, change.now);
  await change.audit({
    action: put.before ? 'update' : 'create',
    entityType: 'indicatorValue',
    entityId: indicator.id,
    municipalityId: indicator.municipalityId,
    before: put.before ?? undefined,
    after: put.value,
  });
  return { value: put.value, replaced: put.before !== null };
}
