import { sql } from 'kysely';
import type { Test } from 'supertest';
import { expect } from 'vitest';
import type { Activity } from '../../server/activities/schemas.js';
import type { Agreement, FocusArea } from '../../server/agreements/schemas.js';
import type { Db } from '../../server/db/database.js';
import type { FollowUp } from '../../server/followups/schemas.js';
import type { Goal, Indicator } from '../../server/goals/schemas.js';
import type { CitizenPromise } from '../../server/promises/schemas.js';
import type { Review } from '../../server/reviews/schemas.js';
import type { Problem, SituationReport } from '../../server/situations/schemas.js';
import type { TestApp } from './app.js';
import type { makeCallers } from './callers.js';
import { snapshotTables } from './snapshot.js';

// The cooperation built through the API, as the editor of the home
// municipality would build it: goals, indicators, an agreement with its plan,
// activities, follow-ups and a promise. Every helper expects its 201.

export type Callers = Awaited<ReturnType<typeof makeCallers>>;
export type Headers = Record<string, string>;

export const API = '/api/v1';

/** Requests as one caller; each returns the supertest Test, so `.expect()` and `.set()` still work. */
export function as(t: TestApp, headers: Headers) {
  const http = () => t.http();
  const withMatch = (test: Test, ifMatch: string | undefined) =>
    ifMatch === undefined ? test : test.set('if-match', ifMatch);
  return {
    get: (path: string) =>
      http()
        .get(API + path)
        .set(headers),
    post: (path: string, body: unknown) =>
      http()
        .post(API + path)
        .set(headers)
        .send(body as object),
    patch: (path: string, body: unknown, ifMatch?: string) =>
      withMatch(
        http()
          .patch(API + path)
          .set(headers),
        ifMatch,
      ).send(body as object),
    put: (path: string, body: unknown, ifMatch?: string) =>
      withMatch(
        http()
          .put(API + path)
          .set(headers),
        ifMatch,
      ).send(body as object),
    delete: (path: string, ifMatch?: string) =>
      withMatch(
        http()
          .delete(API + path)
          .set(headers),
        ifMatch,
      ),
  };
}

export type Client = ReturnType<typeof as>;

/** The ETag a version has: `"3"`. */
export const etag = (item: { version: number }) => `"${item.version}"`;

export const MEASURE = { label: 'trygghetsvandringar', unit: 'antal', monthlyTarget: 4 };

