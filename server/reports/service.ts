import type { Static } from 'typebox';
import type { ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import { viewerOf, type Actor } from '../domain/policy.js';
import { findMunicipality } from '../municipalities/store.js';
import type { Municipality } from '../municipalities/schemas.js';
import type { MissingQuery, MissingReport } from './schemas.js';
import { missingReport } from './store.js';

// Reports on the follow-up: who has not reported a month. Each caller sees
// only the activities they may read.

/** The missing report of a municipality's month, with the municipality it is of; NotFound for an unknown one. */
export async function getMissingReport(
  deps: ServiceDeps,
  actor: Actor | null,
  query: Static<typeof MissingQuery>,
): Promise<{ municipality: Municipality; report: MissingReport }> {
  const municipality = await findMunicipality(deps.database.db, query.municipalityId);
  if (!municipality) throw new NotFound('The municipality');
  const organisations = await missingReport(deps.database.db, viewerOf(actor), municipality.id, query.month);
  return { municipality, report: { month: query.month, municipalityId: municipality.id, organisations } };
}
