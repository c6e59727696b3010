import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { as, cooperation, type Callers, type Client } from './helpers/cooperation.js';
import { testDatabaseKind } from './helpers/database-kind.js';
import { expectProblem } from './helpers/problems.js';

// GET /api/v1/public/municipalities/{code}/dashboard: what the public sees, and how it caches.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let anonymous: Client;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;

const dashboardPath = (code: string) => `/public/municipalities/${code}/dashboard`;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  anonymous = as(t, {});
  plan = await make.plan();
  const values = `/indicators/${plan.indicator.id}/values`;
  for (const [period, group, value] of [
    ['2021', 'all', 60],
    ['2021', 'women', 55],
    ['2021', 'men', 65],
    ['2025', 'all', 70],
    ['2025', 'women', 60],
    ['2025', 'men', 75],
  ] as const) {
    await make.editor.put(values, { period, group, value }).expect(201);
  }
  await make.followUp(plan.policeShared.id, '2026-01', { outcome: 4, internalNote: 'Hemligt' });
  await make.followUp(plan.policeShared.id, '2026-02', { outcome: 2 });
  // Not shown: an unpublished goal, an unpublished promise.
  await make.goal({ title: 'Opublicerat mål' });
  await make.promise([plan.policeShared.id], { title: 'Opublicerat löfte' });
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_NOW));

