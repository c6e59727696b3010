import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers, type Caller } from './helpers/callers.js';
import {
  API,
  as,
  cooperation,
  etag,
  expectAudited,
  expectNothingChanged,
  type Callers,
  type Headers,
} from './helpers/cooperation.js';
import { expectProblem, ruleCodes } from './helpers/problems.js';
import { bytes, csvLines, withDeclaredSize } from './helpers/exchange.js';

// The agreement's export (xlsx and CSV) and its import: round trips, refusals that write nothing,
// what each reader gets, formula injection.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NOTE = 'Intern: två ställdes in';

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;
let formula: { id: string };
let other: { id: string };

async function exportXlsx(agreementId: string, headers: Headers = c.headers.editor): Promise<Buffer> {
  const response = await bytes(as(t, headers).get(`/agreements/${agreementId}/export.xlsx`)).expect(200);
  expect(response.headers['content-type']).toBe(XLSX);
  return response.body as Buffer;
}

async function exportCsv(agreementId: string, table: string, headers: Headers = c.headers.editor): Promise<Buffer> {
  const response = await bytes(as(t, headers).get(`/agreements/${agreementId}/export.csv?table=${table}`)).expect(200);
  expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  return response.body as Buffer;
}

function importFile(
  agreementId: string,
  file: Buffer | string,
  options: { type?: string; dryRun?: boolean; table?: string; headers?: Headers } = {},
) {
  const query = new URLSearchParams();
  if (options.dryRun !== undefined) query.set('dryRun', String(options.dryRun));
  if (options.table !== undefined) query.set('table', options.table);
  return t
    .http()
    .post(`${API}/agreements/${agreementId}/import?${query.toString()}`)
    .set(options.headers ?? c.headers.editor)
    .set('content-type', options.type ?? (options.table ? 'text/csv' : XLSX))
    .send(typeof file === 'string' ? Buffer.from(file, 'utf8') : file);
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

const save = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** The column number (1-based) of a header in a sheet's first row. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) found = index;
  });
  if (!found) throw new Error(`no column ${header} in ${sheet.name}`);
  return found;
}

/** The row of a sheet whose cells in these columns hold these values (dates compared as YYYY-MM). */
function rowWhere(sheet: ExcelJS.Worksheet, match: Record<string, string>): ExcelJS.Row {
  const columns = Object.entries(match).map(([header, value]) => [columnOf(sheet, header), value] as const);
  for (let index = 2; index <= sheet.rowCount; index++) {
    const row = sheet.getRow(index);
    const ok = columns.every(([column, value]) => {
      const cell = row.getCell(column);
      const text = cell.value instanceof Date ? cell.value.toISOString().slice(0, 7) : cell.text;
      return text === value;
    });
    if (ok) return row;
  }
  throw new Error(`no row ${JSON.stringify(match)} in ${sheet.name}`);
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string) => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** Runs an import that must be refused and change nothing: every table and the audit log as before. */
async function refused(request: () => Promise<Response>, status: number, kind?: string) {
  const response = await expectNothingChanged(t.db, request);
  return expectProblem(response, status, kind);
}

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  plan = await make.plan();
  await make.editor
    .patch(`/activities/${plan.partnerShared.id}`, {
      startDate: '2026-02-01',
      endDate: '2026-11-30',
      measure: { label: 'mötestid', unit: 'timmar', monthlyTarget: 2.5 },
      description: 'Rad ett\nRad två',
    })
    .set('if-match', etag(plan.partnerShared))
    .expect(200);
  await make.followUp(plan.policeShared.id, '2026-01', { outcome: 3, comment: 'Tre vandringar', internalNote: NOTE });
  await make.followUp(plan.policeShared.id, '2026-02', { outcome: 4 });
  await make.followUp(plan.partnerShared.id, '2026-03', { outcome: null, comment: 'Ej rapporterat' });
  await make.followUp(plan.hidden.id, '2026-01', { outcome: 1, internalNote: 'Dold' });
  formula = await make.activity(plan.safety, {
    title: '=HYPERLINK("http://evil.example","klicka")',
    description: '+SUM(1,2)',
    area: '@Berga',
    comment: '-5 grader',
    published: true,
  });
  await make.followUp(formula.id, '2026-01', { outcome: 1, comment: '\tindraget', internalNote: "'=redan skyddad" });
  await make.editor
    .put(`/indicators/${plan.indicator.id}/values`, { period: '2025', group: 'women', value: 61.5 })
    .expect(201);
  // Another agreement of the same municipality, for ids that are not this agreement's.
  const second = await make.agreement({ title: 'Annan överenskommelse' });
  const secondArea = await make.focusArea(second.id);
  other = await make.activity(secondArea, { title: 'Annan aktivitet' });
});
afterAll(() => t.close());

