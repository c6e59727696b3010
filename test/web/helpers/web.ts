import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { loadDemoData } from '../../../server/demo/load.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { launchChromium, openPage, type PageError, type WatchedPage } from '../../helpers/browser.js';
import { testDatabaseKind } from '../../helpers/database-kind.js';

/**
 * Browser tests run once, on PGlite: the pages read the same API on either database,
 * and the API has its own tests on both. On TEST_DB=postgres they are skipped.
 */
export const describeWeb = describe.skipIf(testDatabaseKind() === 'postgres');

/** A browser test's time limit: axe on a long page takes several seconds on two cores. */
export const WEB_TIMEOUT = 120_000;

export interface WebApp {
  t: TestApp;
  base: string;
  browser: Browser;
  /** A new browser context and page on the app, recording its errors. */
  open: (options?: BrowserContextOptions) => Promise<WatchedPage>;
  close: () => Promise<void>;
}

/** The real app on a fresh database with the demo loaded, listening on a free port, and Debian's Chromium. */
export async function startWebApp(): Promise<WebApp> {
  const t = await startTestApp();
  await loadDemoData(t.db, t.clock);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const contexts: WatchedPage[] = [];
  return {
    t,
    base,
    browser,
    async open(options = {}) {
      const watched = await openPage(browser, { baseURL: base, ...options });
      contexts.push(watched);
      return watched;
    },
    async close() {
      for (const { context } of contexts) await context.close().catch(() => {});
      await browser.close();
      await t.close();
    },
  };
}

/** WCAG 2.1 A and AA, as the issue asks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's violations on the page as it is now, one line each (empty: none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // It really looked: contrast and names were checked, not skipped.
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang']));
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** No page errors, leaving out only those the test expects (a 401 from a wrong password, say). */
export function expectNoErrors(errors: PageError[], expected: (error: PageError) => boolean = () => false) {
  expect(errors.filter((error) => !expected(error))).toEqual([]);
}

/** The page is no wider than its viewport: nothing to scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the dashboard has drawn its charts (chart.js is loaded on demand). */
export async function waitForCharts(page: Page) {
  await page.locator('main canvas[role="img"]').first().waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main canvas')].every((canvas) => (canvas as HTMLCanvasElement).width > 0),
  );
}
