import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { as, cooperation, MEASURE, type Callers } from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';
import { bytes, csvLines } from './helpers/exchange.js';

// GET /api/v1/reports/missing(.csv): who has not reported a month.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
const MONTH = '2026-05';
const extra: Record<string, { id: string }> = {};

const path = (municipalityId: string, month = MONTH, csv = false) =>
  `/reports/missing${csv ? '.csv' : ''}?month=${month}&municipalityId=${municipalityId}`;

type Report = {
  month: string;
  municipalityId: string;
  organisations: {
    organisation: { id: string; name: string };
    activities: { id: string; title: string; target: number; promises: { id: string; title: string }[] }[];
  }[];
};

/** Activity ids per lead organisation id, as the report lists them. */
function listed(report: Report): Record<string, string[]> {
  return Object.fromEntries(
    report.organisations.map(({ organisation, activities }) => [organisation.id, activities.map((a) => a.id)]),
  );
}

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  plan = await make.plan();
  // policeShared reported May; partnerShared recorded May as "not reported" (null); notShared and hidden not at all.
  await make.followUp(plan.policeShared.id, MONTH, { outcome: 3 });
  await make.followUp(plan.partnerShared.id, MONTH, { outcome: null, comment: 'Inte rapporterat än' });
  // In the published promise too, but not expected to report May:
  const zero = await make.activity(plan.safety, {
    title: 'Mål noll',
    published: true,
    measure: { ...MEASURE, monthlyTarget: 0 },
  });
  const unmeasured = await make.activity(plan.safety, { title: 'Utan mått', published: true, measure: null });
  const ended = await make.activity(plan.safety, { title: 'Slutade i april', published: true, endDate: '2026-04-30' });
  await make.editor
    .patch(`/promises/${plan.promise.id}`, {
      activityIds: [...plan.promise.activityIds, zero.id, unmeasured.id, ended.id],
    })
    .set('if-match', `"${plan.promise.version}"`)
    .expect(200);
  // Only in an unpublished promise: not counted.
  extra.draftOnly = await make.activity(plan.youth, { title: 'Bara i utkast', published: true });
  await make.promise([extra.draftOnly.id], { agreementId: plan.agreement.id, title: 'Utkast till löfte' });
  // In a published promise of last year: not counted for May 2026.
  extra.lastYear = await make.activity(plan.youth, { title: 'Förra årets', published: true });
  await make.promise([extra.lastYear.id], {
    agreementId: plan.agreement.id,
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    published: true,
  });
  // Also in a second published promise: listed once, with both promises.
  extra.second = await make.promise([plan.notShared.id], {
    agreementId: plan.agreement.id,
    title: 'Andra löftet',
    published: true,
  });
  // An unpublished activity in a published promise of an agreement the police is not party to.
  const other = await make.agreement({ partyIds: [c.homeOrganisation.id], published: true });
  const otherArea = await make.focusArea(other.id);
  extra.notParty = await make.activity(otherArea, {
    title: 'Intern, utan polisen',
    leadOrganisationId: c.police.id,
    published: false,
  });
  await make.promise([extra.notParty.id], { agreementId: other.id, title: 'Tredje löftet', published: true });
});
afterAll(() => t.close());

describe('the missing report', () => {
  it('lists per lead organisation the activities with a target and no outcome, null outcome counted as missing', async () => {
    const response = await as(t, c.headers.editor).get(path(c.home.id)).expect(200);
    const report = response.body as Report;
    expect(report.month).toBe(MONTH);
    expect(report.municipalityId).toBe(c.home.id);
    expect(listed(report)).toEqual({
      [c.homeOrganisation.id]: [plan.partnerShared.id],
      // By title: Föräldravandring, Hemlig insats, Intern, utan polisen.
      [c.police.id]: [plan.notShared.id, plan.hidden.id, extra.notParty!.id],
    });
    const police = report.organisations.find((entry) => entry.organisation.id === c.police.id)!;
    expect(police.organisation.name).toBe(c.police.name);
    expect(police.activities[0]).toEqual({
      id: plan.notShared.id,
      title: 'Föräldravandring',
      target: 4,
      promises: [
        { id: extra.second!.id, title: 'Andra löftet' },
        { id: plan.promise.id, title: plan.promise.title },
      ],
    });
  });

  it('shows each caller only what it may read', async () => {
    const byCaller = async (caller: 'viewer' | 'partner' | 'admin' | 'otherEditor') =>
      listed((await as(t, c.headers[caller]).get(path(c.home.id)).expect(200)).body as Report);
    expect(await byCaller('viewer')).toEqual(await byCaller('admin'));
    // The police is party to the plan's agreement (the hidden activity) but not to the other one.
    expect(await byCaller('partner')).toEqual({
      [c.homeOrganisation.id]: [plan.partnerShared.id],
      [c.police.id]: [plan.notShared.id, plan.hidden.id],
    });
    // Another municipality's editor: published activities only.
    expect(await byCaller('otherEditor')).toEqual({
      [c.homeOrganisation.id]: [plan.partnerShared.id],
      [c.police.id]: [plan.notShared.id],
    });
  });

  it('is empty for a month with everything reported or outside every promise', async () => {
    const editor = as(t, c.headers.editor);
    expect((await editor.get(path(c.home.id, '2028-01')).expect(200)).body.organisations).toEqual([]);
    expect((await editor.get(path(c.away.id)).expect(200)).body.organisations).toEqual([]);
  });

  it('refuses the anonymous, a month that is none, an unknown municipality', async () => {
    expectProblem(await as(t, {}).get(path(c.home.id)), 401, 'unauthenticated');
    expectProblem(await as(t, {}).get(path(c.home.id, MONTH, true)), 401, 'unauthenticated');
    const editor = as(t, c.headers.editor);
    const bad = expectProblem(await editor.get(path(c.home.id, '2025-13')), 400, 'validation');
    expect(bad.errors).toEqual([expect.objectContaining({ in: 'query', path: '/month' })]);
    // PostgreSQL has no year 0 (this month once answered 500).
    expectProblem(await editor.get(path(c.home.id, '0000-11')), 400, 'validation');
    expectProblem(await editor.get(`/reports/missing?month=${MONTH}`), 400, 'validation');
    expectProblem(await editor.get(path('00000000-0000-4000-8000-000000000000')), 404, 'not-found');
  });

  it('comes as CSV for Swedish Excel: BOM, semicolons, CRLF, the same rows', async () => {
    const response = await bytes(as(t, c.headers.editor).get(path(c.home.id, MONTH, true))).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toContain(`ej-rapporterat-${c.home.code}-${MONTH}.csv`);
    const lines = csvLines(response.body as Buffer, { bom: true });
    expect(lines.join('')).not.toContain('\n');
    expect(lines[0]).toBe('Månad;Organisation;Aktivitet;Löfte;Mål;Aktivitets-id');
    expect(lines.slice(1)).toEqual([
      `${MONTH};${c.homeOrganisation.name};Områdesgrupp;${plan.promise.title};4;${plan.partnerShared.id}`,
      `${MONTH};${c.police.name};Föräldravandring;"Andra löftet; ${plan.promise.title}";4;${plan.notShared.id}`,
      `${MONTH};${c.police.name};Hemlig insats;${plan.promise.title};4;${plan.hidden.id}`,
      `${MONTH};${c.police.name};Intern, utan polisen;Tredje löftet;4;${extra.notParty!.id}`,
    ]);
  });
});
