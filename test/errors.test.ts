import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { fixedClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import type { Database } from '../server/db/database.js';
import { putIndicatorValue } from '../server/goals/store.js';
import { runChange } from '../server/domain/changes.js';
import { NotFound } from '../server/domain/errors.js';
import { toHttpProblem } from '../server/http/problems.js';
import { createMunicipality } from '../server/municipalities/store.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { createTestDatabase } from './helpers/database.js';
import { TEST_PASSWORD } from './helpers/factories.js';
import { expectProblem, ruleCodes } from './helpers/problems.js';
import { snapshotTables } from './helpers/snapshot.js';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCallers>>;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  admin = c.headers.admin;
});
afterAll(() => t.close());

const municipalityBody = (code: string) => ({ code, name: `Kommun ${code}`, county: 'Testlän' });

describe('routing problems', () => {
  it('an unknown route is 404', async () => {
    const api = await t.http().get('/api/v1/no-such-thing').expect(404);
    expectProblem(api, 404, 'not-found');
    const outside = await t.http().get('/no-such-page').set(admin).expect(404);
    expectProblem(outside, 404, 'not-found');
  });

  it('an id nobody has is 404', async () => {
    const response = await t.http().get(`/api/v1/municipalities/${randomUUID()}`);
    expectProblem(response, 404, 'not-found');
  });

  it('a method the path does not answer is 405 with Allow', async () => {
    const collection = await t.http().delete('/api/v1/municipalities').set(admin);
    expectProblem(collection, 405, 'method-not-allowed');
    const allowed = String(collection.headers.allow).split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(allowed).not.toContain('DELETE');

    const item = await t.http().put(`/api/v1/municipalities/${c.home.id}`).set(admin).send({});
    expectProblem(item, 405, 'method-not-allowed');
    expect(String(item.headers.allow).split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'PATCH']));
  });

  it('405 also for the same path with a trailing or a doubled slash, which route alike', async () => {
    // GET answers on these spellings (ignoreTrailingSlash, ignoreDuplicateSlashes) …
    await t.http().get('/api/v1/municipalities/').expect(200);
    await t.http().get('/api//v1/municipalities').expect(200);
    // … so another method there is "not allowed", not "not found".
    const trailing = await t.http().delete('/api/v1/municipalities/').set(admin);
    expectProblem(trailing, 405, 'method-not-allowed');
    expect(String(trailing.headers.allow)).toContain('POST');
    const doubled = await t.http().delete('/api//v1/municipalities').set(admin);
    expectProblem(doubled, 405, 'method-not-allowed');
  });

  // The router answers these before any route runs; buildApp's frameworkErrors makes them problems.
  it('a path with a malformed %-escape, or an over-long path parameter, is a 4xx problem', async () => {
    const escape = expectProblem(await t.http().get('/api/v1/municipalities/%zz'), 400);
    expect(escape.detail).toBe('The path holds a %-escape that is not valid.');
    // Neither answer quotes the path back (the router's own messages did, half decoded).
    const long = await t.http().get(`/api/v1/municipalities/${'a'.repeat(150)}%20SELECT`);
    expect(expectProblem(long, 414, 'uri-too-long').detail).toBe(
      'A part of the path is longer than this server accepts.',
    );
  });
});

describe('client errors a plugin raises', () => {
  it('keep their status, each with the registry’s type for it', () => {
    const raised = (statusCode: number) => Object.assign(new Error('refused by a plugin'), { statusCode });
    for (const [status, type] of [
      [400, '/problems/bad-request'],
      [403, '/problems/forbidden'],
      [404, '/problems/not-found'],
      [412, '/problems/precondition-failed'],
      [416, '/problems/range-not-satisfiable'],
    ] as const) {
      expect(toHttpProblem(raised(status))?.toProblem()).toMatchObject({ status, type });
    }
    // A status with no type of its own is the general 400.
    expect(toHttpProblem(raised(418))?.toProblem()).toMatchObject({ status: 400, type: '/problems/bad-request' });
  });
});

