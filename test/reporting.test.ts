import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../server/activities/schemas.js';
import { onTimeShares } from '../server/reporting/service.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { API, as, auditCount, cooperation, etag, type Callers } from './helpers/cooperation.js';
import { snapshotTables } from './helpers/snapshot.js';

// The reporting duty: report days, each person's tasks, completeness
// and the public share on time, and settled tertials.

let t: TestApp;
let c: Callers;
let coop: ReturnType<typeof cooperation>;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  coop = cooperation(t, c);
  plan = await coop.plan();
});
afterAll(() => t?.close());

const tasksOf = async (caller: keyof Callers['headers']) => {
  const response = await as(t, c.headers[caller]).get('/me/tasks').expect(200);
  return response.body.items as { activityId: string; month: string; dueDate: string; overdue: boolean }[];
};

describe('the report day', () => {
  it('is 10 unless set, 1–28, and 0 or 29 is 400 with nothing changed', async () => {
    const admin = as(t, c.headers.admin);
    const made = await admin
      .post('/municipalities', { code: '0999', name: 'Rapportby', county: 'Testlän' })
      .expect(201);
    expect(made.body.reportingDay).toBe(10);
    for (const reportingDay of [0, 29, 10.5, '12']) {
      const refused = await admin.patch(`/municipalities/${made.body.id}`, { reportingDay }, etag(made.body));
      expect(refused.status, String(reportingDay)).toBe(400);
      expect(refused.body.type).toBe('/problems/validation');
    }
    const bad = await admin.post('/municipalities', { code: '0998', name: 'X', county: 'Y', reportingDay: 29 });
    expect(bad.status).toBe(400);
    const changed = await admin.patch(`/municipalities/${made.body.id}`, { reportingDay: 28 }, etag(made.body));
    expect(changed.status).toBe(200);
    expect(changed.body.reportingDay).toBe(28);
  });
});

