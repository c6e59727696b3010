import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { TEST_PASSWORD } from './helpers/factories.js';
import { signIn } from './helpers/callers.js';

let t: TestApp;
let email: string;
let userId: string;

beforeAll(async () => {
  t = await startTestApp();
  const municipality = await t.make.municipality();
  const organisation = await t.make.organisation({ kind: 'municipality', municipalityId: municipality.id });
  const user = await t.make.user('editor', organisation.id);
  email = user.email;
  userId = user.id;
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('answers 200 with the user and an HttpOnly, SameSite=Strict session cookie', async () => {
    const response = await t.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
    expect(response.body).toMatchObject({ id: userId, email, role: 'editor' });
    expect(response.body).not.toHaveProperty('passwordHash');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^lk_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('gives the same 401 whether the e-mail exists or not', async () => {
    const wrongPassword = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email, password: 'not the password' })
      .expect(401);
    const unknownEmail = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.example', password: 'x' })
      .expect(401);
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('matches the e-mail whatever its case', async () => {
    await t.http().post('/api/v1/auth/login').send({ email: email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
  });

  it('stores the password as an argon2id hash', async () => {
    const row = await t.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('gives a new session id at every sign-in and ends the one it came with', async () => {
    const first = await signIn(t, email);
    const second = await t
      .http()
      .post('/api/v1/auth/login')
      .set('cookie', first)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    const secondCookie = String(second.headers['set-cookie']).split(';')[0]!;
    expect(secondCookie).not.toEqual(first);
    await t.http().get('/api/v1/auth/me').set('cookie', first).expect(401);
    await t.http().get('/api/v1/auth/me').set('cookie', secondCookie).expect(200);
  });

  it('stores only a hash of the session id', async () => {
    const cookie = await signIn(t, email);
    const secret = cookie.split('=')[1]!;
    const rows = await t.db.selectFrom('sessions').select('idHash').execute();
    expect(rows.some((row) => row.idHash === secret)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.idHash))).toBe(true);
  });
});

describe('me and logout', () => {
  it('me is 401 without a session and the user with one', async () => {
    const anonymous = await t.http().get('/api/v1/auth/me').expect(401);
    expect(anonymous.body).toMatchObject({ status: 401, type: '/problems/unauthenticated' });
    const cookie = await signIn(t, email);
    const me = await t.http().get('/api/v1/auth/me').set('cookie', cookie).expect(200);
    expect(me.body.id).toBe(userId);
  });

  it('logout answers 204 and the session is gone on the server', async () => {
    const cookie = await signIn(t, email);
    const hashes = await t.db.selectFrom('sessions').select('idHash').execute();
    const response = await t.http().post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(/lk_session=;/);
    const after = await t.db.selectFrom('sessions').select('idHash').execute();
    expect(after.length).toBe(hashes.length - 1);
    await t.http().get('/api/v1/auth/me').set('cookie', cookie).expect(401);
  });

  it('a session expires after the idle time and after the absolute time', async () => {
    const idle = await signIn(t, email);
    t.clock.advance((t.config.session.idleMinutes + 1) * 60_000);
    await t.http().get('/api/v1/auth/me').set('cookie', idle).expect(401);

    const busy = await signIn(t, email);
    // Used every hour, it still ends after maxHours.
    for (let hour = 0; hour < t.config.session.maxHours; hour++) {
      t.clock.advance(60 * 60_000);
      const expected = hour + 1 < t.config.session.maxHours ? 200 : 401;
      await t.http().get('/api/v1/auth/me').set('cookie', busy).expect(expected);
    }
  });
});
