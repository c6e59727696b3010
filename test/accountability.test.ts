import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import {
  as,
  cooperation,
  etag,
  expectAudited,
  expectNothingChanged,
  type Callers,
  type Client,
} from './helpers/cooperation.js';
import { expectProblem, ruleCodes } from './helpers/problems.js';
import type { CitizenPromise } from '../server/promises/schemas.js';
import type { HistoryEntry } from '../server/history/schemas.js';

// Issue 16: a verdict on each promise, its public history and feed, embeds, areas and search.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let anonymous: Client;
let plan: Awaited<ReturnType<ReturnType<typeof cooperation>['plan']>>;

beforeAll(async () => {
  t = await startTestApp();
  c = await makeCallers(t);
  make = cooperation(t, c);
  anonymous = as(t, {});
  plan = await make.plan();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_NOW));

/** Moves the clock; the editor then writes with an API token (sessions do not outlive a jump of days). */
async function editorAt(time: string): Promise<Client> {
  t.clock.set(time);
  const { issued } = await t.make.token(c.users.editor.id);
  return as(t, { authorization: `Bearer ${issued.token}` });
}

async function current(id: string): Promise<CitizenPromise> {
  return (await make.editor.get(`/promises/${id}`).expect(200)).body as CitizenPromise;
}

describe('the verdict', () => {
  it('is set by an editor with If-Match, with its motivation and time, and audited', async () => {
    const promise = await make.promise([plan.policeShared.id], { agreementId: plan.agreement.id, published: true });
    expect(promise).toMatchObject({ assessment: null, assessmentNote: '', assessedAt: null });
    const response = await expectAudited(t.db, 1, () =>
      make.editor
        .patch(
          `/promises/${promise.id}`,
          { assessment: 'onTrack', assessmentNote: 'Vandringarna går varje vecka.' },
          etag(promise),
        )
        .expect(200),
    );
    expect(response.body).toMatchObject({
      assessment: 'onTrack',
      assessmentNote: 'Vandringarna går varje vecka.',
      assessedAt: TEST_NOW,
      version: 2,
    });
    // A change of anything else keeps the verdict's time.
    const later = await editorAt('2026-07-01T10:00:00.000Z');
    const retitled = await later.patch(`/promises/${promise.id}`, { title: 'Ny rubrik' }, '"2"').expect(200);
    expect(retitled.body.assessedAt).toBe(TEST_NOW);
    // Without If-Match: 428.
    expectProblem(await later.patch(`/promises/${promise.id}`, { assessment: 'atRisk' }), 428);
    // Only editors.
    t.clock.set(TEST_NOW);
    expectProblem(
      await as(t, c.headers.partner).patch(`/promises/${promise.id}`, { assessment: 'atRisk' }, '"3"'),
      403,
    );
  });

  it('is kept, partly kept or not kept only once the period has ended: 400 before, nothing changed', async () => {
    const promise = await make.promise([], { published: true, periodEnd: '2026-06-15' });
    for (const assessment of ['kept', 'partlyKept', 'notKept']) {
      const response = await expectNothingChanged(t.db, () =>
        make.editor.patch(`/promises/${promise.id}`, { assessment }, etag(promise)),
      );
      const problem = expectProblem(response, 400, 'validation');
      expect(ruleCodes(problem.errors)).toEqual([{ in: 'body', path: '/assessment', code: 'verdict-too-early' }]);
      expect(problem.errors![0]!.params).toEqual({ periodEnd: '2026-06-15' });
    }
    // On the day after the last day (in Sweden), it may be judged.
    const judge = await editorAt('2026-06-15T22:30:00.000Z');
    const kept = await judge
      .patch(`/promises/${promise.id}`, { assessment: 'kept', assessmentNote: 'Allt genomfört.' }, etag(promise))
      .expect(200);
    // Moving the end back into the future under a final verdict is refused too.
    const moved = await expectNothingChanged(t.db, () =>
      judge.patch(`/promises/${promise.id}`, { periodEnd: '2026-12-31' }, etag(kept.body)),
    );
    expect(ruleCodes(expectProblem(moved, 400).errors)).toEqual([
      { in: 'body', path: '/periodEnd', code: 'verdict-too-early' },
    ]);
    // And a new promise may not start out kept.
    const created = await expectNothingChanged(t.db, () =>
      judge.post('/promises', {
        municipalityId: c.home.id,
        title: 'Redan hållet',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        text: 'Vi lovar.',
        activityIds: [],
        assessment: 'notKept',
      }),
    );
    expectProblem(created, 400, 'validation');
  });

  it('refuses a verdict outside the list and a motivation over 1 000 characters, changing nothing', async () => {
    const promise = await make.promise([], { published: true });
    for (const body of [
      { assessment: 'great' },
      { assessment: 'Kept' },
      { assessment: 3 },
      { assessmentNote: 'x'.repeat(1001) },
      { assessedAt: TEST_NOW },
    ]) {
      const response = await expectNothingChanged(t.db, () =>
        make.editor.patch(`/promises/${promise.id}`, body, etag(promise)),
      );
      expectProblem(response, 400, 'validation');
    }
    expect(await current(promise.id)).toEqual(promise);
  });

  it('is on the public dashboard with each promise, beside the areas', async () => {
    const promise = await make.promise([plan.notShared.id], { agreementId: plan.agreement.id, published: true });
    await make.editor
      .patch(`/promises/${promise.id}`, { assessment: 'delayed', assessmentNote: 'Startar i höst.' }, etag(promise))
      .expect(200);
    const dashboard = await anonymous.get(`/public/municipalities/${c.home.code}/dashboard`).expect(200);
    const shown = dashboard.body.promises.find(
      (item: { promise: CitizenPromise }) => item.promise.id === promise.id,
    ).promise;
    expect(shown).toMatchObject({ assessment: 'delayed', assessmentNote: 'Startar i höst.', assessedAt: TEST_NOW });
    expect(dashboard.body.areas.map((area: { name: string }) => area.name)).toEqual(
      expect.arrayContaining(['Berga', 'Ryd', 'Skäggetorp']),
    );
  });
});

