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
  Agreement,
  AgreementListQuery,
  CreateAgreement,
  CreateFocusArea,
  FocusArea,
  PatchAgreement,
  PatchFocusArea,
} from './schemas.js';
import * as store from './store.js';

// Cooperation agreements and their plans' focus areas: who may read and
// change them, and each change with its audit event.

/** An agreement as the caller may see it; NotFound otherwise. */
async function visibleAgreement(deps: ServiceDeps, actor: Actor | null, id: string) {
  const found = await store.loadAgreement(deps.database.db, id, viewerOf(actor));
  if (!found) throw new NotFound('The agreement');
  return found;
}

const existingAgreement = (actor: Actor | null, id: string) => ({
  entityType: 'agreement' as const,
  what: 'The agreement',
  load: async (trx: Change['trx']): Promise<Found<Agreement> | null> => {
    const found = await store.loadAgreement(trx, id, viewerOf(actor));
    return found && { item: found.agreement, municipalityId: found.agreement.municipalityId };
  },
  authorize: ({ municipalityId }: Found<Agreement>) => assertCanManage(actor, municipalityId),
});

const existingFocusArea = (actor: Actor | null, id: string) => ({
  entityType: 'focusArea' as const,
  what: 'The focus area',
  load: async (trx: Change['trx']): Promise<Found<FocusArea> | null> => {
    const found = await store.loadFocusArea(trx, id, viewerOf(actor));
    return found && { item: found.focusArea, municipalityId: found.agreement.municipalityId };
  },
  authorize: ({ municipalityId }: Found<FocusArea>) => assertCanManage(actor, municipalityId),
});

export function listAgreements(deps: ServiceDeps, actor: Actor | null, query: Static<typeof AgreementListQuery>) {
  return store.listAgreements(deps.database.db, viewerOf(actor), query);
}

export async function getAgreement(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Agreement> {
  return (await visibleAgreement(deps, actor, id)).agreement;
}

export function createAgreement(deps: ServiceDeps, actor: Actor | null, input: CreateAgreement): Promise<Agreement> {
  assertCanManage(actor, input.municipalityId);
  return runChange(deps, actor, (change) =>
    createItem<Agreement>(change, {
      entityType: 'agreement',
      municipalityId: input.municipalityId,
      create: (trx, now) => store.createAgreement(trx, input, now),
    }),
  );
}

/** Changes an agreement; partyIds and goalIds, when given, replace the lists. */
export function updateAgreement(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchAgreement,
): Promise<Agreement> {
  // Moving an agreement to another municipality needs the right to manage that one too.
  if (patch.municipalityId !== undefined) assertCanManage(actor, patch.municipalityId);
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      ...existingAgreement(actor, id),
      update: (trx, before, version, now) => store.updateAgreement(trx, before, version, patch, now),
    }),
  );
}

/** Deletes an agreement that holds nothing (Conflict names what it still holds). */
export function deleteAgreement(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, (change) =>
    deleteItem(change, basedOn, {
      ...existingAgreement(actor, id),
      remove: (trx, before, version) => store.deleteAgreement(trx, before.id, version),
    }),
  );
}

/** The plan's focus areas, in order; seen wherever their agreement is. */
export async function listFocusAreas(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
): Promise<FocusArea[]> {
  const found = await visibleAgreement(deps, actor, agreementId);
  return store.listFocusAreas(deps.database.db, found.agreement.id);
}

export async function createFocusArea(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
  input: CreateFocusArea,
): Promise<FocusArea> {
  const found = await visibleAgreement(deps, actor, agreementId);
  assertCanManage(actor, found.agreement.municipalityId);
  return runChange(deps, actor, (change) =>
    createItem<FocusArea>(change, {
      entityType: 'focusArea',
      municipalityId: found.agreement.municipalityId,
      create: (trx, now) => store.createFocusArea(trx, found.agreement.id, input, now),
    }),
  );
}

export async function getFocusArea(deps: ServiceDeps, actor: Actor | null, id: string): Promise<FocusArea> {
  const found = await store.loadFocusArea(deps.database.db, id, viewerOf(actor));
  if (!found) throw new NotFound('The focus area');
  return found.focusArea;
}

export function updateFocusArea(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchFocusArea,
): Promise<FocusArea> {
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      ...existingFocusArea(actor, id),
      update: (trx, before, version, now) => store.updateFocusArea(trx, before.id, version, patch, now),
    }),
  );
}

/** Deletes a focus area that holds no activity (Conflict otherwise). */
export function deleteFocusArea(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, (change) =>
    deleteItem(change, basedOn, {
      ...existingFocusArea(actor, id),
      remove: (trx, before, version) => store.deleteFocusArea(trx, before.id, version),
    }),
  );
}
