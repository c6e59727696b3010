import {
  ACCEPT_VALUES,
  extraHeaders,
  garbagePathValue,
  hostileString,
  IF_MATCH_JUNK,
  ODD_CONTENT_TYPES,
  SQL_STRINGS,
} from './hostile.js';
import { mutate } from './mutation.js';
import { collectionOf, segmentBefore, type Operation, type Resolve, type Schema } from './openapi.js';
import type { ValuePool } from './pool.js';
import type { Random } from './random.js';
import { rawJsonBody, rawUploadBody } from './raw-bodies.js';
import { ValueMaker } from './schema-values.js';
import type { Auth } from './sequence.js';

// One generated request for one operation of the document: its path
// parameters (real ids, random ones, garbage), query string, body and headers.
// It is made from the generator and the pool alone; the caller's credentials
// are added when it is sent.

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
  /** Who sends it: the credentials are added to the headers when it is sent. */
  auth: Auth;
  /**
   * The request sends the item's current ETag in this header: the one the pool
   * knew, or the one the run has seen since, when it is sent (a version the run's
   * own writes moved on).
   */
  currentEtag?: { header: 'if-match' | 'if-none-match'; path: string; id: string | undefined };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isJson(mediaType: string) {
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

export function safeStringify(value: unknown): string {
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

  constructor(readonly options: RequestMakerOptions) {
    this.maker = new ValueMaker(options.random, options.resolve, options.pool);
  }

  private get random() {
    return this.options.random;
  }

  /** A value valid by the schema, from this maker's generator. */
  valid(schema: unknown): unknown {
    return this.maker.valid(schema, { name: '', depth: 0 });
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

  /** If-Match: the item's current ETag, none, or junk. */
  private ifMatch(path: string, lastValue: string | undefined, clean: boolean): 'current' | 'none' | 'junk' {
    const etag = this.options.pool.etagFor(path, lastValue);
    const roll = clean ? this.random.next() * 0.6 : this.random.next();
    if (roll < 0.5 && etag !== undefined) return 'current';
    if (roll < 0.7) return 'none';
    return 'junk';
  }

  /** Sends the item's ETag in the header, if the pool knows one: as the pool knows it, or as last seen when sent. */
  sendCurrentEtag(request: FuzzRequest, header: 'if-match' | 'if-none-match', id: string | undefined) {
    const etag = this.options.pool.etagFor(request.path, id);
    if (etag === undefined) return;
    request.headers[header] = etag;
    request.currentEtag = { header, path: request.path, id };
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
   * database; the rest are broken anywhere. `clean` forces a clean one;
   * `given` names path parameters' values.
   */
  make(
    operation: Operation,
    auth: Auth,
    clean = this.random.chance(0.4),
    given: Record<string, string> = {},
  ): FuzzRequest {
    const random = this.random;
    const sent: string[] = [];
    let path = operation.path;
    let lastValue: string | undefined;
    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      const { text, encode: shouldEncode } =
        given[parameter.name] !== undefined
          ? { text: given[parameter.name]!, encode: true }
          : clean
            ? this.plainPathValue(operation, parameter.name, parameter.schema)
            : this.pathValue(operation, parameter.name, parameter.schema);
      lastValue = text;
      sent.push(text);
      const inserted = shouldEncode ? encode(text) : text;
      path = path.split(`{${parameter.name}}`).join(inserted);
    }
    const query = this.query(operation, sent, clean);
    const headers: Record<string, string> = {};
    let etagHeader: 'if-match' | 'if-none-match' | undefined;

    let method = operation.method;
    if (!clean && random.chance(0.05)) method = random.pick(METHODS.filter((m) => m !== operation.method));

    const body = this.body(operation, sent, clean);
    if (body.contentType !== undefined) headers['content-type'] = body.contentType;
    if (['PUT', 'PATCH', 'DELETE'].includes(method)) {
      const ifMatch = this.ifMatch(path, lastValue, clean);
      if (ifMatch === 'current') etagHeader = 'if-match';
      else if (ifMatch === 'junk') headers['if-match'] = random.pick(IF_MATCH_JUNK);
    } else if (random.chance(0.05)) headers['if-match'] = random.pick(IF_MATCH_JUNK);
    if (method === 'GET' && random.chance(0.15)) {
      if (this.options.pool.etagFor(path, lastValue) !== undefined) etagHeader = 'if-none-match';
      else headers['if-none-match'] = random.pick(IF_MATCH_JUNK);
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
    const request: FuzzRequest = {
      operation,
      method,
      url: path + query,
      path,
      headers,
      payload: body.payload,
      bodyKind: body.kind,
      sent,
      auth,
    };
    if (etagHeader !== undefined) this.sendCurrentEtag(request, etagHeader, lastValue);
    sent.push(...Object.values(headers));
    return request;
  }
}
