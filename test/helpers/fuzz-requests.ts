import { collectionOf, segmentBefore, type Operation, type Resolve, type Schema } from './fuzz-openapi.js';
import type { ValuePool } from './fuzz-pool.js';
import type { Random } from './fuzz-random.js';
import {
  ACCEPT_VALUES,
  extraHeaders,
  garbagePathValue,
  hostileString,
  IF_MATCH_JUNK,
  LONG,
  longString,
  mutate,
  nestedText,
  ODD_CONTENT_TYPES,
  rawJsonBody,
  rawUploadBody,
  SQL_STRINGS,
  UNICODE_STRINGS,
  ValueMaker,
} from './fuzz-values.js';

// One generated request for one operation of the document: its path
// parameters (real ids, random ones, garbage), query string, body and headers.

export interface FuzzRequest {
  operation: Operation;
  method: string;
  url: string;
  /** The path without the query string, as sent. */
  path: string;
  headers: Record<string, string>;
  payload: string | Buffer | undefined;
  /** What kind of body was sent, for the failure report. */
  bodyKind: string;
  /** Strings the request carried, which the answer may echo. */
  sent: string[];
  /** Who sends it, when the request names its caller itself (the fixed hostile cases do). */
  auth?: Auth;
}

export interface Auth {
  label: string;
  headers: Record<string, string>;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isJson(mediaType: string) {
  return /^application\/([\w.+-]+\+)?json\b/i.test(mediaType) || mediaType === '*/*';
}

function stringLeaves(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 20) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringLeaves(item, out, depth + 1);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringLeaves(item, out, depth + 1);
    }
  return out;
}

/** %-encoding that survives a lone surrogate (sent as U+FFFD). */
/** A date or month (YYYY-MM…) moved to the year 0, which PostgreSQL does not have; other text as it is. */
function yearZero(text: string): string {
  return /^[0-9]{4}-[0-9]{2}/.test(text) ? `0000${text.slice(4)}` : text;
}

export function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udfff]/g, (ch, at: number, all: string) => {
      const code = ch.charCodeAt(0);
      const next = all.charCodeAt(at + 1);
      const previous = all.charCodeAt(at - 1);
      const paired = code < 0xdc00 ? next >= 0xdc00 && next <= 0xdfff : previous >= 0xd800 && previous < 0xdc00;
      return paired ? ch : '\ufffd';
    }),
  );
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '{}';
  }
}

export interface RequestMakerOptions {
  random: Random;
  resolve: Resolve;
  pool: ValuePool;
  bodyLimit: number;
  /** Sample files for upload media types (spreadsheets, CSV). */
  uploadSamples: (mediaType: string) => Buffer[];
}

export class RequestMaker {
  private readonly maker: ValueMaker;
  private readonly idempotencyKeys: string[] = [];

  constructor(private readonly options: RequestMakerOptions) {
    this.maker = new ValueMaker(options.random, options.resolve, options.pool);
  }

  private get random() {
    return this.options.random;
  }

  /** A path parameter: a real value where the pool has one, a random valid one, or garbage. */
  private pathValue(operation: Operation, name: string, schema: Schema): { text: string; encode: boolean } {
    const { random, pool } = this.options;
    const segment = segmentBefore(operation.path, name);
    let real = pool.get(segment, name);
    if (real.length === 0 && name === 'id') real = pool.allIds();
    if (WRITES.has(operation.method)) real = real.filter((value) => !pool.protectedIds.has(value));
    const roll = random.next();
    if (roll < 0.55 && real.length > 0) return { text: random.pick(real), encode: true };
    const deleted = [...pool.deleted].filter((value) => !pool.protectedIds.has(value));
    if (roll < 0.6 && deleted.length > 0) return { text: random.pick(deleted), encode: true };
    if (roll < 0.78) return this.validPathValue(operation, name, schema);
    return garbagePathValue(random, real.length > 0 ? random.pick(real) : undefined);
  }

