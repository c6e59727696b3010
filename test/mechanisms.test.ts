import type { Response } from 'supertest';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { TEST_PASSWORD } from './helpers/factories.js';

// The cross-cutting mechanisms, through the HTTP API on the real socket server:
// ETag/If-Match, Idempotency-Key, the audit log, accounts, keyset pagination, API tokens.

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCallers>>;
let admin: Record<string, string>;

// Codes the factories (1000 + n) never reach.
let nextCode = 5000;
const newCode = () => String(nextCode++);
const municipalityBody = () => {
  const code = newCode();
  return { code, name: `Kommun ${code}`, county: 'Provlän' };
};

beforeAll(async () => {
  t = await startTestApp();
  // Listening, so concurrent requests share one server (supertest would otherwise start it per request).
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  c = await makeCallers(t);
  admin = c.headers.admin;
});
afterAll(() => t.close());

function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(typeof response.body.detail).toBe('string');
}

function auditOf(entityType: string, entityId: string) {
  return t.db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
}

async function createMunicipality(body = municipalityBody()) {
  const response = await t.http().post('/api/v1/municipalities').set(admin).send(body).expect(201);
  return response.body as { id: string; code: string; name: string; version: number };
}

describe('ETag and If-Match (PATCH /api/v1/municipalities/:id)', () => {
  it('GET gives ETag "1"; PATCH needs If-Match (428), refuses a stale one (412), takes the right one', async () => {
    const { id } = await createMunicipality();
    const read = await t.http().get(`/api/v1/municipalities/${id}`).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.version).toBe(1);

    const without = await t.http().patch(`/api/v1/municipalities/${id}`).set(admin).send({ name: 'Nytt namn' });
    expectProblem(without, 428);

    for (const stale of ['"2"', '"0"', 'W/"9"', 'garbage']) {
      const response = await t
        .http()
        .patch(`/api/v1/municipalities/${id}`)
        .set(admin)
        .set('if-match', stale)
        .send({ name: 'Nytt namn' });
      expectProblem(response, 412);
    }
    // Refused changes changed nothing.
    const unchanged = await t.http().get(`/api/v1/municipalities/${id}`).expect(200);
    expect(unchanged.body).toEqual(read.body);
    expect(await auditOf('municipality', id)).toHaveLength(1);

    const patched = await t
      .http()
      .patch(`/api/v1/municipalities/${id}`)
      .set(admin)
      .set('if-match', read.headers.etag as string)
      .send({ name: 'Nytt namn' })
      .expect(200);
    expect(patched.headers.etag).toBe('"2"');
    expect(patched.body).toMatchObject({ id, version: 2, name: 'Nytt namn', code: read.body.code });

    // The old ETag is stale now.
    const again = await t
      .http()
      .patch(`/api/v1/municipalities/${id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ name: 'Ett tredje namn' });
    expectProblem(again, 412);
  });

  it('of ten concurrent PATCHes on the same version exactly one wins; the others get 412', async () => {
    const { id } = await createMunicipality();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t
          .http()
          .patch(`/api/v1/municipalities/${id}`)
          .set(admin)
          .set('if-match', '"1"')
          .send({ name: `Samtidig ${i}` }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
    const winner = responses.find((response) => response.status === 200)!;
    for (const loser of responses.filter((response) => response.status !== 200)) expectProblem(loser, 412);

    const row = await t.db.selectFrom('municipalities').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    expect(row.name).toBe(winner.body.name);
    const updates = (await auditOf('municipality', id)).filter((event) => event.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.after).toMatchObject({ name: winner.body.name, version: 2 });
  });
});

describe('Idempotency-Key (POST /api/v1/municipalities)', () => {
  const countByCode = async (code: string) =>
    (await t.db.selectFrom('municipalities').select('id').where('code', '=', code).execute()).length;

  it('the same key and body twice: one row, one audit event, the same response, marked as replayed', async () => {
    const body = municipalityBody();
    const key = 'create-municipality-1';
    const first = await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(body);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body with its fields in another order is the same request.
    const reordered = { county: body.county, name: body.name, code: body.code };
    const second = await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(reordered);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers.location).toBe(first.headers.location);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);

    expect(await countByCode(body.code)).toBe(1);
    expect(await auditOf('municipality', first.body.id)).toHaveLength(1);
  });

  it('the same key with another body is 422 and creates nothing', async () => {
    const key = 'create-municipality-2';
    const body = municipalityBody();
    await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(body).expect(201);
    const other = municipalityBody();
    const response = await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(other);
    expectProblem(response, 422);
    expect(await countByCode(other.code)).toBe(0);
  });

  it("a key is the caller's own: another user's same key is a request of its own", async () => {
    const key = 'create-municipality-3';
    const secondAdmin = await t.make.user('admin', c.system.id);
    const secondCookie = { cookie: await signIn(t, secondAdmin.email) };
    const body = municipalityBody();
    const first = await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(body);
    expect(first.status).toBe(201);

    // Not a replay of the first admin's response, and not a 422 for a different body.
    const other = municipalityBody();
    const mine = await t
      .http()
      .post('/api/v1/municipalities')
      .set(secondCookie)
      .set('idempotency-key', key)
      .send(other);
    expect(mine.status).toBe(201);
    expect(mine.headers['idempotent-replayed']).toBeUndefined();
    expect(mine.body.id).not.toBe(first.body.id);
    expect(await countByCode(other.code)).toBe(1);

    // Each caller's repeat replays their own response.
    const mineAgain = await t
      .http()
      .post('/api/v1/municipalities')
      .set(secondCookie)
      .set('idempotency-key', key)
      .send(other);
    expect(mineAgain.headers['idempotent-replayed']).toBe('true');
    expect(mineAgain.body).toEqual(mine.body);
    const firstAgain = await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(body);
    expect(firstAgain.headers['idempotent-replayed']).toBe('true');
    expect(firstAgain.body).toEqual(first.body);
  });

  it('concurrent requests with one key: done once; the others wait their turn (409) or get the replay', async () => {
    const key = 'create-municipality-concurrent';
    const body = municipalityBody();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(body),
      ),
    );
    const created = responses.filter((response) => response.status === 201);
    const busy = responses.filter((response) => response.status === 409);
    expect(created.length + busy.length).toBe(responses.length);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const response of created) expect(response.body).toEqual(created[0]!.body);
    expect(created.filter((response) => response.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    for (const response of busy) expectProblem(response, 409);
    expect(await countByCode(body.code)).toBe(1);
    expect(await auditOf('municipality', created[0]!.body.id)).toHaveLength(1);
  });

  it('an invalid key is 400 and nothing is created', async () => {
    for (const key of ['k'.repeat(300), 'with space', 'åäö']) {
      const body = municipalityBody();
      const response = await t.http().post('/api/v1/municipalities').set(admin).set('idempotency-key', key).send(body);
      expectProblem(response, 400);
      expect(await countByCode(body.code)).toBe(0);
    }
  });

  it('a key of 200 visible characters is fine', async () => {
    await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('idempotency-key', 'k'.repeat(200))
      .send(municipalityBody())
      .expect(201);
  });
});

describe('audit', () => {
  async function onlyEvent(entityType: string, entityId: string, action: 'create' | 'update' | 'delete') {
    const events = (await auditOf(entityType, entityId)).filter((event) => event.action === action);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.actorId).toBe(c.users.admin.id);
    expect(event.occurredAt.toISOString()).toBe(t.clock.now().toISOString());
    return event;
  }

  it('a municipality: one event at create and one at update, with before and after', async () => {
    t.clock.advance(1000);
    const created = await createMunicipality();
    const create = await onlyEvent('municipality', created.id, 'create');
    expect(create.before).toBeNull();
    expect(create.after).toEqual(created);
    expect(create.municipalityId).toBe(created.id);

    t.clock.advance(1000);
    const patched = await t
      .http()
      .patch(`/api/v1/municipalities/${created.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ county: 'Annat län' })
      .expect(200);
    const update = await onlyEvent('municipality', created.id, 'update');
    expect(update.before).toEqual(created);
    expect(update.after).toEqual(patched.body);
    expect(await auditOf('municipality', created.id)).toHaveLength(2);
  });

  it('an organisation: one event at create and one at update', async () => {
    t.clock.advance(1000);
    const created = await t
      .http()
      .post('/api/v1/organisations')
      .set(admin)
      .send({ name: 'Bostadsbolaget', kind: 'other', municipalityId: c.home.id })
      .expect(201);
    const create = await onlyEvent('organisation', created.body.id, 'create');
    expect(create.before).toBeNull();
    expect(create.after).toEqual(created.body);
    expect(create.municipalityId).toBe(c.home.id);

    t.clock.advance(1000);
    const patched = await t
      .http()
      .patch(`/api/v1/organisations/${created.body.id}`)
      .set(admin)
      .set('if-match', created.headers.etag as string)
      .send({ name: 'Bostadsbolaget AB' })
      .expect(200);
    const update = await onlyEvent('organisation', created.body.id, 'update');
    expect(update.before).toEqual(created.body);
    expect(update.after).toEqual(patched.body);
    expect(await auditOf('organisation', created.body.id)).toHaveLength(2);
  });

  it('an account: one event at create and one at update, never with the password or its hash', async () => {
    const password = 'audit-secret-password-1';
    const newPassword = 'audit-secret-password-2';
    t.clock.advance(1000);
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ email: 'audited@test.example', name: 'Granskad', password, role: 'viewer', organisationId: c.police.id })
      .expect(201);
    const id = created.body.id as string;
    const create = await onlyEvent('user', id, 'create');
    expect(create.before).toBeNull();
    expect(create.after).toEqual(created.body);
    const firstHash = (
      await t.db.selectFrom('users').select('passwordHash').where('id', '=', id).executeTakeFirstOrThrow()
    ).passwordHash;

    t.clock.advance(1000);
    const patched = await t
      .http()
      .patch(`/api/v1/users/${id}`)
      .set(admin)
      .set('if-match', created.headers.etag as string)
      .send({ password: newPassword, role: 'editor' })
      .expect(200);
    const update = await onlyEvent('user', id, 'update');
    expect(update.before).toEqual(created.body);
    expect(update.after).toMatchObject({ ...patched.body, passwordChanged: true });
    const secondHash = (
      await t.db.selectFrom('users').select('passwordHash').where('id', '=', id).executeTakeFirstOrThrow()
    ).passwordHash;
    expect(secondHash).not.toBe(firstHash);

    const text = JSON.stringify(await auditOf('user', id));
    for (const secret of [password, newPassword, firstHash, secondHash, '$argon2']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/passwordHash|password_hash|"password"/);
  });

  it('an API token: one event at issue and one at revoke, never with the token', async () => {
    t.clock.advance(1000);
    const issued = await t
      .http()
      .post(`/api/v1/users/${c.users.viewer.id}/tokens`)
      .set(admin)
      .send({ label: 'audit' })
      .expect(201);
    const create = await onlyEvent('apiToken', issued.body.id, 'create');
    expect(create.before).toBeNull();
    expect(create.after).toMatchObject({ id: issued.body.id, userId: c.users.viewer.id, label: 'audit' });

    t.clock.advance(1000);
    await t.http().delete(`/api/v1/tokens/${issued.body.id}`).set(admin).expect(204);
    const revoke = await onlyEvent('apiToken', issued.body.id, 'delete');
    expect(revoke.before).toMatchObject({ id: issued.body.id, userId: c.users.viewer.id });
    expect(revoke.after).toBeNull();

    const events = await auditOf('apiToken', issued.body.id);
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain(issued.body.token);
  });

  it('a refused change writes no event', async () => {
    const before = await t.db.selectFrom('auditEvents').select('id').execute();
    await t.http().post('/api/v1/municipalities').set(c.headers.editor).send(municipalityBody()).expect(403);
    await t.http().post('/api/v1/municipalities').set(admin).send({ code: '12' }).expect(400);
    const after = await t.db.selectFrom('auditEvents').select('id').execute();
    expect(after).toHaveLength(before.length);
  });
});

