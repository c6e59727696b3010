import { runChange, type ServiceDeps } from '../domain/changes.js';
import { Invalid, NotFound } from '../domain/errors.js';
import type { Actor } from '../domain/policy.js';
import { findUser } from '../users/store.js';
import type { ApiToken, IssuedToken, IssueToken } from './schemas.js';
import * as store from './store.js';
import { broken } from '../domain/field-rules.js';

// API tokens: only admins issue, list and revoke them, which the routes' access
// rule (admins only) says in full. A token's secret exists only as its hash,
// apart from the one answer that issues it.

/** Issues a token for an account; the expiry, when given, must lie in the future. */
export function issueToken(
  deps: ServiceDeps,
  actor: Actor | null,
  userId: string,
  input: IssueToken,
): Promise<IssuedToken> {
  const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt);
  if (expiresAt !== null && expiresAt <= deps.clock.now()) {
    throw new Invalid('The expiry must lie in the future.', [
      { in: 'body', path: '/expiresAt', ...broken('not-in-future') },
    ]);
  }
  return runChange(deps, actor, async (change) => {
    const user = await findUser(change.trx, userId);
    if (!user) throw new NotFound('The account');
    const { issued, stored } = await store.issueToken(
      change.trx,
      { userId: user.id, label: input.label ?? null, expiresAt, createdBy: actor?.userId ?? null },
      change.now,
    );
    await change.audit({
      action: 'create',
      entityType: 'apiToken',
      entityId: stored.id,
      municipalityId: user.municipalityId,
      after: stored,
    });
    return issued;
  });
}

export async function listTokens(deps: ServiceDeps, userId: string): Promise<ApiToken[]> {
  const { db } = deps.database;
  const user = await findUser(db, userId);
  if (!user) throw new NotFound('The account');
  return store.listTokens(db, user.id);
}

/** Revokes a token: it stops working at once; the audit keeps it as it was. */
export function revokeToken(deps: ServiceDeps, actor: Actor | null, id: string): Promise<void> {
  return runChange(deps, actor, async (change) => {
    const token = await store.findToken(change.trx, id);
    if (!token) throw new NotFound('The token');
    await store.revokeToken(change.trx, token.id);
    await change.audit({ action: 'delete', entityType: 'apiToken', entityId: token.id, before: token });
  });
}
