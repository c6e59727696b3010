import type { Static } from 'typebox';
import type { Executor } from '../db/database.js';
import type { BasedOn, ServiceDeps } from '../domain/changes.js';
import { managedItems } from '../domain/managed.js';
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

const agreements = managedItems<Agreement>({
  entityType: 'agreement',
  what: 'The agreement',
  load: async (db, id, viewer) => {
    const found = await store.loadAgreement(db, id, viewer);
    return found && { item: found.agreement, municipalityId: found.agreement.municipalityId, level: found.level };
  },
});

const focusAreas = managedItems<FocusArea>({
  entityType: 'focusArea',
  what: 'The focus area',
  load: async (db, id, viewer) => {
    const found = await store.loadFocusArea(db, id, viewer);
    return found && { item: found.focusArea, municipalityId: found.agreement.municipalityId, level: found.level };
  },
});

/** An agreement with how much of it the caller may read (the exchange's export reads it so); NotFound otherwise. */
export function visibleAgreement(db: Executor, actor: Actor | null, id: string) {
  return agreements.visible(db, actor, id);
}

export function listAgreements(deps: ServiceDeps, actor: Actor | null, query: Static<typeof AgreementListQuery>) {
  return store.listAgreements(deps.database.db, viewerOf(actor), query);
}

export async function getAgreement(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Agreement> {
  return (await agreements.visible(deps.database.db, actor, id)).item;
}

export function createAgreement(deps: ServiceDeps, actor: Actor | null, input: CreateAgreement): Promise<Agreement> {
  return agreements.create(deps, actor, input.municipalityId, (trx, now) => store.createAgreement(trx, input, now));
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
  return agreements.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updateAgreement(trx, before, version, patch, now),
  );
}

/** Deletes an agreement that holds nothing (Conflict names what it still holds). */
export function deleteAgreement(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return agreements.remove(deps, actor, id, basedOn, (trx, before, version) =>
    store.deleteAgreement(trx, before.id, version),
  );
}

/** The plan's focus areas, in order; seen wherever their agreement is. */
export async function listFocusAreas(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
): Promise<FocusArea[]> {
  const agreement = await agreements.visible(deps.database.db, actor, agreementId);
  return store.listFocusAreas(deps.database.db, agreement.item.id);
}

export async function createFocusArea(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
  input: CreateFocusArea,
): Promise<FocusArea> {
  const agreement = await agreements.visible(deps.database.db, actor, agreementId);
  return focusAreas.create(deps, actor, agreement.municipalityId, (trx, now) =>
    store.createFocusArea(trx, agreement.item.id, input, now),
  );
}

export async function getFocusArea(deps: ServiceDeps, actor: Actor | null, id: string): Promise<FocusArea> {
  return (await focusAreas.visible(deps.database.db, actor, id)).item;
}

export function updateFocusArea(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchFocusArea,
): Promise<FocusArea> {
  return focusAreas.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updateFocusArea(trx, before.id, version, patch, now),
  );
}

/** Deletes a focus area that holds no activity (Conflict otherwise). */
export function deleteFocusArea(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return focusAreas.remove(deps, actor, id, basedOn, (trx, before, version) =>
    store.deleteFocusArea(trx, before.id, version),
  );
}
