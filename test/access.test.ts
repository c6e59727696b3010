import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { fixedClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import type { Database } from '../server/db/database.js';
import type { Role } from '../server/db/schema.js';
import { clientRoutes, webDistDir } from '../server/web/routes.js';
import { startTestApp, TEST_NOW, type TestApp } from './helpers/app.js';
import { CALLERS, makeCallers, signIn, type Caller } from './helpers/callers.js';
import { cooperation } from './helpers/cooperation.js';
import { RECORDED_MONTH, standingItems, type StandingItems } from './helpers/cooperation-fixtures.js';
import { createTestDatabase } from './helpers/database.js';
import { TEST_PASSWORD } from './helpers/factories.js';
import { snapshotTables } from './helpers/snapshot.js';

// ---------------------------------------------------------------------------
// Fail closed: a route without config.access stops the app from starting.
// ---------------------------------------------------------------------------

describe('a route without an access rule', () => {
  let database: Database;
  const built: FastifyInstance[] = [];

  // Building the app opens no connection of its own; one database serves every build here.
  async function build(extra: (app: FastifyInstance) => Promise<void>) {
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      database,
      clock: fixedClock(TEST_NOW),
    });
    built.push(app);
    await app.register(extra);
    return app;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of built) await app.close().catch(() => {});
    await database.close();
  });

  it('makes the app refuse to start, naming the route', async () => {
    const app = await build(async (plugin) => {
      plugin.get('/api/v1/unguarded', async () => ({ ok: true }));
    });
    await expect(app.ready()).rejects.toThrow(/config\.access.*GET \/api\/v1\/unguarded/);
  });

  it('is found inside a prefixed plugin and with other config but no rule', async () => {
    const app = await build(async (plugin) => {
      await plugin.register(
        async (inner) => {
          inner.post('/things', { config: { idempotent: false } }, async () => ({ ok: true }));
        },
        { prefix: '/api/v1/nested' },
      );
    });
    await expect(app.ready()).rejects.toThrow(/POST \/api\/v1\/nested\/things/);
  });

  it('names only the routes without one', async () => {
    const app = await build(async (plugin) => {
      plugin.get('/api/v1/guarded', { config: { access: 'public' } }, async () => ({ ok: true }));
      plugin.delete('/api/v1/unguarded/:id', async () => ({ ok: true }));
    });
    const error: unknown = await app.ready().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('DELETE /api/v1/unguarded/:id');
    expect(message).not.toContain('/api/v1/guarded');
  });

  it('while a route with a rule starts fine and is guarded by it', async () => {
    const app = await build(async (plugin) => {
      plugin.get('/api/v1/open', { config: { access: 'public' } }, async () => ({ ok: true }));
      plugin.get('/api/v1/closed', { config: { access: ['admin'] } }, async () => ({ ok: true }));
    });
    await expect(app.ready()).resolves.toBeDefined();
    const open = await app.inject({ method: 'GET', url: '/api/v1/open' });
    expect(open.statusCode).toBe(200);
    expect(open.json()).toEqual({ ok: true });
    const closed = await app.inject({ method: 'GET', url: '/api/v1/closed' });
    expect(closed.statusCode).toBe(401);
    expect(app.accessRules).toContainEqual({ method: 'GET', url: '/api/v1/closed', access: ['admin'] });
  });

  it('counts a rule that is no rule as none: an unknown word, an empty list, an unknown role', async () => {
    const app = await build(async (plugin) => {
      plugin.get('/api/v1/word', { config: { access: 'everyone' as never } }, async () => ({ ok: true }));
      plugin.get('/api/v1/empty', { config: { access: [] } }, async () => ({ ok: true }));
      plugin.get('/api/v1/role', { config: { access: ['superuser'] as never } }, async () => ({ ok: true }));
      plugin.get('/api/v1/fine', { config: { access: ['viewer'] } }, async () => ({ ok: true }));
    });
    const error: unknown = await app.ready().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/config\.access/);
    for (const url of ['/api/v1/word', '/api/v1/empty', '/api/v1/role']) expect(message).toContain(`GET ${url}`);
    expect(message).not.toContain('/api/v1/fine');
  });
});

// ---------------------------------------------------------------------------
// The matrix: every route × every kind of caller.
// ---------------------------------------------------------------------------

type Callers = Awaited<ReturnType<typeof makeCallers>>;

interface Context {
  t: TestApp;
  c: Callers;
  /** A number no other cell gets: for unique codes, names and e-mails. */
  unique: () => number;
  /** New credentials for this caller, for a cell that uses its session up (logout). */
  freshCredentials: (caller: Caller) => Promise<Record<string, string>>;
  /** Builders of goals, agreements, activities … through the API, as the home editor: for fresh targets. */
  coop: ReturnType<typeof cooperation>;
  /** Items of the home municipality that cells only read, in three scopes (see cooperation-fixtures.ts). */
  items: StandingItems;
}

interface CellRequest {
  /** The real path, with real ids; it must match the row's pattern. */
  path: string;
  body?: object;
  headers?: Record<string, string>;
  /** Replaces the caller's usual credentials. */
  credentials?: Record<string, string>;
}

interface Row {
  /** Builds one cell's request; a mutating row makes a fresh target for every cell. */
  request: (ctx: Context, caller: Caller) => Promise<CellRequest> | CellRequest;
  expect: Record<Caller, number>;
  /** A successful write records exactly one audit event, unless false (sign-in, sign-out). */
  audited?: boolean;
}

/** A route whose answer depends on the item: several named cases, each a row of its own. */
interface Cases {
  cases: Record<string, Row>;
}

const ROLE_OF: Record<Exclude<Caller, 'anonymous'>, Role> = {
  viewer: 'viewer',
  partner: 'partner',
  editor: 'editor',
  admin: 'admin',
  otherEditor: 'editor',
  countyViewer: 'viewer',
};

const each = (status: (caller: Caller) => number) =>
  Object.fromEntries(CALLERS.map((caller) => [caller, status(caller)])) as Record<Caller, number>;
/** Anyone, signed in or not. */
const everyone = (status: number) => each(() => status);
/** Any account; 401 without a session. */
const signedIn = (status: number) => each((caller) => (caller === 'anonymous' ? 401 : status));
/** Only these roles; 401 without a session, 403 for any other role. */
const only = (roles: Role[], status: number) =>
  each((caller) => (caller === 'anonymous' ? 401 : roles.includes(ROLE_OF[caller]) ? status : 403));

