import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ReminderOccasion, Role } from '../db/schema.js';

// The claims that make each reminder go out once, however many processes run:
// one row per person, occasion and month, taken before sending.

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  language: 'sv' | 'en' | null;
  role: Role;
  organisationId: string;
  municipalityId: string | null;
}

function recipients(db: Executor) {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisationId')
    .select([
      'users.id as userId',
      'users.email',
      'users.name',
      'users.language',
      'users.role',
      'users.organisationId',
      'organisations.municipalityId',
    ])
    .where('users.reminders', '=', true)
    .where('users.disabled', '=', false)
    .where('users.role', 'in', ['editor', 'partner']);
}

/** Everyone who reports (editors, partners) with reminders on and an account in use. */
export function listRecipients(db: Executor): Promise<Recipient[]> {
  return recipients(db).orderBy('users.id').execute();
}

export async function findRecipient(db: Executor, userId: string): Promise<Recipient | null> {
  return (await recipients(db).where('users.id', '=', userId).executeTakeFirst()) ?? null;
}

export interface Claim {
  userId: string;
  occasion: ReminderOccasion;
  month: string;
  attempts: number;
}

/** Takes a new claim; null when any process took it before (sent, being sent, or to be tried again). */
export async function claim(
  db: Executor,
  key: Omit<Claim, 'attempts'>,
  now: Date,
  leaseUntil: Date,
): Promise<Claim | null> {
  const row = await db
    .insertInto('reminderSends')
    .values({ ...key, state: 'sending', attempts: 1, retryAt: leaseUntil, createdAt: now })
    .onConflict((conflict) => conflict.columns(['userId', 'occasion', 'month']).doNothing())
    .returning(['userId', 'occasion', 'month', 'attempts'])
    .executeTakeFirst();
  return row ?? null;
}

/** Claims not sent whose time to try again has come: failed sends, and sends whose process died. */
export function dueRetries(db: Executor, now: Date, limit: number): Promise<Claim[]> {
  return db
    .selectFrom('reminderSends')
    .select(['userId', 'occasion', 'month', 'attempts'])
    .where('state', 'in', ['sending', 'failed'])
    .where('retryAt', '<=', now)
    .orderBy('retryAt')
    .limit(limit)
    .execute();
}

/** Takes a claim again to retry it; null when another process took it first (its attempts moved on). */
export async function reclaim(db: Executor, seen: Claim, now: Date, leaseUntil: Date): Promise<Claim | null> {
  const row = await db
    .updateTable('reminderSends')
    .set({ state: 'sending', attempts: sql<number>`attempts + 1`, retryAt: leaseUntil })
    .where('userId', '=', seen.userId)
    .where('occasion', '=', seen.occasion)
    .where('month', '=', seen.month)
    .where('attempts', '=', seen.attempts)
    .where('state', 'in', ['sending', 'failed'])
    .where('retryAt', '<=', now)
    .returning(['userId', 'occasion', 'month', 'attempts'])
    .executeTakeFirst();
  return row ?? null;
}

function ofClaim(claimed: Claim) {
  return (query: ReturnType<typeof updateOf>) =>
    query
      .where('userId', '=', claimed.userId)
      .where('occasion', '=', claimed.occasion)
      .where('month', '=', claimed.month)
      .where('attempts', '=', claimed.attempts);
}

const updateOf = (db: Executor) => db.updateTable('reminderSends');

/** The e-mail went out: never sent again (whichever attempt holds the claim now). */
export async function markSent(db: Executor, claimed: Claim, at: Date): Promise<void> {
  await updateOf(db)
    .set({ state: 'sent', sentAt: at, lastError: null })
    .where('userId', '=', claimed.userId)
    .where('occasion', '=', claimed.occasion)
    .where('month', '=', claimed.month)
    .execute();
}

/** Nothing to send after all (the tasks were reported, reminders turned off): done. */
export async function markNothing(db: Executor, claimed: Claim): Promise<void> {
  await ofClaim(claimed)(updateOf(db).set({ state: 'nothing' })).execute();
}

/** The send failed: tried again from `retryAt`. */
export async function markFailed(db: Executor, claimed: Claim, error: string, retryAt: Date): Promise<void> {
  await ofClaim(claimed)(updateOf(db).set({ state: 'failed', lastError: error.slice(0, 500), retryAt })).execute();
}
