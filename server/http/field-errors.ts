import type { ErrorObject } from 'ajv';
import { Type } from 'typebox';
import { broken, type Broken } from '../domain/field-rules.js';

// How a schema's "no" becomes a field rule with a stable code (domain/field-rules.ts):
// for the request validation and for the import's cells, which the same schemas check.

// A pattern's form by name (month, date, …), so a field error says which form is
// asked for rather than quoting a regular expression.
const formsOfPatterns = new Map<string, string>();

/** A string of a fixed form given by a pattern; a field error that breaks it names the form. */
export function Formed<O extends object>(form: string, pattern: string, options: O) {
  formsOfPatterns.set(pattern, form);
  return Type.String({ pattern, ...options });
}

/** The form a pattern stands for (see Formed), if it is one. */
export const formOfPattern = (pattern: string) => formsOfPatterns.get(pattern);

type AjvError = Pick<ErrorObject, 'keyword' | 'params'>;

/**
 * The rule an ajv error stands for, by its stable code; `allowed` lists the
 * values of a union of literals (ajv reports one error per literal).
 */
export function brokenRule(error: AjvError, allowed?: readonly unknown[]): Broken {
  const params = error.params as {
    limit?: number;
    pattern?: string;
    format?: string;
    type?: string;
    allowedValues?: unknown[];
    allowedValue?: unknown;
  };
  const limit = params.limit ?? 0;
  switch (error.keyword) {
    case 'required':
      return broken('required');
    case 'additionalProperties':
      return broken('not-allowed');
    case 'pattern': {
      if (params.pattern === '\\S') return broken('blank');
      const form = formOfPattern(params.pattern ?? '');
      return form ? broken('format', { format: form }) : broken('invalid');
    }
    case 'format':
      return broken('format', { format: params.format ?? 'text' });
    case 'minLength':
      return limit <= 1 ? broken('required') : broken('too-short', { limit });
    case 'maxLength':
      return broken('too-long', { limit });
    case 'minimum':
    case 'exclusiveMinimum':
      return broken('too-small', { limit });
    case 'maximum':
    case 'exclusiveMaximum':
      return broken('too-large', { limit });
    case 'minItems':
      return broken('too-few', { limit });
    case 'maxItems':
      return broken('too-many', { limit });
    case 'uniqueItems':
      return broken('duplicate-items');
    case 'type':
      return broken('type', { type: params.type ?? 'number' });
    case 'enum':
      return oneOf(params.allowedValues ?? []);
    case 'const':
      return oneOf(allowed ?? [params.allowedValue]);
    case 'anyOf':
      return allowed ? oneOf(allowed) : broken('invalid');
    default:
      return broken('invalid');
  }
}

const oneOf = (allowed: readonly unknown[]) =>
  broken('one-of', { allowed: allowed.map((value) => JSON.stringify(value)).join(', ') });
