import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import autocannon, { type Request } from 'autocannon';
import pg from 'pg';
import { projectRoot } from '../server/paths.js';
import type { Figure } from './figures.js';
import type { BenchServerReady } from './server.js';

// The API benchmark: the server (bench/server.ts, built to dist/) in a process of its own on the
// bench data set, and autocannon from this process on 127.0.0.1. Every speed is
// a ratio to GET /healthz measured in the same run on the same machine, so the
// figures compare across machines; memory is the server process's resident set.
//
//   BENCH_SECONDS          seconds measured per endpoint (default 5)
//   BENCH_SOAK_SECONDS     the memory run under public reads (default 300)
//   BENCH_MUNICIPALITIES   municipalities on PostgreSQL (default 290, the national set); PGlite has 50

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const SIZES = { postgres: Number(process.env.BENCH_MUNICIPALITIES ?? 290), pglite: 50 };
/** What browsers send: public documents are kept compressed. */
const BROWSER = { 'accept-encoding': 'br, gzip' };

export type Kind = 'pglite' | 'postgres';

export interface Measured {
  endpoint: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  /** The server's CPU time per answered request, ms: its own cost, whatever the client's. */
  serverCpuMsPerRequest: number;
}

interface Server {
  ready: BenchServerReady;
  base: string;
  /** The server process's resident memory now, MB. */
  rssMb: () => Promise<number>;
  /** CPU time the server process has used so far, ms (user and system). */
  cpuMs: () => Promise<number>;
  stop: () => Promise<void>;
}

async function startServer(kind: Kind): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_DB: kind,
    BENCH_MUNICIPALITIES: String(SIZES[kind]),
    NODE_ENV: 'production',
  };
  let drop = async () => {};
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('postgres needs TEST_DATABASE_URL (bench/run.sh starts a throwaway cluster)');
    const name = `lk_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    env.DATABASE_URL = target.toString();
    drop = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  // Built JS, as `npm start` runs the server: no TypeScript loader in the memory measured.
  const child: ChildProcess = spawn(process.execPath, ['dist/bench/server.js'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      if (!stopping) console.error(`bench: the ${kind} server stopped by itself (exit ${code}, signal ${signal})`);
      resolve();
    }),
  );
  const ready = await new Promise<BenchServerReady>((resolve, reject) => {
    child.once('message', (message) => resolve(message as BenchServerReady));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
  });
  return {
    ready,
    base: `http://127.0.0.1:${ready.port}`,
    rssMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
    },
    cpuMs: async () => {
      // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms; the name (field 2) may hold spaces.
      const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8').catch(() => '');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: async () => {
      stopping = true;
      child.disconnect();
      await exited;
      await drop();
    },
  };
}

/** Reads each path once, a few at a time: every public document built before the measured run. */
async function readEachOnce(base: string, paths: string[], headers: Record<string, string>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const response = await fetch(base + paths[next++]!, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${paths[next - 1]} answered ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/** Load at `connections` for SECONDS after 1 s of warm-up; the server's peak memory sampled meanwhile. */
async function measure(
  server: Server,
  endpoint: string,
  connections: number,
  requests: Request[],
  seconds = SECONDS,
): Promise<Measured & { peakRssMb: number }> {
  const options = { url: server.base, connections, timeout: 10, requests };
  await autocannon({ ...options, duration: 1 });
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    void server.rssMb().then((mb) => (peakRssMb = Math.max(peakRssMb, mb)));
  }, 250);
  const cpuBefore = await server.cpuMs();
  const result = await Promise.resolve(autocannon({ ...options, duration: seconds })).finally(() =>
    clearInterval(sampler),
  );
  const cpuUsed = (await server.cpuMs()) - cpuBefore;
  return {
    endpoint,
    connections,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    serverCpuMsPerRequest: cpuUsed / Math.max(1, result.requests.total),
    peakRssMb,
  };
}

const gets = (paths: string[], headers: Record<string, string> = {}): Request[] =>
  paths.map((path) => ({ method: 'GET', path, headers }));

