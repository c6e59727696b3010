import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { TEST_NOW } from '../helpers/app.js';
import {
  axeViolations,
  describeWeb,
  expectNoErrors,
  horizontalOverflow,
  signIn,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The follow-up grid of Uppföljning in a real Chromium, on the demo at 15 June 2026 (June is the
// month being recorded): where it opens, its one Tab stop, the phone layout, the views of every
// measured activity, and two people recording the same empty month.

const EDITOR = 'sakerhet@linkoping.example';
const PARTNER = 'polis@linkoping.example';
const VIEWER = 'styrgrupp@linkoping.example';
const CURRENT_MONTH = '2026-06';
/** Measured, in no promise, not published. */
const OUTSIDE = 'Kontroller mot välfärdsbrottslighet vid utbetalningar och upphandling';

interface ApiFollowUp {
  month: string;
  outcome: number | null;
  comment: string;
  version: number;
}
interface GridRow {
  activity: { id: string; title: string; focusAreaId: string; leadOrganisationId: string };
  mayRecord: boolean;
  /** A recorded month has a version. */
  months: { month: string; version?: number }[];
}

const cell = (page: Page, activityId: string, month: string) => page.locator(`[data-cell="${activityId}/${month}"]`);
const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);

async function agreementGrid(page: Page): Promise<{ agreementId: string; rows: GridRow[] }> {
  const agreements = (await (await page.request.get('/api/v1/agreements')).json()) as {
    items: { id: string; periodStart: string; periodEnd: string }[];
  };
  const agreement = agreements.items.find((a) => a.periodStart <= '2026-06-15' && '2026-06-15' <= a.periodEnd)!;
  const grid = (await (await page.request.get(`/api/v1/agreements/${agreement.id}/follow-up-grid`)).json()) as {
    activities: GridRow[];
  };
  return { agreementId: agreement.id, rows: grid.activities };
}

async function followUpOf(page: Page, activityId: string, month: string): Promise<ApiFollowUp | null> {
  const response = await page.request.get(`/api/v1/activities/${activityId}/follow-ups/${month}`);
  return response.status() === 200 ? ((await response.json()) as ApiFollowUp) : null;
}

/** Records a month in the open dialog: outcome and comment, then Spara. */
async function fillDialog(page: Page, outcome: string, comment: string) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByLabel('Utfall', { exact: true }).fill(outcome);
  await dialog.getByLabel('Kommentar (offentlig)').fill(comment);
  return dialog;
}

