import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { projectRoot } from '../../server/paths.js';
import { testDatabaseKind } from './database-kind.js';

// The browser tests (test/web/) run against the built client in web/dist. scripts/test.sh
// builds it before the tests; this builds it when it is missing or older than its sources,
// so `npx vitest run test/web` works on its own too.

const webDir = join(projectRoot, 'web');
const built = join(webDir, 'dist', 'index.html');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default async function setup() {
  // The browser tests run on PGlite only.
  if (testDatabaseKind() === 'postgres') return;
  const sources = Math.max(
    newest(join(webDir, 'src')),
    newest(join(webDir, 'index.html')),
    newest(join(webDir, 'vite.config.ts')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
}
