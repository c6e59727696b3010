import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpGrid } from '../server/followups/schemas.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { as, cooperation, type Callers, type Headers } from './helpers/cooperation.js';

// GET /agreements/{id}/follow-up-grid: a year of every measured activity of an agreement, in a
// promise or not, with its months and which the caller may record. The clock stands at 15 June 2026.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
/** Measured, in no promise, not published, led by the municipality. */
let outside: Awaited<ReturnType<ReturnType<typeof cooperation>['activity']>>;
/** In no promise and with no measure: nothing to follow up. */
let unmeasured: Awaited<ReturnType<ReturnType<typeof cooperation>['activity']>>;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  plan = await make.plan();
  outside = await make.activity(plan.safety, { title: 'Kontroller utanför löftet', published: false });
  unmeasured = await make.activity(plan.youth, { title: 'Utan mått', measure: null });
  await make.followUp(outside.id, '2026-03', { outcome: 2, comment: 'Två', internalNote: 'Intern' });
});
afterAll(() => t.close());

async function gridOf(headers: Headers, query = ''): Promise<FollowUpGrid> {
  const response = await as(t, headers).get(`/agreements/${plan.agreement.id}/follow-up-grid${query}`).expect(200);
  return response.body as FollowUpGrid;
}

const titles = (grid: FollowUpGrid) => grid.activities.map((row) => row.activity.title);

describe('the follow-up grid of an agreement', () => {
  it('lists every measured activity the caller may read, outside any promise too, by title', async () => {
    const grid = await gridOf(c.headers.editor);
    expect(grid.agreementId).toBe(plan.agreement.id);
    expect(grid.currentMonth).toBe('2026-06');
    expect(titles(grid)).toEqual(
      [outside, plan.policeShared, plan.partnerShared, plan.notShared, plan.hidden].map((a) => a.title).sort(),
    );
    expect(titles(grid)).not.toContain(unmeasured.title);
  });

  it('gives the months of the current year with state, marks those the caller may record, and what was recorded', async () => {
    const grid = await gridOf(c.headers.editor);
    expect(grid.year).toBe(2026);
    const row = grid.activities.find((r) => r.activity.id === outside.id)!;
    expect(row.mayRecord).toBe(true);
    expect(row.activity).toEqual({
      id: outside.id,
      title: outside.title,
      focusAreaId: outside.focusAreaId,
      leadOrganisationId: outside.leadOrganisationId,
      measure: outside.measure,
    });
    expect(row.months.map((m) => m.month)).toEqual(monthsOf(2026));
    const byMonth = new Map(row.months.map((m) => [m.month, m]));
    expect(byMonth.get('2026-03')).toEqual({
      month: '2026-03',
      target: 4,
      outcome: 2,
      state: 'reported',
      recordable: true,
      version: 1,
      comment: 'Två',
      internalNote: 'Intern',
    });
    // A month not recorded has no version: the first save goes without If-Match.
    expect(byMonth.get('2026-04')).toEqual({
      month: '2026-04',
      target: 4,
      outcome: null,
      state: 'missing',
      recordable: true,
    });
    // The month under way may be recorded, the next not yet.
    expect(byMonth.get('2026-06')).toMatchObject({ state: 'upcoming', recordable: true });
    expect(byMonth.get('2026-07')).toMatchObject({ state: 'upcoming', recordable: false });
  });

  it('gives another year of the period when asked, and refuses a year outside it (400)', async () => {
    const next = await gridOf(c.headers.editor, '?year=2027');
    expect(next.year).toBe(2027);
    const row = next.activities.find((r) => r.activity.id === outside.id)!;
    expect(row.months.map((m) => m.month)).toEqual(monthsOf(2027));
    expect(row.months.every((m) => m.state === 'upcoming' && !m.recordable && m.version === undefined)).toBe(true);

    for (const year of ['2025', '2028']) {
      const refused = await as(t, c.headers.editor)
        .get(`/agreements/${plan.agreement.id}/follow-up-grid?year=${year}`)
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ in: 'query', path: '/year', code: 'period-outside' }),
      ]);
    }
    for (const year of ['twenty', '26', '2026.5']) {
      await as(t, c.headers.editor).get(`/agreements/${plan.agreement.id}/follow-up-grid?year=${year}`).expect(400);
    }
  });

  it('opens at the nearest year of the period of an agreement that has ended or not yet started', async () => {
    const yearOf = async (periodStart: string, periodEnd: string) => {
      const agreement = await make.agreement({ periodStart, periodEnd, status: 'draft' });
      const response = await as(t, c.headers.editor).get(`/agreements/${agreement.id}/follow-up-grid`).expect(200);
      return (response.body as FollowUpGrid).year;
    };
    expect(await yearOf('2022-07-01', '2024-06-30')).toBe(2024);
    expect(await yearOf('2028-01-01', '2029-12-31')).toBe(2028);
  });

  it('lets a partner record only the shared activities of its organisation, and a viewer none', async () => {
    const partner = await gridOf(c.headers.partner);
    const mayRecord = partner.activities.filter((row) => row.mayRecord).map((row) => row.activity.title);
    expect(mayRecord.sort()).toEqual([plan.policeShared, plan.partnerShared, plan.hidden].map((a) => a.title).sort());
    const notShared = partner.activities.find((row) => row.activity.id === plan.notShared.id)!;
    expect(notShared.months.some((m) => m.recordable)).toBe(false);

    const viewer = await gridOf(c.headers.viewer);
    expect(viewer.activities.length).toBe(5);
    expect(viewer.activities.some((row) => row.mayRecord || row.months.some((m) => m.recordable))).toBe(false);
  });

  it('shows another municipality only the published activities, without internal notes, and nothing to record', async () => {
    const other = await gridOf(c.headers.otherEditor);
    expect(titles(other)).toEqual([plan.policeShared, plan.partnerShared, plan.notShared].map((a) => a.title).sort());
    expect(other.activities.every((row) => !row.mayRecord)).toBe(true);
    await make.followUp(plan.policeShared.id, '2026-02', { outcome: 1, internalNote: 'Bara för insyn' });
    const row = (await gridOf(c.headers.otherEditor)).activities.find((r) => r.activity.id === plan.policeShared.id)!;
    const february = row.months.find((m) => m.month === '2026-02')!;
    expect(february).toMatchObject({ outcome: 1, version: 1, comment: '' });
    expect(february).not.toHaveProperty('internalNote');
  });

  it('answers 404 for an agreement the caller may not read, and 401 without a session', async () => {
    const hidden = await make.agreement({ published: false, partyIds: [c.homeOrganisation.id] });
    await as(t, c.headers.partner).get(`/agreements/${hidden.id}/follow-up-grid`).expect(404);
    await as(t, c.headers.otherEditor).get(`/agreements/${hidden.id}/follow-up-grid`).expect(404);
    await as(t, {}).get(`/agreements/${plan.agreement.id}/follow-up-grid`).expect(401);
    await as(t, c.headers.editor).get(`/agreements/${plan.agreement.id}/follow-up-grid?month=2026-05`).expect(400);
  });
});

function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
