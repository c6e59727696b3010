import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../server/paths.js';
import { runApiBench, type ApiRun, type Kind } from './api.js';
import { figureTable, machine, met, type Figure } from './figures.js';
import { measureLighthouse } from './lighthouse.js';
import { measureStart } from './start.js';

// `npm run bench`: every speed, memory and size figure beside its target, printed and written
// to bench/results.json; `npm run bench:check` (--check) exits 1 when one is missed.
//   BENCH_DB     pglite, postgres or both (bench/run.sh: both when a PostgreSQL is at hand)
//   BENCH_ONLY   a comma list of parts to run: api, start, lighthouse, size (default: all)

const WATCHDOG_MS = 60 * 60_000;

function publicJavaScript(): Figure[] {
  const run = spawnSync('npx', ['tsx', 'scripts/web-size.ts'], { cwd: projectRoot, encoding: 'utf8' });
  const total = /the heaviest page\s+([\d.]+) KB gzip/.exec(run.stdout)?.[1];
  return [{ name: 'public JavaScript, KB gzipped', value: Number(total ?? NaN), target: { atMost: 100 } }];
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; stopping`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();
  const check = process.argv.includes('--check');
  const only = new Set((process.env.BENCH_ONLY ?? 'api,start,lighthouse,size').split(','));
  const chosen = process.env.BENCH_DB ?? (process.env.TEST_DATABASE_URL ? 'both' : 'pglite');
  const kinds: Kind[] = chosen === 'both' ? ['postgres', 'pglite'] : [chosen as Kind];

  // The server is measured as built (dist/), as `npm start` runs it.
  const build = spawnSync('npx', ['tsx', 'scripts/build-if-stale.ts'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');

  const figures: Figure[] = [];
  const runs: ApiRun[] = [];
  if (only.has('api')) {
    for (const kind of kinds) {
      const run = await runApiBench(kind);
      runs.push(run);
      figures.push(...run.figures);
    }
  }
  if (only.has('start')) figures.push(...(await measureStart()));
  if (only.has('size')) figures.push(...publicJavaScript());
  if (only.has('lighthouse')) figures.push(...(await measureLighthouse()));

  for (const run of runs) {
    console.log(`\n${run.kind}: every request measured (autocannon; p50/p99 in ms)`);
    for (const r of run.results) {
      console.log(
        `  ${r.endpoint.padEnd(56)} ${String(r.connections).padStart(3)} conn  ${r.rps.toFixed(0).padStart(7)} req/s  ` +
          `p50 ${String(r.p50).padStart(4)}  p99 ${String(r.p99).padStart(4)}  ` +
          `server CPU ${r.serverCpuMsPerRequest.toFixed(2)} ms/req${r.failures ? `  ${r.failures} failed` : ''}`,
      );
    }
  }
  console.log(`\n${figureTable(figures)}\n`);
  const results = {
    ranAt: new Date().toISOString(),
    machine: machine(),
    figures: figures.map((f) => ({ ...f, met: met(f) })),
    runs,
  };
  await writeFile(join(projectRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('written: bench/results.json');
  const missed = figures.filter((figure) => met(figure) === false);
  if (check && missed.length > 0) {
    console.error(`bench:check: ${missed.length} target(s) missed`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
