import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { createPostgresDatabase, type Database } from '../server/db/database.js';
import { chosenEncoding } from '../server/http/public-documents.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { as, cooperation, etag, type Callers } from './helpers/cooperation.js';
import { databaseUrl, testDatabaseKind } from './helpers/database-kind.js';

// The public read model (server/http/public-documents.ts): public documents kept
// built and compressed per server process, never stale after a write made through
// any process. Two app instances on one database stand for two server processes.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
let other: { app: FastifyInstance; database: Database };

const API = '/api/v1';
const dashboard = (code: string) => `${API}/public/municipalities/${code}/dashboard`;
const promisesCsv = (code: string) => `${API}/public/municipalities/${code}/open-data/promises.csv`;

/** A second server process: its own app and, on PostgreSQL, its own connection pool to the same database. */
async function secondInstance(): Promise<{ app: FastifyInstance; database: Database }> {
  let database = t.database;
  if (testDatabaseKind() === 'postgres') {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
    database = createPostgresDatabase(databaseUrl(rows[0]!.name), { timeoutMs: 5000 });
  }
  const app = await buildApp({ config: t.config, database, clock: t.clock });
  await app.ready();
  return { app, database };
}

/** Reads through one instance as a browser would (br or gzip accepted), the body as it came, decoded here. */
async function read(app: FastifyInstance, path: string, encoding = 'br, gzip') {
  const response = await app.inject({ method: 'GET', url: path, headers: { 'accept-encoding': encoding } });
  const raw = response.rawPayload;
  const coding = response.headers['content-encoding'];
  const text = (coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw).toString(
    'utf8',
  );
  return { status: response.statusCode, headers: response.headers, coding, text };
}

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  plan = await make.plan();
  await make.followUp(plan.policeShared.id, '2026-01', { outcome: 4 });
  other = await secondInstance();
});
afterAll(async () => {
  await other.app.close();
  if (other.database !== t.database) await other.database.close();
  await t.close();
});
beforeEach(() => t.clock.set(TEST_NOW));

