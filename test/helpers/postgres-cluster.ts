import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// A throwaway PostgreSQL cluster of one test's own, which the test may stop and
// start again (the shared test server must keep running for the other files).
// Made as scripts/with-postgres.sh makes its cluster: Debian's binaries, initdb
// and pg_ctl as the postgres user when we are root, a free port on 127.0.0.1,
// the socket in the cluster's own temp dir.

/** The newest /usr/lib/postgresql/<version>/bin holding initdb (or POSTGRES_BINDIR), or null. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.POSTGRES_BINDIR;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b));
  const newest = versions.at(-1);
  return newest === undefined ? null : join(root, newest, 'bin');
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PostgresCluster {
  readonly port: number;
  readonly dir: string;
  /** postgres://postgres@127.0.0.1:<port>/<database> (trust authentication). */
  url(database?: string): string;
  /** Starts the server on its port and data dir; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server (fast: open connections are ended) and waits until it is down. */
  stop(mode?: 'smart' | 'fast' | 'immediate'): Promise<void>;
  /** Stops the server if it runs and removes its files. */
  destroy(): Promise<void>;
}

/**
 * Makes a new cluster (initdb), not yet started. Needs PostgreSQL's server binaries (see postgresBinDir).
 * `fsync: true` runs it as production would (the default is off: faster, and enough for tests that never crash PostgreSQL itself).
 */
export async function createPostgresCluster(options: { fsync?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (bin === null) throw new Error('No PostgreSQL server binaries found (apt-get install -y postgresql)');
  const dir = await mkdtemp(join(tmpdir(), 'lk-cluster-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: the cluster belongs to the postgres user.
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  const pg = async (program: string, args: string[]) => {
    const command = join(bin, program);
    try {
      return asRoot ? await run('runuser', ['-u', 'postgres', '--', command, ...args]) : await run(command, args);
    } catch (error) {
      const serverLog = await readFile(log, 'utf8').catch(() => '');
      throw new Error(`${program} failed: ${error instanceof Error ? error.message : String(error)}\n${serverLog}`, {
        cause: error,
      });
    }
  };

  await pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  let running = false;

  return {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${options.fsync ? 'on' : 'off'}`;
      await pg('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', settings, 'start']);
      running = true;
    },
    async stop(mode = 'fast') {
      await pg('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) {
        await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
        running = false;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
