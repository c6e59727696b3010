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

// Editing the plan in a real Chromium: an editor creates an activity with a monthly measure,
// publishes it and finds it on the public plan; the server's refusals show beside their field.

const editor = demoAccounts.find((account) => account.role === 'editor')!;

/** The console line a refused write gives: the browser logging the 400 or 412 it got. */
const refusedWrite = (error: PageError) => error.kind === 'console' && error.url.includes('/api/v1/activities');

describeWeb('editing the plan', () => {
  const web = webApp();

  it(
    'shows a server refusal beside its field and keeps what was typed, then creates and publishes the activity',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      await page.getByRole('heading', { level: 1, name: 'Redigera planen' }).waitFor();
      const form = page.getByRole('region', { name: 'Ny aktivitet' });
      await form.getByLabel('Aktivitet', { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await form.getByLabel('Aktivitet', { exact: true }).fill('Trygghetsvandringar i Ryd');
      await form.getByLabel('Beskrivning').fill('Kvällsvandringar med boende och fastighetsägare.');
      await form.getByRole('group', { name: 'Samverkansparter' }).getByLabel('AB Stångåstaden').check();
      await form.getByLabel('Område', { exact: true }).fill('Ryd');
      await form.getByLabel('Startdatum').fill('2025-06-01');
      await form.getByLabel('Slutdatum').fill('2025-03-31');
      await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
      const measure = form.getByRole('group', { name: 'Månadsmått' });
      await measure.getByLabel('Vad som räknas').fill('trygghetsvandringar');
      await measure.getByLabel('Enhet').fill('antal');
      await measure.getByLabel('Mål per månad').fill('4');
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();

      // The end date before the start date: the server says so, next to the end date.
      const alert = form.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Uppgifterna kunde inte sparas.');
      const end = form.getByLabel('Slutdatum');
      expect(await end.getAttribute('aria-invalid')).toBe('true');
      expect(await end.getAttribute('aria-describedby')).toContain('activity-end-error');
      expect(await page.locator('#activity-end-error').isVisible()).toBe(true);
      // Everything typed is still there.
      expect(await form.getByLabel('Aktivitet', { exact: true }).inputValue()).toBe('Trygghetsvandringar i Ryd');
      expect(await form.getByLabel('Startdatum').inputValue()).toBe('2025-06-01');
      expect(await end.inputValue()).toBe('2025-03-31');
      expect(await measure.getByLabel('Mål per månad').inputValue()).toBe('4');
      expect(await form.getByLabel('AB Stångåstaden').isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // A blank title past the browser's own check: the server names /title.
      await form.getByLabel('Slutdatum').fill('2025-12-31');
      await page.locator('#activity-name').evaluate((input) => input.removeAttribute('required'));
      await form.getByLabel('Aktivitet', { exact: true }).fill('   ');
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();
      await page.locator('#activity-name-error').waitFor();
      expect(await form.getByLabel('Aktivitet', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await end.getAttribute('aria-invalid')).toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      // A summer break: July's own target. A count takes whole numbers: the server names July's field.
      await form.getByLabel('Aktivitet', { exact: true }).fill('Trygghetsvandringar i Ryd');
      await measure.getByText('Annat mål vissa månader').click();
      await measure.getByLabel('juli', { exact: true }).fill('0.5');
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();
      await page.locator('#activity-month-target-07-error').waitFor();
      expect(await measure.getByLabel('juli', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await measure.getByLabel('juli', { exact: true }).fill('0');
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();
      const row = page.getByRole('row', { name: /Trygghetsvandringar i Ryd/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('Ej publicerad');
      await page
        .locator('[role="status"][aria-live="polite"]', { hasText: 'Aktiviteten Trygghetsvandringar i Ryd är skapad.' })
        .waitFor();
      // The form is empty again for the next one.
      expect(await form.getByLabel('Aktivitet', { exact: true }).inputValue()).toBe('');

      await page.getByRole('button', { name: 'Publicera Trygghetsvandringar i Ryd' }).click();
      await page.getByRole('button', { name: 'Avpublicera Trygghetsvandringar i Ryd' }).waitFor();
      expect(await row.textContent()).toContain('Ja');

      const saved = (
        (await (await page.request.get('/api/v1/activities?limit=500')).json()) as {
          items: { title: string; measure: unknown; area: string; published: boolean; status: string }[];
        }
      ).items.find((a) => a.title === 'Trygghetsvandringar i Ryd');
      expect(saved).toMatchObject({
        measure: { label: 'trygghetsvandringar', unit: 'antal', monthlyTarget: 4, monthTargets: { '07': 0 } },
        area: 'Ryd',
        published: true,
        status: 'ongoing',
      });

      // The public plan shows it.
      const anonymous = await web.open();
      await anonymous.page.goto('/plan');
      await anonymous.page.locator('.focus-area').first().waitFor();
      await anonymous.page.getByText('Trygghetsvandringar i Ryd').first().waitFor();
      expectNoErrors(anonymous.errors);
      expectNoErrors(errors, refusedWrite);
    },
    WEB_TIMEOUT,
  );

  it(
    'edits an activity, and explains a 412 with a way to load the latest version',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const editButton = page.getByRole('button', { name: /^Ändra / }).first();
      await editButton.waitFor();
      const name = ((await editButton.getAttribute('aria-label')) ?? '').replace(/^Ändra /, '');
      await editButton.click();
      const form = page.getByRole('region', { name: `Ändra ${name}` });
      await form.getByLabel('Kommentar').fill('Ändrad i webbläsaren');

      // Someone else changes it meanwhile.
      const listed = (
        (await (await page.request.get('/api/v1/activities?limit=500')).json()) as {
          items: { id: string; title: string; version: number }[];
        }
      ).items.find((a) => a.title === name)!;
      const other = await page.request.patch(`/api/v1/activities/${listed.id}`, {
        headers: { 'If-Match': `"${listed.version}"` },
        data: { comment: 'Ändrad av någon annan' },
      });
      expect(other.status()).toBe(200);

      await form.getByRole('button', { name: 'Spara' }).click();
      const alert = form.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Någon annan har ändrat uppgiften sedan du öppnade den.');
      expect(await form.getByLabel('Kommentar').inputValue()).toBe('Ändrad i webbläsaren');
      expect(await axeViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Läs in den senaste versionen' }).click();
      await alert.waitFor({ state: 'detached' });
      expect(await form.getByLabel('Kommentar').inputValue()).toBe('Ändrad av någon annan');
      await form.getByLabel('Kommentar').fill('Ändrad i webbläsaren');
      await form.getByRole('button', { name: 'Spara' }).click();
      await form.waitFor({ state: 'detached' });
      expectNoErrors(errors, refusedWrite);
    },
    WEB_TIMEOUT,
  );

  it(
    'creates a citizen promise kept by activities chosen with checkboxes, and a focus area',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const form = page.getByRole('region', { name: 'Nytt medborgarlöfte' });
      await form.getByLabel('Medborgarlöfte').waitFor();
      const listed = (
        (await (await page.request.get('/api/v1/activities?limit=500')).json()) as {
          items: { id: string; title: string }[];
        }
      ).items;
      const chosen = listed.slice(0, 2);
      await form.getByLabel('Medborgarlöfte').fill('Tryggare Ryd');
      await form.getByLabel('Löftet').fill('Vi lovar att vandra i Ryd varje månad.');
      const group = form.getByRole('group', { name: 'Aktiviteter som håller löftet' });
      for (const activity of chosen) await group.getByLabel(activity.title, { exact: true }).check();
      await form.getByRole('button', { name: 'Skapa medborgarlöftet' }).click();
      await page.getByRole('row', { name: /Tryggare Ryd/ }).waitFor();
      const promises = (
        (await (await page.request.get('/api/v1/promises?limit=500')).json()) as {
          items: { title: string; activityIds: string[]; published: boolean }[];
        }
      ).items;
      const created = promises.find((promise) => promise.title === 'Tryggare Ryd')!;
      expect([...created.activityIds].sort()).toEqual(chosen.map((a) => a.id).sort());
      expect(created.published).toBe(false);
      await page.getByRole('button', { name: 'Publicera Tryggare Ryd' }).click();
      await page.getByRole('button', { name: 'Avpublicera Tryggare Ryd' }).waitFor();

      const areaForm = page.getByRole('form', { name: 'Nytt fokusområde' });
      await areaForm.getByLabel('Fokusområde').fill('Trygg utemiljö');
      await areaForm.getByRole('button', { name: 'Skapa fokusområdet' }).click();
      await page.getByRole('heading', { level: 3, name: 'Trygg utemiljö' }).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'creates a goal with an indicator and gives the indicator a value',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const goalForm = page.getByRole('form', { name: 'Nytt mål' });
      await goalForm.getByLabel('Mål', { exact: true }).fill('Fler känner sig trygga i Ryd');
      await goalForm.getByRole('button', { name: 'Skapa målet' }).click();
      const indicatorForm = page.getByRole('form', { name: 'Ny indikator för Fler känner sig trygga i Ryd' });
      await indicatorForm.getByLabel('Indikator', { exact: true }).fill('Andel trygga utomhus på kvällen');
      await indicatorForm.getByLabel('Källa').fill('Medborgarenkäten');
      await indicatorForm.getByLabel('Enhet').fill('procent');
      await indicatorForm.getByRole('button', { name: 'Skapa indikatorn' }).click();
      const valueForm = page.getByRole('form', { name: 'Nytt värde för Andel trygga utomhus på kvällen' });
      await valueForm.getByLabel('Period').fill('2025');
      await valueForm.getByLabel('Grupp').selectOption({ label: 'Kvinnor' });
      await valueForm.getByLabel('Värde').fill('61.5');
      await valueForm.getByRole('button', { name: 'Spara värdet' }).click();
      await page
        .locator('[role="status"][aria-live="polite"]', {
          hasText: 'Värdet för Andel trygga utomhus på kvällen (2025) är sparat.',
        })
        .waitFor();
      const goals = (
        (await (await page.request.get('/api/v1/goals?limit=500')).json()) as { items: { id: string; title: string }[] }
      ).items;
      const goal = goals.find((g) => g.title === 'Fler känner sig trygga i Ryd')!;
      const indicators = (
        (await (await page.request.get(`/api/v1/goals/${goal.id}/indicators`)).json()) as { items: { id: string }[] }
      ).items;
      const values = (await (await page.request.get(`/api/v1/indicators/${indicators[0]!.id}/values`)).json()) as {
        items: { period: string; group: string; value: number }[];
      };
      expect(values.items).toEqual([expect.objectContaining({ period: '2025', group: 'women', value: 61.5 })]);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  itFitsNarrowScreen(web, editor.email, '/redigera', (page) => page.getByRole('button', { name: 'Skapa aktiviteten' }));
});
