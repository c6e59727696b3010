import { sql } from 'kysely';
import type { Db } from '../../server/db/database.js';

/**
 * Tables whose rows change merely by being used (a session's last_seen_at is
 * touched on use), not by what a request does: only their row count is compared.
 */
const COUNT_ONLY = new Set(['sessions']);
/** Bookkeeping of requests themselves (throttle windows count refused requests too): not compared. */
const IGNORED = new Set(['throttle_counters']);

export interface TableSnapshot {
  /** Rows per table, every table of schema public but schema_migrations. */
  counts: Record<string, number>;
  /** Every row of every table but COUNT_ONLY ones (audit_events among them), in a stable order. */
  rows: Record<string, unknown[]>;
}

/** The tables of the app's schema, read from the catalogue, so a new migration's tables are included. */
export async function listTables(db: Db): Promise<string[]> {
  const result = await sql<{ tableName: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations'
    order by table_name`.execute(db);
  return result.rows.map((row) => row.tableName).filter((table) => !IGNORED.has(table));
}

/**
 * What the database holds, to compare before and after a request that must
 * change nothing. Take it after signing in: sign-in itself adds sessions.
 */
export async function snapshotTables(db: Db): Promise<TableSnapshot> {
  const snapshot: TableSnapshot = { counts: {}, rows: {} };
  for (const table of await listTables(db)) {
    const count = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    snapshot.counts[table] = count.rows[0]!.n;
    if (COUNT_ONLY.has(table)) continue;
    // A row's text form orders any table, whatever its columns.
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} as t order by t::text`.execute(
      db,
    );
    snapshot.rows[table] = rows.rows;
  }
  return snapshot;
}
