import type { Executor } from '../db/database.js';
import { listPage } from '../db/pagination.js';
import type { MunicipalityRow } from '../db/schema.js';
import { isUniqueViolation, updateVersioned } from '../db/versioned.js';
import type { CreateMunicipality, Municipality, PatchMunicipality } from './schemas.js';
import { Conflict } from '../domain/errors.js';

export function toMunicipality(row: MunicipalityRow): Municipality {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    county: row.county,
    reportingDay: row.reportingDay,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function duplicateCode(error: unknown, code: string | undefined): never {
  if (isUniqueViolation(error, 'municipalities_code_key')) {
    throw new Conflict(`A municipality with code ${code ?? ''} already exists.`);
  }
  throw error;
}

export async function listMunicipalities(db: Executor, page: { limit: number; cursor?: string | undefined }) {
  return listPage(db.selectFrom('municipalities').selectAll(), page, {
    sortBy: 'code',
    toItems: (rows) => rows.map(toMunicipality),
  });
}

export async function findMunicipality(db: Executor, id: string): Promise<Municipality | null> {
  const row = await db.selectFrom('municipalities').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMunicipality(row) : null;
}

export async function findMunicipalityByCode(db: Executor, code: string): Promise<Municipality | null> {
  const row = await db.selectFrom('municipalities').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toMunicipality(row) : null;
}

export async function createMunicipality(db: Executor, input: CreateMunicipality, at: Date): Promise<Municipality> {
  try {
    const row = await db
      .insertInto('municipalities')
      .values({ ...input, createdAt: at, updatedAt: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMunicipality(row);
  } catch (error) {
    return duplicateCode(error, input.code);
  }
}

export async function updateMunicipality(
  db: Executor,
  id: string,
  version: number,
  changes: PatchMunicipality,
  at: Date,
): Promise<Municipality> {
  try {
    return toMunicipality(await updateVersioned(db, 'municipalities', id, version, changes, at));
  } catch (error) {
    return duplicateCode(error, changes.code);
  }
}
