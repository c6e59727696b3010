import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { as, cooperation, etag, MEASURE, walk, type Callers, type Client } from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';

// The cooperation's routes, through the HTTP API: what each answers and how lists page.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let editor: Client;
let anonymous: Client;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  editor = make.editor;
  anonymous = as(t, {});
});
afterAll(() => t.close());
// Tests that move the clock leave it where they found it.
beforeEach(() => t.clock.set(TEST_NOW));

describe('goals', () => {
  it('create (201, Location, ETag), read, list, change with If-Match, delete', async () => {
    const created = await editor
      .post('/goals', { municipalityId: c.home.id, title: 'Ett attraktivt och tryggt Linköping' })
      .expect(201);
    const goal = created.body;
    expect(goal).toEqual({
      id: expect.any(String),
      municipalityId: c.home.id,
      title: 'Ett attraktivt och tryggt Linköping',
      description: '',
      published: false,
      version: 1,
      createdAt: '2026-06-15T10:00:00.000Z',
      updatedAt: '2026-06-15T10:00:00.000Z',
    });
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`/api/v1/goals/${goal.id}`);

    const read = await editor.get(`/goals/${goal.id}`).expect(200);
    expect(read.body).toEqual(goal);
    expect(read.headers.etag).toBe('"1"');

    const list = await editor.get(`/goals?municipalityId=${c.home.id}`).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(goal.id);

    t.clock.advance(60_000);
    const patched = await editor.patch(`/goals/${goal.id}`, { description: 'Trygghet', published: true }, '"1"');
    expect(patched.status).toBe(200);
    expect(patched.headers.etag).toBe('"2"');
    expect(patched.body).toMatchObject({ description: 'Trygghet', published: true, version: 2 });
    expect(patched.body.updatedAt).toBe('2026-06-15T10:01:00.000Z');
    expect(patched.body.createdAt).toBe(goal.createdAt);

    await editor.delete(`/goals/${goal.id}`, '"2"').expect(204);
    expectProblem(await editor.get(`/goals/${goal.id}`), 404, 'not-found');
  });

  it('a goal with an indicator cannot be deleted (409) until the indicator is gone', async () => {
    const goal = await make.goal();
    const indicator = await make.indicator(goal.id);
    const refused = await editor.delete(`/goals/${goal.id}`, etag(goal));
    expect(expectProblem(refused, 409, 'conflict').detail).toMatch(/1 indicator/);
    await editor.delete(`/indicators/${indicator.id}`, etag(indicator)).expect(204);
    await editor.delete(`/goals/${goal.id}`, etag(goal)).expect(204);
  });
});