/**
 * 20 editors at once, each correcting its own recorded months with If-Match,
 * the version taken from each answer's ETag (so every write is acknowledged, none refused).
 */
function corrections(ready: BenchServerReady): Request[] {
  // Per editor, kept across runs (the warm-up's writes raise versions too): where it is, and each month's version.
  const editors = ready.editors.map((editor) => ({
    ...editor,
    at: -1,
    versions: new Map(editor.followUps.map((f) => [`${f.activityId}/follow-ups/${f.month}`, f.version])),
  }));
  let nextEditor = 0;
  type Context = { editor?: (typeof editors)[number]; key?: string };
  return [
    {
      method: 'PUT',
      setupRequest: (request, context: Context) => {
        const editor = (context.editor ??= editors[nextEditor++ % editors.length]!);
        editor.at = (editor.at + 1) % editor.followUps.length;
        const followUp = editor.followUps[editor.at]!;
        context.key = `${followUp.activityId}/follow-ups/${followUp.month}`;
        return {
          ...request,
          path: `/api/v1/activities/${context.key}`,
          headers: {
            authorization: `Bearer ${editor.token}`,
            'content-type': 'application/json',
            'if-match': `"${editor.versions.get(context.key)}"`,
          },
          body: JSON.stringify({ outcome: 1 + (editor.at % 5), comment: 'Bench' }),
        };
      },
      onResponse: (status, _body, context: Context, headers) => {
        const etag = (headers as Record<string, string> | undefined)?.etag;
        if (status === 200 && etag) context.editor!.versions.set(context.key!, Number(etag.replaceAll('"', '')));
      },
    },
  ];
}

/** The memory run: public reads for SOAK_SECONDS, the resident set every 5 s. */
async function soak(
  server: Server,
  requests: Request[],
): Promise<{ samples: number[]; firstMinuteMb: number; lastMinuteMb: number }> {
  const samples: number[] = [];
  const sampler = setInterval(() => void server.rssMb().then((mb) => samples.push(mb)), 5000);
  await Promise.resolve(
    autocannon({ url: server.base, connections: 50, timeout: 10, requests, duration: SOAK_SECONDS }),
  ).finally(() => clearInterval(sampler));
  const minute = Math.max(1, Math.round(60 / 5));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  // The first minute is the warm-up; flat means the last minute holds no more than the second.
  return {
    samples,
    firstMinuteMb: median(samples.slice(minute, 2 * minute)),
    lastMinuteMb: median(samples.slice(-minute)),
  };
}

export interface ApiRun {
  kind: Kind;
  counts: BenchServerReady['counts'];
  loadSeconds: number;
  results: Measured[];
  figures: Figure[];
}

