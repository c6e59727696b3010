import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { projectRoot } from '../server/paths.js';
import { createPostgresDatabase, type Database } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { DEMO_PASSWORD, demoAccounts } from '../server/demo/data.js';
import { createMunicipality } from '../server/municipalities/store.js';
import { ensureBootstrapAdmin } from '../server/users/bootstrap.js';
import { databaseUrl, testDatabaseKind } from './helpers/database-kind.js';
import { createPostgresCluster, freePort, postgresBinDir, type PostgresCluster } from './helpers/postgres-cluster.js';
import {
  killStrayServers,
  serverFreeEnvironment,
  startServerProcess,
  stopServerProcess,
  type LogLine,
  type ServerProcess,
} from './helpers/server-process.js';

// The real process: start, readiness, bootstrap admin, graceful shutdown; and
// readiness while PostgreSQL is down and after it is back.

const kind = testDatabaseKind();
const ADMIN = { email: 'root@process.example', password: 'bootstrap admin password' };
const SHUTDOWN_TIMEOUT_MS = 5000;

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  killStrayServers();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Where a server process keeps its data: a new PGlite dir, or a new database on the test server. */
async function newDatabaseEnv(): Promise<Record<string, string>> {
  if (kind === 'postgres') {
    // lk_test_*: global-setup's teardown drops it with the rest.
    const name = `lk_test_process_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl() });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    return { DATABASE_URL: databaseUrl(name) };
  }
  const dir = await mkdtemp(join(tmpdir(), 'lk-process-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { DATA_DIR: join(dir, 'data') };
}

async function fetchJson(server: ServerProcess, path: string, init: RequestInit = {}) {
  const response = await fetch(server.url + path, { ...init, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text ? (JSON.parse(text) as unknown) : null,
  };
}

async function login(server: ServerProcess, email: string, password: string) {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as Record<string, unknown>;
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('lk_session='));
  return { status: response.status, body, cookie: cookie?.split(';')[0] };
}

// Each start of a PGlite server creates its cluster and migrates: give these tests time.
describe(`the server process (${kind})`, { timeout: 120_000 }, () => {
  it('starts, is live and ready, and serves the demo data on PGlite (none with DATABASE_URL)', async () => {
    const server = await startServerProcess(await newDatabaseEnv());
    try {
      expect(await fetchJson(server, '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect(await fetchJson(server, '/readyz')).toMatchObject({ status: 200, body: { status: 'ok' } });
      const list = await fetchJson(server, '/api/v1/municipalities?limit=500');
      expect(list.status).toBe(200);
      const items = (list.body as { items: { code: string; name: string }[] }).items;
      const demoAdmin = demoAccounts.find((account) => account.role === 'admin')!;
      const signIn = await login(server, demoAdmin.email, DEMO_PASSWORD);
      if (kind === 'pglite') {
        expect(items.map((item) => item.code)).toContain('0580');
        expect(items).toHaveLength(13);
        expect(signIn.status).toBe(200);
        expect(signIn.body).toMatchObject({ email: demoAdmin.email, role: 'admin' });
        expect(signIn.cookie).toMatch(/^lk_session=/);
        for (const account of demoAccounts) {
          expect((await login(server, account.email, DEMO_PASSWORD)).body).toMatchObject({ role: account.role });
        }
      } else {
        expect(items).toEqual([]);
        expect(signIn.status).toBe(401);
      }
      // Its log is JSON lines, and the credentials it was given are not in it.
      expect(server.logs.length).toBeGreaterThan(0);
      expect(server.logs.every((line) => line.raw !== true)).toBe(true);
      expect(JSON.stringify(server.logs)).not.toContain(DEMO_PASSWORD);
    } finally {
      await stopServerProcess(server);
    }
  });

  it('stops at once with one line when the database cannot be reached at start', async () => {
    const port = await freePort();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: projectRoot,
      env: { ...serverFreeEnvironment(), PORT: '0', DATABASE_URL: `postgres://app:Secr3tPw@127.0.0.1:${port}/x` },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not start: .*ECONNREFUSED/);
    expect(result.stderr).not.toContain('Secr3tPw');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('creates the ADMIN_EMAIL admin once: a second start creates no second admin', async () => {
    // DEMO_DATA off: the demo has an admin of its own, and then no bootstrap admin is made.
    const env = {
      ...(await newDatabaseEnv()),
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    const accounts = async (server: ServerProcess, cookie: string) => {
      const list = await fetchJson(server, '/api/v1/users', { headers: { cookie } });
      expect(list.status).toBe(200);
      return (list.body as { items: { email: string; role: string }[] }).items.map(({ email, role }) => ({
        email,
        role,
      }));
    };

    const first = await startServerProcess(env);
    try {
      const signIn = await login(first, ADMIN.email, ADMIN.password);
      expect(signIn.status).toBe(200);
      expect(signIn.body).toMatchObject({ email: ADMIN.email, role: 'admin' });
      expect(await accounts(first, signIn.cookie!)).toEqual([{ email: ADMIN.email, role: 'admin' }]);
      expect(JSON.stringify(first.logs)).not.toContain(ADMIN.password);
    } finally {
      expect((await stopServerProcess(first)).code).toBe(0);
    }

    // Started again, even with another ADMIN_EMAIL: an admin exists, so none is added.
    const other = { email: 'second@process.example', password: 'another admin password' };
    const again = await startServerProcess({ ...env, ADMIN_EMAIL: other.email, ADMIN_PASSWORD: other.password });
    try {
      const signIn = await login(again, ADMIN.email, ADMIN.password);
      expect(signIn.status).toBe(200);
      expect(await accounts(again, signIn.cookie!)).toEqual([{ email: ADMIN.email, role: 'admin' }]);
      expect((await login(again, other.email, other.password)).status).toBe(401);
    } finally {
      expect((await stopServerProcess(again)).code).toBe(0);
    }
  });
});

type Outcome = { status?: number; body?: string; error?: string; complete: boolean };

/** One GET, on a connection of its own or on one of the agent's keep-alive connections; never rejects. */
function get(url: string, agent: Agent | false = false): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Outcome = { complete: false };
    const req = httpRequest(url, { agent, timeout: 15_000 }, (res) => {
      outcome.status = res.statusCode;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ ...outcome, body, complete: res.complete }));
      res.on('error', (error) => resolve({ ...outcome, body, error: error.message }));
      res.on('aborted', () => resolve({ ...outcome, body, error: 'aborted' }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ ...outcome, error: error.code ?? error.message }));
    req.end();
  });
}

