import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  axeViolations,
  describeWeb,
  expectNoErrors,
  signIn,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// Uppföljning (the month grid) and the report, in a real Chromium, on the demo at 15 June 2026:
// May 2026 is the last month that has ended, June the one being recorded.

const EDITOR = 'sakerhet@linkoping.example';
const PARTNER = 'polis@linkoping.example';
const LAST_MONTH = '2026-05';

interface ApiActivity {
  id: string;
  title: string;
  shared: boolean;
  published: boolean;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  measure: object | null;
}
interface ApiPromise {
  id: string;
  title: string;
  periodStart: string;
  activityIds: string[];
  municipalityId: string;
}
interface ApiFollowUp {
  month: string;
  outcome: number | null;
  version: number;
}

/** Signed in, on Uppföljning, with its grid drawn. */
async function openGrid(page: Page, email: string) {
  await signIn(page, email, '/uppfoljning');
  await page.locator('table.followup-grid').waitFor({ state: 'attached', timeout: 15_000 });
}

/** The promise the page opens with (the one running now) and its activities, read through the API. */
async function currentPromise(page: Page) {
  // The caller's own municipality's: the demo holds the whole county, and the page opens with one's own.
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { municipalityId: string };
  const promises = ((await (await page.request.get('/api/v1/promises?limit=500')).json()) as { items: ApiPromise[] })
    .items;
  const promise = promises
    .filter((p) => p.municipalityId === me.municipalityId)
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0]!;
  const activities = await Promise.all(
    promise.activityIds.map(
      async (id) => (await (await page.request.get(`/api/v1/activities/${id}`)).json()) as ApiActivity,
    ),
  );
  return { promise, activities };
}

const cell = (page: Page, activityId: string, month: string) => page.locator(`[data-cell="${activityId}/${month}"]`);