describe('the dashboard', () => {
  it('holds the municipality, the published goals with indicators, the published promises with progress', async () => {
    const response = await anonymous.get(dashboardPath(c.home.code)).expect(200);
    const dashboard = response.body;
    expect(dashboard.municipality).toEqual(c.home);

    expect(dashboard.goals).toHaveLength(1);
    const [goal] = dashboard.goals;
    expect(goal.goal).toEqual(plan.goal);
    expect(goal.indicators).toHaveLength(1);
    const [indicator] = goal.indicators;
    expect(indicator.indicator).toMatchObject({
      id: plan.indicator.id,
      baseline: { period: '2021', value: 60 },
      target: { period: '2027', value: 80 },
    });
    expect(indicator.values).toHaveLength(6);
    expect(indicator.values[0]).toMatchObject({ period: '2021', group: 'all', value: 60 });
    // Per group from the group's own baseline value: all (70−60)/(80−60), women (60−55)/(80−55), men (75−65)/(80−65).
    expect(indicator.progress.all).toBeCloseTo(0.5, 10);
    expect(indicator.progress.women).toBeCloseTo(0.2, 10);
    expect(indicator.progress.men).toBeCloseTo(2 / 3, 10);

    expect(dashboard.promises).toHaveLength(1);
    const [promise] = dashboard.promises;
    expect(promise.promise).toMatchObject({ id: plan.promise.id, published: true });
    const shown = [plan.policeShared.id, plan.partnerShared.id, plan.notShared.id];
    expect(promise.activities.map((a: { activity: { id: string } }) => a.activity.id)).toEqual(shown);
    const [walks] = promise.activities;
    expect(walks.activity).toMatchObject({ id: plan.policeShared.id, title: 'Trygghetsvandringar' });
    expect(walks.progress).toMatchObject({
      activityId: plan.policeShared.id,
      targetToDate: 20,
      outcomeToDate: 6,
      progress: 0.3,
      missingMonths: ['2026-03', '2026-04', '2026-05'],
    });
    expect(walks.progress.months).toHaveLength(12);
    expect(walks.progress.months.slice(0, 3)).toEqual([
      { month: '2026-01', target: 4, outcome: 4, state: 'reported' },
      { month: '2026-02', target: 4, outcome: 2, state: 'reported' },
      { month: '2026-03', target: 4, outcome: null, state: 'missing' },
    ]);
    expect(dashboard.organisations.map((o: { id: string }) => o.id).sort()).toEqual(
      [c.homeOrganisation.id, c.police.id].sort(),
    );

    const text = JSON.stringify(dashboard);
    for (const secret of ['Opublicerat', 'Hemligt', 'internalNote', plan.hidden.id]) expect(text).not.toContain(secret);
    expect(dashboard.lastChangedAt).toBe(TEST_NOW);
  });

  it('an indicator where lower is better, clamped to 0…1, and a group without values is null', async () => {
    const municipality = await t.make.municipality();
    const organisation = await t.make.organisation({ kind: 'municipality', municipalityId: municipality.id });
    const user = await t.make.user('admin', organisation.id);
    const admin = as(t, { cookie: await signIn(t, user.email) });
    const goal = (
      await admin.post('/goals', { municipalityId: municipality.id, title: 'Färre brott', published: true }).expect(201)
    ).body;
    const indicator = (
      await admin
        .post(`/goals/${goal.id}/indicators`, {
          title: 'Anmälda brott per 1000 invånare',
          source: 'Anmälda brott',
          unit: 'antal',
          direction: 'decrease',
          baseline: { period: '2020', value: 100 },
          target: { period: '2027', value: 80 },
          published: true,
        })
        .expect(201)
    ).body;
    await admin.put(`/indicators/${indicator.id}/values`, { period: '2024', group: 'all', value: 90 }).expect(201);
    await admin.put(`/indicators/${indicator.id}/values`, { period: '2024', group: 'men', value: 120 }).expect(201);
    await admin.put(`/indicators/${indicator.id}/values`, { period: '2025', group: 'women', value: 70 }).expect(201);
    const response = await anonymous.get(dashboardPath(municipality.code)).expect(200);
    expect(response.body.goals[0].indicators[0].progress).toEqual({ all: 0.5, women: 1, men: 0 });
    expect(response.body.promises).toEqual([]);
  });

  it('is cacheable: an ETag, Cache-Control public, always revalidated, and 304 to a matching If-None-Match', async () => {
    const first = await anonymous.get(dashboardPath(c.home.code)).expect(200);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    expect(first.headers['set-cookie']).toBeUndefined();

    const again = await anonymous.get(dashboardPath(c.home.code)).expect(200);
    expect(again.headers.etag).toBe(tag);

    for (const header of [tag, `W/${tag}`, `"other", ${tag}`]) {
      const cached = await anonymous.get(dashboardPath(c.home.code)).set('if-none-match', header);
      expect(cached.status).toBe(304);
      expect(cached.text).toBe('');
      expect(cached.headers.etag).toBe(tag);
    }
    await anonymous.get(dashboardPath(c.home.code)).set('if-none-match', '"stale"').expect(200);
    // The same for a signed-in caller: the dashboard is public whoever asks.
    const signedIn = await as(t, c.headers.editor).get(dashboardPath(c.home.code)).expect(200);
    expect(signedIn.headers.etag).toBe(tag);
  });

  it('after a new follow-up the ETag and lastChangedAt change', async () => {
    const before = await anonymous.get(dashboardPath(c.home.code)).expect(200);
    t.clock.set('2026-06-15T10:30:00.000Z');
    await make.followUp(plan.partnerShared.id, '2026-05', { outcome: 3 });
    const after = await anonymous.get(dashboardPath(c.home.code)).set('if-none-match', before.headers.etag as string);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.lastChangedAt).toBe('2026-06-15T10:30:00.000Z');
    expect(after.body.promises[0].activities[1].progress.outcomeToDate).toBe(3);
  });

  it('an unpublished activity changing does not change the ETag', async () => {
    const before = await anonymous.get(dashboardPath(c.home.code)).expect(200);
    t.clock.set('2026-06-15T11:00:00.000Z');
    await make.followUp(plan.hidden.id, '2026-04', { outcome: 9 });
    await anonymous
      .get(dashboardPath(c.home.code))
      .set('if-none-match', before.headers.etag as string)
      .expect(304);
  });

  it('an unknown code is a 404 problem; a code that is not four digits is 400', async () => {
    expectProblem(await anonymous.get(dashboardPath('9999')), 404, 'not-found');
    const bad = expectProblem(await anonymous.get(dashboardPath('abc')), 400, 'validation');
    expect(bad.errors![0]).toMatchObject({ in: 'params', path: '/code' });
  });
});