describeWeb('Uppföljning: the grid', () => {
  const web = webApp();
  afterEach(() => web.t.clock.set(TEST_NOW));

  it(
    'opens at 1280 px on the month being recorded, and the activity column stays while the months scroll',
    async () => {
      // In November, when November is off the screen of a grid scrolled to its start.
      web.t.clock.set('2026-11-16T10:00:00.000Z');
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, EDITOR, '/uppfoljning?visa=overenskommelse');
      const wrap = page.locator('.grid-wrap');
      await wrap.waitFor();
      const current = page.locator('table.followup-grid thead th.month-current');
      expect(await current.locator('abbr').getAttribute('title')).toBe('november 2026');
      expect(await wrap.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      const rowHeader = page.locator('table.followup-grid tbody th[scope="row"]').first();
      const box = async () => ({
        wrap: (await wrap.boundingBox())!,
        current: (await current.boundingBox())!,
        rowHeader: (await rowHeader.boundingBox())!,
      });
      // The month being recorded is in view, clear of the activity column.
      let at = await box();
      expect(at.current.x).toBeGreaterThanOrEqual(at.rowHeader.x + at.rowHeader.width - 1);
      expect(at.current.x + at.current.width).toBeLessThanOrEqual(at.wrap.x + at.wrap.width + 1);

      // Moving by keyboard to January scrolls it clear of the activity column, not under it.
      await page.locator('.followup-grid [data-cell][tabindex="0"]').focus();
      await page.keyboard.press('Home');
      const january = (await page.locator(':focus').boundingBox())!;
      at = await box();
      expect(january.x).toBeGreaterThanOrEqual(at.rowHeader.x + at.rowHeader.width - 1);

      // Scrolled sideways to January and back to December: the activity names stay where they were.
      for (const end of [0, 1]) {
        await wrap.evaluate((element, to) => (element.scrollLeft = to * element.scrollWidth), end);
        at = await box();
        expect(at.rowHeader.x).toBeCloseTo(at.wrap.x, 0);
        expect(at.rowHeader.width).toBeGreaterThan(100);
      }
      const december = page.locator('table.followup-grid thead th', {
        has: page.locator('abbr[title="december 2026"]'),
      });
      const decemberBox = (await december.boundingBox())!;
      expect(decemberBox.x + decemberBox.width).toBeLessThanOrEqual(at.wrap.x + at.wrap.width + 1);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'is one Tab stop: Tab reaches it once and leaves on the next; arrows, Home and End move inside',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, EDITOR, '/uppfoljning');
      await page.locator('table.followup-grid').waitFor();
      expect(await page.locator('.followup-grid [data-cell][tabindex="0"]').count()).toBe(1);
      await page.locator('main h1').focus();
      let entered: string | null = null;
      for (let i = 0; i < 40 && !entered; i++) {
        await page.keyboard.press('Tab');
        entered = await focusedCell(page);
      }
      expect(entered).toMatch(new RegExp(`/${CURRENT_MONTH}$`));
      await page.keyboard.press('Tab');
      expect(await focusedCell(page)).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.closest('.grid-wrap') ?? null)).toBeNull();
      await page.keyboard.press('Shift+Tab');
      expect(await focusedCell(page)).toBe(entered);

      const position = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          return [Number(element.dataset.row), Number(element.dataset.col)];
        });
      const [row, col] = await position();
      await page.keyboard.press('ArrowRight');
      expect(await position()).toEqual([row, col! + 1]);
      await page.keyboard.press('ArrowDown');
      expect(await position()).toEqual([row! + 1, col! + 1]);
      await page.keyboard.press('Home');
      expect(await position()).toEqual([row! + 1, 0]);
      await page.keyboard.press('End');
      expect(await position()).toEqual([row! + 1, 11]);
      await page.keyboard.press('Control+Home');
      expect(await position()).toEqual([0, 0]);
      // The Tab stop moved with the focus: Tab out and back lands here again.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await position()).toEqual([0, 0]);
      expect(await page.locator('.followup-grid [data-cell][tabindex="0"]').count()).toBe(1);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'works at 375 px: one card per activity, no sideways scrolling, a month opened, checked and recorded',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 375, height: 800 } });
      await signIn(page, EDITOR, '/uppfoljning');
      await page.locator('.followup-card').first().waitFor();
      expect(await page.locator('table.followup-grid').count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);

      const button = page.locator('.followup-card').first().locator(`[data-cell$="/${CURRENT_MONTH}"]`);
      const dataCell = (await button.getAttribute('data-cell'))!;
      await button.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const outcome = dialog.getByLabel('Utfall', { exact: true });
      const puts: number[] = [];
      page.on('request', (request) => request.method() === 'PUT' && puts.push(1));
      // Checked before sending, with messages naming the field.
      for (const [typed, message] of [
        ['', 'Fyll i Utfall'],
        ['tre', 'Utfall måste vara ett tal'],
        ['-2', 'Utfall kan inte vara mindre än 0'],
        // The demo's first activity counts meetings (antal): the server's whole-number rule, said before sending.
        ['2,5', 'Skriv utfallet som ett heltal'],
      ] as const) {
        await outcome.fill(typed);
        await dialog.getByRole('button', { name: 'Spara' }).click();
        await dialog.locator('#followup-outcome-error').waitFor();
        expect(await dialog.locator('#followup-outcome-error').textContent()).toContain(message);
        expect(await outcome.getAttribute('aria-invalid')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('followup-outcome');
      }
      expect(puts).toEqual([]);
      await outcome.fill('2');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.includes('2 /') ?? false,
        `[data-cell="${dataCell}"]`,
      );
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'reads one year at a time: the year chosen by keyboard, in the URL, in Swedish and English',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      const years: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.endsWith('/follow-up-grid')) years.push(url.searchParams.get('year') ?? 'the server’s');
      });
      await signIn(page, EDITOR, '/uppfoljning?visa=overenskommelse');
      await page.locator('table.followup-grid').waitFor();
      const chooser = page.getByLabel('År', { exact: true });
      expect(await chooser.inputValue()).toBe('2026');
      await page.getByRole('heading', { name: 'Månader 2026' }).waitFor();
      // The server's year is the one shown: one request, no second for the same year.
      expect(years).toEqual(['the server’s']);
      const monthHeads = () =>
        page
          .locator('table.followup-grid thead abbr')
          .evaluateAll((heads) => heads.map((h) => h.getAttribute('title')));

      // A closed select takes the arrow keys: the year before, read on its own.
      await chooser.focus();
      await page.keyboard.press('ArrowUp');
      await page.waitForURL(/ar=2025/);
      await page.getByRole('heading', { name: 'Månader 2025' }).waitFor();
      await expect.poll(monthHeads).toEqual(Array.from({ length: 12 }, () => expect.stringMatching(/ 2025$/)));
      expect((await monthHeads())[0]).toBe('januari 2025');
      expect(years.at(-1)).toBe('2025');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('followup-year');
      const recorded = await page.locator('[data-cell$="/2025-03"]').first().textContent();
      expect(recorded).toMatch(/\d+ \//);
      expect(await axeViolations(page)).toEqual([]);

      // A link with the year opens it; in English the chooser and the heading say so.
      await page.goto('/uppfoljning?visa=overenskommelse&ar=2024');
      await page.getByRole('heading', { name: 'Månader 2024' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Months of 2024' }).waitFor();
      expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2024');
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'does not ask a viewer to choose a month to report',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, VIEWER, '/uppfoljning');
      await page.locator('table.followup-grid').waitFor();
      const main = (await page.locator('main').textContent())!;
      expect(main).not.toContain('Välj en månad');
      expect(main).toContain('Du kan läsa uppföljningen här men inte rapportera');
      expect(await page.locator('.followup-grid button').count()).toBe(0);
      // Still one Tab stop to read the months by; Space there does not scroll the page away.
      const stop = page.locator('.followup-grid [data-cell][tabindex="0"]');
      expect(await stop.count()).toBe(1);
      await stop.focus();
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.press(' ');
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'shows an activity outside any promise per agreement, focus area and lead organisation, linkable, and records it',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, EDITOR, '/uppfoljning');
      await page.locator('table.followup-grid').waitFor();
      const titles = () => page.locator('table.followup-grid tbody .grid-title').allTextContents();
      expect(await titles()).not.toContain(OUTSIDE);

      await page.getByLabel('Visa per').selectOption({ label: 'Överenskommelse (alla aktiviteter)' });
      await page.waitForURL(/visa=overenskommelse/);
      await page.locator('table.followup-grid').waitFor();
      await expect.poll(titles).toContain(OUTSIDE);
      expect(await axeViolations(page)).toEqual([]);

      const { agreementId, rows } = await agreementGrid(page);
      const outside = rows.find((row) => row.activity.title === OUTSIDE)!;
      await page.getByLabel('Visa per').selectOption({ label: 'Fokusområde' });
      await page.getByLabel('Fokusområde', { exact: true }).waitFor();
      await page.getByLabel('Fokusområde', { exact: true }).selectOption(outside.activity.focusAreaId);
      await page.waitForURL(new RegExp(`fokusomrade=${outside.activity.focusAreaId}`));
      await expect.poll(titles).toContain(OUTSIDE);
      expect(await axeViolations(page)).toEqual([]);

      // A link to the lead organisation's view opens it as it was.
      const url = `/uppfoljning?visa=organisation&overenskommelse=${agreementId}&organisation=${outside.activity.leadOrganisationId}`;
      await page.goto(url);
      await page.locator('table.followup-grid').waitFor();
      expect(await page.getByLabel('Ansvarig organisation', { exact: true }).inputValue()).toBe(
        outside.activity.leadOrganisationId,
      );
      await expect.poll(titles).toContain(OUTSIDE);
      const leads = rows.filter((row) => row.activity.leadOrganisationId === outside.activity.leadOrganisationId);
      expect((await titles()).sort()).toEqual(leads.map((row) => row.activity.title).sort());
      expect(await axeViolations(page)).toEqual([]);

      await cell(page, outside.activity.id, CURRENT_MONTH).click();
      const dialog = await fillDialog(page, '6', 'Sex granskade ärenden');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.includes('6 /') ?? false,
        `[data-cell="${outside.activity.id}/${CURRENT_MONTH}"]`,
      );
      expect(await followUpOf(page, outside.activity.id, CURRENT_MONTH)).toMatchObject({
        outcome: 6,
        comment: 'Sex granskade ärenden',
      });
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'shows the partner what the editor saved in the same empty month: keep theirs, or save mine on their version',
    async () => {
      const editor = await web.open({ viewport: { width: 1280, height: 900 } });
      const partner = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(editor.page, EDITOR, '/uppfoljning');
      await signIn(partner.page, PARTNER, '/uppfoljning');
      await partner.page.locator('table.followup-grid').waitFor();
      // Two activities the partner records whose current month nobody has recorded yet.
      const partnerRows = (await agreementGrid(partner.page)).rows.filter((row) => row.mayRecord);
      const shown = await partner.page
        .locator('[data-cell]')
        .evaluateAll((cells) => cells.map((element) => element.getAttribute('data-cell')));
      const empty = partnerRows.filter(
        (row) =>
          row.months.some((m) => m.month === CURRENT_MONTH && m.version === undefined) &&
          shown.includes(`${row.activity.id}/${CURRENT_MONTH}`),
      );
      expect(empty.length).toBeGreaterThanOrEqual(2);
      const puts: number[] = [];
      partner.page.on('response', (response) => {
        if (response.request().method() === 'PUT') puts.push(response.status());
      });

      /** Both open the same empty month and type; the editor saves first, then the partner. */
      async function bothRecord(activityId: string) {
        await editor.page.locator('table.followup-grid').waitFor();
        await cell(editor.page, activityId, CURRENT_MONTH).click();
        await cell(partner.page, activityId, CURRENT_MONTH).click();
        const editorDialog = await fillDialog(editor.page, '4', 'Redaktörens siffra');
        const partnerDialog = await fillDialog(partner.page, '9', 'Polisens siffra');
        await editorDialog.getByRole('button', { name: 'Spara' }).click();
        await editorDialog.waitFor({ state: 'hidden' });
        await partnerDialog.getByRole('button', { name: 'Spara' }).click();
        const alert = partnerDialog.getByRole('alert');
        await alert.waitFor();
        // Theirs beside mine, field by field.
        expect(
          await alert
            .getByRole('row', { name: /^Utfall/ })
            .getByRole('cell')
            .allTextContents(),
        ).toEqual(['4', '9']);
        expect(
          await alert
            .getByRole('row', { name: /^Kommentar/ })
            .getByRole('cell')
            .allTextContents(),
        ).toEqual(['Redaktörens siffra', 'Polisens siffra']);
        expect(await alert.textContent()).toContain('15 juni 2026');
        // What was typed is still there.
        expect(await partnerDialog.getByLabel('Utfall', { exact: true }).inputValue()).toBe('9');
        return partnerDialog;
      }

      // Keep theirs: nothing is written, the grid shows theirs.
      const [first, second] = empty;
      let dialog = await bothRecord(first!.activity.id);
      expect(await axeViolations(partner.page, { dialog: true })).toEqual([]);
      await dialog.getByRole('button', { name: 'Behåll deras värde' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await followUpOf(partner.page, first!.activity.id, CURRENT_MONTH)).toMatchObject({
        outcome: 4,
        comment: 'Redaktörens siffra',
        version: 1,
      });
      await partner.page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.includes('4 /') ?? false,
        `[data-cell="${first!.activity.id}/${CURRENT_MONTH}"]`,
      );
      expect(puts).toEqual([428]);

      // Save mine: written once, over their version, with no 428 or 412 after.
      puts.length = 0;
      dialog = await bothRecord(second!.activity.id);
      await dialog.getByRole('button', { name: 'Spara mitt i stället' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(puts).toEqual([428, 200]);
      expect(await followUpOf(partner.page, second!.activity.id, CURRENT_MONTH)).toMatchObject({
        outcome: 9,
        comment: 'Polisens siffra',
        version: 2,
      });
      expectNoErrors(editor.errors);
      // The only console lines: the browser logging the 428s it got.
      expectNoErrors(partner.errors, (error) => error.kind === 'console' && /428|Precondition/i.test(error.text));
    },
    WEB_TIMEOUT,
  );
});
