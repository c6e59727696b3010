import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../server/paths.js';

// How much JavaScript a public page loads, gzipped, for the heaviest public page: the entry with
// everything it imports, the page's own chunk with what it loads on demand (chart.js, for the
// dashboard and the county), and one language's messages (the largest). Fails above the budget.
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

// Pages only signed-in readers use (app.tsx, components/LazyPage.tsx), and their messages
// (web/vite.config.ts): listed, not counted.
const SIGNED_IN_PAGES = ['EditPage', 'AdminPage', 'FollowUpPage', 'ReportPage', 'TasksPage', 'AccountPage'];
const signedInPage = (key: string) =>
  SIGNED_IN_PAGES.some((name) => key === `src/pages/${name}.tsx`) || /^src\/i18n\/\w+\.json\?part=signed-in$/.test(key);
// Each language's public messages are a chunk a reader loads one of (web/src/i18n/i18n.ts): the largest counts.
const catalog = (key: string) => /^src\/i18n\/\w+\.json\?part=public$/.test(key);

const sizes = new Map<string, number>();
async function gzipped(key: string): Promise<number> {
  if (!sizes.has(key)) sizes.set(key, gzipSync(await readFile(join(dist, manifest[key]!.file)), { level: 9 }).length);
  return sizes.get(key)!;
}

/**
 * A chunk with what it imports, and (when `onDemand`) what it loads on demand, but no page of
 * another kind, and nothing of `known` (the entry, loaded already: what it loads is its own pages').
 */
function closure(start: string, onDemand: boolean, known = new Set<string>(), into = new Set<string>()): Set<string> {
  if (into.has(start) || known.has(start) || !manifest[start]?.file.endsWith('.js')) return into;
  into.add(start);
  const chunk = manifest[start];
  for (const next of chunk.imports ?? []) closure(next, onDemand, known, into);
  if (onDemand) {
    for (const next of chunk.dynamicImports ?? []) {
      if (!signedInPage(next) && !catalog(next)) closure(next, true, known, into);
    }
  }
  return into;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB gzip`;
const sum = async (keys: Iterable<string>) => {
  let total = 0;
  for (const key of keys) total += await gzipped(key);
  return total;
};

// Every page loads the entry (and what it imports); each public page loads its part on demand.
const always = closure(entry[0], false);
const dynamic = [...always].flatMap((key) => manifest[key]!.dynamicImports ?? []);
const publicParts = [...new Set(dynamic.filter((key) => !signedInPage(key) && !catalog(key)))];
const catalogs = [...new Set(dynamic.filter(catalog))];
const catalogSizes = await Promise.all(catalogs.map(async (key) => [key, await gzipped(key)] as const));
const largest = catalogSizes.reduce((most, each) => (each[1] > most[1] ? each : most), ['', 0] as const);

// A public page's own chunk (src/pages/…) and the shared parts any page may load (chart.js):
// the heaviest page is counted as the entry, the messages, every shared part and the largest page.
const isPage = (key: string) => key.startsWith('src/pages/');
console.log('JavaScript of the public pages (web/dist):');
console.log(`  the entry, on every page${''.padEnd(12)} ${kb(await sum(always))}`);
for (const [key, size] of catalogSizes) {
  const counted = key === largest[0] ? ', the largest: counted' : '';
  console.log(`  ${manifest[key]!.file.padEnd(36)} ${kb(size)} (one language's messages${counted})`);
}
let shared = 0;
let largestPage = { file: '(none)', bytes: 0 };
for (const part of publicParts) {
  const bytes = await sum(closure(part, true, always));
  const file = manifest[part]!.file;
  console.log(`  on demand${isPage(part) ? ', public page' : ', shared'}: ${file.padEnd(36)} ${kb(bytes)}`);
  if (!isPage(part)) shared += bytes;
  else if (bytes > largestPage.bytes) largestPage = { file, bytes };
}
const total = (await sum(always)) + largest[1] + shared + largestPage.bytes;
console.log(
  `  ${'the heaviest page'.padEnd(36)} ${kb(total)} (entry, messages, shared parts and ${largestPage.file}; budget ${BUDGET_KB} KB)`,
);
for (const key of Object.keys(manifest).filter(signedInPage)) {
  console.log(`  on demand, signed-in page: ${manifest[key]!.file.padEnd(36)} ${kb(await gzipped(key))}`);
}
if (total / 1024 > BUDGET_KB) {
  console.error(`web:size: ${(total / 1024).toFixed(1)} KB gzip is over the budget of ${BUDGET_KB} KB`);
  process.exit(1);
}
