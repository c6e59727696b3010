import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../server/activities/schemas.js';
import type { Agreement } from '../server/agreements/schemas.js';
import type { FollowUp } from '../server/followups/schemas.js';
import type { Goal, Indicator } from '../server/goals/schemas.js';
import type { CitizenPromise } from '../server/promises/schemas.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers, type Caller } from './helpers/callers.js';
import { as, cooperation, etag, expectNothingChanged, type Callers } from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';

// Who sees what and who changes what (docs/domain.md), item by item.

let t: TestApp;
let c: Callers;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
/** Unpublished items of the home municipality, in an agreement the police is party to. */
let draft: { goal: Goal; agreement: Agreement; activity: Activity; promise: CitizenPromise };
/** Unpublished items of an agreement the police is not party to. */
let closed: { agreement: Agreement; activity: Activity; promise: CitizenPromise };
/** Shared and published, but the police neither leads it nor takes part. */
let notPolice: Activity;
let followUp: FollowUp;
/** An unpublished indicator of the published goal. */
let draftIndicator: Indicator;

const client = (caller: Caller) => as(t, c.headers[caller]);
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  const make = cooperation(t, c);
  plan = await make.plan();
  notPolice = await make.activity(plan.safety, { title: 'Kommunens egen', shared: true, published: true });
  followUp = await make.followUp(plan.policeShared.id, '2026-05', {
    outcome: 3,
    comment: 'Tre vandringar',
    internalNote: 'Namn på deltagare finns i akten',
  });
  await make.followUp(plan.hidden.id, '2026-05', { outcome: 1 });
  draftIndicator = await make.indicator(plan.goal.id, { title: 'Ännu opublicerad indikator' });
  await make.editor
    .put(`/indicators/${draftIndicator.id}/values`, { period: '2025', group: 'all', value: 70 })
    .expect(201);

  const goal = await make.goal({ title: 'Utkast till mål' });
  const agreement = await make.agreement({ title: 'Utkast', goalIds: [goal.id] });
  const area = await make.focusArea(agreement.id);
  const activity = await make.activity(area, { leadOrganisationId: c.police.id, shared: true });
  const promise = await make.promise([activity.id], { agreementId: agreement.id });
  draft = { goal, agreement, activity, promise };

  const closedAgreement = await make.agreement({ title: 'Kommunens interna', partyIds: [c.homeOrganisation.id] });
  const closedArea = await make.focusArea(closedAgreement.id);
  const closedActivity = await make.activity(closedArea, { leadOrganisationId: c.police.id, shared: true });
  closed = {
    agreement: closedAgreement,
    activity: closedActivity,
    promise: await make.promise([closedActivity.id], { agreementId: closedAgreement.id }),
  };
});
afterAll(() => t.close());