describeWeb('Uppföljning', () => {
  const web = webApp();

  it(
    'shows a partner only its shared measured activities; a follow-up it records shows on the public dashboard',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await openGrid(page, PARTNER);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).waitFor();
      const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { organisationId: string };
      const { activities } = await currentPromise(page);
      // The grid holds the activities with a measure: those without have no months to follow up.
      const theirs = activities.filter(
        (a) =>
          a.measure !== null &&
          a.shared &&
          (a.leadOrganisationId === me.organisationId || a.partnerOrganisationIds.includes(me.organisationId)),
      );
      const others = activities.filter((a) => !theirs.includes(a));
      expect(theirs.length).toBeGreaterThan(0);
      expect(others.length).toBeGreaterThan(0);

      const rowTitles = await page.locator('table.followup-grid tbody .grid-title').allTextContents();
      expect(rowTitles.sort()).toEqual(theirs.map((a) => a.title).sort());

      // Who has not reported, last month by default, is on the page.
      await page.getByRole('heading', { level: 2, name: 'Ej rapporterat' }).waitFor();
      expect(await page.getByLabel('Månad', { exact: true }).inputValue()).toBe(LAST_MONTH);

      const target = theirs.find((a) => a.published)!;
      await cell(page, target.id, LAST_MONTH).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      // The measure counts (antal): a decimal is refused before it is sent, beside the field.
      await dialog.getByLabel('Utfall', { exact: true }).fill('3,5');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await dialog.getByText('Skriv utfallet som ett heltal, 0 eller mer: måttet räknar antal.').waitFor();
      await dialog.getByLabel('Utfall', { exact: true }).fill('17');
      await dialog.getByLabel('Kommentar (offentlig)').fill('Rapporterat av polisen i testet');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.includes('17 /') ?? false,
        `[data-cell="${target.id}/${LAST_MONTH}"]`,
      );
      // Focus went back to the cell.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(
        `${target.id}/${LAST_MONTH}`,
      );
      expectNoErrors(errors);

      const reader = await web.open();
      await reader.page.goto('/kommun/0580');
      await waitForCharts(reader.page);
      const card = reader.page.locator('article.activity-card', {
        has: reader.page.getByRole('heading', { level: 4, name: target.title, exact: true }),
      });
      // The chart's table is made when shown.
      await card.first().getByRole('button', { name: 'Visa som tabell' }).click();
      const row = card.locator('tr', { has: reader.page.locator('th', { hasText: 'maj 2026' }) }).first();
      expect(await row.locator('td').nth(1).textContent()).toBe('17');
      expectNoErrors(reader.errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'tells the editor of a stale write, shows the new value and keeps what was typed',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await openGrid(page, EDITOR);
      const { activities } = await currentPromise(page);
      const activity = activities[0]!;
      const month = '2026-04';
      await cell(page, activity.id, month).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await axeViolations(page, { dialog: true })).toEqual([]);
      await dialog.getByLabel('Utfall', { exact: true }).fill('11');
      await dialog.getByLabel('Intern anteckning').fill('Mitt utkast');

      // Meanwhile someone else changes the same month.
      const before = (
        (await (await page.request.get(`/api/v1/activities/${activity.id}/follow-ups`)).json()) as {
          items: ApiFollowUp[];
        }
      ).items.find((f) => f.month === month);
      const other = await page.request.put(`/api/v1/activities/${activity.id}/follow-ups/${month}`, {
        data: { outcome: 5, comment: 'Ändrat av någon annan' },
        headers: before ? { 'If-Match': `"${before.version}"` } : {},
      });
      expect(other.status()).toBe(before ? 200 : 201);

      await dialog.getByRole('button', { name: 'Spara' }).click();
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Någon annan har ändrat den här månaden');
      // What was saved beside what was typed.
      const outcomeRow = alert.getByRole('row', { name: /^Utfall/ });
      expect(await outcomeRow.getByRole('cell').allTextContents()).toEqual(['5', '11']);
      expect(await alert.textContent()).toContain('Ändrat av någon annan');
      expect(await dialog.getByLabel('Utfall', { exact: true }).inputValue()).toBe('11');
      expect(await dialog.getByLabel('Intern anteckning').inputValue()).toBe('Mitt utkast');

      // Saved again, on top of the new version.
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.includes('11 /') ?? false,
        `[data-cell="${activity.id}/${month}"]`,
      );
      // The only console line: the browser logging the 412 it got.
      expectNoErrors(errors, (error) => error.kind === 'console' && /412|Precondition/i.test(error.text));
    },
    WEB_TIMEOUT,
  );

  it(
    'works by keyboard alone: Tab to the grid, arrows between months, Enter/Space opens, Esc closes',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await openGrid(page, EDITOR);
      await page.locator('main h1').focus();
      let focused: string | null = null;
      for (let i = 0; i < 40 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
      }
      expect(focused).not.toBeNull();
      const at = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          return { row: element?.dataset.row, col: element?.dataset.col, cell: element?.dataset.cell };
        });
      const start = await at();
      await page.keyboard.press('ArrowRight');
      const right = await at();
      expect(right.row).toBe(start.row);
      expect(Number(right.col)).toBeGreaterThan(Number(start.col));
      await page.keyboard.press('ArrowDown');
      const down = await at();
      expect(Number(down.row)).toBeGreaterThan(Number(start.row));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      expect((await at()).cell).toBe(start.cell);

      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect((await at()).cell).toBe(start.cell);

      await page.keyboard.press(' ');
      await dialog.waitFor();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.includes('3 /') ?? false,
        `[data-cell="${start.cell}"]`,
      );
      expect((await at()).cell).toBe(start.cell);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'has no axe violations on the grid and the report, which opens on the latest tertial',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await openGrid(page, EDITOR);
      await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: 'docs/screenshots/uppfoljning.png',
        fullPage: true,
        clip: { x: 0, y: 0, width: 1280, height: 1100 },
      });

      await page.getByRole('link', { name: 'Rapport för styrgruppen (utskriftsvänlig)' }).click();
      await page.waitForURL('**/rapport/**');
      await waitForCharts(page);
      await page.getByRole('heading', { level: 2, name: 'Sammanfattning' }).waitFor();
      // The tertial of the last month that ended (report.test.ts has the rest of the report).
      expect(await page.getByLabel('Period (tertial eller helår)').inputValue()).toBe('2026-T2');
      for (const canvas of await page.locator('main canvas').all()) {
        expect(await canvas.getAttribute('role')).toBe('img');
        expect(await canvas.getAttribute('aria-label')).toBeTruthy();
      }
      expect(await axeViolations(page)).toEqual([]);
      // On paper: no header, navigation, footer or buttons.
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', 'main button']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
