import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_SETS } from '../server/opendata/schemas.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { as, cooperation, type Callers } from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';
import { bytes, csvLines } from './helpers/exchange.js';

// GET /api/v1/public/municipalities/{code}/open-data/{promises|followups|indicators|problems}.{csv|json}:
// published items and public fields only, stable columns, a licence, cacheable.

const LICENCE = 'CC BY 4.0 – Linköpings kommun';
const SECRET = 'HEMLIG-ANTECKNING';

let t: TestApp;
let c: Callers;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
/** Ids the public must never see in any data set. */
const hidden: string[] = [];

const base = (code: string) => `/public/municipalities/${code}/open-data`;

beforeAll(async () => {
  t = await startTestApp({ OPEN_DATA_LICENCE: LICENCE });
  c = await makeCallers(t);
  const make = cooperation(t, c);
  plan = await make.plan();
  const values = `/indicators/${plan.indicator.id}/values`;
  await make.editor.put(values, { period: '2021', group: 'women', value: 20.5 }).expect(201);
  await make.editor.put(values, { period: '2021', group: 'men', value: 34 }).expect(201);
  await make.followUp(plan.policeShared.id, '2026-01', {
    outcome: 4,
    comment: 'Fyra',
    internalNote: SECRET,
  });
  await make.followUp(plan.policeShared.id, '2026-02', { outcome: null, internalNote: SECRET });
  await make.followUp(plan.hidden.id, '2026-01', { outcome: 1, comment: 'Dold insats', internalNote: SECRET });
  // A published activity whose title a spreadsheet would run.
  const formula = await make.activity(plan.safety, { title: '=HYPERLINK("http://evil.example")', published: true });
  await make.followUp(formula.id, '2026-01', { outcome: 2, comment: '@SUM(1)' });
  await make.editor
    .patch(`/promises/${plan.promise.id}`, { activityIds: [...plan.promise.activityIds, formula.id] })
    .set('if-match', `"${plan.promise.version}"`)
    .expect(200);
  // Unpublished: a goal with a published indicator and a value, an indicator of the published goal, a promise.
  const draftGoal = await make.goal({ title: 'Opublicerat mål' });
  const underDraft = await make.indicator(draftGoal.id, { published: true });
  await make.editor.put(`/indicators/${underDraft.id}/values`, { period: '2022', group: 'all', value: 1 }).expect(201);
  const draftIndicator = await make.indicator(plan.goal.id, { title: 'Opublicerad indikator' });
  await make.editor
    .put(`/indicators/${draftIndicator.id}/values`, { period: '2022', group: 'all', value: 2 })
    .expect(201);
  const draftPromise = await make.promise([plan.policeShared.id], { title: 'Opublicerat löfte' });
  // A published, adopted lägesbild with a published problem (internal note kept inside) and an
  // unpublished one; a draft lägesbild, published or not, is never open data.
  const report = await make.situationReport({ status: 'adopted', published: true, internalNote: SECRET });
  await make.problem(report.id, { published: true, internalNote: SECRET });
  const draftProblem = await make.problem(report.id, { title: 'Opublicerat problem' });
  const draftReport = await make.situationReport({ published: true });
  const underDraftReport = await make.problem(draftReport.id, { published: true });
  hidden.push(
    plan.hidden.id,
    draftGoal.id,
    underDraft.id,
    draftIndicator.id,
    draftPromise.id,
    draftProblem.id,
    draftReport.id,
    underDraftReport.id,
  );
});
afterAll(() => t.close());