describe(`graceful shutdown of the server process (${kind})`, { timeout: 120_000 }, () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = {
      ...(await newDatabaseEnv()),
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    };
  });

  it('on SIGTERM finishes the requests it accepted, refuses new ones with 503, and exits 0', async () => {
    const server = await startServerProcess(env);
    const url = `${server.url}/api/v1/municipalities`;

    // A request the server has accepted but not finished: its body is still on the way.
    const body = JSON.stringify({ email: ADMIN.email, password: ADMIN.password });
    const slow = new Promise<Outcome & { cookie?: string }>((resolve) => {
      const req = httpRequest(
        `${server.url}/api/v1/auth/login`,
        {
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: 15_000,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              body: text,
              complete: res.complete,
              cookie: String(res.headers['set-cookie'] ?? ''),
            }),
          );
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ error: error.code ?? error.message, complete: false }),
      );
      req.write(body.slice(0, 10));
      server
        .waitForLog((line) => line.msg === 'shutting down')
        .then(
          () => req.end(body.slice(10)),
          () => req.end(body.slice(10)),
        );
    });
    await server.waitForLog((line) => line.msg === 'incoming request' && requestUrl(line) === '/api/v1/auth/login');

    // A burst of reads, then a steady stream (half of it on keep-alive connections)
    // until the process is gone: the signal arrives while requests are in flight.
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });
    const requests = Array.from({ length: 50 }, () => get(url));
    let exitedYet = false;
    void server.exited.then(() => (exitedYet = true));
    const stream = (async () => {
      for (let i = 0; !exitedYet && i < 2000; i++) {
        requests.push(get(url, i % 2 === 0 ? keepAlive : false));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await server.waitForLog((line) => line.msg === 'incoming request' && requestUrl(line) === '/api/v1/municipalities');
    const started = Date.now();
    server.child.kill('SIGTERM');
    const [exit, slowOutcome] = await Promise.all([server.exited, slow]);
    const exitMs = Date.now() - started;
    await stream;
    const outcomes = await Promise.all(requests);
    keepAlive.destroy();

    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
    expect(server.stderr()).toBe('');
    expect(server.logs.find((line) => line.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
    // The pool (or PGlite) was closed before the exit, after every request that used it:
    // what was still answered after it could only be turned away (503, no database needed).
    const closedAt = server.logs.findIndex((line) => line.msg === 'database closed');
    expect(closedAt).toBeGreaterThan(0);
    const answeredAfter = server.logs.slice(closedAt).filter((line) => line.msg === 'request completed');
    for (const line of answeredAfter) expect(statusOf(line)).toBe(503);

    // The request that was half-way in when the signal came was completed.
    expect(slowOutcome).toMatchObject({ status: 200, complete: true });
    expect(JSON.parse(slowOutcome.body!)).toMatchObject({ email: ADMIN.email });

    // Every request that got an answer got a whole 200 or a 503; none was cut off mid-response.
    const answered = outcomes.filter((outcome) => outcome.status !== undefined);
    for (const outcome of answered) {
      expect([200, 503]).toContain(outcome.status);
      expect(outcome.error).toBeUndefined();
      expect(outcome.complete).toBe(true);
      if (outcome.status === 200) expect(JSON.parse(outcome.body!)).toMatchObject({ items: [] });
    }
    // The rest never reached a server that was closing: refused or reset before any answer.
    for (const outcome of outcomes.filter((o) => o.status === undefined)) {
      expect(outcome.error).toMatch(/ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/);
    }

    // Every request the server took in was completed: served (200), or, once shutdown began, turned away (503) ...
    const incoming = server.logs.filter((line) => line.msg === 'incoming request').map(requestId);
    const completed = new Map(
      server.logs.filter((line) => line.msg === 'request completed').map((line) => [requestId(line), line]),
    );
    expect(incoming.length).toBeGreaterThan(1);
    for (const id of incoming) expect([200, 503]).toContain(statusOf(completed.get(id)));
    // ... and each 200 the server sent reached its client.
    const served = server.logs.filter(
      (line) =>
        line.msg === 'request completed' &&
        statusOf(line) === 200 &&
        incoming.includes(requestId(line)) &&
        server.logs.some(
          (other) =>
            other.msg === 'incoming request' &&
            requestId(other) === requestId(line) &&
            requestUrl(other) === '/api/v1/municipalities',
        ),
    ).length;
    expect(answered.filter((outcome) => outcome.status === 200)).toHaveLength(served);
  });

  it('on SIGINT exits 0', async () => {
    const server = await startServerProcess(env);
    expect((await fetchJson(server, '/readyz')).status).toBe(200);
    const exit = await stopServerProcess(server, 'SIGINT');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
    expect(server.logs.find((line) => line.msg === 'shutting down')).toMatchObject({ signal: 'SIGINT' });
    expect(server.stderr()).toBe('');
  });
});

function requestId(line: LogLine): string {
  return String(line.reqId);
}
function requestUrl(line: LogLine): string | undefined {
  return (line.req as { url?: string } | undefined)?.url;
}
function statusOf(line: LogLine | undefined): number | undefined {
  return (line?.res as { statusCode?: number } | undefined)?.statusCode;
}

const outageSkip =
  kind !== 'postgres'
    ? 'needs a real PostgreSQL to stop and start (TEST_DB=postgres)'
    : postgresBinDir() === null
      ? 'needs the PostgreSQL server binaries (apt-get install postgresql)'
      : null;

describe.skipIf(outageSkip !== null)(
  `readiness during a database outage${outageSkip ? ` — skipped: ${outageSkip}` : ''}`,
  () => {
    const DB_TIMEOUT_MS = 1000;
    let cluster: PostgresCluster;
    let database: Database;
    let app: FastifyInstance;
    let base: string;
    let cookie: string;

    beforeAll(async () => {
      cluster = await createPostgresCluster();
      cleanups.push(() => cluster.destroy());
      await cluster.start();
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        DATABASE_URL: cluster.url(),
        // The admin signs in with a password only (test/mfa.test.ts is about the second factor).
        MFA_REQUIRED: 'off',
        DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
      });
      database = createPostgresDatabase(cluster.url(), { timeoutMs: config.dbTimeoutMs });
      await migrate(database);
      await ensureBootstrapAdmin(database.db, config.bootstrapAdmin!, systemClock.now());
      await createMunicipality(
        database.db,
        { code: '0580', name: 'Linköping', county: 'Östergötlands län' },
        new Date(),
      );
      app = await buildApp({ config, database, clock: systemClock });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
      cleanups.push(async () => {
        await app.close();
        await database.close();
      });
      const response = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      expect(response.status).toBe(200);
      cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    });

    /** One request and how long it took; it must answer, not hang. */
    async function timed(path: string, headers: Record<string, string> = {}) {
      const started = Date.now();
      const response = await fetch(base + path, { headers, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, ms: Date.now() - started };
    }

    function expectUnavailable(response: Awaited<ReturnType<typeof timed>>) {
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(response.text)).toMatchObject({ status: 503, type: '/problems/unavailable' });
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\s+at /);
      expect(response.ms).toBeLessThan(DB_TIMEOUT_MS + 4000);
    }

    it('is ready, then answers 503 while PostgreSQL is down, then is ready again without a restart', async () => {
      expect((await timed('/readyz')).status).toBe(200);
      // Connections in the pool, which the stop will break.
      expect((await timed('/api/v1/municipalities')).status).toBe(200);
      expect((await timed('/api/v1/auth/me', { cookie })).status).toBe(200);

      await cluster.stop('fast');

      expectUnavailable(await timed('/readyz'));
      // A write too: refused whole, nothing half-done to recover from.
      const write = await fetch(`${base}/api/v1/municipalities`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ code: '0581', name: 'Norrköping', county: 'Östergötlands län' }),
        signal: AbortSignal.timeout(30_000),
      });
      expect(write.status).toBe(503);
      expect(write.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expectUnavailable(await timed('/api/v1/municipalities'));
      // Signed in, the session cannot be read: 503, not 401.
      expectUnavailable(await timed('/api/v1/auth/me', { cookie }));
      expectUnavailable(await timed('/readyz'));
      // Liveness does not depend on the database.
      expect((await timed('/healthz')).status).toBe(200);

      await cluster.start();
      const restarted = Date.now();
      const deadline = restarted + 5000;
      let ready = await timed('/readyz');
      while (ready.status !== 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        ready = await timed('/readyz');
      }
      expect(ready.status).toBe(200);
      console.log(`outage: ready again ${Date.now() - restarted} ms after PostgreSQL was back`);
      const list = await timed('/api/v1/municipalities');
      expect(list.status).toBe(200);
      expect(JSON.parse(list.text)).toMatchObject({ items: [{ code: '0580' }] });
      expect((await timed('/api/v1/auth/me', { cookie })).status).toBe(200);
    });
  },
);

