import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type Pg from 'pg';
import type { Config } from '../config.js';
import { lockDataDir } from './data-dir-lock.js';
import type { DB } from './schema.js';
import { SerialPGliteDialect } from './serial-pglite-dialect.js';

export type Db = Kysely<DB>;
/** A store function takes either the database or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs a whole SQL file (several statements, plpgsql): the migrator's door. */
  runScript(text: string): Promise<void>;
  /** True when the database answers a trivial query in time. */
  isReachable(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

const plugins = [new CamelCasePlugin()];

// Both drivers must hand the same values to the stores:
// - int8 (count(*), bigint ids) arrives as text from pg, as a number from PGlite: numbers here
//   (values stay far below 2^53);
// - a date becomes a Date at local midnight in pg and at UTC midnight in PGlite: here it
//   stays the 'YYYY-MM-DD' text it is, free of time zones.
const INT8 = 20;
const DATE = 1082;
const keepText = (value: string) => value;

const pgTypes = (pg: typeof Pg) => ({
  getTypeParser: (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) =>
    oid === INT8
      ? (value: string) => Number(value)
      : oid === DATE
        ? keepText
        : (pg.types.getTypeParser(oid, format) as (value: string) => unknown),
});

// The pg driver is loaded only where PostgreSQL is used: a start on PGlite does not pay for it.
const require = createRequire(import.meta.url);

/** Give these to every PGlite instance (PGlite.create({ parsers })). */
export const pgliteParsers = { [DATE]: keepText };

/** Statements a connection keeps prepared; those beyond are parsed and planned at every use, as before. */
const PREPARED_PER_CONNECTION = 200;
/** feature_not_supported: "cached plan must not change result type", a table changed under a prepared statement. */
const PLAN_CHANGED = '0A000';

/**
 * Runs each statement with parameters as a statement the connection prepares once
 * (named, in node-postgres): PostgreSQL then parses and plans it once per connection
 * instead of at every call, which costs more than running the small statements of a
 * request. A statement that a table changed under (a migration by another process)
 * fails once and is then run unprepared.
 */
function prepareStatements(client: Pg.PoolClient) {
  const names = new Map<string, string | null>();
  const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<unknown>;
  const prepared = (text: unknown, values?: unknown): unknown => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return query(text, values);
    let name = names.get(text);
    if (name === undefined && names.size < PREPARED_PER_CONNECTION) names.set(text, (name = `s${names.size}`));
    if (!name) return query(text, values);
    return query({ name, text, values }).catch((error: unknown) => {
      if ((error as { code?: string }).code === PLAN_CHANGED) names.set(text, null);
      throw error;
    });
  };
  client.query = prepared as typeof client.query;
}

export function createPostgresDatabase(url: string, options: { timeoutMs: number; max?: number }): Database {
  const pg = require('pg') as typeof Pg;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.timeoutMs,
    // A query stuck on a dead server must not hold a request forever.
    query_timeout: options.timeoutMs * 6,
    types: pgTypes(pg),
  });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  pool.on('connect', prepareStatements);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  return {
    kind: 'postgres',
    db,
    async runScript(text) {
      // A parameterless query uses the simple protocol, which runs a whole file.
      const client = await pool.connect();
      try {
        await client.query(text);
      } catch (error) {
        // A failed script may leave its transaction open on this connection.
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    isReachable: (timeoutMs) => ping(db, timeoutMs),
    close: () => db.destroy(),
  };
}

export async function createPgliteDatabase(dataDir: string | undefined, pglite?: PGlite): Promise<Database> {
  // One process at a time on a data dir (see data-dir-lock.ts).
  const unlock = pglite === undefined && dataDir !== undefined ? lockDataDir(dataDir) : () => {};
  let instance: PGlite;
  try {
    instance =
      pglite ?? (await PGlite.create({ parsers: pgliteParsers, ...(dataDir === undefined ? {} : { dataDir }) }));
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SerialPGliteDialect(instance), plugins });
  return {
    kind: 'pglite',
    db,
    async runScript(text) {
      try {
        await instance.exec(text);
      } catch (error) {
        await instance.exec('rollback').catch(() => {});
        throw error;
      }
    },
    isReachable: (timeoutMs) => ping(db, timeoutMs),
    async close() {
      await db.destroy();
      if (!instance.closed) await instance.close();
      unlock();
    },
  };
}

export async function createDatabase(config: Pick<Config, 'database' | 'dbTimeoutMs'>): Promise<Database> {
  return config.database.kind === 'postgres'
    ? createPostgresDatabase(config.database.url, { timeoutMs: config.dbTimeoutMs })
    : createPgliteDatabase(config.database.dataDir);
}

async function ping(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
