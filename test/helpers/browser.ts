import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

// Debian's Chromium (apt-get install chromium), never a browser downloaded by Playwright.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// As root and headless, with nothing that reaches for the network on its own.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--mute-audio',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Something the page said was wrong: a console error, an uncaught exception, or a failed request. */
export interface PageError {
  kind: 'console' | 'pageerror' | 'requestfailed';
  text: string;
  url: string;
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong since the page was opened (console errors include failed HTTP responses). */
  errors: PageError[];
}

/** A new context and page (axe needs browser.newContext() then context.newPage()) that records its errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options });
  const page = await context.newPage();
  const errors: PageError[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => errors.push({ kind: 'pageerror', text: error.message, url: page.url() }));
  page.on('requestfailed', (request) => {
    const text = request.failure()?.errorText ?? 'failed';
    // A request the page itself dropped by navigating away (a reload, a click) is no error.
    if (text === 'net::ERR_ABORTED') return;
    errors.push({ kind: 'requestfailed', text, url: request.url() });
  });
  return { context, page, errors };
}
