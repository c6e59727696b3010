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
import { loadProgress } from './progress.js';
import type { CitizenPromise, CreatePromise, PatchPromise, PromiseListQuery, PromiseProgress } from './schemas.js';
import * as store from './store.js';

// Citizen promises (medborgarlöften): who may read and change them, each
// change with its audit event, and a promise's progress per activity.

/** A promise as the caller may see it; NotFound otherwise. */
async function visiblePromise(deps: ServiceDeps, actor: Actor | null, id: string) {
  const found = await store.loadPromise(deps.database.db, id, viewerOf(actor));
  if (!found) throw new NotFound('The promise');
  return found;
}

const existingPromise = (actor: Actor | null, id: string) => ({
  entityType: 'promise' as const,
  what: 'The promise',
  load: async (trx: Change['trx']): Promise<Found<CitizenPromise> | null> => {
    const found = await store.loadPromise(trx, id, viewerOf(actor));
    return found && { item: found.promise, municipalityId: found.promise.municipalityId };
  },
  authorize: ({ municipalityId }: Found<CitizenPromise>) => assertCanManage(actor, municipalityId),
});

export function listPromises(deps: ServiceDeps, actor: Actor | null, query: Static<typeof PromiseListQuery>) {
  return store.listPromises(deps.database.db, viewerOf(actor), query);
}

export async function getPromise(deps: ServiceDeps, actor: Actor | null, id: string): Promise<CitizenPromise> {
  return (await visiblePromise(deps, actor, id)).promise;
}

export function createPromise(deps: ServiceDeps, actor: Actor | null, input: CreatePromise): Promise<CitizenPromise> {
  assertCanManage(actor, input.municipalityId);
  return runChange(deps, actor, (change) =>
    createItem<CitizenPromise>(change, {
      entityType: 'promise',
      municipalityId: input.municipalityId,
      create: (trx, now) => store.createPromise(trx, input, now),
    }),
  );
}

/** Changes a promise; activityIds, when given, replaces the list. */
export function updatePromise(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchPromise,
): Promise<CitizenPromise> {
  // Moving a promise to another municipality needs the right to manage that one too.
  if (patch.municipalityId !== undefined) assertCanManage(actor, patch.municipalityId);
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      ...existingPromise(actor, id),
      update: (trx, before, version, now) => store.updatePromise(trx, before, version, patch, now),
    }),
  );
}

/** Deletes a promise; its activities and their follow-ups stay. */
export function deletePromise(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, (change) =>
    deleteItem(change, basedOn, {
      ...existingPromise(actor, id),
      remove: (trx, before, version) => store.deletePromise(trx, before.id, version),
    }),
  );
}

/** Per activity the caller sees in the promise: its months, progress, missing months, tertials and years. */
export async function getPromiseProgress(deps: ServiceDeps, actor: Actor | null, id: string): Promise<PromiseProgress> {
  const { promise } = await visiblePromise(deps, actor, id);
  const [activities] = await loadProgress(
    deps.database.db,
    [{ start: promise.periodStart, end: promise.periodEnd, activityIds: promise.activityIds }],
    deps.clock.now(),
  );
  return { promiseId: promise.id, activities: (activities ?? []).map((entry) => entry.progress) };
}
