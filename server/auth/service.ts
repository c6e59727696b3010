import { decoyHash, hashSecret, verifyPassword } from '../credentials/secrets.js';
import { createSession, deleteExpiredSessions, deleteSession, findSessionActor } from '../credentials/sessions.js';
import type { AppDeps } from '../deps.js';
import { isDemoAccount } from '../demo/guard.js';
import { SignInStepNeeded, Unauthenticated } from '../domain/errors.js';
import type { Actor } from '../domain/policy.js';
import type { SignInMethod } from '../db/schema.js';
import { findSecondFactor, refuseCode, secondFactorRequired, useSecondFactor } from '../mfa/service.js';
import { findTokenActor } from '../tokens/store.js';
import type { User } from '../users/schemas.js';
import { findCredentials, findUser, toUser } from '../users/store.js';

// Who is calling: signing in and out with a password and a session, and the
// actor a session or a bearer token stands for.

const WRONG_CREDENTIALS = 'The e-mail address or the password is wrong.';

/** Counts failed sign-ins; reserve throws when the account or the address has used up its failures. */
export interface SignInThrottle {
  reserve(email: string, address: string): Promise<{ succeeded(): Promise<void> }>;
}

export interface SignInAttempt {
  email: string;
  password: string;
  /** The second factor's code (TOTP or a recovery code), for accounts that have one. */
  code?: string | undefined;
  /** Where the attempt comes from (the client's IP address), for the throttle. */
  address: string;
  /** The client's User-Agent, shown in "My sessions". */
  userAgent?: string | undefined;
  /** The session the caller came with, if any: it ends at a new sign-in. */
  previousSession: string | undefined;
}

/** Made before the first sign-in, so the first unknown e-mail costs no more than any other. */
export async function prepareSignIn(): Promise<void> {
  await decoyHash();
}

type Reserved = Awaited<ReturnType<SignInThrottle['reserve']>>;
type Factor = NonNullable<Awaited<ReturnType<typeof findSecondFactor>>>;

/**
 * The second step, for an account with a second factor: none sent is
 * second-factor-needed (the password was right, so that is no failure); a
 * wrong, old or used code is refused and counts as a failed sign-in.
 */
async function secondStep(deps: AppDeps, reserved: Reserved, factor: Factor, code: string | undefined) {
  if (factor.totpSecret === null) return 'password' as const;
  if (code === undefined) {
    await reserved.succeeded();
    throw new SignInStepNeeded('second-factor', 'Send the code of your authenticator app (or a recovery code) too.');
  }
  const user = { userId: factor.userId, email: factor.email, totpSecret: factor.totpSecret };
  const method = await useSecondFactor(deps.database.db, user, code, deps.clock.now());
  return method ?? refuseCode(deps, null, factor.userId, 'second-factor');
}

/** Checks the password (and the second factor) and opens a new session: its secret goes to the caller alone (the cookie). */
export async function signIn(
  deps: AppDeps,
  throttle: SignInThrottle,
  attempt: SignInAttempt,
): Promise<{ user: User; sessionSecret: string }> {
  const { db } = deps.database;
  // Before any hashing: an attacker's guesses cost them, not the server.
  const reserved = await throttle.reserve(attempt.email, attempt.address);
  const candidate = await findCredentials(db, attempt.email);
  const factor = candidate !== undefined && !candidate.disabled ? await findSecondFactor(db, candidate.id) : undefined;
  // An organisation that signs in through its identity provider: its passwords do not work.
  if (factor?.ssoRequired) {
    throw new SignInStepNeeded('single-sign-on', 'Your organisation signs in through its identity provider.');
  }
  // Unknown e-mail or disabled account: spend the same time, give the same answer.
  const valid =
    candidate !== undefined && factor !== undefined
      ? await verifyPassword(candidate.passwordHash, attempt.password)
      : (await verifyPassword(await decoyHash(), attempt.password)) && false;
  if (!valid || candidate === undefined || factor === undefined) throw new Unauthenticated(WRONG_CREDENTIALS);
  const method: SignInMethod = await secondStep(deps, reserved, factor, attempt.code);
  await reserved.succeeded();

  // A new session id at every sign-in; whatever session came with the request ends.
  if (attempt.previousSession) await deleteSession(db, hashSecret(attempt.previousSession));
  // Ended sessions are swept here, so the table holds only live ones (SECURITY.md says so).
  await deleteExpiredSessions(db, deps.clock.now(), deps.config.session.idleMinutes);
  // Without a second factor where the role needs one, the session may only enrol one (MFA_REQUIRED).
  const secondFactor = method !== 'password' || !secondFactorRequired(deps.config.mfaRequired, candidate.role);
  const origin = { method, secondFactor, address: attempt.address, userAgent: attempt.userAgent ?? null };
  const session = await createSession(db, candidate.id, deps.clock.now(), deps.config.session.maxHours, origin);
  return { user: toUser(candidate), sessionSecret: session.secret };
}

/** Ends the session, if the caller came with one. */
export async function signOut(deps: AppDeps, sessionSecret: string | undefined): Promise<void> {
  if (sessionSecret) await deleteSession(deps.database.db, hashSecret(sessionSecret));
}

/** The signed-in caller's account; Unauthenticated when it is gone meanwhile. A public demo's account shows as the viewer it acts as. */
export async function currentUser(deps: AppDeps, actor: Actor): Promise<User> {
  const user = await findUser(deps.database.db, actor.userId);
  if (!user) throw new Unauthenticated();
  return actor.limited === 'demo' ? { ...user, role: 'viewer', municipalityId: null } : user;
}

/**
 * DEMO_PUBLIC: a demo account, whose password the README prints, acts as a
 * viewer of no municipality: it reads what the public reads and may change
 * nothing (no publishing, no accounts, no second factor, no sessions of others).
 */
async function limitDemo(deps: AppDeps, actor: Actor): Promise<Actor> {
  if (!deps.config.demoPublic || !(await isDemoAccount(deps.database.db, actor.userId))) return actor;
  return { ...actor, role: 'viewer', municipalityId: null, limited: 'demo' };
}

/** The actor a live session stands for, or null (a stale cookie just means "not signed in"). */
export async function sessionActor(deps: AppDeps, sessionSecret: string): Promise<Actor | null> {
  const { db } = deps.database;
  const actor = await findSessionActor(db, sessionSecret, deps.clock.now(), deps.config.session.idleMinutes);
  return actor && limitDemo(deps, actor);
}

/** The actor a bearer token stands for; Unauthenticated when the token does not work. */
export async function tokenActor(
  deps: AppDeps,
  token: string | undefined,
  client: { address: string; userAgent: string | undefined } = { address: '', userAgent: undefined },
): Promise<Actor> {
  const actor = token ? await findTokenActor(deps.database.db, token, deps.clock.now(), client) : null;
  if (!actor) throw new Unauthenticated('The bearer token is not valid.');
  return limitDemo(deps, actor);
}