describe('open data', () => {
  for (const set of OPEN_DATA_SETS) {
    describe(set.name, () => {
      it('JSON: the licence, the municipality, items with exactly the documented columns', async () => {
        const response = await as(t, {})
          .get(`${base(c.home.code)}/${set.name}.json`)
          .expect(200);
        expect(response.body.licence).toBe(LICENCE);
        expect(response.body.municipality).toEqual({
          id: c.home.id,
          code: c.home.code,
          name: c.home.name,
          county: c.home.county,
        });
        expect(Object.keys(response.body).sort()).toEqual(['items', 'licence', 'municipality']);
        const items = response.body.items as Record<string, unknown>[];
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) expect(Object.keys(item)).toEqual(set.columns.map((column) => column.name));
      });

      it('holds no internal field and no unpublished item, in either format', async () => {
        // The same for a signed-in editor: open data is public whoever asks.
        for (const headers of [{}, c.headers.editor]) {
          for (const format of ['json', 'csv']) {
            const response = await bytes(as(t, headers).get(`${base(c.home.code)}/${set.name}.${format}`)).expect(200);
            const text = (response.body as Buffer).toString('utf8');
            for (const word of [SECRET, 'internal', 'Internal', 'recorded_by', 'recordedBy', 'Dold insats']) {
              expect(text).not.toContain(word);
            }
            for (const id of hidden) expect(text).not.toContain(id);
          }
        }
      });

      it('CSV: RFC 4180 with the same rows and the licence in a header', async () => {
        const json = await as(t, {})
          .get(`${base(c.home.code)}/${set.name}.json`)
          .expect(200);
        const response = await bytes(as(t, {}).get(`${base(c.home.code)}/${set.name}.csv`)).expect(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
        expect(decodeURIComponent(response.headers['x-licence'] as string)).toBe(LICENCE);
        const lines = csvLines(response.body as Buffer, { bom: false });
        expect(lines[0]).toBe(set.columns.map((column) => column.name).join(','));
        const records = parse<Record<string, string>>(response.body as Buffer, { columns: true });
        const items = json.body.items as Record<string, unknown>[];
        expect(records).toHaveLength(items.length);
        records.forEach((record, index) => {
          for (const column of set.columns) {
            const value = items[index]![column.name];
            const expected = value === null ? '' : typeof value === 'number' ? String(value) : (value as string);
            expect(record[column.name]!.replace(/^'(?=[=+\-@])/, ''), column.name).toBe(expected);
          }
        });
      });

      it('is cacheable: ETag, Cache-Control, 304', async () => {
        for (const format of ['json', 'csv']) {
          const path = `${base(c.home.code)}/${set.name}.${format}`;
          const first = await as(t, {}).get(path).expect(200);
          expect(first.headers['cache-control']).toBe('public, no-cache');
          // supertest asks for gzip: the ETag names the coding.
          expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}-gzip"$/);
          await as(t, {})
            .get(path)
            .set('if-none-match', first.headers.etag as string)
            .expect(304);
        }
      });
    });
  }

  it('lists the published promise with its published activities and their progress', async () => {
    const response = await as(t, {})
      .get(`${base(c.home.code)}/promises.json`)
      .expect(200);
    const items = response.body.items as Record<string, unknown>[];
    expect(items.map((item) => item.activity_title)).toEqual([
      'Trygghetsvandringar',
      'Områdesgrupp',
      'Föräldravandring',
      '=HYPERLINK("http://evil.example")',
    ]);
    expect(items[0]).toMatchObject({
      promise_id: plan.promise.id,
      activity_id: plan.policeShared.id,
      lead_organisation: c.police.name,
      area: 'Skäggetorp',
      monthly_target: 4,
      // January to May have ended: 5 × 4; 4 reported; four months missing.
      target_to_date: 20,
      outcome_to_date: 4,
      progress: 4 / 20,
      missing_months: 4,
    });
    expect(items[1]).toMatchObject({ partner_organisations: c.police.name });
  });

  it('lists the recorded months of published activities, with the month’s target, no note', async () => {
    const response = await as(t, {})
      .get(`${base(c.home.code)}/followups.json`)
      .expect(200);
    const walks = (response.body.items as Record<string, unknown>[]).filter(
      (item) => item.activity_id === plan.policeShared.id,
    );
    expect(walks).toEqual([
      expect.objectContaining({ month: '2026-01', target: 4, outcome: 4, comment: 'Fyra' }),
      expect.objectContaining({ month: '2026-02', target: 4, outcome: null, comment: '' }),
    ]);
  });

  it('lists the values of published indicators of published goals', async () => {
    const response = await as(t, {})
      .get(`${base(c.home.code)}/indicators.json`)
      .expect(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({ indicator_id: plan.indicator.id, period: '2021', group: 'men', value: 34 }),
      expect.objectContaining({
        goal_id: plan.goal.id,
        indicator_id: plan.indicator.id,
        period: '2021',
        group: 'women',
        value: 20.5,
        baseline_period: '2021',
        baseline_value: 60,
        target_period: '2027',
        target_value: 80,
      }),
    ]);
    const csv = await bytes(as(t, {}).get(`${base(c.home.code)}/indicators.csv`)).expect(200);
    expect(csvLines(csv.body as Buffer, { bom: false })[2]).toContain(',2021,women,20.5,2021,60,2027,80');
  });

  it('neutralises formula-like text in CSV; JSON keeps it as it is', async () => {
    const promises = await bytes(as(t, {}).get(`${base(c.home.code)}/promises.csv`)).expect(200);
    const records = parse<Record<string, string>>(promises.body as Buffer, { columns: true });
    expect(records.map((record) => record.activity_title)).toContain(`'=HYPERLINK("http://evil.example")`);
    const followUps = await bytes(as(t, {}).get(`${base(c.home.code)}/followups.csv`)).expect(200);
    const comments = parse<Record<string, string>>(followUps.body as Buffer, { columns: true }).map(
      (record) => record.comment,
    );
    expect(comments).toContain(`'@SUM(1)`);
    expect(comments).not.toContain('@SUM(1)');
  });

  it('is 404 for a municipality that does not exist', async () => {
    for (const set of OPEN_DATA_SETS) {
      expectProblem(await as(t, {}).get(`${base('9999')}/${set.name}.json`), 404, 'not-found');
      expectProblem(await as(t, {}).get(`${base('9999')}/${set.name}.csv`), 404, 'not-found');
    }
  });

  it('is named on the dashboard with its licence', async () => {
    const dashboard = await as(t, {}).get(`/public/municipalities/${c.home.code}/dashboard`).expect(200);
    expect(dashboard.body.openDataLicence).toBe(LICENCE);
  });

  it('documents every data set with its columns and licence in the OpenAPI document', async () => {
    const document = (await t.http().get('/openapi.json').expect(200)).body as {
      paths: Record<string, { get: { description: string; responses: Record<string, unknown> } }>;
    };
    for (const set of OPEN_DATA_SETS) {
      for (const format of ['json', 'csv']) {
        const operation = document.paths[`/api/v1/public/municipalities/{code}/open-data/${set.name}.${format}`]!.get;
        expect(operation.description).toContain(LICENCE);
        for (const column of set.columns) expect(operation.description).toContain(`\`${column.name}\``);
      }
    }
  });
});
