import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../server/activities/schemas.js';
import type { Agreement, FocusArea } from '../server/agreements/schemas.js';
import type { Review } from '../server/reviews/schemas.js';
import type { Problem, SituationReport, Traceability } from '../server/situations/schemas.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import {
  as,
  cooperation,
  etag,
  expectAudited,
  expectNothingChanged,
  type Callers,
  type Client,
} from './helpers/cooperation.js';
import { bytes, csvLines } from './helpers/exchange.js';
import { expectProblem } from './helpers/problems.js';

// The lawful cycle through the API: a lägesbild with its problems and causes,
// activities tied to them, the traceability with its two gaps, the tertial and
// year analyses, who reads what, and bad input refused with nothing changed.

let t: TestApp;
let c: Callers;
let editor: Client;
let anonymous: Client;
let make: ReturnType<typeof cooperation>;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  editor = make.editor;
  anonymous = as(t, {});
});
afterAll(() => t.close());

async function newReport(overrides: Record<string, unknown> = {}): Promise<SituationReport> {
  const response = await editor.post('/situation-reports', {
    municipalityId: c.home.id,
    title: 'Lägesbild 2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    mapping: 'Anmälda brott och Medborgarenkäten.',
    sources: [{ title: 'Medborgarenkäten 2025', url: 'https://example.test/enkat' }],
    internalNote: 'Underlag från Polisen som inte får spridas.',
    ...overrides,
  });
  expect(response.status, response.text).toBe(201);
  return response.body as SituationReport;
}

async function newProblem(reportId: string, overrides: Record<string, unknown> = {}): Promise<Problem> {
  const response = await editor.post(`/situation-reports/${reportId}/problems`, {
    title: 'Otrygghet i Skäggetorps centrum',
    category: 'insecurity',
    areas: ['Skäggetorp'],
    causes: [{ title: 'Mörka gångstråk' }, { title: 'Låg vuxennärvaro', description: 'Kvällstid' }],
    internalNote: 'Namngivna personer i underlaget.',
    ...overrides,
  });
  expect(response.status, response.text).toBe(201);
  return response.body as Problem;
}

/** A plan answering a lägesbild, with a focus area. */
async function planFor(report: SituationReport | null, overrides: Record<string, unknown> = {}) {
  const agreement = await make.agreement({ situationReportId: report?.id ?? null, ...overrides });
  const area = await make.focusArea(agreement.id);
  return { agreement, area };
}

