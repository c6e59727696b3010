import { createItem, runChange, updateItem, type BasedOn, type Found, type ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import type { Actor } from '../domain/policy.js';
import type { CreateMunicipality, Municipality, PatchMunicipality } from './schemas.js';
import * as store from './store.js';

// Municipalities: anyone reads them; only admins change them, which the routes'
// access rule (admins only) says in full, so no item-level rule is added here.

export function listMunicipalities(deps: ServiceDeps, page: Parameters<typeof store.listMunicipalities>[1]) {
  return store.listMunicipalities(deps.database.db, page);
}

export async function getMunicipality(deps: ServiceDeps, id: string): Promise<Municipality> {
  const found = await store.findMunicipality(deps.database.db, id);
  if (!found) throw new NotFound('The municipality');
  return found;
}

export function createMunicipality(
  deps: ServiceDeps,
  actor: Actor | null,
  input: CreateMunicipality,
): Promise<Municipality> {
  return runChange(deps, actor, (change) =>
    createItem<Municipality>(change, {
      entityType: 'municipality',
      // A municipality's own events are filed under it.
      municipalityId: (created) => created.id,
      create: (trx, now) => store.createMunicipality(trx, input, now),
    }),
  );
}

export function updateMunicipality(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchMunicipality,
): Promise<Municipality> {
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      entityType: 'municipality',
      what: 'The municipality',
      load: async (trx): Promise<Found<Municipality> | null> => {
        const found = await store.findMunicipality(trx, id);
        return found && { item: found, municipalityId: found.id };
      },
      authorize: () => {},
      update: (trx, before, version, now) => store.updateMunicipality(trx, before.id, version, patch, now),
    }),
  );
}