describe('a database host that cannot be resolved', () => {
  it('readiness and API routes answer 503 problems, not 500, and do not hang', async () => {
    const url = 'postgres://app@no-such-host.invalid:5432/lofteskollen';
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url, DB_TIMEOUT_MS: '1000' });
    const database = createPostgresDatabase(url, { timeoutMs: config.dbTimeoutMs });
    const app = await buildApp({ config, database, clock: systemClock });
    try {
      for (const path of ['/readyz', '/api/v1/municipalities']) {
        const started = Date.now();
        const response = await app.inject(path);
        expect(response.statusCode, path).toBe(503);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({ status: 503, type: '/problems/unavailable' });
        expect(Date.now() - started).toBeLessThan(config.dbTimeoutMs + 9000);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});

/** The ids of pid and of every process under it, from /proc (Linux). */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // The stat line: "pid (name) state ppid …"; the name may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Whether something accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

// `npm start` as a person runs it: it builds, prints where to go once, and a SIGTERM to npm (a
// process manager's stop; Ctrl-C signals the whole group) stops the server with it. Run in a copy
// of the project, so its build never rewrites the dist/ and web/dist/ other tests read. Once, on PGlite.
describe.runIf(kind === 'pglite')('npm start', { timeout: 240_000 }, () => {
  it('prints the address, the API docs and where the demo accounts are, once; SIGTERM to npm leaves nothing running', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'lk-npm-start-'));
    cleanups.push(() => rm(copy, { recursive: true, force: true }));
    const parts = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'server', 'scripts', 'sql', 'openapi'];
    for (const part of [...parts, 'test/helpers', 'web/src', 'web/index.html', 'web/vite.config.ts']) {
      await cp(join(projectRoot, part), join(copy, part), { recursive: true });
    }
    await symlink(realpathSync(join(projectRoot, 'node_modules')), join(copy, 'node_modules'));

    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: copy,
      env: { ...serverFreeEnvironment(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(copy, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stopped = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    let output = '';
    npm.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    npm.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    let tree: number[] = [];
    try {
      const ready = `is ready at http://127.0.0.1:${port}`;
      await expect.poll(() => output.includes(ready) || npm.exitCode !== null, { timeout: 200_000 }).toBe(true);
      const lines = output.split('\n').filter((line) => line.includes(ready));
      expect(lines, output).toHaveLength(1);
      expect(lines[0]).toContain(`API docs: http://127.0.0.1:${port}/docs`);
      expect(lines[0]).toContain('demo accounts are in README.md');
      expect(await listening(port)).toBe(true);

      tree = processTree(npm.pid!);
      expect(tree.length).toBeGreaterThan(1);
      npm.kill('SIGTERM');
      await stopped;
      await expect.poll(() => tree.filter(alive), { timeout: 15_000 }).toEqual([]);
      expect(await listening(port)).toBe(false);
      expect(output).toContain('"msg":"database closed"');
      expect(output).not.toContain('not rebuilt');

      // Started again on the checkout it built: nothing is rebuilt (how fast it is ready: npm run bench).
      const again = spawn('npm', ['start'], {
        cwd: copy,
        env: { ...serverFreeEnvironment(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(copy, 'data') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const againStopped = new Promise<number | null>((resolve) => again.once('exit', (code) => resolve(code)));
      let second = '';
      again.stdout.setEncoding('utf8').on('data', (chunk: string) => (second += chunk));
      again.stderr.setEncoding('utf8').on('data', (chunk: string) => (second += chunk));
      await expect.poll(() => second.includes(ready) || again.exitCode !== null, { timeout: 60_000 }).toBe(true);
      expect(second).toContain('build: up to date with the sources, not rebuilt');
      expect(second).not.toMatch(/vite|built in/);
      tree = processTree(again.pid!);
      again.kill('SIGTERM');
      await againStopped;
      await expect.poll(() => tree.filter(alive), { timeout: 15_000 }).toEqual([]);
    } finally {
      for (const pid of tree.filter(alive)) process.kill(pid, 'SIGKILL');
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
  });
});