describe('a lägesbild and its problems', () => {
  it('is created, read, changed with If-Match and audited, with its problems and their causes', async () => {
    const report = await expectAudited(t.db, 1, () => newReport());
    expect(report).toMatchObject({
      status: 'draft',
      adoptedAt: null,
      adoptedBy: null,
      published: false,
      version: 1,
      internalNote: 'Underlag från Polisen som inte får spridas.',
      sources: [{ title: 'Medborgarenkäten 2025', url: 'https://example.test/enkat' }],
    });
    const problem = await expectAudited(t.db, 1, () => newProblem(report.id));
    expect(problem.causes.map((cause) => cause.title)).toEqual(['Mörka gångstråk', 'Låg vuxennärvaro']);
    expect(problem.causes[1]!.description).toBe('Kvällstid');
    expect(problem).toMatchObject({ areas: ['Skäggetorp'], category: 'insecurity', position: 0 });

    const listed = await editor.get(`/situation-reports/${report.id}/problems`).expect(200);
    expect(listed.body.items.map((p: Problem) => p.id)).toEqual([problem.id]);
    await editor.patch(`/situation-reports/${report.id}`, { title: 'Utan If-Match' }).expect(428);
    await editor.patch(`/situation-reports/${report.id}`, { title: 'Gammal' }, '"9"').expect(412);
    const changed = await editor
      .patch(`/situation-reports/${report.id}`, { analysis: 'Otryggheten är störst kvällstid.' }, etag(report))
      .expect(200);
    expect(changed.body.version).toBe(2);
    expect(changed.headers.etag).toBe('"2"');
  });

  it('is adopted with its problems kept, and its date defaulting to today', async () => {
    const report = await newReport();
    const problem = await newProblem(report.id);
    const adopted = await editor
      .patch(`/situation-reports/${report.id}`, { status: 'adopted', adoptedBy: 'Kommunstyrelsen' }, etag(report))
      .expect(200);
    expect(adopted.body).toMatchObject({ status: 'adopted', adoptedBy: 'Kommunstyrelsen', adoptedAt: '2026-06-15' });
    const problems = await editor.get(`/situation-reports/${report.id}/problems`).expect(200);
    expect(problems.body.items).toEqual([problem]);
    // The agreement answering it lists its problems.
    const { agreement } = await planFor(adopted.body as SituationReport);
    const listed = await editor.get(`/agreements/${agreement.id}/problems`).expect(200);
    expect(listed.body.items.map((p: Problem) => p.id)).toEqual([problem.id]);
    const none = await make.agreement();
    expect((await editor.get(`/agreements/${none.id}/problems`).expect(200)).body.items).toEqual([]);
  });

  it('replaces the causes on a PATCH, keeping a cause sent with its id', async () => {
    const report = await newReport();
    const problem = await newProblem(report.id);
    const [dark, adults] = problem.causes as [Problem['causes'][0], Problem['causes'][0]];
    const response = await editor
      .patch(
        `/problems/${problem.id}`,
        { causes: [{ id: adults.id, title: 'Få vuxna ute kvällstid' }, { title: 'Öppen narkotikahandel' }] },
        etag(problem),
      )
      .expect(200);
    const causes = (response.body as Problem).causes;
    expect(causes.map((cause) => cause.title)).toEqual(['Få vuxna ute kvällstid', 'Öppen narkotikahandel']);
    expect(causes[0]!.id).toBe(adults.id);
    expect(causes.map((cause) => cause.id)).not.toContain(dark.id);
    expect(causes[0]!.description).toBe('');
  });

  it('refuses to delete what an activity acts on (409), and deletes it once untied', async () => {
    const report = await newReport();
    const problem = await newProblem(report.id);
    const { agreement, area } = await planFor(report);
    const activity = await make.activity(area, { problemIds: [problem.id], causeIds: [problem.causes[0]!.id] });
    const other = await newReportQuietly();
    expect(activity).toMatchObject({ problemIds: [problem.id], causeIds: [problem.causes[0]!.id] });

    await expectNothingChanged(t.db, async () => {
      expectProblem(await editor.delete(`/problems/${problem.id}`, etag(problem)), 409, 'conflict');
      expectProblem(await editor.delete(`/situation-reports/${report.id}`, etag(report)), 409, 'conflict');
      // Leaving out a cause an activity acts on is refused too.
      expectProblem(await editor.patch(`/problems/${problem.id}`, { causes: [] }, etag(problem)), 409, 'conflict');
      // So is moving the plan to another lägesbild while its activities act on this one's problems.
      expectProblem(
        await editor.patch(`/agreements/${agreement.id}`, { situationReportId: other }, etag(agreement)),
        409,
        'conflict',
      );
    });

    const untied = await editor
      .patch(`/activities/${activity.id}`, { problemIds: [], causeIds: [] }, etag(activity))
      .expect(200);
    expect(untied.body).toMatchObject({ problemIds: [], causeIds: [] });
    await editor.delete(`/problems/${problem.id}`, etag(problem)).expect(204);
    await editor.delete(`/agreements/${agreement.id}/`, etag(agreement)).expect(409); // still holds its focus area
    const plain = await editor
      .patch(`/agreements/${agreement.id}`, { situationReportId: null }, etag(agreement))
      .expect(200);
    expect(plain.body.situationReportId).toBeNull();
    const current = (await editor.get(`/situation-reports/${report.id}`).expect(200)).body as SituationReport;
    await expectAudited(t.db, 1, () => editor.delete(`/situation-reports/${report.id}`, etag(current)).expect(204));
  });

  it('is refused an id of another kind of idempotent replay: the same key gives the same lägesbild', async () => {
    const body = { municipalityId: c.home.id, title: 'Idempotent', periodStart: '2024-01-01', periodEnd: '2024-12-31' };
    const first = await editor.post('/situation-reports', body).set('idempotency-key', 'lagesbild-1').expect(201);
    const again = await editor.post('/situation-reports', body).set('idempotency-key', 'lagesbild-1').expect(201);
    expect(again.body.id).toBe(first.body.id);
    await editor
      .post('/situation-reports', { ...body, title: 'Annan' })
      .set('idempotency-key', 'lagesbild-1')
      .expect(422);
  });
});