describe('users', () => {
  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `new${Math.random().toString(36).slice(2, 10)}@test.example`,
    name: 'Ny Användare',
    password: 'a fine long password',
    role: 'viewer',
    organisationId: c.homeOrganisation.id,
    ...overrides,
  });

  it('POST /users creates an account and never shows its password or hash', async () => {
    const body = newUser();
    const response = await t.http().post('/api/v1/users').set(admin).send(body).expect(201);
    expect(response.body).toMatchObject({
      email: body.email,
      name: body.name,
      role: 'viewer',
      organisationId: c.homeOrganisation.id,
      municipalityId: c.home.id,
      disabled: false,
      version: 1,
    });
    expect(Object.keys(response.body).sort()).toEqual(
      [
        'createdAt',
        'disabled',
        'email',
        'id',
        'language',
        'municipalityId',
        'name',
        'organisationId',
        'reminders',
        'role',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(response.text).not.toContain(body.password);
    expect(response.text).not.toContain('argon2');
    expect(response.headers.etag).toBe('"1"');
    // The new account can sign in.
    await signIn(t, body.email, body.password);
  });

  it('e-mail addresses are unique whatever their case (409)', async () => {
    await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send(newUser({ email: 'foo@x.example' }))
      .expect(201);
    const duplicate = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send(newUser({ email: 'Foo@x.example' }));
    expectProblem(duplicate, 409);
    const rows = await t.db.selectFrom('users').select('email').where('email', 'ilike', 'foo@x.example').execute();
    expect(rows).toEqual([{ email: 'foo@x.example' }]);
  });

  it('an organisationId that names no organisation is 400 naming /organisationId', async () => {
    const body = newUser({ organisationId: '00000000-0000-4000-8000-000000000000' });
    const response = await t.http().post('/api/v1/users').set(admin).send(body);
    expectProblem(response, 400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'body', path: '/organisationId' })]),
    );
    expect(await t.db.selectFrom('users').select('id').where('email', '=', body.email).execute()).toEqual([]);
  });

  it('only an admin may manage accounts', async () => {
    for (const caller of ['editor', 'viewer', 'partner'] as const) {
      await t.http().post('/api/v1/users').set(c.headers[caller]).send(newUser()).expect(403);
    }
    await t.http().post('/api/v1/users').send(newUser()).expect(401);
  });

  it("a new password ends the account's sessions", async () => {
    const user = await t.make.user('editor', c.homeOrganisation.id);
    const session = await signIn(t, user.email);
    await t.http().get('/api/v1/auth/me').set('cookie', session).expect(200);
    await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ password: 'the brand new password' })
      .expect(200);
    await t.http().get('/api/v1/auth/me').set('cookie', session).expect(401);
    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await signIn(t, user.email, 'the brand new password');
    // The admin who made the change is still signed in.
    await t.http().get('/api/v1/auth/me').set(admin).expect(200);
  });

  it('a disabled account loses its sessions and tokens at once and cannot sign in', async () => {
    const user = await t.make.user('editor', c.homeOrganisation.id);
    const session = await signIn(t, user.email);
    const issued = (await t.http().post(`/api/v1/users/${user.id}/tokens`).set(admin).expect(201)).body as {
      token: string;
    };
    await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${issued.token}`).expect(200);

    await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ disabled: true })
      .expect(200);
    expectProblem(await t.http().get('/api/v1/auth/me').set('cookie', session), 401);
    expectProblem(await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${issued.token}`), 401);

    const refused = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    const wrongPassword = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: c.users.editor.email, password: 'not the password' });
    expectProblem(refused, 401);
    expect(refused.body).toEqual(wrongPassword.body);
    expect(refused.headers['set-cookie']).toBeUndefined();
  });
});