describe('indicators and their values', () => {
  it('create, list under the goal, read, change, delete', async () => {
    const goal = await make.goal();
    const response = await editor
      .post(`/goals/${goal.id}/indicators`, {
        title: 'Andel som känner sig trygga utomhus en sen kväll',
        source: 'Polisens trygghetsmätning',
        unit: 'procent',
        direction: 'increase',
        baseline: { period: '2021', value: 62 },
        target: { period: '2027-12', value: 75 },
      })
      .expect(201);
    const indicator = response.body;
    expect(indicator).toMatchObject({
      goalId: goal.id,
      direction: 'increase',
      baseline: { period: '2021', value: 62 },
      target: { period: '2027-12', value: 75 },
      published: false,
      version: 1,
    });
    expect(response.headers.location).toBe(`/api/v1/indicators/${indicator.id}`);

    const list = await editor.get(`/goals/${goal.id}/indicators`).expect(200);
    expect(list.body).toEqual({ items: [indicator], nextCursor: null });
    expect((await editor.get(`/indicators/${indicator.id}`).expect(200)).body).toEqual(indicator);

    const patched = await editor.patch(`/indicators/${indicator.id}`, { target: null }, '"1"').expect(200);
    expect(patched.body).toMatchObject({ target: null, version: 2 });

    await editor.delete(`/indicators/${indicator.id}`, '"2"').expect(204);
    expectProblem(await editor.get(`/indicators/${indicator.id}`), 404);
  });

  it('a target on the worse side of the baseline is 400 naming /target/value', async () => {
    const goal = await make.goal();
    const response = await editor.post(`/goals/${goal.id}/indicators`, {
      title: 'Anmälda brott',
      source: 'Anmälda brott',
      unit: 'antal',
      direction: 'decrease',
      baseline: { period: '2021', value: 100 },
      target: { period: '2027', value: 120 },
    });
    expect(expectProblem(response, 400, 'validation').errors).toContainEqual(
      expect.objectContaining({ path: '/target/value' }),
    );
  });

  it('PUT values upserts {period, group, value}: 201 when new, 200 when it replaces', async () => {
    const goal = await make.goal();
    const indicator = await make.indicator(goal.id);
    const path = `/indicators/${indicator.id}/values`;

    const first = await editor.put(path, { period: '2024', group: 'all', value: 64 });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      indicatorId: indicator.id,
      period: '2024',
      group: 'all',
      value: 64,
      updatedAt: expect.any(String),
    });
    await editor.put(path, { period: '2024', group: 'women', value: 58 }).expect(201);
    await editor.put(path, { period: '2024', group: 'men', value: 70 }).expect(201);
    await editor.put(path, { period: '2025-05', group: 'all', value: 66 }).expect(201);

    const replaced = await editor.put(path, { period: '2024', group: 'women', value: 59.5 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ period: '2024', group: 'women', value: 59.5 });

    const values = await editor.get(path).expect(200);
    expect(values.body.nextCursor).toBeNull();
    expect(
      values.body.items.map((v: { period: string; group: string; value: number }) => [v.period, v.group, v.value]),
    ).toEqual([
      ['2024', 'all', 64],
      ['2024', 'men', 70],
      ['2024', 'women', 59.5],
      ['2025-05', 'all', 66],
    ]);
  });

  it('a period that is neither YYYY nor YYYY-MM, and a group beyond all/women/men, are 400', async () => {
    const goal = await make.goal();
    const indicator = await make.indicator(goal.id);
    const path = `/indicators/${indicator.id}/values`;
    for (const period of ['24', '2024-13', '2024-1', '2024-05-01', 'T1-2024']) {
      const response = await editor.put(path, { period, group: 'all', value: 1 });
      expect(expectProblem(response, 400, 'validation').errors![0]!.path).toBe('/period');
    }
    const group = await editor.put(path, { period: '2024', group: 'children', value: 1 });
    expect(expectProblem(group, 400, 'validation').errors![0]!.path).toBe('/group');
    expect((await editor.get(path).expect(200)).body.items).toEqual([]);
  });
});

describe('agreements and focus areas', () => {
  it('an agreement keeps its partyIds and goalIds; PATCH replaces the lists', async () => {
    const goal = await make.goal();
    const other = await make.goal();
    const response = await editor
      .post('/agreements', {
        municipalityId: c.home.id,
        title: 'Samverkansöverenskommelse 2026–2027',
        periodStart: '2026-01-01',
        periodEnd: '2027-12-31',
        summary: 'Lägesbild: oro i centrum kvällstid.',
        partyIds: [c.police.id, c.homeOrganisation.id],
        goalIds: [goal.id],
      })
      .expect(201);
    const agreement = response.body;
    expect(agreement).toMatchObject({
      status: 'draft',
      published: false,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      goalIds: [goal.id],
      version: 1,
    });
    expect([...agreement.partyIds].sort()).toEqual([c.police.id, c.homeOrganisation.id].sort());
    expect((await editor.get(`/agreements/${agreement.id}`).expect(200)).body).toEqual(agreement);

    const patched = await editor
      .patch(
        `/agreements/${agreement.id}`,
        { partyIds: [c.police.id], goalIds: [goal.id, other.id], status: 'active' },
        '"1"',
      )
      .expect(200);
    expect(patched.body.partyIds).toEqual([c.police.id]);
    expect([...patched.body.goalIds].sort()).toEqual([goal.id, other.id].sort());
    expect(patched.body).toMatchObject({ status: 'active', version: 2 });

    const listed = await editor.get(`/agreements?municipalityId=${c.home.id}&status=active`).expect(200);
    expect(listed.body.items).toContainEqual(patched.body);
  });

  it('focus areas list in order of position, whatever the order they were added in', async () => {
    const agreement = await make.agreement();
    const third = await make.focusArea(agreement.id, { title: 'Tredje', position: 30 });
    const first = await make.focusArea(agreement.id, { title: 'Första', position: 10 });
    const second = await make.focusArea(agreement.id, { title: 'Andra', position: 20 });
    // Without a position it goes last.
    const last = await make.focusArea(agreement.id, { title: 'Sist' });
    expect(last.position).toBe(31);

    const list = await editor.get(`/agreements/${agreement.id}/focus-areas`).expect(200);
    expect(list.body.items.map((area: { id: string }) => area.id)).toEqual([first.id, second.id, third.id, last.id]);
    expect(list.body.nextCursor).toBeNull();

    // Moving one changes the order.
    await editor.patch(`/focus-areas/${third.id}`, { position: 0 }, etag(third)).expect(200);
    const moved = await editor.get(`/agreements/${agreement.id}/focus-areas`).expect(200);
    expect(moved.body.items.map((area: { id: string }) => area.id)).toEqual([third.id, first.id, second.id, last.id]);

    const read = await editor.get(`/focus-areas/${first.id}`).expect(200);
    expect(read.body).toEqual(first);
    expect(read.headers.etag).toBe('"1"');
  });
});

