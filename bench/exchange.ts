import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { fixedClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createPgliteDatabase, createPostgresDatabase, type Database } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { createUser } from '../server/users/store.js';

// The spreadsheet exchange on a large agreement (not a test): ACTIVITIES
// activities, each with a monthly measure and 12 recorded months, built in SQL;
// then the real app (buildApp, app.inject) exports it as xlsx and CSV, and
// imports 5 000 rows of follow-ups (dry run and real, updates and new months).
//
//   npx tsx bench/exchange.ts                                  (PGlite)
//   bash scripts/with-postgres.sh npx tsx bench/exchange.ts    (BENCH_DB=postgres)
//   BENCH_DB  pglite or postgres (default: postgres when TEST_DATABASE_URL is set)
//   BENCH_ACTIVITIES  activities in the agreement (default 1000)

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1000);
const IMPORT_ROWS = 5000;
const NOW = '2026-06-15T10:00:00.000Z';
const PASSWORD = 'bench password long enough';
const WATCHDOG_MS = 10 * 60_000;

async function openDatabase(kind: Database['kind']): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') return { database: await createPgliteDatabase(undefined), drop: async () => {} };
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('postgres needs TEST_DATABASE_URL (scripts/with-postgres.sh sets it)');
  const name = `lk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    database: createPostgresDatabase(target.toString(), { timeoutMs: 10_000 }),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** One agreement 2025–2026 with n measured activities, 12 recorded months each (2025-06 … 2026-05). */
export const script = (n: number) => `
begin;
insert into municipalities (id, code, name, county) values (md5('m')::uuid, '0580', 'Linköping', 'Östergötlands län');
insert into organisations (id, name, kind, municipality_id)
select md5('o' || k)::uuid, (array['Linköpings kommun – Säkerhetsenheten', 'Lokalpolisområde Linköping', 'Stångåstaden'])[k],
       (array['municipality', 'police', 'other'])[k], md5('m')::uuid
from generate_series(1, 3) k;
insert into goals (id, municipality_id, title, published) values (md5('g')::uuid, md5('m')::uuid, 'Ett attraktivt och tryggt Linköping', true);
insert into indicators (id, goal_id, title, source, unit, direction, baseline_period, baseline_value, target_period, target_value, published)
select md5('i' || k)::uuid, md5('g')::uuid, 'Andel trygga ' || k, 'Medborgarenkäten', 'procent', 'increase', '2019', 20, '2026', 40, true
from generate_series(1, 4) k;
insert into indicator_values (indicator_id, period, "group", value)
select md5('i' || k)::uuid, y::text, g, 20 + y - 2019
from generate_series(1, 4) k, generate_series(2019, 2025) y, unnest(array['all', 'women', 'men']) g;
insert into agreements (id, municipality_id, title, period_start, period_end, status, published)
values (md5('a')::uuid, md5('m')::uuid, 'Samverkansöverenskommelse 2025–2026', '2025-01-01', '2026-12-31', 'active', true);
insert into agreement_parties (agreement_id, organisation_id) select md5('a')::uuid, md5('o' || k)::uuid from generate_series(1, 2) k;
insert into agreement_goals (agreement_id, goal_id) values (md5('a')::uuid, md5('g')::uuid);
insert into focus_areas (id, agreement_id, title, position)
select md5('f' || f)::uuid, md5('a')::uuid, (array['Organiserad brottslighet', 'ANDTS', 'Otrygghet i offentlig miljö', 'Ungdomsbrottslighet'])[f], f
from generate_series(1, 4) f;
insert into activities (id, agreement_id, focus_area_id, title, description, lead_organisation_id, area, status, shared, published, measure_label, measure_unit)
select md5('x' || k)::uuid, md5('a')::uuid, md5('f' || (1 + k % 4))::uuid, 'Aktivitet ' || k, repeat('Beskrivning av aktiviteten. ', 6),
       md5('o' || (1 + k % 2))::uuid, (array['Skäggetorp', 'Berga', 'Ryd', 'Innerstaden', 'Majeldstorget'])[1 + k % 5],
       'ongoing', k % 2 = 0, k % 10 <> 0, 'trygghetsvandringar', 'antal'
