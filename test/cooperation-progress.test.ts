import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FocusArea } from '../server/agreements/schemas.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { as, cooperation, etag, MEASURE, type Callers } from './helpers/cooperation.js';

// Progress (docs/domain.md, "Progress") through the API with the
// clock pinned at 15 June 2026: January to May have ended, June is under way.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let area: FocusArea;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  const agreement = await make.agreement({ periodStart: '2025-01-01', periodEnd: '2027-12-31' });
  area = await make.focusArea(agreement.id);
});
afterAll(() => t.close());
let jumped = false;
beforeEach(async () => {
  t.clock.set(TEST_NOW);
  // A sign-in at another moment (editorAt) swept the sessions idle by then, the
  // standing callers' among them: they sign in again, in place.
  if (!jumped) return;
  jumped = false;
  for (const [caller, user] of Object.entries(c.users)) {
    c.headers[caller as keyof typeof c.users].cookie = await signIn(t, user.email);
  }
});

type Progress = {
  activityId: string;
  months: { month: string; target: number | null; outcome: number | null; state: string }[];
  targetToDate: number;
  outcomeToDate: number;
  progress: number | null;
  missingMonths: string[];
  tertials: { tertial: string; targetToDate: number; outcomeToDate: number; progress: number | null }[];
};

async function progressOf(promiseId: string, headers = c.headers.editor): Promise<Progress[]> {
  const response = await as(t, headers).get(`/promises/${promiseId}/progress`).expect(200);
  return response.body.activities as Progress[];
}

/** Signs the editor in again at another moment: a session does not survive the clock jumping months. */
async function editorAt(moment: string) {
  jumped = true;
  t.clock.set(moment);
  return { cookie: await signIn(t, c.users.editor.email) };
}

