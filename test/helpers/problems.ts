import type { Response } from 'supertest';
import { expect } from 'vitest';
import { FIELD_CODES } from '../../server/domain/field-rules.js';

const PROBLEM_FIELDS = ['type', 'title', 'status', 'detail', 'instance', 'errors'];

/**
 * Asserts an RFC 9457 answer: the status, application/problem+json, the four
 * members every problem has, nothing beyond the Problem schema (so never a
 * stack) and, for a validation problem, field errors naming their part.
 * Returns the body for further checks.
 */
export function expectProblem(response: Response, status: number, kind?: string) {
  expect(response.status, response.text.slice(0, 500)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
  const body = response.body as Record<string, unknown>;
  expect(body).toMatchObject({
    type: expect.stringMatching(/^\/problems\/[a-z-]+$/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  });
  expect((body.detail as string).length).toBeGreaterThan(0);
  expect(Object.keys(body).filter((key) => !PROBLEM_FIELDS.includes(key))).toEqual([]);
  if (kind !== undefined) expect(body.type).toBe(`/problems/${kind}`);
  if (body.type === '/problems/validation') {
    expect(Array.isArray(body.errors) && body.errors.length > 0, 'a validation problem lists its errors').toBe(true);
    for (const error of body.errors as unknown[]) {
      const { params, ...rest } = error as { params?: unknown };
      expect(rest).toEqual({
        in: expect.stringMatching(/^(body|query|params|headers)$/),
        path: expect.any(String),
        code: expect.any(String),
        message: expect.any(String),
      });
      // A code the registry has (so the web client has a text for it), and its parameters plain values.
      expect(FIELD_CODES).toContain((rest as { code: string }).code);
      if (params !== undefined) {
        for (const value of Object.values(params as object)) expect(['string', 'number']).toContain(typeof value);
      }
    }
  }
  return body as { type: string; title: string; status: number; detail: string; errors?: FieldErrorLike[] };
}

export interface FieldErrorLike {
  in: string;
  path: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** Field or row errors as their place and code only: what a test compares (the message is English prose). */
export function ruleCodes<T extends { code: string; message: string; params?: unknown }>(
  errors: readonly T[] | undefined,
) {
  return (errors ?? []).map(({ message: _message, params: _params, ...rest }) => rest);
}
