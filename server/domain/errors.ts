// Domain errors: what services and stores throw when a rule says no. They
// know nothing of HTTP; the one error handler (http/problems.ts) maps each
// class to its problem type and status.

import type { Broken } from './field-rules.js';

/** Which part of the caller's input a field error points into. */
export type InputPart = 'body' | 'query' | 'params' | 'headers';

/** One field that broke a rule: a JSON Pointer within its part, and what is wrong (a code, its parameters, a message). */
export interface FieldIssue extends Broken {
  in: InputPart;
  path: string;
}

export abstract class DomainError extends Error {}

/** The item does not exist, or the caller may not see it (the two look alike on purpose). */
export class NotFound extends DomainError {
  constructor(what = 'The item') {
    super(`${what} was not found.`);
  }
}

/** The caller sees the item but may not do this to it. */
export class Forbidden extends DomainError {
  constructor(detail = 'Your role may not do this.') {
    super(detail);
  }
}

/** Nobody is signed in, or the credentials no longer hold. */
export class Unauthenticated extends DomainError {
  constructor(detail = 'Sign in to do this.') {
    super(detail);
  }
}

/** The change contradicts what is stored (a duplicate, something still in use). */
export class Conflict extends DomainError {}

/** A change to a month of a closed (settled) tertial; `issues` names the field and the period. */
export class PeriodClosed extends Conflict {
  constructor(
    readonly period: string,
    readonly issues: FieldIssue[],
  ) {
    super(`${period} is closed: its follow-ups are settled until an editor reopens it.`);
  }
}

/** The change was based on a version that is no longer the stored one. */
export class StaleVersion extends DomainError {
  constructor(detail = 'The item has changed since you read it; read it again and retry.') {
    super(detail);
  }
}

/** A change to an existing item must name the version it was based on. */
export class VersionRequired extends DomainError {
  constructor(detail = 'Send If-Match with the ETag you read, so no change is lost.') {
    super(detail);
  }
}

/** Fields that break a rule, each named by its path. */
export class Invalid extends DomainError {
  constructor(
    detail: string,
    readonly issues: FieldIssue[],
  ) {
    super(detail);
  }
}

/** Input that cannot be read at all (not one field of it). */
export class BadInput extends DomainError {}

/** A batch that was read but has rows breaking rules, so none of it is carried out (an import). */
export class RowErrors extends DomainError {
  constructor(
    detail: string,
    readonly issues: FieldIssue[],
  ) {
    super(detail);
  }
}

/** Input beyond a configured limit (bytes, rows). */
export class TooLarge extends DomainError {}

/**
 * Sign-in needs another step: a second-factor code, enrolling a
 * second factor before anything else, or the organisation's own sign-in.
 */
export class SignInStepNeeded extends DomainError {
  constructor(
    readonly step: 'second-factor' | 'enrol-second-factor' | 'single-sign-on',
    detail: string,
  ) {
    super(detail);
  }
}

/** A single sign-on refused: a callback tampered with, replayed or foreign, a token that does not hold, or a person without an account. */
export class SignInRefused extends DomainError {
  constructor(
    readonly reason: 'refused' | 'unknown-person',
    detail: string,
  ) {
    super(detail);
  }
}

/** Something the service depends on (the identity provider) does not answer. */
export class Unavailable extends DomainError {}

/** One field's rule broken: the common case of Invalid. */
export function invalidField(part: InputPart, path: string, rule: Broken, detail: string): Invalid {
  return new Invalid(detail, [{ in: part, path, ...rule }]);
}
