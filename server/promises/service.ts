import type { Static } from 'typebox';
import type { BasedOn, ServiceDeps } from '../domain/changes.js';
import { managedItems } from '../domain/managed.js';
import { assertCanManage, viewerOf, type Actor } from '../domain/policy.js';
import { loadProgress } from './progress.js';
import type { CitizenPromise, CreatePromise, PatchPromise, PromiseListQuery, PromiseProgress } from './schemas.js';
import * as store from './store.js';
import { LIGHT_THRESHOLDS } from '../progress/progress.js';

// Citizen promises (medborgarlöften): who may read and change them, each
// change with its audit event, and a promise's progress per activity.

const promises = managedItems<CitizenPromise>({
  entityType: 'promise',
  what: 'The promise',
  load: async (db, id, viewer) => {
    const found = await store.loadPromise(db, id, viewer);
    return found && { item: found.promise, municipalityId: found.promise.municipalityId, level: found.level };
  },
});

export function listPromises(deps: ServiceDeps, actor: Actor | null, query: Static<typeof PromiseListQuery>) {
  return store.listPromises(deps.database.db, viewerOf(actor), query);
}

export async function getPromise(deps: ServiceDeps, actor: Actor | null, id: string): Promise<CitizenPromise> {
  return (await promises.visible(deps.database.db, actor, id)).item;
}

export function createPromise(deps: ServiceDeps, actor: Actor | null, input: CreatePromise): Promise<CitizenPromise> {
  return promises.create(deps, actor, input.municipalityId, (trx, now) => store.createPromise(trx, input, now));
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
  return promises.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updatePromise(trx, before, version, patch, now),
  );
}

/** Deletes a promise; its activities and their follow-ups stay. */
export function deletePromise(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return promises.remove(deps, actor, id, basedOn, (trx, before, version) =>
    store.deletePromise(trx, before.id, version),
  );
}

/** Per activity the caller sees in the promise: its months, progress, missing months, tertials and years. */
export async function getPromiseProgress(deps: ServiceDeps, actor: Actor | null, id: string): Promise<PromiseProgress> {
  const { item: promise } = await promises.visible(deps.database.db, actor, id);
  const [activities] = await loadProgress(
    deps.database.db,
    [{ start: promise.periodStart, end: promise.periodEnd, activityIds: promise.activityIds }],
    deps.clock.now(),
  );
  return {
    promiseId: promise.id,
    activities: (activities ?? []).map((entry) => entry.progress),
    lightThresholds: LIGHT_THRESHOLDS,
  };
}
