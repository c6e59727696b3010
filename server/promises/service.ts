import type { Static } from 'typebox';
import type { BasedOn, ServiceDeps } from '../domain/changes.js';
import { managedItems } from '../domain/managed.js';
import { assertCanManage, viewerOf, type Actor } from '../domain/policy.js';
import { loadProgressOnly } from './progress.js';
import {
  FINAL_ASSESSMENTS,
  type CitizenPromise,
  type CreatePromise,
  type PatchPromise,
  type PromiseListQuery,
  type PromiseProgress,
} from './schemas.js';
import * as store from './store.js';
import { LIGHT_THRESHOLDS } from '../progress/progress.js';
import { currentDate } from '../progress/months.js';
import { invalidField } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

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

/**
 * The verdict rule: kept, partlyKept and notKept only once the period has ended (its last day is
 * before today in Sweden), whether the verdict or the period changes. The verdict's time is the
 * change's moment when the verdict or its motivation changes.
 */
export function assessmentRule(
  before: Pick<CitizenPromise, 'assessment' | 'assessmentNote' | 'periodEnd'> | null,
  input: Pick<PatchPromise, 'assessment' | 'assessmentNote' | 'periodEnd'>,
  now: Date,
): store.Assessed {
  const assessment = input.assessment !== undefined ? input.assessment : (before?.assessment ?? null);
  const note = input.assessmentNote ?? before?.assessmentNote ?? '';
  const periodEnd = input.periodEnd ?? before?.periodEnd ?? '';
  const touched = input.assessment !== undefined || input.periodEnd !== undefined;
  if (touched && assessment !== null && FINAL_ASSESSMENTS.includes(assessment) && periodEnd >= currentDate(now)) {
    throw invalidField(
      'body',
      input.assessment !== undefined ? '/assessment' : '/periodEnd',
      broken('verdict-too-early', { periodEnd }),
      `A promise is kept, partly kept or not kept only once its period has ended (after ${periodEnd}).`,
    );
  }
  const changed = assessment !== (before?.assessment ?? null) || note !== (before?.assessmentNote ?? '');
  return changed ? { assessedAt: now } : {};
}

export function listPromises(deps: ServiceDeps, actor: Actor | null, query: Static<typeof PromiseListQuery>) {
  return store.listPromises(deps.database.db, viewerOf(actor), query);
}

export async function getPromise(deps: ServiceDeps, actor: Actor | null, id: string): Promise<CitizenPromise> {
  return (await promises.visible(deps.database.db, actor, id)).item;
}

export function createPromise(deps: ServiceDeps, actor: Actor | null, input: CreatePromise): Promise<CitizenPromise> {
  return promises.create(deps, actor, input.municipalityId, (trx, now) =>
    store.createPromise(trx, input, now, assessmentRule(null, input, now)),
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
  return promises.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updatePromise(trx, before, version, patch, now, assessmentRule(before, patch, now)),
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
  const [activities] = await loadProgressOnly(
    deps.database.db,
    [{ start: promise.periodStart, end: promise.periodEnd, activityIds: promise.activityIds }],
    deps.clock.now(),
  );
  return {
    promiseId: promise.id,
    activities: activities ?? [],
    lightThresholds: LIGHT_THRESHOLDS,
  };
}