/**
 * Reading an item that is not published: its municipality's viewer and editor
 * and admin see it, the partner as given (party to its agreement or not), the
 * public and the other municipality's editor get 404.
 */
const insiders = (partner: number) => ({
  ...signedIn(200),
  anonymous: 404,
  partner,
  otherEditor: 404,
  countyViewer: 404,
});
/** Managing an item of the home municipality: its editor and admin; the other editor as given (403 seen, 404 not). */
const managers = (status: number, otherEditor: number) => ({ ...only(['editor', 'admin'], status), otherEditor });

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

type Scope = 'published' | 'party' | 'notParty';

/**
 * A read of a standing item in each scope: published (everyone), unpublished
 * of an agreement the police is party to, and of one it is not.
 */
const reads = (path: (items: StandingItems[Scope]) => string): Cases => ({
  cases: {
    published: { request: ({ items }) => ({ path: path(items.published) }), expect: everyone(200) },
    'unpublished, police party': { request: ({ items }) => ({ path: path(items.party) }), expect: insiders(200) },
    'unpublished, police not party': {
      request: ({ items }) => ({ path: path(items.notParty) }),
      expect: insiders(404),
    },
  },
});

/**
 * A write by the editors to a fresh target of the home municipality, built
 * within the published chain or the unpublished one (police party): the other
 * municipality's editor sees the first (403) but not the second (404).
 */
const managedWrites = (
  status: number,
  request: (ctx: Context, scope: 'published' | 'party') => Promise<CellRequest>,
): Cases => ({
  cases: {
    published: { request: (ctx) => request(ctx, 'published'), expect: managers(status, 403) },
    unpublished: { request: (ctx) => request(ctx, 'party'), expect: managers(status, 404) },
  },
});

/** A lägesbild built fresh for one cell: published and adopted in the published scope, else a draft. */
const freshReport = (coop: Context['coop'], scope: 'published' | 'party') =>
  coop.situationReport(scope === 'published' ? { published: true, status: 'adopted' } : {});

/** An activity built fresh for one cell, in a focus area of the given chain. */
const freshActivity = (ctx: Context, scope: Scope, overrides: Record<string, unknown>) =>
  ctx.coop.activity(ctx.items[scope].focusArea, { published: scope === 'published', ...overrides });

const API = '/api/v1';

/** The credentials of a new account of the caller's role and organisation (none for anonymous); `again` signs the last one in again. */
let lastNewAccount: string | undefined;
async function newAccount(ctx: Context, caller: Caller, again?: 'again'): Promise<Record<string, string>> {
  if (caller === 'anonymous') return {};
  if (again === undefined || lastNewAccount === undefined) {
    const template = ctx.c.users[caller];
    lastNewAccount = (await ctx.t.make.user(template.role, template.organisationId)).email;
  }
  return { cookie: await signIn(ctx.t, lastNewAccount) };
}
const NEW_MONTH = '2026-04';

/**
 * One row per registered route, keyed `METHOD /pattern` exactly as Fastify
 * registered it, grouped by feature. A new route needs its rows here: the
 * coverage test below fails, naming it, until it has them.
 */