  /** A real value where the pool has one, else a valid one. */
  private plainPathValue(operation: Operation, name: string, schema: Schema): { text: string; encode: boolean } {
    const { random, pool } = this.options;
    let real = pool.get(segmentBefore(operation.path, name), name);
    if (WRITES.has(operation.method)) real = real.filter((value) => !pool.protectedIds.has(value));
    if (real.length > 0) return { text: random.pick(real), encode: true };
    return this.validPathValue(operation, name, schema);
  }

  /**
   * A value valid by the schema; a valid uuid may name a real item, but never, for
   * a write, one of the callers' own (their accounts keep their passwords).
   */
  private validPathValue(operation: Operation, name: string, schema: Schema): { text: string; encode: boolean } {
    const value = this.maker.valid(schema, { name, depth: 0 });
    const text = typeof value === 'string' ? value : String(value);
    const untouchable = WRITES.has(operation.method) && this.options.pool.protectedIds.has(text.toLowerCase());
    return { text: untouchable ? this.random.uuid() : text, encode: true };
  }

  private query(operation: Operation, sent: string[], clean: boolean): string {
    const random = this.random;
    const parts: string[] = [];
    const add = (name: string, value: string, raw = false) => {
      sent.push(value);
      parts.push(`${encode(name)}=${raw ? value : encode(value)}`);
    };
    for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
      if (!random.chance(parameter.required ? (clean ? 1 : 0.9) : 0.4)) continue;
      // A clean request carries only values that are real or valid.
      const roll = clean ? random.next() * 0.7 : random.next();
      const known = this.options.pool.get(collectionOf(operation.path), parameter.name);
      if (roll < 0.25 && known.length > 0) add(parameter.name, random.pick(known));
      else if (roll < 0.7) {
        const value = this.maker.valid(parameter.schema, { name: parameter.name, depth: 0 });
        if (Array.isArray(value)) for (const item of value) add(parameter.name, String(item));
        else add(parameter.name, typeof value === 'string' ? value : String(value));
      } else if (roll < 0.8) {
        // Twice: an array where one value is meant.
        const value = String(this.maker.valid(parameter.schema, { name: parameter.name, depth: 0 }));
        add(parameter.name, value);
        add(parameter.name, random.chance(0.5) ? value : hostileString(random).slice(0, 100));
      } else if (roll < 0.85) {
        parts.push(
          random.pick([parameter.name, `${parameter.name}=`, `${parameter.name}[]=1`, `${parameter.name}[a]=1`]),
        );
      } else {
        const text = random.pick([
          '0',
          '-1',
          '1.5',
          '1e3',
          '1e309',
          '99999999999999999999',
          'abc',
          'true',
          'null',
          '',
          random.uuid().toUpperCase(),
          random.pick(SQL_STRINGS),
          hostileString(random).slice(0, random.chance(0.9) ? 300 : 20_000),
        ]);
        add(parameter.name, text, random.chance(0.05));
      }
    }
    if (!clean && random.chance(0.08)) {
      parts.push(
        random.pick([
          `x${random.hex(3)}=1`,
          '__proto__[isAdmin]=true',
          '__proto__=x',
          'constructor[prototype][isAdmin]=true',
          '%zz=1',
          '=',
          '&&&',
          ';',
          `a=${'b'.repeat(5000)}`,
          'limit=1&limit=2&limit=3',
        ]),
      );
    }
    return parts.length === 0 ? (random.chance(0.03) ? '?' : '') : `?${parts.join('&')}`;
  }

  private body(
    operation: Operation,
    sent: string[],
    clean: boolean,
  ): { payload: string | Buffer | undefined; contentType?: string; kind: string } {
    const { random, resolve, bodyLimit } = this.options;
    const body = operation.body;
    if (body === null) {
      // No body is declared: mostly none, now and then one all the same.
      if (clean || !random.chance(0.12)) return { payload: undefined, kind: 'none' };
      const raw = rawJsonBody(random, random.pick(['{}', '{"a":1}', '[]', '"x"']), bodyLimit);
      return { payload: raw.payload, contentType: raw.contentType, kind: `undeclared:${raw.kind}` };
    }
    const types = Object.keys(body.content);
    if (types.length === 0 || (!clean && random.chance(0.03))) return { payload: undefined, kind: 'missing' };
    const mediaType = random.pick(types);
    const schema = body.content[mediaType];
    if (!isJson(mediaType)) {
      const raw = rawUploadBody(random, mediaType, this.options.uploadSamples(mediaType));
      const contentType = random.chance(0.9) ? raw.contentType : random.pick(ODD_CONTENT_TYPES);
      return { payload: raw.payload, contentType, kind: `${mediaType}:${raw.kind}` };
    }
    const valid = this.maker.valid(schema ?? {}, { name: '', depth: 0 });
    const contentType = mediaType === '*/*' ? 'application/json' : mediaType;
    // A clean request's body is valid or broken in one way only.
    const roll = clean ? random.next() * 0.6 : random.next();
    if (roll < 0.45) {
      sent.push(...stringLeaves(valid));
      return { payload: safeStringify(valid), contentType, kind: 'valid' };
    }
    if (roll < 0.8) {
      let value = valid;
      const mutations: string[] = [];
      for (let n = clean ? 1 : random.pick([1, 1, 1, 2, 3]); n > 0; n--) {
        const result = mutate(random, resolve, this.maker, value, schema);
        value = result.value;
        mutations.push(result.mutation);
      }
      sent.push(...stringLeaves(value));
      return { payload: safeStringify(value), contentType, kind: `mutated:${mutations.join('+')}` };
    }
    const raw = rawJsonBody(random, safeStringify(valid), bodyLimit);
    sent.push(...stringLeaves(valid));
    return { payload: raw.payload, contentType: raw.contentType, kind: `raw:${raw.kind}` };
  }

  private ifMatch(path: string, lastValue: string | undefined, clean: boolean): string | undefined {
    const random = this.random;
    const etag = this.options.pool.etagFor(path, lastValue);
    const roll = clean ? random.next() * 0.6 : random.next();
    if (roll < 0.5 && etag !== undefined) return etag;
    if (roll < 0.7) return undefined;
    return random.pick(IF_MATCH_JUNK);
  }

  private idempotencyKey(): string {
    const random = this.random;
    const roll = random.next();
    if (roll < 0.3 && this.idempotencyKeys.length > 0) return random.pick(this.idempotencyKeys);
    if (roll < 0.85) {
      const key = `fuzz-${random.hex(12)}`;
      this.idempotencyKeys.push(key);
      if (this.idempotencyKeys.length > 50) this.idempotencyKeys.shift();
      return key;
    }
    return random.pick(['', ' ', 'has space', 'ä', 'a'.repeat(201), "' OR 1=1--", '\t', 'x'.repeat(5000)]);
  }

  /**
   * A request to the operation. Four in ten are clean (real ids, valid query,
   * a valid body or one broken in one way), so they reach the handler and the
   * database; the rest are broken anywhere. `clean` forces a clean one.
   */
  make(operation: Operation, auth: Auth, clean = this.random.chance(0.4)): FuzzRequest {
    const random = this.random;
    const sent: string[] = [];
    let path = operation.path;
    let lastValue: string | undefined;
    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      const { text, encode: shouldEncode } = clean
        ? this.plainPathValue(operation, parameter.name, parameter.schema)
        : this.pathValue(operation, parameter.name, parameter.schema);
      lastValue = text;
      sent.push(text);
      const inserted = shouldEncode ? encode(text) : text;
      path = path.split(`{${parameter.name}}`).join(inserted);
    }
    const query = this.query(operation, sent, clean);
    const headers: Record<string, string> = { ...auth.headers };

    let method = operation.method;
    if (!clean && random.chance(0.05)) method = random.pick(METHODS.filter((m) => m !== operation.method));

    const body = this.body(operation, sent, clean);
    if (body.contentType !== undefined) headers['content-type'] = body.contentType;
    if (['PUT', 'PATCH', 'DELETE'].includes(method)) {
      const value = this.ifMatch(path, lastValue, clean);
      if (value !== undefined) headers['if-match'] = value;
    } else if (random.chance(0.05)) headers['if-match'] = random.pick(IF_MATCH_JUNK);
    if (method === 'GET' && random.chance(0.15)) {
      headers['if-none-match'] = this.options.pool.etagFor(path, lastValue) ?? random.pick(IF_MATCH_JUNK);
    }
    if (method === 'POST' && random.chance(0.3)) headers['idempotency-key'] = this.idempotencyKey();
    else if (random.chance(0.02)) headers['idempotency-key'] = this.idempotencyKey();
    if (random.chance(0.2)) headers.accept = random.pick(ACCEPT_VALUES);
    if (random.chance(0.1)) Object.assign(headers, extraHeaders(random));
    for (const parameter of operation.parameters.filter((p) => p.in === 'header')) {
      if (random.chance(parameter.required ? 0.9 : 0.4)) {
        const value = random.chance(0.7)
          ? this.maker.valid(parameter.schema, { name: parameter.name, depth: 0 })
          : hostileString(random).slice(0, 200);
        headers[parameter.name.toLowerCase()] = String(value).replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
      }
    }
    sent.push(...Object.values(headers));
    return { operation, method, url: path + query, path, headers, payload: body.payload, bodyKind: body.kind, sent };
  }

  /**
   * The same hostile cases for every operation, so none is left to chance:
   * bodies (nesting 10 000 and 100 000 deep, __proto__ and constructor keys, NUL
   * bytes and 100 000-character strings in every field, numbers past float range,
   * malformed and empty JSON, other content types, a body over the limit), path
   * parameters and query strings that are garbage, replayed Idempotency-Keys.
   * `authFor(i)` names who sends the i-th case.
   */
  edgeCases(operation: Operation, authFor: (index: number) => Auth): FuzzRequest[] {
    const { random, bodyLimit } = this.options;
    const cases: FuzzRequest[] = [];
    const json = 'application/json';
    const jsonType = Object.keys(operation.body?.content ?? {}).find(isJson);
    const uploadTypes = Object.keys(operation.body?.content ?? {}).filter((type) => !isJson(type));
    const schema = jsonType === undefined ? undefined : operation.body?.content[jsonType];
    const add = (kind: string, change: (request: FuzzRequest) => void) => {
      const auth = authFor(cases.length);
      const request = this.make(operation, auth, true);
      const query = request.url.slice(request.path.length);
      // Only what the case is about: no random headers beside credentials and content type.
      request.headers = { ...auth.headers };
      request.auth = auth;
      request.bodyKind = `edge:${kind}`;
      request.payload = undefined;
      request.url = request.path + query;
      change(request);
      request.sent.push(...Object.values(request.headers));
      cases.push(request);
    };
    // GET and HEAD bodies are never read: only a few cases make sure of that.
    const readsBody = !['GET', 'HEAD'].includes(operation.method);
    const withBody = (kind: string, payload: string | Buffer, contentType: string | undefined, extra = {}) =>
      (readsBody || ['deep-10000-arrays', 'too-large', 'malformed'].includes(kind)) &&
      add(kind, (request) => {
        request.payload = payload;
        if (contentType !== undefined) request.headers['content-type'] = contentType;
        Object.assign(request.headers, extra);
        if (request.method === 'POST') request.headers['idempotency-key'] = `edge-${random.hex(12)}`;
        const etag = this.options.pool.etagFor(request.path, request.path.split('/').at(-1));
        if (['PUT', 'PATCH', 'DELETE'].includes(request.method) && etag !== undefined)
          request.headers['if-match'] = etag;
      });
    const valid = () =>
      this.maker.valid(schema ?? { type: 'object', properties: { title: { type: 'string' } } }, { name: '', depth: 0 });
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
      if (!done)
        return safeStringify({ ...(typeof body === 'object' && body !== null ? body : {}), title: change('x') });
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
        const samples = this.options.uploadSamples(type);
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
}
