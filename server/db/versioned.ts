import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { DB } from './schema.js';
import { StaleVersion } from '../domain/errors.js';

type VersionedTable = {
  [T in keyof DB]: DB[T] extends { version: unknown; updatedAt: unknown; id: unknown } ? T : never;
}[keyof DB];

// Kysely cannot follow a table name chosen by a type parameter; the callers' types stay exact.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (trx: Executor) => trx as unknown as Kysely<any>;

/**
 * The one way a mutable item changes: a single conditional UPDATE on the
 * version the caller read. Of concurrent writers with the same version,
 * exactly one matches; the others get 412.
 */
export async function updateVersioned<T extends VersionedTable>(
  trx: Executor,
  table: T,
  id: string,
  version: number,
  values: Updateable<DB[T]>,
  at: Date,
): Promise<Selectable<DB[T]>> {
  const row = await loose(trx)
    .updateTable(table as string)
    .set({ ...(values as object), version: sql<number>`version + 1`, updatedAt: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleVersion();
  return row as Selectable<DB[T]>;
}

/** Deletes the item if it still has the version the caller read; 412 otherwise. */
export async function deleteVersioned<T extends VersionedTable>(
  trx: Executor,
  table: T,
  id: string,
  version: number,
): Promise<void> {
  const row = await loose(trx)
    .deleteFrom(table as string)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new StaleVersion();
}

/** Postgres's unique_violation, for turning a duplicate into a 409. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string } | null;
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
