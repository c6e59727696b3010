import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import {
  as,
  auditCount,
  cooperation,
  etag,
  expectAudited,
  expectNothingChanged,
  type Callers,
  type Client,
} from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';

// No lost updates, no double creates, a full history, and deletes that keep it.

let t: TestApp;
let c: Callers;
let make: ReturnType<typeof cooperation>;
let editor: Client;

beforeAll(async () => {
  t = await startTestApp();
  // Listening, so concurrent requests share one server.
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  c = await makeCallers(t);
  make = cooperation(t, c);
  editor = make.editor;
});
afterAll(() => t.close());

function auditOf(entityType: string, entityId: string) {
  return t.db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
}

type Versioned = { id: string; version: number };

/** Each mutable kind: where it lives and a change that is valid for it. */
const kinds: {
  name: string;
  entityType: string;
  make: () => Promise<Versioned>;
  path: (id: string) => string;
  change: Record<string, unknown>;
}[] = [
  {
    name: 'goal',
    entityType: 'goal',
    make: () => make.goal(),
    path: (id) => `/goals/${id}`,
    change: { title: 'Nytt' },
  },
  {
    name: 'indicator',
    entityType: 'indicator',
    make: async () => make.indicator((await make.goal()).id),
    path: (id) => `/indicators/${id}`,
    change: { unit: 'andel' },
  },
  {
    name: 'agreement',
    entityType: 'agreement',
    make: () => make.agreement(),
    path: (id) => `/agreements/${id}`,
    change: { status: 'ended' },
  },
  {
    name: 'focus area',
    entityType: 'focusArea',
    make: async () => make.focusArea((await make.agreement()).id),
    path: (id) => `/focus-areas/${id}`,
    change: { title: 'Nytt' },
  },
  {
    name: 'activity',
    entityType: 'activity',
    make: async () => make.activity(await make.focusArea((await make.agreement()).id)),
    path: (id) => `/activities/${id}`,
    change: { status: 'ongoing' },
  },
  {
    name: 'promise',
    entityType: 'promise',
    make: () => make.promise([]),
    path: (id) => `/promises/${id}`,
    change: { text: 'Vi lovar att lyssna.' },
  },
];

