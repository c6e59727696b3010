import { expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts } from '../../server/demo/data.js';
import type { PageError } from '../helpers/browser.js';
import { axeViolations, describeWeb, expectNoErrors, WEB_TIMEOUT, webApp } from './helpers/web.js';

// Signing in and out in a real Chromium, with the session cookie the server sets.

const editor = demoAccounts.find((account) => account.role === 'editor')!;
/** The one console line a wrong password gives: the browser logging the 401 it got. */
const wrongPassword401 = (error: PageError) => error.kind === 'console' && error.url.endsWith('/api/v1/auth/login');

describeWeb('signing in', () => {
  const web = webApp();

  it(
    'checks the fields before sending, in the reader’s language, naming each field and focusing the first',
    async () => {
      const { page, errors } = await web.open();
      const logins: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/v1/auth/login')) logins.push(request.method());
      });
      await page.goto('/logga-in');
      await page.getByLabel('E-post').fill('not an address');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.locator('#login-email-error').waitFor();
      expect(await page.locator('#login-email-error').textContent()).toBe('”E-post” måste vara en e-postadress.');
      expect(await page.locator('#login-password-error').textContent()).toBe('Fyll i ”Lösenord”.');
      expect(await page.getByLabel('E-post').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('E-post').getAttribute('aria-describedby')).toBe('login-email-error');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-email');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByLabel('E-mail').fill('');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#login-email-error', { hasText: 'Fill in “E-mail”.' }).waitFor();
      expect(logins).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'shows the server’s message in an alert when the password is wrong, and keeps what was typed',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).click();
      await page.waitForURL('**/logga-in?next=%2F');
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      await page.getByLabel('E-post').fill(editor.email);
      await page.getByLabel('Lösenord').fill('not the password');
      await page.getByRole('button', { name: 'Logga in' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      // In Swedish only: the server's English detail is not shown.
      expect(await alert.textContent()).toBe('Inloggningen misslyckades: e-postadressen eller lösenordet är fel.');
      expect(await alert.locator('[lang="en"]').count()).toBe(0);
      expect(await page.getByLabel('E-post').inputValue()).toBe(editor.email);
      expect(await page.getByLabel('Lösenord').inputValue()).toBe('not the password');
      expect(await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors, wrongPassword401);
    },
    WEB_TIMEOUT,
  );

  it(
    'signs in by keyboard alone, shows who is signed in, survives a reload, and signs out',
    async () => {
      const { page, context, errors } = await web.open();
      await page.goto('/logga-in');
      await page.getByLabel('E-post').focus();
      await page.keyboard.type(editor.email);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');

      const banner = page.getByRole('banner');
      await banner.getByRole('button', { name: 'Logga ut' }).waitFor();
      expect(await banner.textContent()).toContain(`Inloggad som ${editor.name}`);
      expect(await banner.getByRole('link', { name: 'Logga in' }).count()).toBe(0);
      await page.waitForURL((url) => url.pathname === '/');
      // Said aloud too, through the live region.
      await page
        .locator('[role="status"][aria-live="polite"]', { hasText: `Du är inloggad som ${editor.name}.` })
        .waitFor();

      // The session is the server's HttpOnly cookie; the page cannot read it.
      const cookies = await context.cookies();
      expect(cookies.find((cookie) => cookie.name === 'lk_session')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
      });
      expect(await page.evaluate(() => document.cookie)).not.toContain('lk_session');

      await page.reload();
      await banner.getByRole('button', { name: 'Logga ut' }).waitFor();
      expect(await banner.textContent()).toContain(editor.name);

      // Signed in, the plan says it shows unpublished items too.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planen' }).click();
      await page.getByText('Du är inloggad och ser allt som din roll får läsa').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await banner.getByRole('button', { name: 'Logga ut' }).click();
      await banner.getByRole('link', { name: 'Logga in' }).waitFor();
      await page.locator('[role="status"][aria-live="polite"]', { hasText: 'Du är utloggad.' }).waitFor();
      // Gone on the server too.
      expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
      await page.reload();
      await banner.getByRole('link', { name: 'Logga in' }).waitFor();
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'goes back to the page it came from',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/tillganglighet');
      await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).click();
      await page.getByLabel('E-post').fill(editor.email);
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL('**/tillganglighet');
      await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
