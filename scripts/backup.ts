import { existsSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { DataDirInUseError, lockDataDir } from '../server/db/data-dir-lock.js';
import {
  CliError,
  connection,
  describeError,
  fromInvocation,
  loadCliConfig,
  postgresProgram,
  runCli,
  runPostgresProgram,
  timestamp,
  withPostgres,
  writeFileAtomically,
} from './backup-tools.js';

// npm run backup -- [file]
//
// Backs up the database the server is configured for, with the server's own
// variables: DATABASE_URL (PostgreSQL: pg_dump, custom format) or else DATA_DIR
// (PGlite: its data dir as a gzipped tarball; the server must be stopped).
// Without a file name: lofteskollen-<kind>-<UTC timestamp>.<pgdump|tar.gz> in the
// current directory. Never overwrites a file; a failed backup leaves no file.

const USAGE = 'usage: npm run backup -- [file]   (DATABASE_URL: PostgreSQL; else DATA_DIR: PGlite)';

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new CliError(`${describeError(error).split('. ')[0]!.replace(/\.$/, '')}; ${USAGE}`, 2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  if (parsed.positionals.length > 1) throw new CliError(USAGE, 2);
  const config = loadCliConfig();
  const kind = config.database.kind;
  const file = fromInvocation(
    parsed.positionals[0] ?? `lofteskollen-${kind}-${timestamp()}.${kind === 'postgres' ? 'pgdump' : 'tar.gz'}`,
  );
  if (existsSync(file)) throw new CliError(`${file} exists; a backup never overwrites a file`);
  const started = Date.now();

  if (config.database.kind === 'postgres') {
    const { url, env } = connection(config.database.url);
    const pgDump = await withPostgres(config.database.url, (_client, major) => postgresProgram('pg_dump', major));
    await writeFileAtomically(file, async (partial) => {
      await runPostgresProgram(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${url}`], env);
    });
  } else {
    const dataDir = resolve(config.database.dataDir);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new CliError(`no PGlite database in DATA_DIR ${dataDir}`);
    let unlock: () => void;
    try {
      unlock = lockDataDir(dataDir);
    } catch (error) {
      if (error instanceof DataDirInUseError) {
        throw new CliError(`${error.message} (a running server?): stop it, then back up`);
      }
      throw error;
    }
    try {
      const pglite = await PGlite.create({ dataDir });
      try {
        // Written out, so the tarball needs no recovery when it is loaded.
        await pglite.exec('checkpoint');
        const dump = await pglite.dumpDataDir('gzip');
        const bytes = Buffer.from(await dump.arrayBuffer());
        await writeFileAtomically(file, (partial) => writeFile(partial, bytes));
      } finally {
        await pglite.close();
      }
    } finally {
      unlock();
    }
  }
  const { size } = await stat(file);
  const where = kind === 'postgres' ? 'PostgreSQL (pg_dump, custom format)' : 'PGlite (data dir tarball)';
  console.log(`backup: ${file}: ${where}, ${formatBytes(size)}, ${Date.now() - started} ms`);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

runCli('backup', main);