from generate_series(1, ${n}) k;
insert into activity_partners (activity_id, organisation_id) select md5('x' || k)::uuid, md5('o3')::uuid from generate_series(1, ${n}) k;
insert into activity_targets (activity_id, valid_from, monthly_target) select md5('x' || k)::uuid, '2025-01', 1 + k % 8 from generate_series(1, ${n}) k;
insert into follow_ups (activity_id, month, outcome, comment, internal_note)
select md5('x' || k)::uuid, to_char(date '2025-06-01' + make_interval(months => m), 'YYYY-MM'), (k + m) % 9,
       case when m % 3 = 0 then 'Genomfört enligt plan.' else '' end, case when m % 5 = 0 then 'Intern anteckning.' else '' end
from generate_series(1, ${n}) k, generate_series(0, 11) m;
commit;
analyze;
`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - started), value };
}

async function median(times: number, run: () => Promise<number>): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < times; i++) all.push(await run());
  return all.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

/** The follow-up CSV's data lines (after the header), split into cells. */
function followUpLines(csv: string): { header: string; rows: string[][] } {
  const [header, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n');
  return { header: header!, rows: lines.filter((line) => line !== '').map((line) => line.split(';')) };
}

async function benchOne(kind: Database['kind']) {
  const { database, drop } = await openDatabase(kind);
  let app: FastifyInstance | undefined;
  try {
    await migrate(database);
    const load = await timed(() => database.runScript(script(ACTIVITIES)));
    const clock = fixedClock(NOW);
    const editorOrganisation = (
      await database.db
        .selectFrom('organisations')
        .select('id')
        .where('kind', '=', 'municipality')
        .executeTakeFirstOrThrow()
    ).id;
    await createUser(
      database.db,
      {
        email: 'bench@lofteskollen.example',
        name: 'Bench',
        password: PASSWORD,
        role: 'editor',
        organisationId: editorOrganisation,
      },
      clock.now(),
    );
    app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', WRITES_PER_MINUTE: '1000000' }),
      database,
      clock,
    });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bench@lofteskollen.example', password: PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const agreementId = (await database.db.selectFrom('agreements').select('id').executeTakeFirstOrThrow()).id;
    const base = `/api/v1/agreements/${agreementId}`;
    const get = (url: string) => app!.inject({ method: 'GET', url, headers: { cookie } });

    let xlsxBytes = 0;
    const xlsxMs = await median(3, async () => {
      const { ms, value } = await timed(() => get(`${base}/export.xlsx`));
      if (value.statusCode !== 200) throw new Error(`export.xlsx: ${value.statusCode} ${value.body.slice(0, 200)}`);
      xlsxBytes = value.rawPayload.length;
      return ms;
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`${base}/export.xlsx`)).rawPayload as unknown as ExcelJS.Buffer);
    const sheetRows = workbook.worksheets.map((sheet) => `${sheet.name} ${sheet.actualRowCount - 1}`).join(', ');
    let csvBytes = 0;
    let csv = '';
    const csvMs = await median(3, async () => {
      const { ms, value } = await timed(() => get(`${base}/export.csv?table=followups`));
      csvBytes = value.rawPayload.length;
      csv = value.body;
      return ms;
    });

    const post = (query: string, body: Buffer, type: string) =>
      app!.inject({
        method: 'POST',
        url: `${base}/import?${query}`,
        headers: { cookie, 'content-type': type },
        payload: body,
      });
    const expectOk = (response: Awaited<ReturnType<typeof post>>, what: string) => {
      if (response.statusCode !== 200)
        throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      return response.json<{ created: number; updated: number; unchanged: number; errors: unknown[] }>();
    };

    // The whole export back, unchanged (1 000 activities + 18 000 months = 19 000 rows): a dry run.
    const fullWorkbook = (await get(`${base}/export.xlsx`)).rawPayload;
    const full = await timed(async () =>
      expectOk(
        await post('dryRun=true', fullWorkbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        'full',
      ),
    );

    // 5 000 recorded months with a new outcome; 5 000 months not recorded, now with one.
    const { header, rows } = followUpLines(csv);
    const outcome = header.split(';').indexOf('Utfall');
    const recorded = rows.filter((cells) => cells[0] !== '').slice(0, IMPORT_ROWS);
    const blank = rows.filter((cells) => cells[0] === '').slice(0, IMPORT_ROWS);
    if (recorded.length < IMPORT_ROWS || blank.length < IMPORT_ROWS) throw new Error('the data set is too small');
    const file = (lines: string[][]) =>
      Buffer.from(
        [header, ...lines.map((cells) => cells.map((cell, index) => (index === outcome ? '7' : cell)).join(';'))].join(
          '\r\n',
        ),
      );
    const updates = file(recorded);
    const creates = file(blank);
    const runs: Record<string, { ms: number; result: string }> = {};
    for (const [name, body, query] of [
      ['5 000 updates, dry run', updates, 'dryRun=true&table=followups'],
      ['5 000 updates, real', updates, 'dryRun=false&table=followups'],
      ['5 000 new months, dry run', creates, 'dryRun=true&table=followups'],
      ['5 000 new months, real', creates, 'dryRun=false&table=followups'],
    ] as const) {
      const { ms, value } = await timed(async () => expectOk(await post(query, body, 'text/csv'), name));
      runs[name] = { ms, result: `created ${value.created}, updated ${value.updated}, errors ${value.errors.length}` };
    }
    // The same 5 000 rows as a workbook (its Aktivitetsplan empty): a dry run, to compare xlsx parsing with CSV.
    const rowsBook = new ExcelJS.Workbook();
    rowsBook.addWorksheet('Aktivitetsplan').addRow(['Id']);
    const sheet = rowsBook.addWorksheet('Uppföljning');
    sheet.addRow(header.split(';'));
    for (const cells of recorded) sheet.addRow(cells.map((cell, index) => (index === outcome ? 8 : cell)));
    const rowsXlsx = Buffer.from(await rowsBook.xlsx.writeBuffer());
    const xlsxDry = await timed(async () =>
      expectOk(
        await post('dryRun=true', rowsXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        'xlsx',
      ),
    );
    // The reference: the same kind of change through the JSON API, one month per request (PUT with If-Match).
    const reference = await database.db
      .selectFrom('followUps')
      .select(['activityId', 'month', 'version'])
      .where('month', '=', '2025-06')
      .limit(200)
      .execute();
    const puts = await timed(async () => {
      for (const row of reference) {
        const response = await app!.inject({
          method: 'PUT',
          url: `/api/v1/activities/${row.activityId}/follow-ups/${row.month}`,
          headers: { cookie, 'if-match': `"${row.version}"` },
          payload: { outcome: 6 },
        });
        if (response.statusCode !== 200) throw new Error(`PUT: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    });
    const perPut = puts.ms / reference.length;
    const audit = await database.db
      .selectFrom('auditEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    return {
      database: kind,
      dataSet: `${ACTIVITIES} activities, ${ACTIVITIES * 12} recorded months (built in ${load.ms} ms)`,
      exportXlsx: `${xlsxMs} ms, ${(xlsxBytes / 1024).toFixed(0)} KiB (${sheetRows})`,
      exportCsvFollowUps: `${csvMs} ms, ${(csvBytes / 1024).toFixed(0)} KiB`,
      importWholeExportDryRun: `${full.ms} ms (${full.value.unchanged} rows unchanged, ${full.value.updated} updated)`,
      ...Object.fromEntries(
        Object.entries(runs).map(([name, run]) => [`import ${name}`, `${run.ms} ms (${run.result})`]),
      ),
      'import 5 000 rows as xlsx, dry run': `${xlsxDry.ms} ms (updated ${xlsxDry.value.updated})`,
      'reference: one PUT of a follow-up': `${perPut.toFixed(1)} ms (${reference.length} in a row)`,
      'real import of 5 000 updates, in PUTs': `${(runs['5 000 updates, real']!.ms / perPut).toFixed(0)} PUTs' time`,
      auditEvents: Number(audit.n),
    };
  } finally {
    await app?.close();
    await database.close();
    await drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const watchdog = setTimeout(() => {
    console.error('bench/exchange.ts: still running after 10 minutes; stopping');
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();
  const kind = (process.env.BENCH_DB ?? (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite')) as Database['kind'];
  console.log(JSON.stringify(await benchOne(kind), null, 2));
}
