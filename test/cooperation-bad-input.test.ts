import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../server/activities/schemas.js';
import type { Agreement, FocusArea } from '../server/agreements/schemas.js';
import type { FollowUp } from '../server/followups/schemas.js';
import type { Goal, Indicator } from '../server/goals/schemas.js';
import type { CitizenPromise } from '../server/promises/schemas.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { as, cooperation, etag, expectNothingChanged, type Callers, type Client } from './helpers/cooperation.js';
import { expectProblem, ruleCodes } from './helpers/problems.js';

// Bad input to the cooperation's routes: a 4xx problem naming the field, and
// every table, the audit log among them, exactly as before.

let t: TestApp;
let c: Callers;
let editor: Client;
let goal: Goal;
let indicator: Indicator;
let agreement: Agreement;
let area: FocusArea;
let otherAgreement: Agreement;
let otherArea: FocusArea;
let activity: Activity;
let otherAgreementActivity: Activity;
let awayActivity: Activity;
let awayGoal: Goal;
let promise: CitizenPromise;
let followUp: FollowUp;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  const make = cooperation(t, c);
  editor = make.editor;
  goal = await make.goal();
  indicator = await make.indicator(goal.id);
  agreement = await make.agreement({ goalIds: [goal.id] });
  area = await make.focusArea(agreement.id);
  otherAgreement = await make.agreement();
  otherArea = await make.focusArea(otherAgreement.id);
  activity = await make.activity(area);
  otherAgreementActivity = await make.activity(otherArea);
  promise = await make.promise([activity.id], { agreementId: agreement.id });
  followUp = await make.followUp(activity.id, '2026-03', { outcome: 2 });

  // The other municipality's plan, made by its own editor.
  const away = as(t, c.headers.otherEditor);
  awayGoal = (await away.post('/goals', { municipalityId: c.away.id, title: 'Bortamål' }).expect(201)).body;
  const awayAgreement = (
    await away
      .post('/agreements', {
        municipalityId: c.away.id,
        title: 'Bortaöverenskommelse',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      })
      .expect(201)
  ).body;
  const awayArea = (await away.post(`/agreements/${awayAgreement.id}/focus-areas`, { title: 'Borta' }).expect(201))
    .body;
  awayActivity = (
    await away
      .post('/activities', {
        agreementId: awayAgreement.id,
        focusAreaId: awayArea.id,
        title: 'Bortaaktivitet',
        leadOrganisationId: c.awayOrganisation.id,
      })
      .expect(201)
  ).body;
});
afterAll(() => t.close());

const activityBody = (overrides: Record<string, unknown> = {}) => ({
  agreementId: agreement.id,
  focusAreaId: area.id,
  title: 'Ny aktivitet',
  leadOrganisationId: c.homeOrganisation.id,
  ...overrides,
});
const promiseBody = (overrides: Record<string, unknown> = {}) => ({
  municipalityId: c.home.id,
  title: 'Nytt löfte',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  text: 'Vi lovar.',
  activityIds: [activity.id],
  ...overrides,
});

/** Sends the request, expects a 4xx problem naming `path` in `part`, and nothing changed anywhere. */
async function refused(
  send: () => PromiseLike<Response>,
  status: number,
  part: string,
  path: string,
  code: string = expect.any(String) as string,
) {
  const response = await expectNothingChanged(t.db, send);
  const problem = expectProblem(response, status, 'validation');
  expect(ruleCodes(problem.errors), JSON.stringify(problem)).toContainEqual({ in: part, path, code });
  return problem;
}

