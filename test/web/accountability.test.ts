import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/data.js';
import {
  axeViolations,
  describeWeb,
  expectNarrowScreenFit,
  expectNoErrors,
  horizontalOverflow,
  signIn,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// Issue 16 in a real Chromium: each promise's verdict first with its history and embed code,
// the Atom feed (parsed by the browser's own XML parser), the embed page framed by another
// site while other pages refuse it, the area pages and the search box.

interface DashboardPromise {
  promise: { id: string; title: string; version: number; periodEnd: string };
}

describeWeb('public accountability', () => {
  const web = webApp();

  /** The demo's first promise, given a verdict by the demo editor through the API. */
  async function judgedPromise() {
    const { page } = await web.open();
    const login = await page.request.post('/api/v1/auth/login', {
      data: { email: 'sakerhet@linkoping.example', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const dashboard = (await (await page.request.get('/api/v1/public/municipalities/0580/dashboard')).json()) as {
      promises: DashboardPromise[];
    };
    const { promise } = dashboard.promises[0]!;
    const current = (await (await page.request.get(`/api/v1/promises/${promise.id}`)).json()) as { version: number };
    const patched = await page.request.patch(`/api/v1/promises/${promise.id}`, {
      headers: { 'if-match': `"${current.version}"`, origin: web.base },
      data: { assessment: 'atRisk', assessmentNote: 'Färre trygghetsvandringar än planerat under våren.' },
    });
    expect(patched.status(), await patched.text()).toBe(200);
    return promise;
  }

  it(
    'shows each promise’s verdict first, in words with an icon, beside the computed progress, and its history',
    async () => {
      const promise = await judgedPromise();
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      const section = page.locator(`#promise-${promise.id}`);
      await section.locator('.verdict-block').waitFor();
      const verdict = section.locator('.verdict-block');
      expect(await verdict.textContent()).toContain('Bedömning: ▲Risk att inte hållas');
      expect(await verdict.textContent()).toContain('Färre trygghetsvandringar än planerat under våren.');
      expect(await section.locator('.verdict-icon').first().getAttribute('aria-hidden')).toBe('true');
      // The verdict comes before the computed lights, and both before the activities.
      const order = await section.evaluate((element) =>
        ['.verdict-block', '.computed', 'article.activity-card'].map((selector) =>
          [...element.querySelectorAll('*')].indexOf(element.querySelector(selector)!),
        ),
      );
      expect(order[0]).toBeLessThan(order[1]!);
      expect(order[1]).toBeLessThan(order[2]!);

      // Historik, opened from the keyboard.
      const summary = section.locator('summary', { hasText: 'Historik' });
      await summary.focus();
      await page.keyboard.press('Enter');
      const history = section.locator('ol.history');
      await history.waitFor();
      expect(await history.textContent()).toContain('Ny bedömning:');
      expect(await history.textContent()).toContain('Risk att inte hållas');
      // Officials are not named; their organisation is.
      expect(await history.textContent()).not.toContain('Demo ');

      // The feed is linked from the page's head.
      const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      expect(await feed.getAttribute('href')).toBe('/api/v1/public/municipalities/0580/feed.atom');

      // The embed code names the embed page.
      expect(await section.locator('textarea.embed-code').inputValue()).toContain(
        `${web.base}/inbadda/lofte/${promise.id}`,
      );
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'serves a valid Atom 1.0 feed, as the browser’s XML parser reads it',
    async () => {
      await judgedPromise();
      const { page } = await web.open();
      await page.goto('/kommun/0580');
      const feed = await page.evaluate(async () => {
        const text = await (await fetch('/api/v1/public/municipalities/0580/feed.atom')).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const ATOM = 'http://www.w3.org/2005/Atom';
        const child = (element: Element, name: string) =>
          [...element.children].find((node) => node.namespaceURI === ATOM && node.localName === name);
        const root = doc.documentElement;
        const entries = [...root.children].filter((node) => node.localName === 'entry');
        return {
          parseError: doc.getElementsByTagName('parsererror').length,
          root: `${root.namespaceURI} ${root.localName}`,
          feed: ['id', 'title', 'updated', 'author'].map((name) => child(root, name)?.textContent ?? null),
          self: root.querySelector('link[rel="self"]')?.getAttribute('href') ?? null,
          entries: entries.map((entry) => ({
            id: child(entry, 'id')?.textContent ?? null,
            title: child(entry, 'title')?.textContent ?? null,
            updated: child(entry, 'updated')?.textContent ?? null,
            link: child(entry, 'link')?.getAttribute('href') ?? null,
            content: child(entry, 'content')?.textContent ?? null,
          })),
        };
      });
      expect(feed.parseError).toBe(0);
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.feed.every((value) => value !== null && value !== '')).toBe(true);
      expect(feed.self).toBe(`${web.base}/api/v1/public/municipalities/0580/feed.atom`);
      expect(feed.entries.length).toBeGreaterThan(0);
      expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length);
      for (const entry of feed.entries) {
        expect(entry.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/public\/promises\/[\w-]+\/history#\d+\.\d+$/);
        expect(entry.title).toBeTruthy();
        expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(entry.link).toMatch(/\/kommun\/0580#promise-/);
        expect(entry.content).not.toBeNull();
      }
      expect(feed.entries.some((entry) => /^Bedömning: Risk att inte hållas – /.test(entry.title ?? ''))).toBe(true);
    },
    WEB_TIMEOUT,
  );

  it(
    'lets any site frame the embed page, and no site frame any other page',
    async () => {
      const promise = await judgedPromise();
      const { page, errors } = await web.open();
      // Another site: another origin (another port) on this machine, serving a page with two frames.
      const html =
        `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Kommunens sida</title>` +
        `<iframe id="embed" title="Löftet" src="${web.base}/inbadda/lofte/${promise.id}"></iframe>` +
        `<iframe id="page" title="Sidan" src="${web.base}/kommun/0580"></iframe></html>`;
      const site = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      });
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      const other = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      await page.goto(`${other}/`);
      const embed = page.frameLocator('#embed');
      await embed.getByRole('heading', { level: 1, name: promise.title }).waitFor();
      expect(await embed.locator('.verdict').textContent()).toContain('Bedömning: Risk att inte hållas');
      expect(await embed.locator('svg[role="img"]').count()).toBeLessThanOrEqual(1);
      // The dashboard in a frame is refused by the browser: an error page stands in its place.
      await page.waitForTimeout(500);
      const urls = page.frames().map((frame) => frame.url());
      expect(urls.some((url) => url.startsWith('chrome-error://'))).toBe(true);
      expect(urls.some((url) => url.endsWith('/kommun/0580'))).toBe(false);
      site.close();
      expectNoErrors(errors, (error) => /frame-ancestors|refused to connect|ERR_BLOCKED_BY_RESPONSE/i.test(error.text));

      // The embed page alone: no script, accessible, in English when asked, at 375 px.
      const alone = await web.open({ viewport: { width: 375, height: 800 } });
      await alone.page.goto(`/inbadda/lofte/${promise.id}?lang=en`);
      expect(await alone.page.locator('html').getAttribute('lang')).toBe('en');
      expect(await alone.page.locator('.verdict').textContent()).toContain('Verdict: At risk');
      expect(await alone.page.locator('script').count()).toBe(0);
      expect(await horizontalOverflow(alone.page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(alone.page)).toEqual([]);
      expectNoErrors(alone.errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'lists the areas on the dashboard, each a page of its activities and promises',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      const areas = page.locator('#areas');
      await areas.waitFor();
      await areas.getByRole('link', { name: 'Skäggetorp' }).click();
      await page.waitForURL('**/kommun/0580/omrade/Sk%C3%A4ggetorp');
      await page.getByRole('heading', { level: 1, name: 'Skäggetorp, Linköping' }).waitFor();
      await page.locator('article.activity-card').first().waitFor();
      expect(await page.locator('.verdict-block').count()).toBeGreaterThan(0);
      await expectNarrowScreenFit(page);
      // Any case, any spaces.
      await page.goto('/kommun/0580/omrade/%20SK%C3%84GGETORP');
      await page.getByRole('heading', { level: 1, name: 'Skäggetorp, Linköping' }).waitFor();
      // A place nobody names.
      await page.goto('/kommun/0580/omrade/Ingenstans');
      await page.getByRole('alert').filter({ hasText: 'Ingenstans' }).waitFor();
      expectNoErrors(errors, (error) => error.text.includes('404'));
    },
    WEB_TIMEOUT,
  );

  it(
    'finds promises, activities and areas from the one search box, by keyboard, in Swedish and English',
    async () => {
      const { page, errors } = await web.open();
      await page.goto('/kommun/0580');
      const box = page.getByRole('searchbox', { name: 'Sök i medborgarlöften' });
      await box.focus();
      await page.keyboard.type('trygghetsvandringar');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/sok?q=trygghetsvandringar');
      await page.getByRole('heading', { level: 2, name: /träffar för ”trygghetsvandringar”/ }).waitFor();
      const results = page.locator('.search-results li');
      expect(await results.count()).toBeGreaterThan(0);
      expect(await page.locator('.search-results').textContent()).toContain('Linköping');
      await expectNarrowScreenFit(page);
      await page.goto('/sok?q=skäggetorp');
      await page.locator('.search-results').getByText('Område').first().waitFor();
      await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: /results for “skäggetorp”/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'lets an editor give a verdict (refused before the period ends, in words) and rename an area everywhere',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, 'sakerhet@linkoping.example', '/redigera');
      const form = page.getByRole('region', { name: 'Nytt medborgarlöfte' });
      await form.getByLabel('Medborgarlöfte').waitFor();
      await form.getByLabel('Medborgarlöfte').fill('Bedömt löfte');
      await form.getByLabel('Löftet').fill('Vi lovar att lysa upp Ryd.');
      await form.getByLabel('Bedömning', { exact: true }).selectOption({ label: 'Uppfyllt' });
      await form.getByLabel('Motivering').fill('Alla lampor är uppsatta.');
      await form.getByRole('button', { name: 'Skapa medborgarlöftet' }).click();
      await form
        .getByText(/Bedömning: Uppfyllt, Delvis uppfyllt och Inte uppfyllt kan väljas först när perioden är slut/)
        .first()
        .waitFor();
      await form.getByLabel('Bedömning', { exact: true }).selectOption({ label: 'Enligt plan' });
      await form.getByRole('button', { name: 'Skapa medborgarlöftet' }).click();
      await page.getByRole('row', { name: /Bedömt löfte/ }).waitFor();
      const promises = (
        (await (await page.request.get('/api/v1/promises?limit=500')).json()) as {
          items: { title: string; assessment: string | null; assessmentNote: string }[];
        }
      ).items;
      expect(promises.find((promise) => promise.title === 'Bedömt löfte')).toMatchObject({
        assessment: 'onTrack',
        assessmentNote: 'Alla lampor är uppsatta.',
      });

      const rename = page.getByRole('region', { name: 'Byt namn på ett område' });
      await rename.getByLabel('Nuvarande namn').fill(' majeldstorget ');
      await rename.getByLabel('Nytt namn').fill('Majelden');
      await rename.getByRole('button', { name: 'Byt namn' }).click();
      await rename.getByText(/heter nu ”Majelden”/).waitFor();
      const areas = (await (await page.request.get('/api/v1/public/municipalities/0580/areas')).json()) as {
        items: { name: string }[];
      };
      const names = areas.items.map((area) => area.name);
      expect(names).toContain('Majelden');
      expect(names).not.toContain('Majeldstorget');
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors, (error) => error.kind === 'console' && error.url.includes('/api/v1/promises'));
    },
    WEB_TIMEOUT,
  );
});