describe('the xlsx export', () => {
  it('has the three sheets with Swedish headers, bold and frozen, widths that fit', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Aktivitetsplan',
      'Uppföljning',
      'Indikatorer',
      'Lägesbild',
    ]);
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    expect(activities.getRow(1).values).toEqual([
      undefined,
      'Id',
      'Version',
      'Fokusområde',
      'Aktivitet',
      'Beskrivning',
      'Ansvarig',
      'Partner',
      'Område',
      'Startdatum',
      'Slutdatum',
      'Status',
      'Kommentar',
      'Mått',
      'Enhet',
      'Mål per månad',
      'Mål för vissa månader',
      'Delad',
      'Publicerad',
      'Problem',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      sheet.getRow(1).eachCell((cell, index) => {
        expect(cell.font?.bold, `${sheet.name} ${cell.text}`).toBe(true);
        expect(sheet.getColumn(index).width).toBeGreaterThanOrEqual(cell.text.length);
      });
    }
    // The widest title fits: the formula-like one is 43 characters.
    expect(activities.getColumn(columnOf(activities, 'Aktivitet')).width).toBeGreaterThanOrEqual(43);
    expect(sheetOf(workbook, 'Uppföljning').getRow(1).values).toContain('Intern anteckning');
    expect(sheetOf(workbook, 'Indikatorer').getRow(1).values).toEqual([
      undefined,
      'Indikator-id',
      'Kommunmål',
      'Indikator',
      'Källa',
      'Enhet',
      'Period',
      'Grupp',
      'Värde',
      'Utgångsläge, period',
      'Utgångsläge, värde',
      'Målperiod',
      'Målvärde',
    ]);
  });

  it('holds real numbers and dates, in the plan’s order, one row per activity and per month', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    const meetings = rowWhere(activities, { Id: plan.partnerShared.id });
    const start = meetings.getCell(columnOf(activities, 'Startdatum'));
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect(start.value).toEqual(new Date('2026-02-01T00:00:00.000Z'));
    expect(start.numFmt).toBe('yyyy-mm-dd');
    const target = meetings.getCell(columnOf(activities, 'Mål per månad'));
    expect(target.type).toBe(ExcelJS.ValueType.Number);
    expect(target.value).toBe(2.5);
    expect(meetings.getCell(columnOf(activities, 'Partner')).value).toBe(c.police.name);
    expect(meetings.getCell(columnOf(activities, 'Status')).value).toBe('Planerad');
    expect(meetings.getCell(columnOf(activities, 'Publicerad')).value).toBe('Ja');
    // By focus area (its position), then title; the hidden activity is there for the editor.
    const titles: string[] = [];
    for (let index = 2; index <= activities.rowCount; index++) {
      titles.push(activities.getRow(index).getCell(columnOf(activities, 'Aktivitet')).text);
    }
    expect(titles).toEqual([
      '=HYPERLINK("http://evil.example","klicka")',
      'Områdesgrupp',
      'Trygghetsvandringar',
      'Föräldravandring',
      'Hemlig insats',
    ]);

    const months = sheetOf(workbook, 'Uppföljning');
    const january = rowWhere(months, { 'Aktivitets-id': plan.policeShared.id, Månad: '2026-01' });
    const month = january.getCell(columnOf(months, 'Månad'));
    expect(month.type).toBe(ExcelJS.ValueType.Date);
    expect(month.numFmt).toBe('yyyy-mm');
    expect(january.getCell(columnOf(months, 'Utfall')).value).toBe(3);
    expect(january.getCell(columnOf(months, 'Mål')).value).toBe(4);
    expect(january.getCell(columnOf(months, 'Intern anteckning')).value).toBe(NOTE);
    // Months that can be recorded (January to June 2026), recorded or not; Områdesgrupp from February.
    const count = (activityId: string) => {
      let n = 0;
      months.eachRow((row) => {
        if (row.getCell(columnOf(months, 'Aktivitets-id')).value === activityId) n++;
      });
      return n;
    };
    expect(count(plan.policeShared.id)).toBe(6);
    expect(count(plan.partnerShared.id)).toBe(5);
    const blank = rowWhere(months, { 'Aktivitets-id': plan.policeShared.id, Månad: '2026-04' });
    expect(blank.getCell(columnOf(months, 'Id')).value).toBeNull();
    expect(blank.getCell(columnOf(months, 'Version')).value).toBe(0);

    const values = sheetOf(workbook, 'Indikatorer');
    const women = rowWhere(values, { Period: '2025', Grupp: 'Kvinnor' });
    expect(women.getCell(columnOf(values, 'Värde')).value).toBe(61.5);
    expect(women.getCell(columnOf(values, 'Utgångsläge, värde')).value).toBe(60);
  });

  it('writes formula-like text as plain string cells, unchanged', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    const row = rowWhere(activities, { Id: formula.id });
    for (const [header, value] of [
      ['Aktivitet', '=HYPERLINK("http://evil.example","klicka")'],
      ['Beskrivning', '+SUM(1,2)'],
      ['Område', '@Berga'],
      ['Kommentar', '-5 grader'],
    ]) {
      const cell = row.getCell(columnOf(activities, header!));
      expect(cell.type, header).toBe(ExcelJS.ValueType.String);
      expect(cell.value, header).toBe(value);
      expect(cell.formula, header).toBeUndefined();
    }
    const months = sheetOf(workbook, 'Uppföljning');
    const month = rowWhere(months, { 'Aktivitets-id': formula.id, Månad: '2026-01' });
    expect(month.getCell(columnOf(months, 'Kommentar')).type).toBe(ExcelJS.ValueType.String);
    expect(month.getCell(columnOf(months, 'Kommentar')).value).toBe('\tindraget');
  });
});

