import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ConfigError, loadConfig, type Config } from '../server/config.js';

// What npm run backup and npm run restore share: the configuration (the
// server's own variables: DATABASE_URL, else DATA_DIR), PostgreSQL's client
// programs, and failing with one line.

const run = promisify(execFile);

/** A failure the user can act on: printed as one line, exit code 1 (2: usage or configuration). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Runs the command; any failure becomes one line on stderr and an exit code, never a stack. */
export function runCli(program: string, main: () => Promise<void>) {
  // A library failing outside our promise chain still ends in one line.
  const crash = (error: unknown) => {
    console.error(
      `${program}: ${describeError(error)
        .replace(/\s*\n\s*/g, ' ')
        .trim()}`,
    );
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${program}: ${message.replace(/\s*\n\s*/g, ' ').trim()}`);
      process.exit(error instanceof CliError ? error.exitCode : 1);
    },
  );
}

export function loadCliConfig(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
}

/** A path as the user meant it: npm runs scripts in the package root, INIT_CWD is where they typed the command. */
export function fromInvocation(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** 20261201-172239 (UTC), for default file names. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writes a file whole or not at all: to a temporary name beside it, flushed to disk, then renamed. */
export async function writeFileAtomically(file: string, write: (partial: string) => Promise<void>) {
  const partial = join(dirname(file), `.${process.pid}.partial`);
  try {
    await write(partial);
    const handle = await open(partial, 'r+');
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    const directory = await open(dirname(file), 'r');
    await directory.sync().catch(() => {});
    await directory.close();
  } finally {
    await rm(partial, { force: true });
  }
}

// PostgreSQL ----------------------------------------------------------------------------

/** The URL without its password, and the password for PGPASSWORD: a password in argv is visible to every user. */
export function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** The server's major version; fails with one line when it cannot be reached. */
export async function withPostgres<T>(url: string, use: (client: pg.Client, major: number) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new CliError(`cannot connect to PostgreSQL (DATABASE_URL): ${describeError(error)}`);
  }
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    return await use(client, Math.floor(Number(rows[0]!.v) / 10000));
  } finally {
    await client.end().catch(() => {});
  }
}

/** The client program (pg_dump, pg_restore) to use with a server of this major version. */
export async function postgresProgram(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string> {
  const candidates: { path: string; major: number }[] = [];
  const fromEnv = process.env.POSTGRES_BINDIR;
  const dirs = fromEnv
    ? [fromEnv]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql').map((version) => join('/usr/lib/postgresql', version, 'bin'))
      : [];
  for (const dir of dirs) {
    const path = join(dir, name);
    if (existsSync(path)) candidates.push({ path, major: await majorOf(path) });
  }
  if (!fromEnv) {
    // On PATH (e.g. Homebrew, or Debian's pg_wrapper): only if nothing better was found.
    const major = await majorOf(name).catch(() => null);
    if (major !== null) candidates.push({ path: name, major });
  }
  // The server's own version; else the newest: pg_dump must not be older than the server.
  const chosen =
    candidates.find((candidate) => candidate.major === serverMajor) ??
    candidates.filter((candidate) => candidate.major >= serverMajor).sort((a, b) => b.major - a.major)[0];
  if (!chosen) {
    const found = candidates.map((candidate) => candidate.major).join(', ') || 'none';
    throw new CliError(
      `no ${name} of PostgreSQL ${serverMajor} or newer found (found: ${found}); ` +
        `install postgresql-client-${serverMajor} or set POSTGRES_BINDIR`,
    );
  }
  return chosen.path;
}

async function majorOf(program: string): Promise<number> {
  const { stdout } = await run(program, ['--version']);
  const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^)]*\)/, ''));
  if (!match) throw new Error(`cannot read the version of ${program}`);
  return Number(match[1]);
}

/** Runs a PostgreSQL client program; on failure, its first error line. */
export async function runPostgresProgram(program: string, args: string[], env: NodeJS.ProcessEnv) {
  try {
    return await run(program, args, { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { stderr?: string; code?: number | string; signal?: string | null };
    const lines = String(failed.stderr ?? '')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const line =
      lines.find((text) => /error:|fatal:/i.test(text)) ??
      lines[0] ??
      `${basename(program)} ${failed.signal ? `was killed by ${failed.signal}` : `failed (exit code ${failed.code})`}`;
    throw new CliError(line.trim());
  }
}
