import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  apiCall,
  createDemoChain,
  createSharedActivity,
  DEMO_EDITOR,
  DEMO_PARTNER,
  monthsFrom,
  signIn,
  type DemoChain,
} from './helpers/api-client.js';
import { databaseUrl, testDatabaseKind } from './helpers/database-kind.js';
import { createPostgresCluster, postgresBinDir } from './helpers/postgres-cluster.js';
import {
  killStrayServers,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from './helpers/server-process.js';

// No acknowledged write is lost. Several clients write as
// fast as they can to the real server process; the process is killed with
// SIGKILL at a random moment; it is started again on the same database, and
// every write that got a 2xx must be there with its value. A write that was in
// flight when the process died may or may not have landed: both are allowed.
//
// Each client owns its keys (follow-up months of its own activities, the
// comment of those activities, the activities it creates), so it knows the
// value and version of each key it last got acknowledged; at most one of its
// writes is in flight when the process dies.

const kind = testDatabaseKind();
const ROUNDS = 10;
const EDITORS = 4;
const PARTNERS = 2;
const ACTIVITIES_PER_CLIENT = 2;
const MONTHS_PER_ACTIVITY = 6;
/** Writes acknowledged in a round before the kill may come (then a random wait of up to KILL_JITTER_MS). */
const MIN_WRITES_BEFORE_KILL = 20;
const KILL_JITTER_MS = 700;

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  killStrayServers();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Where the server keeps its data: a PGlite DATA_DIR in a temp dir, or a new PostgreSQL database. */
async function databaseEnv(): Promise<{ env: Record<string, string>; describe: string }> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'lk-crash-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return { env: { DATA_DIR: join(dir, 'data') }, describe: 'PGlite data dir' };
  }
  // Only the server process is killed, never PostgreSQL: what PostgreSQL acknowledged
  // as committed is in its WAL whether or not fsync is on (fsync guards against a
  // crash of the machine, not of a client). The shared test cluster runs with
  // fsync=off for speed; where the binaries are at hand this test uses a cluster
  // of its own with fsync on, as production runs.
  if (postgresBinDir() !== null) {
    const cluster = await createPostgresCluster({ fsync: true });
    cleanups.push(() => cluster.destroy());
    await cluster.start();
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('create database lofteskollen');
    await admin.end();
    return { env: { DATABASE_URL: cluster.url('lofteskollen') }, describe: 'PostgreSQL cluster with fsync on' };
  }
  const name = `lk_test_crash_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return { env: { DATABASE_URL: databaseUrl(name) }, describe: 'PostgreSQL test server' };
}

/** What a key should hold: the last acknowledged write, and the one in flight when the process died. */
interface KeyState {
  kind: 'followUp' | 'comment' | 'created';
  path: string;
  acked?: { value: string; version: number };
  /** Sent, no whole answer: it may or may not have landed. */
  inFlight?: { value: string };
}

interface Client {
  name: string;
  role: 'editor' | 'partner';
  cookie: string;
  keys: Map<string, KeyState>;
  /** Follow-up and comment keys it rewrites; created keys are written once. */
  rewritable: string[];
}

interface RoundStats {
  acknowledged: number;
  /** Answers other than 2xx: none is expected (every key has one writer). */
  refused: { status: number; body: unknown }[];
  inFlightAtKill: number;
}

let sequence = 0;

/** One write of one client: a follow-up month (most), an activity's comment, or a new activity (editors). */
async function writeOnce(server: ServerProcess, client: Client, chain: DemoChain, stats: RoundStats) {
  const n = ++sequence;
  const roll = randomInt(100);
  let key: string;
  let request: { method: string; path: string; body: unknown; ifMatch?: string };
  let value: string;
  if (client.role === 'editor' && roll < 10) {
    value = `Aktivitet ${client.name}-${n}`;
    key = `created:${value}`;
    request = {
      method: 'POST',
      path: '/activities',
      body: {
        agreementId: chain.agreementId,
        focusAreaId: chain.focusAreaId,
        leadOrganisationId: chain.homeOrganisationId,
        title: value,
      },
    };
    client.keys.set(key, { kind: 'created', path: '', inFlight: { value } });
  } else {
    key = client.rewritable[randomInt(client.rewritable.length)]!;
    const state = client.keys.get(key)!;
    const ifMatch = state.acked ? `"${state.acked.version}"` : undefined;
    if (state.kind === 'followUp') {
      value = JSON.stringify({ outcome: n, comment: `utfall ${client.name}-${n}`, internalNote: `notering ${n}` });
      request = { method: 'PUT', path: state.path, body: JSON.parse(value) as unknown, ifMatch };
    } else {
      value = `kommentar ${client.name}-${n}`;
      request = { method: 'PATCH', path: state.path, body: { comment: value }, ifMatch };
    }
    state.inFlight = { value };
  }
  const state = client.keys.get(key)!;
  const response = await apiCall<{ id: string; version: number }>(server.url, request.method, request.path, {
    cookie: client.cookie,
    body: request.body,
    ifMatch: request.ifMatch,
  });
  // A whole answer: the write did happen (2xx) or did not (anything else).
  state.inFlight = undefined;
  if (response.status >= 200 && response.status < 300) {
    stats.acknowledged++;
    if (state.kind === 'created') state.path = `/activities/${response.body.id}`;
    state.acked = { value, version: response.body.version };
  } else {
    stats.refused.push({ status: response.status, body: response.body });
    if (state.kind === 'created') client.keys.delete(key);
  }
}

/** Writes until the server stops answering (it was killed). */
async function writeUntilDead(server: ServerProcess, client: Client, chain: DemoChain, stats: RoundStats) {
  for (;;) {
    try {
      await writeOnce(server, client, chain, stats);
    } catch {
      return;
    }
  }
}

/** What the server holds now for a key: its value in the form the writer wrote, and its version. */
async function readKey(server: ServerProcess, cookie: string, state: KeyState) {
  const response = await apiCall<Record<string, unknown>>(server.url, 'GET', state.path, { cookie });
  if (response.status === 404) return null;
  if (response.status !== 200) throw new Error(`GET ${state.path}: ${response.status}`);
  const item = response.body;
  const value =
    state.kind === 'followUp'
      ? JSON.stringify({ outcome: item.outcome, comment: item.comment, internalNote: item.internalNote })
      : state.kind === 'comment'
        ? String(item.comment)
        : String(item.title);
  return { value, version: Number(item.version) };
}

/**
 * Checks every key against what was acknowledged, and takes what the server
 * holds as the new starting point (an in-flight write that landed moved the version on).
 */
async function verify(server: ServerProcess, cookie: string, clients: Client[]) {
  let lost = 0;
  let inFlightLanded = 0;
  const failures: string[] = [];
  // The clients' keys are disjoint: check them side by side.
  const checkClient = async (client: Client) => {
    for (const [key, state] of client.keys) {
      if (state.kind === 'created' && !state.acked) {
        // A create in flight when the process died: its id never reached us. It may exist; we cannot look it up by id.
        client.keys.delete(key);
        continue;
      }
      if (!state.acked && !state.inFlight) continue;
      const held = await readKey(server, cookie, state);
      const ackedHeld = held !== null && state.acked !== undefined && held.value === state.acked.value;
      const ackedVersionHeld = ackedHeld && held.version === state.acked!.version;
      const inFlightHeld =
        held !== null &&
        state.inFlight !== undefined &&
        held.value === state.inFlight.value &&
        held.version === (state.acked?.version ?? 0) + 1;
      if (inFlightHeld) inFlightLanded++;
      else if (state.acked && !ackedVersionHeld) {
        lost++;
        failures.push(`${key}: acknowledged ${JSON.stringify(state.acked)}, holds ${JSON.stringify(held)}`);
      } else if (!state.acked && held !== null) {
        failures.push(`${key}: never acknowledged, holds ${JSON.stringify(held)} not in flight`);
      }
      state.acked = held ?? undefined;
      state.inFlight = undefined;
    }
  };
  await Promise.all(clients.map(checkClient));
  return { lost, inFlightLanded, failures };
}

// About 90 s per database on an idle machine, mostly the 11 starts of the server
// (PGlite compiles its WebAssembly on each); the timeout leaves room for a busy one.
describe(`no acknowledged write is lost when the server process is killed (${kind})`, { timeout: 600_000 }, () => {
  it(`survives ${ROUNDS} SIGKILLs in the middle of concurrent writes`, async () => {
    const started = Date.now();
    const database = await databaseEnv();
    const env = {
      ...database.env,
      DEMO_DATA: 'true',
      // The throttles would otherwise turn most of these writes away.
      WRITES_PER_MINUTE: '1000000',
      LOGIN_FAILURES_PER_MINUTE: '1000',
    };

    let server = await startServerProcess(env);
    const editorCookie = await signIn(server.url, DEMO_EDITOR);
    const chain = await createDemoChain(server.url, editorCookie, 'krasch');
    const months = monthsFrom(chain.firstMonth, MONTHS_PER_ACTIVITY);
    const clients: Client[] = [];
    for (let i = 0; i < EDITORS + PARTNERS; i++) {
      const role = i < EDITORS ? 'editor' : 'partner';
      const client: Client = {
        name: `${role}${i}`,
        role,
        cookie: await signIn(server.url, role === 'editor' ? DEMO_EDITOR : DEMO_PARTNER),
        keys: new Map(),
        rewritable: [],
      };
      for (let a = 0; a < ACTIVITIES_PER_CLIENT; a++) {
        const activity = await createSharedActivity(server.url, editorCookie, chain, `Krasch ${client.name}-${a}`);
        const commentKey = `comment:${activity.id}`;
        client.keys.set(commentKey, {
          kind: 'comment',
          path: `/activities/${activity.id}`,
          acked: { value: '', version: activity.version },
        });
        client.rewritable.push(commentKey);
        for (const month of months) {
          const key = `followUp:${activity.id}:${month}`;
          client.keys.set(key, { kind: 'followUp', path: `/activities/${activity.id}/follow-ups/${month}` });
          client.rewritable.push(key);
        }
      }
      clients.push(client);
    }

    const totals = { acknowledged: 0, lost: 0, inFlightLanded: 0, inFlightAtKill: 0, refused: 0 };
    const failures: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const stats: RoundStats = { acknowledged: 0, refused: [], inFlightAtKill: 0 };
      const writers = clients.map((client) => writeUntilDead(server, client, chain, stats));
      const writingFrom = Date.now();
      while (stats.acknowledged < MIN_WRITES_BEFORE_KILL && Date.now() - writingFrom < 20_000) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, randomInt(KILL_JITTER_MS)));
      server.child.kill('SIGKILL');
      const exit = await server.exited;
      const killedAfterMs = Date.now() - writingFrom;
      expect(exit.signal).toBe('SIGKILL');
      await Promise.all(writers);
      stats.inFlightAtKill = clients.reduce(
        (sum, client) => sum + [...client.keys.values()].filter((state) => state.inFlight).length,
        0,
      );

      const restarting = Date.now();
      server = await startServerProcess(env);
      const restartMs = Date.now() - restarting;
      const result = await verify(server, editorCookie, clients);
      console.log(
        `crash (${kind}) round ${round}: killed after ${killedAfterMs} ms, ${stats.acknowledged} writes acknowledged, ` +
          `${stats.inFlightAtKill} in flight (${result.inFlightLanded} of them landed), ${result.lost} lost; ` +
          `restarted in ${restartMs} ms`,
      );
      totals.acknowledged += stats.acknowledged;
      totals.lost += result.lost;
      totals.inFlightLanded += result.inFlightLanded;
      totals.inFlightAtKill += stats.inFlightAtKill;
      totals.refused += stats.refused.length;
      failures.push(...result.failures, ...stats.refused.map((refused) => `refused: ${JSON.stringify(refused)}`));
    }
    const stopped = await stopServerProcess(server);

    console.log(
      `crash (${kind}, ${database.describe}): ${ROUNDS} rounds, ${totals.acknowledged} writes acknowledged, ` +
        `${totals.lost} lost; ${totals.inFlightAtKill} in flight at a kill, ${totals.inFlightLanded} of them landed; ` +
        `${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(failures).toEqual([]);
    expect(totals.lost).toBe(0);
    expect(totals.acknowledged).toBeGreaterThanOrEqual(ROUNDS * MIN_WRITES_BEFORE_KILL);
    expect(stopped.code).toBe(0);
  });
});
