import { LONG, longString, nestedText, SQL_STRINGS, UNICODE_STRINGS } from './hostile.js';
import type { Operation } from './openapi.js';
import { encode, isJson, safeStringify, type FuzzRequest, type RequestMaker } from './requests.js';
import type { Auth } from './sequence.js';

// The fixed battery: the same hostile cases for every operation of the document,
// so none is left to chance. Each is a clean request (real ids, a valid query)
// broken in the one way the case is about.

/** A date or month (YYYY-MM…) moved to the year 0, which PostgreSQL does not have; other text as it is. */
function yearZero(text: string): string {
  return /^[0-9]{4}-[0-9]{2}/.test(text) ? `0000${text.slice(4)}` : text;
}

/**
 * The same hostile cases for every operation, so none is left to chance:
 * bodies (nesting 10 000 and 100 000 deep, __proto__ and constructor keys, NUL
 * bytes and 100 000-character strings in every field, numbers past float range,
 * malformed and empty JSON, other content types, a body over the limit), path
 * parameters and query strings that are garbage, replayed Idempotency-Keys.
 * `authFor(i)` names who sends the i-th case.
 */
export function edgeCases(
  requests: RequestMaker,
  operation: Operation,
  authFor: (index: number) => Auth,
): FuzzRequest[] {
  const { random, bodyLimit } = requests.options;
  const cases: FuzzRequest[] = [];
  const json = 'application/json';
  const jsonType = Object.keys(operation.body?.content ?? {}).find(isJson);
  const uploadTypes = Object.keys(operation.body?.content ?? {}).filter((type) => !isJson(type));
  const schema = jsonType === undefined ? undefined : operation.body?.content[jsonType];
  const add = (kind: string, change: (request: FuzzRequest) => void) => {
    const auth = authFor(cases.length);
    const request = requests.make(operation, auth, true);
    const query = request.url.slice(request.path.length);
    // Only what the case is about: no random headers beside credentials and content type.
    request.headers = {};
    delete request.currentEtag;
    request.bodyKind = `edge:${kind}`;
    request.payload = undefined;
    request.url = request.path + query;
    change(request);
    request.sent.push(...Object.values(request.headers));
    cases.push(request);
  };
  // GET and HEAD bodies are never read: only a few cases make sure of that.
  const readsBody = !['GET', 'HEAD'].includes(operation.method);
  const withBody = (kind: string, payload: string | Buffer, contentType: string | undefined) =>
    (readsBody || ['deep-10000-arrays', 'too-large', 'malformed'].includes(kind)) &&
    add(kind, (request) => {
      request.payload = payload;
      if (contentType !== undefined) request.headers['content-type'] = contentType;
      if (request.method === 'POST') request.headers['idempotency-key'] = `edge-${random.hex(12)}`;
      if (['PUT', 'PATCH', 'DELETE'].includes(request.method))
        requests.sendCurrentEtag(request, 'if-match', request.path.split('/').at(-1));
    });
  const valid = () => requests.valid(schema ?? { type: 'object', properties: { title: { type: 'string' } } });
  const RAW = '"__fuzz_raw__"';
  /** The valid body with every string leaf (or only the first one) changed, and numbers raw where asked. */
  const transformed = (change: (text: string) => string, onlyFirst = false) => {
    let done = false;
    const walk = (value: unknown, depth: number): unknown => {
      if (depth > 20) return value;
      if (typeof value === 'string') {
        if (onlyFirst && done) return value;
        done = true;
        return change(value);
      }
      if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
      if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, depth + 1)]));
      return value;
    };
    const body = walk(valid(), 0);
    if (!done) return safeStringify({ ...(typeof body === 'object' && body !== null ? body : {}), title: change('x') });
    return safeStringify(body);
  };
  /** The valid body with one value put in as raw JSON text. */
  const rawInside = (text: string) => {
    const body = valid();
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      const keys = Object.keys(body);
      const key = keys.length > 0 ? random.pick(keys) : 'title';
      return safeStringify({ ...body, [key]: '__fuzz_raw__' }).replace(RAW, text);
    }
    return text;
  };
  const numbersRaw = (text: string) => {
    const stringified = safeStringify(valid());
    const replaced = stringified.replace(/(:|\[|,)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=[,}\]])/g, `$1${text}`);
    return replaced === stringified ? rawInside(text) : replaced;
  };

  if (uploadTypes.length > 0) {
    for (const type of uploadTypes) {
      withBody('upload-bytes', random.bytes(4096), type);
      withBody('upload-empty', '', type);
      withBody('upload-zip-header', Buffer.concat([Buffer.from('PK\x03\x04'), random.bytes(512)]), type);
      const samples = requests.options.uploadSamples(type);
      // Each sample file (the API's own exports among them) as it is, with the query and without.
      for (const sample of samples) {
        withBody('upload-sample', sample, type);
        add('upload-sample-no-query', (request) => {
          request.payload = sample;
          request.headers['content-type'] = type;
          request.url = request.path;
        });
      }
      withBody('upload-too-large', Buffer.alloc(bodyLimit + 1024, 0x41), type);
      withBody('upload-as-json', '{"rows":[]}', json);
    }
  }
  withBody('deep-10000-arrays', nestedText(10_000, false), json);
  withBody('deep-10000-objects', nestedText(10_000, true), json);
  withBody('deep-100000-arrays', nestedText(100_000, false), json);
  withBody('deep-10000-in-a-field', rawInside(nestedText(10_000, random.chance(0.5))), json);
  withBody(
    'proto-key',
    rawInside('{"__proto__":{"isAdmin":true}}').replace(/^\{/, '{"__proto__":{"role":"admin"},'),
    json,
  );
  withBody('constructor-prototype', rawInside('{"constructor":{"prototype":{"isAdmin":true}}}'), json);
  withBody(
    'nul-in-every-string',
    transformed((text) => `${text}\u0000`),
    json,
  );
  withBody(
    'long-first-string',
    transformed(() => longString(LONG), true),
    json,
  );
  withBody(
    'sql-in-every-string',
    transformed(() => random.pick(SQL_STRINGS)),
    json,
  );
  withBody(
    'unicode-in-every-string',
    transformed(() => random.pick(UNICODE_STRINGS)),
    json,
  );
  withBody(
    'numbers-past-float-range',
    numbersRaw(random.pick(['1e400', '-1e400', '123456789012345678901234567890'])),
    json,
  );
  withBody('year-0-in-every-date', transformed(yearZero), json);
  withBody('malformed', '{"title":', json);
  withBody('empty', '', json);
  withBody('as-text-plain', safeStringify(valid()), 'text/plain');
  withBody('as-form', 'title=x&published=true', 'application/x-www-form-urlencoded');
  withBody('no-content-type', safeStringify(valid()), undefined);
  withBody('too-large', `{"title":"${'x'.repeat(bodyLimit + 16)}"}`, json);
  if (operation.method === 'POST') {
    // One key, two different bodies: the second must be refused, never done.
    const key = `edge-replay-${random.hex(8)}`;
    for (const title of ['first', 'second']) {
      add(`idempotency-replay-${title}`, (request) => {
        request.payload = transformed(() => `${title} ${key}`);
        request.headers['content-type'] = json;
        request.headers['idempotency-key'] = key;
      });
    }
  }

  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  for (const garbage of ['%00', "' OR 1=1--", 'a'.repeat(101), '..', '%zz', '1e309', random.uuid(), '%2e%2e%2f']) {
    if (pathParameters.length === 0) break;
    add(`path:${garbage.slice(0, 12)}`, (request) => {
      let path = operation.path;
      for (const parameter of pathParameters) {
        path = path.split(`{${parameter.name}}`).join(garbage.includes('%') ? garbage : encode(garbage));
      }
      request.url = path + request.url.slice(request.path.length);
      request.path = path;
      request.sent.push(garbage);
    });
  }
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  if (queryParameters.length > 0) {
    for (const [kind, value] of [
      ['1e309', '1e309'],
      ['-1e309', '-1e309'],
      ['long', longString(3000)],
      ['sql', "' OR 1=1--"],
      ['nul', '%00'],
    ] as const) {
      add(`query:${kind}`, (request) => {
        const encoded = value === '%00' ? value : encode(value);
        request.url = `${request.path}?${queryParameters.map((p) => `${encode(p.name)}=${encoded}`).join('&')}`;
        request.sent.push(value);
      });
    }
  }
  // PostgreSQL has no year 0: every date and month in the path and the query at once.
  add('year-0-in-path-and-query', (request) => {
    const [path, query = ''] = request.url.split('?') as [string, string?];
    const params = new URLSearchParams(query);
    for (const [name, value] of [...params]) params.set(name, yearZero(value));
    request.path = path.split('/').map(yearZero).join('/');
    request.url = query === '' ? request.path : `${request.path}?${params.toString()}`;
  });
  if (['PUT', 'PATCH', 'DELETE'].includes(operation.method)) {
    for (const value of ['"9999999999999999999"', 'W/"1"', '*', '"1", "2"']) {
      add(`if-match:${value}`, (request) => {
        request.headers['if-match'] = value;
        if (jsonType !== undefined) {
          request.payload = safeStringify(valid());
          request.headers['content-type'] = json;
        }
      });
    }
  }
  return cases;
}