describe('anonymous', () => {
  it('gets 404 for every unpublished item, and 200 for the published ones', async () => {
    const anonymous = client('anonymous');
    for (const path of [
      `/goals/${draft.goal.id}`,
      `/indicators/${draftIndicator.id}`,
      `/indicators/${draftIndicator.id}/values`,
      `/agreements/${draft.agreement.id}`,
      `/agreements/${draft.agreement.id}/focus-areas`,
      `/activities/${draft.activity.id}`,
      `/activities/${plan.hidden.id}`,
      `/activities/${plan.hidden.id}/follow-ups`,
      `/activities/${plan.hidden.id}/follow-ups/2026-05`,
      `/promises/${draft.promise.id}`,
      `/promises/${draft.promise.id}/progress`,
    ]) {
      expectProblem(await anonymous.get(path), 404, 'not-found');
    }
    for (const path of [
      `/goals/${plan.goal.id}`,
      `/goals/${plan.goal.id}/indicators`,
      `/indicators/${plan.indicator.id}`,
      `/agreements/${plan.agreement.id}`,
      `/agreements/${plan.agreement.id}/focus-areas`,
      `/activities/${plan.policeShared.id}`,
      `/promises/${plan.promise.id}`,
    ]) {
      await anonymous.get(path).expect(200);
    }
  });

  it('finds no unpublished item in the lists', async () => {
    const anonymous = client('anonymous');
    const indicators = ids((await anonymous.get(`/goals/${plan.goal.id}/indicators`).expect(200)).body);
    expect(indicators).toEqual([plan.indicator.id]);
    const goals = ids((await anonymous.get('/goals?limit=500').expect(200)).body);
    expect(goals).toContain(plan.goal.id);
    expect(goals).not.toContain(draft.goal.id);
    const agreements = ids((await anonymous.get('/agreements?limit=500').expect(200)).body);
    expect(agreements).toEqual([plan.agreement.id]);
    const activities = ids((await anonymous.get('/activities?limit=500').expect(200)).body);
    expect(activities.sort()).toEqual(
      [plan.policeShared.id, plan.partnerShared.id, plan.notShared.id, notPolice.id].sort(),
    );
    const promises = ids((await anonymous.get('/promises?limit=500').expect(200)).body);
    expect(promises).toEqual([plan.promise.id]);
  });

  it('never sees internalNote (nor who recorded it) in follow-ups', async () => {
    const anonymous = client('anonymous');
    const month = await anonymous.get(`/activities/${plan.policeShared.id}/follow-ups/2026-05`).expect(200);
    expect(month.body).toMatchObject({ outcome: 3, comment: 'Tre vandringar' });
    expect(month.body).not.toHaveProperty('internalNote');
    expect(month.body).not.toHaveProperty('recordedBy');
    const list = await anonymous.get(`/activities/${plan.policeShared.id}/follow-ups`).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).not.toHaveProperty('internalNote');
    expect(JSON.stringify(list.body)).not.toContain('akten');
  });

  it('sees no unpublished activity inside a published promise: not in activityIds, progress or dashboard', async () => {
    const anonymous = client('anonymous');
    const shown = [plan.policeShared.id, plan.partnerShared.id, plan.notShared.id];

    const promise = await anonymous.get(`/promises/${plan.promise.id}`).expect(200);
    expect(promise.body.activityIds).toEqual(shown);
    const listed = await anonymous.get('/promises').expect(200);
    expect(listed.body.items[0].activityIds).toEqual(shown);

    const progress = await anonymous.get(`/promises/${plan.promise.id}/progress`).expect(200);
    expect(progress.body.activities.map((a: { activityId: string }) => a.activityId)).toEqual(shown);

    const dashboard = await anonymous.get(`/public/municipalities/${c.home.code}/dashboard`).expect(200);
    expect(dashboard.body.promises).toHaveLength(1);
    expect(dashboard.body.promises[0].promise.activityIds).toEqual(shown);
    expect(dashboard.body.promises[0].activities.map((a: { activity: { id: string } }) => a.activity.id)).toEqual(
      shown,
    );
    expect(JSON.stringify(dashboard.body)).not.toContain(plan.hidden.id);
    expect(JSON.stringify(dashboard.body)).not.toContain('Hemlig insats');
    expect(JSON.stringify(dashboard.body)).not.toContain(draft.goal.id);
    expect(JSON.stringify(dashboard.body)).not.toContain(draftIndicator.id);
  });

  it('may not read the audit (401)', async () => {
    expectProblem(await client('anonymous').get(`/audit?entityType=goal&entityId=${plan.goal.id}`), 401);
  });
});