describe('the CSV export', () => {
  it('is what Swedish Excel opens: BOM, semicolons, decimal comma, CRLF', async () => {
    const lines = csvLines(await exportCsv(plan.agreement.id, 'activities'), { bom: true });
    expect(lines[0]).toBe(
      'Id;Version;Fokusområde;Aktivitet;Beskrivning;Ansvarig;Partner;Område;Startdatum;Slutdatum;Status;Kommentar;Mått;Enhet;Mål per månad;Mål för vissa månader;Delad;Publicerad;Problem',
    );
    const meetings = lines.find((line) => line.startsWith(plan.partnerShared.id))!;
    expect(meetings).toContain(';2026-02-01;2026-11-30;Planerad;;mötestid;timmar;2,5;;Ja;Ja;');
    // A line break inside a cell stays inside its quotes.
    expect(meetings).toContain('"Rad ett\nRad två"');
    const months = csvLines(await exportCsv(plan.agreement.id, 'followups'), { bom: true });
    expect(months[0]).toBe('Id;Version;Aktivitets-id;Aktivitet;Månad;Mål;Utfall;Kommentar;Intern anteckning');
    expect(months.find((line) => line.includes(`;${plan.policeShared.id};Trygghetsvandringar;2026-02;`))).toMatch(
      /;2026-02;4;4;;$/,
    );
    expect(months.find((line) => line.includes(`;${plan.partnerShared.id};Områdesgrupp;2026-02;`))).toMatch(
      /;2026-02;2,5;;;$/,
    );
    const values = csvLines(await exportCsv(plan.agreement.id, 'indicators'), { bom: true });
    expect(values.find((line) => line.includes(';2025;Kvinnor;'))).toContain(';2025;Kvinnor;61,5;2021;60;2027;80');
  });

  it('guards formula-like text with an apostrophe', async () => {
    const activities = csvLines(await exportCsv(plan.agreement.id, 'activities'), { bom: true });
    const line = activities.find((row) => row.startsWith(formula.id))!;
    expect(line).toContain(`;"'=HYPERLINK(""http://evil.example"",""klicka"")";'+SUM(1,2);`);
    expect(line).toContain(";'@Berga;");
    expect(line).toContain(";'-5 grader;");
    const months = csvLines(await exportCsv(plan.agreement.id, 'followups'), { bom: true });
    const month = months.find((row) => row.includes(`;${formula.id};`) && row.includes(';2026-01;'))!;
    expect(month).toContain(";'\tindraget;");
    // Text already starting with an apostrophe and a formula gets one more, so an import gives it back whole.
    expect(month.endsWith(";''=redan skyddad")).toBe(true);
  });

  it('asks which table', async () => {
    const editor = as(t, c.headers.editor);
    expectProblem(await editor.get(`/agreements/${plan.agreement.id}/export.csv`), 400, 'validation');
    expectProblem(await editor.get(`/agreements/${plan.agreement.id}/export.csv?table=plan`), 400, 'validation');
  });
});

describe('what each reader gets', () => {
  it('the public: published activities, no internal notes, in xlsx and CSV', async () => {
    for (const headers of [{}, c.headers.otherEditor]) {
      const workbook = await load(await exportXlsx(plan.agreement.id, headers));
      const months = sheetOf(workbook, 'Uppföljning');
      expect(months.getRow(1).values).not.toContain('Intern anteckning');
      const text = JSON.stringify(workbook.worksheets.map((sheet) => sheet.getSheetValues()));
      for (const secret of [NOTE, 'Dold', 'Hemlig insats', plan.hidden.id, "'=redan skyddad"]) {
        expect(text).not.toContain(secret);
      }
      expect(text).toContain(plan.policeShared.id);
      for (const table of ['activities', 'followups']) {
        const csv = (await exportCsv(plan.agreement.id, table, headers)).toString('utf8');
        for (const secret of [NOTE, 'Dold', 'Hemlig insats', plan.hidden.id, 'Intern anteckning']) {
          expect(csv).not.toContain(secret);
        }
      }
    }
  });

  it('insiders: everything, internal notes too; an unpublished agreement only for them', async () => {
    for (const caller of ['viewer', 'partner', 'admin'] as Caller[]) {
      const csv = (await exportCsv(plan.agreement.id, 'followups', c.headers[caller])).toString('utf8');
      expect(csv).toContain(NOTE);
      expect(csv).toContain(plan.hidden.id);
    }
    const draft = await make.agreement({ title: 'Utkast' });
    await as(t, c.headers.viewer).get(`/agreements/${draft.id}/export.xlsx`).expect(200);
    expectProblem(await as(t, {}).get(`/agreements/${draft.id}/export.xlsx`), 404, 'not-found');
    expectProblem(await as(t, {}).get(`/agreements/${draft.id}/export.csv?table=activities`), 404, 'not-found');
  });
});

describe('an import of an unchanged export', () => {
  it('reports nothing to change, as xlsx and as each CSV table', async () => {
    const workbook = await exportXlsx(plan.agreement.id);
    const dry = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, workbook));
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 0, updated: 0, changes: [], errors: [] });
    // Five activities and their months: 6 + 5 + 6 + 6 + 6.
    expect(dry.body.unchanged).toBe(5 + 29);
    for (const table of ['activities', 'followups']) {
      const csv = await exportCsv(plan.agreement.id, table);
      const response = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, csv, { table }));
      expect(response.body, table).toMatchObject({ created: 0, updated: 0, changes: [], errors: [] });
    }
  });

  it('writes nothing for real either', async () => {
    const workbook = await exportXlsx(plan.agreement.id);
    const response = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, workbook, { dryRun: false }));
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ dryRun: false, created: 0, updated: 0, errors: [] });
  });
});

