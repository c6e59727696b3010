import { expect, it } from 'vitest';
import { axeViolations, describeWeb, expectNoErrors, WEB_TIMEOUT, webApp } from './helpers/web.js';

// The plan for the public: the agreement, its parties and period, the lägesbild summary,
// the focus areas in order with their activities, and the filters.

interface Listed<T> {
  items: T[];
}

describeWeb('the plan', () => {
  const web = webApp();

  it(
    'shows the agreement and its focus areas in order, with every published activity',
    async () => {
      const { page, errors } = await web.open();
      const api = page.request;
      const [agreement] = (
        (await (await api.get('/api/v1/agreements?limit=500')).json()) as Listed<{ id: string; title: string }>
      ).items;
      const focusAreas = (
        (await (await api.get(`/api/v1/agreements/${agreement!.id}/focus-areas`)).json()) as Listed<{
          title: string;
          position: number;
        }>
      ).items.sort((a, b) => a.position - b.position);
      const activities = (
        (await (await api.get(`/api/v1/activities?limit=500&agreementId=${agreement!.id}`)).json()) as Listed<{
          title: string;
        }>
      ).items;

      await page.goto('/plan?kommun=0580');
      await page.getByRole('heading', { level: 2, name: agreement!.title }).waitFor();
      await page.locator('.focus-area').first().waitFor();
      const facts = (await page.locator('.agreement .facts').textContent()) ?? '';
      expect(facts).toContain('1 januari 2023 – 31 december 2026');
      expect(facts).toContain('Lokalpolisområde Linköping');
      expect(facts).toContain('Linköpings kommun – Säkerhetsenheten');
      await page.getByRole('heading', { level: 3, name: 'Lägesbild i sammandrag' }).waitFor();
      expect(await page.locator('.focus-area h3').allTextContents()).toEqual(focusAreas.map((area) => area.title));
      expect(await page.locator('.focus-area .activity-list > li').count()).toBe(activities.length);
      expect(await page.locator('.result-count').textContent()).toBe(
        `Visar ${activities.length} av ${activities.length} aktiviteter.`,
      );
      // A measure names the months with a target of their own: the schools' summer break.
      const dogs = page.locator('.activity-list > li', { hasText: 'Narkotikasök med hund i skolor' });
      expect(await dogs.locator('.facts').textContent()).toContain('narkotikasök med hund, 2 per månad (juli: 0)');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'filters by status, area and organisation, says how many are shown, and keeps the filters in the address',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/plan?kommun=0580');
      await page.locator('.focus-area').first().waitFor();
      const total = await page.locator('.activity-list > li').count();

      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Genomförd' });
      const done = await page.locator('.activity-list > li').count();
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(total);
      for (const badge of await page.locator('.activity-list > li .badge[class*="status-"]').allTextContents()) {
        expect(badge).toBe('Genomförd');
      }
      await page
        .locator('[role="status"][aria-live="polite"]', { hasText: `Visar ${done} av ${total} aktiviteter.` })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('status')).toBe('done');

      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Alla' });
      await page.getByLabel('Område', { exact: true }).selectOption('Skäggetorp');
      for (const area of await page.locator('.activity-list > li dd', { hasText: /^Skäggetorp$/ }).allTextContents()) {
        expect(area).toBe('Skäggetorp');
      }
      const inArea = await page.locator('.activity-list > li').count();
      expect(inArea).toBeGreaterThan(0);
      expect(await page.locator('.activity-list > li', { hasText: 'Skäggetorp' }).count()).toBe(inArea);

      await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'AB Stångåstaden' });
      const both = await page.locator('.activity-list > li').count();
      expect(both).toBeGreaterThan(0);
      expect(await page.locator('.activity-list > li', { hasText: 'AB Stångåstaden' }).count()).toBe(both);
      expect(await axeViolations(page)).toEqual([]);

      // A reload keeps the filters; "Rensa filtren" shows everything again.
      await page.reload();
      await page.locator('.focus-area').first().waitFor();
      expect(await page.getByLabel('Område', { exact: true }).inputValue()).toBe('Skäggetorp');
      expect(await page.locator('.activity-list > li').count()).toBe(both);
      await page.getByRole('button', { name: 'Rensa filtren' }).click();
      expect(await page.locator('.activity-list > li').count()).toBe(total);
      expect(new URL(page.url()).search).toBe('?kommun=0580');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
