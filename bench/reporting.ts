import { sql } from 'kysely';
import { createPostgresDatabase } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { lastTwelveMonths, onTimeShares } from '../server/reporting/service.js';
import { loadBenchData } from './dataset.js';

// How long onTimeShares takes for every municipality of the national data set at once
// (the county view and the public dashboards ask it): one query. Needs DATABASE_URL of an
// empty PostgreSQL database (scripts/with-postgres.sh gives TEST_DATABASE_URL; this makes its own).
//   bash scripts/with-postgres.sh npx tsx bench/reporting.ts

const MUNICIPALITIES = Number(process.env.BENCH_MUNICIPALITIES ?? 290);
const NOW = new Date('2026-06-15T10:00:00Z');

async function main() {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL (or run under scripts/with-postgres.sh)');
  const admin = createPostgresDatabase(url, { timeoutMs: 600_000 });
  const name = `lk_bench_reporting_${Date.now()}`;
  await sql.raw(`create database ${name}`).execute(admin.db);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = createPostgresDatabase(target.toString(), { timeoutMs: 600_000 });
  try {
    await migrate(database);
    const counts = await loadBenchData(database, {
      municipalities: MUNICIPALITIES,
      activitiesPerAgreement: 100,
      activitiesPerPromise: 15,
      lastMonth: '2026-05',
    });
    await sql`analyze`.execute(database.db);
    console.log(
      `loaded ${counts.municipalities} municipalities, ${counts.activities} activities, ${counts.followUps} follow-ups`,
    );
    const ids = (await database.db.selectFrom('municipalities').select('id').execute()).map((row) => row.id);
    const times: number[] = [];
    let shares = new Map();
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      shares = await onTimeShares(database.db, ids, lastTwelveMonths(NOW), NOW);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const first = shares.get(ids[0]!);
    console.log(
      `onTimeShares of ${ids.length} municipalities: median ${times[2]!.toFixed(0)} ms (5 runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms); first: ${JSON.stringify(first)}`,
    );
  } finally {
    await database.close();
    await sql
      .raw(`drop database if exists ${name}`)
      .execute(admin.db)
      .catch(() => {});
    await admin.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
