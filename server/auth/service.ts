import { decoyHash, hashSecret, verifyPassword } from '../credentials/secrets.js';
import { createSession, deleteExpiredSessions, deleteSession, findSessionActor } from '../credentials/sessions.js';
import type { AppDeps } from '../deps.js';
import { Unauthenticated } from '../domain/errors.js';
import type { Actor } from '../domain/policy.js';
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
  /** Where the attempt comes from (the client's IP address), for the throttle. */
  address: string;
  /** The session the caller came with, if any: it ends at a new sign-in. */
  previousSession: string | undefined;
}

/** Made before the first sign-in, so the first unknown e-mail costs no more than any other. */
export async function prepareSignIn(): Promise<void> {
  await decoyHash();
}

/** Checks the password and opens a new session: its secret goes to the caller alone (the cookie). */
export async function signIn(
  deps: AppDeps,
  throttle: SignInThrottle,
  attempt: SignInAttempt,
): Promise<{ user: User; sessionSecret: string }> {
  const { db } = deps.database;
  // Before any hashing: an attacker's guesses cost them, not the server.
  const reserved = await throttle.reserve(attempt.email, attempt.address);
  const candidate = await findCredentials(db, attempt.email);
  // Unknown e-mail or disabled account: spend the same time, give the same answer.
  const valid =
    candidate !== undefined && !candidate.disabled
      ? await verifyPassword(candidate.passwordHash, attempt.password)
      : (await verifyPassword(await decoyHash(), attempt.password)) && false;
  if (!valid || candidate === undefined) throw new Unauthenticated(WRONG_CREDENTIALS);
  await reserved.succeeded();

  // A new session id at every sign-in; whatever session came with the request ends.
  if (attempt.previousSession) await deleteSession(db, hashSecret(attempt.previousSession));
  // Ended sessions are swept here, so the table holds only live ones (SECURITY.md says so).
  await deleteExpiredSessions(db, deps.clock.now(), deps.config.session.idleMinutes);
  const session = await createSession(db, candidate.id, deps.clock.now(), deps.config.session.maxHours);
  return { user: toUser(candidate), sessionSecret: session.secret };
}

/** Ends the session, if the caller came with one. */
export async function signOut(deps: AppDeps, sessionSecret: string | undefined): Promise<void> {
  if (sessionSecret) await deleteSession(deps.database.db, hashSecret(sessionSecret));
}

/** The signed-in caller's account; Unauthenticated when it is gone meanwhile. */
export async function currentUser(deps: AppDeps, actor: Actor): Promise<User> {
  const user = await findUser(deps.database.db, actor.userId);
  if (!user) throw new Unauthenticated();
  return user;
}

/** The actor a live session stands for, or null (a stale cookie just means "not signed in"). */
export function sessionActor(deps: AppDeps, sessionSecret: string): Promise<Actor | null> {
  return findSessionActor(deps.database.db, sessionSecret, deps.clock.now(), deps.config.session.idleMinutes);
}

/** The actor a bearer token stands for; Unauthenticated when the token does not work. */
export async function tokenActor(deps: AppDeps, token: string | undefined): Promise<Actor> {
  const actor = token ? await findTokenActor(deps.database.db, token, deps.clock.now()) : null;
  if (!actor) throw new Unauthenticated('The bearer token is not valid.');
  return actor;
}
