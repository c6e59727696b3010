import type { Executor } from '../db/database.js';
import type { SignInMethod } from '../db/schema.js';
import type { Actor } from '../domain/policy.js';
import { hashSecret, newSecret } from './secrets.js';

// Sessions are rows: the cookie holds a random id, the table only its hash.
// A session ends at logout, after `idleMinutes` without use, after `maxHours`
// in all, or when its account is disabled.

const TOUCH_AFTER_MS = 60_000;

/** What an Actor is made of, from `users` joined with its `organisations` row. */
export const ACTOR_COLUMNS = [
  'users.id as userId',
  'users.role',
  'users.organisationId',
  'organisations.municipalityId',
  'organisations.countyCode',
] as const;

/** The Actor of a row selected with ACTOR_COLUMNS, signed in one way or the other. */
export function actorFromRow(
  row: Pick<Actor, 'userId' | 'role' | 'organisationId' | 'municipalityId' | 'countyCode'>,
  via: Actor['via'],
  sessionHash: string | null,
): Actor {
  const { userId, role, organisationId, municipalityId, countyCode } = row;
  return { userId, role, organisationId, municipalityId, countyCode, via, sessionHash };
}

/** How a session was opened and from where, for "My sessions". */
export interface SessionOrigin {
  method: SignInMethod;
  /** false: the account must enrol a second factor before anything else (MFA_REQUIRED). */
  secondFactor: boolean;
  address: string | null;
  userAgent: string | null;
}

const PASSWORD_ONLY: SessionOrigin = { method: 'password', secondFactor: true, address: null, userAgent: null };

export async function createSession(
  db: Executor,
  userId: string,
  at: Date,
  maxHours: number,
  origin: SessionOrigin = PASSWORD_ONLY,
): Promise<{ secret: string; idHash: string; expiresAt: Date }> {
  const secret = newSecret();
  const idHash = hashSecret(secret);
  const expiresAt = new Date(at.getTime() + maxHours * 3_600_000);
  const { method, secondFactor } = origin;
  // What the person sees of it later: bounded, whatever the client sent.
  const address = origin.address?.slice(0, 100) ?? null;
  const userAgent = origin.userAgent?.slice(0, 300) ?? null;
  await db
    .insertInto('sessions')
    .values({ idHash, userId, createdAt: at, lastSeenAt: at, expiresAt, method, secondFactor, address, userAgent })
    .execute();
  return { secret, idHash, expiresAt };
}

export async function findSessionActor(
  db: Executor,
  secret: string,
  now: Date,
  idleMinutes: number,
): Promise<Actor | null> {
  const idHash = hashSecret(secret);
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .innerJoin('organisations', 'organisations.id', 'users.organisationId')
    .select([...ACTOR_COLUMNS, 'sessions.lastSeenAt', 'sessions.secondFactor'])
    .where('sessions.idHash', '=', idHash)
    .where('sessions.expiresAt', '>', now)
    .where('sessions.lastSeenAt', '>', idleSince)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  // Keeping the idle clock: one write a minute per session, not one per request.
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('idHash', '=', idHash).execute();
  }
  const actor = actorFromRow(row, 'session', idHash);
  return row.secondFactor ? actor : { ...actor, limited: 'enrolment' };
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
}

/** Ends every session of a user but the one named (the caller's own, when they changed their own password). */
export async function deleteSessionsOfUser(
  db: Executor,
  userId: string,
  keepIdHash: string | null = null,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepIdHash !== null) query = query.where('idHash', '<>', keepIdHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date, idleMinutes: number): Promise<void> {
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000);
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', idleSince)]))
    .execute();
}
