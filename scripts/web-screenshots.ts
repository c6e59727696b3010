import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildApp } from '../server/app.js';
import { fixedClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createPgliteDatabase } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { DEMO_PASSWORD } from '../server/demo/data.js';
import { loadDemoData } from '../server/demo/load.js';
import { projectRoot } from '../server/paths.js';
import { launchChromium, openPage } from '../test/helpers/browser.js';

// Screenshots of the built web client on the Linköping demo, for the README:
// `npm run web:build && npm run web:screenshots` writes docs/screenshots/*.png.
// The clock is fixed, as in the tests, so the pictures only change when the pages do.

const out = join(projectRoot, 'docs', 'screenshots');
const NOW = '2026-06-15T10:00:00.000Z';

const database = await createPgliteDatabase(undefined);
await migrate(database);
const clock = fixedClock(NOW);
await loadDemoData(database.db, clock);
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn' }), database, clock });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await launchChromium();

try {
  await mkdir(out, { recursive: true });

  const desktop = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  await desktop.page.goto(`${base}/kommun/0580`);
  await desktop.page.locator('.indicator-card canvas').first().waitFor();
  await desktop.page.waitForTimeout(300);
  // The top of the page down to the goal's indicator charts.
  await desktop.page.screenshot({
    path: join(out, 'dashboard.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1650 },
  });
  const promise = desktop.page.locator('section[id^="promise-"]').first();
  await promise.locator('.activity-card').nth(3).scrollIntoViewIfNeeded();
  await desktop.page.screenshot({ path: join(out, 'dashboard-activities.png') });
  await promise.locator('.activity-card').first().locator('.table-toggle').click();
  await promise
    .locator('.activity-card')
    .first()
    .screenshot({ path: join(out, 'dashboard-activity-table.png') });

  await desktop.page.goto(`${base}/plan`);
  await desktop.page.locator('.focus-area').first().waitFor();
  await desktop.page.screenshot({ path: join(out, 'plan.png') });

  // The lägesbild's traceability: the gaps first, then each problem with its causes and activities.
  await desktop.page.goto(`${base}/lagesbild`);
  await desktop.page.getByRole('link', { name: /Lägesbild 2024/ }).click();
  await desktop.page.locator('.problem').first().waitFor();
  await desktop.page.screenshot({
    path: join(out, 'lagesbild.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 2000 },
  });

  // The county: Östergötland's 13 municipalities side by side.
  await desktop.page.goto(`${base}/lan/05`);
  await desktop.page.locator('main canvas').first().waitFor();
  await desktop.page.waitForTimeout(300);
  await desktop.page.screenshot({
    path: join(out, 'county.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1500 },
  });
  // A promise with its verdict first and its history open: the demo editor gives a new verdict
  // and corrects a month first, through the API; the activity cards are left out of the picture.
  const editor = await openPage(browser);
  await editor.page.request.post(`${base}/api/v1/auth/login`, {
    data: { email: 'sakerhet@linkoping.example', password: DEMO_PASSWORD },
  });
  const judged = await editor.page.request.get(`${base}/api/v1/public/municipalities/0580/dashboard`);
  const { promises } = (await judged.json()) as {
    promises: { promise: { id: string }; activities: { activity: { id: string } }[] }[];
  };
  const shown = promises[0]!;
  const current = (await (await editor.page.request.get(`${base}/api/v1/promises/${shown.promise.id}`)).json()) as {
    version: number;
  };
  await editor.page.request.patch(`${base}/api/v1/promises/${shown.promise.id}`, {
    headers: { 'if-match': `"${current.version}"`, origin: base },
    data: {
      assessment: 'atRisk',
      assessmentNote: 'Trygghetsvandringarna i Skäggetorp har blivit färre än utlovat i vår. (Demodata.)',
    },
  });
  const walk = shown.activities[1]!.activity.id;
  const month = await editor.page.request.get(`${base}/api/v1/activities/${walk}/follow-ups/2026-05`);
  const recorded = month.ok() ? ((await month.json()) as { version: number; outcome: number | null }) : null;
  await editor.page.request.put(`${base}/api/v1/activities/${walk}/follow-ups/2026-05`, {
    headers: { ...(recorded ? { 'if-match': `"${recorded.version}"` } : {}), origin: base },
    data: { outcome: (recorded?.outcome ?? 2) + 1, comment: 'Rättat efter kontroll mot vandringslistorna.' },
  });
  // A fresh page: the dashboard read above may still be in the browser's cache (public, a minute).
  const judgedPage = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  await judgedPage.page.goto(`${base}/kommun/0580`);
  const section = judgedPage.page.locator(`#promise-${shown.promise.id}`);
  await section.locator('.verdict-block').waitFor();
  await section.locator('.card-grid').evaluate((grid) => {
    (grid as unknown as { style: { display: string } }).style.display = 'none';
  });
  await section.locator('summary', { hasText: 'Historik' }).click();
  await section.locator('ol.history').waitFor();
  await section.screenshot({ path: join(out, 'promise-verdict-history.png') });

  const mobile = await openPage(browser, { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  await mobile.page.goto(`${base}/kommun/0580`);
  await mobile.page.locator('.indicator-card canvas').first().waitFor();
  await mobile.page.waitForTimeout(300);
  await mobile.page.screenshot({ path: join(out, 'dashboard-mobile.png') });

  for (const watched of [desktop, judgedPage, mobile]) {
    if (watched.errors.length > 0) console.error('page errors:', watched.errors);
  }
  console.log(`wrote screenshots to ${out}`);
} finally {
  await browser.close();
  await app.close();
  await database.close();
}
