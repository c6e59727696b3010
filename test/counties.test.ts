import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountyDashboard } from '../server/counties/schemas.js';
import { loadCountyDashboard } from '../server/counties/store.js';
import { countyOf, isCountyReader, type Actor } from '../server/domain/policy.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { as, cooperation, type Callers } from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';
import { snapshotTables } from './helpers/snapshot.js';

// The county: GET /public/counties/{code}/dashboard and its open
// data, county organisations with their countyCode, and county readers.

let t: TestApp;
let c: Callers;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
let county: string;
const anonymous = () => as(t, {});

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  county = c.home.code.slice(0, 2);
  const make = cooperation(t, c);
  plan = await make.plan();
  for (const [period, group, value] of [
    ['2024', 'women', 20],
    ['2024', 'men', 34],
    ['2025', 'women', 24],
    ['2025', 'men', 35],
  ] as const) {
    await make.editor.put(`/indicators/${plan.indicator.id}/values`, { period, group, value }).expect(201);
  }
  // TEST_NOW is June 2026: January–May have ended; 4 a month is the target.
  await make.followUp(plan.policeShared.id, '2026-01', { outcome: 4, internalNote: 'Hemlig anteckning' });
  await make.followUp(plan.policeShared.id, '2026-02', { outcome: 2 });
  await make.promise([plan.policeShared.id], { title: 'Opublicerat löfte' });
  await make.agreement({ title: 'Utkast till överenskommelse', status: 'draft', published: true });
});
afterAll(() => t.close());

const dashboard = async (code = county) =>
  (await anonymous().get(`/public/counties/${code}/dashboard`).expect(200)).body as CountyDashboard;