describe('activities', () => {
  it('create answers the activity with its measure, partners and defaults', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    const response = await editor
      .post('/activities', {
        agreementId: agreement.id,
        focusAreaId: area.id,
        title: 'Trygghetsvandringar i Skäggetorp',
        leadOrganisationId: c.homeOrganisation.id,
        partnerOrganisationIds: [c.police.id],
        area: 'Skäggetorp',
        startDate: '2026-02-01',
        endDate: '2026-11-30',
        measure: MEASURE,
      })
      .expect(201);
    expect(response.body).toMatchObject({
      agreementId: agreement.id,
      focusAreaId: area.id,
      partnerOrganisationIds: [c.police.id],
      area: 'Skäggetorp',
      startDate: '2026-02-01',
      endDate: '2026-11-30',
      status: 'planned',
      comment: '',
      shared: false,
      published: false,
      measure: MEASURE,
      version: 1,
    });
    expect(response.headers.location).toBe(`/api/v1/activities/${response.body.id}`);
    expect((await editor.get(`/activities/${response.body.id}`).expect(200)).body).toEqual(response.body);
  });

  it('filters by agreementId, focusAreaId, status, organisationId (lead or partner) and area', async () => {
    const one = await make.agreement();
    const two = await make.agreement();
    const oneA = await make.focusArea(one.id);
    const oneB = await make.focusArea(one.id);
    const twoA = await make.focusArea(two.id);
    const housing = await t.make.organisation({ kind: 'other', municipalityId: c.home.id });

    const led = await make.activity(oneA, { leadOrganisationId: c.police.id, area: 'Ryd', status: 'ongoing' });
    const partnered = await make.activity(oneA, { partnerOrganisationIds: [housing.id, c.police.id], area: 'Berga' });
    const plain = await make.activity(oneB, { area: 'Ryd', status: 'done' });
    const elsewhere = await make.activity(twoA, { leadOrganisationId: housing.id, status: 'ongoing' });

    const ids = async (query: string) =>
      ((await editor.get(`/activities?${query}`).expect(200)).body.items as { id: string }[]).map((a) => a.id).sort();

    expect(await ids(`agreementId=${one.id}`)).toEqual([led.id, partnered.id, plain.id].sort());
    expect(await ids(`agreementId=${two.id}`)).toEqual([elsewhere.id]);
    expect(await ids(`focusAreaId=${oneA.id}`)).toEqual([led.id, partnered.id].sort());
    expect(await ids(`focusAreaId=${oneB.id}`)).toEqual([plain.id]);
    expect(await ids(`agreementId=${one.id}&status=ongoing`)).toEqual([led.id]);
    expect(await ids(`status=ongoing&organisationId=${housing.id}`)).toEqual([elsewhere.id]);
    // Lead OR partner: the police leads one and partners in another.
    expect(await ids(`agreementId=${one.id}&organisationId=${c.police.id}`)).toEqual([led.id, partnered.id].sort());
    expect(await ids(`organisationId=${housing.id}`)).toEqual([partnered.id, elsewhere.id].sort());
    expect(await ids(`agreementId=${one.id}&area=Ryd`)).toEqual([led.id, plain.id].sort());
    expect(await ids(`agreementId=${one.id}&area=Ryd&status=done`)).toEqual([plain.id]);
    expect(await ids(`area=Ingenstans`)).toEqual([]);
  });

  it('PATCH changes what it names and keeps the rest', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    const other = await make.focusArea(agreement.id);
    const activity = await make.activity(area, { area: 'Berga' });
    const patched = await editor
      .patch(
        `/activities/${activity.id}`,
        { status: 'ongoing', comment: 'Startat', focusAreaId: other.id },
        etag(activity),
      )
      .expect(200);
    expect(patched.body).toEqual({
      ...activity,
      status: 'ongoing',
      comment: 'Startat',
      focusAreaId: other.id,
      version: 2,
      updatedAt: patched.body.updatedAt,
    });
    expect(patched.headers.etag).toBe('"2"');
  });
});