describe('an import of an export with two cells edited', () => {
  it('dry run: exactly those two changes, nothing written; real run: those two, two audit events, stored', async () => {
    const before = await as(t, c.headers.editor).get(`/activities/${plan.notShared.id}`).expect(200);
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    rowWhere(activities, { Id: plan.notShared.id }).getCell(columnOf(activities, 'Status')).value = 'Pågår';
    const months = sheetOf(workbook, 'Uppföljning');
    const february = rowWhere(months, { 'Aktivitets-id': plan.policeShared.id, Månad: '2026-02' });
    february.getCell(columnOf(months, 'Utfall')).value = 5;
    const file = await save(workbook);

    const dry = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, file));
    expect(dry.status, dry.text).toBe(200);
    const expected = [
      {
        sheet: 'Aktivitetsplan',
        row: activities.getRow(rowWhere(activities, { Id: plan.notShared.id }).number).number,
        action: 'update',
        itemId: plan.notShared.id,
        label: 'Föräldravandring',
        fields: ['Status'],
      },
      {
        sheet: 'Uppföljning',
        row: february.number,
        action: 'update',
        itemId: expect.any(String),
        label: 'Trygghetsvandringar 2026-02',
        fields: ['Utfall'],
      },
    ];
    expect(dry.body).toMatchObject({ dryRun: true, created: 0, updated: 2, errors: [] });
    expect(dry.body.changes).toEqual(expected);

    const real = await expectAudited(t.db, 2, () => importFile(plan.agreement.id, file, { dryRun: false }));
    expect(real.status, real.text).toBe(200);
    expect(real.body).toMatchObject({ dryRun: false, created: 0, updated: 2, errors: [] });
    expect(real.body.changes).toEqual(expected);

    const after = await as(t, c.headers.editor).get(`/activities/${plan.notShared.id}`).expect(200);
    expect(after.body).toMatchObject({ status: 'ongoing', version: before.body.version + 1 });
    const month = await as(t, c.headers.editor)
      .get(`/activities/${plan.policeShared.id}/follow-ups/2026-02`)
      .expect(200);
    expect(month.body).toMatchObject({ outcome: 5, version: 2, recordedBy: c.users.editor.id });
    const history = await as(t, c.headers.editor)
      .get(`/audit?entityType=activity&entityId=${plan.notShared.id}`)
      .expect(200);
    expect(history.body.items.at(-1)).toMatchObject({
      action: 'update',
      actorId: c.users.editor.id,
      before: { status: 'planned' },
      after: { status: 'ongoing' },
    });

    // The same file again: it is what is stored now, so nothing changes (its stale versions do not matter).
    const again = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, file));
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
    expect(again.body.errors).toEqual([]);
  });

  it('adds what has no id: an activity by focus area title and organisation name, a month not recorded', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    const row = activities.addRow([]);
    const set = (header: string, value: ExcelJS.CellValue) => (row.getCell(columnOf(activities, header)).value = value);
    set('Fokusområde', 'unga i riskzon');
    set('Aktivitet', 'Nattvandring');
    set('Ansvarig', c.homeOrganisation.name);
    set('Partner', `${c.police.name}; ${c.homeOrganisation.name}`);
    set('Startdatum', new Date('2026-03-01T00:00:00Z'));
    set('Status', 'Pågår');
    set('Mått', 'vandringar');
    set('Enhet', 'antal');
    set('Mål per månad', 2);
    set('Publicerad', 'Ja');
    const months = sheetOf(workbook, 'Uppföljning');
    const april = rowWhere(months, { 'Aktivitets-id': plan.policeShared.id, Månad: '2026-04' });
    april.getCell(columnOf(months, 'Utfall')).value = 2;
    april.getCell(columnOf(months, 'Kommentar')).value = 'Två vandringar i april';
    const file = await save(workbook);

    const response = await expectAudited(t.db, 2, () => importFile(plan.agreement.id, file, { dryRun: false }));
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ created: 2, updated: 0, errors: [] });
    const [activity, month] = response.body.changes as { itemId: string; fields: string[] }[];
    expect(activity!.fields).toEqual([
      'Fokusområde',
      'Aktivitet',
      'Ansvarig',
      'Partner',
      'Startdatum',
      'Status',
      'Mått',
      'Enhet',
      'Mål per månad',
      'Publicerad',
    ]);
    const created = await as(t, c.headers.editor).get(`/activities/${activity!.itemId}`).expect(200);
    expect(created.body).toMatchObject({
      agreementId: plan.agreement.id,
      focusAreaId: plan.youth.id,
      title: 'Nattvandring',
      leadOrganisationId: c.homeOrganisation.id,
      startDate: '2026-03-01',
      status: 'ongoing',
      published: true,
      shared: false,
      measure: { label: 'vandringar', unit: 'antal', monthlyTarget: 2 },
    });
    expect([...created.body.partnerOrganisationIds].sort()).toEqual([c.homeOrganisation.id, c.police.id].sort());
    const recorded = await as(t, c.headers.editor).get(`/activities/${plan.policeShared.id}/follow-ups/2026-04`);
    expect(recorded.body).toMatchObject({ id: month!.itemId, outcome: 2, comment: 'Två vandringar i april' });
  });

  it('tells a row changed in Löfteskollen since the export, and writes nothing', async () => {
    const file = await exportCsv(plan.agreement.id, 'activities');
    const current = await as(t, c.headers.editor).get(`/activities/${plan.policeShared.id}`).expect(200);
    await make.editor
      .patch(`/activities/${plan.policeShared.id}`, { comment: 'Ändrad i appen' })
      .set('if-match', etag(current.body))
      .expect(200);
    const edited = file.toString('utf8').replace(/(;Trygghetsvandringar;.*;)Planerad;/, '$1Genomförd;');
    expect(edited).not.toBe(file.toString('utf8'));
    const dry = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, edited, { table: 'activities' }));
    expect(ruleCodes(dry.body.errors)).toEqual([
      expect.objectContaining({
        sheet: 'Aktivitetsplan',
        column: 'Version',
        code: 'changed-since-export',
      }),
    ]);
    const real = await refused(
      () => importFile(plan.agreement.id, edited, { table: 'activities', dryRun: false }),
      422,
      'import-errors',
    );
    expect(ruleCodes(real.errors)).toEqual([
      expect.objectContaining({ in: 'body', path: expect.stringMatching(/^\/Aktivitetsplan\/\d+\/Version$/) }),
    ]);
  });
});

