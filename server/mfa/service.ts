import { randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { hashSecret } from '../credentials/secrets.js';
import type { Executor } from '../db/database.js';
import type { SignInMethod } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { runChange, type ServiceDeps } from '../domain/changes.js';
import { Conflict, Forbidden, NotFound, invalidField } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import type { Actor } from '../domain/policy.js';
import type { MfaEnrolment, MfaStatus, RecoveryCodes } from './schemas.js';
import * as store from './store.js';

// The second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30 s, one step either
// side for clock drift) with ten single-use recovery codes. A person enrols
// from their own page: a new secret shown as a QR code, then one code to
// confirm it. A code is good once: the last time step used is kept, and a
// code of that step or an earlier one is refused.

const ISSUER = 'Löfteskollen';
const PERIOD = 30;
const RECOVERY_CODES = 10;

/** Admins and editors must have a second factor when MFA_REQUIRED=editors. */
export function secondFactorRequired(mfaRequired: 'off' | 'editors', role: string): boolean {
  return mfaRequired === 'editors' && (role === 'admin' || role === 'editor');
}

function totpOf(secret: string, email: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** The time step a code of this secret belongs to at `now`, or null when it is no code of now (±1 step). */
function stepOfCode(secret: string, email: string, code: string, now: Date): number | null {
  const totp = totpOf(secret, email);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** A recovery code as it is shown: four groups of four, from an alphabet without look-alikes. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

/** A recovery code as typed: lower case, without dashes or spaces; it is stored as the SHA-256 of this. */
function recoveryHash(code: string): string {
  return hashSecret(code.toLowerCase().replace(/[-\s]/g, ''));
}

function refuseDemo(actor: Actor): void {
  if (actor.limited === 'demo') throw new Forbidden('The public demo’s accounts cannot be changed.');
}

export async function mfaStatus(deps: AppDeps, actor: Actor): Promise<MfaStatus> {
  const row = await store.findSecondFactor(deps.database.db, actor.userId);
  if (!row) throw new NotFound('The account');
  const status: MfaStatus = {
    enabled: row.totpSecret !== null,
    required: secondFactorRequired(deps.config.mfaRequired, row.role),
    recoveryCodesLeft: row.totpSecret === null ? 0 : await store.countRecoveryCodesLeft(deps.database.db, actor.userId),
  };
  return status;
}

/** A new secret to enrol, shown as a QR code (drawn here: no QR library goes to the browser). */
export async function beginEnrolment(deps: ServiceDeps, actor: Actor): Promise<MfaEnrolment> {
  refuseDemo(actor);
  const row = await store.findSecondFactor(deps.database.db, actor.userId);
  if (!row) throw new NotFound('The account');
  if (row.totpSecret !== null) throw new Conflict('A second factor is already enrolled.');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await runChange(deps, actor, async (change) => {
    await store.setPendingSecret(change.trx, actor.userId, secret);
    // The secret itself is never audited.
    await change.audit({
      action: 'update',
      entityType: 'user',
      entityId: actor.userId,
      after: { secondFactor: 'enrolling' },
    });
  });
  const uri = totpOf(secret, row.email).toString();
  // Loaded by the first enrolment, not by every start.
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** A refused code: nothing changes but the audit event of the attempt. */
async function refuseCode(deps: ServiceDeps, actor: Actor | null, userId: string, step: string): Promise<never> {
  await runChange(deps, actor, (change) =>
    change.audit({ action: 'refused', entityType: 'user', entityId: userId, after: { refused: step } }),
  );
  throw invalidField(
    'body',
    '/oneTimeCode',
    broken('wrong-code'),
    'The code is wrong, has expired or was used already.',
  );
}

/**
 * Confirms the enrolment with one code of the app: the second factor is on,
 * this session counts as having done it, and ten recovery codes are made
 * (shown this once). Wrong codes count as failed sign-ins.
 */
export async function confirmEnrolment(
  deps: ServiceDeps,
  actor: Actor,
  code: string,
  attempt: { reserve(): Promise<{ succeeded(): Promise<void> }> },
): Promise<RecoveryCodes> {
  refuseDemo(actor);
  const reserved = await attempt.reserve();
  const row = await store.findSecondFactor(deps.database.db, actor.userId);
  if (!row) throw new NotFound('The account');
  if (row.totpSecret !== null) throw new Conflict('A second factor is already enrolled.');
  if (row.totpPendingSecret === null) throw new Conflict('Begin the enrolment first (POST /api/v1/auth/mfa).');
  const step = stepOfCode(row.totpPendingSecret, row.email, code, deps.clock.now());
  if (step === null) return refuseCode(deps, actor, actor.userId, 'second-factor-enrolment');
  await reserved.succeeded();
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await runChange(deps, actor, async (change) => {
    await store.enableTotp(change.trx, actor.userId, row.totpPendingSecret!, change.now);
    await store.claimStep(change.trx, actor.userId, step);
    await store.replaceRecoveryCodes(change.trx, actor.userId, recoveryCodes.map(recoveryHash));
    if (actor.sessionHash) await store.markSessionSecondFactor(change.trx, actor.sessionHash, 'password+totp');
    await change.audit({
      action: 'update',
      entityType: 'user',
      entityId: actor.userId,
      after: { secondFactor: 'totp' },
    });
  });
  return { recoveryCodes };
}

/**
 * Checks a sign-in's second factor inside its transaction: a TOTP code of now
 * not used before, or an unused recovery code (used up by this). Returns how
 * the session was opened, or null for a code that does not hold.
 */
export async function useSecondFactor(
  trx: Executor,
  user: { userId: string; email: string; totpSecret: string },
  code: string,
  now: Date,
): Promise<SignInMethod | null> {
  if (/^[0-9]{6}$/.test(code)) {
    const step = stepOfCode(user.totpSecret, user.email, code, now);
    return step !== null && (await store.claimStep(trx, user.userId, step)) ? 'password+totp' : null;
  }
  return (await store.useRecoveryCode(trx, user.userId, recoveryHash(code), now)) ? 'password+recovery' : null;
}

export { findSecondFactor } from './store.js';
export { refuseCode };
