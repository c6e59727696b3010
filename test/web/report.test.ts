import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  axeViolations,
  describeWeb,
  drawnChart,
  expectNarrowScreenFit,
  expectNoErrors,
  signIn,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The report for the steering group (/rapport/{id}), in a real Chromium, on the demo at 15 June 2026:
// one tertial or one year, the summary first, and short on paper.

const EDITOR = 'sakerhet@linkoping.example';

interface Rollup {
  targetToDate: number;
  outcomeToDate: number;
}
interface Progress {
  activities: { title: string; tertials: (Rollup & { tertial: string })[] }[];
}

/** The demo's running promise (2025–2026) and its progress, read through the API. */
async function runningPromise(page: Page) {
  // Linköping's: the demo holds the whole county.
  const json = async <T>(path: string) => (await (await page.request.get(path)).json()) as T;
  const municipalities = await json<{ items: { id: string; code: string }[] }>('/api/v1/municipalities?limit=500');
  const linkoping = municipalities.items.find((m) => m.code === '0580')!;
  const promises = await json<{ items: { id: string; periodStart: string; municipalityId: string }[] }>(
    `/api/v1/promises?limit=500&municipalityId=${linkoping.id}`,
  );
  const promise = promises.items
    .filter((p) => p.municipalityId === linkoping.id)
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0]!;
  const progress = (await (await page.request.get(`/api/v1/promises/${promise.id}/progress`)).json()) as Progress;
  return { id: promise.id, progress };
}

/** Signed in as the editor, on the report (with `query`), its charts drawn. */
async function openReport(page: Page, query = '') {
  await signIn(page, EDITOR, '/');
  const promise = await runningPromise(page);
  await page.goto(`/rapport/${promise.id}${query}`);
  await waitForCharts(page);
  return promise;
}

/** The months the first activity's month table lists. */
const firstActivityMonths = (page: Page) =>
  page.locator('.report-activity').first().locator('.report-activity-body > .table-wrap tbody th').allTextContents();

