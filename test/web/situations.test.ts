import { expect, it } from 'vitest';
import {
  axeViolations,
  describeWeb,
  expectNarrowScreenFit,
  expectNoErrors,
  signIn,
  WEB_TIMEOUT,
  webApp,
} from './helpers/web.js';

// The lägesbild in the browser: its problems with their causes and the activities acting on each,
// the gaps standing out, the problems under each activity of the plan, the analysis beside the
// report's figures, and editing a problem, its causes and an analysis, by keyboard.

interface Listed<T> {
  items: T[];
}

describeWeb('the lägesbild', () => {
  const web = webApp();

  it(
    'shows the demo’s problems, causes and activities, with the problem no one acts on first; no axe violations',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      await page.goto('/lagesbild');
      await page.getByRole('heading', { level: 1, name: 'Lägesbild' }).waitFor();
      await page.getByRole('link', { name: /Lägesbild 2024/ }).click();
      await page.getByRole('heading', { level: 1, name: /Lägesbild 2024/ }).waitFor();
      await page.locator('main .loading').waitFor({ state: 'detached' });

      const gaps = page.locator('.gaps');
      expect(await gaps.textContent()).toContain('Problem som ingen aktivitet verkar på: 1');
      expect(await gaps.locator('.notice-gap').first().textContent()).toContain('Trafiksäkerhet vid skolor');
      expect(await gaps.textContent()).toContain('Veckovis lägesbild enligt EST');
      // Each problem with its causes and the activities on it; the unpublished one not for the public.
      const skaggetorp = page.locator('.problem', { hasText: 'Otrygghet på offentliga platser i Skäggetorp' });
      expect(await skaggetorp.textContent()).toContain('Trygghetsvandringar i Skäggetorp');
      expect(await skaggetorp.locator('.causes > li').count()).toBe(3);
      expect(await page.locator('.problem-gap').count()).toBe(1);
      expect(await page.textContent('main')).not.toContain('Välfärdsbrottslighet mot');
      expect(await page.textContent('main')).not.toContain('Polisens underrättelseuppgifter');
      // The table of every problem.
      expect(await page.locator('table tbody tr').count()).toBe(5);
      // The link from a gap leads to the problem.
      await gaps.getByRole('link', { name: 'Trafiksäkerhet vid skolor och i bostadsområden' }).click();
      await page.waitForURL(/#problem-/);

      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 375, height: 812 });
      await expectNarrowScreenFit(page);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'shows insiders the unpublished problem and the internal note, and the plan the problems of each activity',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, 'styrgrupp@linkoping.example', '/lagesbild');
      await page.getByRole('link', { name: /Lägesbild 2024/ }).click();
      await page.locator('.problem').first().waitFor();
      expect(await page.textContent('main')).toContain('Välfärdsbrottslighet mot kommunens utbetalningar');
      expect(await page.textContent('main')).toContain('Polisens underrättelseuppgifter');

      await page.goto('/plan');
      await page.locator('.focus-area').first().waitFor();
      const walks = page.locator('.activity-list > li', { hasText: 'Trygghetsvandringar i Skäggetorp' });
      expect(await walks.locator('.facts').textContent()).toContain('Otrygghet på offentliga platser i Skäggetorp');
      const est = page.locator('.activity-list > li', { hasText: 'Veckovis lägesbild enligt EST' });
      expect(await est.locator('.facts').textContent()).toContain('Inget problem i lägesbilden');
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'puts the tertial’s analysis beside its figures in the steering group’s report',
    async () => {
      const { page, errors } = await web.open({ viewport: { width: 1280, height: 900 } });
      // Linköping's running promise: the demo holds the whole county.
      const municipalities = (
        (await (await page.request.get(`${web.base}/api/v1/municipalities?limit=500`)).json()) as Listed<{
          id: string;
          code: string;
        }>
      ).items;
      const linkoping = municipalities.find((m) => m.code === '0580')!;
      const promises = (
        (await (await page.request.get(`${web.base}/api/v1/promises?limit=500`)).json()) as Listed<{
          id: string;
          periodStart: string;
          municipalityId: string;
        }>
      ).items;
      const current = promises.find(
        (promise) => promise.municipalityId === linkoping.id && promise.periodStart === '2025-01-01',
      )!;
      await page.goto(`/rapport/${current.id}?period=2026-T1`);
      const review = page.locator('.report-review');
      await review.getByRole('heading', { name: 'Analys av T1 2026 (jan–apr)' }).waitFor();
      expect(await review.textContent()).toContain('Fastställd');
      expect(await review.textContent()).toContain('Prioriteringar för nästa period');
      // Side by side: the analysis starts level with the summary, to its right.
      const summary = await page.locator('section[aria-labelledby="report-summary"]').boundingBox();
      const analysis = await review.boundingBox();
      expect(analysis!.x).toBeGreaterThan(summary!.x + summary!.width - 1);
      expect(Math.abs(analysis!.y - summary!.y)).toBeLessThan(5);
      // The draft of the tertial under way is no one's in public.
      await page.goto(`/rapport/${current.id}?period=2026-T2`);
      await page.locator('.report-review').getByText('Det finns ingen analys av perioden ännu.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );

  it(
    'lets an editor add a problem with causes, tie an activity to it and write an analysis, by keyboard',
    async () => {
      const { page, errors } = await web.open();
      await signIn(page, 'sakerhet@linkoping.example', '/redigera');
      const section = page.locator('section[aria-labelledby="situations-edit-title"]');
      await section.getByRole('heading', { level: 2, name: 'Lägesbild och problem' }).waitFor();
      const form = section.getByRole('form', { name: 'Nytt problem' }).first();
      await form.getByLabel('Problem', { exact: true }).fill('Klotter i Berga centrum');
      await form.getByLabel('Kategori').selectOption('disorder');
      await form.getByLabel('Områden').fill('Berga');
      await form.getByRole('button', { name: 'Lägg till en orsak' }).press('Enter');
      await form.getByLabel('Orsak 1', { exact: true }).fill('Tomma lokaler i centrum');
      await form.getByRole('button', { name: 'Lägg till problemet' }).press('Enter');
      await section.getByText('Problemet ”Klotter i Berga centrum” är tillagt.').waitFor();

      const reviews = page.locator('section[aria-labelledby="reviews-edit-title"]');
      await reviews.getByLabel('Period', { exact: true }).selectOption('2026-T2');
      await reviews.getByLabel('Analys', { exact: true }).fill('Sommaren gick enligt plan.');
      await reviews.getByRole('button', { name: 'Spara analysen' }).press('Enter');
      await reviews.getByText('Analysen av T2 2026 (maj–aug) är sparad.').waitFor();

      const api = page.request;
      const [agreement] = ((await (await api.get('/api/v1/agreements')).json()) as Listed<{ id: string }>).items;
      const problems = (
        (await (await api.get(`/api/v1/agreements/${agreement!.id}/problems`)).json()) as Listed<{
          title: string;
          causes: { title: string }[];
          areas: string[];
        }>
      ).items;
      expect(problems.find((problem) => problem.title === 'Klotter i Berga centrum')).toMatchObject({
        areas: ['Berga'],
        causes: [{ title: 'Tomma lokaler i centrum' }],
      });
      const review = await (await api.get(`/api/v1/agreements/${agreement!.id}/reviews/2026-T2`)).json();
      expect(review).toMatchObject({ text: 'Sommaren gick enligt plan.', status: 'draft' });

      // Tie an activity to the new problem in its form (the page read again: the plan's problems with it).
      await page.reload();
      await page.getByRole('button', { name: 'Ändra Kamerabevakning i Berga centrum' }).click();
      const activityForm = page.locator('section[aria-labelledby="activity-edit-title"]');
      await activityForm.getByLabel('Klotter i Berga centrum', { exact: true }).check();
      await activityForm.getByRole('button', { name: 'Spara' }).press('Enter');
      await page
        .getByText(/Aktiviteten Kamerabevakning i Berga centrum är sparad/)
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors(errors);
    },
    WEB_TIMEOUT,
  );
});