describe('a refused import writes nothing', () => {
  it('not a workbook', async () => {
    const problem = await refused(
      () => importFile(plan.agreement.id, Buffer.from('PK\u0003\u0004 nothing')),
      400,
      'validation',
    );
    expect(problem.detail).toMatch(/not an xlsx workbook/);
    await refused(() => importFile(plan.agreement.id, Buffer.from('hello'), { dryRun: false }), 400, 'validation');
  });

  it('not CSV: not UTF-8, or empty', async () => {
    const latin1 = Buffer.from('Id;Status\r\n;Påg\xe5r\r\n', 'latin1');
    const problem = await refused(
      () => importFile(plan.agreement.id, latin1, { table: 'activities' }),
      400,
      'validation',
    );
    expect(problem.detail).toMatch(/UTF-8/);
    await refused(() => importFile(plan.agreement.id, '', { table: 'activities' }), 400, 'validation');
  });

  it('a wrong layout: a sheet missing', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    workbook.removeWorksheet(sheetOf(workbook, 'Uppföljning').id);
    const saved = await save(workbook);
    const missing = await refused(() => importFile(plan.agreement.id, saved, { dryRun: false }), 400, 'validation');
    expect(ruleCodes(missing.errors)).toEqual([{ in: 'body', path: '/Uppföljning', code: 'missing-sheet' }]);
  });

  it('an unknown column, a repeated one, a missing required one', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    activities.getRow(1).getCell(activities.columnCount + 1).value = 'Färg';
    const unknown = await refused(
      () => save(workbook).then((file) => importFile(plan.agreement.id, file)),
      400,
      'validation',
    );
    expect(ruleCodes(unknown.errors)).toEqual([
      expect.objectContaining({
        in: 'body',
        path: '/Aktivitetsplan/1/Färg',
        code: 'unknown-column',
      }),
    ]);
    const repeated = await refused(
      () => importFile(plan.agreement.id, 'Id;Status;status\r\n', { table: 'activities' }),
      400,
    );
    expect(ruleCodes(repeated.errors)).toEqual([
      { in: 'body', path: '/Aktivitetsplan/1/status', code: 'duplicate-column' },
    ]);
    const noId = await refused(
      () => importFile(plan.agreement.id, 'Aktivitet;Status\r\nX;Genomförd\r\n', { table: 'activities' }),
      400,
    );
    expect(ruleCodes(noId.errors)).toEqual([{ in: 'body', path: '/Aktivitetsplan/1/Id', code: 'missing-column' }]);
    const stray = await refused(
      () =>
        importFile(plan.agreement.id, `Id;Status\r\n${plan.policeShared.id};Genomförd;extra\r\n`, {
          table: 'activities',
        }),
      400,
    );
    expect(ruleCodes(stray.errors)).toEqual([{ in: 'body', path: '/Aktivitetsplan/2', code: 'no-header' }]);
  });

  it('a value of the wrong type: listed by a dry run, 422 for real', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const months = sheetOf(workbook, 'Uppföljning');
    const january = rowWhere(months, { 'Aktivitets-id': plan.policeShared.id, Månad: '2026-01' });
    january.getCell(columnOf(months, 'Utfall')).value = 'fem';
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    const walks = rowWhere(activities, { Id: plan.policeShared.id });
    walks.getCell(columnOf(activities, 'Startdatum')).value = '2026-02-30';
    walks.getCell(columnOf(activities, 'Aktivitet')).value = 'x'.repeat(301);
    // A good change beside them is not written either.
    rowWhere(activities, { Id: plan.partnerShared.id }).getCell(columnOf(activities, 'Status')).value = 'Genomförd';
    const file = await save(workbook);

    const dry = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, file));
    expect(dry.status).toBe(200);
    expect(dry.body.updated).toBe(1);
    expect(ruleCodes(dry.body.errors)).toEqual([
      { sheet: 'Aktivitetsplan', row: walks.number, column: 'Startdatum', code: 'not-a-date' },
      { sheet: 'Uppföljning', row: january.number, column: 'Utfall', code: 'not-a-number' },
    ]);
    walks.getCell(columnOf(activities, 'Startdatum')).value = new Date('2026-02-01T00:00:00Z');
    const second = await expectNothingChanged(t.db, async () => importFile(plan.agreement.id, await save(workbook)));
    expect(ruleCodes(second.body.errors)).toEqual([
      { sheet: 'Aktivitetsplan', row: walks.number, column: 'Aktivitet', code: 'too-long' },
      { sheet: 'Uppföljning', row: january.number, column: 'Utfall', code: 'not-a-number' },
    ]);
    const real = await refused(() => importFile(plan.agreement.id, file, { dryRun: false }), 422, 'import-errors');
    expect(ruleCodes(real.errors)).toEqual([
      { in: 'body', path: `/Aktivitetsplan/${walks.number}/Startdatum`, code: 'not-a-date' },
      { in: 'body', path: `/Uppföljning/${january.number}/Utfall`, code: 'not-a-number' },
    ]);
  });

  it('a date cell no calendar has, or one outside the years 1000–9999: listed as errors, never a 500', async () => {
    const workbook = await load(await exportXlsx(plan.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    const walks = rowWhere(activities, { Id: plan.policeShared.id });
    // A serial past exceljs's range in a date-formatted cell reads back as an Invalid Date (it once gave 500).
    const start = walks.getCell(columnOf(activities, 'Startdatum'));
    start.value = 1e308;
    start.numFmt = 'yyyy-mm-dd';
    const months = sheetOf(workbook, 'Uppföljning');
    const january = rowWhere(months, { 'Aktivitets-id': plan.policeShared.id, Månad: '2026-01' });
    january.getCell(columnOf(months, 'Månad')).value = new Date('0500-01-01T00:00:00Z');
    const file = await save(workbook);
    const dry = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, file));
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(ruleCodes(dry.body.errors)).toEqual([
      { sheet: 'Aktivitetsplan', row: walks.number, column: 'Startdatum', code: 'date-out-of-range' },
      {
        sheet: 'Uppföljning',
        row: january.number,
        column: 'Månad',
        code: 'date-out-of-range',
      },
    ]);
    await refused(() => importFile(plan.agreement.id, file, { dryRun: false }), 422, 'import-errors');
  });

  it('rows that break the JSON API’s rules: blank title, negative outcome, a month not recordable, an unknown name', async () => {
    const csv = [
      'Id;Fokusområde;Aktivitet;Ansvarig;Status',
      `${plan.policeShared.id};;;;Genomförd`,
      `;Trygghet i offentlig miljö;Ny;Okänd organisation;Pågår`,
      `;Inget sådant område;Ny;${c.police.name};Slut`,
    ].join('\r\n');
    const dry = await expectNothingChanged(t.db, () => importFile(plan.agreement.id, csv, { table: 'activities' }));
    expect(ruleCodes(dry.body.errors)).toEqual([
      { sheet: 'Aktivitetsplan', row: 2, column: 'Fokusområde', code: 'blank' },
      { sheet: 'Aktivitetsplan', row: 2, column: 'Aktivitet', code: 'blank' },
      { sheet: 'Aktivitetsplan', row: 2, column: 'Ansvarig', code: 'blank' },
      { sheet: 'Aktivitetsplan', row: 3, column: 'Ansvarig', code: 'unknown-name' },
      {
        sheet: 'Aktivitetsplan',
        row: 4,
        column: 'Fokusområde',
        code: 'unknown-name',
      },
      {
        sheet: 'Aktivitetsplan',
        row: 4,
        column: 'Status',
        code: 'one-of',
      },
    ]);
    // The period rules of the JSON API: the end not before the start, and less than 10 years after it.
    const periods = [
      'Id;Startdatum;Slutdatum',
      `${plan.policeShared.id};2026-03-01;2026-02-01`,
      `${plan.partnerShared.id};2026-01-01;2040-01-01`,
    ].join('\r\n');
    const periodErrors = await expectNothingChanged(t.db, () =>
      importFile(plan.agreement.id, periods, { table: 'activities' }),
    );
    expect(ruleCodes(periodErrors.body.errors)).toEqual([
      { sheet: 'Aktivitetsplan', row: 2, column: 'Slutdatum', code: 'end-before-start' },
      { sheet: 'Aktivitetsplan', row: 3, column: 'Slutdatum', code: 'period-too-long' },
    ]);
    const months = [
      'Aktivitets-id;Månad;Utfall;Kommentar',
      `${plan.policeShared.id};2026-05;-1;`,
      `${plan.policeShared.id};2026-07;1;`,
      `${plan.policeShared.id};2025-12;1;`,
      `${plan.policeShared.id};2026-13;1;`,
      `${plan.policeShared.id};2026-03;1;${'x'.repeat(2001)}`,
    ].join('\n');
    const monthErrors = await expectNothingChanged(t.db, () =>
      importFile(plan.agreement.id, months, { table: 'followups' }),
    );
    expect(ruleCodes(monthErrors.body.errors)).toEqual([
      { sheet: 'Uppföljning', row: 2, column: 'Utfall', code: 'too-small' },
      { sheet: 'Uppföljning', row: 3, column: 'Månad', code: 'month-not-recordable' },
      { sheet: 'Uppföljning', row: 4, column: 'Månad', code: 'month-not-recordable' },
      { sheet: 'Uppföljning', row: 5, column: 'Månad', code: 'not-a-month' },
      { sheet: 'Uppföljning', row: 6, column: 'Kommentar', code: 'too-long' },
    ]);
  });

  it('an id of another agreement, or of nothing', async () => {
    const activities = `Id;Status\r\n${other.id};Genomförd\r\n`;
    for (const dryRun of [true, false]) {
      const problem = await refused(
        () => importFile(plan.agreement.id, activities, { table: 'activities', dryRun }),
        400,
        'validation',
      );
      expect(ruleCodes(problem.errors)).toEqual([
        { in: 'body', path: '/Aktivitetsplan/2/Id', code: 'unknown-reference' },
      ]);
    }
    const months = `Aktivitets-id;Månad;Utfall\r\n${plan.policeShared.id};2026-05;1\r\n${other.id};2026-05;1\r\n`;
    const problem = await refused(
      () => importFile(plan.agreement.id, months, { table: 'followups' }),
      400,
      'validation',
    );
    expect(ruleCodes(problem.errors)).toEqual([
      { in: 'body', path: '/Uppföljning/3/Aktivitets-id', code: 'unknown-reference' },
    ]);
    const unknownMonth = `Id;Aktivitets-id;Månad;Utfall\r\n${plan.promise.id};${plan.policeShared.id};2026-05;1\r\n`;
    await refused(
      () => importFile(plan.agreement.id, unknownMonth, { table: 'followups', dryRun: false }),
      400,
      'validation',
    );
  });

  it('more rows than IMPORT_MAX_ROWS, a larger file than IMPORT_MAX_BYTES', async () => {
    const rows = Array.from({ length: t.config.import.maxRows + 1 }, () => `${plan.policeShared.id};Genomförd`);
    const csv = ['Id;Status', ...rows].join('\r\n');
    const problem = await refused(() => importFile(plan.agreement.id, csv, { table: 'activities' }), 413, 'too-large');
    expect(problem.detail).toContain(String(t.config.import.maxRows));
    const large = Buffer.alloc(t.config.import.maxBytes + 1, 0x41);
    await refused(() => importFile(plan.agreement.id, large, { table: 'activities' }), 413);
  });

  it('a workbook that declares more than an import takes, or holds more than it declares (a zip bomb)', async () => {
    const file = await exportXlsx(plan.agreement.id);
    const sheet = 'xl/worksheets/sheet1.xml';
    const claimsTooMuch = withDeclaredSize(file, sheet, 0xfffffff0);
    const large = await refused(() => importFile(plan.agreement.id, claimsTooMuch), 413, 'too-large');
    expect(large.detail).toContain('unpacks to');
    // The sheet holds kilobytes but declares 100 bytes: refused after inflating at most those 100.
    const lies = withDeclaredSize(file, sheet, 100);
    for (const dryRun of [true, false]) {
      const bomb = await refused(() => importFile(plan.agreement.id, lies, { dryRun }), 413, 'too-large');
      expect(bomb.detail).toContain('more than its own directory declares');
    }
    // The same file with its true sizes is read.
    expect((await importFile(plan.agreement.id, file)).status).toBe(200);
  });

  it('the wrong role, or the wrong municipality', async () => {
    const file = await exportXlsx(plan.agreement.id);
    await refused(() => importFile(plan.agreement.id, file, { headers: {} }), 401, 'unauthenticated');
    for (const caller of ['viewer', 'partner', 'otherEditor'] as Caller[]) {
      await refused(
        () => importFile(plan.agreement.id, file, { headers: c.headers[caller], dryRun: false }),
        403,
        'forbidden',
      );
    }
    const draft = await make.agreement({ title: 'Opublicerad' });
    await refused(() => importFile(draft.id, file, { headers: c.headers.otherEditor }), 404, 'not-found');
    const admin = await importFile(plan.agreement.id, file, { headers: c.headers.admin });
    expect(admin.status).toBe(200);
  });

  it('a body that is no spreadsheet, or a table that does not fit', async () => {
    const json = await refused(
      () => t.http().post(`${API}/agreements/${plan.agreement.id}/import`).set(c.headers.editor).send({ rows: [] }),
      415,
    );
    expect(json.detail).toContain('text/csv');
    // CSV text sent as a workbook is not one.
    await refused(() => importFile(plan.agreement.id, 'Id;Status\r\n'), 400, 'validation');
    const noTable = await refused(
      () => importFile(plan.agreement.id, 'Id;Status\r\n', { type: 'text/csv' }),
      400,
      'validation',
    );
    expect(ruleCodes(noTable.errors)).toEqual([{ in: 'query', path: '/table', code: 'table-needed' }]);
    const file = await exportXlsx(plan.agreement.id);
    await refused(() => importFile(plan.agreement.id, file, { type: XLSX, table: 'activities' }), 400, 'validation');
    // Elsewhere the API still takes JSON alone.
    const elsewhere = await t
      .http()
      .post(`${API}/goals`)
      .set(c.headers.editor)
      .set('content-type', 'text/csv')
      .send('municipalityId;title');
    expectProblem(elsewhere, 415);
  });
});