describe('viewer and editor of the municipality', () => {
  for (const caller of ['viewer', 'editor'] as const) {
    it(`${caller}: sees the unpublished items, internal notes and the whole promise`, async () => {
      const reader = client(caller);
      for (const path of [
        `/goals/${draft.goal.id}`,
        `/agreements/${draft.agreement.id}`,
        `/agreements/${closed.agreement.id}`,
        `/activities/${draft.activity.id}`,
        `/activities/${plan.hidden.id}`,
        `/promises/${draft.promise.id}`,
      ]) {
        await reader.get(path).expect(200);
      }
      expect(ids((await reader.get('/goals?limit=500').expect(200)).body)).toContain(draft.goal.id);
      expect(ids((await reader.get(`/goals/${plan.goal.id}/indicators`).expect(200)).body)).toContain(
        draftIndicator.id,
      );
      expect(ids((await reader.get('/activities?limit=500').expect(200)).body)).toEqual(
        expect.arrayContaining([plan.hidden.id, draft.activity.id, closed.activity.id]),
      );
      expect(ids((await reader.get('/promises?limit=500').expect(200)).body)).toEqual(
        expect.arrayContaining([plan.promise.id, draft.promise.id, closed.promise.id]),
      );
      const promise = await reader.get(`/promises/${plan.promise.id}`).expect(200);
      expect(promise.body.activityIds).toContain(plan.hidden.id);
      const progress = await reader.get(`/promises/${plan.promise.id}/progress`).expect(200);
      expect(progress.body.activities).toHaveLength(4);
      const month = await reader.get(`/activities/${plan.policeShared.id}/follow-ups/2026-05`).expect(200);
      expect(month.body.internalNote).toBe('Namn på deltagare finns i akten');
      await reader.get(`/audit?entityType=activity&entityId=${plan.hidden.id}`).expect(200);
    });
  }

  it('the public dashboard stays public for them too', async () => {
    const dashboard = await client('editor').get(`/public/municipalities/${c.home.code}/dashboard`).expect(200);
    expect(JSON.stringify(dashboard.body)).not.toContain(plan.hidden.id);
  });

  it('a viewer cannot write anything (403) and nothing changes', async () => {
    const viewer = client('viewer');
    const attempts = [
      () => viewer.post('/goals', { municipalityId: c.home.id, title: 'Nej' }),
      () => viewer.patch(`/goals/${plan.goal.id}`, { title: 'Nej' }, etag(plan.goal)),
      () => viewer.delete(`/goals/${plan.goal.id}`, etag(plan.goal)),
      () => viewer.put(`/indicators/${plan.indicator.id}/values`, { period: '2026', group: 'all', value: 1 }),
      () => viewer.post(`/agreements/${plan.agreement.id}/focus-areas`, { title: 'Nej' }),
      () => viewer.patch(`/activities/${plan.policeShared.id}`, { status: 'done' }, etag(plan.policeShared)),
      () => viewer.put(`/activities/${plan.policeShared.id}/follow-ups/2026-04`, { outcome: 1 }),
      () => viewer.patch(`/promises/${plan.promise.id}`, { title: 'Nej' }, etag(plan.promise)),
    ];
    for (const attempt of attempts) {
      expectProblem(await expectNothingChanged(t.db, attempt), 403, 'forbidden');
    }
  });
});

