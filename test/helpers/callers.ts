import type { TestApp } from './app.js';
import { TEST_PASSWORD } from './factories.js';

export const CALLERS = ['anonymous', 'viewer', 'partner', 'editor', 'admin', 'otherEditor', 'countyViewer'] as const;
export type Caller = (typeof CALLERS)[number];

/** Signs in and returns the Cookie header of the new session. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await t.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((value) => value.startsWith('lk_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie.split(';')[0]!;
}

/**
 * One account of each kind around a home municipality: its editor and viewer,
 * a police partner, an admin, an editor of another municipality, and a viewer
 * of the county's länsstyrelse (a county reader).
 */
export async function makeCallers(t: TestApp) {
  const home = await t.make.municipality();
  const away = await t.make.municipality();
  const homeOrganisation = await t.make.organisation({ kind: 'municipality', municipalityId: home.id });
  const police = await t.make.organisation({ kind: 'police', municipalityId: home.id });
  const awayOrganisation = await t.make.organisation({ kind: 'municipality', municipalityId: away.id });
  const system = await t.make.organisation({ kind: 'other', municipalityId: null });
  // The länsstyrelse of the home municipality's county (the first two digits of its code).
  const county = await t.make.organisation({ kind: 'county', municipalityId: null, countyCode: home.code.slice(0, 2) });
  const users = {
    viewer: await t.make.user('viewer', homeOrganisation.id),
    partner: await t.make.user('partner', police.id),
    editor: await t.make.user('editor', homeOrganisation.id),
    admin: await t.make.user('admin', system.id),
    otherEditor: await t.make.user('editor', awayOrganisation.id),
    countyViewer: await t.make.user('viewer', county.id),
  };
  const headers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    viewer: { cookie: await signIn(t, users.viewer.email) },
    partner: { cookie: await signIn(t, users.partner.email) },
    editor: { cookie: await signIn(t, users.editor.email) },
    admin: { cookie: await signIn(t, users.admin.email) },
    otherEditor: { cookie: await signIn(t, users.otherEditor.email) },
    countyViewer: { cookie: await signIn(t, users.countyViewer.email) },
  };
  return { home, away, homeOrganisation, police, awayOrganisation, system, county, users, headers };
}
