import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo/data.js';
import type { PageError } from '../helpers/browser.js';
import { axeViolations, describeWeb, expectNoErrors, signIn, WEB_TIMEOUT, webApp } from './helpers/web.js';

// Editing an existing indicator on /redigera: its target (saved, then read back through the API), a
// server refusal beside the field it names, the values already saved, and the agreement's goals.

const editor = demoAccounts.find((account) => account.role === 'editor')!;
const TITLE = 'Andel som känner sig trygga på gator och torg';

const refusedWrite = (error: PageError) => error.kind === 'console' && error.url.includes('/api/v1/indicators');

interface IndicatorRecord {
  id: string;
  title: string;
  target: { period: string; value: number } | null;
}

async function findIndicator(page: Page): Promise<IndicatorRecord> {
  const goals = ((await (await page.request.get('/api/v1/goals?limit=500')).json()) as { items: { id: string }[] })
    .items;
  for (const goal of goals) {
    const { items } = (await (await page.request.get(`/api/v1/goals/${goal.id}/indicators`)).json()) as {
      items: IndicatorRecord[];
    };
    const found = items.find((indicator) => indicator.title === TITLE);
    if (found) return found;
  }
  throw new Error(`no indicator ${TITLE}`);
}

describeWeb('editing an indicator', () => {
  const web = webApp();

  it(
    'refuses a target below the baseline beside the field, keeps the values, then saves the new target',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const form = page.getByRole('form', { name: `Ändra indikatorn ${TITLE}` });
      const target = form.getByRole('group', { name: 'Målvärde' });
      await target.getByLabel('Värde').waitFor();
      expect(await form.getByRole('group', { name: 'Utgångsläge' }).getByLabel('Period').inputValue()).toBe('2021');
      expect(await target.getByLabel('Period').inputValue()).toBe('2026');

      // The values already saved, in a table.
      const table = page.getByRole('table', { name: `Sparade värden för ${TITLE}` });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBeGreaterThan(1);
      expect(await table.textContent()).toContain('Kvinnor');

      // The agreement form offers the municipality's goals.
      expect(await page.getByRole('group', { name: 'Mål som överenskommelsen tjänar' }).first().isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Higher is better, and the target is below the baseline (20): the server names /target/value.
      await target.getByLabel('Värde').fill('10');
      await form.getByRole('button', { name: 'Spara' }).click();
      const alert = form.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Uppgifterna kunde inte sparas.');
      const value = target.getByLabel('Värde');
      expect(await value.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await value.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).toMatch(/-target-value-error$/);
      const fieldError = page.locator(`#${describedBy.split(' ').pop()!}`);
      expect(await fieldError.isVisible()).toBe(true);
      // The rule in Swedish with the field's name (the code target-direction), never the server's English.
      expect(await fieldError.textContent()).toContain('Målvärde ska ligga över utgångsläget.');
      expect(await value.inputValue()).toBe('10');
      expect(await target.getByLabel('Period').inputValue()).toBe('2026');
      expect(await axeViolations(page)).toEqual([]);

      // A reachable target: saved, and the API gives it back.
      await value.fill('45');
      await target.getByLabel('Period').fill('2027');
      await form.getByRole('button', { name: 'Spara' }).click();
      await page
        .locator('[role="status"][aria-live="polite"]', { hasText: `Indikatorn ${TITLE} är sparad.` })
        .waitFor();
      expect((await findIndicator(page)).target).toEqual({ period: '2027', value: 45 });
      expect(await value.getAttribute('aria-invalid')).toBeNull();

      // A new value shows in the table after it is saved.
      const valueForm = page.getByRole('form', { name: `Nytt värde för ${TITLE}` });
      await valueForm.getByLabel('Period').fill('2026');
      await valueForm.getByLabel('Grupp').selectOption({ label: 'Män' });
      await valueForm.getByLabel('Värde').fill('38');
      await valueForm.getByRole('button', { name: 'Spara värdet' }).click();
      await table.getByRole('row', { name: /2026/ }).waitFor();
      expect(await table.getByRole('row', { name: /2026/ }).textContent()).toContain('38');
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors, refusedWrite);
    },
    WEB_TIMEOUT,
  );
  it(
    'chooses the goals the agreement serves with checkboxes',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const section = page.getByRole('region', { name: 'Överenskommelsen' });
      const goals = section.getByRole('group', { name: 'Mål som överenskommelsen tjänar' });
      await goals.getByRole('checkbox').first().waitFor();
      const boxes = goals.getByRole('checkbox');
      const count = await boxes.count();
      for (let i = 0; i < count; i++) await boxes.nth(i).uncheck();
      await boxes.first().check();
      await section.getByRole('button', { name: 'Spara', exact: true }).click();
      await page.locator('[role="status"][aria-live="polite"]', { hasText: 'sparad' }).waitFor();
      const { items } = (await (await page.request.get('/api/v1/agreements?limit=500')).json()) as {
        items: { goalIds: string[] }[];
      };
      expect(items.some((agreement) => agreement.goalIds.length === 1)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'names a Kolada KPI and fetches it now; Kolada out of reach changes nothing and says so',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, editor.email, '/redigera');
      const form = page.getByRole('form', { name: `Ändra indikatorn ${TITLE}` });
      const kpi = form.getByLabel('Kolada-nyckeltal');
      await kpi.waitFor();
      expect(await kpi.inputValue()).toBe('');
      await kpi.fill('n07403');
      await form.getByRole('button', { name: 'Spara' }).click();
      const button = page.getByRole('button', { name: 'Hämta N07403 från Kolada nu' });
      await button.waitFor();
      expect((await findIndicator(page)) as unknown).toMatchObject({ kolada: { kpi: 'N07403' } });
      const before = await (
        await page.request.get(`/api/v1/indicators/${(await findIndicator(page)).id}/values`)
      ).json();
      // The tests' Kolada (KOLADA_URL) refuses every connection.
      await button.click();
      await page.getByRole('status').filter({ hasText: 'Inget hämtades från Kolada, inget ändrades.' }).waitFor();
      const after = await (
        await page.request.get(`/api/v1/indicators/${(await findIndicator(page)).id}/values`)
      ).json();
      expect(after).toEqual(before);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
