import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordWeakness } from '../server/credentials/passwords.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';

// New passwords (NIST SP 800-63B): at least 12 characters, no composition
// rules, and not on the shipped list of common and breached passwords.

describe('what a new password must be', () => {
  it('refuses the common, the breached and the built-on-a-name, with or without digits added', () => {
    for (const password of [
      'password1234',
      'Password1234!',
      'iloveyou2024!!',
      '123456789012',
      'qwertyuiop12',
      'aaaaaaaaaaaaaa',
    ]) {
      expect(passwordWeakness(password), password).toBe('common-password');
    }
    expect(passwordWeakness('Lofteskollen2026!')).toBe('common-password');
    expect(passwordWeakness('kalle.anka.2026', 'kalle.anka@linkoping.example')).toBe('common-password');
  });

  it('takes long phrases without asking for digits, capitals or signs', () => {
    for (const password of [
      'correct horse battery staple',
      'sommar i linköping med polisen',
      'trygghetsvandring i skäggetorp',
    ]) {
      expect(passwordWeakness(password), password).toBeNull();
    }
  });

  it('wants at least 12 characters', () => {
    expect(passwordWeakness('kort lösen!')).toBe('too-short');
  });
});

describe('setting a password through the API', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof makeCallers>>;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCallers(t);
  });
  afterAll(() => t.close());

  const counts = async () => ({
    users: (await t.db.selectFrom('users').select('id').execute()).length,
    refused: (await t.db.selectFrom('auditEvents').select('id').where('action', '=', 'refused').execute()).length,
  });

  it('refuses a common password for a new account with a field error, changes nothing, and audits the attempt', async () => {
    const before = await counts();
    const response = await t.http().post('/api/v1/users').set(c.headers.admin).send({
      email: 'ny@test.example',
      name: 'Ny',
      password: 'password1234',
      role: 'viewer',
      organisationId: c.homeOrganisation.id,
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ in: 'body', path: '/password', code: 'common-password' }),
    ]);
    expect(await counts()).toEqual({ users: before.users, refused: before.refused + 1 });
    const event = await t.db
      .selectFrom('auditEvents')
      .select('after')
      .where('action', '=', 'refused')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(event.after)).not.toContain('password1234');
  });

  it('refuses a common password as a change, and takes a long phrase', async () => {
    const target = await t.make.user('viewer', c.homeOrganisation.id);
    const read = await t.http().get(`/api/v1/users/${target.id}`).set(c.headers.admin).expect(200);
    const weak = await t
      .http()
      .patch(`/api/v1/users/${target.id}`)
      .set({ ...c.headers.admin, 'if-match': read.headers.etag })
      .send({ password: 'sunshine2024!' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].code).toBe('common-password');
    await t
      .http()
      .patch(`/api/v1/users/${target.id}`)
      .set({ ...c.headers.admin, 'if-match': read.headers.etag })
      .send({ password: 'en lång fras om trygghet' })
      .expect(200);
  });
});
