import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo/data.js';
import type { PageError } from '../helpers/browser.js';
import {
  axeViolations,
  describeWeb,
  expectNarrowScreenFit,
  expectNoErrors,
  horizontalOverflow,
  signIn,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
  type WebApp,
} from './helpers/web.js';

// Issue 6 in a real Chromium, on the demo at 15 June 2026: the dashboard's open data, who has
// not reported on Uppföljning, and an editor's round trip through Excel (export, change one cell,
// dry run, confirm) with the refusals a bad file gets.

const editor = demoAccounts.find((account) => account.role === 'editor')!;
const LAST_MONTH = '2026-05';

interface ApiActivity {
  id: string;
  title: string;
  version: number;
  agreementId: string;
  leadOrganisationId: string;
  measure: { monthlyTarget: number } | null;
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

/** axe at 1280 and at 375 px, and nothing to scroll sideways at 375 px; back to 1280 after. */
async function checkBothWidths(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await axeViolations(page)).toEqual([]);
  await expectNarrowScreenFit(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The browser logs each refused import (the 4xx it got) as a console error: expected there, nowhere else. */
const refusedImport = (error: PageError) => error.kind === 'console' && error.url.includes('/import');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The export's workbook, as the editor downloads it by the link. */
async function downloadXlsx(page: Page): Promise<Buffer> {
  const section = page.getByRole('region', { name: 'Excel och CSV' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'Ladda ner Excel (xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  return readFile(await download.path());
}

/** An editor on Redigera who has downloaded the export: the page, its errors, the Excel section, the workbook. */
async function exportAsEditor(web: WebApp) {
  const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
  await signIn(page, editor.email, '/redigera');
  const section = page.getByRole('region', { name: 'Excel och CSV' });
  await section.waitFor();
  return { page, errors, section, exported: await downloadXlsx(page) };
}

/** The workbook with cells of the sheet Aktivitetsplan changed: { row: { header: value } }. */
async function changeCells(xlsx: Buffer, changes: Record<number, Record<string, string | number>>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Aktivitetsplan')!;
  const headers = (sheet.getRow(1).values as unknown[]).map((value) => (typeof value === 'string' ? value : ''));
  const cell = (row: number, header: string) => {
    const column = headers.indexOf(header);
    expect(column, header).toBeGreaterThan(0);
    return sheet.getRow(row).getCell(column);
  };
  for (const [row, cells] of Object.entries(changes)) {
    for (const [header, value] of Object.entries(cells)) cell(Number(row), header).value = value;
  }
  const read = (row: number, header: string) => {
    const value = cell(row, header).value;
    expect(typeof value, header).toBe('string');
    return value as string;
  };
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), read };
}

/** Chooses the file and asks for the dry run; gives the preview once it shows. */
async function preview(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, table?: string) {
  const section = page.getByRole('region', { name: 'Excel och CSV' });
  await section.getByLabel('Fil (xlsx eller csv)').setInputFiles(file);
  if (table) await section.getByLabel('Tabell i CSV-filen').selectOption({ label: table });
  await section.getByRole('button', { name: 'Förhandsgranska importen' }).click();
  const shown = page.getByRole('region', { name: `Förhandsgranskning: ${file.name}` });
  await shown.waitFor();
  // The preview takes focus (in an effect, just after it shows), so keyboard and screen-reader users start there.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-preview-title');
  return shown;
}

/** The rows of a table under its caption, cell texts. */
async function tableRows(region: ReturnType<Page['getByRole']>, caption: RegExp) {
  const table = region.getByRole('table', { name: caption });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

describeWeb('exchange: open data, who has not reported, Excel and CSV', () => {
  const web = webApp();

  it(
    'the public dashboard links its four open datasets as CSV and JSON, with the licence',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      const dashboard = await getJson<{ openDataLicence: string }>(
        page,
        '/api/v1/public/municipalities/0580/dashboard',
      );
      const section = page.getByRole('region', { name: 'Öppna data' });
      await section.waitFor();
      expect(await section.textContent()).toContain(`Licens: ${dashboard.openDataLicence}.`);
      // The table of contents leads there.
      expect(
        await page
          .getByRole('navigation', { name: 'På den här sidan' })
          .getByRole('link', { name: 'Öppna data' })
          .getAttribute('href'),
      ).toBe('#open-data');

      const links = section.getByRole('link');
      expect(await links.count()).toBe(8);
      for (const dataset of ['promises', 'followups', 'indicators', 'problems']) {
        for (const [format, type] of [
          ['csv', 'text/csv'],
          ['json', 'application/json'],
        ] as const) {
          const href = `/api/v1/public/municipalities/0580/open-data/${dataset}.${format}`;
          const link = section.locator(`a[href="${href}"]`);
          expect(await link.count(), href).toBe(1);
          // Anonymous, as the public would: no cookie in this context.
          const response = await page.request.get(href);
          expect(response.status(), href).toBe(200);
          expect(response.headers()['content-type'], href).toContain(type);
          const body = await response.text();
          expect(body.length, href).toBeGreaterThan(0);
          if (format === 'json') expect(() => JSON.parse(body) as unknown, href).not.toThrow();
        }
      }
      // Each link says which dataset it is, not only "CSV".
      expect(await section.getByRole('link', { name: 'CSV (Medborgarlöften)', exact: true }).count()).toBe(1);
      expect(await section.getByRole('link', { name: 'JSON (Indikatorer)', exact: true }).count()).toBe(1);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('region', { name: 'Open data' }).waitFor();
      expect(await page.getByRole('region', { name: 'Open data' }).textContent()).toContain(
        `Licence: ${dashboard.openDataLicence}.`,
      );
      await page.getByRole('button', { name: 'Svenska' }).click();
      await section.waitFor();
      await section.scrollIntoViewIfNeeded();
      await checkBothWidths(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'the public plan offers its export, with what the public may read',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 375, height: 800 } });
      await page.goto('/plan');
      await page.locator('.focus-area').first().waitFor();
      for (const [name, type] of [
        ['Ladda ner aktivitetsplanen (Excel)', XLSX],
        ['Aktivitetsplanen som CSV', 'text/csv'],
      ] as const) {
        const href = (await page.getByRole('link', { name, exact: true }).getAttribute('href'))!;
        expect(href).toMatch(/^\/api\/v1\/agreements\/[0-9a-f-]{36}\/export\.(xlsx|csv\?table=activities)$/);
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type'], href).toContain(type);
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'Uppföljning lists, per lead organisation, the activities without an outcome for last month, also as CSV',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, editor.email, '/uppfoljning');
      // One activity of the running promise is recorded as not reported for May: it must be listed.
      const promises = await getJson<{
        items: { id: string; periodStart: string; periodEnd: string; municipalityId: string; activityIds: string[] }[];
      }>(page, '/api/v1/promises?limit=500');
      // The editor's own municipality's promise (the demo holds the whole county).
      const municipalities = await getJson<{ items: { id: string; code: string }[] }>(
        page,
        '/api/v1/municipalities?limit=500',
      );
      const linkoping = municipalities.items.find((m) => m.code === '0580')!;
      const promise = promises.items.find(
        (p) => p.municipalityId === linkoping.id && p.periodStart <= '2026-06-15' && '2026-06-15' <= p.periodEnd,
      )!;
      const activities = await Promise.all(
        promise.activityIds.map((id) => getJson<ApiActivity>(page, `/api/v1/activities/${id}`)),
      );
      const activity = activities.find((a) => a.measure !== null && a.measure.monthlyTarget > 0)!;
      const existing = await page.request.get(`/api/v1/activities/${activity.id}/follow-ups/${LAST_MONTH}`);
      const version = existing.status() === 200 ? ((await existing.json()) as { version: number }).version : null;
      const put = await page.request.put(`/api/v1/activities/${activity.id}/follow-ups/${LAST_MONTH}`, {
        headers: version === null ? {} : { 'If-Match': `"${version}"` },
        data: { outcome: null, comment: '', internalNote: '' },
      });
      expect([200, 201]).toContain(put.status());
      await page.reload();

      const section = page.getByRole('region', { name: 'Ej rapporterat' });
      await section.getByRole('heading', { level: 2, name: 'Ej rapporterat' }).waitFor();
      expect(await section.getByLabel('Månad', { exact: true }).inputValue()).toBe(LAST_MONTH);
      await section.locator('.missing-group').first().waitFor();

      const report = await getJson<{
        organisations: { organisation: { id: string; name: string }; activities: { id: string; title: string }[] }[];
      }>(page, `/api/v1/reports/missing?month=${LAST_MONTH}&municipalityId=${promise.municipalityId}`);
      const listed = report.organisations.flatMap((group) => group.activities.map((a) => a.id));
      expect(listed).toContain(activity.id);
      // Grouped as the server groups them: a heading per lead organisation, a table of its activities.
      for (const { organisation, activities: missing } of report.organisations) {
        const heading = section.getByRole('heading', { level: 3, name: `${organisation.name} (${missing.length})` });
        await heading.waitFor();
        const table = section.getByRole('table', { name: `${organisation.name} (${missing.length})` });
        expect(await table.locator('tbody th[scope="row"]').allTextContents()).toEqual(missing.map((a) => a.title));
      }
      const lead = report.organisations.find((group) => group.activities.some((a) => a.id === activity.id))!;
      expect(lead.organisation.id).toBe(activity.leadOrganisationId);
      expect(await section.textContent()).toContain(`Aktiviteter utan utfall för maj 2026: ${listed.length}.`);

      // The CSV link gives the same rows, for Swedish Excel.
      const link = section.getByRole('link', { name: /^Ladda ner CSV/ });
      const csvHref = (await link.getAttribute('href'))!;
      expect(csvHref).toBe(`/api/v1/reports/missing.csv?month=${LAST_MONTH}&municipalityId=${promise.municipalityId}`);
      const csv = await page.request.get(csvHref);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const text = await csv.text();
      expect(text).toContain(activity.title);
      expect(text.split('\r\n').filter((line) => line.trim() !== '').length).toBe(listed.length + 1);

      await checkBothWidths(page);

      // Another month: the list follows the chosen month.
      await section.getByLabel('Månad', { exact: true }).fill('2026-04');
      await page.waitForFunction(() =>
        document.querySelector('#missing-title')?.closest('section')?.textContent?.includes('april 2026'),
      );
      expect(await link.getAttribute('href')).toContain('month=2026-04');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'an editor exports the plan, imports it unchanged (nothing to change), then with one changed cell, and confirms',
    async () => {
      const { page, errors, section, exported } = await exportAsEditor(web);

      // The export as it is: nothing to change, nothing to confirm.
      let shown = await preview(page, { name: 'plan.xlsx', mimeType: XLSX, buffer: exported });
      expect(await shown.textContent()).toContain('Inget att ändra: filen stämmer med det som redan finns.');
      expect(await shown.getByRole('button', { name: 'Importera ändringarna' }).isDisabled()).toBe(true);
      expect(await shown.getByRole('table').count()).toBe(0);
      await shown.getByRole('button', { name: 'Avbryt' }).click();
      await shown.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');

      // One cell changed in Excel: exactly that change in the dry run.
      const { buffer, read } = await changeCells(exported, { 2: { Kommentar: 'Ändrad i Excel i testet' } });
      const id = read(2, 'Id');
      const title = read(2, 'Aktivitet');
      shown = await preview(page, { name: 'plan-ändrad.xlsx', mimeType: XLSX, buffer });
      expect(await tableRows(shown, /^Ändringar/)).toEqual([['Aktivitetsplan', '2', 'Ändras', title, 'Kommentar']]);
      expect(await shown.getByRole('table', { name: /^Fel i filen/ }).count()).toBe(0);
      expect(await shown.textContent()).toContain('Importen skulle skapa 0, ändra 1 och lämna');
      await checkBothWidths(page);
      // Nothing is written by the dry run.
      expect((await getJson<{ comment: string }>(page, `/api/v1/activities/${id}`)).comment).not.toBe(
        'Ändrad i Excel i testet',
      );

      // Confirmed by keyboard.
      await shown.getByRole('button', { name: 'Importera ändringarna' }).focus();
      await page.keyboard.press('Enter');
      const done = section.getByRole('status').filter({ hasText: 'Importen är klar' });
      await done.waitFor();
      expect(await done.textContent()).toMatch(/^Importen är klar: 0 nya, 1 ändrade, \d+ oförändrade\.$/);
      expect((await getJson<{ comment: string }>(page, `/api/v1/activities/${id}`)).comment).toBe(
        'Ändrad i Excel i testet',
      );
      // The page read the plan again: the activity's form shows the new comment.
      await page.getByRole('button', { name: `Ändra ${title}` }).click();
      const form = page.getByRole('region', { name: `Ändra ${title}` });
      expect(await form.getByLabel('Kommentar').inputValue()).toBe('Ändrad i Excel i testet');
      await checkBothWidths(page);

      // The same plan as CSV, the table chosen: nothing to change either.
      const csv = await page.request.get(
        (await section.getByRole('link', { name: 'Aktivitetsplan som CSV' }).getAttribute('href'))!,
      );
      expect(csv.headers()['content-type']).toContain('text/csv');
      shown = await preview(
        page,
        { name: 'aktivitetsplan.csv', mimeType: 'text/csv', buffer: Buffer.from(await csv.body()) },
        'Aktivitetsplan',
      );
      expect(await shown.textContent()).toContain('Inget att ändra');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'an import with a row error lists it and cannot be confirmed; a stale dry run and a file that is no workbook are refused',
    async () => {
      const { page, errors, section, exported } = await exportAsEditor(web);

      // A status the plan does not have: a row error, in the errors table, with an alert; no import.
      const bad = await changeCells(exported, { 3: { Status: 'Kanske' }, 2: { Kommentar: 'Ändrad med fel' } });
      let shown = await preview(page, { name: 'fel.xlsx', mimeType: XLSX, buffer: bad.buffer });
      const alert = shown.getByRole('alert');
      expect(await alert.textContent()).toContain('Filen kan inte importeras som den är: 1 fel.');
      const rows = await tableRows(shown, /^Fel i filen \(1\)/);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.slice(0, 3)).toEqual(['Aktivitetsplan', '3', 'Status']);
      // The rule in Swedish, by its code (one-of), naming the column.
      expect(rows[0]![3]).toMatch(/^Status ska vara något av: Planerad, /);
      const confirm = shown.getByRole('button', { name: 'Importera ändringarna' });
      expect(await confirm.isDisabled()).toBe(true);
      expect(await confirm.getAttribute('aria-describedby')).toBe('import-confirm-why');
      await checkBothWidths(page);
      expect((await getJson<{ comment: string }>(page, `/api/v1/activities/${bad.read(2, 'Id')}`)).comment).not.toBe(
        'Ändrad med fel',
      );

      // A dry run that was fine, then someone else changes the activity: the real run is refused (422),
      // its errors shown, nothing written.
      const stale = await changeCells(exported, { 2: { Kommentar: 'Ändrad i en gammal export' } });
      const id = stale.read(2, 'Id');
      shown = await preview(page, { name: 'gammal.xlsx', mimeType: XLSX, buffer: stale.buffer });
      const current = await getJson<{ version: number }>(page, `/api/v1/activities/${id}`);
      const other = await page.request.patch(`/api/v1/activities/${id}`, {
        headers: { 'If-Match': `"${current.version}"` },
        data: { comment: 'Ändrad av någon annan' },
      });
      expect(other.status()).toBe(200);
      await shown.getByRole('button', { name: 'Importera ändringarna' }).click();
      await section.getByRole('alert').filter({ hasText: 'Importen gjordes inte. Inget har ändrats.' }).waitFor();
      const staleRows = await tableRows(shown, /^Fel i filen/);
      expect(staleRows.map((row) => row.slice(0, 2))).toEqual([['Aktivitetsplan', '2']]);
      expect(staleRows[0]![3]).toContain('raden har ändrats i Löfteskollen sedan exporten');
      expect(await shown.getByRole('button', { name: 'Importera ändringarna' }).isDisabled()).toBe(true);
      expect((await getJson<{ comment: string }>(page, `/api/v1/activities/${id}`)).comment).toBe(
        'Ändrad av någon annan',
      );
      await shown.getByRole('button', { name: 'Avbryt' }).click();

      // Not a workbook at all: refused, said in words, nothing to confirm.
      await section.getByLabel('Fil (xlsx eller csv)').setInputFiles({
        name: 'inte-excel.xlsx',
        mimeType: XLSX,
        buffer: Buffer.from('Det här är ingen arbetsbok.'),
      });
      await section.getByRole('button', { name: 'Förhandsgranska importen' }).click();
      const refused = section.getByRole('alert').filter({ hasText: 'Filen kunde inte läsas in. Inget har ändrats.' });
      await refused.waitFor();
      expect(await section.getByRole('button', { name: 'Importera ändringarna' }).count()).toBe(0);

      // A CSV file with a column the layout does not have: refused, the column named in the errors table.
      await section.getByLabel('Fil (xlsx eller csv)').setInputFiles({
        name: 'okand.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Id;Aktivitet;Okänd kolumn\r\n;Ny aktivitet;x\r\n'),
      });
      await section.getByLabel('Tabell i CSV-filen').selectOption({ label: 'Aktivitetsplan' });
      await section.getByRole('button', { name: 'Förhandsgranska importen' }).click();
      await section.getByRole('table', { name: /^Fel i filen/ }).waitFor();
      const layoutErrors = await tableRows(section, /^Fel i filen/);
      expect(layoutErrors.some((row) => row[0] === 'Aktivitetsplan' && row[2] === 'Okänd kolumn')).toBe(true);
      expect(await section.getByRole('alert').first().textContent()).toContain('Filen kunde inte läsas in.');
      await checkBothWidths(page);
      expectNoErrors(errors, refusedImport);
    },
    WEB_TIMEOUT,
  );
});