/** Builders of the cooperation's items through the API, as the home municipality's editor. */
export function cooperation(t: TestApp, c: Callers) {
  const editor = as(t, c.headers.editor);
  let sequence = 0;
  const next = () => ++sequence;

  async function created<T>(test: Test): Promise<T> {
    const response = await test;
    expect(response.status, response.text.slice(0, 500)).toBe(201);
    return response.body as T;
  }

  return {
    editor,
    goal: (overrides: Record<string, unknown> = {}) =>
      created<Goal>(editor.post('/goals', { municipalityId: c.home.id, title: `Mål ${next()}`, ...overrides })),

    indicator: (goalId: string, overrides: Record<string, unknown> = {}) =>
      created<Indicator>(
        editor.post(`/goals/${goalId}/indicators`, {
          title: `Andel som känner sig trygga ${next()}`,
          source: 'Medborgarenkäten',
          unit: 'procent',
          direction: 'increase',
          baseline: { period: '2021', value: 60 },
          target: { period: '2027', value: 80 },
          ...overrides,
        }),
      ),

    agreement: (overrides: Record<string, unknown> = {}) =>
      created<Agreement>(
        editor.post('/agreements', {
          municipalityId: c.home.id,
          title: `Samverkansöverenskommelse ${next()}`,
          periodStart: '2026-01-01',
          periodEnd: '2027-12-31',
          status: 'active',
          partyIds: [c.homeOrganisation.id, c.police.id],
          ...overrides,
        }),
      ),

    focusArea: (agreementId: string, overrides: Record<string, unknown> = {}) =>
      created<FocusArea>(
        editor.post(`/agreements/${agreementId}/focus-areas`, { title: `Fokusområde ${next()}`, ...overrides }),
      ),

    activity: (focusArea: Pick<FocusArea, 'id' | 'agreementId'>, overrides: Record<string, unknown> = {}) =>
      created<Activity>(
        editor.post('/activities', {
          agreementId: focusArea.agreementId,
          focusAreaId: focusArea.id,
          title: `Aktivitet ${next()}`,
          leadOrganisationId: c.homeOrganisation.id,
          measure: MEASURE,
          ...overrides,
        }),
      ),

    promise: (activityIds: readonly string[], overrides: Record<string, unknown> = {}) =>
      created<CitizenPromise>(
        editor.post('/promises', {
          municipalityId: c.home.id,
          title: `Medborgarlöfte ${next()}`,
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          text: 'Vi lovar att vara synliga i Skäggetorp.',
          activityIds,
          ...overrides,
        }),
      ),

    situationReport: (overrides: Record<string, unknown> = {}) =>
      created<SituationReport>(
        editor.post('/situation-reports', {
          municipalityId: c.home.id,
          title: `Lägesbild ${next()}`,
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          ...overrides,
        }),
      ),

    problem: (situationReportId: string, overrides: Record<string, unknown> = {}) =>
      created<Problem>(
        editor.post(`/situation-reports/${situationReportId}/problems`, {
          title: `Problem ${next()}`,
          category: 'insecurity',
          areas: ['Skäggetorp'],
          causes: [{ title: 'Mörka gångstråk' }],
          ...overrides,
        }),
      ),

    /** Writes an analysis of a period not written before (201). */
    review: (agreementId: string, period: string, overrides: Record<string, unknown> = {}) =>
      created<Review>(
        editor.put(`/agreements/${agreementId}/reviews/${period}`, {
          text: 'Vandringarna gick enligt plan.',
          ...overrides,
        }),
      ),

    /** Records a month not recorded before (201). */
    followUp: (activityId: string, month: string, body: Record<string, unknown>, headers: Headers = c.headers.editor) =>
      created<FollowUp>(as(t, headers).put(`/activities/${activityId}/follow-ups/${month}`, body)),

    /**
     * A whole published plan: a goal with an indicator, an agreement (home
     * organisation and police as parties) with two focus areas, four activities
     * and a promise holding them all:
     * - policeShared: led by the police, shared, published;
     * - partnerShared: led by the municipality with the police as partner, shared, published;
     * - notShared: led by the police, not shared, published;
     * - hidden: shared, led by the police, NOT published.
     */
    async plan() {
      const goal = await this.goal({ published: true, description: 'Ett attraktivt och tryggt Linköping' });
      const indicator = await this.indicator(goal.id, { published: true });
      const agreement = await this.agreement({ goalIds: [goal.id], published: true });
      const safety = await this.focusArea(agreement.id, { title: 'Trygghet i offentlig miljö', position: 0 });
      const youth = await this.focusArea(agreement.id, { title: 'Unga i riskzon', position: 1 });
      const policeShared = await this.activity(safety, {
        title: 'Trygghetsvandringar',
        leadOrganisationId: c.police.id,
        area: 'Skäggetorp',
        shared: true,
        published: true,
      });
      const partnerShared = await this.activity(safety, {
        title: 'Områdesgrupp',
        partnerOrganisationIds: [c.police.id],
        area: 'Berga',
        shared: true,
        published: true,
      });
      const notShared = await this.activity(youth, {
        title: 'Föräldravandring',
        leadOrganisationId: c.police.id,
        area: 'Ryd',
        shared: false,
        published: true,
      });
      const hidden = await this.activity(youth, {
        title: 'Hemlig insats',
        leadOrganisationId: c.police.id,
        shared: true,
        published: false,
      });
      const promise = await this.promise([policeShared.id, partnerShared.id, notShared.id, hidden.id], {
        agreementId: agreement.id,
        published: true,
      });
      return { goal, indicator, agreement, safety, youth, policeShared, partnerShared, notShared, hidden, promise };
    },
  };
}

/** How many audit events there are in all. */
export async function auditCount(db: Db): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from audit_events`.execute(db);
  return result.rows[0]!.n;
}

/** Runs one request and expects it to have written exactly `events` audit events. */
export async function expectAudited<T>(db: Db, events: number, request: () => PromiseLike<T>): Promise<T> {
  const before = await auditCount(db);
  const result = await request();
  expect(await auditCount(db), 'audit events written by this request').toBe(before + events);
  return result;
}

/** Runs one request and expects every table, the audit log among them, to be as before. */
export async function expectNothingChanged<T>(db: Db, request: () => PromiseLike<T>): Promise<T> {
  const before = await snapshotTables(db);
  const result = await request();
  expect(await snapshotTables(db)).toEqual(before);
  return result;
}

/** Walks a list by its cursors and returns every item in the order given. */
export async function walk<T>(client: Client, path: string, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const query: string = `${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const response = await client.get(path + query).expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['items', 'nextCursor']);
    expect(response.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...(response.body.items as T[]));
    cursor = response.body.nextCursor as string | null;
    pages++;
    if (pages > 1000) throw new Error('the cursors never end');
  } while (cursor !== null);
  return { items, pages };
}