describe('a wrong type', () => {
  it('is 400 naming the field, never coerced', async () => {
    await refused(() => editor.post('/goals', { municipalityId: c.home.id, title: 42 }), 400, 'body', '/title');
    await refused(
      () => editor.patch(`/goals/${goal.id}`, { published: 'true' }, etag(goal)),
      400,
      'body',
      '/published',
    );
    await refused(
      () => editor.put(`/indicators/${indicator.id}/values`, { period: '2025', group: 'all', value: '64' }),
      400,
      'body',
      '/value',
    );
    await refused(() => editor.post('/activities', activityBody({ shared: 1 })), 400, 'body', '/shared', 'type');
    await refused(
      () => editor.post('/activities', activityBody({ measure: { label: 'x', unit: 'x', monthlyTarget: '4' } })),
      400,
      'body',
      '/measure/monthlyTarget',
      'type',
    );
    await refused(
      () => editor.put(`/activities/${activity.id}/follow-ups/2026-04`, { outcome: '3' }),
      400,
      'body',
      '/outcome',
    );
    await refused(
      () => editor.post('/promises', promiseBody({ activityIds: activity.id })),
      400,
      'body',
      '/activityIds',
    );
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), periodStart: 20260101 }),
      400,
      'body',
      '/periodStart',
      'type',
    );
  });

  it('a date that is no date, and a missing required field, are 400 naming the field', async () => {
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), periodEnd: '2026-02-30' }),
      400,
      'body',
      '/periodEnd',
    );
    const untitled: Record<string, unknown> = activityBody();
    delete untitled.title;
    await refused(() => editor.post('/activities', untitled), 400, 'body', '/title');
    await refused(() => editor.put(`/activities/${activity.id}/follow-ups/2026-04`, {}), 400, 'body', '/outcome');
  });

  // PostgreSQL has no year 0: the schemas stop it before the database does (it once answered 500).
  it('a year 0 in a date, a month or a period is 400 naming the field', async () => {
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), periodStart: '0000-01-01' }),
      400,
      'body',
      '/periodStart',
      'format',
    );
    await refused(
      () => editor.put(`/activities/${activity.id}/follow-ups/0000-04`, { outcome: 1 }),
      400,
      'params',
      '/month',
      'format',
    );
    await refused(
      () => editor.put(`/indicators/${indicator.id}/values`, { period: '0000', group: 'all', value: 64 }),
      400,
      'body',
      '/period',
      'format',
    );
    for (const [periodStart, periodEnd] of [
      ['1000-01-01', '1009-12-31'],
      ['9990-01-01', '9999-12-31'],
    ]) {
      const edge = await editor.post('/agreements', { ...agreementBody(), periodStart, periodEnd });
      expect(edge.status, JSON.stringify(edge.body)).toBe(201);
    }
  });

  // Every month of a period is a row of the exports: a 9 000-year plan is a typing error, not a plan.
  it('a period of 10 years or more is 400 naming its end', async () => {
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), periodStart: '2026-01-01', periodEnd: '2036-01-01' }),
      400,
      'body',
      '/periodEnd',
    );
    await refused(
      () => editor.post('/promises', promiseBody({ periodStart: '1000-01-01', periodEnd: '9999-12-31' })),
      400,
      'body',
      '/periodEnd',
    );
    await refused(
      () =>
        editor.patch(`/activities/${activity.id}`, { startDate: '2026-01-01', endDate: '2040-12-31' }, etag(activity)),
      400,
      'body',
      '/endDate',
    );
    const longest = await editor.post('/agreements', {
      ...agreementBody(),
      periodStart: '2026-01-01',
      periodEnd: '2035-12-31',
    });
    expect(longest.status, JSON.stringify(longest.body)).toBe(201);
  });
});

function agreementBody() {
  return { municipalityId: c.home.id, title: 'Ny överenskommelse', periodStart: '2026-01-01', periodEnd: '2026-12-31' };
}

describe('an unknown field', () => {
  it('is 400 naming it, not silently dropped', async () => {
    await refused(
      () => editor.post('/activities', activityBody({ colour: 'red' })),
      400,
      'body',
      '/colour',
      'not-allowed',
    );
    await refused(
      () => editor.patch(`/promises/${promise.id}`, { priority: 1 }, etag(promise)),
      400,
      'body',
      '/priority',
      'not-allowed',
    );
    await refused(
      () => editor.put(`/activities/${activity.id}/follow-ups/2026-04`, { outcome: 1, recordedBy: c.users.viewer.id }),
      400,
      'body',
      '/recordedBy',
      'not-allowed',
    );
    await refused(
      () =>
        editor.post('/activities', activityBody({ measure: { label: 'x', unit: 'x', monthlyTarget: 1, weekly: 2 } })),
      400,
      'body',
      '/measure/weekly',
      'not-allowed',
    );
    await refused(
      () => editor.get(`/activities?organisation=${c.police.id}`),
      400,
      'query',
      '/organisation',
      'not-allowed',
    );
  });
});

describe('months and outcomes of a follow-up', () => {
  it('month 2025-13 in the path is 400 naming /month', async () => {
    for (const month of ['2025-13', '2025-00', '2025-1', '202503', 'mars']) {
      await refused(
        () => editor.put(`/activities/${activity.id}/follow-ups/${month}`, { outcome: 1 }),
        400,
        'params',
        '/month',
        'format',
      );
    }
    await refused(() => editor.get(`/activities/${activity.id}/follow-ups/2025-13`), 400, 'params', '/month', 'format');
  });

  it('a negative outcome is 400 naming /outcome, for a new month and a correction', async () => {
    await refused(
      () => editor.put(`/activities/${activity.id}/follow-ups/2026-04`, { outcome: -1 }),
      400,
      'body',
      '/outcome',
    );
    await refused(
      () => editor.put(`/activities/${activity.id}/follow-ups/2026-03`, { outcome: -0.5 }, etag(followUp)),
      400,
      'body',
      '/outcome',
    );
  });

  it('a negative monthly target is 400 naming it', async () => {
    await refused(
      () =>
        editor.patch(
          `/activities/${activity.id}`,
          { measure: { label: 'x', unit: 'x', monthlyTarget: -4 } },
          etag(activity),
        ),
      400,
      'body',
      '/measure/monthlyTarget',
      'too-small',
    );
  });
});