describe('If-Match on PATCH and DELETE', () => {
  for (const kind of kinds) {
    it(`${kind.name}: 428 without, 412 when stale, one audit event when right`, async () => {
      const item = await kind.make();
      const path = kind.path(item.id);

      expectProblem(
        await expectNothingChanged(t.db, () => editor.patch(path, kind.change)),
        428,
        'precondition-required',
      );
      expectProblem(
        await expectNothingChanged(t.db, () => editor.patch(path, kind.change, '"7"')),
        412,
        'precondition-failed',
      );
      expectProblem(await expectNothingChanged(t.db, () => editor.delete(path)), 428, 'precondition-required');
      expectProblem(await expectNothingChanged(t.db, () => editor.delete(path, '"7"')), 412, 'precondition-failed');

      const patched = await expectAudited(t.db, 1, () => editor.patch(path, kind.change, etag(item)));
      expect(patched.status, patched.text).toBe(200);
      expect(patched.body).toMatchObject({ ...kind.change, version: item.version + 1 });
      expect(patched.headers.etag).toBe(etag(patched.body));

      // The version read before the change is stale now.
      expectProblem(await expectNothingChanged(t.db, () => editor.delete(path, etag(item))), 412);
      const deleted = await expectAudited(t.db, 1, () => editor.delete(path, etag(patched.body)));
      expect(deleted.status, deleted.text).toBe(204);
      expectProblem(await editor.get(path), 404);

      const events = await auditOf(kind.entityType, item.id);
      expect(events.map((event) => event.action)).toEqual(['create', 'update', 'delete']);
    });
  }

  it('of five concurrent PATCHes on one version one wins, the others get 412; one audit event', async () => {
    const activity = await make.activity(await make.focusArea((await make.agreement()).id));
    const before = await auditCount(t.db);
    const responses = await Promise.all(
      ['ongoing', 'done', 'delayed', 'cancelled', 'planned'].map((status) =>
        editor.patch(`/activities/${activity.id}`, { status }, etag(activity)),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
    expect(await auditCount(t.db)).toBe(before + 1);
    const winner = responses.find((r) => r.status === 200)!;
    expect((await editor.get(`/activities/${activity.id}`).expect(200)).body).toEqual(winner.body);
  });
});

describe('no double creates of a month', () => {
  it('of four concurrent first records of one month one creates it (201); the others are refused, one row, one event', async () => {
    const activity = await make.activity(await make.focusArea((await make.agreement()).id));
    const before = await auditCount(t.db);
    const responses = await Promise.all(
      [1, 2, 3, 4].map((outcome) => editor.put(`/activities/${activity.id}/follow-ups/2026-04`, { outcome })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses[0]).toBe(201);
    // Whoever comes second either lost the race (412) or found the month and sent no If-Match (428).
    for (const status of statuses.slice(1)) expect([412, 428]).toContain(status);
    const rows = await t.db.selectFrom('followUps').selectAll().where('activityId', '=', activity.id).execute();
    expect(rows).toHaveLength(1);
    expect(await auditCount(t.db)).toBe(before + 1);
    const winner = responses.find((r) => r.status === 201)!;
    expect(rows[0]!.outcome).toBe(winner.body.outcome);
  });
});

describe('no lost history of indicator values', () => {
  it('of five concurrent PUTs of a new value one creates it (201), the others replace (200), each event naming what it replaced', async () => {
    const goal = await make.goal();
    // Warm the connection pool, so the PUTs below really run side by side on PostgreSQL.
    await Promise.all(Array.from({ length: 5 }, () => editor.get(`/goals/${goal.id}`).expect(200)));
    for (let round = 0; round < 3; round++) {
      const indicator = await make.indicator(goal.id);
      const path = `/indicators/${indicator.id}/values`;
      const responses = await Promise.all(
        [1, 2, 3, 4, 5].map((value) => editor.put(path, { period: '2025', group: 'all', value })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
      const events = await auditOf('indicatorValue', indicator.id);
      expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update', 'update', 'update']);
      // A chain: each change replaced what the one before it wrote.
      const value = (side: unknown) => (side as { value: number } | null)?.value ?? null;
      expect(value(events[0]!.before)).toBeNull();
      for (let n = 1; n < events.length; n++) expect(value(events[n]!.before)).toBe(value(events[n - 1]!.after));
      const stored = await editor.get(path).expect(200);
      expect(stored.body.items).toEqual([expect.objectContaining({ value: value(events.at(-1)!.after) })]);
    }
  });
});

describe('Idempotency-Key on POST', () => {
  it('POST /activities twice with one key creates once and replays the response', async () => {
    const area = await make.focusArea((await make.agreement()).id);
    const body = {
      agreementId: area.agreementId,
      focusAreaId: area.id,
      title: 'Idempotent aktivitet',
      leadOrganisationId: c.homeOrganisation.id,
    };
    const rows = () => t.db.selectFrom('activities').select('id').where('title', '=', body.title).execute();
    const post = () => t.http().post('/api/v1/activities').set(c.headers.editor).set('idempotency-key', 'aktivitet-1');

    const first = await expectAudited(t.db, 1, () => post().send(body));
    expect(first.status).toBe(201);
    const again = await expectAudited(t.db, 0, () => post().send({ ...body }));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await rows()).toHaveLength(1);

    const other = await expectNothingChanged(t.db, () => post().send({ ...body, title: 'Något annat' }));
    expectProblem(other, 422);
    expect(await rows()).toHaveLength(1);
  });

  it('concurrent POST /promises with one key: one promise', async () => {
    const body = {
      municipalityId: c.home.id,
      title: 'Samtidigt löfte',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      text: 'Vi lovar.',
      activityIds: [],
    };
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.http().post('/api/v1/promises').set(c.headers.editor).set('idempotency-key', 'loefte-1').send(body),
      ),
    );
    for (const response of responses) expect([201, 409]).toContain(response.status);
    const created = await t.db.selectFrom('promises').select('id').where('title', '=', body.title).execute();
    expect(created).toHaveLength(1);
    expect((await auditOf('promise', created[0]!.id)).length).toBe(1);
  });

  it('without a key, two POSTs are two items', async () => {
    const body = { municipalityId: c.home.id, title: 'Utan nyckel' };
    await editor.post('/goals', body).expect(201);
    await editor.post('/goals', body).expect(201);
    expect(await t.db.selectFrom('goals').select('id').where('title', '=', body.title).execute()).toHaveLength(2);
  });
});

describe('one audit event per change', () => {
  it('every kind of change writes exactly one event, with the item before and after', async () => {
    const goal = await expectAudited(t.db, 1, () =>
      editor.post('/goals', { municipalityId: c.home.id, title: 'Granskat mål' }),
    );
    const indicator = await expectAudited(t.db, 1, () =>
      editor.post(`/goals/${goal.body.id}/indicators`, {
        title: 'Trygghet',
        source: 'NTU',
        unit: 'procent',
        direction: 'increase',
      }),
    );
    const valuePath = `/indicators/${indicator.body.id}/values`;
    await expectAudited(t.db, 1, () => editor.put(valuePath, { period: '2025', group: 'all', value: 1 }).expect(201));
    await expectAudited(t.db, 1, () => editor.put(valuePath, { period: '2025', group: 'all', value: 2 }).expect(200));
    const agreement = await expectAudited(t.db, 1, () =>
      editor.post('/agreements', {
        municipalityId: c.home.id,
        title: 'Granskad överenskommelse',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        partyIds: [c.police.id],
        goalIds: [goal.body.id],
      }),
    );
    await expectAudited(t.db, 1, () =>
      editor
        .patch(`/agreements/${agreement.body.id}`, { partyIds: [c.police.id, c.homeOrganisation.id] }, '"1"')
        .expect(200),
    );
    const area = await expectAudited(t.db, 1, () =>
      editor.post(`/agreements/${agreement.body.id}/focus-areas`, { title: 'Fokus' }),
    );
    const activity = await expectAudited(t.db, 1, () =>
      editor.post('/activities', {
        agreementId: agreement.body.id,
        focusAreaId: area.body.id,
        title: 'Granskad aktivitet',
        leadOrganisationId: c.police.id,
        measure: { label: 'möten', unit: 'antal', monthlyTarget: 2 },
        shared: true,
      }),
    );
    const followUpPath = `/activities/${activity.body.id}/follow-ups/2026-02`;
    await expectAudited(t.db, 1, () => editor.put(followUpPath, { outcome: 1 }).expect(201));
    await expectAudited(t.db, 1, () => editor.put(followUpPath, { outcome: 2 }, '"1"').expect(200));
    await expectAudited(t.db, 1, () =>
      as(t, c.headers.partner).patch(`/activities/${activity.body.id}`, { status: 'ongoing' }, '"1"').expect(200),
    );
    const promise = await expectAudited(t.db, 1, () =>
      editor.post('/promises', {
        municipalityId: c.home.id,
        title: 'Granskat löfte',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        text: 'Vi lovar.',
        activityIds: [activity.body.id],
      }),
    );
    await expectAudited(t.db, 1, () =>
      editor.patch(`/promises/${promise.body.id}`, { activityIds: [] }, '"1"').expect(200),
    );

    // A read writes nothing.
    await expectAudited(t.db, 0, () => editor.get(`/promises/${promise.body.id}/progress`).expect(200));

    const values = await auditOf('indicatorValue', indicator.body.id);
    expect(values.map((e) => [e.action, e.before, e.after])).toEqual([
      ['create', null, expect.objectContaining({ value: 1 })],
      ['update', expect.objectContaining({ value: 1 }), expect.objectContaining({ value: 2 })],
    ]);
    const followUp = await t.db
      .selectFrom('followUps')
      .select('id')
      .where('activityId', '=', activity.body.id)
      .executeTakeFirstOrThrow();
    const followUpEvents = await auditOf('followUp', followUp.id);
    expect(followUpEvents.map((e) => e.action)).toEqual(['create', 'update']);
    expect(followUpEvents[1]!.before).toMatchObject({ outcome: 1, version: 1 });
    expect(followUpEvents[1]!.after).toMatchObject({ outcome: 2, version: 2 });
    const activityEvents = await auditOf('activity', activity.body.id);
    expect(activityEvents[1]).toMatchObject({ action: 'update', actorId: c.users.partner.id });
    for (const event of [...values, ...followUpEvents, ...activityEvents]) {
      expect(event.municipalityId).toBe(c.home.id);
    }
  });

  it('GET /audit: 401 anonymous, 404 for an editor elsewhere, 200 with before and after for the editor and viewer', async () => {
    const activity = await make.activity(await make.focusArea((await make.agreement({ published: true })).id), {
      published: true,
    });
    const patched = await editor
      .patch(`/activities/${activity.id}`, { comment: 'Uppdaterad' }, etag(activity))
      .expect(200);
    const query = `/audit?entityType=activity&entityId=${activity.id}`;

    expectProblem(await as(t, {}).get(query), 401, 'unauthenticated');
    expectProblem(await as(t, c.headers.otherEditor).get(query), 404, 'not-found');
    for (const reader of [c.headers.editor, c.headers.viewer]) {
      const response = await as(t, reader).get(query).expect(200);
      expect(response.body).toEqual({
        items: [
          {
            id: expect.any(Number),
            occurredAt: '2026-06-15T10:00:00.000Z',
            actorId: c.users.editor.id,
            actorName: null,
            action: 'create',
            entityType: 'activity',
            entityId: activity.id,
            before: null,
            after: activity,
          },
          expect.objectContaining({ action: 'update', before: activity, after: patched.body }),
        ],
        nextCursor: null,
      });
    }
    // Paged like every list.
    const first = await editor.get(`${query}&limit=1`).expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await editor.get(`${query}&limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items[0].action).toBe('update');
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('deletes', () => {
  it('an agreement that holds focus areas and activities is 409 naming them, and nothing changes', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id);
    await make.focusArea(agreement.id);
    await make.activity(area);
    const response = await expectNothingChanged(t.db, () =>
      editor.delete(`/agreements/${agreement.id}`, etag(agreement)),
    );
    const problem = expectProblem(response, 409, 'conflict');
    expect(problem.detail).toMatch(/2 focus area/);
    expect(problem.detail).toMatch(/1 activit/);
  });

  it('a goal that an agreement serves is 409 until the agreement lets it go', async () => {
    const goal = await make.goal();
    const agreement = await make.agreement({ goalIds: [goal.id] });
    const response = await expectNothingChanged(t.db, () => editor.delete(`/goals/${goal.id}`, etag(goal)));
    expect(expectProblem(response, 409, 'conflict').detail).toMatch(/1 agreement/);
    await editor.patch(`/agreements/${agreement.id}`, { goalIds: [] }, etag(agreement)).expect(200);
    await editor.delete(`/goals/${goal.id}`, etag(goal)).expect(204);
  });

  it('an agreement that holds a promise is 409 naming it', async () => {
    const agreement = await make.agreement();
    await make.promise([], { agreementId: agreement.id });
    const response = await expectNothingChanged(t.db, () =>
      editor.delete(`/agreements/${agreement.id}`, etag(agreement)),
    );
    expect(expectProblem(response, 409).detail).toMatch(/1 promise/);
  });

  it('a focus area with activities is 409', async () => {
    const area = await make.focusArea((await make.agreement()).id);
    await make.activity(area);
    const response = await expectNothingChanged(t.db, () => editor.delete(`/focus-areas/${area.id}`, etag(area)));
    expect(expectProblem(response, 409, 'conflict').detail).toMatch(/1 activit/);
  });

  it('an activity with follow-ups is 409, and so is one in a promise', async () => {
    const area = await make.focusArea((await make.agreement()).id);
    const followed = await make.activity(area);
    await make.followUp(followed.id, '2026-03', { outcome: 1 });
    const response = await expectNothingChanged(t.db, () =>
      editor.delete(`/activities/${followed.id}`, etag(followed)),
    );
    expect(expectProblem(response, 409, 'conflict').detail).toMatch(/1 follow-up/);

    const promised = await make.activity(area);
    const promise = await make.promise([promised.id]);
    const refused = await expectNothingChanged(t.db, () => editor.delete(`/activities/${promised.id}`, etag(promised)));
    expect(expectProblem(refused, 409).detail).toMatch(/1 promise/);

    // Deleting the promise leaves its activities.
    await editor.delete(`/promises/${promise.id}`, etag(promise)).expect(204);
    await editor.get(`/activities/${promised.id}`).expect(200);
    await editor.delete(`/activities/${promised.id}`, etag(promised)).expect(204);
  });

  it('the audit keeps the last state of a deleted focus area, for the readers of its municipality', async () => {
    const agreement = await make.agreement();
    const area = await make.focusArea(agreement.id, { title: 'Först' });
    const patched = await editor
      .patch(`/focus-areas/${area.id}`, { title: 'Sist', description: 'Ändrad' }, etag(area))
      .expect(200);
    await expectAudited(t.db, 1, () => editor.delete(`/focus-areas/${area.id}`, etag(patched.body)).expect(204));
    expectProblem(await editor.get(`/focus-areas/${area.id}`), 404);

    const query = `/audit?entityType=focusArea&entityId=${area.id}`;
    const history = await editor.get(query).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(history.body.items[2]).toMatchObject({ action: 'delete', before: patched.body, after: null });
    await as(t, c.headers.viewer).get(query).expect(200);
    expectProblem(await as(t, c.headers.otherEditor).get(query), 404);
    expectProblem(await as(t, c.headers.partner).get(query), 404);
  });

  it('an indicator is deleted with its values, which its last audit event keeps', async () => {
    const indicator = await make.indicator((await make.goal()).id);
    await editor.put(`/indicators/${indicator.id}/values`, { period: '2024', group: 'women', value: 55 }).expect(201);
    await editor.delete(`/indicators/${indicator.id}`, etag(indicator)).expect(204);
    const events = await auditOf('indicator', indicator.id);
    expect(events.at(-1)).toMatchObject({
      action: 'delete',
      before: { ...indicator, values: [expect.objectContaining({ period: '2024', group: 'women', value: 55 })] },
      after: null,
    });
    expect(
      await t.db.selectFrom('indicatorValues').selectAll().where('indicatorId', '=', indicator.id).execute(),
    ).toEqual([]);
  });
});
