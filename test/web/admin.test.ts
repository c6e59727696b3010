import { expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo/data.js';
import type { PageError } from '../helpers/browser.js';
import {
  axeViolations,
  describeWeb,
  expectNoErrors,
  itFitsNarrowScreen,
  signIn,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The admin page in a real Chromium: accounts and organisations, created and changed by an admin.

const admin = demoAccounts.find((account) => account.role === 'admin')!;
const editor = demoAccounts.find((account) => account.role === 'editor')!;

/** The console line a refused write gives: the browser logging the 4xx it got. */
const refused = (path: string) => (error: PageError) => error.kind === 'console' && error.url.includes(path);

describeWeb('the admin page', () => {
  const web = webApp();

  it(
    'creates an organisation and an account, changes the account, and shows server errors by the field',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, admin.email, '/admin');
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await nav.getByRole('link', { name: 'Administration' }).getAttribute('aria-current')).toBe('page');
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Konton' }).waitFor();
      expect(await page.getByRole('row', { name: new RegExp(editor.name) }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      // A new organisation.
      const orgForm = page.getByRole('form', { name: 'Ny organisation' });
      await orgForm.getByLabel('Namn').fill('Trygghetsföreningen Ryd');
      await orgForm.getByLabel('Typ').selectOption({ label: 'annan' });
      await orgForm.getByLabel('Kommun').selectOption({ label: 'Linköping' });
      await orgForm.getByRole('button', { name: 'Skapa organisationen' }).click();
      await page.getByRole('row', { name: /Trygghetsföreningen Ryd/ }).waitFor();
      expect(await page.getByRole('row', { name: /Trygghetsföreningen Ryd/ }).textContent()).toContain('Linköping');
      await page
        .locator('[role="status"][aria-live="polite"]', {
          hasText: 'Organisationen Trygghetsföreningen Ryd är skapad.',
        })
        .waitFor();

      // A new account, first with a password the server refuses (the browser's own check removed).
      const accountForm = page.getByRole('form', { name: 'Nytt konto' });
      await accountForm.getByLabel('E-post').fill('ny.person@ryd.example');
      await accountForm.getByLabel('Namn').fill('Ny Person');
      await page.locator('#account-password').evaluate((input) => input.removeAttribute('minlength'));
      await accountForm.getByLabel('Lösenord').fill('kort');
      await accountForm.getByLabel('Roll').selectOption({ label: 'samverkanspart' });
      await accountForm.getByLabel('Organisation').selectOption({ label: 'Trygghetsföreningen Ryd' });
      await accountForm.getByRole('button', { name: 'Skapa kontot' }).click();
      await accountForm.getByRole('alert').waitFor();
      const password = accountForm.getByLabel('Lösenord');
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await password.getAttribute('aria-describedby'))!;
      expect(describedBy).toContain('account-password-error');
      expect(await page.locator('#account-password-error').textContent()).toMatch(/^Fel:/);
      // Nothing typed is lost.
      expect(await accountForm.getByLabel('E-post').inputValue()).toBe('ny.person@ryd.example');
      expect(await accountForm.getByLabel('Namn').inputValue()).toBe('Ny Person');
      expect(await password.inputValue()).toBe('kort');
      expect(await accountForm.getByLabel('Roll').inputValue()).toBe('partner');
      expect(await axeViolations(page)).toEqual([]);

      await password.fill('ett-langt-losenord-1');
      await accountForm.getByRole('button', { name: 'Skapa kontot' }).click();
      const row = page.getByRole('row', { name: /Ny Person/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('samverkanspart');
      expect(await row.textContent()).toContain('Trygghetsföreningen Ryd');
      expect(await accountForm.getByRole('alert').count()).toBe(0);

      // Change its role and disable it.
      await page.getByRole('button', { name: 'Ändra kontot för Ny Person' }).click();
      const editForm = page.getByRole('form', { name: 'Ändra kontot för Ny Person' });
      await editForm.getByLabel('Roll').selectOption({ label: 'läsare' });
      await editForm.getByLabel('Stäng av kontot').check();
      expect(await axeViolations(page)).toEqual([]);
      await editForm.getByRole('button', { name: 'Spara' }).click();
      await editForm.waitFor({ state: 'detached' });
      expect(await row.textContent()).toContain('läsare');
      expect(await row.textContent()).toContain('Avstängt');

      // The server has it too, and the new account cannot sign in.
      const users = (await (await page.request.get('/api/v1/users?limit=500')).json()) as {
        items: { email: string; role: string; disabled: boolean }[];
      };
      expect(users.items.find((u) => u.email === 'ny.person@ryd.example')).toMatchObject({
        role: 'viewer',
        disabled: true,
      });
      expectNoErrors(errors, refused('/api/v1/users'));
    },
    WEB_TIMEOUT,
  );

  it(
    'renames an organisation',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, admin.email, '/admin');
      await page.getByRole('button', { name: 'Ändra AB Stångåstaden' }).click();
      const form = page.getByRole('form', { name: 'Ändra AB Stångåstaden' });
      await form.getByLabel('Namn').fill('AB Stångåstaden (bostäder)');
      await form.getByRole('button', { name: 'Spara' }).click();
      await page.getByRole('row', { name: /AB Stångåstaden \(bostäder\)/ }).waitFor();
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'is not offered to editors, and says so if they go there',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/admin');
      await page.getByText('Sidan är bara för systemadministratörer.').waitFor();
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Redigera', exact: true }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  itFitsNarrowScreen(web, admin.email, '/admin', (page) => page.getByRole('button', { name: 'Skapa kontot' }));
});