describe('ids', () => {
  it('a non-UUID id in the path, the query or the body is 400 naming it', async () => {
    await refused(() => editor.get('/activities/123'), 400, 'params', '/id', 'format');
    await refused(() => editor.patch('/goals/not-a-uuid', { title: 'x' }, '"1"'), 400, 'params', '/id', 'format');
    await refused(
      () => editor.delete('/focus-areas/1%3B%20drop%20table%20goals', '"1"'),
      400,
      'params',
      '/id',
      'format',
    );
    await refused(() => editor.get('/promises/0/progress'), 400, 'params', '/id', 'format');
    await refused(() => editor.get('/activities?agreementId=nope'), 400, 'query', '/agreementId', 'format');
    await refused(() => editor.get('/audit?entityType=goal&entityId=nope'), 400, 'query', '/entityId', 'format');
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), partyIds: [c.police.id, 'polisen'] }),
      400,
      'body',
      '/partyIds/1',
    );
    await refused(() => editor.post('/promises', promiseBody({ activityIds: ['x'] })), 400, 'body', '/activityIds/0');
  });

  it('an id that names nothing is 400 naming the field', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), partyIds: [c.police.id, nobody] }),
      400,
      'body',
      '/partyIds/1',
    );
    await refused(
      () => editor.post('/activities', activityBody({ leadOrganisationId: nobody })),
      400,
      'body',
      '/leadOrganisationId',
      'unknown-reference',
    );
    await refused(
      () => editor.post('/activities', activityBody({ agreementId: nobody })),
      400,
      'body',
      '/agreementId',
      'unknown-reference',
    );
  });

  it('an activityIds entry from another municipality is 400 naming it', async () => {
    await refused(
      () => editor.post('/promises', promiseBody({ activityIds: [activity.id, awayActivity.id] })),
      400,
      'body',
      '/activityIds/1',
      'unknown-reference',
    );
    await refused(
      () => editor.patch(`/promises/${promise.id}`, { activityIds: [awayActivity.id] }, etag(promise)),
      400,
      'body',
      '/activityIds/0',
    );
    // With an agreement, the activities must be of that agreement.
    await refused(
      () =>
        editor.post('/promises', promiseBody({ agreementId: agreement.id, activityIds: [otherAgreementActivity.id] })),
      400,
      'body',
      '/activityIds/0',
    );
  });

  it('a goalIds entry from another municipality is 400 naming it', async () => {
    await refused(
      () => editor.patch(`/agreements/${agreement.id}`, { goalIds: [goal.id, awayGoal.id] }, etag(agreement)),
      400,
      'body',
      '/goalIds/1',
      'unknown-reference',
    );
  });

  it('a focus area of another agreement is 400 naming /focusAreaId', async () => {
    await refused(
      () => editor.post('/activities', activityBody({ focusAreaId: otherArea.id })),
      400,
      'body',
      '/focusAreaId',
      'unknown-reference',
    );
    await refused(
      () => editor.patch(`/activities/${activity.id}`, { focusAreaId: otherArea.id }, etag(activity)),
      400,
      'body',
      '/focusAreaId',
      'unknown-reference',
    );
    // Moving to another agreement without a focus area of it.
    await refused(
      () => editor.patch(`/activities/${activity.id}`, { agreementId: otherAgreement.id }, etag(activity)),
      400,
      'body',
      '/focusAreaId',
      'unknown-reference',
    );
  });
});

describe('periods', () => {
  it('an end before the start is 400 naming the end', async () => {
    await refused(
      () => editor.post('/agreements', { ...agreementBody(), periodStart: '2027-01-01', periodEnd: '2026-12-31' }),
      400,
      'body',
      '/periodEnd',
    );
    await refused(
      () => editor.patch(`/agreements/${agreement.id}`, { periodEnd: '2025-12-31' }, etag(agreement)),
      400,
      'body',
      '/periodEnd',
    );
    await refused(
      () => editor.post('/promises', promiseBody({ periodStart: '2026-07-01', periodEnd: '2026-06-30' })),
      400,
      'body',
      '/periodEnd',
    );
    await refused(
      () => editor.patch(`/promises/${promise.id}`, { periodStart: '2027-01-01' }, etag(promise)),
      400,
      'body',
      '/periodEnd',
    );
    await refused(
      () => editor.post('/activities', activityBody({ startDate: '2026-05-01', endDate: '2026-04-30' })),
      400,
      'body',
      '/endDate',
    );
    await refused(
      () =>
        editor.patch(`/activities/${activity.id}`, { startDate: '2026-05-01', endDate: '2026-04-30' }, etag(activity)),
      400,
      'body',
      '/endDate',
    );
  });
});

describe('field codes', () => {
  it('an empty measure label is one error on /measure/label, not on the union around it', async () => {
    const problem = await refused(
      () => editor.post('/activities', activityBody({ measure: { label: '', unit: 'antal', monthlyTarget: 1 } })),
      400,
      'body',
      '/measure/label',
      'required',
    );
    expect(ruleCodes(problem.errors)).toEqual([{ in: 'body', path: '/measure/label', code: 'required' }]);
  });

  it('a value past a limit names the limit', async () => {
    const problem = await refused(
      () => editor.post('/goals', { municipalityId: c.home.id, title: 'x'.repeat(301) }),
      400,
      'body',
      '/title',
      'too-long',
    );
    expect(problem.errors?.[0]?.params).toEqual({ limit: 300 });
  });
});
