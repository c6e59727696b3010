import type { Static } from 'typebox';
import {
  createItem,
  deleteItem,
  runChange,
  updateItem,
  type BasedOn,
  type Change,
  type Found,
  type ServiceDeps,
} from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
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

/** A goal as the caller may see it; NotFound otherwise. */
async function visibleGoal(deps: ServiceDeps, actor: Actor | null, id: string) {
  const found = await store.loadGoal(deps.database.db, id, viewerOf(actor));
  if (!found) throw new NotFound('The goal');
  return found;
}

async function visibleIndicator(deps: ServiceDeps, actor: Actor | null, id: string) {
  const found = await store.loadIndicator(deps.database.db, id, viewerOf(actor));
  if (!found) throw new NotFound('The indicator');
  return found;
}

const existingGoal = (actor: Actor | null, id: string) => ({
  entityType: 'goal' as const,
  what: 'The goal',
  load: async (trx: Change['trx']): Promise<Found<Goal> | null> => {
    const found = await store.loadGoal(trx, id, viewerOf(actor));
    return found && { item: found.goal, municipalityId: found.goal.municipalityId };
  },
  authorize: ({ municipalityId }: Found<Goal>) => assertCanManage(actor, municipalityId),
});

const existingIndicator = (actor: Actor | null, id: string) => ({
  entityType: 'indicator' as const,
  what: 'The indicator',
  load: async (trx: Change['trx']): Promise<Found<Indicator> | null> => {
    const found = await store.loadIndicator(trx, id, viewerOf(actor));
    return found && { item: found.indicator, municipalityId: found.goal.municipalityId };
  },
  authorize: ({ municipalityId }: Found<Indicator>) => assertCanManage(actor, municipalityId),
});

export function listGoals(deps: ServiceDeps, actor: Actor | null, query: Static<typeof GoalListQuery>) {
  return store.listGoals(deps.database.db, viewerOf(actor), query);
}

export async function getGoal(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Goal> {
  return (await visibleGoal(deps, actor, id)).goal;
}

export function createGoal(deps: ServiceDeps, actor: Actor | null, input: CreateGoal): Promise<Goal> {
  assertCanManage(actor, input.municipalityId);
  return runChange(deps, actor, (change) =>
    createItem<Goal>(change, {
      entityType: 'goal',
      municipalityId: input.municipalityId,
      create: (trx, now) => store.createGoal(trx, input, now),
    }),
  );
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
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      ...existingGoal(actor, id),
      update: (trx, before, version, now) => store.updateGoal(trx, before.id, version, patch, now),
    }),
  );
}

export function deleteGoal(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, (change) =>
    deleteItem(change, basedOn, {
      ...existingGoal(actor, id),
      remove: (trx, before, version) => store.deleteGoal(trx, before.id, version),
    }),
  );
}

export async function listIndicators(deps: ServiceDeps, actor: Actor | null, goalId: string): Promise<Indicator[]> {
  const found = await visibleGoal(deps, actor, goalId);
  return store.listIndicators(deps.database.db, found.goal.id, found.level);
}

export async function createIndicator(
  deps: ServiceDeps,
  actor: Actor | null,
  goalId: string,
  input: CreateIndicator,
): Promise<Indicator> {
  const found = await visibleGoal(deps, actor, goalId);
  assertCanManage(actor, found.goal.municipalityId);
  return runChange(deps, actor, (change) =>
    createItem<Indicator>(change, {
      entityType: 'indicator',
      municipalityId: found.goal.municipalityId,
      create: (trx, now) => store.createIndicator(trx, found.goal.id, input, now),
    }),
  );
}

export async function getIndicator(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Indicator> {
  return (await visibleIndicator(deps, actor, id)).indicator;
}

export function updateIndicator(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchIndicator,
): Promise<Indicator> {
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      ...existingIndicator(actor, id),
      update: (trx, before, version, now) => store.updateIndicator(trx, before, version, patch, now),
    }),
  );
}

/** Deletes an indicator and its values; the audit keeps the values with it. */
export function deleteIndicator(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, async (change) => {
    const values = await store.listIndicatorValues(change.trx, [id]);
    await deleteItem(change, basedOn, {
      ...existingIndicator(actor, id),
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
  const found = await visibleIndicator(deps, actor, indicatorId);
  return store.listIndicatorValues(deps.database.db, [found.indicator.id]);
}

/** Records or replaces one value; `replaced` says which. */
export async function putIndicatorValue(
  deps: ServiceDeps,
  actor: Actor | null,
  indicatorId: string,
  input: PutIndicatorValue,
): Promise<{ value: IndicatorValue; replaced: boolean }> {
  const found = await visibleIndicator(deps, actor, indicatorId);
  assertCanManage(actor, found.goal.municipalityId);
  return runChange(deps, actor, async (change) => {
    const put = await store.putIndicatorValue(change.trx, found.indicator.id, input, change.now);
    await change.audit({
      action: put.before ? 'update' : 'create',
      entityType: 'indicatorValue',
      entityId: found.indicator.id,
      municipalityId: found.goal.municipalityId,
      before: put.before ?? undefined,
      after: put.value,
    });
    return { value: put.value, replaced: put.before !== null };
  });
}
