import { sql, type QueryCreator } from 'kysely';
import type { Executor } from '../db/database.js';
import type { DB } from '../db/schema.js';

// What the public reads of a municipality has a version, raised in the
// transaction of every change that touches it. Public documents are kept under
// the versions they were built from (server/http/public-documents.ts).

/** The scope of changes that reach every municipality's public pages. */
export const EVERY_MUNICIPALITY = 'all';

/**
 * Raises the versions of these scopes; the last statement of a change, so the
 * rows stay locked only until its commit. In one order, so that two changes
 * raising the same scopes cannot deadlock.
 */
export async function raisePublicVersions(trx: QueryCreator<DB>, scopes: ReadonlySet<string>): Promise<void> {
  if (scopes.size === 0) return;
  const rows = [...scopes].sort().map((scope) => ({ scope, version: 1 }));
  await trx
    .insertInto('publicVersions')
    .values(rows)
    .onConflict((conflict) => conflict.column('scope').doUpdateSet({ version: sql`public_versions.version + 1` }))
    .execute();
}

let publicChangesCommitted = 0;

/** Counts a change that raised public versions, once it has committed. */
export function publicChangeCommitted(): void {
  publicChangesCommitted++;
}

/**
 * How many changes raising public versions this process has committed. Where this
 * process is the only writer (PGlite: its data directory is locked to one process),
 * a version read while this count stayed the same is still the version.
 */
export function publicChangesCommittedHere(): number {
  return publicChangesCommitted;
}

/**
 * What a public document depends on: a municipality named by its code, the
 * municipality of a promise, or every municipality of a county (its code's first two digits).
 */
export type PublicDependency = { municipalityCode: string } | { promiseId: string } | { countyCode: string };

export function dependencyKey(dependency: PublicDependency): string {
  if ('municipalityCode' in dependency) return `code:${dependency.municipalityCode}`;
  if ('promiseId' in dependency) return `promise:${dependency.promiseId}`;
  return `county:${dependency.countyCode}`;
}

/**
 * The current version of each dependency (by dependencyKey), in one query: the
 * municipality's version and the every-municipality version, as '<one>.<all>';
 * a county's is the sum of its municipalities' versions and their number
 * ('<sum>-<count>.<all>': a municipality added or removed changes it too).
 * A dependency naming nothing (an unknown code or county, a deleted promise) is absent.
 */
export async function readPublicVersions(db: Executor, dependencies: PublicDependency[]): Promise<Map<string, string>> {
  const codes = dependencies.flatMap((d) => ('municipalityCode' in d ? [d.municipalityCode] : []));
  const promiseIds = dependencies.flatMap((d) => ('promiseId' in d ? [d.promiseId] : []));
  const countyCodes = dependencies.flatMap((d) => ('countyCode' in d ? [d.countyCode] : []));
  // Arrays as parameters: the text is the same for every batch, so it is planned cheaply.
  const { rows } = await sql<{ key: string; version: string }>`
    with wanted as (
      select 'code:' || code as key, id as scope from municipalities where code = any(${codes}::text[])
      union all
      select 'promise:' || id, municipality_id from promises where id = any(${promiseIds}::uuid[])
      union all
      select 'county:' || left(code, 2), id from municipalities where left(code, 2) = any(${countyCodes}::text[])
    )
    select wanted.key,
           case when wanted.key like 'county:%'
                then sum(coalesce(own.version, 0))::text || '-' || count(*)
                else max(coalesce(own.version, 0))::text end
           || '.' || coalesce((select version from public_versions where scope = ${EVERY_MUNICIPALITY}), 0) as version
    from wanted left join public_versions own on own.scope = wanted.scope::text
    group by wanted.key`.execute(db);
  return new Map(rows.map((row) => [row.key, row.version]));
}
