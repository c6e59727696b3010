import type { Executor } from '../db/database.js';

// Single sign-ons under way: one row per browser that set out, used once.

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function savePendingLogin(
  db: Executor,
  idHash: string,
  login: PendingLogin,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  // Abandoned sign-ons are swept as new ones begin.
  await db.deleteFrom('oidcLogins').where('expiresAt', '<=', now).execute();
  await db
    .insertInto('oidcLogins')
    .values({ idHash, ...login, expiresAt })
    .execute();
}

/** Takes the sign-on under way for this id (deleting it: a callback is good once), if it has not expired. */
export async function takePendingLogin(db: Executor, idHash: string, now: Date): Promise<PendingLogin | undefined> {
  const row = await db
    .deleteFrom('oidcLogins')
    .where('idHash', '=', idHash)
    .returning(['state', 'nonce', 'codeVerifier', 'expiresAt'])
    .executeTakeFirst();
  if (!row || row.expiresAt <= now) return undefined;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier };
}