describe('the dashboard query count', () => {
  let counted: FastifyInstance;
  let queries = 0;

  beforeAll(async () => {
    // The same app on the same database, its Kysely instance counting what it runs.
    const counter: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        queries++;
        return args.result;
      },
    };
    counted = await buildApp({
      config: t.config,
      database: { ...t.database, db: t.db.withPlugin(counter) },
      clock: t.clock,
    });
    await counted.ready();
  });
  afterAll(() => counted.close());

  async function countDashboard(code: string) {
    queries = 0;
    const response = await supertest(counted.server)
      .get(`/api/v1${dashboardPath(code)}`)
      .expect(200);
    return { queries, body: response.body };
  }

  it('is fixed however many goals, indicators, promises and activities there are', async () => {
    const municipality = await t.make.municipality();
    const organisation = await t.make.organisation({ kind: 'municipality', municipalityId: municipality.id });
    const user = await t.make.user('editor', organisation.id);
    const editor = as(t, { cookie: await signIn(t, user.email) });
    const created = async (path: string, body: object) => (await editor.post(path, body).expect(201)).body;

    const agreement = await created('/agreements', {
      municipalityId: municipality.id,
      title: 'Överenskommelse',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      partyIds: [organisation.id],
      published: true,
    });
    const area = await created(`/agreements/${agreement.id}/focus-areas`, { title: 'Fokus' });
    let n = 0;
    async function addSome(goals: number, activities: number) {
      for (let g = 0; g < goals; g++) {
        const goal = await created('/goals', { municipalityId: municipality.id, title: `Mål ${++n}`, published: true });
        for (let i = 0; i < 2; i++) {
          const indicator = await created(`/goals/${goal.id}/indicators`, {
            title: `Indikator ${++n}`,
            source: 'NTU',
            unit: 'procent',
            direction: 'increase',
            baseline: { period: '2021', value: 10 },
            target: { period: '2027', value: 20 },
            published: true,
          });
          await editor
            .put(`/indicators/${indicator.id}/values`, { period: '2025', group: 'all', value: 15 })
            .expect(201);
        }
      }
      const ids: string[] = [];
      for (let a = 0; a < activities; a++) {
        const activity = await created('/activities', {
          agreementId: agreement.id,
          focusAreaId: area.id,
          title: `Aktivitet ${++n}`,
          leadOrganisationId: organisation.id,
          published: true,
          measure: { label: 'möten', unit: 'antal', monthlyTarget: 2 },
        });
        await editor.put(`/activities/${activity.id}/follow-ups/2026-02`, { outcome: 1 }).expect(201);
        ids.push(activity.id);
      }
      await created('/promises', {
        municipalityId: municipality.id,
        title: `Löfte ${++n}`,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        text: 'Vi lovar.',
        activityIds: ids,
        published: true,
      });
    }

    await addSome(1, 1);
    const small = await countDashboard(municipality.code);
    expect(small.body.goals).toHaveLength(1);
    expect(small.body.promises).toHaveLength(1);

    await addSome(3, 4);
    await addSome(1, 2);
    const large = await countDashboard(municipality.code);
    expect(large.body.goals).toHaveLength(5);
    expect(large.body.goals.flatMap((g: { indicators: unknown[] }) => g.indicators)).toHaveLength(10);
    expect(large.body.promises).toHaveLength(3);
    expect(large.body.promises.flatMap((p: { activities: unknown[] }) => p.activities)).toHaveLength(7);

    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
    // Read again unchanged, whole or as a 304: only the one query asking for the current version,
    // and on PGlite, whose only writer is this process, none until it commits a change.
    const versionQueries = testDatabaseKind() === 'pglite' ? 0 : 1;
    const again = await countDashboard(municipality.code);
    expect(again.queries).toBe(versionQueries);
    expect(again.body).toEqual(large.body);
    const tag = (await supertest(counted.server).get(`/api/v1${dashboardPath(municipality.code)}`)).headers
      .etag as string;
    queries = 0;
    await supertest(counted.server)
      .get(`/api/v1${dashboardPath(municipality.code)}`)
      .set('if-none-match', tag)
      .expect(304);
    expect(queries).toBe(versionQueries);
  });
});
