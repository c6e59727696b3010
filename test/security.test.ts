import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../server/app.js';
import { leasedCounter, throttleCounters } from '../server/http/throttle.js';
import type * as Secrets from '../server/credentials/secrets.js';
import { projectRoot } from '../server/paths.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { TEST_PASSWORD } from './helpers/factories.js';
import { expectProblem } from './helpers/problems.js';
import { snapshotTables } from './helpers/snapshot.js';

// Counts the password checks the server makes, passing each through to the real
// argon2 verify: the proof that a throttled sign-in is refused before any hashing.
const passwordChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../server/credentials/secrets.js', async (importOriginal) => {
  const real = await importOriginal<typeof Secrets>();
  return {
    ...real,
    verifyPassword: (passwordHash: string, password: string) => {
      passwordChecks.count += 1;
      return real.verifyPassword(passwordHash, password);
    },
  };
});

const municipalityBody = (n: number) => ({ code: String(7000 + n), name: `Säkerhetskommun ${n}`, county: 'Testlän' });
let unique = 0;

describe('headers on every response', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await makeCallers(t)).headers.admin;
  });
  afterAll(() => t.close());

  const paths = ['/healthz', '/api/v1/municipalities', '/api/v1/no-such-route', '/', '/kommun/0580', '/docs/'];
  const isDocs = (path: string) => path.startsWith('/docs');

  it.each(paths)(
    '%s: a strict CSP, nosniff, a referrer policy, no X-Powered-By, no HSTS over plain HTTP',
    async (path) => {
      const response = await t.http().get(path);
      expect(response.status).toBeLessThan(500);
      const csp = String(response.headers['content-security-policy']);
      const directives = Object.fromEntries(
        csp.split(';').map((directive) => {
          const [name, ...values] = directive.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-eval');
      // Swagger UI sets one inline style; everywhere else not even styles may be inline.
      expect(directives['style-src']).toEqual(isDocs(path) ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['strict-transport-security']).toBeUndefined();
    },
  );

  it('the problem of a refused request carries them too', async () => {
    const response = await t.http().post('/api/v1/municipalities').send({});
    expectProblem(response, 401, 'unauthenticated');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('no-store on every signed-in API response, also where the anonymous answer may be cached', async () => {
    const me = await t.http().get('/api/v1/auth/me').set(admin).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const list = await t.http().get('/api/v1/municipalities').set(admin).expect(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const refused = await t.http().get('/api/v1/no-such-route').set(admin).expect(404);
    expect(refused.headers['cache-control']).toBe('no-store');

    const [municipality] = (await t.http().get('/api/v1/municipalities').expect(200)).body.items as { code: string }[];
    const dashboard = `/api/v1/public/municipalities/${municipality!.code}/dashboard`;
    const anonymous = await t.http().get(dashboard).expect(200);
    expect(anonymous.headers['cache-control']).toBe('public, no-cache');
    const signedIn = await t.http().get(dashboard).set(admin).expect(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
  });

  it('no-store on the sign-in answer, which sets the cookie', async () => {
    const users = await t.http().get('/api/v1/users').set(admin).expect(200);
    const email = (users.body.items as { email: string; role: string }[]).find((user) => user.role === 'viewer')!.email;
    const login = await t.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
  });
});

describe('HSTS over TLS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it('is sent when the request came over TLS (through a trusted proxy), and not otherwise', async () => {
    const tls = await t.http().get('/healthz').set('x-forwarded-proto', 'https').expect(200);
    expect(tls.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    const plain = await t.http().get('/healthz').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('cross-site requests', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    const callers = await makeCallers(t);
    admin = callers.headers.admin;
    const issued = await t.http().post(`/api/v1/users/${callers.users.admin.id}/tokens`).set(admin).send({});
    adminToken = issued.body.token as string;
  });
  afterAll(() => t.close());

  /** The request the browser makes when another site's page posts to us with the user's cookie. */
  const refusals: [string, Record<string, string>][] = [
    ['Origin of another site', { origin: 'https://evil.example' }],
    ['Origin "null" (a sandboxed page)', { origin: 'null' }],
    ['Origin of the same host on another scheme', { origin: 'https://127.0.0.1' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ];

  it.each(refusals)('a cookie-borne change with %s is 403, and nothing changes', async (_, headers) => {
    const before = await snapshotTables(t.db);
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set(headers)
      .send(municipalityBody(++unique));
    expectProblem(response, 403, 'cross-site');
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('refuses a cross-site sign-in too (login CSRF), and a cross-site PATCH and DELETE', async () => {
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .set('origin', 'https://evil.example')
      .send({ email: 'x@test.example', password: 'whatever-it-is' });
    expectProblem(login, 403, 'cross-site');
    const patch = await t
      .http()
      .patch('/api/v1/municipalities/00000000-0000-4000-8000-000000000000')
      .set(admin)
      .set('sec-fetch-site', 'cross-site')
      .send({ name: 'X' });
    expectProblem(patch, 403, 'cross-site');
    const remove = await t.http().delete('/api/v1/tokens/00000000-0000-4000-8000-000000000000').set(admin).set({
      origin: 'https://evil.example',
    });
    expectProblem(remove, 403, 'cross-site');
  });

  it("takes a change from the app's own pages (same Origin, Sec-Fetch-Site same-origin)", async () => {
    await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set({ host: 'lofteskollen.example', origin: 'http://lofteskollen.example', 'sec-fetch-site': 'same-origin' })
      .send(municipalityBody(++unique))
      .expect(201);
  });

  it('reads are never refused for their origin', async () => {
    await t.http().get('/api/v1/auth/me').set(admin).set({ origin: 'https://evil.example' }).expect(200);
  });

  it('a bearer-token change is not cookie-bound and needs no such check', async () => {
    await t
      .http()
      .post('/api/v1/municipalities')
      .set('authorization', `Bearer ${adminToken}`)
      .set({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })
      .send(municipalityBody(++unique))
      .expect(201);
  });

  // What a plain HTML form of another site can send: none of it is JSON.
  it.each([
    ['application/x-www-form-urlencoded', 'code=7999&name=X&county=Y'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="code"\r\n\r\n7999\r\n--x--\r\n'],
    ['text/plain', '{"code":"7999","name":"X","county":"Y"}'],
    ['application/xml', '<municipality/>'],
  ])('a change sent as %s is 415, and nothing changes', async (contentType, body) => {
    const before = await snapshotTables(t.db);
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('content-type', contentType)
      .send(body);
    expectProblem(response, 415, 'unsupported-media-type');
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('throttling failed sign-ins', () => {
  let t: TestApp;
  let callers: Awaited<ReturnType<typeof makeCallers>>;
  beforeAll(async () => {
    // Behind a trusted proxy, so each request can name the address it comes from.
    t = await startTestApp({ LOGIN_FAILURES_PER_MINUTE: '10', TRUST_PROXY: 'true' });
    callers = await makeCallers(t);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address = '10.0.0.1') =>
    t.http().post('/api/v1/auth/login').set('x-forwarded-for', address).send({ email, password });

  it('per account: the 11th failure within a minute is 429 with Retry-After, before any password is checked', async () => {
    const { email } = callers.users.viewer;
    t.clock.advance(120_000);
    const statuses: number[] = [];
    // From ten addresses, so only the account's own count can stop them.
    for (let attempt = 0; attempt < 10; attempt++) {
      statuses.push((await login(email, 'wrong password here', `10.1.0.${attempt}`)).status);
    }
    expect(statuses).toEqual(Array(10).fill(401));

    const checksBefore = passwordChecks.count;
    const throttled = await login(email, 'wrong password here', '10.1.0.99');
    expectProblem(throttled, 429, 'too-many-requests');
    const retryAfter = Number(throttled.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Even the right password waits out the minute: the account is held, not the guesser's address.
    expectProblem(await login(email, TEST_PASSWORD, '10.1.0.98'), 429, 'too-many-requests');
    expect(passwordChecks.count).toBe(checksBefore);

    t.clock.advance(61_000);
    await login(email, TEST_PASSWORD, '10.1.0.97').expect(200);
  });

  it('per address: failures for many accounts from one address stop at 10 a minute', async () => {
    t.clock.advance(120_000);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      statuses.push((await login(`nobody${attempt}@test.example`, 'wrong password here', '10.2.0.1')).status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    // Another address is not held up.
    await login(callers.users.editor.email, TEST_PASSWORD, '10.2.0.2').expect(200);
  });

  it('a burst of 30 concurrent wrong passwords gets at most 10 password checks', async () => {
    t.clock.advance(120_000);
    const checksBefore = passwordChecks.count;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, n) => login(callers.users.partner.email, 'wrong password here', `10.3.0.${n}`)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    expect(passwordChecks.count - checksBefore).toBe(10);
  });

  it('successful sign-ins do not count: 15 colleagues behind one address all get in', async () => {
    t.clock.advance(120_000);
    for (let attempt = 0; attempt < 15; attempt++) {
      await login(callers.users.admin.email, TEST_PASSWORD, '10.4.0.1').expect(200);
    }
  });
});

describe('throttling writes', () => {
  let t: TestApp;
  let callers: Awaited<ReturnType<typeof makeCallers>>;
  beforeAll(async () => {
    t = await startTestApp({ WRITES_PER_MINUTE: '5' });
    callers = await makeCallers(t);
  });
  afterAll(() => t.close());

  const create = (headers: Record<string, string>) =>
    t.http().post('/api/v1/municipalities').set(headers).send(municipalityBody(++unique));

  it('per session: the 6th write in a minute is 429 with Retry-After; reads and other sessions go on', async () => {
    const admin = { cookie: await signIn(t, callers.users.admin.email) };
    for (let n = 0; n < 5; n++) await create(admin).expect(201);
    const before = await snapshotTables(t.db);
    const throttled = await create(admin);
    expectProblem(throttled, 429, 'too-many-requests');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.headers['x-ratelimit-limit']).toBe('5');
    expect(await snapshotTables(t.db)).toEqual(before);

    await t.http().get('/api/v1/municipalities').set(admin).expect(200);
    await create({ cookie: await signIn(t, callers.users.admin.email) }).expect(201);

    t.clock.advance(61_000);
    await create(admin).expect(201);
  });

  it('is shared by every server process on the database (the counters live in PostgreSQL)', async () => {
    t.clock.advance(120_000);
    const second = await buildApp({ config: t.config, database: t.database, clock: t.clock });
    await second.ready();
    try {
      const admin = { cookie: await signIn(t, callers.users.admin.email) };
      for (let n = 0; n < 3; n++) await create(admin).expect(201);
      for (let n = 0; n < 2; n++) {
        const response = await second.inject({
          method: 'POST',
          url: '/api/v1/municipalities',
          headers: admin,
          payload: municipalityBody(++unique),
        });
        expect(response.statusCode).toBe(201);
      }
      const throttled = await second.inject({
        method: 'POST',
        url: '/api/v1/municipalities',
        headers: admin,
        payload: municipalityBody(++unique),
      });
      expect(throttled.statusCode).toBe(429);
      expect(throttled.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await second.close();
    }
  });
});

describe('counting writes in leases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a busy writer costs a round trip per lease, and two processes together never give more than the limit', async () => {
    const counters = throttleCounters(t.db, t.clock);
    const shared = vi.spyOn(counters, 'hit');
    const processes = [leasedCounter(counters, t.clock, 1000), leasedCounter(counters, t.clock, 1000)];
    const given: number[] = [];
    for (let n = 0; n < 1200; n++) given.push((await processes[n % 3 === 0 ? 1 : 0]!('write-busy', 60_000)).hits);
    // Each hit given was counted once; of the 1 200, those within the limit are the first ones counted.
    expect(new Set(given).size).toBe(given.length);
    const allowed = given.filter((hits) => hits <= 1000).length;
    expect(allowed).toBeLessThanOrEqual(1000);
    // At most one lease per process (max / 100 hits) is held back.
    expect(allowed).toBeGreaterThanOrEqual(1000 - 2 * 10);
    expect(shared.mock.calls.length).toBeLessThan(200);

    // Leases start at one hit and grow while used up; a new window starts over.
    shared.mockClear();
    for (let n = 0; n < 3; n++) await processes[0]!('write-calm', 60_000);
    t.clock.advance(61_000);
    expect((await processes[0]!('write-calm', 60_000)).hits).toBe(1);
    expect(shared.mock.calls.map((call) => call[2])).toEqual([1, 2, 1]);
  });
});

describe('bodies and input', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await makeCallers(t)).headers.admin;
  });
  afterAll(() => t.close());

  const hostile: [string, string][] = [
    ['JSON nested 100 000 deep', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['an object nested 10 000 deep', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['a constructor.prototype key', '{"code":"7001","name":"X","county":"Y","constructor":{"prototype":{"x":1}}}'],
    ['a 100 000-character name', JSON.stringify({ code: '7002', name: 'x'.repeat(100_000), county: 'Y' })],
    ['a NUL byte in a name', JSON.stringify({ code: '7003', name: 'Ku\u0000nda', county: 'Y' })],
    [
      'an array of 100 000 numbers',
      JSON.stringify({ code: '7004', name: 'X', county: 'Y', extra: Array(100_000).fill(1) }),
    ],
  ];

  it.each(hostile)('%s: a 4xx problem, never a 5xx, and nothing is stored', async (_, body) => {
    const before = await snapshotTables(t.db);
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .set('content-type', 'application/json')
      .send(body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expectProblem(response, response.status);
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('SQL-looking text is stored as the text it is, not run', async () => {
    const name = "Robert'); DROP TABLE municipalities;--";
    const created = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .send({ code: '7005', name, county: "' OR 1=1 --" })
      .expect(201);
    const read = await t.http().get(`/api/v1/municipalities/${created.body.id}`).expect(200);
    expect(read.body.name).toBe(name);
    await t.http().get('/api/v1/municipalities').expect(200);
  });

  it('a body over the limit (1 MB by default) is 413', async () => {
    expect(t.config.bodyLimitBytes).toBe(1024 * 1024);
    const response = await t
      .http()
      .post('/api/v1/municipalities')
      .set(admin)
      .send({ code: '7006', name: 'x'.repeat(1024 * 1024), county: 'Y' });
    expectProblem(response, 413, 'too-large');
  });

  it('every string a request body, query or path takes has a maxLength (or a bounded format, enum or pattern)', () => {
    const document = JSON.parse(readFileSync(join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    type Schema = Record<string, unknown>;
    type Operation = {
      parameters?: { name: string; schema: Schema }[];
      requestBody?: { content: Record<string, { schema: Schema }> };
    };
    const unbounded: string[] = [];
    const walk = (schema: Schema, where: string, seen: Set<string>) => {
      if (typeof schema.$ref === 'string') {
        const name = schema.$ref.split('/').pop()!;
        if (seen.has(name)) return;
        walk(document.components.schemas[name]!, `${where} → ${name}`, new Set([...seen, name]));
        return;
      }
      if (schema.type === 'string') {
        const bounded =
          typeof schema.maxLength === 'number' ||
          Array.isArray(schema.enum) ||
          schema.const !== undefined ||
          ['uuid', 'date', 'date-time', 'email'].includes(String(schema.format)) ||
          (typeof schema.pattern === 'string' &&
            /^\^.*\$$/.test(schema.pattern) &&
            !/[*+]|\{\d+,\}/.test(schema.pattern));
        if (!bounded) unbounded.push(where);
      }
      if (schema.contentMediaType !== undefined || schema.format === 'binary') return;
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        walk(property, `${where}.${name}`, seen);
      }
      if (schema.items) walk(schema.items as Schema, `${where}[]`, seen);
      for (const key of ['anyOf', 'oneOf', 'allOf']) {
        for (const [n, branch] of ((schema[key] ?? []) as Schema[]).entries()) walk(branch, `${where}|${n}`, seen);
      }
    };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of operation.parameters ?? []) {
          walk(parameter.schema, `${method.toUpperCase()} ${path} ${parameter.name}`, new Set());
        }
        const json = operation.requestBody?.content['application/json'];
        if (json) walk(json.schema, `${method.toUpperCase()} ${path} body`, new Set());
      }
    }
    expect(unbounded).toEqual([]);
  });
});

describe('sessions and the audit log', () => {
  let t: TestApp;
  let callers: Awaited<ReturnType<typeof makeCallers>>;
  beforeAll(async () => {
    t = await startTestApp();
    callers = await makeCallers(t);
  });
  afterAll(() => t.close());

  it('session ids carry at least 128 random bits and are all different', async () => {
    const ids = new Set<string>();
    for (let n = 0; n < 50; n++) {
      const cookie = await signIn(t, callers.users.viewer.email);
      const id = cookie.split('=')[1]!;
      expect(Buffer.from(id, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      ids.add(id);
    }
    expect(ids.size).toBe(50);
    const stored = await t.db.selectFrom('sessions').select('idHash').execute();
    for (const id of ids) expect(stored.map((row) => row.idHash)).not.toContain(id);
  });

  it('no route changes or deletes the audit log', () => {
    const auditWrites = t.app.accessRules.filter(
      (rule) => rule.url.includes('/audit') && !['GET', 'HEAD'].includes(rule.method),
    );
    expect(auditWrites).toEqual([]);
  });

  it('and the database refuses to, whoever asks: UPDATE, DELETE and TRUNCATE fail', async () => {
    await t
      .http()
      .post('/api/v1/municipalities')
      .set(callers.headers.admin)
      .send(municipalityBody(++unique))
      .expect(201);
    const before = await t.db.selectFrom('auditEvents').selectAll().orderBy('id').execute();
    expect(before.length).toBeGreaterThan(0);
    await expect(sql`update audit_events set action = 'delete'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await t.db.selectFrom('auditEvents').selectAll().orderBy('id').execute()).toEqual(before);
  });
});