describe('the public history', () => {
  let promise: CitizenPromise;

  beforeAll(async () => {
    const [first, second] = [plan.policeShared, plan.partnerShared];
    promise = await make.promise([first.id], {
      agreementId: plan.agreement.id,
      published: true,
      title: 'Tryggare Skäggetorp',
    });
    t.clock.set('2026-06-15T10:30:00.000Z');
    promise = (
      await make.editor
        .patch(
          `/promises/${promise.id}`,
          { assessment: 'atRisk', assessmentNote: 'Färre vandringar än planerat i våras.' },
          etag(promise),
        )
        .expect(200)
    ).body;
    t.clock.set('2026-06-15T11:00:00.000Z');
    promise = (
      await make.editor
        .patch(
          `/promises/${promise.id}`,
          {
            text: 'Vi lovar att gå trygghetsvandringar varje vecka.',
            activityIds: [first.id, second.id, plan.hidden.id],
          },
          etag(promise),
        )
        .expect(200)
    ).body;
    t.clock.set('2026-06-15T11:30:00.000Z');
    const month = await make.followUp(
      first.id,
      '2026-03',
      { outcome: 3, comment: 'Tre vandringar.', internalNote: 'Hemlig notering' },
      c.headers.partner,
    );
    t.clock.set('2026-06-15T12:00:00.000Z');
    await as(t, c.headers.editor)
      .put(
        `/activities/${first.id}/follow-ups/2026-03`,
        { outcome: 4, comment: 'Fyra vandringar.', internalNote: 'Ännu hemligare' },
        etag(month),
      )
      .expect(200);
    // Only the internal note changes: no public change.
    await as(t, c.headers.editor)
      .put(
        `/activities/${first.id}/follow-ups/2026-03`,
        { outcome: 4, comment: 'Fyra vandringar.', internalNote: 'Annat' },
        '"2"',
      )
      .expect(200);
    // A month of the hidden activity, and one outside the promise's period, are not the public's.
    await make.followUp(plan.hidden.id, '2026-03', { outcome: 1 });
    await make.followUp(first.id, '2027-01', { outcome: 1 }).catch(() => undefined);
  });

  async function history(): Promise<HistoryEntry[]> {
    const response = await anonymous.get(`/public/promises/${promise.id}/history`).expect(200);
    expect(response.body).toMatchObject({ promiseId: promise.id, title: promise.title, municipalityCode: c.home.code });
    return response.body.items as HistoryEntry[];
  }

  it('lists verdicts, texts, activities and months, newest first, dated, by organisation', async () => {
    const items = await history();
    const kinds = items.map((entry) => [entry.kind, entry.month ?? entry.field ?? entry.activityTitle ?? null]);
    expect(kinds).toEqual([
      ['monthCorrected', '2026-03'],
      ['monthRecorded', '2026-03'],
      ['changed', 'text'],
      ['activityAdded', plan.partnerShared.title],
      ['assessed', null],
      ['created', null],
    ]);
    const [corrected, recorded, changed, added, assessed, created] = items;
    expect(corrected).toMatchObject({
      at: '2026-06-15T12:00:00.000Z',
      activityId: plan.policeShared.id,
      activityTitle: plan.policeShared.title,
      outcomeBefore: 3,
      outcomeAfter: 4,
      unit: 'antal',
      comment: 'Fyra vandringar.',
      by: c.homeOrganisation.name,
    });
    expect(recorded).toMatchObject({ outcomeAfter: 3, by: c.police.name, comment: 'Tre vandringar.' });
    expect(recorded).not.toHaveProperty('outcomeBefore');
    expect(changed).toMatchObject({
      before: 'Vi lovar att vara synliga i Skäggetorp.',
      after: 'Vi lovar att gå trygghetsvandringar varje vecka.',
    });
    expect(added!.activityId).toBe(plan.partnerShared.id);
    expect(assessed).toMatchObject({
      at: '2026-06-15T10:30:00.000Z',
      assessment: 'atRisk',
      previousAssessment: null,
      assessmentNote: 'Färre vandringar än planerat i våras.',
    });
    expect(created).toMatchObject({ at: TEST_NOW, promiseTitle: 'Tryggare Skäggetorp', by: c.homeOrganisation.name });
    expect(new Set(items.map((entry) => entry.id)).size).toBe(items.length);
  });

  it('holds public fields only: no official, no internal note, no unpublished activity', async () => {
    const text = JSON.stringify(await history());
    for (const secret of [
      'Hemlig',
      'hemligare',
      'Annat',
      plan.hidden.title,
      plan.hidden.id,
      ...Object.values(c.users).flatMap((user) => [user.id, user.name, user.email]),
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('is 404 for a promise that is not published, or none', async () => {
    const hidden = await make.promise([], { published: false });
    expectProblem(await anonymous.get(`/public/promises/${hidden.id}/history`), 404, 'not-found');
    expectProblem(await as(t, c.headers.editor).get(`/public/promises/${hidden.id}/history`), 404, 'not-found');
    expectProblem(await anonymous.get('/public/promises/00000000-0000-4000-8000-000000000000/history'), 404);
    expectProblem(await anonymous.get('/public/promises/not-an-id/history'), 400);
  });

  it('is in the Atom feed of the municipality, linked to the dashboard', async () => {
    const response = await t.http().get(`/api/v1/public/municipalities/${c.home.code}/feed.atom`).expect(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.etag).toBeTruthy();
    const xml = response.text;
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).toContain('<title type="text">Bedömning: Risk att inte hållas – Tryggare Skäggetorp</title>');
    expect(xml).toContain(`/kommun/${c.home.code}#promise-${promise.id}`);
    expect(xml).toContain('mars 2026 rättad, 3 antal → 4 antal');
    expect(xml).not.toContain('Hemlig');
    const english = await t.http().get(`/api/v1/public/municipalities/${c.home.code}/feed.atom?lang=en`).expect(200);
    expect(english.text).toContain('Verdict: At risk – Tryggare Skäggetorp');
    expectProblem(await t.http().get('/api/v1/public/municipalities/9999/feed.atom'), 404);
    expectProblem(await t.http().get(`/api/v1/public/municipalities/${c.home.code}/feed.atom?lang=de`), 400);
  });
});

describe('the embed page', () => {
  it('shows one published promise with its verdict, progress and chart, and may be framed by any site', async () => {
    const promise = await make.promise([plan.policeShared.id], {
      agreementId: plan.agreement.id,
      published: true,
      title: 'Inbäddat löfte',
    });
    await make.editor
      .patch(`/promises/${promise.id}`, { assessment: 'onTrack', assessmentNote: 'Det går bra.' }, etag(promise))
      .expect(200);
    const response = await t.http().get(`/inbadda/lofte/${promise.id}`).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.text).toContain('<html lang="sv">');
    expect(response.text).toContain('Bedömning: Enligt plan');
    expect(response.text).toContain('Det går bra.');
    expect(response.text).toContain('<svg role="img"');
    const english = await t.http().get(`/inbadda/lofte/${promise.id}?lang=en`).expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Verdict: On track');

    const hidden = await make.promise([], { published: false });
    expectProblem(await t.http().get(`/inbadda/lofte/${hidden.id}`), 404);
    expectProblem(await t.http().get('/inbadda/lofte/not-an-id'), 400);
    expectProblem(await t.http().get(`/inbadda/lofte/${promise.id}?lang=de`), 400);
    // A page, not an operation of the API.
    const document = (await t.http().get('/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).some((path) => path.startsWith('/inbadda'))).toBe(false);
  });

  it('leaves every other page unframeable', async () => {
    for (const path of ['/', `/kommun/${c.home.code}`, `/api/v1/public/municipalities/${c.home.code}/dashboard`]) {
      const response = await t.http().get(path);
      expect(response.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options'], path).toBe('DENY');
    }
  });
});

describe('areas', () => {
  let focus: Awaited<ReturnType<typeof make.focusArea>>;
  beforeAll(async () => {
    focus = await make.focusArea(plan.agreement.id);
  });

  it('lists every place a published activity names, matched without case or surrounding spaces', async () => {
    await make.activity(focus, { title: 'Belysning i Skäggetorp', area: '  skäggetorp ', published: true });
    await make.activity(focus, { title: 'Opublicerad', area: 'Lambohov', published: false });
    const list = await anonymous.get(`/public/municipalities/${c.home.code}/areas`).expect(200);
    const names = list.body.items.map((item: { name: string }) => item.name);
    expect(names).toContain('Skäggetorp');
    expect(names).not.toContain('Lambohov');
    expect(names.filter((name: string) => name.toLowerCase() === 'skäggetorp')).toHaveLength(1);
    const skaggetorp = list.body.items.find((item: { name: string }) => item.name === 'Skäggetorp');
    expect(skaggetorp.activities).toBeGreaterThanOrEqual(2);
    expect(skaggetorp.promises).toBeGreaterThanOrEqual(1);

    const page = await anonymous
      .get(`/public/municipalities/${c.home.code}/areas/${encodeURIComponent(' SKÄGGETORP')}`)
      .expect(200);
    expect(page.body.name).toBe('Skäggetorp');
    const titles = page.body.activities.map((item: { activity: { title: string } }) => item.activity.title);
    expect(titles).toEqual(expect.arrayContaining(['Trygghetsvandringar', 'Belysning i Skäggetorp']));
    const walks = page.body.activities.find(
      (item: { activity: { id: string } }) => item.activity.id === plan.policeShared.id,
    );
    expect(walks.progress.activityId).toBe(plan.policeShared.id);
    expect(walks.promiseIds).toContain(plan.promise.id);
    expect(page.body.promises.map((promise: CitizenPromise) => promise.id)).toContain(plan.promise.id);
  });

  it('is 404 for a place no published item names, or an unknown municipality', async () => {
    expectProblem(await anonymous.get(`/public/municipalities/${c.home.code}/areas/Lambohov`), 404, 'not-found');
    expectProblem(await anonymous.get(`/public/municipalities/${c.home.code}/areas/Ingenstans`), 404, 'not-found');
    expectProblem(await anonymous.get('/public/municipalities/9999/areas'), 404);
  });

  it('is renamed everywhere at once by an editor, one audited change per activity', async () => {
    const a = await make.activity(focus, { area: 'Gamla Ryd', published: true });
    const b = await make.activity(focus, { area: ' gamla ryd  ', published: false });
    const path = `/municipalities/${c.home.id}/area-renames`;
    expectProblem(await as(t, c.headers.viewer).post(path, { from: 'Gamla Ryd', to: 'Ryd' }), 403);
    expectProblem(await as(t, c.headers.otherEditor).post(path, { from: 'Gamla Ryd', to: 'Ryd' }), 403);
    expectProblem(await make.editor.post(path, { from: 'Nowhere', to: 'Ryd' }), 404);
    expectProblem(await make.editor.post(path, { from: 'Gamla Ryd', to: '   ' }), 400);
    const response = await expectAudited(t.db, 2, () =>
      make.editor.post(path, { from: 'GAMLA RYD', to: ' Ryd ' }).expect(200),
    );
    expect(response.body).toEqual({ name: 'Ryd', activities: 2 });
    for (const activity of [a, b]) {
      const after = await make.editor.get(`/activities/${activity.id}`).expect(200);
      expect(after.body).toMatchObject({ area: 'Ryd', version: activity.version + 1 });
    }
    expectProblem(await anonymous.get(`/public/municipalities/${c.home.code}/areas/Gamla%20Ryd`), 404);
  });
});

describe('search', () => {
  beforeAll(async () => {
    const focus = await make.focusArea(plan.agreement.id);
    await make.activity(focus, {
      title: 'Trygghetsvandring längs Majeldstorget',
      description: 'Kvällsvandringar med fastighetsägare.',
      area: 'Innerstaden',
      published: true,
    });
    await make.activity(focus, { title: 'Hemlig trygghetsvandring', published: false });
  });

  const search = (q: string, extra = '') => anonymous.get(`/public/search?q=${encodeURIComponent(q)}${extra}`);

  it('finds published items by their words, Swedish-aware, with their municipality', async () => {
    const response = await search('trygghetsvandringar').expect(200);
    const hits = response.body.items as { kind: string; title: string; municipality: { code: string } }[];
    expect(hits.map((hit) => hit.title)).toEqual(
      expect.arrayContaining(['Trygghetsvandringar', 'Trygghetsvandring längs Majeldstorget']),
    );
    expect(hits.map((hit) => hit.title)).not.toContain('Hemlig trygghetsvandring');
    expect(hits.every((hit) => hit.municipality.code === c.home.code)).toBe(true);
    // Places and promises, and a word's start.
    const places = (await search('innerstaden').expect(200)).body.items;
    expect(places).toContainEqual(expect.objectContaining({ kind: 'area', title: 'Innerstaden', id: null }));
    const promises = (await search('synliga').expect(200)).body.items;
    expect(promises.some((hit: { kind: string }) => hit.kind === 'promise')).toBe(true);
    const prefix = (await search('Majeld').expect(200)).body.items;
    expect(prefix.map((hit: { title: string }) => hit.title)).toContain('Trygghetsvandring längs Majeldstorget');
    // One municipality only.
    expect((await search('trygghetsvandringar', `&municipality=${c.away.code}`).expect(200)).body.items).toEqual([]);
  });

  it('answers any query text with 200 or 400, never 500', async () => {
    for (const q of [
      '"',
      "'; drop table promises; --",
      '&|!:*',
      '!!!',
      'a & (b | !c)',
      '"unterminated phrase',
      '-',
      'or',
      '<script>',
      '\\',
      'ﬁ ² ½ 𝔘 日本語',
      '%',
      'x'.repeat(200),
    ]) {
      const response = await search(q);
      expect([200], `${q}: ${response.text.slice(0, 200)}`).toContain(response.status);
    }
    for (const q of ['', '   ', 'x'.repeat(201), 'a'.repeat(10000)]) {
      expectProblem(await search(q), 400, 'validation');
    }
    expectProblem(await anonymous.get('/public/search'), 400);
    const nul = await search('trygg\u0000het');
    expect([200, 400]).toContain(nul.status);
  });
});
