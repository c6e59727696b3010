import { expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo/data.js';
import type { PageError } from '../helpers/browser.js';
import { axeViolations, describeWeb, expectNoErrors, signIn, WEB_TIMEOUT, webApp } from './helpers/web.js';

// The server's refusals as the reader sees them: worded by the client from the problem's type and
// each field error's code, in the reader's language, never the server's English.

const editor = demoAccounts.find((account) => account.role === 'editor')!;
const badId400 = (error: PageError) => error.kind === 'console' && /\/api\/v1\/promises\/abc/.test(error.url);

describeWeb('refusals in the reader’s language', () => {
  const web = webApp();

  it(
    'an address with a malformed id reads as a page that does not exist, in Swedish and in English',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/');
      await page.goto('/rapport/abc');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Uppgiften finns inte, eller så får du inte se den.');
      expect(await alert.textContent()).not.toMatch(/\/id|must|uuid/);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
      await page.getByRole('alert').filter({ hasText: 'The item does not exist, or you may not see it.' }).waitFor();
      expect(await page.getByRole('alert').textContent()).not.toMatch(/\/id|uuid/);
      expectNoErrors(errors, badId400);
    },
    WEB_TIMEOUT,
  );
});