describe('municipalities', () => {
  it('a code must be four digits', async () => {
    for (const code of ['580', 'abcd', '05800', ' 580', '05a0']) {
      const response = await t
        .http()
        .post('/api/v1/municipalities')
        .set(admin)
        .send({ code, name: 'Fel', county: 'Fellän' });
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([expect.objectContaining({ in: 'body', path: '/code' })]);
    }
    const patch = await t
      .http()
      .patch(`/api/v1/municipalities/${c.home.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ code: '580' });
    expectProblem(patch, 400);
  });

  it('a duplicate code is 409, at create and at update', async () => {
    const body = municipalityBody();
    await createMunicipality(body);
    const duplicate = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .send({ ...body, name: 'Tvilling' });
    expectProblem(duplicate, 409);
    const other = await createMunicipality();
    const update = await t
      .http()
      .patch(`/api/v1/municipalities/${other.id}`)
      .set(admin)
      .set('if-match', '"1"')
      .send({ code: body.code });
    expectProblem(update, 409);
  });

  it('the list pages with cursors: every row exactly once, ordered by code', async () => {
    for (let i = 0; i < 5; i++) await createMunicipality();
    const all = await t.http().get('/api/v1/municipalities?limit=500').expect(200);
    expect(all.body.nextCursor).toBeNull();
    const expected = (all.body.items as { id: string; code: string }[]).map((item) => item.id);
    const stored = await t.db.selectFrom('municipalities').select('id').execute();
    expect(expected).toHaveLength(stored.length);
    expect(expected.length).toBeGreaterThan(4);
    const codes = (all.body.items as { code: string }[]).map((item) => item.code);
    expect(codes).toEqual([...codes].sort());

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = cursor === null ? { limit: 2 } : { limit: 2, cursor };
      const page = await t.http().get('/api/v1/municipalities').query(query).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...(page.body.items as { id: string }[]).map((item) => item.id));
      if (pages === 0) expect(typeof page.body.nextCursor).toBe('string');
      cursor = page.body.nextCursor as string | null;
      pages++;
    } while (cursor !== null && pages < 100);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(expected.length / 2));
  });

  it('limit is 1–500 and a cursor must be one the server gave out (400, not 500)', async () => {
    for (const query of ['limit=501', 'limit=0', 'limit=two', 'cursor=garbage', 'cursor=%7B%7D', 'cursor=']) {
      const response = await t.http().get(`/api/v1/municipalities?${query}`);
      expect(response.status, query).toBe(400);
      expectProblem(response, 400);
    }
    const forged = [
      Buffer.from('["0580"]').toString('base64url'),
      Buffer.from('["0580","not-a-uuid"]').toString('base64url'),
      Buffer.from('{"key":"0580"}').toString('base64url'),
      Buffer.from('not json at all').toString('base64url'),
      'x'.repeat(201),
    ];
    for (const cursor of forged) {
      const response = await t.http().get('/api/v1/municipalities').query({ cursor });
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', path: '/cursor' })]);
    }
  });
});

describe('API tokens', () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('an admin issues a token with or without a body; it is shown once and stored only as a hash', async () => {
    const bare = await t.http().post(`/api/v1/users/${c.users.viewer.id}/tokens`).set(admin).expect(201);
    expect(Object.keys(bare.body).sort()).toEqual(['expiresAt', 'id', 'label', 'token']);
    expect(bare.body).toMatchObject({ label: null, expiresAt: null });
    expect(bare.body.token).toMatch(/^[A-Za-z0-9_-]{32,}$/);

    const expiresAt = new Date(t.clock.now().getTime() + 30 * 24 * 3_600_000).toISOString();
    const labelled = await t
      .http()
      .post(`/api/v1/users/${c.users.viewer.id}/tokens`)
      .set(admin)
      .send({ label: 'Rapportskript', expiresAt })
      .expect(201);
    expect(labelled.body).toMatchObject({ label: 'Rapportskript', expiresAt });
    expect(labelled.body.token).not.toBe(bare.body.token);

    const stored = JSON.stringify(await t.db.selectFrom('apiTokens').selectAll().execute());
    for (const { token } of [bare.body, labelled.body] as { token: string }[]) {
      expect(stored).not.toContain(token);
      expect(stored).not.toContain(token.slice(-20));
    }

    const list = await t.http().get(`/api/v1/users/${c.users.viewer.id}/tokens`).set(admin).expect(200);
    const ids = (list.body.items as { id: string }[]).map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([bare.body.id, labelled.body.id]));
    for (const item of list.body.items) {
      expect(item).not.toHaveProperty('token');
      expect(item).not.toHaveProperty('tokenHash');
      expect(item.userId).toBe(c.users.viewer.id);
    }
    expect(list.text).not.toContain(bare.body.token);
    expect(list.text).not.toContain(labelled.body.token);
  });

  it("a token works as a bearer credential with its account's role", async () => {
    const issued = await t.http().post(`/api/v1/users/${c.users.viewer.id}/tokens`).set(admin).expect(201);
    const me = await t.http().get('/api/v1/auth/me').set(bearer(issued.body.token)).expect(200);
    expect(me.body).toMatchObject({ id: c.users.viewer.id, role: 'viewer' });
    // The scheme's name is case-insensitive; the token is not.
    await t.http().get('/api/v1/auth/me').set('authorization', `bearer ${issued.body.token}`).expect(200);
    await t.http().get('/api/v1/auth/me').set('authorization', `BEARER ${issued.body.token}`).expect(200);
    await t
      .http()
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${(issued.body.token as string).toUpperCase()}`)
      .expect(401);
    const list = await t.http().get(`/api/v1/users/${c.users.viewer.id}/tokens`).set(admin).expect(200);
    const used = (list.body.items as { id: string; lastUsedAt: string | null }[]).find(
      (item) => item.id === issued.body.id,
    );
    expect(used?.lastUsedAt).toBe(t.clock.now().toISOString());
    const refused = await t
      .http()
      .post('/api/v1/municipalities')
      .set(bearer(issued.body.token))
      .send(municipalityBody());
    expectProblem(refused, 403);

    const adminToken = await t.http().post(`/api/v1/users/${c.users.admin.id}/tokens`).set(admin).expect(201);
    await t
      .http()
      .post('/api/v1/municipalities')
      .set(bearer(adminToken.body.token))
      .send(municipalityBody())
      .expect(201);
  });

  it('the secret is kept nowhere, not even for an Idempotency-Key replay', async () => {
    const url = `/api/v1/users/${c.users.partner.id}/tokens`;
    const key = 'issue-token-1';
    const first = await t.http().post(url).set(admin).set('idempotency-key', key).send({ label: 'ci' }).expect(201);
    // Issuing is not replayed (that would need the secret stored): a retry gives a token of its own.
    const second = await t.http().post(url).set(admin).set('idempotency-key', key).send({ label: 'ci' }).expect(201);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body.token).not.toBe(first.body.token);
    const tables = ['apiTokens', 'idempotencyKeys', 'auditEvents', 'sessions'] as const;
    for (const table of tables) {
      const text = JSON.stringify(await t.db.selectFrom(table).selectAll().execute());
      for (const { token } of [first.body, second.body] as { token: string }[]) {
        expect(text, table).not.toContain(token.slice(4));
      }
    }
  });

  it('only an admin issues, lists and revokes tokens', async () => {
    const url = `/api/v1/users/${c.users.viewer.id}/tokens`;
    await t.http().post(url).set(c.headers.editor).expect(403);
    await t.http().get(url).set(c.headers.viewer).expect(403);
    await t.http().post(url).expect(401);
    const unknown = await t.http().post('/api/v1/users/00000000-0000-4000-8000-000000000000/tokens').set(admin);
    expectProblem(unknown, 404);
  });

  it('a revoked token stops working at once', async () => {
    const issued = await t.http().post(`/api/v1/users/${c.users.editor.id}/tokens`).set(admin).expect(201);
    await t.http().get('/api/v1/auth/me').set(bearer(issued.body.token)).expect(200);
    await t.http().delete(`/api/v1/tokens/${issued.body.id}`).set(admin).expect(204);
    expectProblem(await t.http().get('/api/v1/auth/me').set(bearer(issued.body.token)), 401);
    expectProblem(await t.http().delete(`/api/v1/tokens/${issued.body.id}`).set(admin), 404);
  });

  it('an expired token is refused', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 60_000).toISOString();
    const issued = await t
      .http()
      .post(`/api/v1/users/${c.users.editor.id}/tokens`)
      .set(admin)
      .send({ expiresAt })
      .expect(201);
    await t.http().get('/api/v1/auth/me').set(bearer(issued.body.token)).expect(200);
    t.clock.advance(61_000);
    expectProblem(await t.http().get('/api/v1/auth/me').set(bearer(issued.body.token)), 401);
  });

  it('a malformed or unknown Authorization header is 401; a bad bearer token even on a public route', async () => {
    const headers = [
      'Bearer',
      'Bearer ',
      'bearer lkt_abcdefghijklmnopqrstuvwxyz',
      'Basic dXNlcjpwYXNz',
      'Bearer lkt_not/a+token==',
      'Bearer lkt_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      `Bearer ${'a'.repeat(300)}`,
    ];
    for (const authorization of headers) {
      expectProblem(await t.http().get('/api/v1/auth/me').set('authorization', authorization), 401);
      // A bearer token that does not work is refused even where none is needed (a script should know).
      if (/^bearer/i.test(authorization)) {
        expectProblem(await t.http().get('/api/v1/municipalities').set('authorization', authorization), 401);
      }
    }
  });

  it('an expiry in the past, or now, is 400 naming /expiresAt', async () => {
    for (const expiresAt of [new Date(t.clock.now().getTime() - 1000).toISOString(), t.clock.now().toISOString()]) {
      const response = await t.http().post(`/api/v1/users/${c.users.viewer.id}/tokens`).set(admin).send({ expiresAt });
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([expect.objectContaining({ path: '/expiresAt' })]);
    }
    const notADate = await t
      .http()
      .post(`/api/v1/users/${c.users.viewer.id}/tokens`)
      .set(admin)
      .send({ expiresAt: 'tomorrow' });
    expectProblem(notADate, 400);
  });
});

describe('prepared statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a statement a table changed under fails at most once, then runs again', async () => {
    await t.database.runScript('create table prepared_probe (id int)');
    const probe = () =>
      sql`select * from prepared_probe where id = ${1}`.execute(t.db).then(
        () => 'answered',
        (error: { code?: string }) => error.code,
      );
    // Each of the pool's connections prepares it.
    expect(await Promise.all(Array.from({ length: 12 }, probe))).toEqual(Array(12).fill('answered'));
    await t.database.runScript('alter table prepared_probe add column extra int');
    const once = await Promise.all(Array.from({ length: 12 }, probe));
    expect(once.filter((outcome) => outcome !== 'answered' && outcome !== '0A000')).toEqual([]);
    expect(await Promise.all(Array.from({ length: 12 }, probe))).toEqual(Array(12).fill('answered'));
  });
});
