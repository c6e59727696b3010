import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo/data.js';
import {
  axeViolations,
  describeWeb,
  expectNarrowScreenFit,
  expectNoErrors,
  signIn,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// WCAG 2.1 AA on every page built so far: axe-core finds nothing, the first Tab lands on
// the skip link, focus is always visible, and nothing scrolls sideways at 375 px.

const PAGES = [
  { path: '/', heading: 'Medborgarlöften och trygghet' },
  { path: '/kommun/0580', heading: 'Linköping: medborgarlöften och mål' },
  { path: '/plan', heading: 'Överenskommelse och aktivitetsplan' },
  { path: '/logga-in', heading: 'Logga in' },
  { path: '/tillganglighet', heading: 'Tillgänglighetsredogörelse' },
  { path: '/redigera', heading: 'Redigera planen' },
  { path: '/admin', heading: 'Administration' },
  { path: '/uppfoljning', heading: 'Uppföljning' },
  { path: '/lagesbild', heading: 'Lägesbild' },
  { path: '/lan/05', heading: 'Östergötlands län' },
];

async function ready(page: Page, path: string, heading: string) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('main .loading').waitFor({ state: 'detached' });
  if (path.startsWith('/kommun/') || path.startsWith('/lan/')) await waitForCharts(page);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName,
      id: element.id,
      text: element.textContent?.trim() ?? '',
      ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });

describeWeb('accessibility', () => {
  const web = webApp();

  for (const { path, heading } of PAGES) {
    it(
      `${path}: no axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa), skip link first, no sideways scroll at 375 px`,
      async () => {
        const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
        await ready(page, path, heading);
        expect(await page.locator('html').getAttribute('lang')).toBe('sv');
        expect(await axeViolations(page)).toEqual([]);

        // The first Tab: the skip link, visible and ringed; Enter moves focus to the content.
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatchObject({
          tag: 'A',
          text: 'Hoppa till innehållet',
          ring: true,
          visible: true,
        });
        await page.keyboard.press('Enter');
        expect((await focused(page))?.id).toBe('main');
        await page.keyboard.press('Tab');
        const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
        expect(inMain).toBe(true);
        expect(await focused(page)).toMatchObject({ ring: true, visible: true });

        // The footer links to the accessibility statement from every page.
        expect(
          await page
            .getByRole('contentinfo')
            .getByRole('link', { name: 'Tillgänglighetsredogörelse' })
            .getAttribute('href'),
        ).toBe('/tillganglighet');

        await expectNarrowScreenFit(page);
        expectNoErrors(errors);
      },
      WEB_TIMEOUT,
    );
  }

  it(
    'the signed-in header and plan have no axe violations either, and fit 375 px',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 375, height: 800 } });
      const viewer = demoAccounts.find((account) => account.role === 'viewer')!;
      await signIn(page, viewer.email, '/plan');
      await page.locator('.focus-area').first().waitFor();
      await expectNarrowScreenFit(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'reaches every control of the dashboard by Tab, each with a visible focus ring',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await ready(page, '/kommun/0580', 'Linköping: medborgarlöften och mål');
      // Every control shown (one inside a closed disclosure is not, until it opens), summaries included.
      const controls = await page.evaluate(
        () =>
          [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter((element) =>
            element.checkVisibility(),
          ).length,
      );
      const seen = new Set<string>();
      for (let i = 0; i < controls + 5; i++) {
        await page.keyboard.press('Tab');
        const now = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')];
          const style = getComputedStyle(element);
          return {
            index: all.indexOf(element),
            ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
          };
        });
        if (now === null) break;
        expect(now.ring, `control ${now.index} shows focus`).toBe(true);
        seen.add(String(now.index));
      }
      expect(seen.size).toBe(controls);
      // A table toggle works from the keyboard.
      const toggle = page.getByRole('button', { name: 'Visa som tabell' }).first();
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Space');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'switches language by keyboard, and the statement reads in English',
    async () => {
      const { page, errors } = await web.open();
      await ready(page, '/tillganglighet', 'Tillgänglighetsredogörelse');
      await page.getByRole('button', { name: 'English' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).count()).toBe(
        1,
      );
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'states what is tested, the gaps known, and when it was reviewed (December 2026)',
    async () => {
      const { page, errors } = await web.open();
      await ready(page, '/tillganglighet', 'Tillgänglighetsredogörelse');
      const main = page.getByRole('main');
      const tested =
        (await main
          .getByRole('heading', { name: 'Hur vi har testat webbplatsen' })
          .locator('xpath=following-sibling::ul[1]')
          .textContent()) ?? '';
      for (const what of ['axe-core', 'tangentbordet', 'tabell', '375 pixlar']) expect(tested).toContain(what);
      const known =
        (await main
          .getByRole('heading', { name: 'Det här vet vi om' })
          .locator('xpath=following-sibling::ul[1]')
          .textContent()) ?? '';
      expect(known).toContain('skärmläsare');
      expect(known).not.toContain('inte klara');
      expect(await main.locator('time').getAttribute('datetime')).toMatch(/^2026-12-/);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'answers an unknown address with its own "not found" page and 404, in the reader\'s language; /api stays problem+json',
    async () => {
      const { page, errors } = await web.open();
      const response = await page.goto('/finnsinte');
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
      expect(await page.title()).toContain('Sidan finns inte');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      // The language chosen is remembered: another unknown address answers in English at once.
      expect((await page.goto('/kommun'))?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      const api = await page.request.get('/api/v1/nope', { headers: { accept: 'text/html' } });
      expect(api.status()).toBe(404);
      expect(api.headers()['content-type']).toMatch(/^application\/problem\+json/);
      // The browser logs each 404 document it loads.
      expectNoErrors(errors, (error) => error.kind === 'console' && error.text.includes('404'));
    },
    WEB_TIMEOUT,
  );
});
