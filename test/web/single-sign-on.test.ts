import type { AddressInfo } from 'node:net';
import * as OTPAuth from 'otpauth';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts } from '../../server/demo/data.js';
import { loadDemoData } from '../../server/demo/load.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { launchChromium, openPage, type PageError, type WatchedPage } from '../helpers/browser.js';
import { CLIENT_ID, CLIENT_SECRET, freePort, startProvider, type TestProvider } from '../helpers/oidc-provider.js';
import { axeViolations, describeWeb, expectNoErrors, WEB_TIMEOUT } from './helpers/web.js';

// Single sign-on in a real Chromium against a real OpenID provider (oidc-provider, its
// development login page), and enrolling a second factor on the page Mitt konto.

const editor = demoAccounts.find((account) => account.role === 'editor')!;
const viewer = demoAccounts.find((account) => account.role === 'viewer')!;

describeWeb('signing in with the municipality’s account', () => {
  let t: TestApp;
  let provider: TestProvider;
  let browser: Browser;
  let base: string;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await startProvider(base);
    t = await startTestApp(
      { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, PUBLIC_URL: base },
      { now: new Date() },
    );
    await loadDemoData(t.db, t.clock);
    await t.app.listen({ host: '127.0.0.1', port });
    expect((t.app.server.address() as AddressInfo).port).toBe(port);
    browser = await launchChromium();
  }, WEB_TIMEOUT);
  afterAll(async () => {
    for (const { context } of pages) await context.close().catch(() => {});
    await browser?.close();
    await t?.close();
    await provider?.close();
  });

  /** What the provider's own development page fails to load (a web font, its favicon) is not this app's. */
  const providerPage = (error: PageError) => !error.url.startsWith(base);

  async function open() {
    const watched = await openPage(browser, { baseURL: base });
    pages.push(watched);
    return watched;
  }

  /** From the sign-in page through the provider's login page as `email`. */
  async function throughProvider(watched: WatchedPage, email: string) {
    const { page } = watched;
    await page.goto('/logga-in');
    const link = page.getByRole('link', { name: 'Logga in med kommunens konto' });
    await link.waitFor();
    await link.click();
    await page.waitForURL(`${provider.issuer}/**`);
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
  }

  it(
    'signs a known person in through the provider and shows the session on Mitt konto',
    async () => {
      const watched = await open();
      const { page, errors } = watched;
      await throughProvider(watched, editor.email);
      await page.waitForURL(`${base}/`);
      await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Mitt konto' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
      await page.getByText('med kommunens konto, senast använd').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors, providerPage);
    },
    WEB_TIMEOUT,
  );

  it(
    'refuses an unknown person with a page that says why, in Swedish and English',
    async () => {
      const watched = await open();
      const { page, errors } = watched;
      await throughProvider(watched, 'stranger@elsewhere.example');
      await page.waitForURL('**/logga-in?sso=unknown-person');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Du har inget konto i Löfteskollen');
      expect(await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('alert').getByText('You have no account in Löfteskollen').waitFor();
      // The session the page expected is not there: the browser logs that 401 of /auth/me.
      expectNoErrors(errors, (error) => providerPage(error) || error.url.endsWith('/api/v1/auth/me'));
    },
    WEB_TIMEOUT,
  );

  it(
    'enrols a second factor from Mitt konto (QR code drawn by the server), then asks for the code at sign-in',
    async () => {
      const { page, errors } = await open();
      await page.goto('/logga-in');
      await page.getByLabel('E-post').fill(viewer.email);
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).waitFor();
      await page.goto('/mitt-konto');
      await page.getByRole('button', { name: 'Aktivera tvåstegsverifiering' }).click();
      const qr = page.getByRole('img', { name: 'QR-kod för autentiseringsappen' });
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(await axeViolations(page)).toEqual([]);
      const secret = (await page.locator('.totp-secret').textContent())!;
      const code = () =>
        OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: t.clock.now().getTime() });
      await page.getByLabel('Kod', { exact: true }).fill(code());
      await page.getByRole('button', { name: 'Bekräfta' }).click();
      await page.getByText('Dina reservkoder.').waitFor();
      expect(await page.locator('.recovery-codes li').count()).toBe(10);

      // Signed out, the password alone is not enough: the page asks for the code.
      await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
      await page.goto('/logga-in');
      await page.getByLabel('E-post').fill(viewer.email);
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByLabel('Kod', { exact: true }).waitFor();
      t.clock.advance(30_000);
      await page.getByLabel('Kod', { exact: true }).fill(code());
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).waitFor();
      // The browser logs the 401 that asked for the code.
      expectNoErrors(errors, (error) => error.kind === 'console' && error.url.endsWith('/api/v1/auth/login'));
    },
    WEB_TIMEOUT,
  );
});
