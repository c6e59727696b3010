import { expect, it } from 'vitest';
import {
  axeViolations,
  describeWeb,
  drawnChart,
  expectNoErrors,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The public dashboard in a real Chromium: no sign-in, the Linköping demo, both languages.

describeWeb('the public dashboard', () => {
  const web = webApp();

  it(
    'is reached from the start page by the municipality’s name',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/');
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      const link = page.getByRole('link', { name: 'Linköping', exact: true });
      expect(await link.getAttribute('href')).toBe('/kommun/0580');
      await link.click();
      await page.waitForURL('**/kommun/0580');
      await page.getByRole('heading', { level: 1, name: /Linköping/ }).waitFor();
      // In-app navigation moves focus to the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'shows the goal, its indicators and every published promise with its activities',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      expect(await page.title()).toBe('Linköping: medborgarlöften och mål – Löfteskollen');
      await page.getByRole('heading', { level: 2, name: 'Ett attraktivt och tryggt Linköping' }).waitFor();
      const dashboard = (await (await page.request.get('/api/v1/public/municipalities/0580/dashboard')).json()) as {
        goals: { indicators: { indicator: { title: string } }[] }[];
        promises: {
          promise: { id: string; title: string };
          activities: { activity: { id: string; title: string; status: string }; progress: { light: string | null } }[];
        }[];
        lastChangedAt: string;
      };
      for (const { indicator } of dashboard.goals.flatMap((goal) => goal.indicators)) {
        await page.getByRole('heading', { level: 3, name: indicator.title }).waitFor();
      }
      for (const { promise, activities } of dashboard.promises) {
        await page.getByRole('heading', { level: 2, name: promise.title }).waitFor();
        const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: promise.title }) });
        expect(await section.locator('article.activity-card').count()).toBe(activities.length);
      }
      // When it last changed, in Swedish time and words.
      const changed = page.locator('main time').first();
      expect(await changed.getAttribute('datetime')).toBe(dashboard.lastChangedAt);
      expect(await page.locator('main .meta').first().textContent()).toMatch(
        /^Senast ändrad \d{1,2} \p{L}+ \d{4} kl\. \d\d:\d\d$/u,
      );
      // Progress in Swedish per cent, traffic lights in words, and the missing months by name.
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toMatch(/\d+(,\d)?\u00a0% av målet/);
      // Each activity's light with its share and the months it judges, as the server judged it.
      expect(main).toMatch(/(Enligt plan|Risk|Ligger efter) \d+(,\d)?\u00a0% \(\p{L}+( \d{4})?–\p{L}+ \d{4}\)/u);
      for (const { promise, activities } of dashboard.promises) {
        const section = page.locator(`#promise-${promise.id}`);
        for (const { activity, progress } of activities) {
          const card = section.locator('article.activity-card', { has: page.locator(`#activity-${activity.id}`) });
          expect(await card.locator('.badge.light').count(), activity.title).toBe(progress.light === null ? 0 : 1);
          if (['done', 'cancelled'].includes(activity.status)) expect(progress.light).toBeNull();
        }
      }
      expect(main).toMatch(
        /Ej rapporterat: (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/,
      );
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'gives every chart a label and the same numbers in a table behind "Visa som tabell"',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      const charts = page.locator('main .chart');
      const count = await charts.count();
      expect(count).toBeGreaterThanOrEqual(3);
      expect(await page.locator('main canvas').count()).toBe(count);
      // Read in the page in one go: a round trip per chart would be slow.
      const describe = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main .chart')].map((chart) => {
            const canvas = chart.querySelector('canvas');
            const button = chart.querySelector('button');
            const table = chart.querySelector('table');
            return {
              role: canvas?.getAttribute('role'),
              label: canvas?.getAttribute('aria-label') ?? '',
              button: button?.textContent,
              expanded: button?.getAttribute('aria-expanded'),
              controls: button?.getAttribute('aria-controls') === chart.querySelector('.table-wrap')?.id,
              tableVisible: table !== null && table.getClientRects().length > 0,
              caption: table?.querySelector('caption')?.textContent ?? '',
              columns: table?.querySelectorAll('thead th[scope="col"]').length ?? 0,
              rows: table?.querySelectorAll('tbody th[scope="row"]').length ?? 0,
            };
          }),
        );
      for (const chart of await describe()) {
        expect(chart).toMatchObject({ role: 'img', button: 'Visa som tabell', expanded: 'false', controls: true });
        expect(chart.tableVisible).toBe(false);
        expect(chart.label.length).toBeGreaterThan(40);
      }
      for (let i = 0; i < count; i++) await charts.nth(i).getByRole('button', { name: 'Visa som tabell' }).click();
      for (const chart of await describe()) {
        expect(chart).toMatchObject({ expanded: 'true', tableVisible: true });
        expect(chart.caption).not.toBe('');
        expect(chart.columns).toBeGreaterThanOrEqual(2);
        expect(chart.rows).toBeGreaterThan(0);
      }
      // The first indicator: women and men as separate columns, baseline and target as rows.
      const first = charts.first().locator('table');
      expect(await first.locator('thead th').allTextContents()).toEqual(['Period', 'Kvinnor', 'Män']);
      expect((await first.locator('tbody th').allTextContents()).join(' ')).toMatch(/Utgångsläge 2021.*Mål 2026/);
      // An activity's months in Swedish: "mars 2025".
      const activityTable = page.locator('article.activity-card table').first();
      expect(await activityTable.locator('tbody th').allTextContents()).toContain('mars 2025');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'spaces the years as time passes, and measures each group from its own baseline',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      // Gator och torg: women 20, 22, 26 and men 34, 35, 37 in 2021, 2023, 2025; baseline 2021, target 40 in 2026.
      const card = page.locator('.indicator-card').first();
      const chart = await drawnChart(card.locator('canvas'), [2021, 2023, 2025, 2026]);
      expect(chart.xType).toBe('linear');
      expect(chart.ticks).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
      const [at2021 = 0, at2023 = 0, at2025 = 0, at2026 = 0] = chart.xPixels;
      expect(at2023 - at2021).toBeCloseTo(2 * (at2026 - at2025), 0);
      // The women's points lie where their years are.
      const women = chart.datasets.find((dataset) => dataset.label === 'Kvinnor')!;
      expect(women.xs).toEqual([at2021, at2023, at2025]);
      expect(chart.datasets.map((dataset) => dataset.label)).toEqual([
        'Kvinnor',
        'Män',
        'Utgångsläge kvinnor 2021',
        'Utgångsläge män 2021',
        'Mål 2026',
      ]);

      // The baseline per group, so that a reader can redo the sum; progress as a share of the way.
      const fact = async (term: string) =>
        card
          .locator('dl > div', { has: page.locator('dt', { hasText: term }) })
          .locator('dd')
          .textContent();
      expect(await fact('Utgångsläge')).toBe('Kvinnor 20 procent och män 34 procent (2021)');
      expect(await fact('Hittills mot målet')).toBe(
        'Kvinnor 30\u00a0% av vägen till målet och män 50\u00a0% av vägen till målet',
      );
      // The chart's text alternative and its table say the same.
      expect(await card.locator('canvas').getAttribute('aria-label')).toContain(
        'Utgångsläge: kvinnor 20 procent och män 34 procent (2021). Mål 40 procent (2026).',
      );
      await card.getByRole('button', { name: 'Visa som tabell' }).click();
      const baselineRow = card.getByRole('row', { name: /^Utgångsläge 2021/ });
      expect(await baselineRow.locator('td').allTextContents()).toEqual(['20', '34']);

      // Months on an activity's axis: "jan 2025", not "jan. 25".
      const activity = page.locator('.activity-card canvas').first();
      const months = await drawnChart(activity);
      expect(months.labels).toContain('jan 2025');
      for (const label of months.labels)
        expect(label).toMatch(/^(jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec) \d{4}$/);
      expect(months.ticks[0]).toBe(months.labels[0]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'has no axe violations, with its tables shown too',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      expect(await axeViolations(page)).toEqual([]);
      // One table of each kind open (every table of the page open makes axe take many seconds).
      await page.locator('.indicator-card').first().getByRole('button', { name: 'Visa som tabell' }).click();
      await page.locator('.activity-card').first().getByRole('button', { name: 'Visa som tabell' }).click();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'switches every text to English and back, and remembers the choice',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      const swedishLabel = await page.locator('main canvas').first().getAttribute('aria-label');

      await page.getByRole('button', { name: 'English' }).click();
      // The English messages are fetched the first time (a chunk of their own), then the page switches.
      await page.getByRole('heading', { level: 1, name: 'Linköping: citizen promises and goals' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toBe('Linköping: citizen promises and goals – Löfteskollen');
      await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      await page.getByRole('button', { name: 'Show as table' }).first().waitFor();
      expect(await page.locator('main .meta').first().textContent()).toMatch(/^Last changed /);
      const englishLabel = await page.locator('main canvas').first().getAttribute('aria-label');
      expect(englishLabel).toMatch(/^Line chart: /);
      expect(englishLabel).not.toBe(swedishLabel);
      expect(await page.locator('.indicator-card dd').allTextContents()).toContain(
        'Women 30% of the way to the target and men 50% of the way to the target',
      );
      // Content written by the municipality stays Swedish, and says so.
      expect(
        await page.getByRole('heading', { level: 2, name: 'Ett attraktivt och tryggt Linköping' }).getAttribute('lang'),
      ).toBe('sv');
      // The switch names the other language in that language.
      const back = page.getByRole('button', { name: 'Svenska' });
      expect(await back.getAttribute('lang')).toBe('sv');
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await waitForCharts(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('heading', { level: 1, name: 'Linköping: citizen promises and goals' }).waitFor();

      await page.getByRole('button', { name: 'Svenska' }).click();
      await page.getByRole('heading', { level: 1, name: 'Linköping: medborgarlöften och mål' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Linköping: medborgarlöften och mål' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'sends no request for the session to anonymous readers',
    async () => {
      const { page, errors } = await web.open();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto('/kommun/0580');
      await waitForCharts(page);
      expect(requests.filter((path) => path.startsWith('/api/'))).toEqual([
        '/api/v1/public/municipalities/0580/dashboard',
      ]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'says so when there is no such municipality',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/9999');
      await page.getByRole('alert').getByText('Det finns ingen kommun med koden 9999.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // The 404 of the API call is the browser's own console line; nothing else went wrong.
      expectNoErrors(
        errors,
        (error) => error.kind === 'console' && error.url.endsWith('/api/v1/public/municipalities/9999/dashboard'),
      );
    },
    WEB_TIMEOUT,
  );
});