describe('body problems', () => {
  it('malformed JSON is 400', async () => {
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"code": "0999",');
    expectProblem(response, 400, 'bad-request');
  });

  it('an empty body that claims to be JSON is 400', async () => {
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('content-type', 'application/json')
      .send('');
    expectProblem(response, 400, 'bad-request');
  });

  it('a JSON body carrying __proto__ is 400, not merged into anything', async () => {
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"code":"0998","name":"X","county":"Y","__proto__":{"isAdmin":true}}');
    expectProblem(response, 400);
  });

  it('a body that is not JSON is 415', async () => {
    const text = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('content-type', 'text/plain')
      .send('code=0997');
    expectProblem(text, 415, 'unsupported-media-type');
    const form = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .type('form')
      .send({ code: '0997', name: 'X', county: 'Y' });
    expectProblem(form, 415, 'unsupported-media-type');
  });

  it('a JSON value that is not an object is 400', async () => {
    for (const body of ['null', '[]', '"0997"', '12']) {
      const response = await t
        .http()
        .post('/api/v1/municipalities')
        .set(admin)
        .set('content-type', 'application/json')
        .send(body);
      const problem = expectProblem(response, 400, 'validation');
      expect(problem.errors).toEqual([expect.objectContaining({ in: 'body', path: '' })]);
    }
  });

  describe('over the body limit', () => {
    let small: TestApp;
    beforeAll(async () => {
      small = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
    });
    afterAll(() => small.close());

    it('is 413, before anything is done', async () => {
      const ok = await small
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@test.example', password: 'x'.repeat(200) });
      expectProblem(ok, 401, 'unauthenticated');
      const response = await small
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@test.example', password: 'x'.repeat(3000) });
      expectProblem(response, 413, 'too-large');
    });

    it('is 413 for a signed-in admin as well', async () => {
      const organisation = await small.make.organisation();
      const user = await small.make.user('admin', organisation.id);
      const cookie = await signIn(small, user.email);
      const before = await snapshotTables(small.db);
      const response = await small
        .http()
        .post('/api/v1/municipalities')
        .set('cookie', cookie)
        .send({ code: '0996', name: 'x'.repeat(3000), county: 'Testlän' });
      expectProblem(response, 413, 'too-large');
      expect(await snapshotTables(small.db)).toEqual(before);
    });
  });
});

