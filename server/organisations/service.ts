import { createItem, runChange, updateItem, type BasedOn, type Found, type ServiceDeps } from '../domain/changes.js';
import { Invalid, NotFound } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import type { Actor } from '../domain/policy.js';
import type { CreateOrganisation, Organisation, PatchOrganisation } from './schemas.js';
import * as store from './store.js';

// Organisations (the parties): public, as the plan names them; only admins
// change them, which the routes' access rule (admins only) says in full.

export function listOrganisations(deps: ServiceDeps, filter: Parameters<typeof store.listOrganisations>[1]) {
  return store.listOrganisations(deps.database.db, filter);
}

export async function getOrganisation(deps: ServiceDeps, id: string): Promise<Organisation> {
  const found = await store.findOrganisation(deps.database.db, id);
  if (!found) throw new NotFound('The organisation');
  return found;
}

/** A county organisation names the county it serves; no other kind names one. */
function assertCountyCode(organisation: Pick<Organisation, 'kind' | 'countyCode'>) {
  if (organisation.kind === 'county' && organisation.countyCode === null) {
    throw new Invalid('An organisation of kind county names the county it serves (countyCode).', [
      { in: 'body', path: '/countyCode', ...broken('required') },
    ]);
  }
  if (organisation.kind !== 'county' && organisation.countyCode !== null) {
    throw new Invalid('Only an organisation of kind county names a countyCode.', [
      { in: 'body', path: '/countyCode', ...broken('county-only') },
    ]);
  }
}

export function createOrganisation(
  deps: ServiceDeps,
  actor: Actor | null,
  input: CreateOrganisation,
): Promise<Organisation> {
  assertCountyCode({ kind: input.kind, countyCode: input.countyCode ?? null });
  return runChange(deps, actor, (change) =>
    createItem<Organisation>(change, {
      entityType: 'organisation',
      municipalityId: (created) => created.municipalityId,
      create: (trx, now) => store.createOrganisation(trx, input, now),
    }),
  );
}

export function updateOrganisation(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchOrganisation,
): Promise<Organisation> {
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      entityType: 'organisation',
      what: 'The organisation',
      load: async (trx): Promise<Found<Organisation> | null> => {
        const found = await store.findOrganisation(trx, id);
        return found && { item: found, municipalityId: found.municipalityId };
      },
      authorize: () => {},
      update: (trx, before, version, now) => {
        const countyCode = patch.countyCode === undefined ? before.countyCode : patch.countyCode;
        assertCountyCode({ kind: patch.kind ?? before.kind, countyCode });
        return store.updateOrganisation(trx, before.id, version, patch, now);
      },
    }),
  );
}