describe('follow-ups', () => {
  it('PUT creates a month (201), GET reads it and the list; a replace needs If-Match (428, 412) and is 200', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    const activity = await make.activity(area);
    const path = `/activities/${activity.id}/follow-ups`;

    const created = await editor.put(`${path}/2026-03`, {
      outcome: 3,
      comment: 'Två kvällar inställda',
      internalNote: 'Personalbrist',
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toEqual({
      id: expect.any(String),
      activityId: activity.id,
      month: '2026-03',
      outcome: 3,
      target: 4,
      comment: 'Två kvällar inställda',
      internalNote: 'Personalbrist',
      recordedBy: c.users.editor.id,
      recordedAt: '2026-06-15T10:00:00.000Z',
      version: 1,
    });
    await editor.put(`${path}/2026-01`, { outcome: 4 }).expect(201);

    const month = await editor.get(`${path}/2026-03`).expect(200);
    expect(month.body).toEqual(created.body);
    expect(month.headers.etag).toBe('"1"');
    expectProblem(await editor.get(`${path}/2026-02`), 404, 'not-found');

    const list = await editor.get(path).expect(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items.map((f: { month: string }) => f.month)).toEqual(['2026-01', '2026-03']);

    expectProblem(await editor.put(`${path}/2026-03`, { outcome: 4 }), 428, 'precondition-required');
    expectProblem(await editor.put(`${path}/2026-03`, { outcome: 4 }, '"2"'), 412, 'precondition-failed');
    expect((await editor.get(`${path}/2026-03`).expect(200)).body).toEqual(created.body);

    t.clock.advance(3_600_000);
    const replaced = await editor.put(`${path}/2026-03`, { outcome: 4 }, '"1"');
    expect(replaced.status).toBe(200);
    expect(replaced.headers.etag).toBe('"2"');
    // What was left out is kept.
    expect(replaced.body).toMatchObject({
      outcome: 4,
      comment: 'Två kvällar inställda',
      internalNote: 'Personalbrist',
      recordedAt: '2026-06-15T11:00:00.000Z',
      version: 2,
    });
  });

  it('a month outside the activity or not begun yet is 400 naming /month', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    const activity = await make.activity(area, { startDate: '2026-03-01' });
    for (const month of ['2026-02', '2025-12', '2026-07']) {
      const response = await editor.put(`/activities/${activity.id}/follow-ups/${month}`, { outcome: 1 });
      expect(expectProblem(response, 400, 'validation').errors![0]).toMatchObject({ in: 'params', path: '/month' });
    }
    // The current month may be recorded as it goes.
    await editor.put(`/activities/${activity.id}/follow-ups/2026-06`, { outcome: 1 }).expect(201);
  });
});