/** A lägesbild made without a test of its own, for cells that need a second one. */
async function newReportQuietly(): Promise<string> {
  const response = await editor.post('/situation-reports', {
    municipalityId: c.home.id,
    title: 'En annan lägesbild',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
  });
  return (response.body as SituationReport).id;
}

describe('activities tied to problems', () => {
  let report: SituationReport;
  let problem: Problem;
  let agreement: Agreement;
  let area: FocusArea;

  beforeAll(async () => {
    report = await newReport();
    problem = await newProblem(report.id);
    ({ agreement, area } = await planFor(report));
  });

  it('refuses a problem of another lägesbild, of another municipality, and a cause not of its problems', async () => {
    const otherReport = await newReport();
    const otherProblem = await newProblem(otherReport.id);
    const away = await as(t, c.headers.admin)
      .post('/situation-reports', {
        municipalityId: c.away.id,
        title: 'Grannkommunens lägesbild',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
      })
      .expect(201);
    const awayProblem = (
      await as(t, c.headers.admin)
        .post(`/situation-reports/${away.body.id}/problems`, { title: 'Annat problem', category: 'drugs' })
        .expect(201)
    ).body as Problem;
    const activity = await make.activity(area);
    const cases: [Record<string, unknown>, string][] = [
      [{ problemIds: [otherProblem.id] }, '/problemIds/0'],
      [{ problemIds: [problem.id, awayProblem.id] }, '/problemIds/1'],
      [{ problemIds: [problem.id], causeIds: [otherProblem.causes[0]!.id] }, '/causeIds/0'],
      [{ causeIds: [problem.causes[0]!.id] }, '/causeIds/0'],
    ];
    await expectNothingChanged(t.db, async () => {
      for (const [body, path] of cases) {
        const refused = expectProblem(await editor.patch(`/activities/${activity.id}`, body, etag(activity)), 400);
        expect(refused.errors?.[0]).toMatchObject({ path, code: 'unknown-reference' });
        const created = expectProblem(
          await editor.post('/activities', {
            agreementId: agreement.id,
            focusAreaId: area.id,
            title: 'Ny',
            leadOrganisationId: c.homeOrganisation.id,
            ...body,
          }),
          400,
        );
        expect(created.errors?.[0]?.path).toBe(path);
      }
      // A plan answering no lägesbild: its activities act on no problem.
      const { area: plainArea } = await planForQuietly();
      const plainActivity = await editor.post('/activities', {
        agreementId: plainArea.agreementId,
        focusAreaId: plainArea.id,
        title: 'Utan lägesbild',
        leadOrganisationId: c.homeOrganisation.id,
        problemIds: [problem.id],
      });
      expectProblem(plainActivity, 400);
    });
  });

  it('answers an agreement answering another municipality’s lägesbild with 400', async () => {
    const away = await as(t, c.headers.admin)
      .post('/situation-reports', {
        municipalityId: c.away.id,
        title: 'Bortalägesbild',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
      })
      .expect(201);
    await expectNothingChanged(t.db, async () => {
      const refused = expectProblem(
        await editor.patch(`/agreements/${agreement.id}`, { situationReportId: away.body.id }, etag(agreement)),
        400,
      );
      expect(refused.errors?.[0]).toMatchObject({ path: '/situationReportId', code: 'unknown-reference' });
    });
  });
});

/** A plan answering no lägesbild, inside a test that expects nothing else to change: made beforehand. */
let plainPlan: { agreement: Agreement; area: FocusArea } | undefined;
async function planForQuietly() {
  if (!plainPlan) throw new Error('made in beforeAll');
  return plainPlan;
}
beforeAll(async () => {
  plainPlan = await planFor(null);
});

