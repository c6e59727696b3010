import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../server/clock.js';
import type { Database } from '../server/db/database.js';
import { demoAccounts, ostergotlandMunicipalities } from '../server/demo/data.js';
import { demoFollowUps } from '../server/demo/followups.js';
import { activities, agreement } from '../server/demo/linkoping.js';
import { loadDemoData } from '../server/demo/load.js';
import { currentMonth, monthOfDate, monthRange } from '../server/progress/months.js';
import type { CountyDashboard } from '../server/counties/schemas.js';
import type { Dashboard } from '../server/public/schemas.js';
import type { Traceability } from '../server/situations/schemas.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { createTestDatabase } from './helpers/database.js';
import { snapshotTables } from './helpers/snapshot.js';

// The demo as `npm start` loads it on the embedded default: true to docs/domain.md,
// loaded once, current to the clock it is given, and public only where published.

const REAL_CODES = [
  '0509',
  '0512',
  '0513',
  '0560',
  '0561',
  '0562',
  '0563',
  '0580',
  '0581',
  '0582',
  '0583',
  '0584',
  '0586',
];

// TEST_NOW is 15 June 2026: May is the last month that has ended.
const LAST_MONTH = '2026-05';

describe('the demo data', () => {
  let t: TestApp;
  let loaded: boolean;

  beforeAll(async () => {
    t = await startTestApp();
    loaded = await loadDemoData(t.db, t.clock);
  });
  afterAll(() => t.close());

  const linkoping = () =>
    t.db.selectFrom('municipalities').selectAll().where('code', '=', '0580').executeTakeFirstOrThrow();
  const theAgreement = async () =>
    t.db
      .selectFrom('agreements')
      .selectAll()
      .where('municipalityId', '=', (await linkoping()).id)
      .executeTakeFirstOrThrow();

  it('loads into an empty database', () => {
    expect(currentMonth(t.clock.now())).toBe('2026-06');
    expect(loaded).toBe(true);
  });

  it('holds the 13 municipalities of Östergötland with their real SCB codes', async () => {
    const rows = await t.db.selectFrom('municipalities').select(['code', 'name', 'county']).orderBy('code').execute();
    expect(rows.map((row) => row.code)).toEqual(REAL_CODES);
    expect(rows.find((row) => row.code === '0580')).toEqual({
      code: '0580',
      name: 'Linköping',
      county: 'Östergötlands län',
    });
    expect(rows.find((row) => row.code === '0581')?.name).toBe('Norrköping');
    expect(rows.every((row) => row.county === 'Östergötlands län')).toBe(true);
    expect(ostergotlandMunicipalities).toHaveLength(13);
  });

  it('holds the organisations of the cooperation, each of the right kind', async () => {
    const rows = await t.db
      .selectFrom('organisations')
      .leftJoin('municipalities', 'municipalities.id', 'organisations.municipalityId')
      .select(['organisations.name', 'organisations.kind', 'municipalities.code'])
      .execute();
    const find = (name: string) => rows.find((row) => row.name === name);
    expect(find('Linköpings kommun – Säkerhetsenheten')).toEqual({
      name: 'Linköpings kommun – Säkerhetsenheten',
      kind: 'municipality',
      code: '0580',
    });
    expect(find('Lokalpolisområde Linköping')).toMatchObject({ kind: 'police', code: '0580' });
    expect(find('Länsstyrelsen Östergötland')).toMatchObject({ kind: 'county', code: null });
    expect(find('AB Stångåstaden')).toMatchObject({ kind: 'other', code: '0580' });
  });

  it('keeps one demo account per role', async () => {
    const users = await t.db.selectFrom('users').select(['email', 'role']).orderBy('email').execute();
    expect(users).toEqual(
      demoAccounts.map(({ email, role }) => ({ email, role })).sort((a, b) => (a.email < b.email ? -1 : 1)),
    );
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(['admin', 'editor', 'partner', 'viewer']));
  });

  it("gives Linköping the goal with Medborgarenkäten's 2021 figures for women and men", async () => {
    const goal = await t.db
      .selectFrom('goals')
      .selectAll()
      .where('municipalityId', '=', (await linkoping()).id)
      .executeTakeFirstOrThrow();
    expect(goal).toMatchObject({ title: 'Ett attraktivt och tryggt Linköping', published: true });
    expect(goal.description).toContain('demodata');
    const indicators = await t.db.selectFrom('indicators').selectAll().where('goalId', '=', goal.id).execute();
    const byTitle = (title: string) => indicators.find((indicator) => indicator.title === title)!;
    const streets = byTitle('Andel som känner sig trygga på gator och torg');
    const parks = byTitle('Andel som känner sig trygga i stadens parker på kvällen');
    for (const indicator of [streets, parks]) {
      expect(indicator).toMatchObject({ direction: 'increase', baselinePeriod: '2021', published: true });
      expect(indicator.source).toContain('Medborgarenkäten');
      expect(indicator.targetValue!).toBeGreaterThan(indicator.baselineValue!);
    }
    const values = await t.db
      .selectFrom('indicatorValues')
      .selectAll()
      .where('period', '=', '2021')
      .where('indicatorId', 'in', [streets.id, parks.id])
      .execute();
    const value = (id: string, group: string) => values.find((v) => v.indicatorId === id && v.group === group)?.value;
    expect([value(streets.id, 'women'), value(streets.id, 'men')]).toEqual([20, 34]);
    expect([value(parks.id, 'women'), value(parks.id, 'men')]).toEqual([7, 22]);
  });

  it('holds the agreement 2023–2026 with its four prioritised areas in order and 12–20 activities', async () => {
    const agreement = await theAgreement();
    expect(agreement).toMatchObject({ periodEnd: '2026-12-31', status: 'active', published: true });
    expect(agreement.periodStart <= '2023-06-01').toBe(true);
    expect(agreement.summary).toMatch(/organiserad brottslighet/i);
    expect(agreement.summary).toMatch(/välfärdsbrottslighet/i);
    expect(agreement.summary).toMatch(/otrygghet/i);
    expect(agreement.summary).toContain('juni 2023');

    const parties = await t.db
      .selectFrom('agreementParties')
      .innerJoin('organisations', 'organisations.id', 'agreementParties.organisationId')
      .select('organisations.name')
      .where('agreementId', '=', agreement.id)
      .orderBy('organisations.name')
      .execute();
    expect(parties.map((party) => party.name)).toEqual([
      'Linköpings kommun – Säkerhetsenheten',
      'Lokalpolisområde Linköping',
    ]);
    const goals = await t.db.selectFrom('agreementGoals').selectAll().where('agreementId', '=', agreement.id).execute();
    expect(goals).toHaveLength(1);

    const focusAreas = await t.db
      .selectFrom('focusAreas')
      .select('title')
      .where('agreementId', '=', agreement.id)
      .orderBy('position')
      .execute();
    expect(focusAreas.map((area) => area.title)).toEqual([
      'Organiserad brottslighet',
      'ANDTS (alkohol, narkotika, dopning, tobak, spel)',
      'Otrygghet och brott i offentlig miljö',
      'Ungdomsbrottslighet',
    ]);

    const activities = await t.db
      .selectFrom('activities')
      .selectAll()
      .where('agreementId', '=', agreement.id)
      .execute();
    expect(activities.length).toBeGreaterThanOrEqual(12);
    expect(activities.length).toBeLessThanOrEqual(20);
    const areas = new Set(activities.map((activity) => activity.area));
    for (const area of ['Skäggetorp', 'Innerstaden', 'Berga', 'Ryd', 'Majeldstorget']) expect(areas).toContain(area);
    const unpublished = activities.filter((activity) => !activity.published);
    expect(unpublished.length).toBeGreaterThanOrEqual(1);
    expect(unpublished.length).toBeLessThan(activities.length / 4);
    const measured = activities.filter((activity) => activity.measureLabel !== null);
    expect(measured.length).toBeGreaterThan(activities.length / 2);
    for (const activity of measured) {
      expect(activity.measureUnit).toBe('antal');
      expect(activity.description).toContain('demodata');
    }

    // Shared exactly when the Police lead or take part.
    const police = await t.db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'police')
      .executeTakeFirstOrThrow();
    const partners = await t.db.selectFrom('activityPartners').selectAll().execute();
    for (const activity of activities) {
      const involved = [
        activity.leadOrganisationId,
        ...partners.filter((p) => p.activityId === activity.id).map((p) => p.organisationId),
      ];
      expect(activity.shared, activity.title).toBe(involved.includes(police.id));
    }

    // A measure's target holds from its first month.
    const targets = await t.db.selectFrom('activityTargets').selectAll().orderBy('validFrom').execute();
    for (const activity of measured) {
      const own = targets.filter((target) => target.activityId === activity.id);
      expect(own[0]!.validFrom, activity.title).toBe(monthOfDate(activity.startDate ?? agreement.periodStart));
      expect(own[0]!.monthlyTarget).toBeGreaterThan(0);
    }
    expect(targets.length).toBeGreaterThan(measured.length); // one target changed on the way
    // The schools' summer break: the dog searches have no target in July (demodata).
    const dogs = measured.find((activity) => activity.title === 'Narkotikasök med hund i skolor')!;
    expect(targets.find((target) => target.activityId === dogs.id)!.monthTargets).toEqual({ '07': 0 });
  });

  it('holds the medborgarlöfte 2023–2024 as history and a current one, each with its activities', async () => {
    const promises = await t.db
      .selectFrom('promises')
      .selectAll()
      .where('municipalityId', '=', (await linkoping()).id)
      .orderBy('periodStart')
      .execute();
    expect(promises).toHaveLength(2);
    const [history, current] = promises as [(typeof promises)[0], (typeof promises)[0]];
    expect(history).toMatchObject({ periodStart: '2023-01-01', periodEnd: '2024-12-31', published: true });
    expect(history.agreementId).toBe((await theAgreement()).id);
    expect(history.text).toContain('Vi lovar att');
    expect(history.text).toMatch(/narkotika/);
    expect(history.text).toMatch(/trygghet/);
    expect(history.text).toMatch(/trafiksäkerhet/);
    expect(current.periodStart > history.periodEnd).toBe(true);
    expect(current.published).toBe(true);
    expect(`${current.title} ${current.text}`).toContain('demodata');
    for (const promise of promises) {
      const links = await t.db
        .selectFrom('promiseActivities')
        .selectAll()
        .where('promiseId', '=', promise.id)
        .execute();
      expect(links.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('holds monthly follow-ups up to and including last month, with gaps, and none for this month or later', async () => {
    const agreement = await theAgreement();
    const activities = await t.db
      .selectFrom('activities')
      .selectAll()
      .where('measureLabel', 'is not', null)
      .where('agreementId', '=', agreement.id)
      .execute();
    const followUps = await t.db
      .selectFrom('followUps')
      .innerJoin('activities', 'activities.id', 'followUps.activityId')
      .selectAll('followUps')
      .where('activities.agreementId', '=', agreement.id)
      .execute();
    const months = followUps.map((followUp) => followUp.month).sort();
    expect(months.at(-1)).toBe(LAST_MONTH);
    expect(followUps.filter((followUp) => followUp.month >= '2026-06')).toEqual([]);

    let expected = 0;
    for (const activity of activities) {
      const own = followUps.filter((followUp) => followUp.activityId === activity.id);
      const first = monthOfDate(activity.startDate ?? agreement.periodStart);
      const end = activity.endDate === null ? LAST_MONTH : monthOfDate(activity.endDate);
      const range = monthRange(first, end < LAST_MONTH ? end : LAST_MONTH);
      expected += range.length;
      expect(own.length, activity.title).toBeGreaterThan(range.length / 2);
      for (const followUp of own) expect(range, activity.title).toContain(followUp.month);
    }
    // Some months were never reported, and one or two are recorded as not reported.
    expect(followUps.length).toBeLessThan(expected);
    const nulls = followUps.filter((followUp) => followUp.outcome === null);
    expect(nulls.length).toBeGreaterThanOrEqual(1);
    expect(nulls.length).toBeLessThanOrEqual(2);
    expect(followUps.filter((followUp) => followUp.comment !== '').length).toBeGreaterThan(20);
    expect(followUps.filter((followUp) => followUp.internalNote !== '').length).toBeGreaterThanOrEqual(3);
    // Activities without a measure have no follow-ups.
    const measuredIds = new Set(activities.map((activity) => activity.id));
    expect(followUps.every((followUp) => measuredIds.has(followUp.activityId))).toBe(true);

    const recorders = await t.db.selectFrom('users').select('id').where('role', 'in', ['editor', 'partner']).execute();
    const recorderIds = recorders.map((user) => user.id);
    for (const followUp of followUps) {
      expect(recorderIds).toContain(followUp.recordedBy);
      expect(followUp.recordedAt.getTime()).toBeLessThanOrEqual(new Date(TEST_NOW).getTime());
    }
  });

  it('holds the lägesbild 2024 with its problems, causes and the activities tied to them, one problem without a measure', async () => {
    const agreement = await theAgreement();
    const report = await t.db
      .selectFrom('situationReports')
      .selectAll()
      .where('municipalityId', '=', (await linkoping()).id)
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2024-12-31', status: 'adopted' });
    expect(report.title).toContain('demodata');
    expect(agreement.situationReportId).toBe(report.id);
    const response = await t.http().get(`/api/v1/situation-reports/${report.id}/traceability`).expect(200);
    const trace = response.body as Traceability;
    const categories = trace.problems.map((entry) => entry.problem.category);
    for (const category of ['drugs', 'insecurity', 'traffic', 'youth']) expect(categories).toContain(category);
    const titles = trace.problems.map((entry) => entry.problem.title).join(' ');
    expect(titles).toMatch(/Skäggetorp/);
    expect(titles).toMatch(/Innerstaden/);
    expect(titles).toMatch(/krog/);
    for (const entry of trace.problems) expect(entry.causes.length).toBeGreaterThan(0);
    // One problem deliberately without a measure: traffic safety.
    expect(trace.problemsWithoutActivity).toHaveLength(1);
    const forgotten = trace.problems.find((entry) => entry.problem.id === trace.problemsWithoutActivity[0]);
    expect(forgotten?.problem.category).toBe('traffic');
    // The activities acting on the others run in 2025–2026.
    const acting = trace.problems.flatMap((entry) => entry.activities);
    expect(acting.length).toBeGreaterThan(5);
    for (const activity of acting) expect(activity.status).not.toBe('done');
    // The unpublished welfare-crime problem is for insiders only.
    expect(response.text).not.toContain('Välfärdsbrottslighet');
    const inside = await t.db.selectFrom('problems').select(['title', 'published']).execute();
    expect(inside.find((problem) => problem.title.startsWith('Välfärdsbrottslighet'))?.published).toBe(false);
  });

  it('holds a final, published analysis of T1 2026 and a draft of the tertial under way', async () => {
    const reviews = await t.db.selectFrom('reviews').selectAll().orderBy('period').execute();
    expect(reviews.map((review) => [review.period, review.status, review.published])).toEqual([
      ['2026-T1', 'final', true],
      ['2026-T2', 'draft', false],
    ]);
    expect(reviews[0]!.text).toContain('Demodata');
  });

  it('is the county: Länsstyrelsen with a county reader, OTMB, and the twelve others reporting well and badly', async () => {
    const lan = await t.db
      .selectFrom('organisations')
      .selectAll()
      .where('name', '=', 'Länsstyrelsen Östergötland')
      .executeTakeFirstOrThrow();
    expect(lan).toMatchObject({ kind: 'county', countyCode: '05', municipalityId: null });
    const reader = demoAccounts.find((account) => account.organisation.name === lan.name)!;
    expect(reader.role).toBe('viewer');
    const response = await t.http().get('/api/v1/public/counties/05/dashboard').expect(200);
    const county = response.body as CountyDashboard;
    expect(county.county.name).toBe('Östergötlands län');
    expect(county.county.programme?.title).toContain('Östergötland tillsammans mot brott');
    expect(county.county.programme?.text).toContain('februari 2022');
    expect(county.municipalities.map((m) => m.municipality.code).sort()).toEqual(REAL_CODES);
    const of = (name: string) => county.municipalities.find((m) => m.municipality.name === name)!;
    for (const name of ['Linköping', 'Norrköping', 'Motala']) {
      expect(of(name).hasData, name).toBe(true);
      expect(of(name).agreement, name).not.toBeNull();
      expect(of(name).promises.length, name).toBeGreaterThan(0);
      expect(
        of(name).indicators.some((i) => i.women !== null && i.men !== null),
        name,
      ).toBe(true);
    }
    for (const name of ['Norrköping', 'Motala']) expect(of(name).promises[0]!.activities).toBeGreaterThanOrEqual(5);
    // Nothing published yet is listed as such.
    expect(of('Ydre')).toMatchObject({ hasData: false, agreement: null, promises: [] });
    // Real differences: some on track, some behind.
    const lights = new Set(county.municipalities.map((m) => m.progressToDate.light));
    expect(lights).toContain('onTrack');
    expect(lights).toContain('behind');
    expect(of('Norrköping').indicators.find((i) => i.kolada)?.kolada).toEqual({ kpi: 'N07403' });
    const text = JSON.stringify(county.municipalities.filter((m) => m.municipality.code !== '0580'));
    expect(text).toContain('demodata');
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await snapshotTables(t.db);
    expect(await loadDemoData(t.db, t.clock)).toBe(false);
    const later = fixedClock('2027-03-10T12:00:00Z');
    expect(await loadDemoData(t.db, later)).toBe(false);
    const after = await snapshotTables(t.db);
    expect(after.counts).toEqual(before.counts);
    expect(after.rows).toEqual(before.rows);
  });

  describe('on the public dashboard', () => {
    let dashboard: Dashboard;
    let json: string;

    beforeAll(async () => {
      const response = await t.http().get('/api/v1/public/municipalities/0580/dashboard').expect(200);
      dashboard = response.body as Dashboard;
      json = response.text;
    });

    it('shows the goal with its indicators and the women/men values', () => {
      expect(dashboard.goals).toHaveLength(1);
      const goal = dashboard.goals[0]!;
      expect(goal.goal.title).toBe('Ett attraktivt och tryggt Linköping');
      expect(goal.indicators).toHaveLength(2);
      for (const entry of goal.indicators) {
        expect(entry.indicator.baseline?.period).toBe('2021');
        const groups = entry.values.filter((v) => v.period === '2021').map((v) => v.group);
        expect(groups.sort()).toEqual(['men', 'women']);
        expect(entry.progress.women).toBeGreaterThan(0);
        expect(entry.progress.men).toBeGreaterThan(0);
      }
      const streets = goal.indicators.find((entry) => entry.indicator.title.includes('gator och torg'))!;
      expect(streets.values).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ period: '2021', group: 'women', value: 20 }),
          expect.objectContaining({ period: '2021', group: 'men', value: 34 }),
        ]),
      );
    });

    const promiseFrom = (start: string) => dashboard.promises.find((p) => p.promise.periodStart === start)!;

    it('shows both promises with their activities and progress', () => {
      expect(dashboard.promises).toHaveLength(2);
      const history = promiseFrom('2023-01-01');
      const current = promiseFrom('2025-01-01');
      for (const promise of [history, current]) {
        expect(promise.activities.length).toBeGreaterThanOrEqual(5);
        const measured = promise.activities.filter((a) => a.activity.measure !== null);
        expect(measured.length).toBeGreaterThan(0);
        for (const { progress } of measured) {
          expect(progress.targetToDate).toBeGreaterThan(0);
          expect(progress.progress).toBeGreaterThan(0);
        }
      }
      // The ended promise is measured over all of 2023–2024, and some months were never reported.
      const dogs = history.activities.find((a) => a.activity.title === 'Narkotikasök med hund i skolor')!;
      expect(dogs.progress.months).toHaveLength(24);
      expect(dogs.progress.months.every((m) => m.state !== 'upcoming')).toBe(true);
      expect(dogs.progress.tertials.map((r) => r.tertial)).toContain('2024-T3');
      const missing = dashboard.promises.flatMap((p) => p.activities.flatMap((a) => a.progress.missingMonths));
      expect(missing.length).toBeGreaterThan(0);
      // The current promise runs to the end of 2026: June onwards is still to come.
      const later = current.activities.find((a) => a.progress.months.length > 0)!.progress.months;
      expect(later.find((m) => m.month === '2026-06')?.state).toBe('upcoming');
      expect(later.find((m) => m.month === LAST_MONTH)?.state).toBe('reported');
    });

    it('shows no internal note and no unpublished activity', async () => {
      expect(json).not.toContain('internalNote');
      const notes = await t.db
        .selectFrom('followUps')
        .select('internalNote')
        .distinct()
        .where('internalNote', '<>', '')
        .execute();
      expect(notes.length).toBeGreaterThan(0);
      for (const { internalNote } of notes) expect(json).not.toContain(internalNote);

      const unpublished = await t.db
        .selectFrom('activities')
        .select(['id', 'title'])
        .where('published', '=', false)
        .execute();
      expect(unpublished.length).toBeGreaterThan(0);
      for (const activity of unpublished) {
        expect(json).not.toContain(activity.id);
        expect(json).not.toContain(activity.title);
      }
      // One of them sits in the current promise: left out there, not shown.
      const inPromise = await t.db
        .selectFrom('promiseActivities')
        .select('activityId')
        .where(
          'activityId',
          'in',
          unpublished.map((activity) => activity.id),
        )
        .execute();
      expect(inPromise.length).toBeGreaterThan(0);
      // Länsstyrelsen takes part only in unpublished work: it is not among the organisations shown.
      const shown = dashboard.organisations.map((o) => o.name);
      expect(shown).not.toContain('Länsstyrelsen Östergötland');
      expect(shown).toContain('Lokalpolisområde Linköping');
    });

    it("answers a promise's progress to anyone", async () => {
      const history = promiseFrom('2023-01-01');
      const response = await t.http().get(`/api/v1/promises/${history.promise.id}/progress`).expect(200);
      expect(response.body.activities).toHaveLength(history.activities.length);
      expect(response.text).not.toContain('internalNote');
    });
  });
});