describe('promises and their progress', () => {
  it('a promise lists its activityIds in the order given; PATCH replaces them', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    const a = await make.activity(area);
    const b = await make.activity(area);
    const d = await make.activity(area);
    const response = await editor
      .post('/promises', {
        municipalityId: c.home.id,
        agreementId: agreement.id,
        title: 'Medborgarlöfte 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        text: 'Vi lovar att genomföra trygghetsvandringar varje månad.',
        activityIds: [d.id, a.id, b.id],
      })
      .expect(201);
    const promise = response.body;
    expect(promise).toMatchObject({ agreementId: agreement.id, activityIds: [d.id, a.id, b.id], published: false });
    expect(response.headers.location).toBe(`/api/v1/promises/${promise.id}`);
    expect((await editor.get(`/promises/${promise.id}`).expect(200)).body).toEqual(promise);

    const patched = await editor.patch(`/promises/${promise.id}`, { activityIds: [b.id, a.id] }, '"1"').expect(200);
    expect(patched.body.activityIds).toEqual([b.id, a.id]);
    const listed = await editor.get(`/promises?agreementId=${agreement.id}`).expect(200);
    expect(listed.body).toEqual({ items: [patched.body], nextCursor: null });
  });

  it('GET /promises/{id}/progress has the contract shape', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    const activity = await make.activity(area, { title: 'Trygghetsvandringar' });
    const unmeasured = await make.activity(area, { measure: null });
    await make.followUp(activity.id, '2026-01', { outcome: 5 });
    const promise = await make.promise([activity.id, unmeasured.id]);

    const response = await editor.get(`/promises/${promise.id}/progress`).expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['activities', 'lightThresholds', 'promiseId']);
    expect(response.body.promiseId).toBe(promise.id);
    const [measured, none] = response.body.activities;
    expect(measured).toMatchObject({
      activityId: activity.id,
      title: 'Trygghetsvandringar',
      measure: MEASURE,
      targetToDate: 20,
      outcomeToDate: 5,
      progress: 0.25,
      missingMonths: ['2026-02', '2026-03', '2026-04', '2026-05'],
    });
    expect(measured.months).toHaveLength(12);
    expect(measured.months[0]).toMatchObject({ month: '2026-01', target: 4, outcome: 5 });
    expect(measured.months[1]).toMatchObject({ month: '2026-02', target: 4, outcome: null });
    expect(none).toMatchObject({
      activityId: unmeasured.id,
      measure: null,
      months: [],
      targetToDate: 0,
      outcomeToDate: 0,
      progress: null,
      missingMonths: [],
    });
  });
});

describe('audit', () => {
  it('GET /audit?entityType=&entityId= lists the history oldest first, with before and after', async () => {
    const goal = await make.goal({ title: 'Före' });
    const patched = await editor.patch(`/goals/${goal.id}`, { title: 'Efter' }, '"1"').expect(200);
    const response = await editor.get(`/audit?entityType=goal&entityId=${goal.id}`).expect(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items).toEqual([
      expect.objectContaining({
        action: 'create',
        entityType: 'goal',
        entityId: goal.id,
        actorId: c.users.editor.id,
        before: null,
        after: goal,
      }),
      expect.objectContaining({ action: 'update', before: goal, after: patched.body }),
    ]);
  });
});

