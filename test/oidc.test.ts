import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { signIn } from './helpers/callers.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  OTHER_CLIENT_ID,
  freePort,
  signInAtProvider,
  startProvider,
  type TestProvider,
} from './helpers/oidc-provider.js';

// Single sign-on against a real OpenID provider (oidc-provider) in this
// process, over real HTTP: the app listens on its PUBLIC_URL, the provider on
// its own port, and the login page is posted as a browser would.

let t: TestApp;
let provider: TestProvider;
let appUrl: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  provider = await startProvider(appUrl);
  // Tokens are checked at the app's clock: here it is the real time (the provider's), moved only on purpose.
  t = await startTestApp(
    {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      PUBLIC_URL: appUrl,
    },
    { now: new Date() },
  );
  await t.app.listen({ host: '127.0.0.1', port });
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

const sessionCookieOf = (response: Response) =>
  response.headers.getSetCookie().find((cookie) => cookie.startsWith('lk_session=') && !/lk_session=;/.test(cookie));

/** Begins a sign-on at the app: the provider's URL and the browser's cookie for it. */
async function begin(): Promise<{ location: URL; cookie: string }> {
  const response = await fetch(`${appUrl}/api/v1/auth/oidc/login`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('lk_oidc='))!;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return { location: new URL(response.headers.get('location')!), cookie: cookie.split(';')[0]! };
}

/** Calls the app's callback as the browser would, with or without its sign-on cookie. */
function callback(url: URL | string, cookie: string | undefined, accept = 'application/json') {
  return fetch(url, { redirect: 'manual', headers: { accept, ...(cookie ? { cookie } : {}) } });
}