describe('an editor of another municipality', () => {
  it('sees only the published items of the home municipality, without internal notes', async () => {
    const other = client('otherEditor');
    for (const path of [
      `/goals/${draft.goal.id}`,
      `/agreements/${draft.agreement.id}`,
      `/activities/${plan.hidden.id}`,
      `/promises/${draft.promise.id}`,
    ]) {
      expectProblem(await other.get(path), 404, 'not-found');
    }
    await other.get(`/goals/${plan.goal.id}`).expect(200);
    const promise = await other.get(`/promises/${plan.promise.id}`).expect(200);
    expect(promise.body.activityIds).not.toContain(plan.hidden.id);
    const month = await other.get(`/activities/${plan.policeShared.id}/follow-ups/2026-05`).expect(200);
    expect(month.body).not.toHaveProperty('internalNote');
    const activities = ids((await other.get('/activities?limit=500').expect(200)).body);
    expect(activities).not.toContain(plan.hidden.id);
    expect(activities).not.toContain(draft.activity.id);
    expect(ids((await other.get('/goals?limit=500').expect(200)).body)).not.toContain(draft.goal.id);
  });

  it('gets 403 changing a published item and 404 for an unpublished one; nothing changes', async () => {
    const other = client('otherEditor');
    const forbidden = [
      () => other.patch(`/goals/${plan.goal.id}`, { title: 'Kapat' }, etag(plan.goal)),
      () => other.delete(`/goals/${plan.goal.id}`, etag(plan.goal)),
      () =>
        other.post(`/goals/${plan.goal.id}/indicators`, { title: 'x', source: 'x', unit: 'x', direction: 'increase' }),
      () => other.patch(`/indicators/${plan.indicator.id}`, { title: 'Kapat' }, etag(plan.indicator)),
      () => other.put(`/indicators/${plan.indicator.id}/values`, { period: '2026', group: 'all', value: 1 }),
      () => other.patch(`/agreements/${plan.agreement.id}`, { title: 'Kapat' }, etag(plan.agreement)),
      () => other.post(`/agreements/${plan.agreement.id}/focus-areas`, { title: 'Kapat' }),
      () => other.patch(`/focus-areas/${plan.safety.id}`, { title: 'Kapat' }, etag(plan.safety)),
      () => other.patch(`/activities/${plan.policeShared.id}`, { status: 'done' }, etag(plan.policeShared)),
      () => other.delete(`/activities/${notPolice.id}`, etag(notPolice)),
      () => other.put(`/activities/${plan.policeShared.id}/follow-ups/2026-04`, { outcome: 1 }),
      () => other.put(`/activities/${plan.policeShared.id}/follow-ups/2026-05`, { outcome: 9 }, etag(followUp)),
      () => other.patch(`/promises/${plan.promise.id}`, { title: 'Kapat' }, etag(plan.promise)),
      () => other.post('/goals', { municipalityId: c.home.id, title: 'Kapat' }),
      () =>
        other.post('/promises', {
          municipalityId: c.home.id,
          title: 'x',
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          text: 'x',
          activityIds: [],
        }),
    ];
    for (const attempt of forbidden) {
      expectProblem(await expectNothingChanged(t.db, attempt), 403, 'forbidden');
    }
    const hidden = [
      () => other.patch(`/goals/${draft.goal.id}`, { title: 'Kapat' }, etag(draft.goal)),
      () => other.delete(`/agreements/${draft.agreement.id}`, etag(draft.agreement)),
      () => other.patch(`/activities/${plan.hidden.id}`, { status: 'done' }, etag(plan.hidden)),
      () => other.put(`/activities/${plan.hidden.id}/follow-ups/2026-04`, { outcome: 1 }),
      () => other.patch(`/promises/${draft.promise.id}`, { title: 'Kapat' }, etag(draft.promise)),
    ];
    for (const attempt of hidden) {
      expectProblem(await expectNothingChanged(t.db, attempt), 404, 'not-found');
    }
  });

  it('may not read the history of the home items (404), published or not', async () => {
    const other = client('otherEditor');
    expectProblem(await other.get(`/audit?entityType=goal&entityId=${plan.goal.id}`), 404);
    expectProblem(await other.get(`/audit?entityType=goal&entityId=${draft.goal.id}`), 404);
    expectProblem(await other.get(`/audit?entityType=followUp&entityId=${followUp.id}`), 404);
  });
});

