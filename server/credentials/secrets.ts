import { createHash, randomBytes } from 'node:crypto';

// credentials/ is what proves who a caller is: password hashes, session ids and
// token secrets (stored only as hashes). It sits below the features that use it
// (auth signs in, users set passwords and end sessions, tokens issue secrets)
// and imports none of them.

// argon2id (the package's default algorithm) with OWASP's minimum parameters.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// The native argon2 module is loaded by the first password hashed or checked, not by every start.
const argon2 = () => import('@node-rs/argon2');

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await (await argon2()).verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so a wrong e-mail costs the
// same time as a wrong password and reveals nothing.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/** A random secret of 256 bits, for session ids and API tokens. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256: enough for random 256-bit values. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
