import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { fixedClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createPgliteDatabase, createPostgresDatabase, type Database } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { currentMonth } from '../server/progress/months.js';
import { loadBenchData, type BenchCounts } from './dataset.js';

// The API benchmark (not a test): a large data set, the real app from
// buildApp, and autocannon on 127.0.0.1. Each endpoint is reported as a ratio
// to GET /healthz measured in the same run on the same machine, so the
// figures compare across machines. Run by `npm run bench` (bench/run.sh).
//
//   BENCH_DB       pglite, postgres or both (default: pglite, and postgres when TEST_DATABASE_URL is set)
//   BENCH_SECONDS  seconds measured per endpoint (default 5, after 1 s of warm-up)
//   BENCH_MUNICIPALITIES  municipalities in the data set (default 50)

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const MUNICIPALITIES = Number(process.env.BENCH_MUNICIPALITIES ?? 50);
/** The bench's fixed "now": the data set and the progress rule see the same months every run. */
const NOW = '2026-06-15T10:00:00.000Z';
/** However the run goes, it stops by itself. */
const WATCHDOG_MS = 10 * 60_000;

interface Measured {
  endpoint: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

interface DatabaseRun {
  kind: Database['kind'];
  counts: BenchCounts;
  loadSeconds: number;
  results: Measured[];
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

async function openDatabase(kind: Database['kind']): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await createPgliteDatabase(undefined);
    return { database, drop: async () => {} };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('postgres needs TEST_DATABASE_URL (bench/run.sh starts a throwaway cluster)');
  const name = `lk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = createPostgresDatabase(target.toString(), { timeoutMs: 10_000 });
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Waits until the server answers /healthz quickly again: requests left over from the last run are done. */
async function settle(baseUrl: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const started = performance.now();
    await fetch(`${baseUrl}/healthz`);
    if (performance.now() - started < 5) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One endpoint: 1 s of warm-up, then SECONDS of load over `paths` in turn, bounded in time and count. */
async function measure(baseUrl: string, endpoint: string, paths: string[]): Promise<Measured> {
  const options = {
    url: baseUrl,
    connections: CONNECTIONS,
    timeout: 10,
    workers: 1,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  };
  await settle(baseUrl);
  await autocannon({ ...options, duration: 1, maxOverallRequests: 50_000 });
  await settle(baseUrl);
  const result = await autocannon({ ...options, duration: SECONDS, maxOverallRequests: 2_000_000 });
  return {
    endpoint,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

async function run(kind: Database['kind']): Promise<DatabaseRun> {
  const { database, drop } = await openDatabase(kind);
  try {
    await migrate(database);
    const started = performance.now();
    const counts = await loadBenchData(database, {
      municipalities: MUNICIPALITIES,
      activitiesPerAgreement: 100,
      activitiesPerPromise: 15,
      lastMonth: previousMonth(currentMonth(new Date(NOW))),
    });
    const loadSeconds = (performance.now() - started) / 1000;
    console.log(
      `${kind}: loaded ${counts.municipalities} municipalities, ${counts.agreements} agreements, ` +
        `${counts.activities} activities, ${counts.followUps} follow-ups, ${counts.promises} promises ` +
        `in ${loadSeconds.toFixed(1)} s`,
    );

    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, clock: fixedClock(NOW) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = app.server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${port}`;
      const codes = (await database.db.selectFrom('municipalities').select('code').orderBy('code').execute()).map(
        (row) => row.code,
      );
      const promiseIds = (await database.db.selectFrom('promises').select('id').orderBy('id').execute()).map(
        (row) => row.id,
      );
      const dashboards = codes.map((code) => `/api/v1/public/municipalities/${code}/dashboard`);
      const progress = promiseIds.map((id) => `/api/v1/promises/${id}/progress`);

      // What is measured answers, and answers with the data.
      const sample = await fetch(baseUrl + dashboards[0]!);
      const body = (await sample.json()) as { promises: { activities: unknown[] }[] };
      if (sample.status !== 200 || body.promises.length === 0) throw new Error(`dashboard answered ${sample.status}`);
      const activities = body.promises.reduce((sum, promise) => sum + promise.activities.length, 0);
      console.log(`${kind}: a dashboard holds ${body.promises.length} promises, ${activities} activities`);

      const results = [
        await measure(baseUrl, 'GET /healthz', ['/healthz']),
        await measure(baseUrl, 'GET /api/v1/public/municipalities/{code}/dashboard', dashboards),
        await measure(baseUrl, 'GET /api/v1/promises/{id}/progress', progress),
      ];
      return { kind, counts, loadSeconds, results };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await drop();
  }
}

/** Two significant digits, however small. */
const ratio = (value: number) => (value >= 10 ? value.toFixed(0) : value.toPrecision(2));

function table(runs: DatabaseRun[]): string {
  const header = ['database', 'endpoint', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'req/s ÷ healthz', 'p99 ÷ healthz'];
  const rows = runs.flatMap((run) => {
    const health = run.results[0]!;
    return run.results.map((r) => [
      run.kind,
      r.endpoint,
      String(r.requests) + (r.failures > 0 ? ` (${r.failures} failed)` : ''),
      r.rps.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      ratio(r.rps / health.rps),
      ratio(r.p99 / Math.max(health.p99, 1)),
    ]);
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; stopping`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const chosen = process.env.BENCH_DB ?? (process.env.TEST_DATABASE_URL ? 'both' : 'pglite');
  if (!['pglite', 'postgres', 'both'].includes(chosen)) throw new Error(`BENCH_DB=${chosen}: pglite, postgres or both`);
  const kinds: Database['kind'][] = chosen === 'both' ? ['pglite', 'postgres'] : [chosen as Database['kind']];
  const runs: DatabaseRun[] = [];
  for (const kind of kinds) runs.push(await run(kind));

  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s per endpoint after 1 s warm-up; ` +
      `p99 ÷ healthz uses at least 1 ms for healthz (autocannon's resolution)\n`,
  );
  console.log(table(runs));
  const failed = runs.some((run) => run.results.some((r) => r.failures > 0));
  if (failed) {
    console.error('\nbench: some requests failed (errors, timeouts or non-2xx answers)');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