const matrix: Record<string, Record<string, Row | Cases>> = {
  health: {
    'GET /healthz': { request: () => ({ path: '/healthz' }), expect: everyone(200) },
    'GET /readyz': { request: () => ({ path: '/readyz' }), expect: everyone(200) },
    'GET /openapi.json': { request: () => ({ path: '/openapi.json' }), expect: everyone(200) },
    'GET /docs': { request: () => ({ path: '/docs' }), expect: everyone(200) },
  },

  auth: {
    // An e-mail nobody has: the same 401 for everyone, signed in or not.
    'POST /api/v1/auth/login': {
      request: ({ unique }) => ({
        path: '/api/v1/auth/login',
        body: { email: `nobody${unique()}@test.example`, password: 'not anybody’s password' },
      }),
      expect: everyone(401),
      audited: false,
    },
    'POST /api/v1/auth/logout': {
      request: async ({ freshCredentials }, caller) => ({
        path: '/api/v1/auth/logout',
        credentials: await freshCredentials(caller),
      }),
      expect: everyone(204),
      audited: false,
    },
    'GET /api/v1/auth/me': { request: () => ({ path: '/api/v1/auth/me' }), expect: signedIn(200) },
    // One's own settings, from the version stored now.
    'PATCH /api/v1/auth/me': {
      request: async ({ t, c }, caller) => {
        const id = caller === 'anonymous' ? c.users.editor.id : c.users[caller].id;
        const { version } = await t.db
          .selectFrom('users')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return { path: '/api/v1/auth/me', headers: ifMatch(version), body: { reminders: true } };
      },
      expect: signedIn(200),
    },
  },

  // Issue 17: single sign-on (not configured here: 404), the second factor, and "My sessions".
  signIn: {
    'GET /api/v1/auth/sign-in-options': {
      request: () => ({ path: '/api/v1/auth/sign-in-options' }),
      expect: everyone(200),
    },
    'GET /api/v1/auth/oidc/login': { request: () => ({ path: '/api/v1/auth/oidc/login' }), expect: everyone(404) },
    'GET /api/v1/auth/oidc/callback': {
      request: () => ({ path: '/api/v1/auth/oidc/callback?code=x&state=y' }),
      expect: everyone(404),
    },
    'GET /api/v1/auth/mfa': { request: () => ({ path: '/api/v1/auth/mfa' }), expect: signedIn(200) },
    'POST /api/v1/auth/mfa': {
      request: async (ctx, caller) => ({ path: '/api/v1/auth/mfa', credentials: await newAccount(ctx, caller) }),
      expect: signedIn(200),
    },
    'POST /api/v1/auth/mfa/confirm': {
      request: async (ctx, caller) => {
        const credentials = await newAccount(ctx, caller);
        if (caller === 'anonymous') return { path: '/api/v1/auth/mfa/confirm', body: { oneTimeCode: '123456' } };
        const enrolment = await ctx.t.http().post('/api/v1/auth/mfa').set(credentials).expect(200);
        const code = OTPAuth.TOTP.generate({
          secret: OTPAuth.Secret.fromBase32((enrolment.body as { secret: string }).secret),
          timestamp: ctx.t.clock.now().getTime(),
        });
        return { path: '/api/v1/auth/mfa/confirm', body: { oneTimeCode: code }, credentials };
      },
      expect: signedIn(200),
    },
    'GET /api/v1/auth/sessions': { request: () => ({ path: '/api/v1/auth/sessions' }), expect: signedIn(200) },
    // A new account signed in twice: the other session is the one ended (one audit event).
    'DELETE /api/v1/auth/sessions': {
      request: async (ctx, caller) => {
        await newAccount(ctx, caller);
        return { path: '/api/v1/auth/sessions', credentials: await newAccount(ctx, caller, 'again') };
      },
      expect: signedIn(204),
    },
    'DELETE /api/v1/auth/sessions/:id': {
      request: async (ctx, caller) => {
        const credentials = await ctx.freshCredentials(caller);
        if (caller === 'anonymous') return { path: `/api/v1/auth/sessions/${ctx.c.home.id}` };
        const mine = await ctx.t.http().get('/api/v1/auth/sessions').set(credentials).expect(200);
        const current = (mine.body as { sessions: { id: string; current: boolean }[] }).sessions.find((s) => s.current);
        return { path: `/api/v1/auth/sessions/${current!.id}`, credentials };
      },
      expect: signedIn(204),
    },
    'DELETE /api/v1/auth/tokens/:id': {
      request: async ({ t, c }, caller) => {
        const owner = caller === 'anonymous' ? c.users.viewer : c.users[caller];
        const { stored } = await t.make.token(owner.id);
        return { path: `/api/v1/auth/tokens/${stored.id}` };
      },
      expect: signedIn(204),
    },
  },

  municipalities: {
    'GET /api/v1/municipalities': { request: () => ({ path: '/api/v1/municipalities' }), expect: everyone(200) },
    'GET /api/v1/municipalities/:id': {
      request: ({ c }) => ({ path: `/api/v1/municipalities/${c.home.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/municipalities': {
      request: ({ unique }) => {
        const n = unique();
        return {
          path: '/api/v1/municipalities',
          body: { code: String(9000 + n), name: `Matriskommun ${n}`, county: 'Testlän' },
        };
      },
      expect: only(['admin'], 201),
    },
    'PATCH /api/v1/municipalities/:id': {
      request: async ({ t }) => {
        const target = await t.make.municipality();
        return {
          path: `/api/v1/municipalities/${target.id}`,
          headers: ifMatch(target.version),
          body: { name: 'Nytt namn' },
        };
      },
      expect: only(['admin'], 200),
    },
  },

  organisations: {
    // Who the parties are is public: the plan names them.
    'GET /api/v1/organisations': { request: () => ({ path: '/api/v1/organisations' }), expect: everyone(200) },
    'GET /api/v1/organisations/:id': {
      request: ({ c }) => ({ path: `/api/v1/organisations/${c.police.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/organisations': {
      request: ({ c, unique }) => ({
        path: '/api/v1/organisations',
        body: { name: `Ny organisation ${unique()}`, kind: 'other', municipalityId: c.home.id },
      }),
      expect: only(['admin'], 201),
    },
    'PATCH /api/v1/organisations/:id': {
      request: async ({ t, c }) => {
        const target = await t.make.organisation({ municipalityId: c.home.id });
        return {
          path: `/api/v1/organisations/${target.id}`,
          headers: ifMatch(target.version),
          body: { name: 'Nytt namn' },
        };
      },
      expect: only(['admin'], 200),
    },
  },

  users: {
    'GET /api/v1/users': { request: () => ({ path: '/api/v1/users' }), expect: only(['admin'], 200) },
    'GET /api/v1/users/:id': {
      request: ({ c }) => ({ path: `/api/v1/users/${c.users.viewer.id}` }),
      expect: only(['admin'], 200),
    },
    'POST /api/v1/users': {
      request: ({ c, unique }) => {
        const n = unique();
        return {
          path: '/api/v1/users',
          body: {
            email: `new${n}@test.example`,
            name: `Ny användare ${n}`,
            password: TEST_PASSWORD,
            role: 'viewer',
            organisationId: c.homeOrganisation.id,
          },
        };
      },
      expect: only(['admin'], 201),
    },
    'PATCH /api/v1/users/:id': {
      request: async ({ t, c }) => {
        const target = await t.make.user('viewer', c.homeOrganisation.id);
        return { path: `/api/v1/users/${target.id}`, headers: ifMatch(target.version), body: { name: 'Nytt namn' } };
      },
      expect: only(['admin'], 200),
    },
  },

  tokens: {
    'POST /api/v1/users/:id/tokens': {
      request: async ({ t, c }) => {
        const target = await t.make.user('viewer', c.homeOrganisation.id);
        return { path: `/api/v1/users/${target.id}/tokens`, body: { label: 'Skript' } };
      },
      expect: only(['admin'], 201),
    },
    'GET /api/v1/users/:id/tokens': {
      request: ({ c }) => ({ path: `/api/v1/users/${c.users.viewer.id}/tokens` }),
      expect: only(['admin'], 200),
    },
    'DELETE /api/v1/tokens/:id': {
      request: async ({ t, c }) => {
        const { stored } = await t.make.token(c.users.viewer.id);
        return { path: `/api/v1/tokens/${stored.id}` };
      },
      expect: only(['admin'], 204),
    },
  },

  goals: {
    'GET /api/v1/goals': {
      request: ({ c }) => ({ path: `${API}/goals?municipalityId=${c.home.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/goals': {
      request: ({ c, unique }) => ({
        path: `${API}/goals`,
        body: { municipalityId: c.home.id, title: `Mål ${unique()}` },
      }),
      expect: managers(201, 403),
    },
    'GET /api/v1/goals/:id': reads((chain) => `${API}/goals/${chain.goal.id}`),
    'PATCH /api/v1/goals/:id': managedWrites(200, async ({ coop }, scope) => {
      const target = await coop.goal({ published: scope === 'published' });
      return { path: `${API}/goals/${target.id}`, headers: ifMatch(target.version), body: { title: 'Nytt mål' } };
    }),
    // A fresh goal holds no indicator and serves no agreement: it may go.
    'DELETE /api/v1/goals/:id': managedWrites(204, async ({ coop }, scope) => {
      const target = await coop.goal({ published: scope === 'published' });
      return { path: `${API}/goals/${target.id}`, headers: ifMatch(target.version) };
    }),
    'GET /api/v1/goals/:id/indicators': reads((chain) => `${API}/goals/${chain.goal.id}/indicators`),
    'POST /api/v1/goals/:id/indicators': managedWrites(201, async ({ items, unique }, scope) => ({
      path: `${API}/goals/${items[scope].goal.id}/indicators`,
      body: { title: `Indikator ${unique()}`, source: 'NTU', unit: 'procent', direction: 'decrease' },
    })),
  },

  indicators: {
    'GET /api/v1/indicators/:id': reads((chain) => `${API}/indicators/${chain.indicator.id}`),
    'PATCH /api/v1/indicators/:id': managedWrites(200, async ({ coop, items }, scope) => {
      const target = await coop.indicator(items[scope].goal.id, { published: scope === 'published' });
      return { path: `${API}/indicators/${target.id}`, headers: ifMatch(target.version), body: { unit: 'andel' } };
    }),
    'DELETE /api/v1/indicators/:id': managedWrites(204, async ({ coop, items }, scope) => {
      const target = await coop.indicator(items[scope].goal.id, { published: scope === 'published' });
      return { path: `${API}/indicators/${target.id}`, headers: ifMatch(target.version) };
    }),
    'GET /api/v1/indicators/:id/values': reads((chain) => `${API}/indicators/${chain.indicator.id}/values`),
    // A fresh indicator has no value yet: the PUT creates it (201).
    'PUT /api/v1/indicators/:id/values': managedWrites(201, async ({ coop, items }, scope) => {
      const target = await coop.indicator(items[scope].goal.id, { published: scope === 'published' });
      return { path: `${API}/indicators/${target.id}/values`, body: { period: '2025', group: 'women', value: 58 } };
    }),
  },

  agreements: {
    'GET /api/v1/agreements': {
      request: ({ c }) => ({ path: `${API}/agreements?municipalityId=${c.home.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/agreements': {
      request: ({ c, unique }) => ({
        path: `${API}/agreements`,
        body: {
          municipalityId: c.home.id,
          title: `Överenskommelse ${unique()}`,
          periodStart: '2026-01-01',
          periodEnd: '2027-12-31',
          partyIds: [c.homeOrganisation.id, c.police.id],
        },
      }),
      expect: managers(201, 403),
    },
    'GET /api/v1/agreements/:id': reads((chain) => `${API}/agreements/${chain.agreement.id}`),
    // The police is party to every fresh agreement; the partner is refused by the route's rule all the same.
    'PATCH /api/v1/agreements/:id': managedWrites(200, async ({ coop }, scope) => {
      const target = await coop.agreement({ published: scope === 'published' });
      return { path: `${API}/agreements/${target.id}`, headers: ifMatch(target.version), body: { status: 'ended' } };
    }),
    // A fresh agreement holds no focus area, activity or promise: it may go.
    'DELETE /api/v1/agreements/:id': managedWrites(204, async ({ coop }, scope) => {
      const target = await coop.agreement({ published: scope === 'published' });
      return { path: `${API}/agreements/${target.id}`, headers: ifMatch(target.version) };
    }),
    'GET /api/v1/agreements/:id/focus-areas': reads((chain) => `${API}/agreements/${chain.agreement.id}/focus-areas`),
    'POST /api/v1/agreements/:id/focus-areas': managedWrites(201, async ({ items, unique }, scope) => ({
      path: `${API}/agreements/${items[scope].agreement.id}/focus-areas`,
      body: { title: `Fokusområde ${unique()}` },
    })),
  },

  focusAreas: {
    // A focus area is seen wherever its agreement is.
    'GET /api/v1/focus-areas/:id': reads((chain) => `${API}/focus-areas/${chain.focusArea.id}`),
    'PATCH /api/v1/focus-areas/:id': managedWrites(200, async ({ coop, items }, scope) => {
      const target = await coop.focusArea(items[scope].agreement.id);
      return { path: `${API}/focus-areas/${target.id}`, headers: ifMatch(target.version), body: { position: 9 } };
    }),
    // A fresh focus area holds no activity: it may go.
    'DELETE /api/v1/focus-areas/:id': managedWrites(204, async ({ coop, items }, scope) => {
      const target = await coop.focusArea(items[scope].agreement.id);
      return { path: `${API}/focus-areas/${target.id}`, headers: ifMatch(target.version) };
    }),
  },

  activities: {
    'GET /api/v1/activities': {
      request: ({ items }) => ({ path: `${API}/activities?agreementId=${items.party.agreement.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/activities': {
      cases: {
        'into a published plan': {
          request: ({ c, items, unique }) => ({
            path: `${API}/activities`,
            body: {
              agreementId: items.published.agreement.id,
              focusAreaId: items.published.focusArea.id,
              title: `Aktivitet ${unique()}`,
              leadOrganisationId: c.homeOrganisation.id,
            },
          }),
          expect: managers(201, 403),
        },
        // An agreement the caller may not see is, in a body, one that does not exist: 400 naming /agreementId.
        'into an unpublished plan': {
          request: ({ c, items, unique }) => ({
            path: `${API}/activities`,
            body: {
              agreementId: items.party.agreement.id,
              focusAreaId: items.party.focusArea.id,
              title: `Aktivitet ${unique()}`,
              leadOrganisationId: c.homeOrganisation.id,
            },
          }),
          expect: managers(201, 400),
        },
      },
    },
    'GET /api/v1/activities/:id': reads((chain) => `${API}/activities/${chain.activity.id}`),
    // Partners may change status and comment of the shared activities their organisation leads or partners in.
    'PATCH /api/v1/activities/:id': {
      cases: {
        'status and comment of a shared activity the police leads': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'published', { shared: true, leadOrganisationId: ctx.c.police.id });
            return {
              path: `${API}/activities/${target.id}`,
              headers: ifMatch(target.version),
              body: { status: 'ongoing', comment: 'Pågår enligt plan' },
            };
          },
          expect: { ...only(['editor', 'partner', 'admin'], 200), otherEditor: 403 },
        },
        'status of an unpublished shared activity the police partners in': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'party', {
              shared: true,
              partnerOrganisationIds: [ctx.c.police.id],
            });
            return {
              path: `${API}/activities/${target.id}`,
              headers: ifMatch(target.version),
              body: { status: 'done' },
            };
          },
          expect: { ...only(['editor', 'partner', 'admin'], 200), otherEditor: 404 },
        },
        'another field of a shared activity the police leads': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'published', { shared: true, leadOrganisationId: ctx.c.police.id });
            return {
              path: `${API}/activities/${target.id}`,
              headers: ifMatch(target.version),
              body: { status: 'ongoing', title: 'Ny titel' },
            };
          },
          expect: managers(200, 403),
        },
        'status of an activity the police leads that is not shared': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'published', {
              shared: false,
              leadOrganisationId: ctx.c.police.id,
            });
            return {
              path: `${API}/activities/${target.id}`,
              headers: ifMatch(target.version),
              body: { status: 'done' },
            };
          },
          expect: managers(200, 403),
        },
        'status of a shared activity the police neither leads nor partners in': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'published', { shared: true });
            return {
              path: `${API}/activities/${target.id}`,
              headers: ifMatch(target.version),
              body: { status: 'done' },
            };
          },
          expect: managers(200, 403),
        },
        'status of an unpublished shared activity the police leads, of an agreement it is not party to': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'notParty', { shared: true, leadOrganisationId: ctx.c.police.id });
            return {
              path: `${API}/activities/${target.id}`,
              headers: ifMatch(target.version),
              body: { status: 'done' },
            };
          },
          expect: { ...managers(200, 404), partner: 404 },
        },
      },
    },
    // A fresh activity has no follow-up and is in no promise: it may go.
    'DELETE /api/v1/activities/:id': managedWrites(204, async (ctx, scope) => {
      const target = await freshActivity(ctx, scope, {});
      return { path: `${API}/activities/${target.id}`, headers: ifMatch(target.version) };
    }),
  },

  followUps: {
    // For signed-in readers only (the grid of Uppföljning); each sees the agreements it may read.
    'GET /api/v1/agreements/:id/follow-up-grid': {
      cases: {
        published: {
          request: ({ items }) => ({ path: `${API}/agreements/${items.published.agreement.id}/follow-up-grid` }),
          expect: signedIn(200),
        },
        'unpublished, police party': {
          request: ({ items }) => ({ path: `${API}/agreements/${items.party.agreement.id}/follow-up-grid` }),
          expect: { ...insiders(200), anonymous: 401 },
        },
        'unpublished, police not party': {
          request: ({ items }) => ({ path: `${API}/agreements/${items.notParty.agreement.id}/follow-up-grid` }),
          expect: { ...insiders(404), anonymous: 401 },
        },
      },
    },
    'GET /api/v1/activities/:id/follow-ups': reads((chain) => `${API}/activities/${chain.activity.id}/follow-ups`),
    'GET /api/v1/activities/:id/follow-ups/:month': reads(
      (chain) => `${API}/activities/${chain.activity.id}/follow-ups/${RECORDED_MONTH}`,
    ),
    // A fresh activity has no month recorded: the PUT records it (201), no If-Match needed.
    'PUT /api/v1/activities/:id/follow-ups/:month': {
      cases: {
        'a shared activity the police leads': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'published', { shared: true, leadOrganisationId: ctx.c.police.id });
            return { path: `${API}/activities/${target.id}/follow-ups/${NEW_MONTH}`, body: { outcome: 4 } };
          },
          expect: { ...only(['editor', 'partner', 'admin'], 201), otherEditor: 403 },
        },
        'an unpublished shared activity the police partners in': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'party', {
              shared: true,
              partnerOrganisationIds: [ctx.c.police.id],
            });
            return {
              path: `${API}/activities/${target.id}/follow-ups/${NEW_MONTH}`,
              body: { outcome: 2, comment: 'Två träffar', internalNote: 'Låg närvaro' },
            };
          },
          expect: { ...only(['editor', 'partner', 'admin'], 201), otherEditor: 404 },
        },
        'an activity the police leads that is not shared': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'published', {
              shared: false,
              leadOrganisationId: ctx.c.police.id,
            });
            return { path: `${API}/activities/${target.id}/follow-ups/${NEW_MONTH}`, body: { outcome: null } };
          },
          expect: managers(201, 403),
        },
        'an unpublished shared activity the police leads, of an agreement it is not party to': {
          request: async (ctx) => {
            const target = await freshActivity(ctx, 'notParty', { shared: true, leadOrganisationId: ctx.c.police.id });
            return { path: `${API}/activities/${target.id}/follow-ups/${NEW_MONTH}`, body: { outcome: 1 } };
          },
          expect: { ...managers(201, 404), partner: 404 },
        },
      },
    },
  },

  promises: {
    'GET /api/v1/promises': {
      request: ({ c }) => ({ path: `${API}/promises?municipalityId=${c.home.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/promises': {
      request: ({ c, items, unique }) => ({
        path: `${API}/promises`,
        body: {
          municipalityId: c.home.id,
          agreementId: items.published.agreement.id,
          title: `Medborgarlöfte ${unique()}`,
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          text: 'Vi lovar att gå trygghetsvandringar varje månad.',
          activityIds: [items.published.activity.id],
        },
      }),
      expect: managers(201, 403),
    },
    'GET /api/v1/promises/:id': reads((chain) => `${API}/promises/${chain.promise.id}`),
    'PATCH /api/v1/promises/:id': managedWrites(200, async ({ coop, items }, scope) => {
      const target = await coop.promise([], {
        agreementId: items[scope].agreement.id,
        published: scope === 'published',
      });
      return {
        path: `${API}/promises/${target.id}`,
        headers: ifMatch(target.version),
        body: { activityIds: [items[scope].activity.id] },
      };
    }),
    'DELETE /api/v1/promises/:id': managedWrites(204, async ({ coop, items }, scope) => {
      const target = await coop.promise([items[scope].activity.id], {
        agreementId: items[scope].agreement.id,
        published: scope === 'published',
      });
      return { path: `${API}/promises/${target.id}`, headers: ifMatch(target.version) };
    }),
    'GET /api/v1/promises/:id/progress': reads((chain) => `${API}/promises/${chain.promise.id}/progress`),
  },

  // Lägesbilder and their problems are read as the agreements answering them; editors write.
  situationReports: {
    'GET /api/v1/situation-reports': {
      request: ({ c }) => ({ path: `${API}/situation-reports?municipalityId=${c.home.id}` }),
      expect: everyone(200),
    },
    'POST /api/v1/situation-reports': {
      request: ({ c, unique }) => ({
        path: `${API}/situation-reports`,
        body: {
          municipalityId: c.home.id,
          title: `Lägesbild ${unique()}`,
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
        },
      }),
      expect: managers(201, 403),
    },
    'GET /api/v1/situation-reports/:id': reads((chain) => `${API}/situation-reports/${chain.situationReport.id}`),
    'PATCH /api/v1/situation-reports/:id': managedWrites(200, async ({ coop }, scope) => {
      const target = await freshReport(coop, scope);
      return {
        path: `${API}/situation-reports/${target.id}`,
        headers: ifMatch(target.version),
        body: { adoptedBy: 'Kommunstyrelsen' },
      };
    }),
    // A fresh lägesbild holds no problem an activity acts on, and no agreement answers it: it may go.
    'DELETE /api/v1/situation-reports/:id': managedWrites(204, async ({ coop }, scope) => {
      const target = await freshReport(coop, scope);
      await coop.problem(target.id, { published: scope === 'published' });
      return { path: `${API}/situation-reports/${target.id}`, headers: ifMatch(target.version) };
    }),
    'GET /api/v1/situation-reports/:id/problems': reads(
      (chain) => `${API}/situation-reports/${chain.situationReport.id}/problems`,
    ),
    'POST /api/v1/situation-reports/:id/problems': managedWrites(201, async ({ items, unique }, scope) => ({
      path: `${API}/situation-reports/${items[scope].situationReport.id}/problems`,
      body: { title: `Problem ${unique()}`, category: 'drugs', causes: [{ title: 'Efterfrågan' }] },
    })),
    'GET /api/v1/situation-reports/:id/traceability': reads(
      (chain) => `${API}/situation-reports/${chain.situationReport.id}/traceability`,
    ),
    'GET /api/v1/agreements/:id/problems': reads((chain) => `${API}/agreements/${chain.agreement.id}/problems`),
  },

  problems: {
    'GET /api/v1/problems/:id': reads((chain) => `${API}/problems/${chain.problem.id}`),
    'PATCH /api/v1/problems/:id': managedWrites(200, async ({ coop, items }, scope) => {
      const target = await coop.problem(items[scope].situationReport.id, { published: scope === 'published' });
      return {
        path: `${API}/problems/${target.id}`,
        headers: ifMatch(target.version),
        body: { causes: [{ id: target.causes[0]!.id, title: 'Mörka gångstråk' }, { title: 'Ny orsak' }] },
      };
    }),
    // A fresh problem no activity acts on: it may go.
    'DELETE /api/v1/problems/:id': managedWrites(204, async ({ coop, items }, scope) => {
      const target = await coop.problem(items[scope].situationReport.id, { published: scope === 'published' });
      return { path: `${API}/problems/${target.id}`, headers: ifMatch(target.version) };
    }),
  },

  // Tertial and year analyses: read as their agreement is (the public: final and published), written by editors.
  reviews: {
    'GET /api/v1/agreements/:id/reviews': reads((chain) => `${API}/agreements/${chain.agreement.id}/reviews`),
    'GET /api/v1/agreements/:id/reviews/:period': reads(
      (chain) => `${API}/agreements/${chain.agreement.id}/reviews/${chain.review.period}`,
    ),
    // A fresh agreement has no analysis yet: the PUT writes it (201).
    'PUT /api/v1/agreements/:id/reviews/:period': managedWrites(201, async ({ coop }, scope) => {
      const target = await coop.agreement({ published: scope === 'published' });
      return { path: `${API}/agreements/${target.id}/reviews/2026-T2`, body: { text: 'T2 enligt plan.' } };
    }),
  },

  public: {
    'GET /api/v1/public/municipalities/:code/dashboard': {
      request: ({ c }) => ({ path: `${API}/public/municipalities/${c.home.code}/dashboard` }),
      expect: everyone(200),
    },
  },

  // Public accountability: a published promise's history and embed page for everyone
  // alike, an unpublished one for no one; feeds, areas and search are public; renaming an area is
  // its municipality's editors' (a fresh place per cell: one activity, one audit event).
  accountability: {
    'GET /api/v1/public/promises/:id/history': {
      cases: {
        published: {
          request: ({ items }) => ({ path: `${API}/public/promises/${items.published.promise.id}/history` }),
          expect: everyone(200),
        },
        unpublished: {
          request: ({ items }) => ({ path: `${API}/public/promises/${items.party.promise.id}/history` }),
          expect: everyone(404),
        },
      },
    },
    'GET /api/v1/public/municipalities/:code/feed.atom': {
      request: ({ c }) => ({ path: `${API}/public/municipalities/${c.home.code}/feed.atom` }),
      expect: everyone(200),
    },
    'GET /inbadda/lofte/:id': {
      cases: {
        published: {
          request: ({ items }) => ({ path: `/inbadda/lofte/${items.published.promise.id}` }),
          expect: everyone(200),
        },
        unpublished: {
          request: ({ items }) => ({ path: `/inbadda/lofte/${items.party.promise.id}` }),
          expect: everyone(404),
        },
      },
    },
    'GET /api/v1/public/municipalities/:code/areas': {
      request: ({ c }) => ({ path: `${API}/public/municipalities/${c.home.code}/areas` }),
      expect: everyone(200),
    },
    'GET /api/v1/public/municipalities/:code/areas/:area': {
      request: async (ctx) => {
        const area = `Matrisområde ${ctx.unique()}`;
        await freshActivity(ctx, 'published', { area });
        return { path: `${API}/public/municipalities/${ctx.c.home.code}/areas/${encodeURIComponent(area)}` };
      },
      expect: everyone(200),
    },
    'POST /api/v1/municipalities/:id/area-renames': {
      request: async (ctx) => {
        const area = `Gammalt område ${ctx.unique()}`;
        await freshActivity(ctx, 'published', { area });
        return {
          path: `${API}/municipalities/${ctx.c.home.id}/area-renames`,
          body: { from: area, to: `${area} (nytt)` },
        };
      },
      expect: managers(200, 403),
    },
    'GET /api/v1/public/search': {
      request: () => ({ path: `${API}/public/search?q=${encodeURIComponent('trygghetsvandringar')}` }),
      expect: everyone(200),
    },
  },

  // An item's history is for those who read the item whole: insiders, not the public, and not
  // the other municipality's editor even where the item is published.
  audit: {
    'GET /api/v1/audit': {
      cases: {
        'of a published agreement the police is party to': {
          request: ({ items }) => ({
            path: `${API}/audit?entityType=agreement&entityId=${items.published.agreement.id}`,
          }),
          expect: { ...signedIn(200), otherEditor: 404, countyViewer: 404 },
        },
        'of an unpublished activity of an agreement the police is party to': {
          request: ({ items }) => ({ path: `${API}/audit?entityType=activity&entityId=${items.party.activity.id}` }),
          expect: { ...signedIn(200), otherEditor: 404, countyViewer: 404 },
        },
        'of an unpublished follow-up of an agreement the police is not party to': {
          request: ({ items }) => ({
            path: `${API}/audit?entityType=followUp&entityId=${items.notParty.followUp.id}`,
          }),
          expect: { ...signedIn(200), partner: 404, otherEditor: 404, countyViewer: 404 },
        },
        // Gone, it is its municipality's: the partner has no agreement to be party to.
        'of a deleted goal': {
          request: ({ items }) => ({ path: `${API}/audit?entityType=goal&entityId=${items.deletedGoal.id}` }),
          expect: { ...signedIn(200), partner: 404, otherEditor: 404, countyViewer: 404 },
        },
      },
    },
  },

  // Who has not reported: for any account, each seeing only the activities it may read.
  reports: {
    'GET /api/v1/reports/missing': {
      request: ({ c }) => ({ path: `${API}/reports/missing?month=${RECORDED_MONTH}&municipalityId=${c.home.id}` }),
      expect: signedIn(200),
    },
    'GET /api/v1/reports/missing.csv': {
      request: ({ c }) => ({ path: `${API}/reports/missing.csv?month=${RECORDED_MONTH}&municipalityId=${c.home.id}` }),
      expect: signedIn(200),
    },
  },

  // The reporting duty: each caller's own tasks; completeness of what the caller may read.
  reporting: {
    'GET /api/v1/me/tasks': { request: () => ({ path: `${API}/me/tasks` }), expect: signedIn(200) },
    'GET /api/v1/reports/completeness': {
      request: ({ c }) => ({ path: `${API}/reports/completeness?municipalityId=${c.home.id}` }),
      expect: signedIn(200),
    },
    'GET /api/v1/reports/completeness.csv': {
      request: ({ c }) => ({ path: `${API}/reports/completeness.csv?municipalityId=${c.home.id}&from=2026-01` }),
      expect: signedIn(200),
    },
  },

  // Settled tertials: read as the agreement is read; closed and reopened by its editors.
  closedPeriods: {
    'GET /api/v1/agreements/:id/closed-periods': {
      cases: {
        published: {
          request: ({ items }) => ({ path: `${API}/agreements/${items.published.agreement.id}/closed-periods` }),
          expect: signedIn(200),
        },
        'unpublished, police party': {
          request: ({ items }) => ({ path: `${API}/agreements/${items.party.agreement.id}/closed-periods` }),
          expect: { ...insiders(200), anonymous: 401 },
        },
        'unpublished, police not party': {
          request: ({ items }) => ({ path: `${API}/agreements/${items.notParty.agreement.id}/closed-periods` }),
          expect: { ...insiders(404), anonymous: 401 },
        },
      },
    },
    'POST /api/v1/agreements/:id/closed-periods': managedWrites(201, async (ctx, scope) => {
      const agreement = await ctx.coop.agreement({ published: scope === 'published' });
      return { path: `${API}/agreements/${agreement.id}/closed-periods`, body: { period: '2026-T1' } };
    }),
    'DELETE /api/v1/agreements/:id/closed-periods/:period': managedWrites(204, async (ctx, scope) => {
      const agreement = await ctx.coop.agreement({ published: scope === 'published' });
      await ctx.coop.editor.post(`/agreements/${agreement.id}/closed-periods`, { period: '2026-T1' }).expect(201);
      return { path: `${API}/agreements/${agreement.id}/closed-periods/2026-T1` };
    }),
  },

  // Open data: public, the same for everyone.
  openData: Object.fromEntries(
    ['promises', 'followups', 'indicators', 'problems'].flatMap((set) =>
      ['json', 'csv'].map((format): [string, Row] => [
        `GET /api/v1/public/municipalities/:code/open-data/${set}.${format}`,
        {
          request: ({ c }) => ({ path: `${API}/public/municipalities/${c.home.code}/open-data/${set}.${format}` }),
          expect: everyone(200),
        },
      ]),
    ),
  ),

  // The agreement's export, read as the agreement is; its import, changed as the agreement is
  // (a real run of one changed row: one audit event).
  exchange: {
    'GET /api/v1/agreements/:id/export.xlsx': reads((chain) => `${API}/agreements/${chain.agreement.id}/export.xlsx`),
    'GET /api/v1/agreements/:id/export.csv': reads(
      (chain) => `${API}/agreements/${chain.agreement.id}/export.csv?table=followups`,
    ),
    'POST /api/v1/agreements/:id/import': managedWrites(200, async (ctx, scope) => {
      const target = await freshActivity(ctx, scope, {});
      return {
        path: `${API}/agreements/${ctx.items[scope].agreement.id}/import?table=activities&dryRun=false`,
        headers: { 'content-type': 'text/csv' },
        body: Buffer.from(`Id;Version;Status\r\n${target.id};${target.version};Pågår\r\n`, 'utf8'),
      };
    }),
  },
};

// The web client's pages, from the list the server and the client's router share, and its
// bundles: public for everyone alike. A page is index.html once the client is built (web/dist),
// and until then a 503 problem; an asset is a built file, or without a build a 404.
// The county: its public view for everyone; the Kolada sync for the editors
// (Kolada itself is not reached here: the sync answers outcome failed, 200, storing nothing).
matrix.counties = {
  'GET /api/v1/public/counties/:code/dashboard': {
    request: ({ c }) => ({ path: `${API}/public/counties/${c.home.code.slice(0, 2)}/dashboard` }),
    expect: everyone(200),
  },
  ...Object.fromEntries(
    ['promises', 'followups', 'indicators', 'problems'].flatMap((set) =>
      ['json', 'csv'].map((format): [string, Row] => [
        `GET /api/v1/public/counties/:code/open-data/${set}.${format}`,
        {
          request: ({ c }) => ({
            path: `${API}/public/counties/${c.home.code.slice(0, 2)}/open-data/${set}.${format}`,
          }),
          expect: everyone(200),
        },
      ]),
    ),
  ),
};
matrix.kolada = {
  'POST /api/v1/indicators/:id/kolada-sync': {
    cases: Object.fromEntries(
      Object.entries(
        managedWrites(200, async ({ coop, items }, scope) => {
          const target = await coop.indicator(items[scope].goal.id, {
            published: scope === 'published',
            kolada: { kpi: 'N07403' },
          });
          return { path: `${API}/indicators/${target.id}/kolada-sync` };
        }).cases,
      ).map(([name, row]) => [name, { ...row, audited: false }]),
    ),
  },
};

const WEB_BUILT = existsSync(join(webDistDir, 'index.html'));
const WEB_ASSETS = join(webDistDir, 'assets');
const builtAsset = existsSync(WEB_ASSETS)
  ? readdirSync(WEB_ASSETS).find((name) => !/\.(gz|br)$/.test(name))
  : undefined;
/** Real values for the path parameters of client pages. */
const PAGE_PARAMS: Record<string, (ctx: Context) => string> = {
  code: ({ c }) => c.home.code,
  // The page is index.html for any id; the client asks the API for the promise.
  promiseId: () => '00000000-0000-4000-8000-000000000000',
  // The page is index.html for any id; the client asks the API for the lägesbild.
  reportId: () => '00000000-0000-4000-8000-000000000000',
  // Any place: the client asks the API for it.
  area: () => 'Skäggetorp',
};

matrix.web = {
  'GET /assets/*': {
    request: () => ({ path: `/assets/${builtAsset ?? 'not-built.js'}` }),
    expect: everyone(builtAsset === undefined ? 404 : 200),
  },
  ...Object.fromEntries(
    clientRoutes().map((url): [string, Row] => [
      `GET ${url}`,
      {
        request: (ctx) => ({
          path: url.replace(/:(\w+)/g, (_, name: string) => {
            const value = PAGE_PARAMS[name];
            if (!value) throw new Error(`the access matrix has no value for :${name} of client page ${url}`);
            return value(ctx);
          }),
        }),
        expect: everyone(WEB_BUILT ? 200 : 503),
      },
    ]),
  ),
};

const rows: Record<string, Row | Cases> = Object.assign({}, ...Object.values(matrix));

/** The routes the matrix covers: all but HEAD (Fastify's copies of GET) and swagger-ui's own files under /docs/. */
function coveredRoutes(app: FastifyInstance) {
  return app.accessRules.filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/docs/'));
}

function patternOf(url: string): RegExp {
  const escaped = url
    .split('/')
    .map((segment) =>
      segment === '*' ? '[^?]+' : segment.startsWith(':') ? '[^/?]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${escaped}(\\?.*)?$`);
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('the access matrix', () => {
  let t: TestApp;
  let ctx: Context;

  beforeAll(async () => {
    t = await startTestApp();
    const c = await makeCallers(t);
    const users = c.users;
    let sequence = 0;
    const coop = cooperation(t, c);
    ctx = {
      t,
      c,
      unique: () => ++sequence,
      freshCredentials: async (caller): Promise<Record<string, string>> =>
        caller === 'anonymous' ? {} : { cookie: await signIn(t, users[caller].email) },
      coop,
      items: await standingItems(coop, c),
    };
  });
  afterAll(() => t.close());

  it('has rows for exactly the routes the app registers', () => {
    const registered = new Set(coveredRoutes(t.app).map((route) => `${route.method} ${route.url}`));
    const tabled = new Set(Object.keys(rows));
    const missing = [...registered].filter((key) => !tabled.has(key)).sort();
    const extra = [...tabled].filter((key) => !registered.has(key)).sort();
    expect(missing, `routes without rows in the access matrix: ${missing.join(', ')}`).toEqual([]);
    expect(extra, `rows for routes the app does not register: ${extra.join(', ')}`).toEqual([]);
    // The sanity of the filter: the API is all there.
    expect(registered.size).toBeGreaterThanOrEqual(22);
  });

  it('leaves out only HEAD routes, ruled as their GET, and public swagger-ui files', () => {
    const rules = t.app.accessRules;
    const heads = rules.filter((route) => route.method === 'HEAD');
    const docs = rules.filter((route) => route.method !== 'HEAD' && route.url.startsWith('/docs/'));
    expect(heads.length).toBeGreaterThan(0);
    expect(docs.length).toBeGreaterThan(0);
    for (const head of heads) {
      const get = rules.find((route) => route.method === 'GET' && route.url === head.url);
      expect(get, `HEAD ${head.url} has a GET`).toBeDefined();
      expect(head.access, `HEAD ${head.url}`).toEqual(get!.access);
    }
    for (const route of docs) expect(route.access, `${route.method} ${route.url}`).toBe('public');
    expect(coveredRoutes(t.app).length + heads.length + docs.length).toBe(rules.length);
  });

  /** One describe of a row's cells, every caller's. */
  function cells(key: string, row: Row) {
    const [method, url] = key.split(' ') as [string, string];
    for (const caller of CALLERS) {
      const status = row.expect[caller];
      it(`${caller} → ${status}`, async () => {
        const cell = await row.request(ctx, caller);
        expect(cell.path, 'the cell must call its own route').toMatch(patternOf(url));
        const before = await snapshotTables(t.db);

        const agent = t.http();
        const methods = {
          GET: agent.get.bind(agent),
          POST: agent.post.bind(agent),
          PUT: agent.put.bind(agent),
          PATCH: agent.patch.bind(agent),
          DELETE: agent.delete.bind(agent),
        };
        const send = methods[method as keyof typeof methods];
        let request = send(cell.path).set({ ...(cell.credentials ?? ctx.c.headers[caller]), ...cell.headers });
        if (cell.body !== undefined) request = request.send(cell.body);
        const response = await request;

        expect(response.status, `${key} as ${caller}: ${response.text.slice(0, 300)}`).toBe(status);
        const after = await snapshotTables(t.db);
        if (status >= 400) {
          expect(response.headers['content-type']).toContain('application/problem+json');
          if (status === 401) expect(response.body.type).toBe('/problems/unauthenticated');
          if (status === 403) expect(response.body.type).toBe('/problems/forbidden');
          if (status === 404) expect(response.body.type).toBe('/problems/not-found');
          if (status === 400) expect(response.body.type).toBe('/problems/validation');
          // A refused request changes nothing: no row anywhere, no audit event.
          expect(after).toEqual(before);
        } else if (WRITES.has(method) && row.audited !== false) {
          expect(after.counts.audit_events).toBe(before.counts.audit_events! + 1);
        }
      });
    }
  }

  for (const [key, entry] of Object.entries(rows)) {
    describe(key, () => {
      if (!('cases' in entry)) return cells(key, entry);
      for (const [name, row] of Object.entries(entry.cases)) describe(name, () => cells(key, row));
    });
  }
});
