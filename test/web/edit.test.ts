import { AxeBuilder } from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo/data.js';
import { SYSTEM_ORGANISATION } from '../../server/users/bootstrap.js';
import type { PageError } from '../helpers/browser.js';
import {
  axeViolations,
  describeWeb,
  expectNoErrors,
  itFitsNarrowScreen,
  signIn,
  WCAG_TAGS,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// Editing the plan in a real Chromium: the form's own checks before sending and the server's
// refusals, each beside its field; creating, publishing (after a question) and saying so; the
// page's sections reached by links.

const editor = demoAccounts.find((account) => account.role === 'editor')!;

/** The console line a refused write gives: the browser logging the 400 or 412 it got. */
const refusedWrite = (error: PageError) => error.kind === 'console' && error.url.includes('/api/v1/activities');

describeWeb('editing the plan', () => {
  const web = webApp();

  it(
    'checks the form before sending, in Swedish and naming the field; then shows a server refusal beside its field, and creates the activity',
    async () => {
      const { page, errors } = await web.open();
      const writes: string[] = [];
      page.on('request', (request) => {
        if (request.method() !== 'GET') writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
      });
      await signIn(page, editor.email, '/redigera');
      await page.getByRole('heading', { level: 1, name: 'Redigera planen' }).waitFor();
      const form = page.getByRole('region', { name: 'Ny aktivitet' });
      await form.getByLabel('Aktivitet', { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Who leads it is the editor's to choose; the system's own administration is no party anywhere.
      const lead = form.getByLabel('Ansvarig organisation');
      expect(await lead.inputValue()).toBe('');
      expect(await lead.getAttribute('required')).not.toBeNull();
      const organisations = (
        (await (await page.request.get('/api/v1/organisations?limit=500')).json()) as { items: { name: string }[] }
      ).items.map((o) => o.name);
      expect(organisations).toContain(SYSTEM_ORGANISATION);
      const leads = await lead.locator('option').allTextContents();
      expect(leads).toContain('AB Stångåstaden');
      expect(leads).not.toContain(SYSTEM_ORGANISATION);
      expect(await form.getByRole('group', { name: 'Samverkansparter' }).textContent()).not.toContain(
        SYSTEM_ORGANISATION,
      );
      for (const parties of await page.getByRole('group', { name: 'Parter' }).all()) {
        expect(await parties.textContent()).toContain('Lokalpolisområde Linköping');
        expect(await parties.textContent()).not.toContain(SYSTEM_ORGANISATION);
      }

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
      await measure.getByLabel('Mål per månad').fill('2.5');
      const sentBefore = writes.length;
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();

      // Nothing is sent: each field says what is wrong with it, in Swedish and by its label, and
      // the first of them (no lead chosen) has focus.
      const checks = {
        'activity-lead': 'Välj något i ”Ansvarig organisation”.',
        'activity-end': '”Slutdatum” får inte vara före ”Startdatum”.',
        'activity-measure-target': '”Mål per månad” måste vara ett heltal.',
      };
      await page.locator('#activity-lead-error').waitFor();
      for (const [id, message] of Object.entries(checks)) {
        const input = page.locator(`#${id}`);
        expect(await input.getAttribute('aria-invalid'), id).toBe('true');
        expect(await input.getAttribute('aria-describedby'), id).toContain(`${id}-error`);
        expect(await page.locator(`#${id}-error`).textContent(), id).toBe(message);
        expect(await page.locator(`#${id}-error`).isVisible(), id).toBe(true);
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('activity-lead');
      expect(writes.slice(sentBefore)).toEqual([]);
      // Everything typed is still there.
      expect(await form.getByLabel('Aktivitet', { exact: true }).inputValue()).toBe('Trygghetsvandringar i Ryd');
      expect(await form.getByLabel('Startdatum').inputValue()).toBe('2025-06-01');
      expect(await measure.getByLabel('Mål per månad').inputValue()).toBe('2.5');
      expect(await form.getByLabel('AB Stångåstaden').isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Fixed but for a blank title past the form's own check: the server names /title.
      await lead.selectOption({ label: 'AB Stångåstaden' });
      await form.getByLabel('Slutdatum').fill('2025-12-31');
      await measure.getByLabel('Mål per månad').fill('4');
      await page.locator('#activity-name').evaluate((input) => input.removeAttribute('required'));
      await form.getByLabel('Aktivitet', { exact: true }).fill('   ');
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();
      const alert = form.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Uppgifterna kunde inte sparas.');
      await page.locator('#activity-name-error').waitFor();
      expect(await form.getByLabel('Aktivitet', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      for (const id of Object.keys(checks))
        expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBeNull();
      expect(writes.slice(sentBefore)).toEqual(['POST /api/v1/activities']);
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
      // Said where it was done, and it stays there.
      const created = form.locator('.done-notice', { hasText: 'Aktiviteten Trygghetsvandringar i Ryd är skapad.' });
      await created.waitFor();
      expect(await created.isVisible()).toBe(true);
      expect(await created.getAttribute('role')).toBe('status');
      // The form is empty again for the next one, with no lead chosen.
      expect(await form.getByLabel('Aktivitet', { exact: true }).inputValue()).toBe('');
      expect(await lead.inputValue()).toBe('');

      const saved = (
        (await (await page.request.get('/api/v1/activities?limit=500')).json()) as {
          items: { title: string; measure: unknown; area: string; published: boolean; status: string }[];
        }
      ).items.find((a) => a.title === 'Trygghetsvandringar i Ryd');
      expect(saved).toMatchObject({
        measure: { label: 'trygghetsvandringar', unit: 'antal', monthlyTarget: 4, monthTargets: { '07': 0 } },
        area: 'Ryd',
        published: false,
        status: 'ongoing',
      });
      expectNoErrors(errors, refusedWrite);
    },
    WEB_TIMEOUT,
  );

  it(
    'asks before publishing: "Avbryt" changes nothing, "Publicera" publishes, and the page says so where the row is',
    async () => {
      const { page, errors } = await web.open();
      const patches: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'PATCH') patches.push(request.url());
      });
      await signIn(page, editor.email, '/redigera');
      const form = page.getByRole('region', { name: 'Ny aktivitet' });
      await form.getByLabel('Aktivitet', { exact: true }).fill('Kvällsöppen fritidsgård i Ryd');
      await form.getByLabel('Ansvarig organisation').selectOption({ label: 'Lokalpolisområde Linköping' });
      await form.getByRole('button', { name: 'Skapa aktiviteten' }).click();
      const row = page.getByRole('row', { name: /Kvällsöppen fritidsgård i Ryd/ });
      await row.waitFor();

      const publish = page.getByRole('button', { name: 'Publicera Kvällsöppen fritidsgård i Ryd' });
      await publish.click();
      const dialog = page.getByRole('dialog', { name: 'Publicera Kvällsöppen fritidsgård i Ryd?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Den blir synlig för alla.');
      // The rest of the page is inert while it asks: axe looks at the dialog.
      const inDialog = await new AxeBuilder({ page }).include('dialog').withTags(WCAG_TAGS).analyze();
      expect(inDialog.passes.map((rule) => rule.id)).toContain('color-contrast');
      expect(inDialog.violations.map((violation) => violation.id)).toEqual([]);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await row.textContent()).toContain('Ej publicerad');
      expect(patches).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Publicera Kvällsöppen fritidsgård i Ryd',
      );

      // Esc answers "Avbryt" too.
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(patches).toEqual([]);

      // On a 375 px screen the question wraps within the screen.
      await page.setViewportSize({ width: 375, height: 800 });
      await publish.click();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await page.setViewportSize({ width: 1280, height: 800 });

      await publish.click();
      await dialog.getByRole('button', { name: 'Publicera' }).click();
      await page.getByRole('button', { name: 'Avpublicera Kvällsöppen fritidsgård i Ryd' }).waitFor();
      expect(await row.textContent()).toContain('Ja');
      expect(patches).toHaveLength(1);
      const activities = page.getByRole('region', { name: 'Aktiviteter' });
      const notice = activities.locator('.done-notice', { hasText: 'Kvällsöppen fritidsgård i Ryd är publicerad.' });
      await notice.waitFor();
      expect(await notice.isVisible()).toBe(true);
      // Right after the table of the row (where focus still is), and said to screen readers too.
      expect(await notice.evaluate((element) => element.previousElementSibling?.contains(document.activeElement))).toBe(
        true,
      );
      await page
        .locator('[role="status"][aria-live="polite"]', { hasText: 'Kvällsöppen fritidsgård i Ryd är publicerad.' })
        .waitFor();

      // Unpublishing asks as well.
      await page.getByRole('button', { name: 'Avpublicera Kvällsöppen fritidsgård i Ryd' }).click();
      const unpublish = page.getByRole('dialog', { name: 'Avpublicera Kvällsöppen fritidsgård i Ryd?' });
      await unpublish.getByRole('button', { name: 'Avpublicera' }).click();
      await activities
        .locator('.done-notice', { hasText: 'Kvällsöppen fritidsgård i Ryd är inte längre publicerad.' })
        .waitFor();
      expect(await row.textContent()).toContain('Ej publicerad');
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'leads by links, and by keyboard, to each section of the page',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const nav = page.getByRole('navigation', { name: 'På den här sidan' });
      await page.getByRole('region', { name: 'Medborgarlöften' }).waitFor();
      const links = await nav.getByRole('link').allTextContents();
      expect(links).toEqual([
        'Överenskommelsen',
        'Excel och CSV',
        'Fokusområden',
        'Aktiviteter',
        'Ny aktivitet',
        'Medborgarlöften',
        'Nytt medborgarlöfte',
        'Tertial- och årsanalys',
        'Lägesbild och problem',
        'Mål och indikatorer',
        'Ny samverkansöverenskommelse',
      ]);
      // Every link leads to a heading of the page with that name.
      for (const link of await nav.getByRole('link').all()) {
        const id = (await link.getAttribute('href'))!.slice(1);
        expect(await page.locator(`h2#${id}`).textContent()).toBe(await link.textContent());
      }

      await nav.getByRole('link', { name: 'Medborgarlöften' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/redigera#edit-promises-title');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-promises-title');
      // The keyboard goes on from there: the next Tab is inside the promises.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby')),
      ).toBe('edit-promises-title');
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
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
      // The form closed: what was saved shows by the list, and focus is back on the row's button.
      await page
        .getByRole('region', { name: 'Aktiviteter' })
        .locator('.done-notice', { hasText: `Aktiviteten ${name} är sparad.` })
        .waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Ändra ${name}`);
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
      // The editor's own municipality's activities (the demo holds the whole county).
      const getItems = async <T>(path: string) =>
        ((await (await page.request.get(path)).json()) as { items: T[] }).items;
      const linkoping = (await getItems<{ id: string; code: string }>('/api/v1/municipalities?limit=500')).find(
        (m) => m.code === '0580',
      )!;
      const agreements = await getItems<{ id: string }>(`/api/v1/agreements?limit=500&municipalityId=${linkoping.id}`);
      const listed = (
        await Promise.all(
          agreements.map((a) =>
            getItems<{ id: string; title: string }>(`/api/v1/activities?limit=500&agreementId=${a.id}`),
          ),
        )
      ).flat();
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
      await page.getByRole('dialog').getByRole('button', { name: 'Publicera' }).click();
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