describe('a police partner', () => {
  it('sees the unpublished items of agreements the police is party to, and not of others', async () => {
    const partner = client('partner');
    for (const path of [
      `/goals/${draft.goal.id}`,
      `/agreements/${draft.agreement.id}`,
      `/activities/${draft.activity.id}`,
      `/activities/${plan.hidden.id}`,
      `/promises/${draft.promise.id}`,
    ]) {
      await partner.get(path).expect(200);
    }
    for (const path of [
      `/agreements/${closed.agreement.id}`,
      `/activities/${closed.activity.id}`,
      `/promises/${closed.promise.id}`,
    ]) {
      expectProblem(await partner.get(path), 404);
    }
    const activities = ids((await partner.get('/activities?limit=500').expect(200)).body);
    expect(activities).toEqual(expect.arrayContaining([plan.hidden.id, draft.activity.id]));
    expect(activities).not.toContain(closed.activity.id);
    const promise = await partner.get(`/promises/${plan.promise.id}`).expect(200);
    expect(promise.body.activityIds).toContain(plan.hidden.id);
    const month = await partner.get(`/activities/${plan.policeShared.id}/follow-ups/2026-05`).expect(200);
    expect(month.body.internalNote).toBe('Namn på deltagare finns i akten');
  });

  it('may change only status and comment of a shared activity the police leads or partners in', async () => {
    const partner = client('partner');
    let current = plan.policeShared;
    const led = await partner
      .patch(`/activities/${current.id}`, { status: 'ongoing', comment: 'Pågår' }, etag(current))
      .expect(200);
    expect(led.body).toMatchObject({ status: 'ongoing', comment: 'Pågår', version: current.version + 1 });
    current = led.body;

    const partnered = await partner
      .patch(`/activities/${plan.partnerShared.id}`, { status: 'delayed' }, etag(plan.partnerShared))
      .expect(200);
    expect(partnered.body.status).toBe('delayed');

    for (const body of [
      { title: 'Nytt namn' },
      { status: 'done', shared: false },
      { published: false },
      { measure: null },
    ]) {
      const refused = await expectNothingChanged(t.db, () =>
        partner.patch(`/activities/${current.id}`, body, etag(current)),
      );
      expectProblem(refused, 403, 'forbidden');
    }
    for (const activity of [plan.notShared, notPolice]) {
      const refused = await expectNothingChanged(t.db, () =>
        partner.patch(`/activities/${activity.id}`, { status: 'done' }, etag(activity)),
      );
      expectProblem(refused, 403, 'forbidden');
    }
  });

  it('may record follow-ups of such an activity, and not of others', async () => {
    const partner = client('partner');
    const recorded = await partner
      .put(`/activities/${plan.policeShared.id}/follow-ups/2026-04`, { outcome: 5, internalNote: 'Polisens notering' })
      .expect(201);
    expect(recorded.body).toMatchObject({ outcome: 5, recordedBy: c.users.partner.id });
    await partner.put(`/activities/${plan.partnerShared.id}/follow-ups/2026-04`, { outcome: 2 }).expect(201);
    await partner.put(`/activities/${plan.hidden.id}/follow-ups/2026-05`, { outcome: 2 }, '"1"').expect(200);

    for (const activity of [plan.notShared, notPolice]) {
      const refused = await expectNothingChanged(t.db, () =>
        partner.put(`/activities/${activity.id}/follow-ups/2026-04`, { outcome: 1 }),
      );
      expectProblem(refused, 403, 'forbidden');
    }
    expectProblem(
      await expectNothingChanged(t.db, () =>
        partner.put(`/activities/${closed.activity.id}/follow-ups/2026-04`, { outcome: 1 }),
      ),
      404,
    );
  });

  it('may not create or edit the plan itself (403)', async () => {
    const partner = client('partner');
    const attempts = [
      () => partner.post('/goals', { municipalityId: c.home.id, title: 'Nej' }),
      () => partner.patch(`/agreements/${plan.agreement.id}`, { title: 'Nej' }, etag(plan.agreement)),
      () => partner.delete(`/activities/${plan.policeShared.id}`, '"99"'),
      () =>
        partner.post('/activities', {
          agreementId: plan.agreement.id,
          focusAreaId: plan.safety.id,
          title: 'Nej',
          leadOrganisationId: c.police.id,
        }),
    ];
    for (const attempt of attempts) {
      expectProblem(await expectNothingChanged(t.db, attempt), 403, 'forbidden');
    }
  });

  it('reads the history of the party agreement items, not of others', async () => {
    const partner = client('partner');
    await partner.get(`/audit?entityType=activity&entityId=${plan.hidden.id}`).expect(200);
    expectProblem(await partner.get(`/audit?entityType=activity&entityId=${closed.activity.id}`), 404);
  });
});