export async function runApiBench(kind: Kind): Promise<ApiRun> {
  const server = await startServer(kind);
  const { ready } = server;
  const c = ready.counts;
  console.log(
    `${kind}: ${c.municipalities} municipalities, ${c.activities} activities, ${c.followUps} follow-ups, ` +
      `${c.promises} promises, loaded in ${ready.loadSeconds.toFixed(1)} s`,
  );
  try {
    const dashboards = ready.codes.map((code) => `/api/v1/public/municipalities/${code}/dashboard`);
    const progress = ready.promiseIds.map((id) => `/api/v1/promises/${id}/progress`);
    const openData = ready.codes.map((code) => `/api/v1/public/municipalities/${code}/open-data/followups.csv`);
    const counties = [...new Set(ready.codes.map((code) => code.slice(0, 2)))].map(
      (county) => `/api/v1/public/counties/${county}/dashboard`,
    );
    for (const paths of [dashboards, progress, openData, counties]) await readEachOnce(server.base, paths, BROWSER);

    const editorReads = (path: (e: BenchServerReady['editors'][number]) => string[]) =>
      ready.editors.flatMap((editor) => gets(path(editor), { authorization: `Bearer ${editor.token}` }));

    const health = await measure(server, 'GET /healthz', 50, gets(['/healthz']));
    const publicReads = [
      await measure(server, 'GET …/public/municipalities/{code}/dashboard', 50, gets(dashboards, BROWSER)),
      await measure(server, 'GET /api/v1/promises/{id}/progress (public)', 50, gets(progress, BROWSER)),
      await measure(server, 'GET …/open-data/followups.csv', 50, gets(openData, BROWSER)),
      await measure(server, 'GET …/public/counties/{code}/dashboard', 50, gets(counties, BROWSER)),
    ];
    const signedIn = [
      await measure(
        server,
        'GET /api/v1/promises/{id}/progress (editor)',
        10,
        editorReads((e) => e.promiseIds.map((id) => `/api/v1/promises/${id}/progress`)),
      ),
      await measure(
        server,
        'GET /api/v1/agreements/{id}/follow-up-grid (editor)',
        10,
        editorReads((e) => [`/api/v1/agreements/${e.agreementId}/follow-up-grid?year=2026`]),
      ),
    ];
    const writes = await measure(server, 'PUT …/follow-ups/{month} (20 editors, If-Match)', 20, corrections(ready));
    const memory = await soak(server, [
      ...gets(dashboards, BROWSER),
      ...gets(progress, BROWSER),
      ...gets(openData, BROWSER),
    ]);

    const results = [health, ...publicReads, ...signedIn, writes];
    const figures = apiFigures(kind, health, publicReads, signedIn, writes, memory);
    return { kind, counts: c, loadSeconds: ready.loadSeconds, results, figures };
  } finally {
    await server.stop();
  }
}

function apiFigures(
  kind: Kind,
  health: Measured,
  publicReads: (Measured & { peakRssMb: number })[],
  signedIn: Measured[],
  writes: Measured,
  memory: { firstMinuteMb: number; lastMinuteMb: number },
): Figure[] {
  const figures: Figure[] = [];
  const ratioTarget = kind === 'postgres' ? 0.5 : 0.3;
  for (const read of publicReads) {
    figures.push({
      name: `${kind}: ${read.endpoint}: req/s ÷ healthz`,
      value: read.rps / health.rps,
      target: { atLeast: ratioTarget },
      note:
        `${read.rps.toFixed(0)} req/s vs ${health.rps.toFixed(0)}, 50 connections; server CPU ` +
        `${read.serverCpuMsPerRequest.toFixed(2)} ms a request vs ${health.serverCpuMsPerRequest.toFixed(2)}`,
    });
    if (kind === 'postgres') {
      figures.push({ name: `${kind}: ${read.endpoint}: p99 ms`, value: read.p99, target: { atMost: 50 } });
    }
  }
  for (const read of signedIn) {
    figures.push({
      name: `${kind}: ${read.endpoint}: p99 ms`,
      value: read.p99,
      target: kind === 'postgres' ? { atMost: 25 } : undefined,
      note: `${read.rps.toFixed(0)} req/s, p50 ${read.p50} ms, 10 connections`,
    });
  }
  figures.push({
    name: `${kind}: ${writes.endpoint}: acknowledged writes/s`,
    value: writes.failures > 0 ? 0 : writes.rps,
    target: kind === 'postgres' ? { atLeast: 1000 } : undefined,
    note: `p50 ${writes.p50} ms, p99 ${writes.p99} ms${writes.failures > 0 ? `, ${writes.failures} refused or failed` : ''}`,
  });
  const peak = Math.max(...publicReads.map((read) => read.peakRssMb));
  figures.push({
    name: `${kind}: resident memory under public reads, MB`,
    value: peak,
    target: { atMost: kind === 'postgres' ? 250 : 400 },
  });
  figures.push({
    name: `${kind}: memory growth over ${SOAK_SECONDS} s of public reads (last minute ÷ second minute)`,
    value: memory.lastMinuteMb / memory.firstMinuteMb,
    target: { atMost: 1.1 },
    note: `${memory.firstMinuteMb.toFixed(0)} MB → ${memory.lastMinuteMb.toFixed(0)} MB`,
  });
  return figures;
}
