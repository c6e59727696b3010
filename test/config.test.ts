import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.js';
import { projectRoot } from '../server/paths.js';
import { serverFreeEnvironment } from './helpers/server-process.js';

/** The error loadConfig throws for this environment (fails the test when it throws none). */
function configError(environment: Record<string, string>): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(environment)}`);
}

describe('loadConfig: defaults', () => {
  it('listens on 127.0.0.1:3000 and runs on PGlite in ./data with the demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config.demoData).toBe(true);
    expect(config.bootstrapAdmin).toBeNull();
  });

  it('reads only the variables it knows, not the rest of the environment', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/tmp/x', SOMETHING_ELSE: 'ignored' });
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/tmp/x' });
  });

  it("fetches Kolada's v3 API, daily at 04 UTC, with a trailing slash left off", () => {
    expect(loadConfig({}).kolada).toEqual({ url: 'https://api.kolada.se/v3', timeoutMs: 15_000, syncHour: 4 });
    expect(loadConfig({ KOLADA_URL: 'http://127.0.0.1:8080/v3/' }).kolada.url).toBe('http://127.0.0.1:8080/v3');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, database: { kind: 'pglite' } });
  });

  it('uses PostgreSQL with DATABASE_URL, and then the demo data is off by default', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db.example:5432/lofteskollen' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app:secret@db.example:5432/lofteskollen' });
    expect(config.demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db.example/x' }).database.kind).toBe('postgres');
  });

  it('DEMO_DATA overrides the default either way', () => {
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: 'true', DATABASE_URL: 'postgres://db.example/x' }).demoData).toBe(true);
  });

  it('takes ADMIN_EMAIL and ADMIN_PASSWORD together as the bootstrap admin', () => {
    const config = loadConfig({ ADMIN_EMAIL: 'root@test.example', ADMIN_PASSWORD: 'a long enough password' });
    expect(config.bootstrapAdmin).toEqual({ email: 'root@test.example', password: 'a long enough password' });
  });
});

describe('loadConfig: bad values stop the start with ConfigError naming the variable', () => {
  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['PORT', { PORT: '3000.5' }],
    ['PORT', { PORT: '1e3' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://[::1' }],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }],
    ['ADMIN_PASSWORD', { ADMIN_EMAIL: 'root@test.example' }],
    ['ADMIN_EMAIL', { ADMIN_PASSWORD: 'a long enough password' }],
    ['ADMIN_PASSWORD', { ADMIN_EMAIL: 'root@test.example', ADMIN_PASSWORD: 'short-pw' }],
    ['ADMIN_EMAIL', { ADMIN_EMAIL: 'not an e-mail', ADMIN_PASSWORD: 'a long enough password' }],
    ['SHUTDOWN_TIMEOUT_MS', { SHUTDOWN_TIMEOUT_MS: 'soon' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['KOLADA_URL', { KOLADA_URL: 'ftp://api.kolada.se' }],
    ['KOLADA_URL', { KOLADA_URL: 'http://[::1' }],
    ['KOLADA_TIMEOUT_MS', { KOLADA_TIMEOUT_MS: '5' }],
    ['KOLADA_SYNC_HOUR', { KOLADA_SYNC_HOUR: '24' }],
  ])('%s in %j', (name, environment) => {
    const error = configError(environment);
    expect(error.message).toContain(name);
  });

  it('never echoes a password, neither ADMIN_PASSWORD nor one inside DATABASE_URL', () => {
    const tooShort = configError({ ADMIN_EMAIL: 'root@test.example', ADMIN_PASSWORD: 'Hunter2!x' });
    expect(tooShort.message).toContain('ADMIN_PASSWORD');
    expect(tooShort.message).not.toContain('Hunter2!x');

    const tooLong = 'Z'.repeat(300);
    const long = configError({ ADMIN_EMAIL: 'root@test.example', ADMIN_PASSWORD: tooLong });
    expect(long.message).toContain('ADMIN_PASSWORD');
    expect(long.message).not.toContain('ZZZZZZZZ');

    // The password alone, without the e-mail: named, not shown.
    const alone = configError({ ADMIN_PASSWORD: 'sw0rdfish-sw0rdfish' });
    expect(alone.message).not.toContain('sw0rdfish');

    for (const url of ['postgres://app:Tr0ub4dor@db.example:99999/x', 'postgres://app:Tr0ub4dor@ db.example/x']) {
      const error = configError({ DATABASE_URL: url });
      expect(error.message).toContain('DATABASE_URL');
      expect(error.message).not.toContain('Tr0ub4dor');
    }
  });

  it('shows the bad value of a variable that is no secret', () => {
    expect(configError({ PORT: 'abc' }).message).toContain('"abc"');
  });
});

describe('the process with a bad environment', () => {
  it('exits non-zero with one line on stderr that names the variable and no stack trace', () => {
    // Only PORT is bad; the rest of the environment is the test's own, minus anything the server reads.
    const environment = serverFreeEnvironment();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: projectRoot,
      env: { ...environment, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    // It stopped before touching a database: nothing was logged as started.
    expect(result.stdout).not.toContain('listening');
  });
});
