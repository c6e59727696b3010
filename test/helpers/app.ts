import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { buildApp } from '../../server/app.js';
import { fixedClock } from '../../server/clock.js';
import { loadConfig } from '../../server/config.js';
import type { Database } from '../../server/db/database.js';
import { createTestDatabase } from './database.js';
import { factories } from './factories.js';

export const TEST_NOW = '2026-06-15T10:00:00.000Z';

/** The production app, built by the same buildApp, on a fresh database of this test file's own. */
export async function startTestApp(env: Record<string, string> = {}, options: { now?: Date | string } = {}) {
  // The clock stands still in tests, so a throttle's minute never ends: limits are
  // raised out of the way here, and test/security.test.ts sets its own.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    LOGIN_FAILURES_PER_MINUTE: '1000',
    WRITES_PER_MINUTE: '1000000',
    // Tests never reach the internet: Kolada is refused at once unless a test serves it (test/kolada.test.ts).
    KOLADA_URL: 'http://127.0.0.1:9/v3',
    KOLADA_TIMEOUT_MS: '1000',
    // Tests that need the second factor required say so (test/mfa.test.ts).
    MFA_REQUIRED: 'off',
    ...env,
  });
  const database: Database = await createTestDatabase();
  const clock = fixedClock(options.now ?? TEST_NOW);
  const app: FastifyInstance = await buildApp({ config, database, clock });
  await app.ready();
  const make = factories(database.db, clock);
  return {
    app,
    config,
    database,
    db: database.db,
    clock,
    make,
    /** supertest on the real socket server. */
    http: () => supertest(app.server),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