async function auditCount(action: string): Promise<number> {
  const row = await t.db
    .selectFrom('auditEvents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action as never)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function sessionCount(): Promise<number> {
  const row = await t.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A refusal: 403 sso-refused, no session cookie, no new session, one more refused audit event. */
async function expectRefused(response: Promise<Response>, sessionsBefore: number, refusedBefore: number) {
  const answer = await response;
  expect(answer.status).toBe(403);
  expect(answer.headers.get('content-type')).toContain('application/problem+json');
  expect(((await answer.json()) as { type: string }).type).toBe('/problems/sso-refused');
  expect(sessionCookieOf(answer)).toBeUndefined();
  expect(await sessionCount()).toBe(sessionsBefore);
  expect(await auditCount('refused')).toBe(refusedBefore + 1);
}

describe('single sign-on through a real OpenID provider', () => {
  let editorEmail: string;

  beforeAll(async () => {
    const home = await t.make.municipality();
    const organisation = await t.make.organisation({ kind: 'municipality', municipalityId: home.id });
    editorEmail = (await t.make.user('editor', organisation.id)).email;
  });

  it('is offered on the sign-in page only when configured', async () => {
    const options = await t.http().get('/api/v1/auth/sign-in-options').expect(200);
    expect(options.body).toEqual({ singleSignOn: true });
  });

  it('sends the browser to the authorization endpoint with the code flow, PKCE S256, state and nonce', async () => {
    const { location } = await begin();
    expect(location.origin).toBe(provider.issuer);
    const params = location.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe(CLIENT_ID);
    expect(params.get('redirect_uri')).toBe(`${appUrl}/api/v1/auth/oidc/callback`);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')!.length).toBeGreaterThan(20);
    expect(params.get('nonce')!.length).toBeGreaterThan(20);
    expect(params.get('scope')).toBe('openid email profile');
  });

  it('signs a known person in (e-mail matched case-insensitively) with the same session as a password, audited', async () => {
    const { location, cookie } = await begin();
    const back = await signInAtProvider(location.href, editorEmail.toUpperCase());
    const signInsBefore = await auditCount('sign-in');
    const response = await callback(back, cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const session = sessionCookieOf(response)!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    const me = await t.http().get('/api/v1/auth/me').set('cookie', session.split(';')[0]!).expect(200);
    expect(me.body.email).toBe(editorEmail);
    expect(me.body.role).toBe('editor');
    expect(await auditCount('sign-in')).toBe(signInsBefore + 1);
    const event = await t.db
      .selectFrom('auditEvents')
      .select(['after', 'entityId'])
      .where('action', '=', 'sign-in')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.entityId).toBe(me.body.id);
    expect(event.after).toMatchObject({ method: 'oidc', issuer: provider.issuer });
    expect(event.after).toHaveProperty('amr');
    expect(event.after).toHaveProperty('acr');
    const mine = await t.http().get('/api/v1/auth/sessions').set('cookie', session.split(';')[0]!).expect(200);
    expect(mine.body.sessions[0]).toMatchObject({ method: 'oidc', current: true });
  });

  it('refuses a wrong state', async () => {
    const { location, cookie } = await begin();
    const back = await signInAtProvider(location.href, editorEmail);
    back.searchParams.set('state', 'not-the-state-it-was-begun-with');
    await expectRefused(callback(back, cookie), await sessionCount(), await auditCount('refused'));
  });

  it('refuses a callback without the browser that began it (no cookie)', async () => {
    const { location } = await begin();
    const back = await signInAtProvider(location.href, editorEmail);
    await expectRefused(callback(back, undefined), await sessionCount(), await auditCount('refused'));
  });

  it('refuses a replayed callback, and a used code under a new state', async () => {
    const first = await begin();
    const back = await signInAtProvider(first.location.href, editorEmail);
    expect((await callback(back, first.cookie)).status).toBe(303);
    // The same callback again: the sign-on under way was used.
    await expectRefused(callback(back, first.cookie), await sessionCount(), await auditCount('refused'));
    // The used code with a fresh sign-on's state: the provider refuses the code.
    const second = await begin();
    const replayed = new URL(back);
    replayed.searchParams.set('state', second.location.searchParams.get('state')!);
    await expectRefused(callback(replayed, second.cookie), await sessionCount(), await auditCount('refused'));
  });

  it('refuses a code issued to another client (a token for another audience)', async () => {
    const { location, cookie } = await begin();
    const foreign = new URL(location);
    foreign.searchParams.set('client_id', OTHER_CLIENT_ID);
    const back = await signInAtProvider(foreign.href, editorEmail);
    await expectRefused(callback(back, cookie), await sessionCount(), await auditCount('refused'));
  });

  it('refuses an expired ID token (the app’s clock two hours past the provider’s)', async () => {
    const realNow = t.clock.now();
    t.clock.set(new Date(Date.now() + 2 * HOUR));
    try {
      const { location, cookie } = await begin();
      const back = await signInAtProvider(location.href, editorEmail);
      await expectRefused(callback(back, cookie), await sessionCount(), await auditCount('refused'));
      const event = await t.db
        .selectFrom('auditEvents')
        .select('after')
        .where('action', '=', 'refused')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(event.after).toMatchObject({ error: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED', claim: 'exp' });
    } finally {
      t.clock.set(realNow);
    }
  });

  it('refuses an unknown person, never making an account, and sends a browser to a page that says so', async () => {
    const usersBefore = await t.db.selectFrom('users').select('id').execute();
    const { location, cookie } = await begin();
    const back = await signInAtProvider(location.href, 'stranger@elsewhere.example');
    await expectRefused(callback(back, cookie), await sessionCount(), await auditCount('refused'));
    // As a browser: to the sign-in page, which words the reason.
    const again = await begin();
    const back2 = await signInAtProvider(again.location.href, 'stranger@elsewhere.example');
    const page = await callback(back2, again.cookie, 'text/html,application/xhtml+xml');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/logga-in?sso=unknown-person');
    expect(sessionCookieOf(page)).toBeUndefined();
    expect(await t.db.selectFrom('users').select('id').execute()).toHaveLength(usersBefore.length);
  });

  it('lets an admin require single sign-on for an organisation: its passwords then stop working', async () => {
    const home = await t.make.municipality();
    const organisation = await t.make.organisation({ kind: 'municipality', municipalityId: home.id });
    const person = await t.make.user('editor', organisation.id);
    const system = await t.make.organisation({ kind: 'other', municipalityId: null });
    const admin = await t.make.user('admin', system.id);
    const adminCookie = await signIn(t, admin.email);
    await signIn(t, person.email);
    const read = await t.http().get(`/api/v1/organisations/${organisation.id}`).set('cookie', adminCookie).expect(200);
    expect(read.body.ssoRequired).toBe(false);
    await t
      .http()
      .patch(`/api/v1/organisations/${organisation.id}`)
      .set({ cookie: adminCookie, 'if-match': read.headers.etag })
      .send({ ssoRequired: true })
      .expect(200);
    const refused = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: person.email, password: 'correct horse battery staple' })
      .expect(403);
    expect(refused.body.type).toBe('/problems/sso-required');
    expect(refused.headers['set-cookie']).toBeUndefined();
    // Through the provider the same person still signs in.
    const { location, cookie } = await begin();
    const back = await signInAtProvider(location.href, person.email);
    expect((await callback(back, cookie)).status).toBe(303);
  });
});

describe('the single sign-on settings', () => {
  const oidc = {
    OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
    OIDC_CLIENT_ID: 'lofteskollen',
    OIDC_CLIENT_SECRET: 'secret',
    PUBLIC_URL: 'https://lofteskollen.linkoping.example',
  };

  it('make the redirect URI from PUBLIC_URL, and are off when none is set', () => {
    expect(loadConfig(oidc).oidc?.redirectUri).toBe('https://lofteskollen.linkoping.example/api/v1/auth/oidc/callback');
    expect(loadConfig({}).oidc).toBeNull();
    // A trailing slash on PUBLIC_URL is dropped, never doubled in the redirect URI.
    expect(loadConfig({ ...oidc, PUBLIC_URL: `${oidc.PUBLIC_URL}/` }).oidc?.redirectUri).toBe(
      'https://lofteskollen.linkoping.example/api/v1/auth/oidc/callback',
    );
  });

  it('refuse to start half set, without PUBLIC_URL, over plain http to another machine, or echoing the secret', () => {
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/must be set together/);
    expect(() => loadConfig({ ...oidc, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'http://idp.example' })).toThrow(/https/);
    expect(() => loadConfig({ ...oidc, PUBLIC_URL: 'lofteskollen.example' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...oidc, OIDC_CLIENT_SECRET: 'x'.repeat(3000) })).toThrow(/OIDC_CLIENT_SECRET(?!=)/);
  });

  it('require a second factor of admins and editors by default, but not in the demo', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/lk' }).mfaRequired).toBe('editors');
    expect(loadConfig({}).mfaRequired).toBe('off');
    expect(loadConfig({ MFA_REQUIRED: 'editors' }).mfaRequired).toBe('editors');
  });
});
