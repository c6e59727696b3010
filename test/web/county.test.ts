import { expect, it } from 'vitest';
import {
  axeViolations,
  describeWeb,
  expectNarrowScreenFit,
  expectNoErrors,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The county page (/lan/05) in a real Chromium, on the demo: Östergötland's 13
// municipalities side by side, sortable by keyboard, charts with their tables.

describeWeb('the county page', () => {
  const web = webApp();

  it(
    'is reached from the start page and from a municipality’s dashboard',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/');
      const link = page.getByRole('link', { name: /Östergötlands län: alla kommuner/ });
      expect(await link.getAttribute('href')).toBe('/lan/05');
      await page.goto('/kommun/0581');
      // Where Kolada's values show, the page says whose they are.
      await page.getByText('Källa: Kolada, nyckeltal N07403', { exact: false }).waitFor();
      const back = page.getByRole('link', { name: 'Jämför med de andra kommunerna i Östergötlands län' });
      await back.click();
      await page.waitForURL('**/lan/05');
      await page.getByRole('heading', { level: 1, name: 'Östergötlands län' }).waitFor();
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'lists all 13 municipalities, OTMB, one with nothing published as such, and Kolada as a source',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/lan/05');
      await waitForCharts(page);
      await page.getByRole('heading', { level: 2, name: /Östergötland tillsammans mot brott/ }).waitFor();
      const table = page.getByRole('table', { name: /Länets kommuner/ });
      expect(await table.locator('tbody tr').count()).toBe(13);
      const ydre = table.locator('tbody tr', { has: page.getByRole('link', { name: 'Ydre', exact: true }) });
      expect(await ydre.textContent()).toContain('Inga uppgifter publicerade än');
      expect(await page.locator('main').textContent()).toContain('Källa: Kolada');
      // Every chart has its text alternative and a table.
      const charts = page.locator('main canvas[role="img"]');
      expect(await charts.count()).toBeGreaterThanOrEqual(2);
      for (const canvas of await charts.all())
        expect((await canvas.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
      expect(await page.getByRole('button', { name: 'Visa som tabell' }).count()).toBe(await charts.count());
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'sorts by each column with the keyboard, saying so with aria-sort',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/lan/05');
      const table = page.getByRole('table', { name: /Länets kommuner/ });
      await table.locator('tbody tr').first().waitFor();
      const names = async () => table.locator('tbody th').allTextContents();
      const first = await names();
      expect(first).toEqual([...first].sort((a, b) => a.localeCompare(b, 'sv')));
      expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Kommun');

      const progress = table.getByRole('button', { name: /Framsteg hittills/ });
      await progress.focus();
      await page.keyboard.press('Enter');
      const header = table.locator('thead th', { has: page.getByRole('button', { name: /Framsteg hittills/ }) });
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      expect(await table.locator('thead th').first().getAttribute('aria-sort')).toBe('none');
      await page.keyboard.press('Enter');
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      const sorted = await names();
      expect(sorted).not.toEqual(first);
      // Municipalities without a value last, whichever way.
      expect(sorted.at(-1)).toBe('Ydre');
      const dashboard = (await (await page.request.get('/api/v1/public/counties/05/dashboard')).json()) as {
        municipalities: { municipality: { name: string }; progressToDate: { progress: number | null } }[];
      };
      const expected = dashboard.municipalities
        .filter((m) => m.progressToDate.progress !== null)
        .sort((a, b) => b.progressToDate.progress! - a.progressToDate.progress!)
        .map((m) => m.municipality.name);
      expect(sorted.slice(0, expected.length)).toEqual(expected);

      await table.getByRole('button', { name: /Trygga kvinnor/ }).click();
      expect(
        await table
          .locator('th', { has: page.getByRole('button', { name: /Trygga kvinnor/ }) })
          .getAttribute('aria-sort'),
      ).toBe('ascending');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'reads in English too, with no axe violations, and fits 375 px',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await page.goto('/lan/05');
      await waitForCharts(page);
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('button', { name: /English/ })
        .first()
        .click();
      await page.getByRole('table', { name: /The county's municipalities/ }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Source: Kolada');
      expect(await axeViolations(page)).toEqual([]);
      await expectNarrowScreenFit(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'says so for a county that does not exist',
    async () => {
      const { page } = await web.open();
      await page.goto('/lan/99');
      await page.getByRole('alert').filter({ hasText: 'Det finns inget län med koden 99.' }).waitFor();
    },
    WEB_TIMEOUT,
  );
});
