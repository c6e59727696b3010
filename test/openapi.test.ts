import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApi, openApiFile } from '../scripts/openapi.js';
import { startTestApp, type TestApp } from './helpers/app.js';

type Operation = {
  operationId?: string;
  tags?: string[];
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

let generated: string;
let document: Document;

beforeAll(async () => {
  generated = await generateOpenApi();
  document = JSON.parse(generated) as Document;
});

describe('the OpenAPI document', () => {
  it('is committed as the code generates it (npm run openapi regenerates it)', async () => {
    expect(await readFile(openApiFile, 'utf8')).toBe(generated);
  });

  it('is OpenAPI 3.1 with named components for the shared schemas', () => {
    expect(document.openapi).toBe('3.1.0');
    const names = Object.keys(document.components.schemas);
    for (const name of ['Problem', 'FieldError', 'Uuid', 'User', 'Municipality', 'Activity', 'FollowUp', 'Dashboard']) {
      expect(names).toContain(name);
    }
    expect(names.some((name) => /^def-\d+$/.test(name))).toBe(false);
  });

  it('gives every operation an operationId, tags, a summary, a success response and problem responses', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(40);
    const ids = new Set<string>();
    for (const { name, operation } of operations) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(operation.operationId!), `${name}: operationId used twice`).toBe(false);
      ids.add(operation.operationId!);
      expect(operation.tags?.length, name).toBeGreaterThan(0);
      expect(operation.summary, name).toBeTruthy();
      const statuses = Object.keys(operation.responses ?? {});
      expect(
        // A browser flow's step (single sign-on) succeeds with a redirect.
        statuses.some((status) => status.startsWith('2') || status.startsWith('3')),
        `${name} has a success response`,
      ).toBe(true);
      expect(statuses, name).toContain('500');
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        expect(
          operation.responses![status]!.content?.['application/problem+json']?.schema?.$ref,
          `${name} ${status}`,
        ).toBe('#/components/schemas/Problem');
      }
    }
  });
});

describe('serving it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is served at /openapi.json, the same document', async () => {
    const response = await t.http().get('/openapi.json').expect(200);
    expect(response.body).toEqual(document);
  });

  it('is browsable at /docs', async () => {
    const response = await t.http().get('/docs/').redirects(1);
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });
});
