import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/paths.js';
import {
  apiCall,
  createDemoChain,
  createSharedActivity,
  DEMO_EDITOR,
  DEMO_PARTNER,
  monthsFrom,
  signIn,
} from './helpers/api-client.js';
import { databaseUrl, testDatabaseKind } from './helpers/database-kind.js';
import { fullSnapshot, rowCounts, type FullSnapshot } from './helpers/full-snapshot.js';
import {
  killStrayServers,
  serverFreeEnvironment,
  startServerProcess,
  stopServerProcess,
} from './helpers/server-process.js';

// npm run backup and npm run restore: a database with the
// demo and more (follow-ups, audit events, sessions, a token, an idempotency
// key) is backed up and restored into a new, empty one, and every table, every
// sequence and the schema compare equal. A restore that cannot be done (a
// database that is not empty, a missing or damaged file) says so in one line
// and changes nothing.

const kind = testDatabaseKind();

let scratch: string;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  killStrayServers();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Target {
  /** What the server and the scripts are given: DATA_DIR or DATABASE_URL. */
  env: Record<string, string>;
  snapshot(): Promise<FullSnapshot>;
  /** Runs one statement on it (the server stopped); resolves with the rows it changed. */
  execute(text: string): Promise<number>;
}

async function newTarget(label: string): Promise<Target> {
  if (kind === 'pglite') {
    const dataDir = join(scratch, label);
    // The server and the scripts are stopped whenever a test opens the dir itself.
    const withPglite = async <T>(use: (pglite: PGlite) => Promise<T>) => {
      const pglite = await PGlite.create({ dataDir });
      try {
        return await use(pglite);
      } finally {
        await pglite.close();
      }
    };
    return {
      env: { DATA_DIR: dataDir },
      snapshot: () => withPglite((pglite) => fullSnapshot(async (text) => (await pglite.query(text)).rows as never)),
      execute: (text) => withPglite(async (pglite) => (await pglite.query(text)).affectedRows ?? 0),
    };
  }
  // lk_test_*: global-setup's teardown drops it with the rest.
  const name = `lk_test_backup_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const withClient = async <T>(use: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  };
  return {
    env: { DATABASE_URL: databaseUrl(name) },
    snapshot: () => withClient((client) => fullSnapshot(async (text) => (await client.query(text)).rows)),
    execute: (text) => withClient(async (client) => (await client.query(text)).rowCount ?? 0),
  };
}

interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The real npm script, as an operator runs it, on the given database. */
function npmRun(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<ScriptRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: projectRoot,
      env: { ...serverFreeEnvironment(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Failed, with one line that names the problem, and no stack trace. */
function expectOneLineFailure(result: ScriptRun, script: string, message: RegExp) {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(new RegExp(`^${script}: `));
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal/);
}

const totalRows = (snapshot: FullSnapshot) => Object.values(rowCounts(snapshot)).reduce((sum, n) => sum + n, 0);

describe(`npm run backup and npm run restore (${kind})`, { timeout: 180_000 }, () => {
  let source: Target;
  let before: FullSnapshot;
  let editorCookie: string;
  let backupFile: string;
  let restored: Target;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'lk-backup-'));
    cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    source = await newTarget('source');

    // The demo, and what using it adds: sessions, follow-ups with their audit
    // events, a correction, an API token, a replayable POST.
    const server = await startServerProcess({
      ...source.env,
      DEMO_DATA: 'true',
      WRITES_PER_MINUTE: '1000000',
      LOGIN_FAILURES_PER_MINUTE: '1000',
    });
    try {
      editorCookie = await signIn(server.url, DEMO_EDITOR);
      const partnerCookie = await signIn(server.url, DEMO_PARTNER);
      const adminCookie = await signIn(server.url, 'admin@lofteskollen.example');
      const chain = await createDemoChain(server.url, editorCookie, 'backup');
      const activity = await createSharedActivity(server.url, editorCookie, chain, 'Trygghetsvandring i backup');
      const months = monthsFrom(chain.firstMonth, 4);
      for (const [i, month] of months.entries()) {
        const put = await apiCall(server.url, 'PUT', `/activities/${activity.id}/follow-ups/${month}`, {
          cookie: i % 2 === 0 ? editorCookie : partnerCookie,
          body: { outcome: i + 1, comment: `Månad ${month}`, internalNote: `Intern ${i}` },
        });
        expect(put.status).toBe(201);
      }
      const corrected = await apiCall(server.url, 'PUT', `/activities/${activity.id}/follow-ups/${months[0]}`, {
        cookie: editorCookie,
        body: { outcome: 7, comment: 'Rättad' },
        ifMatch: '"1"',
      });
      expect(corrected.status).toBe(200);
      const replayable = await fetch(`${server.url}/api/v1/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: editorCookie, 'idempotency-key': 'backup-test-1' },
        body: JSON.stringify({
          agreementId: chain.agreementId,
          focusAreaId: chain.focusAreaId,
          leadOrganisationId: chain.homeOrganisationId,
          title: 'Skapad med Idempotency-Key',
        }),
      });
      expect(replayable.status).toBe(201);
      const me = await apiCall<{ id: string }>(server.url, 'GET', '/auth/me', { cookie: editorCookie });
      const token = await apiCall(server.url, 'POST', `/users/${me.body.id}/tokens`, {
        cookie: adminCookie,
        body: { label: 'backup-test' },
      });
      expect(token.status).toBe(201);

      if (kind === 'pglite') {
        // A running server holds its data dir: the backup refuses rather than copy files in use.
        const refused = await npmRun('backup', [join(scratch, 'while-running.tar.gz')], source.env);
        expectOneLineFailure(refused, 'backup', /in use by process \d+ .*stop it/);
        expect(existsSync(join(scratch, 'while-running.tar.gz'))).toBe(false);
      }
    } finally {
      expect((await stopServerProcess(server)).code).toBe(0);
    }
    before = await source.snapshot();
  }, 150_000);

  it('restores a backup into an empty database exactly: every table, sequence and the schema', async () => {
    // What the comparison covers: the migrations table, and more than the bare demo.
    const counts = rowCounts(before);
    expect(counts['public.schema_migrations']).toBeGreaterThanOrEqual(2);
    for (const table of ['sessions', 'audit_events', 'follow_ups', 'api_tokens', 'idempotency_keys', 'activities']) {
      expect(counts[`public.${table}`], table).toBeGreaterThan(0);
    }
    expect(Object.keys(before.sequences)).toContain('public.audit_events_id_seq');
    expect(before.schema.triggers.length).toBeGreaterThan(0);

    backupFile = join(scratch, kind === 'pglite' ? 'lofteskollen.tar.gz' : 'lofteskollen.pgdump');
    const backup = await npmRun('backup', [backupFile], source.env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/^backup: .* ms\n$/);
    const size = (await stat(backupFile)).size;

    // Backing up again to the same name would overwrite it: refused.
    expectOneLineFailure(await npmRun('backup', [backupFile], source.env), 'backup', /exists/);

    restored = await newTarget('restored');
    const restore = await npmRun('restore', [backupFile], restored.env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toBe('');

    const after = await restored.snapshot();
    expect(after).toEqual(before);
    console.log(
      `backup/restore (${kind}): ${Object.keys(before.tables).length} tables, ${totalRows(before)} rows, ` +
        `${Object.keys(before.sequences).length} sequences, identical after the round trip; ` +
        `backup ${backup.ms} ms (${Math.round(size / 1024)} KB), restore ${restore.ms} ms (npm run, process start included)`,
    );

    // The restored database serves: the editor's session of before still signs them in.
    const server = await startServerProcess({ ...restored.env, DEMO_DATA: 'false' });
    try {
      const me = await apiCall<{ email: string }>(server.url, 'GET', '/auth/me', { cookie: editorCookie });
      expect(me).toMatchObject({ status: 200, body: { email: DEMO_EDITOR } });
    } finally {
      await stopServerProcess(server);
    }
  });

  it('refuses to restore over a database that is not empty, unless --force, which replaces it', async () => {
    expect(backupFile).toBeDefined();
    const refused = await npmRun('restore', [backupFile], restored.env);
    expectOneLineFailure(refused, 'restore', /not empty.*--force/);

    // A change made since the backup, which --force must undo.
    expect(await restored.execute(`update municipalities set name = 'Ändrad efter backupen' where code = '0580'`)).toBe(
      1,
    );

    const forced = await npmRun('restore', [backupFile, '--force'], restored.env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await restored.snapshot()).toEqual(before);
  });

  it('a missing, foreign or damaged file fails in one line and changes nothing', async () => {
    expect(backupFile).toBeDefined();
    const whole = await readFile(backupFile);
    const garbage = join(scratch, 'garbage.bin');
    await writeFile(garbage, randomBytes(64 * 1024));
    const truncated = join(scratch, kind === 'pglite' ? 'truncated.tar.gz' : 'truncated.pgdump');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    // The right kind of file at the start, damaged inside.
    const damaged = join(scratch, kind === 'pglite' ? 'damaged.tar.gz' : 'damaged.pgdump');
    const flipped = Buffer.from(whole);
    for (let i = Math.floor(flipped.length / 2); i < flipped.length / 2 + 4096 && i < flipped.length; i++) {
      flipped[i] = flipped[i]! ^ 0xa5;
    }
    await writeFile(damaged, flipped);

    const cases: [string, RegExp][] = [
      [join(scratch, 'no-such-backup'), /cannot read .*no-such-backup: no such file/],
      [garbage, /is not a (PGlite|PostgreSQL) backup/],
      [truncated, /not a readable|restore failed, nothing was changed/],
      [damaged, /not a readable|restore failed, nothing was changed/],
    ];
    for (const [file, message] of cases) {
      // Even with --force: the database of before stays as it was.
      const result = await npmRun('restore', [file, '--force'], restored.env);
      expectOneLineFailure(result, 'restore', message);
      console.log(
        `restore (${kind}) of ${file.slice(scratch.length + 1)}: exit ${result.code}, ${result.stderr.trim()}`,
      );
    }
    expect(await restored.snapshot()).toEqual(before);

    // Into an empty database: it stays empty (a PGlite data dir that did not exist is not made).
    const empty = await newTarget('empty');
    expectOneLineFailure(await npmRun('restore', [truncated], empty.env), 'restore', cases[2]![1]);
    if (kind === 'pglite') expect(existsSync(empty.env.DATA_DIR!)).toBe(false);
    else expect((await empty.snapshot()).tables).toEqual({});
  });
});
