import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type * as ChartJsModule from 'chart.js';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../server/demo/data.js';
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
async function startWebApp(): Promise<WebApp> {
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

/**
 * Signs in on the sign-in page as a demo account (they all have DEMO_PASSWORD), asking to go on to
 * `next`; done once that page is open and the header offers to sign out.
 */
export async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/logga-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`**${next}`);
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).waitFor();
}

/** The web app of one file's tests (startWebApp): started before them, closed after. Call it inside describeWeb. */
export function webApp(): WebApp {
  const web = {} as WebApp;
  beforeAll(async () => {
    Object.assign(web, await startWebApp());
  });
  afterAll(() => web.close());
  return web;
}

/** WCAG 2.1 A and AA, as the issue asks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's violations on the page as it is now, one line each (empty: none). With a modal dialog
 * open the page behind it is inert, so axe checks the dialog (html-has-lang is then not applicable).
 */
export async function axeViolations(page: Page, { dialog = false } = {}): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // It really looked: contrast and names were checked, not skipped.
  const looked = dialog ? ['color-contrast', 'label'] : ['color-contrast', 'html-has-lang'];
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(looked));
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

/** At 375 px wide: nothing to scroll sideways, and no axe violations. */
export async function expectNarrowScreenFit(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(100);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
}

/** The same test for each signed-in page: opened at 375 px, it fits, with no axe violations. */
export function itFitsNarrowScreen(web: WebApp, email: string, path: string, ready: (page: Page) => Locator) {
  it(
    'fits a 375 px screen with no axe violations',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 375, height: 800 } });
      await signIn(page, email, path);
      await ready(page).waitFor();
      await expectNarrowScreenFit(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
}

/** Waits until the page has drawn every chart: each is drawn when it comes near the screen, so each is scrolled to. */
export async function waitForCharts(page: Page) {
  await page.locator('main canvas[role="img"]').first().waitFor();
  // chart.js sizes the canvas it draws on in its style (an empty canvas is 300 wide already).
  await page.evaluate(async () => {
    const drawn = (canvas: HTMLCanvasElement) => canvas.style.width !== '';
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('main canvas')) {
      canvas.scrollIntoView({ block: 'center' });
      while (!drawn(canvas)) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    window.scrollTo(0, 0);
  });
}

type ChartJs = typeof ChartJsModule;

/** What chart.js drew on a canvas: its x-axis, where `xValues` lie on it, and its labels and points. */
export async function drawnChart(canvas: Locator, xValues: number[] = []) {
  const page = canvas.page();
  // A chart is drawn when it comes near the screen.
  await canvas.scrollIntoViewIfNeeded();
  const url = await page.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/assets\/charts-[\w-]+\.js$/.test(name)),
  );
  // The page's own chart.js chunk, imported again, is the same module: it knows the chart on the canvas.
  // (Given as text: vitest would rewrite an import() written in a function for the page.)
  const chartJs = await page.evaluateHandle<ChartJs>(`import(${JSON.stringify(await url.jsonValue())})`);
  const element = await canvas.elementHandle();
  await page.waitForFunction(({ chartJs, element }) => chartJs.Chart.getChart(element as HTMLCanvasElement), {
    chartJs,
    element,
  });
  return canvas.evaluate(
    (element, { chartJs, values }) => {
      const chart = chartJs.Chart.getChart(element as HTMLCanvasElement);
      const x = chart?.scales.x;
      if (!chart || !x) throw new Error('no chart on this canvas');
      return {
        xType: x.type,
        xPixels: values.map((value) => x.getPixelForValue(value)),
        ticks: x.ticks.map((tick) => String(tick.label)),
        labels: (chart.data.labels ?? []).map(String),
        datasets: chart.data.datasets.map((dataset, i) => ({
          label: dataset.label ?? '',
          xs: chart.getDatasetMeta(i).data.map((point) => point.x),
        })),
      };
    },
    { chartJs, values: xValues },
  );
}