describe('lists', () => {
  it('answer {items, nextCursor}: limit 50 by default, at most 500 (501 is 400)', async () => {
    const municipality = await t.make.municipality();
    const organisation = await t.make.organisation({ kind: 'municipality', municipalityId: municipality.id });
    const user = await t.make.user('editor', organisation.id);
    const own = as(t, { cookie: await signIn(t, user.email) });
    for (let n = 0; n < 52; n++) {
      await own
        .post('/goals', { municipalityId: municipality.id, title: `Mål ${String(n).padStart(2, '0')}` })
        .expect(201);
    }
    const first = await own.get(`/goals?municipalityId=${municipality.id}`).expect(200);
    expect(Object.keys(first.body).sort()).toEqual(['items', 'nextCursor']);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await own.get(`/goals?municipalityId=${municipality.id}&cursor=${first.body.nextCursor}`).expect(200);
    expect(rest.body.items).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();

    const all = await own.get(`/goals?municipalityId=${municipality.id}&limit=500`).expect(200);
    expect(all.body.items).toHaveLength(52);
    expect(all.body.nextCursor).toBeNull();
    for (const path of ['/goals', '/agreements', '/activities', '/promises']) {
      const tooMany = await own.get(`${path}?limit=501`);
      expect(expectProblem(tooMany, 400, 'validation').errors![0]).toMatchObject({ in: 'query', path: '/limit' });
      expectProblem(await own.get(`${path}?limit=0`), 400, 'validation');
    }
  });

  it('walking the cursors over 7 activities, 3 at a time, gives each once in a stable order', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    // Repeated titles: the id breaks the tie.
    const titles = ['Walk B', 'Walk A', 'Walk B', 'Walk C', 'Walk A', 'Walk B', 'Walk D'];
    const made = [];
    for (const title of titles) made.push(await make.activity(area, { title }));

    const path = `/activities?agreementId=${agreement.id}`;
    const first = await walk<{ id: string; title: string }>(editor, path, 3);
    expect(first.pages).toBe(3);
    expect(first.items).toHaveLength(7);
    expect(new Set(first.items.map((a) => a.id)).size).toBe(7);
    expect(first.items.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
    const expected = [...made].sort((a, b) =>
      a.title === b.title ? (a.id < b.id ? -1 : 1) : a.title < b.title ? -1 : 1,
    );
    expect(first.items.map((a) => a.id)).toEqual(expected.map((a) => a.id));

    // The same walk again, and one page of all, agree.
    const second = await walk<{ id: string }>(editor, path, 3);
    expect(second.items.map((a) => a.id)).toEqual(first.items.map((a) => a.id));
    const whole = await editor.get(`${path}&limit=500`).expect(200);
    expect(whole.body.items.map((a: { id: string }) => a.id)).toEqual(first.items.map((a) => a.id));

    // An activity added before the cursor while walking does not shift the pages.
    const page1 = await editor.get(`${path}&limit=3`).expect(200);
    await make.activity(area, { title: 'Walk 0' });
    const page2 = await editor.get(`${path}&limit=3&cursor=${page1.body.nextCursor}`).expect(200);
    expect(page2.body.items.map((a: { id: string }) => a.id)).toEqual(first.items.slice(3, 6).map((a) => a.id));
  });

  it('pages past long titles: the cursor the server gives is one it takes back', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    // A plan's titles run long; the longest a title may be, in letters JSON escapes or UTF-8 widens.
    const long =
      'Trygghetsvandringar i Skäggetorp tillsammans med bostadsbolaget Stångåstaden och lokalpolisområdet Linköping';
    const titles = [
      `A ${long}`,
      `B ${long}`,
      'C ' + 'å'.repeat(298),
      'D ' + '"\\'.repeat(149),
      'E ' + '\u0001'.repeat(298),
    ];
    const made = [];
    for (const title of titles) made.push(await make.activity(area, { title }));
    const walked = await walk<{ id: string }>(editor, `/activities?agreementId=${agreement.id}`, 1);
    expect(walked.items.map((a) => a.id)).toEqual(made.map((a) => a.id));

    const own = await make.goal({ title: `A ${long}` });
    const ownMunicipality = `/goals?municipalityId=${c.home.id}`;
    await make.goal({ title: 'E ' + '\u0001'.repeat(298) });
    const goals = await walk<{ id: string }>(editor, ownMunicipality, 1);
    expect(goals.items.map((g) => g.id)).toContain(own.id);
  });

  it('agreements and promises sharing a start date page by id, each once', async () => {
    const agreements = [];
    for (let n = 0; n < 5; n++)
      agreements.push(await make.agreement({ periodStart: '2030-01-01', periodEnd: '2030-12-31' }));
    const promises = [];
    for (let n = 0; n < 5; n++) {
      promises.push(
        await make.promise([], { agreementId: agreements[0]!.id, periodStart: '2030-01-01', periodEnd: '2030-12-31' }),
      );
    }
    const byId = (items: { id: string }[]) => items.map((item) => item.id).sort();

    const walkedAgreements = await walk<{ id: string; periodStart: string }>(editor, '/agreements', 2);
    const ours = walkedAgreements.items.filter((a) => a.periodStart === '2030-01-01');
    expect(ours.map((a) => a.id)).toEqual(byId(agreements));
    expect(new Set(walkedAgreements.items.map((a) => a.id)).size).toBe(walkedAgreements.items.length);

    const walkedPromises = await walk<{ id: string }>(editor, `/promises?agreementId=${agreements[0]!.id}`, 2);
    expect(walkedPromises.pages).toBe(3);
    expect(walkedPromises.items.map((p) => p.id)).toEqual(byId(promises));
  });

  it('a cursor the server never gave is 400 naming /cursor', async () => {
    const response = await editor.get('/activities?cursor=bm9wZQ');
    expect(expectProblem(response, 400, 'validation').errors![0]).toMatchObject({ in: 'query', path: '/cursor' });
  });

  it('the public pages through published items only', async () => {
    const agreement = await make.agreement({ published: true });
    const area = await make.focusArea(agreement.id);
    const shown = [];
    for (let n = 0; n < 4; n++) shown.push(await make.activity(area, { title: `Publik ${n}`, published: true }));
    await make.activity(area, { title: 'Publik dold', published: false });
    const walked = await walk<{ id: string }>(anonymous, `/activities?agreementId=${agreement.id}`, 2);
    expect(walked.items.map((a) => a.id)).toEqual(shown.map((a) => a.id));
  });
});