describe('the demo loaded at another time', () => {
  let database: Database;
  const clock = fixedClock('2024-03-10T08:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('gives the tertials of 2026 that have ended by its clock a final analysis', async () => {
    const later = await createTestDatabase();
    try {
      expect(await loadDemoData(later.db, fixedClock('2026-12-07T12:00:00Z'))).toBe(true);
      const reviews = await later.db.selectFrom('reviews').select(['period', 'status']).orderBy('period').execute();
      expect(reviews).toEqual([
        { period: '2026-T1', status: 'final' },
        { period: '2026-T2', status: 'final' },
        { period: '2026-T3', status: 'draft' },
      ]);
    } finally {
      await later.close();
    }
  });

  it('runs its follow-ups up to the month before its clock', async () => {
    expect(await loadDemoData(database.db, clock)).toBe(true);
    const months = await database.db.selectFrom('followUps').select('month').orderBy('month', 'desc').execute();
    expect(months[0]!.month).toBe('2024-02');
    // The target change of 2025 has not happened yet.
    const walks = await database.db
      .selectFrom('activityTargets')
      .innerJoin('activities', 'activities.id', 'activityTargets.activityId')
      .select(['validFrom', 'monthlyTarget'])
      .where('activities.title', '=', 'Trygghetsvandringar i Skäggetorp')
      .execute();
    expect(walks).toEqual([{ validFrom: '2023-01', monthlyTarget: 2 }]);
  });

  it('gives a month the same outcome whenever the demo is loaded', () => {
    for (const activity of activities) {
      const early = new Map(demoFollowUps(activity, agreement.periodStart, '2024-02').map((f) => [f.month, f]));
      const late = demoFollowUps(activity, agreement.periodStart, LAST_MONTH);
      for (const followUp of late) {
        const before = early.get(followUp.month);
        if (before && before.outcome !== null && followUp.outcome !== null) expect(followUp).toEqual(before);
      }
    }
  });
});
