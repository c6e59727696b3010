import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { TEST_PASSWORD } from './helpers/factories.js';

// "My sessions": a person's live sessions and API tokens, with when, where and
// with what they were used; any of them ended, or all sessions but this one.

let t: TestApp;
let organisationId: string;
beforeAll(async () => {
  t = await startTestApp();
  const home = await t.make.municipality();
  organisationId = (await t.make.organisation({ kind: 'municipality', municipalityId: home.id })).id;
});
afterAll(() => t.close());

async function signInWith(email: string, agent: string): Promise<string> {
  const response = await t
    .http()
    .post('/api/v1/auth/login')
    .set('user-agent', agent)
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  return ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('lk_session='))!
    .split(';')[0]!;
}

interface Listed {
  sessions: { id: string; current: boolean; userAgent: string | null; address: string | null; method: string }[];
  tokens: { id: string; lastUsedAt: string | null; address: string | null; userAgent: string | null }[];
}
const list = async (cookie: string) =>
  (await t.http().get('/api/v1/auth/sessions').set('cookie', cookie).expect(200)).body as Listed;

describe('my sessions', () => {
  it('lists my sessions with address and agent, and ends one, then all but this one', async () => {
    const me = await t.make.user('editor', organisationId);
    const laptop = await signInWith(me.email, 'Laptop Firefox');
    const phone = await signInWith(me.email, 'Phone Safari');
    const tablet = await signInWith(me.email, 'Tablet Chrome');
    const seen = await list(laptop);
    expect(seen.sessions).toHaveLength(3);
    expect(seen.sessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Laptop Firefox']);
    expect(seen.sessions.map((s) => s.userAgent).sort()).toEqual(['Laptop Firefox', 'Phone Safari', 'Tablet Chrome']);
    expect(seen.sessions.every((s) => s.address !== null && s.method === 'password')).toBe(true);

    const phoneId = seen.sessions.find((s) => s.userAgent === 'Phone Safari')!.id;
    await t.http().delete(`/api/v1/auth/sessions/${phoneId}`).set('cookie', laptop).expect(204);
    await t.http().get('/api/v1/auth/me').set('cookie', phone).expect(401);
    await t.http().get('/api/v1/auth/me').set('cookie', tablet).expect(200);

    await t.http().delete('/api/v1/auth/sessions').set('cookie', laptop).expect(204);
    await t.http().get('/api/v1/auth/me').set('cookie', tablet).expect(401);
    expect((await list(laptop)).sessions).toHaveLength(1);
  });

  it('cannot end another person’s session (404) and audits each end', async () => {
    const me = await t.make.user('viewer', organisationId);
    const other = await t.make.user('viewer', organisationId);
    const mine = await signInWith(me.email, 'A');
    const theirs = await signInWith(other.email, 'B');
    const theirId = (await list(theirs)).sessions[0]!.id;
    await t.http().delete(`/api/v1/auth/sessions/${theirId}`).set('cookie', mine).expect(404);
    await t.http().get('/api/v1/auth/me').set('cookie', theirs).expect(200);
    const before = (await t.db.selectFrom('auditEvents').select('id').where('entityType', '=', 'session').execute())
      .length;
    await t.http().delete(`/api/v1/auth/sessions/${theirId}`).set('cookie', theirs).expect(204);
    const after = (await t.db.selectFrom('auditEvents').select('id').where('entityType', '=', 'session').execute())
      .length;
    expect(after).toBe(before + 1);
  });

  it('lists my API tokens with where they were last used, and revokes one', async () => {
    const me = await t.make.user('viewer', organisationId);
    const cookie = await signInWith(me.email, 'Browser');
    const { issued, stored } = await t.make.token(me.id, { label: 'Skript' });
    await t
      .http()
      .get('/api/v1/auth/me')
      .set({ authorization: `Bearer ${issued.token}`, 'user-agent': 'curl/8' })
      .expect(200);
    const tokens = (await list(cookie)).tokens;
    expect(tokens).toEqual([expect.objectContaining({ id: stored.id, userAgent: 'curl/8' })]);
    expect(tokens[0]!.lastUsedAt).not.toBeNull();
    expect(tokens[0]!.address).not.toBeNull();
    await t.http().delete(`/api/v1/auth/tokens/${stored.id}`).set('cookie', cookie).expect(204);
    await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${issued.token}`).expect(401);
  });
});