describe('traceability', () => {
  let report: SituationReport;
  let acted: Problem;
  let forgotten: Problem;
  let hidden: Problem;
  let tied: Activity;
  let loose: Activity;
  let secret: Activity;
  let over: Activity;

  beforeAll(async () => {
    report = await newReport({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    acted = await newProblem(report.id, { title: 'Narkotika kring skolor', category: 'drugs', published: true });
    forgotten = await newProblem(report.id, { title: 'Trafiksäkerhet', category: 'traffic', published: true });
    hidden = await newProblem(report.id, { title: 'Välfärdsbrott', category: 'welfareCrime', published: false });
    const { agreement, area } = await planFor(report, { published: true });
    tied = await make.activity(area, {
      title: 'Narkotikasök med hund',
      problemIds: [acted.id, hidden.id],
      causeIds: [acted.causes[0]!.id],
      published: true,
    });
    loose = await make.activity(area, { title: 'Veckovis lägesbild', published: true });
    secret = await make.activity(area, { title: 'Granskning', problemIds: [hidden.id], published: false });
    over = await make.activity(area, {
      title: 'Avslutad 2025',
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      published: true,
    });
    await make.followUp(tied.id, '2026-05', { outcome: 3 });
    await editor
      .patch(`/situation-reports/${report.id}`, { status: 'adopted', published: true }, etag(report))
      .expect(200);
    expect(agreement.published).toBe(true);
  });

  it('shows insiders every problem and cause with the activities acting on it, and the two gaps', async () => {
    const response = await editor.get(`/situation-reports/${report.id}/traceability`).expect(200);
    const trace = response.body as Traceability;
    expect(trace.problems.map((entry) => entry.problem.title)).toEqual([
      'Narkotika kring skolor',
      'Trafiksäkerhet',
      'Välfärdsbrott',
    ]);
    const drugs = trace.problems[0]!;
    expect(drugs.activities.map((a) => a.title)).toEqual(['Narkotikasök med hund']);
    // Its progress to date over the agreement's period: January–May 2026, 4 a month.
    expect(drugs.activities[0]).toMatchObject({ outcomeToDate: 3, targetToDate: 20, progress: 3 / 20 });
    expect(drugs.causes[0]!.activities.map((a) => a.activityId)).toEqual([tied.id]);
    expect(drugs.causes[1]!.activities).toEqual([]);
    expect(trace.problems[2]!.activities.map((a) => a.activityId).sort()).toEqual([tied.id, secret.id].sort());
    expect(trace.problemsWithoutActivity).toEqual([forgotten.id]);
    expect(trace.causesWithoutActivity).toContain(acted.causes[1]!.id);
    // The activity over before the lägesbild's period ended is no gap.
    expect(trace.activitiesWithoutProblem.map((a) => a.activityId)).toEqual([loose.id]);
    expect(trace.activitiesWithoutProblem.map((a) => a.activityId)).not.toContain(over.id);
  });

  it('shows the public only published problems and activities, and no internal note', async () => {
    const response = await anonymous.get(`/situation-reports/${report.id}/traceability`).expect(200);
    const trace = response.body as Traceability;
    expect(trace.problems.map((entry) => entry.problem.id)).toEqual([acted.id, forgotten.id]);
    expect(response.text).not.toContain(hidden.id);
    expect(response.text).not.toContain(secret.id);
    expect(response.text).not.toContain('Välfärdsbrott');
    expect(trace.problemsWithoutActivity).toEqual([forgotten.id]);
    // The public's copy of the activity names only the published problem it acts on.
    const activity = await anonymous.get(`/activities/${tied.id}`).expect(200);
    expect(activity.body.problemIds).toEqual([acted.id]);
    const inside = await editor.get(`/activities/${tied.id}`).expect(200);
    expect(inside.body.problemIds).toEqual([acted.id, hidden.id]);
    const read = await anonymous.get(`/situation-reports/${report.id}`).expect(200);
    expect(read.body.internalNote).toBeUndefined();
    const problems = await anonymous.get(`/situation-reports/${report.id}/problems`).expect(200);
    expect(problems.text).not.toContain('internalNote');
    expect(problems.body.items.map((p: Problem) => p.id)).toEqual([acted.id, forgotten.id]);
    await anonymous.get(`/problems/${hidden.id}`).expect(404);
  });
});

describe('the lägesbild in the spreadsheets and the open data', () => {
  let report: SituationReport;
  let acted: Problem;
  let forgotten: Problem;
  let hidden: Problem;
  let agreement: Agreement;
  let tied: Activity;
  let loose: Activity;

  beforeAll(async () => {
    report = await newReport({ title: 'Lägesbild för export' });
    acted = await newProblem(report.id, { title: 'Narkotika i krogmiljön', category: 'drugs', published: true });
    forgotten = await newProblem(report.id, { title: 'Trafik vid skolor', category: 'traffic', published: true });
    hidden = await newProblem(report.id, { title: 'Hemligt problem', category: 'welfareCrime' });
    const plan = await planFor(report, { published: true });
    agreement = plan.agreement;
    tied = await make.activity(plan.area, {
      title: 'Krogtillsyner',
      problemIds: [acted.id, hidden.id],
      causeIds: [acted.causes[0]!.id],
      published: true,
    });
    loose = await make.activity(plan.area, { title: 'Lös aktivitet', published: true });
    await editor
      .patch(`/situation-reports/${report.id}`, { status: 'adopted', published: true }, etag(report))
      .expect(200);
  });

  const sheetRows = async (headers: Record<string, string>) => {
    const response = await bytes(as(t, headers).get(`/agreements/${agreement.id}/export.xlsx`)).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const values = (name: string) =>
      (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    return { plan: values('Aktivitetsplan'), situation: values('Lägesbild') };
  };

  it('exports a sheet Lägesbild of problems, causes and the activities on each, and the problems of each activity', async () => {
    const inside = await sheetRows(c.headers.editor);
    expect(inside.situation[0]).toEqual([
      'Problem-id',
      'Problem',
      'Kategori',
      'Områden',
      'Orsak',
      'Aktiviteter',
      'Antal aktiviteter',
      'Intern anteckning',
    ]);
    const row = (problem: string, cause: string | undefined) =>
      inside.situation.find((cells) => cells[1] === problem && cells[4] === cause);
    expect(row('Narkotika i krogmiljön', undefined)?.slice(2, 7)).toEqual([
      'Narkotika',
      'Skäggetorp',
      undefined,
      'Krogtillsyner',
      1,
    ]);
    expect(row('Narkotika i krogmiljön', 'Låg vuxennärvaro')?.[6]).toBe(0);
    expect(row('Trafik vid skolor', undefined)?.[6]).toBe(0);
    expect(row('Hemligt problem', undefined)?.[7]).toBe('Namngivna personer i underlaget.');
    const header = inside.plan[0]!;
    const tiedRow = inside.plan.find((cells) => cells[0] === tied.id)!;
    expect(tiedRow[header.indexOf('Problem')]).toBe('Narkotika i krogmiljön; Hemligt problem');

    const outside = await sheetRows({});
    expect(JSON.stringify(outside)).not.toContain('Hemligt problem');
    expect(outside.situation[0]).not.toContain('Intern anteckning');
    const publicRow = outside.plan.find((cells) => cells[0] === tied.id)!;
    expect(publicRow[outside.plan[0]!.indexOf('Problem')]).toBe('Narkotika i krogmiljön');
  });

  it('imports the problems an activity acts on by title, dry run first, all or nothing', async () => {
    const path = `/agreements/${agreement.id}/import?table=activities`;
    const csv = (rows: string[]) => Buffer.from(['Id;Version;Problem', ...rows].join('\r\n') + '\r\n', 'utf8');
    // Titles separated by semicolons: quoted, in a CSV whose cells semicolons separate.
    const bad = csv([`${loose.id};${loose.version};"Trafik vid skolor; Finns inte"`]);
    const checked = await expectNothingChanged(t.db, () =>
      editor.post(`${path}&dryRun=true`, bad).set('content-type', 'text/csv'),
    );
    expect(checked.status, checked.text).toBe(200);
    expect(checked.body.errors[0]).toMatchObject({ column: 'Problem', code: 'unknown-name' });
    await expectNothingChanged(t.db, async () =>
      expectProblem(await editor.post(`${path}&dryRun=false`, bad).set('content-type', 'text/csv'), 422),
    );
    const good = csv([`${loose.id};${loose.version};Trafik vid skolor`, `${tied.id};${tied.version};Hemligt problem`]);
    const dry = await editor.post(`${path}&dryRun=true`, good).set('content-type', 'text/csv').expect(200);
    expect(dry.body).toMatchObject({ updated: 2, errors: [] });
    await editor.post(`${path}&dryRun=false`, good).set('content-type', 'text/csv').expect(200);
    expect((await editor.get(`/activities/${loose.id}`).expect(200)).body.problemIds).toEqual([forgotten.id]);
    // The activity's cause of the problem left out goes with it.
    expect((await editor.get(`/activities/${tied.id}`).expect(200)).body).toMatchObject({
      problemIds: [hidden.id],
      causeIds: [],
    });
  });

  it('publishes the published problems and their causes as open data, CSV and JSON', async () => {
    const json = await anonymous.get(`/public/municipalities/${c.home.code}/open-data/problems.json`).expect(200);
    const rows = (json.body.items as Record<string, unknown>[]).filter((row) => row.situation_report_id === report.id);
    expect(rows.map((row) => [row.problem_title, row.cause_title])).toEqual([
      ['Narkotika i krogmiljön', 'Mörka gångstråk'],
      ['Narkotika i krogmiljön', 'Låg vuxennärvaro'],
      ['Trafik vid skolor', 'Mörka gångstråk'],
      ['Trafik vid skolor', 'Låg vuxennärvaro'],
    ]);
    expect(rows[0]).toMatchObject({ category: 'drugs', areas: 'Skäggetorp', adopted_at: '2026-06-15' });
    expect(json.text).not.toContain('Hemligt problem');
    expect(json.text).not.toContain('Namngivna personer');
    const csvText = await bytes(anonymous.get(`/public/municipalities/${c.home.code}/open-data/problems.csv`)).expect(
      200,
    );
    const lines = csvLines(csvText.body as Buffer, { bom: false });
    expect(lines[0]).toBe(
      'situation_report_id,situation_report_title,period_start,period_end,adopted_at,adopted_by,problem_id,' +
        'problem_title,problem_description,category,areas,cause_id,cause_title,cause_description,activity_count',
    );
  });
});

describe('who reads a lägesbild', () => {
  it('keeps a draft from the public even when published, and shows it to insiders', async () => {
    const report = await newReport({ published: true });
    const problem = await newProblem(report.id, { published: true });
    await anonymous.get(`/situation-reports/${report.id}`).expect(404);
    await anonymous.get(`/problems/${problem.id}`).expect(404);
    await anonymous.get(`/situation-reports/${report.id}/traceability`).expect(404);
    const listed = await anonymous.get(`/situation-reports?municipalityId=${c.home.id}`).expect(200);
    expect(listed.body.items.map((r: SituationReport) => r.id)).not.toContain(report.id);
    await as(t, c.headers.viewer).get(`/situation-reports/${report.id}`).expect(200);
    await as(t, c.headers.otherEditor).get(`/situation-reports/${report.id}`).expect(404);
    // The police reads it once a plan it is party to answers it.
    await as(t, c.headers.partner).get(`/situation-reports/${report.id}`).expect(404);
    await planFor(report);
    const read = await as(t, c.headers.partner).get(`/situation-reports/${report.id}`).expect(200);
    expect(read.body.internalNote).toBe('Underlag från Polisen som inte får spridas.');
  });
});

describe('tertial and year analyses', () => {
  let agreement: Agreement;

  beforeAll(async () => {
    agreement = await make.agreement({ published: true, periodStart: '2026-01-01', periodEnd: '2027-12-31' });
  });

  it('are written (201), replaced with If-Match (200) and audited, per tertial and year', async () => {
    const path = `/agreements/${agreement.id}/reviews/2026-T1`;
    const created = await expectAudited(t.db, 1, () =>
      editor.put(path, { text: 'Vandringarna gick enligt plan.', priorities: 'Fler vandringar med kvinnor.' }),
    );
    expect(created.status).toBe(201);
    const review = created.body as Review;
    expect(review).toMatchObject({ period: '2026-T1', status: 'draft', published: false, version: 1 });
    await editor.put(path, { text: 'Utan If-Match' }).expect(428);
    const replaced = await editor.put(path, { text: 'Fastställd.', status: 'final' }, etag(review)).expect(200);
    expect(replaced.body).toMatchObject({
      text: 'Fastställd.',
      priorities: 'Fler vandringar med kvinnor.',
      version: 2,
    });
    await editor.put(`/agreements/${agreement.id}/reviews/2026`, { text: 'Årsanalys' }).expect(201);
    const listed = await editor.get(`/agreements/${agreement.id}/reviews`).expect(200);
    expect(listed.body.items.map((r: Review) => r.period)).toEqual(['2026', '2026-T1']);
  });

  it('show the public only a final, published analysis, on the dashboard too', async () => {
    const path = `/agreements/${agreement.id}/reviews/2026-T2`;
    const draft = await editor.put(path, { text: 'Utkast till T2', published: true }).expect(201);
    await anonymous.get(path).expect(404);
    const final = await editor.put(path, { text: 'T2 fastställd', status: 'final' }, etag(draft.body)).expect(200);
    // published is kept from before: true.
    expect(final.body.published).toBe(true);
    const read = await anonymous.get(path).expect(200);
    expect(read.body.text).toBe('T2 fastställd');
    const listed = await anonymous.get(`/agreements/${agreement.id}/reviews`).expect(200);
    expect(listed.body.items.map((r: Review) => r.period)).toEqual(['2026-T2']);
    const dashboard = await anonymous.get(`/public/municipalities/${c.home.code}/dashboard`).expect(200);
    expect(dashboard.body.reviews.map((entry: { review: Review }) => entry.review.period)).toContain('2026-T2');
    expect(dashboard.text).not.toContain('Utkast till T2');
  });

  it('refuses a period that is no tertial or year, or lies outside the agreement', async () => {
    await expectNothingChanged(t.db, async () => {
      for (const period of ['2026-T4', '2026-13', '2026-T0', '26-T1']) {
        const refused = expectProblem(
          await editor.put(`/agreements/${agreement.id}/reviews/${period}`, { text: 'x' }),
          400,
        );
        expect(refused.errors?.[0]).toMatchObject({ in: 'params', path: '/period' });
      }
      const outside = expectProblem(
        await editor.put(`/agreements/${agreement.id}/reviews/2030-T1`, { text: 'x' }),
        400,
      );
      expect(outside.errors?.[0]).toMatchObject({ path: '/period', code: 'period-outside' });
      expectProblem(await editor.put(`/agreements/${agreement.id}/reviews/2026-T3`, { text: '' }), 400);
      expectProblem(
        await as(t, c.headers.viewer).put(`/agreements/${agreement.id}/reviews/2026-T3`, { text: 'x' }),
        403,
      );
      expectProblem(
        await as(t, c.headers.otherEditor).put(`/agreements/${agreement.id}/reviews/2026-T3`, { text: 'x' }),
        403,
      );
    });
  });
});

describe('bad input to lägesbilder and problems', () => {
  it('is a 4xx problem with nothing changed', async () => {
    const report = await newReport();
    const problem = await newProblem(report.id);
    await expectNothingChanged(t.db, async () => {
      const foreign = expectProblem(
        await editor.patch(
          `/problems/${problem.id}`,
          { causes: [{ id: crypto.randomUUID(), title: 'x' }] },
          etag(problem),
        ),
        400,
      );
      expect(foreign.errors?.[0]).toMatchObject({ path: '/causes/0/id', code: 'unknown-reference' });
      expectProblem(await editor.patch(`/problems/${problem.id}`, { category: 'weather' }, etag(problem)), 400);
      expectProblem(
        await editor.post(`/situation-reports/${report.id}/problems`, {
          title: 'Med id',
          category: 'other',
          causes: [{ id: problem.causes[0]!.id, title: 'Lånad orsak' }],
        }),
        400,
      );
      expectProblem(
        await editor.post('/situation-reports', {
          municipalityId: c.home.id,
          title: 'Baklänges',
          periodStart: '2025-12-31',
          periodEnd: '2025-01-01',
        }),
        400,
      );
      expectProblem(
        await editor.patch(
          `/situation-reports/${report.id}`,
          { sources: [{ title: 'Skript', url: 'javascript:alert(1)' }] },
          etag(report),
        ),
        400,
      );
      expectProblem(
        await as(t, c.headers.otherEditor).post(`/situation-reports`, {
          municipalityId: c.home.id,
          title: 'Fel kommun',
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
        }),
        403,
      );
    });
  });
});
