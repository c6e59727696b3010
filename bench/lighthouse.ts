import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { projectRoot } from '../server/paths.js';
import { figureTable, type Figure } from './figures.js';
import { freePort } from './start.js';

// Lighthouse (the npm package, its default mobile profile with simulated
// throttling) on the public pages, in Debian's Chromium, against `npm start`
// (the embedded PGlite with the demo) on a fresh data directory.

const PAGES = ['/kommun/0580', '/plan'];
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function waitUntilReady(url: string, child: { exitCode: number | null }): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready within 120 s`);
}

export async function measureLighthouse(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lk-bench-lighthouse-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const server = spawn('npm', ['start'], { cwd: projectRoot, env, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const figures: Figure[] = [];
  try {
    await waitUntilReady(`${base}/readyz`, server);
    for (const page of PAGES) {
      const run = () =>
        lighthouse(`${base}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
      // Once unmeasured, page and the documents it reads, so the server's first build of them is not what is scored.
      await run();
      const result = await run();
      if (!result) throw new Error(`lighthouse gave no result for ${page}`);
      const { categories, audits, runtimeError, runWarnings } = result.lhr;
      // A score it could not make (a page that did not paint, a hung tab) is said, not left as a bare NaN.
      if (runtimeError) console.error(`lighthouse ${page}: ${runtimeError.code}: ${runtimeError.message}`);
      for (const warning of runWarnings) console.error(`lighthouse ${page}: ${warning}`);
      const score = (id: string) => categories[id]?.score ?? NaN;
      const shown = (id: string) =>
        `${id
          .split('-')
          .map((w) => w[0]!.toUpperCase())
          .join('')} ${audits[id]?.displayValue ?? '?'}`;
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ];
      figures.push(
        {
          name: `Lighthouse ${page}: performance`,
          value: score('performance'),
          target: { atLeast: 0.95 },
          note: metrics.map(shown).join(', '),
        },
        { name: `Lighthouse ${page}: accessibility`, value: score('accessibility'), target: { atLeast: 1 } },
        { name: `Lighthouse ${page}: best practices`, value: score('best-practices'), target: { atLeast: 0.95 } },
      );
    }
  } finally {
    chrome.kill();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(figureTable(await measureLighthouse()));
}