describe('progress of a promise through the API', () => {
  it('a null outcome and a month with no follow-up count 0 and are listed missing; the month under way is not counted', async () => {
    const activity = await make.activity(area);
    await make.followUp(activity.id, '2026-01', { outcome: 4 });
    await make.followUp(activity.id, '2026-02', { outcome: null, comment: 'Ej rapporterat' });
    // March: no follow-up at all.
    await make.followUp(activity.id, '2026-04', { outcome: 5 });
    await make.followUp(activity.id, '2026-05', { outcome: 3 });
    await make.followUp(activity.id, '2026-06', { outcome: 10 });
    const promise = await make.promise([activity.id]);

    const [result] = await progressOf(promise.id);
    expect(result).toMatchObject({
      activityId: activity.id,
      targetToDate: 20,
      outcomeToDate: 12,
      missingMonths: ['2026-02', '2026-03'],
    });
    expect(result!.progress).toBeCloseTo(0.6, 10);
    expect(result!.months).toHaveLength(12);
    expect(result!.months.slice(0, 7)).toEqual([
      { month: '2026-01', target: 4, outcome: 4, state: 'reported' },
      { month: '2026-02', target: 4, outcome: null, state: 'missing' },
      { month: '2026-03', target: 4, outcome: null, state: 'missing' },
      { month: '2026-04', target: 4, outcome: 5, state: 'reported' },
      { month: '2026-05', target: 4, outcome: 3, state: 'reported' },
      { month: '2026-06', target: 4, outcome: 10, state: 'upcoming' },
      { month: '2026-07', target: 4, outcome: null, state: 'upcoming' },
    ]);
    // Tertials by the same rule: T1 jan–apr (3 missing counted 0), T2 so far only May.
    expect(
      result!.tertials.map(({ tertial, targetToDate, outcomeToDate }) => [tertial, targetToDate, outcomeToDate]),
    ).toEqual([
      ['2026-T1', 16, 9],
      ['2026-T2', 4, 3],
      ['2026-T3', 0, 0],
    ]);
  });

  it('once the month has ended it counts: the same promise a month later', async () => {
    const activity = await make.activity(area);
    await make.followUp(activity.id, '2026-06', { outcome: 6 });
    const promise = await make.promise([activity.id]);
    expect((await progressOf(promise.id))[0]).toMatchObject({ targetToDate: 20, outcomeToDate: 0 });

    const july = await editorAt('2026-07-02T08:00:00Z');
    expect((await progressOf(promise.id, july))[0]).toMatchObject({
      targetToDate: 24,
      outcomeToDate: 6,
      progress: 0.25,
      missingMonths: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
    });
  });

  it('a target of 0 gives progress null, not a division by zero', async () => {
    const activity = await make.activity(area, { measure: { ...MEASURE, monthlyTarget: 0 } });
    await make.followUp(activity.id, '2026-01', { outcome: 3 });
    const promise = await make.promise([activity.id]);
    const [result] = await progressOf(promise.id);
    expect(result).toMatchObject({ targetToDate: 0, outcomeToDate: 3, progress: null });
  });

  it('a promise whose period has not started has nothing to date', async () => {
    const activity = await make.activity(area);
    await make.followUp(activity.id, '2026-05', { outcome: 4 });
    const promise = await make.promise([activity.id], { periodStart: '2026-07-01', periodEnd: '2027-06-30' });
    const [result] = await progressOf(promise.id);
    expect(result).toMatchObject({ targetToDate: 0, outcomeToDate: 0, progress: null, missingMonths: [] });
    expect(result!.months).toHaveLength(12);
    expect(result!.months[0]!.month).toBe('2026-07');
    expect(result!.months.every((month) => month.state === 'upcoming')).toBe(true);
    // May lies before the period: not part of it.
    expect(result!.months.some((month) => month.outcome !== null)).toBe(false);
  });

  it('an activity starting mid-period counts only from its start (and to its end)', async () => {
    const activity = await make.activity(area, { startDate: '2026-03-20', endDate: '2026-10-05' });
    await make.followUp(activity.id, '2026-03', { outcome: 2 });
    await make.followUp(activity.id, '2026-04', { outcome: 4 });
    const promise = await make.promise([activity.id]);
    const [result] = await progressOf(promise.id);
    expect(result!.months.map((month) => month.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(result).toMatchObject({ targetToDate: 12, outcomeToDate: 6, progress: 0.5, missingMonths: ['2026-05'] });
  });

  it('a target changed mid-period holds from that month on; earlier months keep the old one, in progress and in follow-ups', async () => {
    // The activity is planned in January with 2 a month …
    const january = await editorAt('2026-01-10T09:00:00Z');
    const created = await as(t, january)
      .post('/activities', {
        agreementId: area.agreementId,
        focusAreaId: area.id,
        title: 'Trygghetsvandringar med ny takt',
        leadOrganisationId: c.homeOrganisation.id,
        measure: { ...MEASURE, monthlyTarget: 2 },
      })
      .expect(201);
    const activity = created.body;
    // … and raised to 6 a month in April.
    const april = await editorAt('2026-04-10T09:00:00Z');
    const patched = await as(t, april)
      .patch(`/activities/${activity.id}`, { measure: { ...MEASURE, monthlyTarget: 6 } }, etag(activity))
      .expect(200);
    expect(patched.body.measure.monthlyTarget).toBe(6);

    // Read in June.
    const june = await editorAt(TEST_NOW);
    for (const [month, outcome] of [
      ['2026-01', 2],
      ['2026-02', 1],
      ['2026-03', 2],
      ['2026-04', 6],
      ['2026-05', 3],
    ] as const) {
      await make.followUp(activity.id, month, { outcome }, june);
    }
    const promise = await make.promise([activity.id]);
    const [result] = await progressOf(promise.id, june);
    expect(result!.months.map((month) => [month.month, month.target])).toEqual([
      ['2026-01', 2],
      ['2026-02', 2],
      ['2026-03', 2],
      ['2026-04', 6],
      ['2026-05', 6],
      ['2026-06', 6],
      ['2026-07', 6],
      ['2026-08', 6],
      ['2026-09', 6],
      ['2026-10', 6],
      ['2026-11', 6],
      ['2026-12', 6],
    ]);
    expect(result).toMatchObject({ targetToDate: 2 * 3 + 6 * 2, outcomeToDate: 14 });
    expect(result!.progress).toBeCloseTo(14 / 18, 10);

    const followUps = await as(t, june).get(`/activities/${activity.id}/follow-ups`).expect(200);
    expect(followUps.body.items.map((f: { month: string; target: number }) => [f.month, f.target])).toEqual([
      ['2026-01', 2],
      ['2026-02', 2],
      ['2026-03', 2],
      ['2026-04', 6],
      ['2026-05', 6],
    ]);
    const february = await as(t, june).get(`/activities/${activity.id}/follow-ups/2026-02`).expect(200);
    expect(february.body.target).toBe(2);

    // A change in the same month replaces that month's target, not the earlier ones.
    const again = await as(t, june)
      .patch(`/activities/${activity.id}`, { measure: { ...MEASURE, monthlyTarget: 8 } }, etag(patched.body))
      .expect(200);
    expect(again.body.measure.monthlyTarget).toBe(8);
    const [later] = await progressOf(promise.id, june);
    expect(later!.months.map((month) => month.target)).toEqual([2, 2, 2, 6, 6, 8, 8, 8, 8, 8, 8, 8]);
    expect(later!.targetToDate).toBe(18);
  });

  it('a promise spanning two years rolls up per year', async () => {
    const activity = await make.activity(area);
    await make.followUp(activity.id, '2025-12', { outcome: 4 });
    await make.followUp(activity.id, '2026-01', { outcome: 2 });
    const promise = await make.promise([activity.id], { periodStart: '2025-07-01', periodEnd: '2026-06-30' });
    const response = await as(t, c.headers.editor).get(`/promises/${promise.id}/progress`).expect(200);
    const [result] = response.body.activities;
    expect(result.targetToDate).toBe(11 * 4);
    expect(result.outcomeToDate).toBe(6);
    expect(
      result.years.map((year: { year: string; targetToDate: number; outcomeToDate: number }) => [
        year.year,
        year.targetToDate,
        year.outcomeToDate,
      ]),
    ).toEqual([
      ['2025', 24, 4],
      ['2026', 20, 2],
    ]);
  });
});

describe('the traffic light through the API', () => {
  it('comes with each activity’s progress, with the months it counts; null for a done or cancelled activity', async () => {
    const activity = await make.activity(area, { status: 'ongoing' });
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']) {
      await make.followUp(activity.id, month, { outcome: 3 });
    }
    await make.followUp(activity.id, '2025-11', { outcome: 4 });
    await make.followUp(activity.id, '2025-12', { outcome: 4 });
    // The same activity in two promises of different periods: each light says which months it judges.
    const year = await make.promise([activity.id]);
    const winter = await make.promise([activity.id], { periodStart: '2025-11-01', periodEnd: '2026-02-28' });
    const [inYear] = await progressOf(year.id);
    expect(inYear).toMatchObject({
      progress: 0.75,
      light: 'atRisk',
      countedMonths: { first: '2026-01', last: '2026-05' },
    });
    const [inWinter] = await progressOf(winter.id);
    expect(inWinter).toMatchObject({
      progress: 14 / 16,
      light: 'atRisk',
      countedMonths: { first: '2025-11', last: '2026-02' },
    });

    for (const status of ['done', 'cancelled']) {
      const ended = await make.activity(area, { status });
      await make.followUp(ended.id, '2026-01', { outcome: 1 });
      const promise = await make.promise([ended.id]);
      const [result] = await progressOf(promise.id);
      expect(result).toMatchObject({
        progress: 0.05,
        light: null,
        countedMonths: { first: '2026-01', last: '2026-05' },
      });
    }
  });

  it('is the same on the public dashboard, with the thresholds it starts from', async () => {
    const activity = await make.activity(area, { published: true });
    await make.followUp(activity.id, '2026-01', { outcome: 20 });
    await make.promise([activity.id], { published: true });
    const response = await as(t, {}).get(`/public/municipalities/${c.home.code}/dashboard`).expect(200);
    const shown = response.body.promises
      .flatMap((promise: { activities: { activity: { id: string } }[] }) => promise.activities)
      .find((item: { activity: { id: string } }) => item.activity.id === activity.id);
    expect(shown.progress).toMatchObject({ light: 'onTrack', countedMonths: { first: '2026-01', last: '2026-05' } });
    expect(response.body.lightThresholds).toEqual({ onTrack: 0.9, atRisk: 0.7 });
  });
});

describe('targets per calendar month', () => {
  it('a month with target 0 is no miss, and progress sums the month targets', async () => {
    const measure = { ...MEASURE, monthlyTarget: 4, monthTargets: { '02': 0, '03': 1 } };
    const activity = await make.activity(area, { measure });
    expect(activity.measure).toEqual(measure);
    await make.followUp(activity.id, '2026-01', { outcome: 4 });
    await make.followUp(activity.id, '2026-04', { outcome: 4 });
    const promise = await make.promise([activity.id]);
    const [result] = await progressOf(promise.id);
    expect(result!.months.slice(0, 5)).toEqual([
      { month: '2026-01', target: 4, outcome: 4, state: 'reported' },
      { month: '2026-02', target: 0, outcome: null, state: 'noTarget' },
      { month: '2026-03', target: 1, outcome: null, state: 'missing' },
      { month: '2026-04', target: 4, outcome: 4, state: 'reported' },
      { month: '2026-05', target: 4, outcome: null, state: 'missing' },
    ]);
    expect(result).toMatchObject({ targetToDate: 13, outcomeToDate: 8, missingMonths: ['2026-03', '2026-05'] });
    // February's follow-up, recorded after all, carries its target 0.
    expect((await make.followUp(activity.id, '2026-02', { outcome: 1 })).target).toBe(0);
  });

  it('a change of the month targets holds from the current month on; a month beyond 12 is 400', async () => {
    const january = await editorAt('2026-01-10T09:00:00Z');
    const created = await as(t, january)
      .post('/activities', {
        agreementId: area.agreementId,
        focusAreaId: area.id,
        title: 'Skolans trygghetsvandringar',
        leadOrganisationId: c.homeOrganisation.id,
        measure: MEASURE,
      })
      .expect(201);
    const april = await editorAt('2026-04-10T09:00:00Z');
    await as(t, april)
      .patch(
        `/activities/${created.body.id}`,
        { measure: { ...MEASURE, monthTargets: { '02': 0, '07': 0 } } },
        etag(created.body),
      )
      .expect(200);
    const june = await editorAt(TEST_NOW);
    const promise = await make.promise([created.body.id]);
    const [result] = await progressOf(promise.id, june);
    // February 2026 kept the target it had; July's 0 holds from April on.
    expect(result!.months.map((month) => month.target)).toEqual([4, 4, 4, 4, 4, 4, 0, 4, 4, 4, 4, 4]);
    const refused = await as(t, june)
      .post('/activities', {
        agreementId: area.agreementId,
        focusAreaId: area.id,
        title: 'Fel månad',
        leadOrganisationId: c.homeOrganisation.id,
        measure: { ...MEASURE, monthTargets: { '13': 0 } },
      })
      .expect(400);
    expect(JSON.stringify(refused.body.errors)).toContain('/measure/monthTargets');
  });
});

describe('whole numbers for a count', () => {
  const post = (measure: Record<string, unknown>) =>
    as(t, c.headers.editor).post('/activities', {
      agreementId: area.agreementId,
      focusAreaId: area.id,
      title: 'Trygghetsvandringar',
      leadOrganisationId: c.homeOrganisation.id,
      measure,
    });

  it('a count takes whole-number targets (400 naming the field); hours take decimals', async () => {
    const monthly = await post({ ...MEASURE, monthlyTarget: 3.5 }).expect(400);
    expect(monthly.body.errors).toEqual([
      expect.objectContaining({ in: 'body', path: '/measure/monthlyTarget', message: expect.stringMatching(/whole/) }),
    ]);
    const july = await post({ ...MEASURE, unit: ' St ', monthTargets: { '07': 0.5 } }).expect(400);
    expect(july.body.errors).toEqual([expect.objectContaining({ path: '/measure/monthTargets/07' })]);
    const hours = await post({ label: 'fältarbete', unit: 'timmar', monthlyTarget: 3.5 }).expect(201);
    expect(hours.body.measure.monthlyTarget).toBe(3.5);

    // A change of unit to a count is checked against the target it keeps.
    const changed = await as(t, c.headers.editor)
      .patch(`/activities/${hours.body.id}`, { measure: { ...hours.body.measure, unit: 'antal' } }, etag(hours.body))
      .expect(400);
    expect(changed.body.errors).toEqual([expect.objectContaining({ path: '/measure/monthlyTarget' })]);
  });

  it('a count takes a whole-number outcome (400 naming /outcome); hours take decimals; progress says which', async () => {
    const count = await make.activity(area);
    const refused = await as(t, c.headers.editor)
      .put(`/activities/${count.id}/follow-ups/2026-01`, { outcome: 3.5 })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ in: 'body', path: '/outcome' })]);
    await make.followUp(count.id, '2026-01', { outcome: 3 });

    const hours = await make.activity(area, { measure: { label: 'fältarbete', unit: 'timmar', monthlyTarget: 10 } });
    expect((await make.followUp(hours.id, '2026-01', { outcome: 3.5 })).outcome).toBe(3.5);

    const promise = await make.promise([count.id, hours.id]);
    const result = await progressOf(promise.id);
    expect(result.map((item) => (item as unknown as { wholeNumbers: boolean }).wholeNumbers)).toEqual([true, false]);
  });

  it('a measure or an outcome stored before the rule stays when sent back unchanged; a change must fit', async () => {
    const legacy = await make.activity(area, { measure: { label: 'vandringar', unit: 'timmar', monthlyTarget: 2.5 } });
    const month = await make.followUp(legacy.id, '2026-01', { outcome: 3.5 });
    // As stored before the rule: a count with decimals.
    await t.db.updateTable('activities').set({ measureUnit: 'antal' }).where('id', '=', legacy.id).execute();
    const stored = (await as(t, c.headers.editor).get(`/activities/${legacy.id}`).expect(200)).body;
    const kept = await as(t, c.headers.editor)
      .patch(`/activities/${legacy.id}`, { title: 'Vandringar', measure: stored.measure }, etag(stored))
      .expect(200);
    const changed = await as(t, c.headers.editor)
      .patch(`/activities/${legacy.id}`, { measure: { ...stored.measure, label: 'kvällsvandringar' } }, etag(kept.body))
      .expect(400);
    expect(changed.body.errors).toEqual([expect.objectContaining({ path: '/measure/monthlyTarget' })]);

    const put = (body: Record<string, unknown>, version: number) =>
      as(t, c.headers.editor).put(`/activities/${legacy.id}/follow-ups/2026-01`, body, `"${version}"`);
    const corrected = await put({ outcome: 3.5, comment: 'Rättad kommentar' }, month.version).expect(200);
    await put({ outcome: 4.5 }, corrected.body.version).expect(400);
  });
});
