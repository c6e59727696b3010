import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../server/paths.js';

// How much JavaScript the public pages load, gzipped: the entry with everything it imports,
// and the chunks it loads on demand (chart.js, for the dashboard). Fails above the budget.
// Run after `npm run web:build`.

const BUDGET_KB = 100;
const dist = join(projectRoot, 'web', 'dist');

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('web/dist/.vite/manifest.json has no entry: run npm run web:build');

// Pages only signed-in readers use (Uppföljning, Rapport: components/LazyPage.tsx) are chunks of
// their own, loaded only when such a page is opened: listed below, not counted for the public pages.
const signedInPage = (key: string) => /^src\/pages\/\w+Page\.tsx$/.test(key);
// Each language's messages are a chunk a reader loads one of (web/src/i18n/i18n.ts): the largest counts.
const catalog = (key: string) => /^src\/i18n\/\w+\.json$/.test(key);

// Every chunk reachable from the entry, static or on demand: what the dashboard, the heaviest page, loads.
const seen = new Set<string>();
const signedInPages = new Set<string>();
const catalogs = new Set<string>();
const walk = (key: string) => {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  for (const next of chunk?.imports ?? []) walk(next);
  for (const next of chunk?.dynamicImports ?? []) {
    if (signedInPage(next)) signedInPages.add(next);
    else if (catalog(next)) catalogs.add(next);
    else walk(next);
  }
};
walk(entry[0]);

let total = 0;
const rows: string[] = [];
for (const key of seen) {
  const file = manifest[key]!.file;
  if (!file.endsWith('.js')) continue;
  const content = await readFile(join(dist, file));
  const gzipped = gzipSync(content, { level: 9 }).length;
  total += gzipped;
  rows.push(
    `  ${file.padEnd(36)} ${(content.length / 1024).toFixed(1).padStart(7)} KB  ${(gzipped / 1024).toFixed(1).padStart(6)} KB gzip`,
  );
}
const catalogSizes: [string, number][] = [];
for (const key of catalogs) {
  const file = manifest[key]!.file;
  catalogSizes.push([file, gzipSync(await readFile(join(dist, file)), { level: 9 }).length]);
}
const largest = catalogSizes.reduce((most, each) => (each[1] > most[1] ? each : most), ['', 0] as [string, number]);
total += largest[1];
for (const [file, gzipped] of catalogSizes) {
  rows.push(
    `  ${file.padEnd(36)} ${''.padStart(10)} ${(gzipped / 1024).toFixed(1).padStart(6)} KB gzip (one language's messages${file === largest[0] ? ', the largest: counted' : ''})`,
  );
}
console.log('JavaScript of the public pages (web/dist):');
console.log(rows.join('\n'));
console.log(
  `  ${'total'.padEnd(36)} ${''.padStart(10)} ${(total / 1024).toFixed(1).padStart(6)} KB gzip (budget ${BUDGET_KB} KB)`,
);
for (const key of signedInPages) {
  const file = manifest[key]!.file;
  const gzipped = gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
  console.log(`  on demand, signed-in page: ${file.padEnd(36)} ${(gzipped / 1024).toFixed(1).padStart(6)} KB gzip`);
}
if (total / 1024 > BUDGET_KB) {
  console.error(`web:size: ${(total / 1024).toFixed(1)} KB gzip is over the budget of ${BUDGET_KB} KB`);
  process.exit(1);
}
