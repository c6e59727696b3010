import { randomUUID } from 'node:crypto';
import { passwordWeakness } from '../credentials/passwords.js';
import { deleteSessionsOfUser } from '../credentials/sessions.js';
import type { Executor } from '../db/database.js';
import { createItem, runChange, updateItem, type BasedOn, type Found, type ServiceDeps } from '../domain/changes.js';
import { NotFound, invalidField } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import type { Actor } from '../domain/policy.js';
import type { CreateUser, PatchMe, PatchUser, User } from './schemas.js';
import * as store from './store.js';

// Accounts: only admins read and change them, which the routes' access rule
// (admins only) says in full. A change to a password or to disabled ends
// sessions in the same transaction as the change and its audit event.

export function listUsers(deps: ServiceDeps, filter: Parameters<typeof store.listUsers>[1]) {
  return store.listUsers(deps.database.db, filter);
}

export async function getUser(deps: ServiceDeps, id: string): Promise<User> {
  const found = await store.findUser(deps.database.db, id);
  if (!found) throw new NotFound('The account');
  return found;
}

/**
 * A new password must be at least 12 characters and not common, breached or
 * built on a name (NIST SP 800-63B; no composition rules). A refused one
 * changes nothing but leaves an audit event of the attempt (never the password).
 */
async function checkNewPassword(
  deps: ServiceDeps,
  actor: Actor | null,
  password: string | undefined,
  account: { id?: string; email?: string },
): Promise<void> {
  if (password === undefined) return;
  const weakness = passwordWeakness(password, account.email);
  if (weakness === null) return;
  const rule = weakness === 'too-short' ? broken('too-short', { limit: 12 }) : broken(weakness);
  await runChange(deps, actor, (change) =>
    change.audit({
      action: 'refused',
      entityType: 'user',
      entityId: account.id ?? randomUUID(),
      after: { email: account.email, refused: 'password', rule: rule.code },
    }),
  );
  throw invalidField('body', '/password', rule, 'Choose another password: ' + rule.message + '.');
}

export async function createUser(deps: ServiceDeps, actor: Actor | null, input: CreateUser): Promise<User> {
  await checkNewPassword(deps, actor, input.password, { email: input.email });
  return runChange(deps, actor, (change) =>
    createItem<User>(change, {
      entityType: 'user',
      municipalityId: (created) => created.municipalityId,
      create: (trx, now) => store.createUser(trx, input, now),
    }),
  );
}

/** An account as it is now, filed under the municipality it belongs to once the patch is made. */
async function loadAccount(trx: Executor, id: string, patch: PatchUser): Promise<Found<User> | null> {
  const found = await store.findUser(trx, id);
  if (!found) return null;
  const municipalityId =
    patch.organisationId === undefined
      ? found.municipalityId
      : await store.municipalityOfOrganisation(trx, patch.organisationId);
  return { item: found, municipalityId };
}

/**
 * A new password or a disabled account ends the sessions it had (all but the
 * caller's own, when admins change their own password).
 */
async function endSessions(trx: Executor, actor: Actor | null, user: User, patch: PatchUser): Promise<void> {
  if (patch.password === undefined && !user.disabled) return;
  const keep = actor !== null && user.id === actor.userId && !user.disabled ? actor.sessionHash : null;
  await deleteSessionsOfUser(trx, user.id, keep);
}

export async function updateUser(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchUser,
): Promise<User> {
  if (patch.password !== undefined) {
    const account = await store.findUser(deps.database.db, id);
    if (!account) throw new NotFound('The account');
    await checkNewPassword(deps, actor, patch.password, { id, email: patch.email ?? account.email });
  }
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      entityType: 'user',
      what: 'The account',
      load: (trx) => loadAccount(trx, id, patch),
      authorize: () => {},
      // The audit shows that the password changed (on the account after the change), never the password.
      audited: (user, side) =>
        side === 'after' && patch.password !== undefined ? { ...user, passwordChanged: true } : user,
      update: async (trx, before, version, now) => {
        const updated = await store.updateUser(trx, before.id, version, patch, now);
        await endSessions(trx, actor, updated, patch);
        return updated;
      },
    }),
  );
}

/** The signed-in person changes their own settings (reminders, language), from the version they read. */
export function updateOwnSettings(deps: ServiceDeps, actor: Actor, basedOn: BasedOn, patch: PatchMe): Promise<User> {
  return runChange(deps, actor, (change) =>
    updateItem(change, basedOn, {
      entityType: 'user',
      what: 'The account',
      load: async (trx): Promise<Found<User> | null> => {
        const found = await store.findUser(trx, actor.userId);
        return found && { item: found, municipalityId: found.municipalityId };
      },
      authorize: () => {},
      update: (trx, before, version, now) => store.updateOwnSettings(trx, before.id, version, patch, now),
    }),
  );
}