describe('strict validation', () => {
  it('a number where text belongs is 400, not coerced', async () => {
    const response = await t.http().post(`/api/v1/users/${c.users.viewer.id}/tokens`).set(admin).send({ label: 12 });
    const problem = expectProblem(response, 400, 'validation');
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'body', path: '/label' })]);

    const code = await t.http().post('/api/v1/municipalities').set(admin).send({ code: 997, name: 'X', county: 'Y' });
    expect(expectProblem(code, 400, 'validation').errors).toEqual([
      expect.objectContaining({ in: 'body', path: '/code' }),
    ]);
  });

  it('text where a boolean belongs is 400, not coerced', async () => {
    const target = await t.make.user('viewer', c.homeOrganisation.id);
    const response = await t
      .http()
      .patch(`/api/v1/users/${target.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ disabled: 'true' });
    expect(expectProblem(response, 400, 'validation').errors).toEqual([
      expect.objectContaining({ in: 'body', path: '/disabled' }),
    ]);
    const stored = await t.http().get(`/api/v1/users/${target.id}`).set(admin).expect(200);
    expect(stored.body).toMatchObject({ disabled: false, version: 1 });
  });

  it('the query string is text by nature: limit=12 is read as a number, limit=abc is 400', async () => {
    const ok = await t.http().get('/api/v1/municipalities?limit=1').expect(200);
    expect(ok.body.items).toHaveLength(1);
    expect(ok.body.nextCursor).toEqual(expect.any(String));
    await t.http().get('/api/v1/municipalities?limit=12').expect(200);
    for (const limit of ['abc', '0', '501', '1.5']) {
      const response = await t.http().get(`/api/v1/municipalities?limit=${limit}`);
      expect(expectProblem(response, 400, 'validation').errors, `limit=${limit}`).toEqual([
        expect.objectContaining({ in: 'query', path: '/limit' }),
      ]);
    }
  });

  it('an unknown query parameter and a cursor the server never gave are 400', async () => {
    const unknown = await t.http().get('/api/v1/municipalities?sort=name');
    expect(expectProblem(unknown, 400, 'validation').errors).toEqual([
      expect.objectContaining({ in: 'query', path: '/sort' }),
    ]);
    const cursor = await t.http().get('/api/v1/municipalities?cursor=not-a-cursor');
    expect(expectProblem(cursor, 400, 'validation').errors).toEqual([
      expect.objectContaining({ in: 'query', path: '/cursor' }),
    ]);
  });

  it('an unknown body field is 400 naming it', async () => {
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .send({ ...municipalityBody('0995'), extra: true });
    expect(ruleCodes(expectProblem(response, 400, 'validation').errors)).toEqual([
      { in: 'body', path: '/extra', code: 'not-allowed' },
    ]);
  });

  it('a missing required field is 400 naming it', async () => {
    const response = await t.http().post('/api/v1/municipalities').set(admin).send({ code: '0995', name: 'X' });
    expect(expectProblem(response, 400, 'validation').errors).toEqual([
      expect.objectContaining({ in: 'body', path: '/county' }),
    ]);
  });

  it('an empty PATCH is 400', async () => {
    const response = await t
      .http()
      .patch(`/api/v1/municipalities/${c.home.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({});
    expectProblem(response, 400, 'validation');
  });

  it('a path id that is not a UUID is 400', async () => {
    for (const path of ['/api/v1/municipalities/12', '/api/v1/users/not-a-uuid', '/api/v1/users/1/tokens']) {
      const response = await t.http().get(path).set(admin);
      expect(expectProblem(response, 400, 'validation').errors, path).toEqual([
        expect.objectContaining({ in: 'params', path: '/id' }),
      ]);
    }
  });

  it('an invalid Idempotency-Key is 400 naming the header', async () => {
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('idempotency-key', 'has spaces in it')
      .send(municipalityBody('0994'));
    expect(expectProblem(response, 400, 'validation').errors).toEqual([
      expect.objectContaining({ in: 'headers', path: '/idempotency-key' }),
    ]);
  });
});

describe('refusals are problems too', () => {
  it('401 without a session, 403 for a role refused', async () => {
    expectProblem(await t.http().get('/api/v1/users'), 401, 'unauthenticated');
    expectProblem(await t.http().get('/api/v1/users').set(c.headers.editor), 403, 'forbidden');
    expectProblem(await t.http().get('/api/v1/users').set('authorization', 'Bearer nonsense-token'), 401);
  });
});

