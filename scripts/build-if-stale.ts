import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../server/paths.js';

// `npm start` builds only what changed since the last build: a checkout already built starts
// at once (a start used to rebuild the server and the web client every time). What the build
// reads is hashed by content, not by time, so a checkout, a copy or a clock never fools it.

/** What `npm run build` reads: the server and these scripts (and the bench's, built with them), the web client, the migrations and the build settings. */
const SOURCES = [
  'server',
  'scripts',
  'bench/server.ts',
  'bench/dataset.ts',
  'sql',
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'web/tsconfig.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];
/** What the build leaves, with the hash of the sources it was built from. */
const STAMP = join(projectRoot, 'dist', '.sources-sha256');
const OUTPUTS = [join(projectRoot, 'dist', 'server', 'main.js'), join(projectRoot, 'web', 'dist', 'index.html')];

/** The files of a source path: itself, or every file below it. */
function filesOf(path: string): string[] {
  const full = join(projectRoot, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
}

/** A hash of every source file's path and content, in a stable order. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesOf).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(projectRoot, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Runs `npm run build` unless the last build was made from the sources as they are; exits the process if the build fails. */
export function buildIfStale(): void {
  const current = sourcesHash();
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
  if (built === current && OUTPUTS.every((output) => existsSync(output))) {
    console.log('build: up to date with the sources, not rebuilt');
    return;
  }
  const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, `${current}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildIfStale();
