import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../server/paths.js';
import { figureTable, type Figure } from './figures.js';

// How soon `npm start` answers /readyz on a checkout that is already built (the embedded PGlite
// with the demo, restarted on its data directory; the first start, which makes it, apart),
// against a bare Node HTTP server started the same way in the same run. Target: ready within
// 3 s. `npx tsx bench/start.ts`; BENCH_STARTS restarts (default 3).

const RUNS = Number(process.env.BENCH_STARTS ?? 3);
const TARGET_SECONDS = 3;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning the command until `path` on the port answers 200; the process is then stopped. */
async function timeToReady(command: string, args: string[], env: NodeJS.ProcessEnv, port: number, path: string) {
  const started = performance.now();
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
      if (performance.now() - started > 60_000) throw new Error(`${command} was not ready within 60 s`);
      const ok = await fetch(`http://127.0.0.1:${port}${path}`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Built once, as a person's first start does; every measured start finds it up to date.
/** Times `npm start` on a built checkout: the first start on a new data directory, then RUNS restarts. */
export async function measureStart(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lk-bench-start-'));
  const starts: number[] = [];
  const baselines: number[] = [];
  let first = 0;
  try {
    for (let run = 0; run <= RUNS; run++) {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      const ms = await timeToReady('npm', ['start'], env, port, '/readyz');
      if (run === 0) first = ms;
      else starts.push(ms);
      const basePort = await freePort();
      const server = `require('node:http').createServer((q, s) => s.end('ok')).listen(${basePort}, '127.0.0.1')`;
      baselines.push(await timeToReady('node', ['-e', server], process.env, basePort, '/'));
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const baseline = median(baselines) / 1000;
  return [
    {
      name: 'npm start on a built checkout, ready (/readyz), s',
      value: median(starts) / 1000,
      target: { atMost: TARGET_SECONDS },
      note: `median of ${RUNS} restarts; a bare Node server: ${baseline.toFixed(2)} s`,
    },
    { name: 'npm start the first time (new database, demo loaded), s', value: first / 1000 },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('npm start builds first when the sources changed: run it once before timing (npm run build)');
  console.log(figureTable(await measureStart()));
}