describe('the public read model', () => {
  it('a follow-up recorded through one process is in the next public read of the other, every time', async () => {
    const progressOf = (text: string) =>
      (
        JSON.parse(text) as {
          promises: { activities: { activity: { id: string }; progress: { outcomeToDate: number } }[] }[];
        }
      ).promises
        .flatMap((p) => p.activities)
        .find((a) => a.activity.id === plan.policeShared.id)!.progress.outcomeToDate;
    // Both processes hold the document before each write.
    let expected = 4;
    for (const [month, outcome] of [
      ['2026-02', 2],
      ['2026-03', 5],
      ['2026-04', 1],
    ] as const) {
      expect(progressOf((await read(other.app, dashboard(c.home.code))).text)).toBe(expected);
      expect(progressOf((await read(t.app, dashboard(c.home.code))).text)).toBe(expected);
      await make.followUp(plan.policeShared.id, month, { outcome });
      expected += outcome;
      // Written through the first, read at once through the second, and through the first.
      expect(progressOf((await read(other.app, dashboard(c.home.code))).text)).toBe(expected);
      expect(progressOf((await read(t.app, dashboard(c.home.code))).text)).toBe(expected);
    }
    // A correction too, through the other process this time.
    const month = await as(t, c.headers.editor).get(`/activities/${plan.policeShared.id}/follow-ups/2026-04`);
    await supertest(other.app.server)
      .put(`${API}/activities/${plan.policeShared.id}/follow-ups/2026-04`)
      .set(c.headers.editor)
      .set('if-match', etag(month.body as { version: number }))
      .send({ outcome: 3 })
      .expect(200);
    expect(progressOf((await read(t.app, dashboard(c.home.code))).text)).toBe(expected + 2);
  });

  it("a promise's public progress and the open data follow a change made through the other process", async () => {
    const progressPath = `${API}/promises/${plan.promise.id}/progress`;
    const before = await read(t.app, progressPath);
    const csvBefore = await read(t.app, promisesCsv(c.home.code));
    const renamed = await supertest(other.app.server)
      .patch(`${API}/activities/${plan.partnerShared.id}`)
      .set(c.headers.editor)
      .set('if-match', etag(plan.partnerShared))
      .send({ title: 'Områdesgrupp Berga' })
      .expect(200);
    plan.partnerShared = renamed.body;
    const csvAfter = await read(t.app, promisesCsv(c.home.code));
    expect(csvBefore.text).not.toContain('Områdesgrupp Berga');
    expect(csvAfter.text).toContain('Områdesgrupp Berga');
    await make.followUp(plan.partnerShared.id, '2026-05', { outcome: 7 }, c.headers.editor);
    const after = await read(other.app, progressPath);
    expect(after.text).not.toBe(before.text);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('sends the same document in br, gzip or none, each with its own strong ETag, and 304s to any of them', async () => {
    const br = await read(t.app, dashboard(c.home.code), 'gzip, deflate, br');
    const gzip = await read(t.app, dashboard(c.home.code), 'gzip');
    const none = await read(t.app, dashboard(c.home.code), 'identity');
    expect([br.coding, gzip.coding, none.coding]).toEqual(['br', 'gzip', undefined]);
    expect(gzip.text).toBe(br.text);
    expect(none.text).toBe(br.text);
    expect(new Set([br.headers.etag, gzip.headers.etag, none.headers.etag]).size).toBe(3);
    for (const response of [br, gzip, none]) {
      expect(response.headers.vary).toContain('accept-encoding');
      expect(response.headers['cache-control']).toBe('public, no-cache');
      const again = await supertest(t.app.server)
        .get(dashboard(c.home.code))
        .set('if-none-match', response.headers.etag as string);
      expect(again.status).toBe(304);
    }
  });

  it('an unpublished change leaves the document as it was; an unknown municipality is 404, never kept', async () => {
    const before = await read(t.app, dashboard(c.home.code));
    await make.followUp(plan.hidden.id, '2026-03', { outcome: 9 });
    const after = await read(other.app, dashboard(c.home.code));
    expect(after.text).toBe(before.text);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect((await read(t.app, dashboard('9998'))).status).toBe(404);
    expect((await read(t.app, `${API}/promises/00000000-0000-4000-8000-000000000000/progress`)).status).toBe(404);
  });

  it('ending sessions leaves every public document as it was (no version rises)', async () => {
    const versions = async () =>
      (
        await sql<{
          scope: string;
          version: string;
        }>`select scope, version from public_versions order by scope`.execute(t.db)
      ).rows;
    const before = await versions();
    await signIn(t, c.users.editor.email);
    const cookie = await signIn(t, c.users.editor.email);
    // Audited as a change: the other session of the editor ends.
    await supertest(t.app.server).delete(`${API}/auth/sessions`).set('cookie', cookie).expect(204);
    expect(await versions()).toEqual(before);
  });

  it('a new day in Sweden makes a new document (progress is to date)', async () => {
    const today = await read(t.app, dashboard(c.home.code));
    t.clock.set('2026-08-02T10:00:00.000Z');
    const later = await read(t.app, dashboard(c.home.code));
    expect(later.text).not.toBe(today.text);
  });

  it('a municipality created after the first read is found at once (no 404 kept)', async () => {
    expect((await read(t.app, dashboard('0999'))).status).toBe(404);
    await t.make.municipality({ code: '0999', name: 'Nyköping test' });
    expect((await read(other.app, dashboard('0999'))).status).toBe(200);
    expect((await read(t.app, dashboard('0999'))).status).toBe(200);
  });
});

describe('a read model smaller than its documents', () => {
  let small: FastifyInstance;
  beforeAll(async () => {
    small = await buildApp({ config: { ...t.config, publicCacheBytes: 2048 }, database: t.database, clock: t.clock });
    await small.ready();
  });
  afterAll(() => small.close());

  it('answers the same as one that keeps everything', async () => {
    for (const path of [dashboard(c.home.code), promisesCsv(c.home.code), dashboard(c.away.code)]) {
      const [kept, unkept] = [await read(t.app, path), await read(small, path)];
      expect(unkept.status).toBe(kept.status);
      expect(unkept.text).toBe(kept.text);
    }
  });
});

describe('chosenEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5', 'br'],
    ['*', 'gzip'],
    ['identity', 'identity'],
    ['gzip;q=0, br;q=0', 'identity'],
  ] as const)('%s → %s', (header, expected) => {
    expect(chosenEncoding(header)).toBe(expected);
  });
});