describe('formula-like text comes back whole', () => {
  it('a CSV export with guarded cells imports as unchanged', async () => {
    for (const table of ['activities', 'followups']) {
      const csv = await exportCsv(plan.agreement.id, table);
      const response = await importFile(plan.agreement.id, csv, { table });
      expect(response.body, table).toMatchObject({ created: 0, updated: 0, errors: [] });
    }
  });
});

describe('status words, month targets and whole numbers in the sheets', () => {
  /** Imports one CSV table for real; 200 expected. */
  async function imported(agreementId: string, csv: string, table = 'activities') {
    const response = await importFile(agreementId, csv, { table, dryRun: false });
    expect(response.status, response.text).toBe(200);
    return response.body;
  }
  const read = async (id: string) => (await as(t, c.headers.editor).get(`/activities/${id}`).expect(200)).body;

  it('one word per status: the export writes the interface’s; the import takes it or the English one, in any case', async () => {
    const own = await make.plan();
    await make.editor
      .patch(`/activities/${own.notShared.id}`, { status: 'done' })
      .set('if-match', etag(own.notShared))
      .expect(200);
    const lines = csvLines(await exportCsv(own.agreement.id, 'activities'), { bom: true });
    expect(lines.find((line) => line.startsWith(own.notShared.id))).toContain(';Genomförd;');
    const workbook = await load(await exportXlsx(own.agreement.id));
    const activities = sheetOf(workbook, 'Aktivitetsplan');
    expect(rowWhere(activities, { Id: own.notShared.id }).getCell(columnOf(activities, 'Status')).value).toBe(
      'Genomförd',
    );

    for (const [word, status] of [
      ['PÅGÅR', 'ongoing'],
      ['delayed', 'delayed'],
      ['genomförd', 'done'],
      ['Cancelled', 'cancelled'],
      ['Done', 'done'],
      ['Planerad', 'planned'],
    ]) {
      await imported(own.agreement.id, `Id;Status\r\n${own.policeShared.id};${word}\r\n`);
      expect((await read(own.policeShared.id)).status, word).toBe(status);
    }
    // The spreadsheet's old word is no longer one of them.
    const old = await expectNothingChanged(t.db, () =>
      importFile(own.agreement.id, `Id;Status\r\n${own.policeShared.id};Klar\r\n`, { table: 'activities' }),
    );
    expect(old.body.errors).toEqual([
      expect.objectContaining({
        column: 'Status',
        message: 'must be one of Planerad, Pågår, Genomförd, Försenad, Inställd',
      }),
    ]);
  });

  it('month targets go out as “jul 0, aug 2” and come back; the Uppföljning sheet has each month’s own target', async () => {
    const own = await make.plan();
    await make.editor
      .patch(`/activities/${own.policeShared.id}`, {
        measure: { label: 'trygghetsvandringar', unit: 'antal', monthlyTarget: 4, monthTargets: { '03': 0, '05': 2 } },
      })
      .set('if-match', etag(own.policeShared))
      .expect(200);
    const lines = csvLines(await exportCsv(own.agreement.id, 'activities'), { bom: true });
    expect(lines.find((line) => line.startsWith(own.policeShared.id))).toContain(';antal;4;mar 0, maj 2;');
    const months = csvLines(await exportCsv(own.agreement.id, 'followups'), { bom: true });
    const targetOf = (month: string) =>
      months.find((line) => line.includes(`;${own.policeShared.id};`) && line.includes(`;${month};`))!.split(';')[5];
    expect(['2026-02', '2026-03', '2026-05'].map(targetOf)).toEqual(['4', '0', '2']);
    // The unchanged export is unchanged on import.
    const again = await importFile(own.agreement.id, lines.join('\r\n'), { table: 'activities' });
    expect(again.body).toMatchObject({ updated: 0, errors: [] });

    const result = await imported(
      own.agreement.id,
      `Id;Mål för vissa månader\r\n${own.policeShared.id};"Juli: 0; augusti 1"\r\n${own.partnerShared.id};\r\n`,
    );
    expect(result.changes).toEqual([
      expect.objectContaining({ itemId: own.policeShared.id, fields: ['Mål för vissa månader'] }),
    ]);
    expect((await read(own.policeShared.id)).measure).toEqual({
      label: 'trygghetsvandringar',
      unit: 'antal',
      monthlyTarget: 4,
      monthTargets: { '07': 0, '08': 1 },
    });
    const unreadable = await importFile(
      own.agreement.id,
      `Id;Mål för vissa månader\r\n${own.policeShared.id};jul noll\r\n`,
      {
        table: 'activities',
      },
    );
    expect(unreadable.body.errors).toEqual([
      expect.objectContaining({ column: 'Mål för vissa månader', message: expect.stringContaining('jul 0, aug 2') }),
    ]);
  });

  it('a count takes whole numbers, in targets and outcomes, named by column; hours take decimals', async () => {
    const own = await make.plan();
    const plan = `Id;Mått;Enhet;Mål per månad;Mål för vissa månader\r\n${own.policeShared.id};vandringar;antal;3,5;jul 0,5\r\n`;
    const targets = await expectNothingChanged(t.db, () => importFile(own.agreement.id, plan, { table: 'activities' }));
    expect(targets.body.errors).toEqual([
      expect.objectContaining({ column: 'Mål per månad', message: expect.stringMatching(/whole number/) }),
      expect.objectContaining({ column: 'Mål för vissa månader', message: expect.stringMatching(/whole number/) }),
    ]);
    const real = await refused(
      () => importFile(own.agreement.id, plan, { table: 'activities', dryRun: false }),
      422,
      'import-errors',
    );
    expect(real.errors!.map((error) => error.path)).toEqual([
      expect.stringMatching(/\/Mål per månad$/),
      expect.stringMatching(/\/Mål för vissa månader$/),
    ]);

    const outcome = `Aktivitets-id;Månad;Utfall\r\n${own.policeShared.id};2026-01;2,5\r\n`;
    const outcomes = await expectNothingChanged(t.db, () =>
      importFile(own.agreement.id, outcome, { table: 'followups' }),
    );
    expect(outcomes.body.errors).toEqual([
      expect.objectContaining({
        sheet: 'Uppföljning',
        column: 'Utfall',
        message: expect.stringMatching(/whole number/),
      }),
    ]);

    // As hours, the same numbers are taken: the unit as the import leaves it decides for the months too.
    await imported(own.agreement.id, plan.replace(';antal;', ';timmar;'));
    expect((await read(own.policeShared.id)).measure).toMatchObject({ unit: 'timmar', monthlyTarget: 3.5 });
    await imported(own.agreement.id, outcome, 'followups');
    const month = await as(t, c.headers.editor)
      .get(`/activities/${own.policeShared.id}/follow-ups/2026-01`)
      .expect(200);
    expect(month.body.outcome).toBe(2.5);

    // Stored before the rule (a count with decimals): an unchanged export imports as unchanged.
    await t.db.updateTable('activities').set({ measureUnit: 'antal' }).where('id', '=', own.policeShared.id).execute();
    const unchanged = await expectNothingChanged(t.db, async () =>
      importFile(own.agreement.id, await exportXlsx(own.agreement.id)),
    );
    expect(unchanged.body).toMatchObject({ created: 0, updated: 0, errors: [] });
  });
});
