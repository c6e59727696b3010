import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { TEST_PASSWORD } from './helpers/factories.js';

// The second factor (TOTP, RFC 6238) with recovery codes, required for admins
// and editors (MFA_REQUIRED=editors): enrolment from one's own session, sign-in
// with password + code, a code good once, wrong codes throttled like passwords.

let t: TestApp;
let organisationId: string;

beforeAll(async () => {
  t = await startTestApp({ MFA_REQUIRED: 'editors', LOGIN_FAILURES_PER_MINUTE: '5' });
  const home = await t.make.municipality();
  organisationId = (await t.make.organisation({ kind: 'municipality', municipalityId: home.id })).id;
});
afterAll(() => t.close());

const codeOf = (secret: string, at = t.clock.now()) =>
  OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: at.getTime() });

function login(email: string, code?: string) {
  return t
    .http()
    .post('/api/v1/auth/login')
    .send({ email, password: TEST_PASSWORD, ...(code === undefined ? {} : { oneTimeCode: code }) });
}

const cookieOf = (response: { headers: Record<string, unknown> }) =>
  ([] as string[])
    .concat((response.headers['set-cookie'] as string[] | undefined) ?? [])
    .find((cookie) => cookie.startsWith('lk_session='))
    ?.split(';')[0];

async function refusedCount(): Promise<number> {
  const rows = await t.db.selectFrom('auditEvents').select('id').where('action', '=', 'refused').execute();
  return rows.length;
}

/** An editor who has enrolled: their e-mail, secret and recovery codes. */
async function enrolledEditor() {
  const editor = await t.make.user('editor', organisationId);
  const cookie = cookieOf(await login(editor.email).expect(200))!;
  const enrolment = await t.http().post('/api/v1/auth/mfa').set('cookie', cookie).expect(200);
  const secret = enrolment.body.secret as string;
  const confirmed = await t
    .http()
    .post('/api/v1/auth/mfa/confirm')
    .set('cookie', cookie)
    .send({ oneTimeCode: codeOf(secret) })
    .expect(200);
  return { email: editor.email, secret, recoveryCodes: confirmed.body.recoveryCodes as string[], cookie };
}

describe('enrolling a second factor', () => {
  it('is all an editor without one may do (MFA_REQUIRED=editors); a QR code and one code turn it on', async () => {
    const editor = await t.make.user('editor', organisationId);
    const cookie = cookieOf(await login(editor.email).expect(200))!;
    // Only enrolment, the own account and signing out, until it is done.
    const blocked = await t.http().get('/api/v1/auth/sessions').set('cookie', cookie).expect(403);
    expect(blocked.body.type).toBe('/problems/enrolment-needed');
    await t.http().get('/api/v1/auth/me').set('cookie', cookie).expect(200);
    const status = await t.http().get('/api/v1/auth/mfa').set('cookie', cookie).expect(200);
    expect(status.body).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });

    const enrolment = await t.http().post('/api/v1/auth/mfa').set('cookie', cookie).expect(200);
    expect(enrolment.body.uri).toMatch(/^otpauth:\/\/totp\/L%C3%B6fteskollen:.*secret=/);
    expect(enrolment.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from((enrolment.body.qrCode as string).split(',')[1]!, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg/);

    // A wrong code: refused in words a client can say, nothing on, an audit event.
    const before = await refusedCount();
    const wrong = await t.http().post('/api/v1/auth/mfa/confirm').set('cookie', cookie).send({ oneTimeCode: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ path: '/oneTimeCode', code: 'wrong-code' })]);
    expect(await refusedCount()).toBe(before + 1);

    const confirmed = await t
      .http()
      .post('/api/v1/auth/mfa/confirm')
      .set('cookie', cookie)
      .send({ oneTimeCode: codeOf(enrolment.body.secret as string) })
      .expect(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    // Stored hashed only.
    const stored = await t.db.selectFrom('recoveryCodes').select('codeHash').where('userId', '=', editor.id).execute();
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) expect(codes.join()).not.toContain(codeHash);
    // The session that enrolled may now do everything its role may.
    await t.http().get('/api/v1/auth/sessions').set('cookie', cookie).expect(200);
    const after = await t.http().get('/api/v1/auth/mfa').set('cookie', cookie).expect(200);
    expect(after.body).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });
  });

  it('is not required of viewers and partners', async () => {
    const viewer = await t.make.user('viewer', organisationId);
    const cookie = cookieOf(await login(viewer.email).expect(200))!;
    await t.http().get('/api/v1/auth/sessions').set('cookie', cookie).expect(200);
  });
});

describe('signing in with a second factor', () => {
  it('asks for the code after a right password, and starts no session without it', async () => {
    const { email } = await enrolledEditor();
    const response = await login(email).expect(401);
    expect(response.body.type).toBe('/problems/second-factor-needed');
    expect(cookieOf(response)).toBeUndefined();
  });

  it('refuses a wrong code (audited, no session) and takes the right one once', async () => {
    const { email, secret } = await enrolledEditor();
    t.clock.advance(30_000);
    const before = await refusedCount();
    const wrong = await login(email, '999999');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ path: '/oneTimeCode', code: 'wrong-code' });
    expect(cookieOf(wrong)).toBeUndefined();
    expect(await refusedCount()).toBe(before + 1);

    const code = codeOf(secret);
    const right = await login(email, code).expect(200);
    expect(cookieOf(right)).toBeDefined();
    // The same code again within its window: refused.
    const replayed = await login(email, code);
    expect(replayed.status).toBe(400);
    expect(cookieOf(replayed)).toBeUndefined();
    // The next step's code works.
    t.clock.advance(30_000);
    await login(email, codeOf(secret)).expect(200);
  });

  it('takes each recovery code once', async () => {
    const { email, recoveryCodes } = await enrolledEditor();
    const used = recoveryCodes[0]!;
    const first = await login(email, used.toUpperCase()).expect(200);
    const cookie = cookieOf(first)!;
    const mine = await t.http().get('/api/v1/auth/sessions').set('cookie', cookie).expect(200);
    expect(mine.body.sessions.find((s: { current: boolean }) => s.current).method).toBe('password+recovery');
    expect((await login(email, used)).status).toBe(400);
    const status = await t.http().get('/api/v1/auth/mfa').set('cookie', cookie).expect(200);
    expect(status.body.recoveryCodesLeft).toBe(9);
  });

  it('throttles wrong codes like wrong passwords', async () => {
    const { email } = await enrolledEditor();
    t.clock.advance(60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login(email, '111111')).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    t.clock.advance(60_000);
  });
});
