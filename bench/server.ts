import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../server/app.js';
import { fixedClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createPgliteDatabase, createPostgresDatabase, type Database } from '../server/db/database.js';
import { keepHeapNearLive } from '../server/heap.js';
import { migrate } from '../server/db/migrate.js';
import { currentMonth } from '../server/progress/months.js';
import { issueToken } from '../server/tokens/store.js';
import { createUser } from '../server/users/store.js';
import { loadBenchData, type BenchCounts } from './dataset.js';

// The server under measurement, in a process of its own (started by bench/api.ts),
// so that its memory is its own: the real app from buildApp on the bench data set,
// with a fixed clock, listening on 127.0.0.1. It tells its parent what to ask for.
//
//   BENCH_DB               pglite (a data directory under the system's temporary one) or postgres (DATABASE_URL)
//   BENCH_MUNICIPALITIES   municipalities in the data set
//   BENCH_EDITORS          editors with an API token, one per municipality from the first on

/** The bench's fixed "now": the data set and the progress rule see the same months every run. */
export const BENCH_NOW = '2026-06-15T10:00:00.000Z';

export interface BenchEditor {
  token: string;
  /** The editor's municipality's active agreement and published promises, for signed-in reads. */
  agreementId: string;
  promiseIds: string[];
  /** Recorded months the editor may correct, with their versions, for the writes. */
  followUps: { activityId: string; month: string; version: number }[];
}

export interface BenchServerReady {
  port: number;
  counts: BenchCounts;
  loadSeconds: number;
  codes: string[];
  promiseIds: string[];
  editors: BenchEditor[];
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** PGlite's data directory: the data set is loaded, then opened afresh as a server would find it. */
const PGLITE_DIR = join(tmpdir(), `lk-bench-pglite-${process.pid}`);

async function openDatabase(): Promise<Database> {
  const kind = process.env.BENCH_DB;
  if (kind === 'pglite') return createPgliteDatabase(PGLITE_DIR);
  const url = process.env.DATABASE_URL;
  if (kind !== 'postgres' || !url) throw new Error('bench/server.ts: BENCH_DB=pglite, or postgres with DATABASE_URL');
  return createPostgresDatabase(url, { timeoutMs: 60_000, max: 10 });
}

/** One editor per municipality, each with a token, and what each may read and change. */
async function makeEditors(database: Database, count: number): Promise<BenchEditor[]> {
  const { db } = database;
  const at = new Date(BENCH_NOW);
  const municipalities = await db
    .selectFrom('municipalities')
    .select(['id', 'code'])
    .orderBy('code')
    .limit(count)
    .execute();
  const editors: BenchEditor[] = [];
  for (const [n, municipality] of municipalities.entries()) {
    const organisation = await db
      .selectFrom('organisations')
      .select('id')
      .where('municipalityId', '=', municipality.id)
      .where('kind', '=', 'municipality')
      .executeTakeFirstOrThrow();
    const user = await createUser(
      db,
      {
        email: `editor${n}@bench.example`,
        name: `Bench editor ${n}`,
        password: 'bench password long enough',
        role: 'editor',
        organisationId: organisation.id,
      },
      at,
    );
    const { issued } = await issueToken(db, { userId: user.id, label: 'bench', expiresAt: null, createdBy: null }, at);
    const agreement = await db
      .selectFrom('agreements')
      .select('id')
      .where('municipalityId', '=', municipality.id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    const promises = await db
      .selectFrom('promises')
      .select('id')
      .where('municipalityId', '=', municipality.id)
      .execute();
    const followUps = await sql<{ activityId: string; month: string; version: number }>`
      select f.activity_id as "activityId", f.month, f.version from follow_ups f
      join activities a on a.id = f.activity_id
      where a.agreement_id = ${agreement.id} and f.month >= '2026-01' and f.outcome is not null
      order by f.month, f.activity_id limit 200`.execute(db);
    editors.push({
      token: issued.token,
      agreementId: agreement.id,
      promiseIds: promises.map((p) => p.id),
      followUps: followUps.rows,
    });
  }
  return editors;
}

async function main() {
  // As server/main.ts runs the server.
  keepHeapNearLive();
  let database = await openDatabase();
  await migrate(database);
  const started = performance.now();
  const counts = await loadBenchData(database, {
    municipalities: Number(process.env.BENCH_MUNICIPALITIES ?? 50),
    activitiesPerAgreement: 100,
    activitiesPerPromise: 15,
    lastMonth: previousMonth(currentMonth(new Date(BENCH_NOW))),
  });
  const loadSeconds = (performance.now() - started) / 1000;
  const editors = await makeEditors(database, Number(process.env.BENCH_EDITORS ?? 20));
  const codes = (await database.db.selectFrom('municipalities').select('code').orderBy('code').execute()).map(
    (row) => row.code,
  );
  const promiseIds = (await database.db.selectFrom('promises').select('id').orderBy('id').execute()).map((r) => r.id);
  if (database.kind === 'pglite') {
    // Loading 300 000 rows grows the embedded PostgreSQL's WebAssembly memory, which never
    // shrinks: the server measured opens the loaded directory in a PGlite of its own.
    await database.close();
    database = await openDatabase();
  }

  // Throttling out of the way: the bench writes as fast as it can.
  const config = loadConfig({ LOG_LEVEL: 'silent', WRITES_PER_MINUTE: '1000000' });
  const app = await buildApp({ config, database, clock: fixedClock(BENCH_NOW) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const ready: BenchServerReady = { port, counts, loadSeconds, codes, promiseIds, editors };
  // Started by hand (no parent to tell): what it would have told, on stdout, for curl.
  if (!process.send) {
    // SIGTERM ends it as an exit would, so a --cpu-prof profile is written.
    process.once('SIGTERM', () => {
      rmSync(PGLITE_DIR, { recursive: true, force: true });
      process.exit(0);
    });
    return console.log(JSON.stringify(ready));
  }
  process.send(ready);
  process.on('disconnect', () => {
    void app
      .close()
      .then(() => database.close())
      .then(() => rm(PGLITE_DIR, { recursive: true, force: true }))
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(`bench server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