describe('my tasks', () => {
  it('lists for the editor every ended month with a target and no outcome, overdue first, with its due date', async () => {
    // 15 June: January–May have ended; May is due 10 June, so all are overdue.
    const items = (await tasksOf('editor')).filter((task) => task.activityId === plan.policeShared.id);
    expect(items.map((task) => task.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(items[0]).toMatchObject({ dueDate: '2026-02-10', overdue: true });
    // Every measured activity of the municipality, published or not, shared or not.
    const activities = new Set((await tasksOf('editor')).map((task) => task.activityId));
    for (const activity of [plan.policeShared, plan.partnerShared, plan.notShared, plan.hidden]) {
      expect(activities.has(activity.id), activity.title).toBe(true);
    }
  });

  it('gives a police partner only the shared activities the police leads or takes part in', async () => {
    const activities = new Set((await tasksOf('partner')).map((task) => task.activityId));
    expect([...activities].sort()).toEqual([plan.policeShared.id, plan.partnerShared.id, plan.hidden.id].sort());
    expect(activities.has(plan.notShared.id)).toBe(false);
  });

  it('gives viewers, admins and the other municipality’s editor none; anonymous is 401', async () => {
    expect(await tasksOf('viewer')).toEqual([]);
    expect(await tasksOf('admin')).toEqual([]);
    expect(await tasksOf('otherEditor')).toEqual([]);
    await t.http().get(`${API}/me/tasks`).expect(401);
  });

  it('puts overdue first; a month due later is listed after, not overdue; a month recorded is no task', async () => {
    t.clock.set('2026-06-05T10:00:00Z');
    try {
      const items = (await tasksOf('editor')).filter((task) => task.activityId === plan.partnerShared.id);
      expect(items.at(-1)).toMatchObject({ month: '2026-05', dueDate: '2026-06-10', overdue: false });
      expect(items.slice(0, -1).every((task) => task.overdue)).toBe(true);
    } finally {
      t.clock.set(TEST_NOW);
    }
    await coop.followUp(plan.partnerShared.id, '2026-01', { outcome: 4 }, c.headers.partner);
    // Recorded as "not reported" (null): still a task.
    await coop.followUp(plan.partnerShared.id, '2026-02', { outcome: null });
    const months = (await tasksOf('partner'))
      .filter((task) => task.activityId === plan.partnerShared.id)
      .map((task) => task.month);
    expect(months).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
  });

  it('follows the municipality’s report day', async () => {
    const home = await as(t, c.headers.admin).get(`/municipalities/${c.home.id}`).expect(200);
    await as(t, c.headers.admin)
      .patch(`/municipalities/${c.home.id}`, { reportingDay: 20 }, etag(home.body))
      .expect(200);
    try {
      t.clock.set('2026-06-15T10:00:00Z');
      const may = (await tasksOf('editor')).find(
        (task) => task.activityId === plan.notShared.id && task.month === '2026-05',
      );
      expect(may).toMatchObject({ dueDate: '2026-06-20', overdue: false });
    } finally {
      const now = await as(t, c.headers.admin).get(`/municipalities/${c.home.id}`).expect(200);
      await as(t, c.headers.admin)
        .patch(`/municipalities/${c.home.id}`, { reportingDay: 10 }, etag(now.body))
        .expect(200);
    }
  });
});

describe('completeness and the share on time', () => {
  let activity: Activity;

  beforeAll(async () => {
    activity = await coop.activity(plan.safety, { title: 'Punktlighet', published: true, startDate: '2026-01-01' });
    const record = async (month: string, at: string) => {
      t.clock.set(at);
      await coop.followUp(activity.id, month, { outcome: 2 });
    };
    try {
      await record('2026-01', '2026-02-03T09:00:00Z'); // on time
      await record('2026-02', '2026-03-10T22:30:00Z'); // 23:30 on 10 March in Sweden: the last minutes, on time
      await record('2026-03', '2026-04-10T22:30:00Z'); // 00:30 on 11 April in Sweden (summer time): late
      t.clock.set('2026-05-20T08:00:00Z');
      // April recorded "not reported" first, then corrected late: late, by when the outcome came.
      const april = await coop.followUp(activity.id, '2026-04', { outcome: null });
      t.clock.set('2026-05-25T08:00:00Z');
      await as(t, c.headers.editor)
        .put(`/activities/${activity.id}/follow-ups/2026-04`, { outcome: 1 }, etag(april))
        .expect(200);
      // May: missing.
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('counts per lead organisation and month: due, on time, late, missing and the share', async () => {
    const response = await as(t, c.headers.editor)
      .get(`/reports/completeness?municipalityId=${c.home.id}&from=2026-01&to=2026-06`)
      .expect(200);
    const report = response.body;
    expect(report).toMatchObject({ municipalityId: c.home.id, reportingDay: 10, from: '2026-01', to: '2026-06' });
    const mine = (month: string) =>
      report.items.find(
        (item: { organisation: { id: string }; month: string }) =>
          item.organisation.id === c.homeOrganisation.id && item.month === month,
      );
    // The municipality leads partnerShared (January recorded in June: late; February null) and Punktlighet.
    expect(mine('2026-01')).toMatchObject({ due: 2, onTime: 1, late: 1, missing: 0, onTimeShare: 0.5 });
    expect(mine('2026-02')).toMatchObject({ due: 2, onTime: 1, late: 0, missing: 1, onTimeShare: 0.5 });
    expect(mine('2026-03')).toMatchObject({ due: 2, onTime: 0, late: 1, missing: 1, dueDate: '2026-04-10' });
    expect(mine('2026-04')).toMatchObject({ due: 2, onTime: 0, late: 1, missing: 1 });
    expect(mine('2026-05')).toMatchObject({ due: 2, onTime: 0, late: 0, missing: 2, onTimeShare: 0 });
    // June has not ended: nothing due.
    expect(mine('2026-06')).toBeUndefined();
    const police = report.organisations.find(
      (row: { organisation: { id: string } }) => row.organisation.id === c.police.id,
    );
    expect(police).toMatchObject({ due: 15, onTime: 0, missing: 15, onTimeShare: 0 });
    expect(report.total.due).toBe(report.items.reduce((sum: number, item: { due: number }) => sum + item.due, 0));
  });

  it('counts only what the caller may read, gives CSV, and refuses a backwards span', async () => {
    const other = await as(t, c.headers.otherEditor)
      .get(`/reports/completeness?municipalityId=${c.home.id}&from=2026-01&to=2026-06`)
      .expect(200);
    // The hidden activity is not theirs to read: police has 3 published activities' months, not 4.
    const police = other.body.organisations.find(
      (row: { organisation: { id: string } }) => row.organisation.id === c.police.id,
    );
    expect(police.due).toBe(10);
    const csv = await as(t, c.headers.viewer)
      .get(`/reports/completeness.csv?municipalityId=${c.home.id}&from=2026-01&to=2026-06`)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('Organisation;Månad;Sista rapportdag;Att rapportera;I tid;Sent;Saknas;Andel i tid');
    expect(csv.text).toContain('2026-02;2026-03-10;2;1;0;1;0,5');
    const backwards = await as(t, c.headers.editor).get(
      `/reports/completeness?municipalityId=${c.home.id}&from=2026-05&to=2026-01`,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ path: '/to', code: 'end-before-start' });
    const tooLong = await as(t, c.headers.editor).get(
      `/reports/completeness?municipalityId=${c.home.id}&from=2010-01&to=2026-01`,
    );
    expect(tooLong.status).toBe(400);
    await as(t, c.headers.editor).get(`/reports/completeness?municipalityId=${c.away.id}`).expect(200);
    // The edges of the month form: a year of twelve months is cut at 9999-12 and 1000-01.
    const last = await as(t, c.headers.editor).get(`/reports/completeness?municipalityId=${c.home.id}&from=9999-12`);
    expect(last.body).toMatchObject({ from: '9999-12', to: '9999-12', total: { due: 0 } });
    const first = await as(t, c.headers.editor).get(`/reports/completeness?municipalityId=${c.home.id}&to=1000-03`);
    expect(first.body).toMatchObject({ from: '1000-01', to: '1000-03' });
    await t.http().get(`${API}/reports/completeness?municipalityId=${c.home.id}`).expect(401);
  });

  it('gives each municipality’s share of published due months on time, many municipalities in one call', async () => {
    const shares = await onTimeShares(t.db, [c.home.id, c.away.id], { from: '2026-01', to: '2026-05' }, t.clock.now());
    // Published: policeShared, partnerShared, notShared, Punktlighet (5 months each); on time: Punktlighet's first two.
    expect(shares.get(c.home.id)).toMatchObject({ due: 20, onTime: 2, late: 3, missing: 15, onTimeShare: 2 / 20 });
    expect(shares.get(c.away.id)).toEqual({ due: 0, onTime: 0, late: 0, missing: 0, onTimeShare: null });
  });

  it('shows the same share on the public dashboard ("Rapporteringsgrad"), over the last twelve months', async () => {
    const dashboard = await t.http().get(`${API}/public/municipalities/${c.home.code}/dashboard`).expect(200);
    expect(dashboard.body.reporting).toEqual({
      from: '2025-06',
      to: '2026-05',
      counts: { due: 20, onTime: 2, late: 3, missing: 15, onTimeShare: 0.1 },
    });
  });
});

describe('settled tertials', () => {
  it('an editor closes an ended tertial (audited); then a PUT into it is 409 naming the period and changes nothing', async () => {
    const editor = as(t, c.headers.editor);
    const before = await auditCount(t.db);
    const closed = await editor
      .post(`/agreements/${plan.agreement.id}/closed-periods`, { period: '2026-T1' })
      .expect(201);
    expect(closed.body).toMatchObject({
      period: '2026-T1',
      closedBy: { id: c.users.editor.id, name: c.users.editor.name },
    });
    expect(await auditCount(t.db)).toBe(before + 1);

    const snapshot = await snapshotTables(t.db);
    const refused = await editor.put(`/activities/${plan.policeShared.id}/follow-ups/2026-03`, { outcome: 3 });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.type).toBe('/problems/period-closed');
    expect(refused.body.detail).toContain('2026-T1');
    expect(refused.body.errors[0]).toMatchObject({
      path: '/month',
      code: 'period-closed',
      params: { period: '2026-T1' },
    });
    expect(await snapshotTables(t.db)).toEqual(snapshot);
    // A month of a closed tertial is no task; the grid says it cannot be recorded.
    expect((await tasksOf('editor')).some((task) => task.month <= '2026-04')).toBe(false);
    const grid = await editor.get(`/agreements/${plan.agreement.id}/follow-up-grid`).expect(200);
    expect(grid.body.closedPeriods).toEqual(['2026-T1']);
    expect(grid.body.reportingDay).toBe(10);
    const march = grid.body.activities[0].months.find((month: { month: string }) => month.month === '2026-03');
    expect(march.recordable).toBe(false);
  });

  it('refuses a second close (409), a tertial not ended or outside the agreement (400), and partners and viewers (403)', async () => {
    const path = `/agreements/${plan.agreement.id}/closed-periods`;
    expect((await as(t, c.headers.editor).post(path, { period: '2026-T1' })).status).toBe(409);
    const running = await as(t, c.headers.editor).post(path, { period: '2026-T2' });
    expect(running.status).toBe(400);
    expect(running.body.errors[0]).toMatchObject({ path: '/period', code: 'period-not-ended' });
    const outside = await as(t, c.headers.editor).post(path, { period: '2025-T3' });
    expect(outside.body.errors[0]).toMatchObject({ code: 'period-outside-agreement' });
    expect((await as(t, c.headers.editor).post(path, { period: '2026-T4' })).status).toBe(400);
    expect((await as(t, c.headers.partner).post(path, { period: '2026-T1' })).status).toBe(403);
    expect((await as(t, c.headers.viewer).post(path, { period: '2026-T1' })).status).toBe(403);
    expect((await as(t, c.headers.otherEditor).post(path, { period: '2026-T1' })).status).toBe(403);
    const list = await as(t, c.headers.viewer).get(path).expect(200);
    expect(list.body.items.map((item: { period: string }) => item.period)).toEqual(['2026-T1']);
  });

  it('the import’s dry run refuses a row in a closed tertial', async () => {
    const csv = `\uFEFFAktivitets-id;Månad;Utfall\r\n${plan.policeShared.id};2026-02;3\r\n${plan.policeShared.id};2026-05;3\r\n`;
    const response = await t
      .http()
      .post(`${API}/agreements/${plan.agreement.id}/import?dryRun=true&table=followups`)
      .set(c.headers.editor)
      .set('content-type', 'text/csv')
      .send(Buffer.from(csv, 'utf8'));
    expect(response.status, response.text).toBe(200);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0]).toMatchObject({ row: 2, code: 'period-closed', params: { period: '2026-T1' } });
  });

  it('an editor reopens it (audited); then the month may be recorded again', async () => {
    const path = `/agreements/${plan.agreement.id}/closed-periods/2026-T1`;
    expect((await as(t, c.headers.partner).delete(path)).status).toBe(403);
    const before = await auditCount(t.db);
    await as(t, c.headers.editor).delete(path).expect(204);
    expect(await auditCount(t.db)).toBe(before + 1);
    expect((await as(t, c.headers.editor).delete(path)).status).toBe(404);
    await as(t, c.headers.editor)
      .put(`/activities/${plan.policeShared.id}/follow-ups/2026-03`, { outcome: 3 })
      .expect(201);
  });
});

describe('reminders on or off', () => {
  it('PATCH /auth/me {reminders: false} needs If-Match and is audited', async () => {
    const me = as(t, c.headers.partner);
    const read = await me.get('/auth/me').expect(200);
    expect(read.body.reminders).toBe(true);
    expect(read.headers.etag).toBe(etag(read.body));
    expect((await me.patch('/auth/me', { reminders: false })).status).toBe(428);
    expect((await me.patch('/auth/me', { reminders: false }, '"999"')).status).toBe(412);
    expect((await me.patch('/auth/me', { reminders: 'no' }, etag(read.body))).status).toBe(400);
    expect((await me.patch('/auth/me', { role: 'admin' }, etag(read.body))).status).toBe(400);
    expect((await me.patch('/auth/me', {}, etag(read.body))).status).toBe(400);
    const before = await auditCount(t.db);
    const changed = await me.patch('/auth/me', { reminders: false, language: 'en' }, etag(read.body)).expect(200);
    expect(changed.body).toMatchObject({ reminders: false, language: 'en', role: 'partner' });
    expect(await auditCount(t.db)).toBe(before + 1);
  });
});
