import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../server/clock.js';
import { msUntilHour, startKoladaJob } from '../server/kolada/job.js';
import { fetchKpiValues, KoladaFailure } from '../server/kolada/client.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers } from './helpers/callers.js';
import { as, cooperation, type Callers } from './helpers/cooperation.js';
import { expectProblem } from './helpers/problems.js';

// Indicators from Kolada: a local HTTP server in this process answers in
// Kolada's documented data format (v3: {count, values: [{kpi, municipality,
// period, values: [{gender, count, status, value}]}], next_page}), and then
// in every way Kolada can fail. A failure stores nothing and crashes nothing.

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

let kolada: Server;
let base: string;
let answer: Answer;
const asked: string[] = [];

const json =
  (body: unknown, status = 200): Answer =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

const entry = (municipality: string, period: number, values: [string, number | null][]) => ({
  kpi: 'N07403',
  municipality,
  period,
  values: values.map(([gender, value]) => ({ gender, count: 1, status: '', value })),
});

let t: TestApp;
let c: Callers;
let editor: ReturnType<typeof as>;
let indicatorId: string;

beforeAll(async () => {
  kolada = createServer((request, response) => {
    asked.push(request.url ?? '');
    answer(request, response);
  });
  await new Promise<void>((resolve) => kolada.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(kolada.address() as AddressInfo).port}/v3`;
  t = await startTestApp({ KOLADA_URL: base, KOLADA_TIMEOUT_MS: '300' });
  c = await makeCallers(t);
  editor = as(t, c.headers.editor);
  const make = cooperation(t, c);
  const goal = await make.goal({ published: true });
  const indicator = await make.indicator(goal.id, {
    title: 'Anmälda våldsbrott',
    source: 'Kolada',
    unit: 'antal/100 000 inv',
    direction: 'decrease',
    baseline: null,
    target: null,
    kolada: { kpi: 'N07403' },
  });
  indicatorId = indicator.id;
});
afterAll(async () => {
  await t.close();
  kolada.closeAllConnections();
  await new Promise((resolve) => kolada.close(resolve));
});
beforeEach(() => {
  asked.length = 0;
});

const sync = () => editor.post(`/indicators/${indicatorId}/kolada-sync`, undefined);
const storedValues = async () =>
  (
    (await editor.get(`/indicators/${indicatorId}/values`).expect(200)).body as {
      items: { period: string; group: string; value: number }[];
    }
  ).items.sort((a, b) => (a.period + a.group < b.period + b.group ? -1 : 1));

describe('a sync from Kolada', () => {
  it('reads every page, maps T, K and M to all, women and men, and stores them audited as "Kolada"', async () => {
    const code = c.home.code;
    answer = (request, response) => {
      if (request.url?.includes('page=2')) {
        return json({
          count: 1,
          values: [
            entry(code, 2024, [
              ['T', 390.5],
              ['K', 250],
              ['M', 530],
            ]),
          ],
        })(request, response);
      }
      return json({
        count: 2,
        values: [
          entry(code, 2022, [
            ['T', 410],
            ['K', 270],
            ['M', 560],
          ]),
          entry(code, 2023, [
            ['T', 400],
            ['K', null],
            ['M', 545],
          ]),
        ],
        next_page: `${base}/data/kpi/N07403/municipality/${code}?page=2`,
      })(request, response);
    };
    const response = await sync().expect(200);
    expect(response.body).toMatchObject({ outcome: 'updated', received: 8, changed: 8, failure: null, kpi: 'N07403' });
    expect(asked).toEqual([
      `/v3/data/kpi/N07403/municipality/${code}`,
      `/v3/data/kpi/N07403/municipality/${code}?page=2`,
    ]);
    const values = await storedValues();
    expect(values.map((v) => [v.period, v.group, v.value])).toEqual([
      ['2022', 'all', 410],
      ['2022', 'men', 560],
      ['2022', 'women', 270],
      ['2023', 'all', 400],
      ['2023', 'men', 545],
      ['2024', 'all', 390.5],
      ['2024', 'men', 530],
      ['2024', 'women', 250],
    ]);
    const audit = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityType', '=', 'indicatorValue')
      .where('entityId', '=', indicatorId)
      .execute();
    expect(audit).toHaveLength(8);
    expect(new Set(audit.map((event) => event.actorName))).toEqual(new Set(['Kolada']));
    expect(new Set(audit.map((event) => event.actorId))).toEqual(new Set([c.users.editor.id]));
    expect(new Set(audit.map((event) => event.municipalityId))).toEqual(new Set([c.home.id]));
    // The history says so too.
    const history = await editor.get(`/audit?entityType=indicatorValue&entityId=${indicatorId}`).expect(200);
    expect(history.body.items[0]).toMatchObject({ actorName: 'Kolada', actorId: c.users.editor.id, action: 'create' });
  });

  it('stores nothing again when Kolada says what is stored', async () => {
    const before = await storedValues();
    const response = await sync().expect(200);
    expect(response.body).toMatchObject({ outcome: 'unchanged', changed: 0 });
    expect(await storedValues()).toEqual(before);
  });

  const failures: [string, Answer, RegExp][] = [
    ['a 500', json({ message: 'Internal error' }, 500), /500/],
    ['a timeout', () => {}, /did not answer within 300 ms/],
    ['malformed JSON', json('{"count": 1, "values": [', 200), /not JSON/],
    ['an empty body', json('', 200), /not JSON/],
    ['JSON of another shape', json({ count: 1, values: [{ kpi: 'N07403', period: 2024 }] }), /form/],
    [
      'a page break that fails on the second page',
      (request, response) =>
        request.url?.includes('page=2')
          ? json('<html>Bad gateway</html>', 502)(request, response)
          : json({
              count: 1,
              values: [entry('XXXX', 2025, [['T', 1]])].map((e) => ({ ...e, municipality: c.home.code })),
              next_page: `${base}/data/kpi/N07403/municipality/${c.home.code}?page=2`,
            })(request, response),
      /502/,
    ],
    [
      'a next page on another host',
      json({ count: 0, values: [], next_page: 'http://example.org/v3/data?page=2' }),
      /another host/,
    ],
    ['values of another municipality', json({ count: 1, values: [entry('0180', 2025, [['T', 999]])] }), /0180/],
  ];

  for (const [name, failing, reason] of failures) {
    it(`changes no stored value on ${name}, and the server stays up`, async () => {
      const before = await storedValues();
      const auditBefore = await t.db.selectFrom('auditEvents').select('id').execute();
      answer = failing;
      const response = await sync().expect(200);
      expect(response.body).toMatchObject({ outcome: 'failed', changed: 0 });
      expect(response.body.failure).toMatch(reason);
      expect(await storedValues()).toEqual(before);
      expect(await t.db.selectFrom('auditEvents').select('id').execute()).toHaveLength(auditBefore.length);
      await t.http().get('/readyz').expect(200);
    });
  }

  it('takes an empty answer as no values: nothing is stored or removed', async () => {
    const before = await storedValues();
    answer = json({ count: 0, values: [] });
    const response = await sync().expect(200);
    expect(response.body).toMatchObject({ outcome: 'unchanged', received: 0, changed: 0 });
    expect(await storedValues()).toEqual(before);
  });

  it('is the editors’: a viewer is refused, an indicator without a KPI is 409', async () => {
    await as(t, c.headers.viewer).post(`/indicators/${indicatorId}/kolada-sync`, undefined).expect(403);
    // Of another municipality, unpublished: not seen at all.
    await as(t, c.headers.otherEditor).post(`/indicators/${indicatorId}/kolada-sync`, undefined).expect(404);
    const make = cooperation(t, c);
    const goal = await make.goal({ published: true });
    const plain = await make.indicator(goal.id);
    const response = await editor.post(`/indicators/${plain.id}/kolada-sync`, undefined);
    expectProblem(response, 409);
  });
});

describe('an indicator naming a KPI', () => {
  it('takes a KPI id of Kolada’s form only', async () => {
    const patch = (body: unknown, version: number) => editor.patch(`/indicators/${indicatorId}`, body, `"${version}"`);
    const current = (await editor.get(`/indicators/${indicatorId}`).expect(200)).body as { version: number };
    expectProblem(await patch({ kolada: { kpi: 'n07403' } }, current.version), 400);
    expectProblem(await patch({ kolada: { kpi: 'N07403', extra: 1 } }, current.version), 400);
    const cleared = await patch({ kolada: null }, current.version).expect(200);
    expect(cleared.body.kolada).toBeNull();
    const set = await patch({ kolada: { kpi: 'N07403' } }, cleared.body.version).expect(200);
    expect(set.body.kolada).toEqual({ kpi: 'N07403' });
  });
});

describe('the client', () => {
  it('throws KoladaFailure, never a partial list', async () => {
    answer = json({
      count: 1,
      values: [
        entry('0580', 2024, [
          ['T', 1],
          ['T', 2],
        ]),
      ],
    });
    await expect(fetchKpiValues({ url: base, timeoutMs: 300 }, 'N07403', '0580')).rejects.toThrow(KoladaFailure);
    await expect(fetchKpiValues({ url: 'http://127.0.0.1:9', timeoutMs: 300 }, 'N07403', '0580')).rejects.toThrow(
      /not reachable/,
    );
  });
});

describe('the daily job', () => {
  it('runs at the configured hour by the injected clock', () => {
    expect(msUntilHour(new Date('2026-06-15T03:00:00Z'), 4)).toBe(3_600_000);
    expect(msUntilHour(new Date('2026-06-15T04:00:00Z'), 4)).toBe(24 * 3_600_000);
    expect(msUntilHour(new Date('2026-06-15T10:00:00Z'), 4)).toBe(18 * 3_600_000);
  });

  it('syncs every indicator naming a KPI as the server itself, then stops with the app', async () => {
    const code = c.home.code;
    answer = json({
      count: 1,
      values: [
        entry(code, 2025, [
          ['T', 380],
          ['K', 240],
          ['M', 515],
        ]),
      ],
    });
    const clock = fixedClock('2026-06-16T03:59:59.950Z');
    const logged: string[] = [];
    const log = {
      info: (_: object, message: string) => logged.push(message),
      error: (_: object, m: string) => logged.push(m),
    };
    const job = startKoladaJob({ database: t.database, clock, config: t.config }, log);
    await expect.poll(() => job.runs, { timeout: 5000 }).toBe(1);
    await job.stop();
    expect(logged).toContain('Kolada sync done');
    const values = await storedValues();
    expect(values.filter((v) => v.period === '2025').map((v) => [v.group, v.value])).toEqual([
      ['all', 380],
      ['men', 515],
      ['women', 240],
    ]);
    const events = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', indicatorId)
      .where('actorId', 'is', null)
      .execute();
    expect(events.length).toBe(3);
    expect(new Set(events.map((e) => e.actorName))).toEqual(new Set(['Kolada']));
  });
});
