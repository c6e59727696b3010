import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { OrganisationRow } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import type { CreateOrganisation, Organisation, PatchOrganisation } from './schemas.js';
import { Invalid } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    municipalityId: row.municipalityId,
    countyCode: row.countyCode,
    ssoRequired: row.ssoRequired,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listOrganisations(
  db: Executor,
  filter: {
    limit: number;
    cursor?: string | undefined;
    municipalityId?: string | undefined;
    kind?: Organisation['kind'] | undefined;
  },
) {
  let query = db.selectFrom('organisations').selectAll();
  if (filter.municipalityId !== undefined) query = query.where('municipalityId', '=', filter.municipalityId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  return listPage(query, filter, { sortBy: 'name', toItems: (rows) => rows.map(toOrganisation) });
}

export async function findOrganisation(db: Executor, id: string): Promise<Organisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

async function assertMunicipalityExists(db: Executor, municipalityId: string | null | undefined) {
  if (municipalityId === undefined || municipalityId === null) return;
  const found = await db.selectFrom('municipalities').select('id').where('id', '=', municipalityId).executeTakeFirst();
  if (!found) {
    throw new Invalid('The municipality does not exist.', [
      { in: 'body', path: '/municipalityId', ...broken('unknown-reference', { item: 'municipality' }) },
    ]);
  }
}

export async function createOrganisation(db: Executor, input: CreateOrganisation, at: Date): Promise<Organisation> {
  await assertMunicipalityExists(db, input.municipalityId);
  const row = await db
    .insertInto('organisations')
    .values({
      name: input.name,
      kind: input.kind,
      municipalityId: input.municipalityId ?? null,
      countyCode: input.countyCode ?? null,
      ssoRequired: input.ssoRequired ?? false,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOrganisation(row);
}

export async function updateOrganisation(
  db: Executor,
  id: string,
  version: number,
  changes: PatchOrganisation,
  at: Date,
): Promise<Organisation> {
  await assertMunicipalityExists(db, changes.municipalityId);
  return toOrganisation(await updateVersioned(db, 'organisations', id, version, changes, at));
}

/** The organisations that lead or partner in these activities, by name: who a public page names. */
export async function organisationsNamedBy(
  db: Executor,
  activities: readonly { leadOrganisationId: string; partnerOrganisationIds: readonly string[] }[],
) {
  const ids = [...new Set(activities.flatMap((a) => [a.leadOrganisationId, ...a.partnerOrganisationIds]))];
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', 'in', ids).orderBy('name').execute();
}
