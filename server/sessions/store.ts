import type { Executor } from '../db/database.js';
import type { MySession, MyToken } from './schemas.js';

// A person's own live sessions and API tokens, and ending them.

export async function listSessions(
  db: Executor,
  userId: string,
  now: Date,
  idleSince: Date,
  currentHash: string | null,
): Promise<MySession[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'idHash', 'createdAt', 'lastSeenAt', 'expiresAt', 'address', 'userAgent', 'method'])
    .where('userId', '=', userId)
    .where('expiresAt', '>', now)
    .where('lastSeenAt', '>', idleSince)
    .orderBy('lastSeenAt', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    address: row.address,
    userAgent: row.userAgent,
    method: row.method,
    current: row.idHash === currentHash,
  }));
}

export async function listTokens(db: Executor, userId: string, now: Date): Promise<MyToken[]> {
  const rows = await db
    .selectFrom('apiTokens')
    .select(['id', 'label', 'createdAt', 'lastUsedAt', 'expiresAt', 'lastUsedAddress', 'lastUsedAgent'])
    .where('userId', '=', userId)
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', now)]))
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    address: row.lastUsedAddress,
    userAgent: row.lastUsedAgent,
  }));
}

/** Ends one of the person's sessions: its id, or none when it is not theirs. */
export async function deleteSession(db: Executor, userId: string, id: string): Promise<string | undefined> {
  const row = await db
    .deleteFrom('sessions')
    .where('userId', '=', userId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Ends every session of the person but the one named; the ids ended. */
export async function deleteOtherSessions(db: Executor, userId: string, keepHash: string | null): Promise<string[]> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepHash !== null) query = query.where('idHash', '<>', keepHash);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id);
}

/** Revokes one of the person's tokens: its id, or none when it is not theirs. */
export async function deleteToken(db: Executor, userId: string, id: string): Promise<string | undefined> {
  const row = await db
    .deleteFrom('apiTokens')
    .where('userId', '=', userId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}