describe('an unexpected error', () => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    const clock = fixedClock(TEST_NOW);
    const deps = { config: loadConfig({ LOG_LEVEL: 'silent' }), database, clock };
    app = await buildApp(deps);
    await app.register(async (plugin) => {
      plugin.get('/api/v1/boom', { config: { access: 'public' } }, async () => {
        throw new Error('secret internals SELECT * FROM x');
      });
      // A change that fails half-way: neither it nor its audit event may stay.
      plugin.post('/api/v1/boom-after-write', { config: { access: 'public' } }, async (request) =>
        runChange(deps, request.actor, async ({ trx, audit, now }) => {
          const created = await createMunicipality(trx, municipalityBody('0993'), now);
          await audit({ action: 'create', entityType: 'municipality', entityId: created.id, after: created });
          throw new Error('secret failure after SELECT of the written row');
        }),
      );
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('is a 500 problem that says nothing of internals', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json<Record<string, unknown>>();
    expect(body).toEqual({
      type: '/problems/internal',
      title: 'Internal Server Error',
      status: 500,
      detail: expect.any(String),
    });
    expect(response.body).not.toMatch(/secret|SELECT|internals|stack|\.ts:\d|\.js:\d/i);
  });

  it('rolls back the change it was making, with its audit event', async () => {
    const before = await snapshotTables(database.db);
    const response = await app.inject({ method: 'POST', url: '/api/v1/boom-after-write' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/secret|SELECT/i);
    expect(await snapshotTables(database.db)).toEqual(before);
  });
});

describe('what bad input gets: nothing changes', () => {
  /** Sends a request that must fail and asserts the database is exactly as it was. */
  async function refusedWithoutChange(send: () => PromiseLike<Response>, status: number, kind?: string) {
    const before = await snapshotTables(t.db);
    const response = await send();
    expectProblem(response, status, kind);
    expect(await snapshotTables(t.db)).toEqual(before);
    return response;
  }

  it('a validation error', async () => {
    await refusedWithoutChange(
      () =>
        t
          .http()
          .post('/api/v1/municipalities')
          .set(admin)
          .send({ ...municipalityBody('0992'), extra: 1 }),
      400,
      'validation',
    );
    await refusedWithoutChange(
      () =>
        t.http().post('/api/v1/users').set(admin).send({
          email: 'nobody-yet@test.example',
          name: 'Ny',
          password: TEST_PASSWORD,
          role: 'viewer',
          organisationId: randomUUID(),
        }),
      400,
      'validation',
    );
    await refusedWithoutChange(
      () =>
        t
          .http()
          .post(`/api/v1/users/${c.users.viewer.id}/tokens`)
          .set(admin)
          .send({ expiresAt: '2020-01-01T00:00:00Z' }),
      400,
      'validation',
    );
  });

  it('text the database cannot store (U+0000) is 400, not 500', async () => {
    await refusedWithoutChange(
      () =>
        t.http().post('/api/v1/municipalities').set(admin).send({ code: '0990', name: 'Noll\u0000byte', county: 'Y' }),
      400,
      'bad-request',
    );
    await refusedWithoutChange(
      () => t.http().post('/api/v1/auth/login').send({ email: 'nobody\u0000@test.example', password: 'x' }),
      400,
      'bad-request',
    );
    // A cursor is opaque, but one can be forged around such a character.
    const forged = Buffer.from(JSON.stringify(['\u0000', randomUUID()])).toString('base64url');
    await refusedWithoutChange(() => t.http().get(`/api/v1/municipalities?cursor=${forged}`), 400, 'bad-request');
  });

  it('a value past the database’s ranges is a 400 problem and a row deleted meanwhile a 409, from either driver', async () => {
    // The schemas bound dates, months and numbers; this is the net behind them.
    for (const [query, code] of [
      [sql`select '0000-01-01'::date`, '22008'],
      [sql`select 'x'::date`, '22007'],
      [sql`select 99999999999::integer`, '22003'],
    ] as const) {
      const error: unknown = await query.execute(t.db).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect((error as { code?: unknown }).code).toBe(code);
      expect(toHttpProblem(error as Error)?.status).toBe(400);
    }
    // A write that refers to a row deleted meanwhile: 409, as a net behind the stores' own locks.
    const orphan: unknown =
      await sql`insert into indicator_values (indicator_id, period, "group", value) values (${randomUUID()}, '2026-05', 'all', 1)`
        .execute(t.db)
        .then(
          () => null,
          (failure: unknown) => failure,
        );
    expect((orphan as { code?: unknown }).code).toBe('23503');
    expect(toHttpProblem(orphan as Error)?.status).toBe(409);
  });

  // The route finds the indicator before its transaction; a delete may land in between (a fuzz run met it: 500).
  it('a value for an indicator deleted meanwhile is 404, not a foreign-key 500', async () => {
    const put = putIndicatorValue(t.db, randomUUID(), { period: '2026-05', group: 'all', value: 1 }, new Date());
    await expect(put).rejects.toBeInstanceOf(NotFound);
    await expect(put.catch((error: Error) => toHttpProblem(error)?.status)).resolves.toBe(404);
  });

  it('409 for a municipality code that exists', async () => {
    const response = await refusedWithoutChange(
      () => t.http().post('/api/v1/municipalities').set(admin).send(municipalityBody(c.home.code)),
      409,
      'conflict',
    );
    expect(response.body.detail).toContain(c.home.code);
    // The same through PATCH of another municipality.
    await refusedWithoutChange(
      () =>
        t
          .http()
          .patch(`/api/v1/municipalities/${c.away.id}`)
          .set(admin)
          .set('if-match', '"1"')
          .send({ code: c.home.code }),
      409,
      'conflict',
    );
  });

  it('409 for an e-mail that exists in another case', async () => {
    const taken = c.users.viewer.email.toUpperCase();
    expect(taken).not.toBe(c.users.viewer.email);
    await refusedWithoutChange(
      () =>
        t.http().post('/api/v1/users').set(admin).send({
          email: taken,
          name: 'Dubblett',
          password: TEST_PASSWORD,
          role: 'viewer',
          organisationId: c.homeOrganisation.id,
        }),
      409,
      'conflict',
    );
    const other = await t.make.user('viewer', c.homeOrganisation.id);
    await refusedWithoutChange(
      () =>
        t
          .http()
          .patch(`/api/v1/users/${other.id}`)
          .set(admin)
          .set('if-match', `"${other.version}"`)
          .send({ email: taken }),
      409,
      'conflict',
    );
  });

  it('412 for a stale If-Match', async () => {
    const target = await t.make.municipality();
    const path = `/api/v1/municipalities/${target.id}`;
    const first = await t.http().patch(path).set(admin).set('if-match', '"1"').send({ name: 'Första' }).expect(200);
    expect(first.headers.etag).toBe('"2"');
    await refusedWithoutChange(
      () => t.http().patch(path).set(admin).set('if-match', '"1"').send({ name: 'Andra' }),
      412,
      'precondition-failed',
    );
    await refusedWithoutChange(
      () => t.http().patch(path).set(admin).set('if-match', 'not-an-etag').send({ name: 'Andra' }),
      412,
      'precondition-failed',
    );
    const stored = await t.http().get(path).expect(200);
    expect(stored.body).toMatchObject({ name: 'Första', version: 2 });
  });

  it('428 without If-Match', async () => {
    const target = await t.make.organisation();
    await refusedWithoutChange(
      () => t.http().patch(`/api/v1/organisations/${target.id}`).set(admin).send({ name: 'Utan If-Match' }),
      428,
      'precondition-required',
    );
  });

  it('404 for a PATCH of an item nobody has', async () => {
    await refusedWithoutChange(
      () => t.http().patch(`/api/v1/users/${randomUUID()}`).set(admin).set('if-match', '"1"').send({ name: 'Ingen' }),
      404,
      'not-found',
    );
    await refusedWithoutChange(() => t.http().delete(`/api/v1/tokens/${randomUUID()}`).set(admin), 404, 'not-found');
  });

  it('403 for a role refused, 401 without a session', async () => {
    await refusedWithoutChange(
      () => t.http().post('/api/v1/municipalities').set(c.headers.editor).send(municipalityBody('0991')),
      403,
      'forbidden',
    );
    const target = await t.make.user('viewer', c.homeOrganisation.id);
    await refusedWithoutChange(
      () =>
        t
          .http()
          .patch(`/api/v1/users/${target.id}`)
          .set(c.headers.editor)
          .set('if-match', '"1"')
          .send({ role: 'admin' }),
      403,
      'forbidden',
    );
    await refusedWithoutChange(
      () => t.http().post('/api/v1/organisations').send({ name: 'Anonym', kind: 'other' }),
      401,
      'unauthenticated',
    );
  });
});
