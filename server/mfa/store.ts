import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { SignInMethod } from '../db/schema.js';

// The second factor's rows: the TOTP secret on the account, the recovery codes
// (hashes only), and a session's second factor once it is done.

/** What sign-in and "My account" need to know of a person's second factor. */
export interface SecondFactorRow {
  userId: string;
  email: string;
  role: string;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  ssoRequired: boolean;
}

export async function findSecondFactor(db: Executor, userId: string): Promise<SecondFactorRow | undefined> {
  const row = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisationId')
    .select([
      'users.id as userId',
      'users.email',
      'users.role',
      'users.totpSecret',
      'users.totpPendingSecret',
      'users.totpEnabledAt',
      'users.totpLastStep',
      'organisations.ssoRequired',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  // int8 is a string on pg and a number on PGlite.
  return row && { ...row, totpLastStep: row.totpLastStep === null ? null : Number(row.totpLastStep) };
}

export async function setPendingSecret(db: Executor, userId: string, secret: string): Promise<void> {
  await db.updateTable('users').set({ totpPendingSecret: secret }).where('id', '=', userId).execute();
}

/** The pending secret becomes the account's second factor. */
export async function enableTotp(db: Executor, userId: string, secret: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ totpSecret: secret, totpPendingSecret: null, totpEnabledAt: at, totpLastStep: null })
    .where('id', '=', userId)
    .execute();
}

/**
 * Claims a time step for the account: true only if no code of this step or a
 * later one was used before. One conditional UPDATE, so two requests with the
 * same code cannot both pass.
 */
export async function claimStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ totpLastStep: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  await db
    .insertInto('recoveryCodes')
    .values(hashes.map((codeHash) => ({ userId, codeHash, usedAt: null })))
    .execute();
}

/** Uses a recovery code once: true when it was the account's and unused. */
export async function useRecoveryCode(db: Executor, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('recoveryCodes')
    .set({ usedAt: at })
    .where('userId', '=', userId)
    .where('codeHash', '=', codeHash)
    .where('usedAt', 'is', null)
    .returning('userId')
    .executeTakeFirst();
  return row !== undefined;
}

export async function countRecoveryCodesLeft(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recoveryCodes')
    .select(sql<number>`count(*)::int`.as('left'))
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.left);
}

/** The session has done its second factor (after enrolling one). */
export async function markSessionSecondFactor(db: Executor, idHash: string, method: SignInMethod): Promise<void> {
  await db.updateTable('sessions').set({ secondFactor: true, method }).where('idHash', '=', idHash).execute();
}