/** Pages of a PDF: its page objects (Chromium writes one "/Type /Page" per page, and "/Type /Pages" for the tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describeWeb('the report for the steering group', () => {
  const web = webApp();

  it(
    'covers the tertial of the last month that ended, and the tertial or year the reader chooses, in the URL',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      const { id, progress } = await openReport(page);
      const period = page.getByLabel('Period (tertial eller helår)');
      // May 2026 is the last month that has ended.
      expect(await period.inputValue()).toBe('2026-T2');
      expect(await page.locator('main .lead').textContent()).toMatch(/^Uppföljning för T2 2026 \(maj–aug\)\./);
      expect(await period.locator('option').allTextContents()).toEqual([
        'T1 2025 (jan–apr)',
        'T2 2025 (maj–aug)',
        'T3 2025 (sep–dec)',
        'Helår 2025',
        'T1 2026 (jan–apr)',
        'T2 2026 (maj–aug)',
        'T3 2026 (sep–dec)',
        'Helår 2026',
      ]);

      await period.selectOption({ label: 'T1 2026 (jan–apr)' });
      await page.waitForURL(`**/rapport/${id}?period=2026-T1`);
      await page.locator('main caption', { hasText: 'Utfall mot mål per aktivitet, T1 2026 (jan–apr)' }).waitFor();
      expect(await firstActivityMonths(page)).toEqual(['januari 2026', 'februari 2026', 'mars 2026', 'april 2026']);
      // Its chart shows those months, and says so.
      const chart = await drawnChart(page.locator('.report-activity canvas').first());
      expect(chart.labels).toEqual(['jan 2026', 'feb 2026', 'mars 2026', 'apr 2026']);
      expect(await page.locator('.report-activity canvas').first().getAttribute('aria-label')).toContain(
        'januari 2026 till april 2026',
      );
      // The summary holds the server's roll-up of the tertial.
      const summary = page.locator('main table').first();
      for (const activity of progress.activities) {
        const t1 = activity.tertials.find((tertial) => tertial.tertial === '2026-T1');
        if (!t1) continue;
        const cells = await summary.getByRole('row', { name: activity.title }).locator('td').allTextContents();
        expect(cells.slice(0, 2), activity.title).toEqual([String(t1.targetToDate), String(t1.outcomeToDate)]);
      }

      // A link opens the same; the whole year lists its months so far.
      await page.reload();
      await waitForCharts(page);
      expect(await period.inputValue()).toBe('2026-T1');
      await period.selectOption({ label: 'Helår 2026' });
      await page.waitForURL(`**/rapport/${id}?period=2026`);
      expect(await firstActivityMonths(page)).toEqual([
        'januari 2026',
        'februari 2026',
        'mars 2026',
        'april 2026',
        'maj 2026',
      ]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'puts one summary table first, then one section per activity',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      const { progress } = await openReport(page, '?period=2026-T1');
      const headings = await page.locator('main h2').allTextContents();
      expect(headings).toEqual([
        'Sammanfattning',
        // The tertial's analysis beside its figures.
        'Analys av T1 2026 (jan–apr)',
        ...progress.activities.map((activity) => activity.title),
        'Löftet',
      ]);
      const summary = page.locator('main table').first();
      expect(await summary.locator('caption').textContent()).toBe('Utfall mot mål per aktivitet, T1 2026 (jan–apr)');
      expect(await summary.locator('thead th').allTextContents()).toEqual([
        'Aktivitet',
        'Mål hittills',
        'Utfall hittills',
        'Andel av målet',
        'Bedömning',
        'Ej rapporterat',
      ]);
      expect(await summary.locator('tbody th').allTextContents()).toEqual(
        progress.activities.map((activity) => activity.title),
      );
      // Every row judged in words, and its missing months by name.
      for (const cells of await summary
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
        )) {
        expect(cells[3]).toMatch(/^(Enligt plan|Risk|Ligger efter|Utan bedömning)$/);
        expect(cells[4]).toMatch(/^(Inga|–|((januari|februari|mars|april) 2026(, | och )?)+)$/);
      }
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.report-activity').first().getByRole('button', { name: 'Visa som tabell' }).click();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'prints one tertial on at most 4 A4 pages, the month tables once',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await openReport(page, '?period=2026-T1');
      // Each chart's own table opened on screen: on paper the month table beside it says the same.
      for (const button of await page
        .locator('.report-activity')
        .getByRole('button', { name: 'Visa som tabell' })
        .all())
        await button.click();
      await page.emulateMedia({ media: 'print' });
      const visible = (selector: string) =>
        page.locator(selector).evaluateAll((elements) => elements.map((element) => element.checkVisibility()));
      const chartTables = await visible('.report-activity .chart table');
      const monthTables = await visible('.report-activity-body > .table-wrap table');
      expect(chartTables.length).toBeGreaterThan(10);
      expect(chartTables.every((shown) => !shown)).toBe(true);
      expect(monthTables).toEqual(chartTables.map(() => true));
      expect(await visible('main select, main button, .site-header')).not.toContain(true);

      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPages(pdf)).toBeGreaterThan(0);
      expect(pdfPages(pdf)).toBeLessThanOrEqual(4);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'fits a 375 px screen with no axe violations',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 375, height: 800 } });
      await openReport(page, '?period=2026-T1');
      await expectNarrowScreenFit(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'speaks English too',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await openReport(page, '?period=2026-T1');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByLabel('Period (tertial or whole year)').waitFor();
      expect(await page.locator('main .lead').textContent()).toMatch(/^Follow-up for T1 2026 \(Jan–Apr\)\./);
      expect(await page.locator('main table').first().locator('caption').textContent()).toBe(
        'Outcome against target per activity, T1 2026 (Jan–Apr)',
      );
      expect(await page.getByLabel('Period (tertial or whole year)').locator('option').last().textContent()).toBe(
        'Whole year 2026',
      );
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
