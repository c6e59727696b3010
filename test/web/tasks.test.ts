import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/data.js';
import {
  axeViolations,
  describeWeb,
  expectNarrowScreenFit,
  expectNoErrors,
  signIn,
  waitForCharts,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The reporting duty in a real Chromium, on the demo at 15 June 2026: a partner starts
// at "Att rapportera", each task opens the follow-up dialog with its due date, the header counts
// the tasks, reminders can be turned off; the follow-up page and the public dashboard show how
// punctually months are reported.

const EDITOR = 'sakerhet@linkoping.example';
const PARTNER = 'polis@linkoping.example';

interface ApiTask {
  activityId: string;
  activityTitle: string;
  month: string;
  dueDate: string;
  overdue: boolean;
}

describeWeb('Att rapportera', () => {
  const web = webApp();

  it(
    'is a partner’s start page after sign-in; a task opens the dialog with its due date, and once saved it is gone',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await page.goto('/logga-in');
      await page.getByLabel('E-post').fill(PARTNER);
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.waitForURL('**/att-rapportera');
      await page.getByRole('heading', { level: 1, name: 'Att rapportera' }).waitFor();

      const tasks = ((await (await page.request.get('/api/v1/me/tasks')).json()) as { items: ApiTask[] }).items;
      expect(tasks.length).toBeGreaterThan(0);
      const header = page.getByRole('banner').getByRole('link', { name: `Att rapportera: ${tasks.length}` });
      await header.waitFor();
      await page.locator('.task-list li').first().waitFor();
      expect(await page.locator('.task-list li').count()).toBe(tasks.length);
      expect(await axeViolations(page)).toEqual([]);

      const first = tasks[0]!;
      await page.locator('.task-list li').first().getByRole('button', { name: 'Rapportera' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const day = Number(first.dueDate.slice(8));
      await dialog.getByText(new RegExp(`Sista rapportdag: ${day} `)).waitFor();
      expect(await axeViolations(page, { dialog: true })).toEqual([]);
      await dialog.getByLabel('Utfall').fill('1');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByRole('banner')
        .getByRole('link', { name: `Att rapportera: ${tasks.length - 1}` })
        .waitFor();
      const after = ((await (await page.request.get('/api/v1/me/tasks')).json()) as { items: ApiTask[] }).items;
      expect(after.some((task) => task.activityId === first.activityId && task.month === first.month)).toBe(false);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'opens a reminder’s link straight into its month, and turns the reminders off',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, PARTNER, '/att-rapportera');
      const tasks = ((await (await page.request.get('/api/v1/me/tasks')).json()) as { items: ApiTask[] }).items;
      const task = tasks.at(-1)!;
      await page.goto(`/att-rapportera?aktivitet=${task.activityId}&manad=${task.month}`);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: new RegExp(task.activityTitle) }).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      const box = page.getByLabel('Skicka påminnelser till mig via e-post');
      expect(await box.isChecked()).toBe(true);
      await box.click();
      await page.getByText('Påminnelserna är avstängda.').waitFor({ state: 'attached' });
      expect(await box.isChecked()).toBe(false);
      const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { reminders: boolean };
      expect(me.reminders).toBe(false);
      await expectNarrowScreenFit(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'the follow-up page shows the due rule and the Rapporteringsgrad as a chart with its table',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await signIn(page, EDITOR, '/uppfoljning');
      await page.getByText('Varje månad ska rapporteras senast den 10 i månaden efter.').waitFor();
      const section = page.getByRole('region', { name: 'Rapporteringsgrad' });
      await section.locator('canvas[role="img"]').waitFor();
      await waitForCharts(page);
      await section.getByRole('button', { name: 'Visa som tabell' }).click();
      await section.getByRole('columnheader', { name: 'Andel i tid' }).waitFor();
      await section.getByText('Per organisation och månad').click();
      await section.getByRole('columnheader', { name: 'Sista rapportdag' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'the public dashboard says the share of due months reported on time over the last twelve months',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await page.goto('/kommun/0580');
      const section = page.getByRole('region', { name: 'Rapporteringsgrad' });
      await section.getByText(/av månaderna juni 2025–maj 2026 rapporterades i tid/).waitFor();
      expect(await section.locator('.big-number').textContent()).toMatch(/^\d+(,\d)?\s?%$/);
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
