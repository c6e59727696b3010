import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

// What a new password must be (NIST SP 800-63B, 3.1.1.2): at least 12
// characters, no composition rules, and not a password that is common, was
// breached, or names the service or the person. The list is shipped with the
// package and read offline: common-passwords.txt holds the 30 000 most common
// passwords of zxcvbn 4.4.2 (MIT, Dropbox; lib/frequency_lists.js, drawn from
// leaked password sets), one a line, lower case, most common first.

export const PASSWORD_MIN_LENGTH = 12;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(join(projectRoot, 'server/credentials/common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return common;
}

/** Words of this service and of its place that make a password easy to guess. */
const CONTEXT_WORDS = ['lofteskollen', 'löfteskollen', 'medborgarlöfte', 'medborgarlofte'];

/** The password as a guesser would try it: lower case, without the digits and signs people add at the end. */
function stem(password: string): string {
  return password
    .toLowerCase()
    .replace(/[\s\d\p{P}\p{S}]+$/u, '')
    .replace(/^[\s\d\p{P}\p{S}]+/u, '');
}

/**
 * Why a new password is refused, or null when it may be used. `too-short`
 * under 12 characters; `common-password` when it (or it without added digits
 * and signs, or without its spaces) is on the list, is one character repeated,
 * or is built on the service's name or the e-mail address's name part.
 */
export function passwordWeakness(password: string, email?: string): 'too-short' | 'common-password' | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too-short';
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const candidates = [lower, lower.replace(/\s+/g, ''), stem(password), stem(password.replace(/\s+/g, ''))];
  if (candidates.some((candidate) => list.has(candidate))) return 'common-password';
  if (new Set([...lower]).size <= 2) return 'common-password';
  // Digits and signs with a few letters, or a name of the service or the person with little more.
  const core = stem(password.replace(/\s+/g, ''));
  if (core.length < 4) return 'common-password';
  const local = email?.split('@')[0]?.toLowerCase() ?? '';
  const words = [...CONTEXT_WORDS, ...(local.length >= 4 ? [local] : [])];
  if (words.some((word) => core.includes(word) && core.replace(word, '').length < 4)) return 'common-password';
  return null;
}
