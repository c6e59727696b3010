import { existsSync } from 'node:fs';
import { open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '../server/db/data-dir-lock.js';
import {
  CliError,
  connection,
  describeError,
  fromInvocation,
  loadCliConfig,
  postgresProgram,
  runCli,
  runPostgresProgram,
  withPostgres,
} from './backup-tools.js';

// npm run restore -- <file> [--force]
//
// Restores a backup of npm run backup into the database the server is
// configured for (DATABASE_URL, else DATA_DIR), which must be empty: a database
// with no tables, or a data dir that does not exist or is empty. --force
// replaces what is there. The file is checked before anything is touched, and
// a restore that fails changes nothing:
// - PostgreSQL: pg_restore in one transaction (--single-transaction --exit-on-error);
//   objects belong to the restoring role (--no-owner --no-privileges).
// - PGlite: the tarball is loaded into a new dir beside DATA_DIR and opened;
//   only when that worked does it take DATA_DIR's place. The server must be stopped.

const USAGE = 'usage: npm run restore -- <file> [--force]   (DATABASE_URL: PostgreSQL; else DATA_DIR: PGlite)';

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError(`${describeError(error).split('. ')[0]!.replace(/\.$/, '')}; ${USAGE}`, 2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  if (parsed.positionals.length !== 1) throw new CliError(USAGE, 2);
  const force = parsed.values.force === true;
  const config = loadCliConfig();
  const file = fromInvocation(parsed.positionals[0]!);
  const header = await readHeader(file);
  const started = Date.now();

  if (config.database.kind === 'postgres') {
    if (!header.subarray(0, 5).equals(Buffer.from('PGDMP'))) {
      throw new CliError(`${file} is not a PostgreSQL backup (pg_dump custom format)${kindHint(header, 'postgres')}`);
    }
    await restorePostgres(config.database.url, file, force);
  } else {
    if (!isTarball(header)) throw new CliError(`${file} is not a PGlite backup (tarball)${kindHint(header, 'pglite')}`);
    await restorePglite(resolve(config.database.dataDir), file, force);
  }
  console.log(`restore: ${file} restored (${config.database.kind}), ${Date.now() - started} ms`);
}

async function readHeader(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : describeError(error)}`);
  }
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, 512, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const GZIP = Buffer.from([0x1f, 0x8b]);

function isTarball(header: Buffer): boolean {
  // gzip, or a plain tar (its "ustar" magic at offset 257)
  return header.subarray(0, 2).equals(GZIP) || header.subarray(257, 262).toString('latin1') === 'ustar';
}

function kindHint(header: Buffer, configured: 'postgres' | 'pglite'): string {
  if (configured === 'pglite' && header.subarray(0, 5).toString('latin1') === 'PGDMP') {
    return ': it is a PostgreSQL backup; set DATABASE_URL to restore it';
  }
  if (configured === 'postgres' && isTarball(header)) {
    return ': it is a PGlite backup; unset DATABASE_URL and set DATA_DIR to restore it';
  }
  return '';
}

// PostgreSQL --------------------------------------------------------------------------

/** How many of the app's kind of objects (tables, sequences, views, functions) the database holds outside the system schemas. */
async function objectCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`
    select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname <> 'information_schema' and n.nspname !~ '^pg_' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f'))
         + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname <> 'information_schema' and n.nspname !~ '^pg_') as n`);
  return Number(rows[0]!.n);
}

async function restorePostgres(databaseUrl: string, file: string, force: boolean) {
  const { url, env } = connection(databaseUrl);
  const { pgRestore, objects } = await withPostgres(databaseUrl, async (client, major) => ({
    pgRestore: await postgresProgram('pg_restore', major),
    objects: await objectCount(client),
  }));
  if (objects > 0 && !force) {
    throw new CliError(
      `the database (DATABASE_URL) is not empty (${objects} tables, sequences or functions); ` +
        'restore into an empty database, or add --force to replace what the backup holds',
    );
  }
  // The archive's table of contents must be readable before anything is sent.
  try {
    await runPostgresProgram(pgRestore, ['--list', file], env);
  } catch (error) {
    throw new CliError(`${file} is not a readable backup: ${describeError(error)}; nothing was changed`);
  }
  const args = [
    `--dbname=${url}`,
    '--single-transaction',
    '--exit-on-error',
    '--no-owner',
    '--no-privileges',
    ...(force ? ['--clean', '--if-exists'] : []),
    file,
  ];
  try {
    await runPostgresProgram(pgRestore, args, env);
  } catch (error) {
    throw new CliError(`restore failed, nothing was changed: ${describeError(error)}`);
  }
}

// PGlite --------------------------------------------------------------------------------

async function restorePglite(dataDir: string, file: string, force: boolean) {
  const existed = existsSync(dataDir);
  let unlock: () => void;
  try {
    unlock = lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new CliError(`${error.message} (a running server?): stop it, then restore`);
    }
    throw error;
  }
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${process.pid}`);
  const replaced = join(dirname(dataDir), `.${basename(dataDir)}.replaced-${process.pid}`);
  let swapped = false;
  try {
    const held = (await readdir(dataDir)).filter((name) => name !== LOCK_FILE);
    if (held.length > 0 && !force) {
      throw new CliError(
        `DATA_DIR ${dataDir} is not empty; restore into a new or empty one, or add --force to replace it`,
      );
    }

    // Loaded and opened beside DATA_DIR first: a bad file fails here, DATA_DIR untouched.
    await rm(staging, { recursive: true, force: true });
    const tarball = checkedTarball(file, await readFile(file));
    let pglite: PGlite | undefined;
    try {
      pglite = await PGlite.create({
        dataDir: staging,
        loadDataDir: new Blob([tarball], { type: 'application/x-tar' }),
      });
      await pglite.query('select count(*) from schema_migrations');
    } catch (error) {
      throw new CliError(`${file} is not a readable PGlite backup of Löfteskollen: ${describeError(error)}`);
    } finally {
      await pglite?.close().catch(() => {});
    }
    // The backup's own lock came along in the tarball; this restore holds the new dir until it is in place.
    await unlink(join(staging, LOCK_FILE)).catch(() => {});
    lockDataDir(staging);

    await rename(dataDir, replaced);
    await rename(staging, dataDir);
    swapped = true;
    await rm(replaced, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!swapped && existsSync(replaced) && !existsSync(dataDir)) await rename(replaced, dataDir);
    throw error;
  } finally {
    unlock();
    if (!existed && !swapped) await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The tar inside the file, whole: gunzipped (which checks its CRC and length), every
 * header's checksum right, every member within the file, and a PG_VERSION among them.
 */
function checkedTarball(file: string, bytes: Buffer): Buffer {
  let tar: Buffer;
  try {
    tar = bytes.subarray(0, 2).equals(GZIP) ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw new CliError(`${file} is not a readable PGlite backup (damaged or cut short: ${describeError(error)})`);
  }
  const bad = (why: string) => new CliError(`${file} is not a readable PGlite backup (${why})`);
  let offset = 0;
  let pgVersion = false;
  for (;;) {
    if (offset + 512 > tar.length) throw bad('the tarball is cut short');
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const stored = Number.parseInt(header.subarray(148, 156).toString('latin1').replace(/\0.*$/, '').trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    if (sum !== stored) throw bad(`a damaged tar header at byte ${offset}`);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/, '').trim() || '0', 8);
    if (name === 'PG_VERSION' || name.endsWith('/PG_VERSION')) pgVersion ||= !name.includes('/base/');
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  if (!pgVersion) throw bad('no PG_VERSION: not a PostgreSQL data dir');
  return tar;
}

runCli('restore', main);
