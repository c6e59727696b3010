import type { AppDeps } from '../deps.js';
import { runChange } from '../domain/changes.js';
import { Forbidden, NotFound } from '../domain/errors.js';
import type { Actor } from '../domain/policy.js';
import type { MySessions } from './schemas.js';
import * as store from './store.js';

// "My sessions": a person sees their live sessions and API tokens, and ends
// any of them, or every session but the one they use. Each end is audited.
// A public demo's shared accounts end nothing (one visitor would sign out the others).

function refuseDemo(actor: Actor): void {
  if (actor.limited === 'demo') throw new Forbidden('The public demo’s accounts cannot end sessions.');
}

export async function mySessions(deps: AppDeps, actor: Actor): Promise<MySessions> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - deps.config.session.idleMinutes * 60_000);
  const { db } = deps.database;
  return {
    sessions: await store.listSessions(db, actor.userId, now, idleSince, actor.sessionHash),
    tokens: await store.listTokens(db, actor.userId, now),
  };
}

export async function endSession(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  refuseDemo(actor);
  await runChange(deps, actor, async (change) => {
    const ended = await store.deleteSession(change.trx, actor.userId, id);
    if (ended === undefined) throw new NotFound('The session');
    await change.audit({ action: 'delete', entityType: 'session', entityId: ended, before: { userId: actor.userId } });
  });
}

/** Ends every session of the caller but the one this request came with (all of them, for a token). */
export async function endOtherSessions(deps: AppDeps, actor: Actor): Promise<void> {
  refuseDemo(actor);
  await runChange(deps, actor, async (change) => {
    const ended = await store.deleteOtherSessions(change.trx, actor.userId, actor.sessionHash);
    for (const id of ended) {
      await change.audit({ action: 'delete', entityType: 'session', entityId: id, before: { userId: actor.userId } });
    }
  });
}

export async function revokeMyToken(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  refuseDemo(actor);
  await runChange(deps, actor, async (change) => {
    const revoked = await store.deleteToken(change.trx, actor.userId, id);
    if (revoked === undefined) throw new NotFound('The token');
    await change.audit({
      action: 'delete',
      entityType: 'apiToken',
      entityId: revoked,
      before: { userId: actor.userId },
    });
  });
}