describe('the county dashboard', () => {
  it('lists every municipality of the county, one with nothing published as such', async () => {
    const body = await dashboard();
    expect(body.county.code).toBe(county);
    expect(body.county.name).toBe('Testlän');
    const codes = body.municipalities.map((m) => m.municipality.code);
    expect(codes).toContain(c.home.code);
    expect(codes).toContain(c.away.code);
    expect(codes.every((code) => code.startsWith(county))).toBe(true);
    const away = body.municipalities.find((m) => m.municipality.code === c.away.code)!;
    expect(away).toMatchObject({ hasData: false, agreement: null, promises: [], indicators: [] });
    expect(away.progressToDate).toEqual({ targetToDate: 0, outcomeToDate: 0, progress: null, light: null });
  });

  it('shows the active agreement, the published promises with progress to date, and indicators for women and men', async () => {
    const home = (await dashboard()).municipalities.find((m) => m.municipality.code === c.home.code)!;
    expect(home.hasData).toBe(true);
    expect(home.agreement).toMatchObject({ id: plan.agreement.id });
    expect(home.promises.map((p) => p.title)).toEqual([plan.promise.title]);
    const [promise] = home.promises;
    // Three published measured activities × 5 ended months × 4 = 60; 6 reported.
    expect(promise).toMatchObject({ current: true, activities: 3, targetToDate: 60, outcomeToDate: 6 });
    expect(promise!.progress).toBeCloseTo(0.1);
    expect(promise!.light).toBe('behind');
    expect(home.progressToDate).toMatchObject({ targetToDate: 60, outcomeToDate: 6, light: 'behind' });
    const indicator = home.indicators.find((i) => i.id === plan.indicator.id)!;
    expect(indicator).toMatchObject({ period: '2025', women: 24, men: 35, all: null, kolada: null });
  });

  it('holds nothing of drafts, unpublished items or internal notes', async () => {
    const text = JSON.stringify(await dashboard());
    for (const secret of ['Opublicerat löfte', 'Utkast till överenskommelse', 'Hemlig anteckning', 'Hemlig insats']) {
      expect(text).not.toContain(secret);
    }
  });

  it('is the same for a county reader and the public, and cacheable', async () => {
    const path = `/public/counties/${county}/dashboard`;
    const publicly = await anonymous().get(path).expect(200);
    const reader = await as(t, c.headers.countyViewer).get(path).expect(200);
    expect(reader.body).toEqual(publicly.body);
    expect(publicly.headers['cache-control']).toMatch(/public/);
    await anonymous()
      .get(path)
      .set('if-none-match', publicly.headers.etag as string)
      .expect(304);
  });

  it('answers 400 for a code that is not two digits and 404 for an unknown county, changing nothing', async () => {
    const before = await snapshotTables(t.db);
    for (const code of ['5', '123', 'ab', '05x', '%20%205']) {
      expectProblem(await anonymous().get(`/public/counties/${code}/dashboard`), 400);
    }
    expectProblem(await anonymous().get('/public/counties/99/dashboard'), 404, 'not-found');
    expectProblem(await anonymous().get('/public/counties/99/open-data/promises.csv'), 404, 'not-found');
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('is read in a fixed number of queries however many municipalities the county has', async () => {
    const count = async () => {
      let queries = 0;
      const counter: KyselyPlugin = {
        transformQuery: (args) => {
          queries += 1;
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      await loadCountyDashboard(t.db.withPlugin(counter), county, t.clock.now());
      return queries;
    };
    const few = await count();
    for (let i = 0; i < 5; i += 1) await t.make.municipality({ code: `${county}${50 + i}` });
    expect(await count()).toBe(few);
    expect(few).toBeLessThanOrEqual(14);
  });
});

describe('the county open data', () => {
  it('is the union of the municipalities’ open data with the municipality code first', async () => {
    for (const set of ['promises', 'followups', 'indicators']) {
      const own = (await anonymous().get(`/public/municipalities/${c.home.code}/open-data/${set}.json`).expect(200))
        .body as { items: Record<string, unknown>[] };
      const all = (await anonymous().get(`/public/counties/${county}/open-data/${set}.json`).expect(200)).body as {
        county: { code: string };
        items: Record<string, unknown>[];
      };
      expect(all.county.code).toBe(county);
      const homeRows = all.items.filter((row) => row.municipality_code === c.home.code);
      expect(homeRows.map(({ municipality_code: _, ...row }) => row)).toEqual(own.items);
      expect(own.items.length).toBeGreaterThan(0);
      const csv = await anonymous().get(`/public/counties/${county}/open-data/${set}.csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.text.split('\r\n')[0]!.startsWith('municipality_code,')).toBe(true);
      expect(csv.text).toContain(`\r\n${c.home.code},`);
      expect(csv.text).not.toContain('Hemlig anteckning');
    }
  });
});

describe('county organisations', () => {
  const admin = () => as(t, c.headers.admin);

  it('name the county they serve; no other kind names one (400, nothing stored)', async () => {
    const before = await snapshotTables(t.db);
    const needed = expectProblem(
      await admin().post('/organisations', { name: 'Länsstyrelsen X', kind: 'county' }),
      400,
    );
    expect(needed.errors).toMatchObject([{ path: '/countyCode', code: 'required' }]);
    const other = expectProblem(
      await admin().post('/organisations', { name: 'Polisen', kind: 'police', countyCode: '05' }),
      400,
    );
    expect(other.errors).toMatchObject([{ path: '/countyCode', code: 'county-only' }]);
    expectProblem(await admin().post('/organisations', { name: 'L', kind: 'county', countyCode: '5' }), 400);
    expect(await snapshotTables(t.db)).toEqual(before);
    const created = await admin()
      .post('/organisations', { name: 'Länsstyrelsen Östergötland', kind: 'county', countyCode: '05' })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'county', countyCode: '05', municipalityId: null });
    const patch = (body: object, version: number) =>
      admin().patch(`/organisations/${created.body.id}`, body, `"${version}"`);
    expectProblem(await patch({ kind: 'other' }, created.body.version), 400);
    const changed = await patch({ kind: 'other', countyCode: null }, created.body.version).expect(200);
    expect(changed.body).toMatchObject({ kind: 'other', countyCode: null });
  });
});

describe('county readers', () => {
  const actor = (overrides: Partial<Actor>): Actor => ({
    userId: 'u',
    role: 'viewer',
    organisationId: 'o',
    municipalityId: null,
    countyCode: '05',
    via: 'session',
    sessionHash: null,
    ...overrides,
  });

  it('read the county’s reports for each of its municipalities, and no other', () => {
    expect(countyOf('0580')).toBe('05');
    expect(isCountyReader(actor({}), '0580')).toBe(true);
    expect(isCountyReader(actor({}), '0180')).toBe(false);
    expect(isCountyReader(actor({ role: 'editor' }), '0580')).toBe(false);
    expect(isCountyReader(actor({ countyCode: null }), '0580')).toBe(false);
    expect(isCountyReader(null, '0580')).toBe(false);
  });

  it('read what the public reads: no draft, no internal note, and write nothing', async () => {
    const reader = as(t, c.headers.countyViewer);
    await reader.get(`/promises/${plan.promise.id}`).expect(200);
    await reader.get(`/activities/${plan.hidden.id}`).expect(404);
    const months = await reader.get(`/activities/${plan.policeShared.id}/follow-ups`).expect(200);
    expect(JSON.stringify(months.body)).not.toContain('Hemlig anteckning');
    const before = await snapshotTables(t.db);
    expectProblem(await reader.post('/goals', { municipalityId: c.home.id, title: 'Länets mål' }), 403);
    expectProblem(await reader.put(`/activities/${plan.policeShared.id}/follow-ups/2026-03`, { outcome: 1 }), 403);
    expectProblem(await reader.post(`/indicators/${plan.indicator.id}/kolada-sync`, undefined), 403);
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('are who a county organisation’s viewers are when they sign in', async () => {
    const me = await as(t, c.headers.countyViewer).get('/auth/me').expect(200);
    expect(me.body.organisationId).toBe(c.county.id);
    expect(c.county.countyCode).toBe(county);
  });
});
