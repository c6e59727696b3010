import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../server/paths.js';

// The committed OpenAPI document, read as data: every operation the fuzz test
// sends to comes from here, never from a list written in the test.

export type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  additionalProperties?: boolean | Schema;
  nullable?: boolean;
  default?: unknown;
};

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** Upper case: GET, POST, … */
  method: string;
  /** The path template: /api/v1/goals/{id} */
  path: string;
  /** operationId, or `METHOD path` when there is none. */
  id: string;
  parameters: Parameter[];
  /** Request body media types and their schemas (undefined: no schema given, e.g. a binary upload). */
  body: { required: boolean; content: Record<string, Schema | undefined> } | null;
  /** Whether the operation names a security requirement (not public). */
  secured: boolean;
  /** The statuses the document lists for it. */
  responses: string[];
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function readOpenApi(file = join(projectRoot, 'openapi', 'openapi.json')): OpenApiDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

/** Follows a local JSON Pointer (#/components/schemas/Uuid). */
function pointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`$ref ${ref} names nothing`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Resolves a schema's own `$ref` chain (siblings of `$ref` override what it names).
 * Nested schemas stay as they are and are resolved when reached, so recursive schemas are fine.
 */
export function resolver(document: OpenApiDocument) {
  return function resolve<T = Schema>(node: unknown): T {
    let current = node as Record<string, unknown>;
    for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
      if (hops > 50) throw new Error(`a $ref cycle at ${String(current.$ref)}`);
      const { $ref, ...siblings } = current;
      current = { ...(pointer(document, String($ref)) as Record<string, unknown>), ...siblings };
    }
    return current as T;
  };
}

export type Resolve = ReturnType<typeof resolver>;

/** Every operation of the document, with path-level parameters merged and every $ref on the way resolved. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = resolver(document);
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = resolve<Record<string, unknown>>(rawItem);
    const shared = ((item.parameters as unknown[]) ?? []).map((p) => resolve<Record<string, unknown>>(p));
    for (const method of METHODS) {
      const raw = item[method];
      if (raw === undefined) continue;
      const operation = resolve<Record<string, unknown>>(raw);
      const own = ((operation.parameters as unknown[]) ?? []).map((p) => resolve<Record<string, unknown>>(p));
      const byKey = new Map<string, Record<string, unknown>>();
      for (const parameter of [...shared, ...own])
        byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
      const parameters: Parameter[] = [...byKey.values()].map((parameter) => ({
        name: String(parameter.name),
        in: parameter.in as Parameter['in'],
        required: parameter.in === 'path' ? true : parameter.required === true,
        schema: (parameter.schema as Schema | undefined) ?? {},
      }));
      // A path parameter the template names but no parameter declares is still a parameter.
      for (const match of path.matchAll(/\{([^}]+)\}/g)) {
        if (!parameters.some((p) => p.in === 'path' && p.name === match[1]))
          parameters.push({ name: match[1]!, in: 'path', required: true, schema: { type: 'string' } });
      }
      let body: Operation['body'] = null;
      if (operation.requestBody !== undefined) {
        const requestBody = resolve<Record<string, unknown>>(operation.requestBody);
        const content = (requestBody.content as Record<string, { schema?: Schema }> | undefined) ?? {};
        body = {
          required: requestBody.required === true,
          content: Object.fromEntries(Object.entries(content).map(([type, media]) => [type, media?.schema])),
        };
      }
      const security = (operation.security ?? document.security) as unknown[] | undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        id: typeof operation.operationId === 'string' ? operation.operationId : `${method.toUpperCase()} ${path}`,
        parameters,
        body,
        secured:
          Array.isArray(security) && security.some((requirement) => Object.keys(requirement as object).length > 0),
        responses: Object.keys((operation.responses as Record<string, unknown> | undefined) ?? {}),
      });
    }
  }
  return operations;
}

/** The literal segment a path parameter follows (`goals` for {id} in /goals/{id}/indicators), or ''. */
export function segmentBefore(path: string, parameter: string): string {
  const segments = path.split('/');
  const index = segments.indexOf(`{${parameter}}`);
  for (let i = index - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (segment !== '' && !segment.startsWith('{')) return segment;
  }
  return '';
}

/** The last literal segment of a path: what its items are (`indicators` for /goals/{id}/indicators). */
export function collectionOf(path: string): string {
  const literal = path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{'));
  return literal.at(-1) ?? '';
}

/** The schema with every $ref replaced by what it names (to `depth` levels), for a validator that knows no document. */
export function inlined(document: OpenApiDocument, schema: unknown, depth = 0): unknown {
  if (depth > 30) return {};
  if (Array.isArray(schema)) return schema.map((item) => inlined(document, item, depth + 1));
  if (schema === null || typeof schema !== 'object') return schema;
  const resolved = resolver(document)<Record<string, unknown>>(schema);
  return Object.fromEntries(
    Object.entries(resolved).map(([key, value]) => [
      key,
      // Names of properties are no schemas; enums and consts are values.
      key === 'enum' || key === 'const' || key === 'examples' || key === 'default'
        ? value
        : key === 'properties' && value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value as Record<string, unknown>).map(([name, item]) => [
                name,
                inlined(document, item, depth + 1),
              ]),
            )
          : inlined(document, value, depth + 1),
    ]),
  );
}
