import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from '../db/schema.js';
import type { Actor } from '../domain/policy.js';
import { problems } from './problems.js';

/**
 * The rule every route declares in `config.access`:
 * - 'public': anyone, signed in or not (what they see may still depend on who they are);
 * - 'signedIn': any account;
 * - a list of roles: only those.
 * Item-level rules (own municipality, party to an agreement) are checked where the item is read.
 */
export type AccessRule = 'public' | 'signedIn' | readonly Role[];

/** One registered method and path with the rule it declared (undefined: none, so the app will not start). */
export interface RouteAccess {
  method: string;
  url: string;
  access: AccessRule | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
    /** false: this POST ignores Idempotency-Key (sign-in, whose effect is a cookie). */
    idempotent?: boolean;
    /** true: a session that must first enrol a second factor may use this route. */
    duringEnrolment?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every route registered so far, one entry per method, with its rule: for tests and docs. */
    readonly accessRules: RouteAccess[];
  }
}

const ROLES: readonly string[] = ['admin', 'editor', 'partner', 'viewer'];

/** A rule the hook understands; anything else is no rule at all. */
function isRule(rule: unknown): rule is AccessRule {
  return (
    rule === 'public' ||
    rule === 'signedIn' ||
    (Array.isArray(rule) && rule.length > 0 && rule.every((role) => ROLES.includes(role as string)))
  );
}

export type ResolveActor = (request: FastifyRequest) => Promise<Actor | null>;

export function isAllowed(rule: AccessRule, actor: Actor | null): 'yes' | 'unauthenticated' | 'forbidden' {
  if (rule === 'public') return 'yes';
  if (actor === null) return 'unauthenticated';
  if (rule === 'signedIn' || rule.includes(actor.role)) return 'yes';
  return 'forbidden';
}

/** The signed-in caller, for handlers behind a rule that guarantees one. */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null) throw problems.unauthenticated();
  return request.actor;
}

/**
 * One hook checks every route's declared rule, before the body is even read.
 * A route without a rule stops the app from starting: access fails closed.
 */
export function registerAccessControl(app: FastifyInstance, resolveActor: ResolveActor) {
  app.decorateRequest('actor', null);

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  // Read when asked: a plugin's own onRoute hook may set a rule after this one ran (see registerDocs).
  app.decorate('accessRules', {
    getter: (): RouteAccess[] =>
      routes.flatMap((route) =>
        ([] as string[])
          .concat(route.method)
          .map((method) => ({ method, url: route.url, access: route.config?.access })),
      ),
  });
  app.addHook('onReady', async () => {
    const unguarded = routes.filter((route) => !isRule(route.config?.access));
    if (unguarded.length > 0) {
      const names = unguarded.map((route) => `${String(route.method)} ${route.url}`).join(', ');
      throw new Error(`Routes without a valid access rule (config.access): ${names}`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config.access;
    // No rule here means the not-found handler: nothing to guard.
    if (rule === undefined) return;
    request.actor = await resolveActor(request);
    const verdict = isAllowed(rule, request.actor);
    if (verdict === 'unauthenticated') throw problems.unauthenticated();
    if (verdict === 'forbidden') throw problems.forbidden();
    // A session still to enrol its second factor reads public routes as the public, and may do nothing else.
    if (request.actor?.limited === 'enrolment' && request.routeOptions.config.duringEnrolment !== true) {
      if (rule !== 'public') throw problems.enrolmentNeeded();
      request.actor = null;
    }
  });
}
