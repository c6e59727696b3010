import type { Resolve, Schema } from './fuzz-openapi.js';
import type { ValuePool } from './fuzz-pool.js';
import type { Random } from './fuzz-random.js';

// Values for the fuzz test: valid by a JSON schema (types, enums, formats,
// lengths, ranges, simple patterns), then broken on purpose, plus the odd
// strings, numbers and raw bodies an attacker would send.

// ---------------------------------------------------------------------------
// The corpus of hostile values
// ---------------------------------------------------------------------------

/** SQL-looking strings. Some hold words the leak check looks for: it ignores them where they are echoed back. */
export const SQL_STRINGS: readonly string[] = [
  "' OR 1=1--",
  "' OR '1'='1",
  '" OR ""="',
  "admin'--",
  '1; DROP TABLE users;--',
  "'); DROP TABLE goals; --",
  "1' UNION SELECT password_hash FROM users--",
  "' AND (SELECT pg_sleep(3)) IS NULL--",
  "'||(SELECT version())||'",
  '1 OR 1=1',
  "%' OR title LIKE '%",
  "\\'; COMMIT; --",
  '$1',
  "E'\\\\x00'",
  "'; INSERT INTO users (email) VALUES ('x@y.z');--",
  '0x27 OR 0x31=0x31',
  "SELECT * FROM sessions WHERE '1'='1",
];

export const UNICODE_STRINGS: readonly string[] = [
  '\u202eevil\u202c',
  'zero\u200bwidth',
  '\ufeffbom',
  'Åäö ÅÄÖ éü',
  '𝕏𝕐ℤ',
  '😀🚓👮‍♀️',
  '👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301',
  'Z̴̡̛̤͓̈́a̸̛l̷g̶o̵',
  'lone \ud800 high',
  'lone \udfff low',
  '\uffff\ufffe',
  'line\u2028sep\u2029para',
  'next\u0085line',
  'bell\u0007esc\u001b[31m',
  'tab\tnewline\ncr\r',
  '﷽',
  'İıß ǅ',
  '\u00a0nbsp\u00a0',
  'ｆｕｌｌｗｉｄｔｈ',
];

export const OTHER_STRINGS: readonly string[] = [
  '',
  ' ',
  '   \t\n  ',
  'null',
  'undefined',
  'NaN',
  'true',
  '0',
  '-1',
  '1e309',
  '{}',
  '[]',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%00',
  '%s%s%s%n',
  'javascript:alert(1)',
  '=cmd|"/C calc"!A0',
  '@SUM(1+1)*cmd|"/C calc"!A0',
  '+1+1',
  'CON',
  '__proto__',
  'constructor',
  'lk_session=x; Path=/',
  '\\',
  '"',
  "'",
  '\u0000',
  'a\u0000b',
];

/** A string of exactly n characters: the "100 000-character string" (with n = 100 000). */
export function longString(n: number): string {
  const unit = 'fuzz-long-Åä-';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

export const LONG = 100_000;

/** Strings the fuzz test sends that may legitimately come back in an answer (echoed, or stored and read). */
export const ECHOABLE_STRINGS: readonly string[] = [...SQL_STRINGS, ...OTHER_STRINGS, ...UNICODE_STRINGS].filter(
  (text) => text.length >= 3,
);

export function hostileString(random: Random): string {
  switch (random.weighted({ sql: 3, unicode: 3, other: 3, nul: 2, long: 1, mixed: 2 })) {
    case 'sql':
      return random.pick(SQL_STRINGS);
    case 'unicode':
      return random.pick(UNICODE_STRINGS);
    case 'other':
      return random.pick(OTHER_STRINGS);
    case 'nul':
      return random.pick(['\u0000', 'before\u0000after', `${random.pick(SQL_STRINGS)}\u0000`, '\u0000'.repeat(10)]);
    case 'long':
      return random.chance(0.7) ? longString(LONG) : longString(random.int(301, 25_000));
    case 'mixed':
      return `${random.pick(UNICODE_STRINGS)}${random.pick(SQL_STRINGS)}${random.pick(OTHER_STRINGS)}`;
  }
}

export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  -1e-9,
  0.1 + 0.2,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  1e15,
  1e21,
  1e100,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  5e-324,
  1.7976931348623157e308,
  123456789.12345679,
  1000000001,
];

/** Numbers only raw JSON can carry (JSON.parse makes them Infinity, 0 or a rounded value). */
export const RAW_NUMBERS: readonly string[] = [
  '1e400',
  '-1e400',
  '1e-400',
  '123456789012345678901234567890',
  '-0.0',
  '0.30000000000000000000000000001',
  '1E+2',
  '9007199254740993',
];

// ---------------------------------------------------------------------------
// Valid values by schema
// ---------------------------------------------------------------------------

const TEXT = [
  ...'abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789',
  ...'        -_.,:;!?()/&',
  'é',
  'ü',
  '€',
];

function resolveDeep(resolve: Resolve, schema: unknown): Schema {
  return resolve<Schema>(schema ?? {});
}

/** A real date as YYYY-MM-DD: mostly 2019–2031, now and then at the ends of the years allowed. */
function isoDate(random: Random): string {
  const year = random.chance(0.03) ? random.pick([1000, 9999]) : random.int(2019, 2031);
  const month = random.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = random.chance(0.1) ? days : random.int(1, days);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A tiny generator for the regular expressions schemas use: literals, escapes,
// classes, groups with alternation, quantifiers. Anchors are dropped.
type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const DIGITS = [...'0123456789'];
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const NOT_SPACE = PRINTABLE.filter((ch) => ch !== ' ');

function parsePattern(pattern: string): Node[] {
  let i = 0;
  function escape(): string[] {
    const ch = pattern[i++]!;
    switch (ch) {
      case 'd':
        return DIGITS;
      case 'D':
        return PRINTABLE.filter((c) => !DIGITS.includes(c));
      case 'w':
        return WORD;
      case 'W':
        return PRINTABLE.filter((c) => !WORD.includes(c));
      case 's':
        return [' '];
      case 'S':
        return NOT_SPACE;
      case 'n':
        return ['\n'];
      case 't':
        return ['\t'];
      default:
        return [ch];
    }
  }
  function charClass(): string[] {
    const negated = pattern[i] === '^';
    if (negated) i++;
    const chars: string[] = [];
    while (i < pattern.length && pattern[i] !== ']') {
      let from: string[];
      if (pattern[i] === '\\') {
        i++;
        from = escape();
      } else from = [pattern[i++]!];
      if (from.length === 1 && pattern[i] === '-' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
        i++;
        const to = pattern[i] === '\\' ? (i++, escape()[0]!) : pattern[i++]!;
        for (let code = from[0]!.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      } else chars.push(...from);
    }
    i++;
    return negated ? PRINTABLE.filter((c) => !chars.includes(c)) : chars;
  }
  function sequence(): Node[][] {
    const alternatives: Node[][] = [[]];
    while (i < pattern.length) {
      const ch = pattern[i]!;
      if (ch === ')') break;
      i++;
      let node: Node | null = null;
      if (ch === '|') {
        alternatives.push([]);
        continue;
      } else if (ch === '^' || ch === '$') continue;
      else if (ch === '(') {
        if (pattern[i] === '?') i += 2; // (?: …)
        const inner = sequence();
        i++;
        node = { kind: 'group', alternatives: inner };
      } else if (ch === '[') node = { kind: 'chars', chars: charClass() };
      else if (ch === '\\') node = { kind: 'chars', chars: escape() };
      else if (ch === '.') node = { kind: 'chars', chars: NOT_SPACE };
      else node = { kind: 'chars', chars: [ch] };
      // A quantifier after the atom.
      const q = pattern[i];
      let min = 1;
      let max = 1;
      if (q === '?') [min, max] = [0, 1];
      else if (q === '*') [min, max] = [0, 6];
      else if (q === '+') [min, max] = [1, 6];
      else if (q === '{') {
        const end = pattern.indexOf('}', i);
        const [a, b] = pattern.slice(i + 1, end).split(',');
        min = Number(a);
        max = b === undefined ? min : b === '' ? min + 6 : Number(b);
        i = end;
      }
      if (q === '?' || q === '*' || q === '+' || q === '{') {
        i++;
        if (pattern[i] === '?') i++;
      }
      alternatives[alternatives.length - 1]!.push(min === 1 && max === 1 ? node : { kind: 'repeat', node, min, max });
    }
    return alternatives;
  }
  return [{ kind: 'group', alternatives: sequence() }];
}

function generateNodes(random: Random, nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.kind === 'chars') text += random.pick(node.chars);
    else if (node.kind === 'group') text += generateNodes(random, random.pick(node.alternatives));
    else {
      const count = random.int(node.min, node.max);
      for (let n = 0; n < count; n++) text += generateNodes(random, [node.node]);
    }
  }
  return text;
}

/** A string matching the pattern, or null when the generator cannot make one. */
export function fromPattern(random: Random, pattern: string): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return null;
  }
  try {
    const nodes = parsePattern(pattern);
    for (let attempt = 0; attempt < 5; attempt++) {
      const text = generateNodes(random, nodes);
      if (regex.test(text)) return text;
    }
  } catch {
    // A pattern beyond this generator.
  }
  return null;
}

function randomText(random: Random, min: number, max: number): string {
  const length = random.chance(0.05) ? max : random.int(min, Math.min(max, min + random.pick([8, 20, 40])));
  let text = random.stringOf(TEXT, length);
  // Schemas say "not blank" with \S: lead with a letter.
  if (length > 0 && text.trim() === '') text = `x${text.slice(1)}`;
  if (length > 0 && text[0] === ' ') text = `Å${text.slice(1)}`;
  return text;
}

export interface ValueContext {
  /** The field name the value is for (its parent property), for hints such as `agreementId`. */
  name: string;
  depth: number;
}

/** Builds valid values for a document's schemas, naming real items where the pool has them. */
export class ValueMaker {
  constructor(
    private readonly random: Random,
    private readonly resolve: Resolve,
    private readonly pool: ValuePool,
  ) {}

  private lengthOk(schema: Schema, text: string) {
    const length = [...text].length;
    return length >= (schema.minLength ?? 0) && length <= (schema.maxLength ?? Infinity);
  }

  private matches(schema: Schema, text: string) {
    if (!this.lengthOk(schema, text)) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) return false;
    if (schema.enum !== undefined && !schema.enum.includes(text)) return false;
    return true;
  }

  /** A uuid naming a real item where one fits the field (`agreementId` → an agreement). */
  uuidFor(name: string): string {
    const random = this.random;
    const fitting = this.pool.idsForField(name);
    const roll = random.next();
    if (fitting.length > 0 && roll < 0.7) return random.pick(fitting);
    const all = this.pool.allIds();
    if (all.length > 0 && roll < 0.85) return random.pick(all);
    return random.uuid();
  }

  string(schema: Schema, context: ValueContext): string {
    const random = this.random;
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? Math.max(min, 60);
    // A value a real item has for a field of this name (an e-mail, a code, a title) now and then.
    const seen = this.pool.byField(context.name).filter((value) => this.matches(schema, value));
    if (seen.length > 0 && random.chance(0.3)) return random.pick(seen);
    switch (schema.format) {
      case 'uuid':
        return this.uuidFor(context.name);
      case 'date':
        return isoDate(random);
      case 'date-time':
        return `${isoDate(random)}T${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
      case 'time':
        return `${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00Z`;
      case 'email':
        return `fuzz.${random.hex(6)}@test.example`;
      case 'uri':
      case 'url':
        return `https://example.test/${random.hex(6)}`;
      case 'ipv4':
        return `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
      case undefined:
        break;
      default:
        break;
    }
    if (schema.pattern !== undefined) {
      // An anchored pattern is met by a string made from it; one that only says
      // "not blank" (\S) as well by ordinary text.
      const anchored = schema.pattern.startsWith('^');
      for (let attempt = 0; attempt < 10; attempt++) {
        const text =
          !anchored && random.chance(0.5)
            ? randomText(random, Math.max(min, 1), max)
            : fromPattern(random, schema.pattern);
        if (text !== null && this.matches(schema, text)) return text;
      }
    }
    if (/mail/i.test(context.name)) return `fuzz.${random.hex(6)}@test.example`;
    return randomText(random, min, max);
  }

  number(schema: Schema, integer: boolean): number {
    const random = this.random;
    const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
    const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
    let low = schema.minimum ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : 0.01) : -1000);
    let high = schema.maximum ?? (exclusiveMax !== undefined ? exclusiveMax - (integer ? 1 : 0.01) : 1000);
    if (schema.minimum === undefined && exclusiveMin === undefined && high < low) low = high - 1000;
    if (high < low) high = low;
    let value: number;
    const roll = random.next();
    if (roll < 0.1) value = low;
    else if (roll < 0.2) value = high;
    else {
      // Mostly small, within the range.
      const span = Math.min(high - low, random.pick([10, 100, 10_000, Infinity]));
      value = low + random.next() * (Number.isFinite(span) ? span : high - low);
    }
    if (integer) value = Math.min(Math.max(Math.round(value), Math.ceil(low)), Math.floor(high));
    else if (random.chance(0.6)) value = Math.round(value * 100) / 100;
    if (schema.multipleOf !== undefined && schema.multipleOf > 0)
      value = Math.round(value / schema.multipleOf) * schema.multipleOf;
    return Object.is(value, -0) ? 0 : value;
  }

  /** A value valid by the schema (as far as a generator can tell). */
  valid(raw: unknown, context: ValueContext = { name: '', depth: 0 }): unknown {
    const random = this.random;
    const schema = resolveDeep(this.resolve, raw);
    if (context.depth > 12) return null;
    if ('const' in schema) return schema.const;
    if (schema.enum !== undefined && schema.enum.length > 0) return random.pick(schema.enum);
    if (schema.allOf !== undefined && schema.allOf.length > 0) return this.valid(this.mergeAll(schema), context);
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches !== undefined && branches.length > 0) {
      const rest: Schema = { ...schema };
      delete rest.anyOf;
      delete rest.oneOf;
      return this.valid({ ...rest, ...resolveDeep(this.resolve, random.pick(branches)) }, context);
    }
    if (schema.nullable === true && random.chance(0.1)) return null;
    let type = schema.type;
    if (Array.isArray(type)) type = random.pick(type);
    if (type === undefined) {
      if (schema.properties !== undefined) type = 'object';
      else if (schema.items !== undefined) type = 'array';
      else return random.pick<unknown>(['x', 1, true, null, {}, []]);
    }
    switch (type) {
      case 'string':
        return this.string(schema, context);
      case 'integer':
        return this.number(schema, true);
      case 'number':
        return this.number(schema, false);
      case 'boolean':
        return random.chance(0.5);
      case 'null':
        return null;
      case 'array':
        return this.array(schema, context);
      case 'object':
        return this.object(schema, context);
      default:
        return null;
    }
  }

  private mergeAll(schema: Schema): Schema {
    const { allOf, ...rest } = schema;
    const merged: Schema = { ...rest };
    for (const part of allOf ?? []) {
      const resolved = resolveDeep(this.resolve, part);
      Object.assign(merged, resolved, {
        properties: { ...(merged.properties ?? {}), ...(resolved.properties ?? {}) },
        required: [...(merged.required ?? []), ...(resolved.required ?? [])],
      });
    }
    return merged;
  }

  private array(schema: Schema, context: ValueContext): unknown[] {
    const random = this.random;
    const min = schema.minItems ?? 0;
    const max = schema.maxItems ?? min + 4;
    const length = random.int(min, Math.min(max, min + 3));
    const itemSchema = Array.isArray(schema.items) ? undefined : schema.items;
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (let attempt = 0; items.length < length && attempt < length * 4 + 4; attempt++) {
      const item = Array.isArray(schema.items)
        ? this.valid(schema.items[items.length] ?? {}, { name: context.name, depth: context.depth + 1 })
        : this.valid(itemSchema ?? {}, { name: context.name, depth: context.depth + 1 });
      const key = JSON.stringify(item);
      if (schema.uniqueItems === true && seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
    return items;
  }

  private object(schema: Schema, context: ValueContext): Record<string, unknown> {
    const random = this.random;
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const object: Record<string, unknown> = {};
    const optional = Object.keys(properties).filter((name) => !required.has(name));
    const chosen = [...required, ...optional.filter(() => random.chance(0.5))];
    for (const name of random.shuffle(optional)) {
      if (Object.keys(properties).length === 0) break;
      if (chosen.length >= (schema.minProperties ?? 0)) break;
      if (!chosen.includes(name)) chosen.push(name);
    }
    for (const name of chosen) {
      object[name] = this.valid(properties[name] ?? {}, { name, depth: context.depth + 1 });
    }
    this.cohere(object, properties);
    if (typeof schema.additionalProperties === 'object' && random.chance(0.5)) {
      for (let n = random.int(1, 2); n > 0; n--) {
        object[`key${random.hex(4)}`] = this.valid(schema.additionalProperties, {
          name: 'value',
          depth: context.depth + 1,
        });
      }
    }
    return object;
  }

  /**
   * Makes the ids of one body fit together now and then: a real item for one id
   * field (a focus area for `focusAreaId`) and, for the other fields of the body
   * that item also has (its `agreementId`), the item's own values.
   */
  private cohere(object: Record<string, unknown>, properties: Record<string, Schema>) {
    const random = this.random;
    const idFields = Object.keys(object).filter((name) => /Id$/.test(name) && typeof object[name] === 'string');
    if (idFields.length < 2 || !random.chance(0.6)) return;
    const field = random.pick(idFields);
    const items = this.pool.itemsForField(field);
    if (items.length === 0) return;
    const item = random.pick(items);
    object[field] = item.id;
    for (const [name, value] of Object.entries(item)) {
      if (name !== 'id' && name !== field && name in object && name in properties) object[name] = value;
    }
  }

  /** A value of another JSON type than the schema wants. */
  wrongType(raw: unknown): unknown {
    const random = this.random;
    const schema = resolveDeep(this.resolve, raw);
    const types = new Set<string>();
    const collect = (node: Schema) => {
      const resolved = resolveDeep(this.resolve, node);
      for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) collect(branch);
      if (typeof resolved.type === 'string') types.add(resolved.type);
      if (Array.isArray(resolved.type)) for (const type of resolved.type) types.add(type);
      if (resolved.properties) types.add('object');
    };
    collect(schema);
    const candidates: [string, () => unknown][] = [
      ['string', () => random.pick(['42', 'true', 'null', '', hostileString(random)])],
      ['number', () => random.pick(HOSTILE_NUMBERS)],
      ['integer', () => random.pick([1, -1, 0, 2 ** 40])],
      ['boolean', () => random.chance(0.5)],
      ['null', () => null],
      ['array', () => random.pick<unknown[]>([[], [1, 2], ['a'], [null], [{}]])],
      ['object', () => random.pick<Record<string, unknown>>([{}, { a: 1 }, { id: random.uuid() }])],
    ];
    const other = candidates.filter(([type]) => !types.has(type) && !(type === 'integer' && types.has('number')));
    return random.pick(other.length > 0 ? other : candidates)[1]();
  }
}

// ---------------------------------------------------------------------------
// Mutations of a valid body
// ---------------------------------------------------------------------------

type PathKey = string | number;

interface Site {
  path: PathKey[];
  schema: Schema | undefined;
  value: unknown;
}

/** Every node of a value, with the schema it should meet where known. */
function sites(resolve: Resolve, value: unknown, schema: Schema | undefined, path: PathKey[] = [], out: Site[] = []) {
  const resolved = schema === undefined ? undefined : resolve<Schema>(schema);
  out.push({ path, schema: resolved, value });
  if (path.length > 8) return out;
  if (Array.isArray(value)) {
    const items = resolved?.items;
    value.forEach((item, index) =>
      sites(resolve, item, Array.isArray(items) ? items[index] : (items ?? undefined), [...path, index], out),
    );
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      sites(resolve, child, resolved?.properties?.[key], [...path, key], out);
    }
  }
  return out;
}

function setAt(root: unknown, path: PathKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<PathKey, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathKey, unknown>;
  const last = path[path.length - 1]!;
  if (last === '__proto__')
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  else node[last] = value;
  return root;
}

function deleteAt(root: unknown, path: PathKey[]) {
  let node = root as Record<PathKey, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathKey, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
}

/** Nested arrays (or objects) of the given depth, as a JS value. */
export function nested(depth: number, objects: boolean): unknown {
  let value: unknown = objects ? { leaf: 1 } : [1];
  for (let d = 1; d < depth; d++) value = objects ? { a: value } : [value];
  return value;
}

/** Nested arrays or objects of the given depth, as raw JSON text (no recursion needed to write it). */
export function nestedText(depth: number, objects: boolean): string {
  return objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** A JSON object with an own `__proto__` key (an object literal cannot make one). */
function protoObject(random: Random): Record<string, unknown> {
  return JSON.parse(
    random.pick([
      '{"__proto__":{"isAdmin":true,"role":"admin"}}',
      '{"__proto__":null}',
      '{"__proto__":{"polluted":"yes"}}',
      '{"__proto__":[]}',
    ]),
  ) as Record<string, unknown>;
}

export type Mutation =
  | 'drop-required'
  | 'wrong-type'
  | 'extra-field'
  | 'proto-key'
  | 'constructor-key'
  | 'nul-byte'
  | 'long-string'
  | 'deep-nesting'
  | 'huge-number'
  | 'negative-number'
  | 'unicode'
  | 'sql'
  | 'blank'
  | 'off-by-one'
  | 'duplicate-item'
  | 'null-field'
  | 'hostile-string';

export const MUTATIONS: Record<Mutation, number> = {
  'drop-required': 3,
  'wrong-type': 4,
  'extra-field': 2,
  'proto-key': 2,
  'constructor-key': 1,
  'nul-byte': 3,
  'long-string': 3,
  'deep-nesting': 1,
  'huge-number': 2,
  'negative-number': 2,
  unicode: 3,
  sql: 3,
  blank: 1,
  'off-by-one': 3,
  'duplicate-item': 1,
  'null-field': 2,
  'hostile-string': 3,
};

/** Breaks a valid value in one way; returns the new value and the name of what was done. */
export function mutate(
  random: Random,
  resolve: Resolve,
  maker: ValueMaker,
  value: unknown,
  schema: Schema | undefined,
): { value: unknown; mutation: string } {
  const all = sites(resolve, value, schema);
  const objects = all.filter(
    (site) => site.value !== null && typeof site.value === 'object' && !Array.isArray(site.value),
  );
  const leaves = all.filter((site) => site.path.length > 0);
  const strings = all.filter((site) => typeof site.value === 'string' || site.schema?.type === 'string');
  const numbers = all.filter((site) => typeof site.value === 'number');
  const arrays = all.filter((site) => Array.isArray(site.value));
  const mutation = random.weighted(MUTATIONS);
  const anyLeaf = () => (leaves.length > 0 ? random.pick(leaves) : all[0]!);
  const aString = () => (strings.length > 0 ? random.pick(strings) : anyLeaf());
  const anObject = () => (objects.length > 0 ? random.pick(objects) : undefined);

  switch (mutation) {
    case 'drop-required': {
      const withRequired = objects.filter((site) =>
        (site.schema?.required ?? []).some((name) => name in (site.value as object)),
      );
      const site = withRequired.length > 0 ? random.pick(withRequired) : anObject();
      if (!site) break;
      const keys = (site.schema?.required ?? Object.keys(site.value as object)).filter(
        (name) => name in (site.value as object),
      );
      if (keys.length === 0) break;
      deleteAt(value, [...site.path, random.pick(keys)]);
      return { value, mutation };
    }
    case 'wrong-type': {
      const site = anyLeaf();
      return { value: setAt(value, site.path, maker.wrongType(site.schema ?? {})), mutation };
    }
    case 'extra-field': {
      const site = anObject();
      if (!site) break;
      const name = random.pick(['extra', 'id', 'version', 'createdAt', 'role', 'isAdmin', `x${random.hex(4)}`]);
      return { value: setAt(value, [...site.path, name], random.pick<unknown>([1, 'x', true, null, {}])), mutation };
    }
    case 'proto-key': {
      const site = anObject();
      if (!site) return { value: protoObject(random), mutation };
      const { __proto__: polluted } = protoObject(random) as { __proto__: unknown };
      return { value: setAt(value, [...site.path, '__proto__'], polluted), mutation };
    }
    case 'constructor-key': {
      const site = anObject();
      const payload = random.pick<unknown>([{ prototype: { isAdmin: true } }, { name: 'x' }, 'x']);
      if (!site) return { value: { constructor: payload }, mutation };
      const key = random.pick(['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);
      return { value: setAt(value, [...site.path, key], payload), mutation };
    }
    case 'nul-byte': {
      const site = aString();
      const base = typeof site.value === 'string' && site.value.length > 0 ? site.value : 'nul';
      const at = random.int(0, base.length);
      return { value: setAt(value, site.path, `${base.slice(0, at)}\u0000${base.slice(at)}`), mutation };
    }
    case 'long-string': {
      const site = aString();
      return {
        value: setAt(value, site.path, longString(random.chance(0.8) ? LONG : random.int(2_000, 30_000))),
        mutation,
      };
    }
    case 'deep-nesting': {
      const site = anyLeaf();
      return { value: setAt(value, site.path, nested(random.pick([50, 500, 2000]), random.chance(0.5))), mutation };
    }
    case 'huge-number': {
      const site = numbers.length > 0 ? random.pick(numbers) : anyLeaf();
      return { value: setAt(value, site.path, random.pick(HOSTILE_NUMBERS)), mutation };
    }
    case 'negative-number': {
      const site = numbers.length > 0 ? random.pick(numbers) : anyLeaf();
      return { value: setAt(value, site.path, random.pick([-1, -0.5, -1e9, -(2 ** 53)])), mutation };
    }
    case 'unicode': {
      const site = aString();
      return { value: setAt(value, site.path, random.pick(UNICODE_STRINGS)), mutation };
    }
    case 'sql': {
      const site = aString();
      return { value: setAt(value, site.path, random.pick(SQL_STRINGS)), mutation };
    }
    case 'blank': {
      const site = aString();
      return { value: setAt(value, site.path, random.pick(['', ' ', '\t', '\n', '\u00a0', '\u200b'])), mutation };
    }
    case 'off-by-one': {
      const bounded = all.filter(
        (site) =>
          site.path.length > 0 &&
          site.schema !== undefined &&
          (site.schema.maxLength !== undefined ||
            site.schema.minLength !== undefined ||
            site.schema.maximum !== undefined ||
            site.schema.minimum !== undefined ||
            site.schema.maxItems !== undefined),
      );
      if (bounded.length === 0) break;
      const site = random.pick(bounded);
      const s = site.schema!;
      const options: unknown[] = [];
      if (s.maxLength !== undefined) options.push(longString(s.maxLength + 1));
      if (s.minLength !== undefined && s.minLength > 0) options.push(longString(s.minLength - 1));
      if (s.maximum !== undefined) options.push(s.maximum + (s.type === 'integer' ? 1 : 0.000001));
      if (s.minimum !== undefined) options.push(s.minimum - (s.type === 'integer' ? 1 : 0.000001));
      if (s.maxItems !== undefined) {
        const item = Array.isArray(site.value) && site.value.length > 0 ? site.value[0] : 'x';
        options.push(Array.from({ length: s.maxItems + 1 }, (_, i) => (typeof item === 'string' ? `${i}` : item)));
      }
      if (options.length === 0) break;
      return { value: setAt(value, site.path, random.pick(options)), mutation };
    }
    case 'duplicate-item': {
      const site = arrays.find((candidate) => (candidate.value as unknown[]).length > 0);
      if (!site) break;
      const list = site.value as unknown[];
      list.push(list[0]);
      return { value, mutation };
    }
    case 'null-field': {
      const site = anyLeaf();
      return { value: setAt(value, site.path, null), mutation };
    }
    case 'hostile-string': {
      const site = anyLeaf();
      return { value: setAt(value, site.path, hostileString(random)), mutation };
    }
  }
  // Nothing fit this body: send another kind of top-level value.
  return { value: maker.wrongType(schema ?? {}), mutation: 'wrong-type' };
}

// ---------------------------------------------------------------------------
// Raw bodies
// ---------------------------------------------------------------------------

export interface RawBody {
  payload: string | Buffer | undefined;
  contentType: string | undefined;
  kind: string;
}

export const ODD_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'multipart/form-data',
  'application/xml',
  'text/html',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;;;',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/problem+json',
  'application/vnd.api+json',
  'application/jsonx',
  'json',
  'application/',
  '*/*',
  'image/png',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  ';',
  'a'.repeat(1000),
  'application/json; boundary=x; charset="\u00e5"',
];

/** A raw body of many kinds: malformed JSON, nesting beyond reason, odd encodings, wrong content types. */
export function rawJsonBody(random: Random, validText: string, bodyLimit: number): RawBody {
  const json = random.pick(['application/json', 'application/json; charset=utf-8', 'application/json ; charset=UTF-8']);
  const truncated = () => validText.slice(0, random.int(0, Math.max(0, validText.length - 1)));
  const kind = random.weighted({
    truncated: 3,
    garbled: 2,
    syntax: 4,
    empty: 2,
    'deep-10000': 2,
    'deep-objects-10000': 1,
    'deep-100000': 1,
    'raw-number': 2,
    'duplicate-keys': 2,
    'proto-raw': 2,
    'constructor-raw': 1,
    bom: 1,
    'invalid-utf8': 2,
    utf16: 1,
    'control-chars': 1,
    'wrong-content-type': 5,
    'no-content-type': 2,
    'too-large': 1,
    scalar: 2,
    'random-bytes': 2,
  });
  switch (kind) {
    case 'truncated':
      return { payload: truncated(), contentType: json, kind };
    case 'garbled': {
      const chars = [...validText];
      if (chars.length > 0)
        chars[random.int(0, chars.length - 1)] = random.pick(['"', '{', ']', ',', ':', '\\', '\u0000']);
      return { payload: chars.join(''), contentType: json, kind };
    }
    case 'syntax':
      return {
        payload: random.pick([
          '{',
          '}',
          '{"a":1,}',
          "{'title':'x'}",
          '{title:"x"}',
          '{"a":NaN}',
          '{"a":Infinity}',
          '{"a":undefined}',
          '{"a":1}{"b":2}',
          '{"a":1} trailing',
          '/* comment */ {}',
          '{"a":01}',
          '{"a":.5}',
          '{"a":"\\x41"}',
          '{"a":"\\u00"}',
          '{"a":"\\ud800"}',
          'nul',
          'tru',
          '[1,2',
          '"unterminated',
          '{"a":[}',
          '\u0000',
          '{"\u0000":1}',
          '{"a":"b"\u0000}',
        ]),
        contentType: json,
        kind,
      };
    case 'empty':
      return { payload: random.pick(['', ' ', '\n', '\r\n\t ']), contentType: json, kind };
    case 'deep-10000':
      return { payload: nestedText(10_000, false), contentType: json, kind };
    case 'deep-objects-10000':
      return { payload: nestedText(10_000, true), contentType: json, kind };
    case 'deep-100000':
      return { payload: nestedText(100_000, random.chance(0.5)), contentType: json, kind };
    case 'raw-number': {
      const number = random.pick(RAW_NUMBERS);
      // Put it in place of the first number or string value, or send it alone.
      const replaced = validText.replace(/:(-?\d[\d.eE+-]*|"[^"]*")/, `:${number}`);
      return { payload: replaced === validText ? number : replaced, contentType: json, kind };
    }
    case 'duplicate-keys': {
      const inner = validText.trim();
      const dup =
        inner.startsWith('{') && inner.length > 2
          ? `{"title":"x","title":${JSON.stringify(random.pick(SQL_STRINGS))},${inner.slice(1)}`
          : '{"a":1,"a":2}';
      return { payload: dup, contentType: json, kind };
    }
    case 'proto-raw': {
      const inner = validText.trim();
      const injection = '"__proto__":{"isAdmin":true}';
      return {
        payload: inner.startsWith('{') && inner.length > 2 ? `{${injection},${inner.slice(1)}` : `{${injection}}`,
        contentType: json,
        kind,
      };
    }
    case 'constructor-raw': {
      const inner = validText.trim();
      const injection = '"constructor":{"prototype":{"isAdmin":true}}';
      return {
        payload: inner.startsWith('{') && inner.length > 2 ? `{${injection},${inner.slice(1)}` : `{${injection}}`,
        contentType: json,
        kind,
      };
    }
    case 'bom':
      return { payload: `\ufeff${validText}`, contentType: json, kind };
    case 'invalid-utf8': {
      const bytes = Buffer.from(validText, 'utf8');
      const at = random.int(0, bytes.length);
      const bad = Buffer.from(
        random.pick([[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]]),
      );
      return { payload: Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]), contentType: json, kind };
    }
    case 'utf16':
      return { payload: Buffer.from(validText, 'utf16le'), contentType: json, kind };
    case 'control-chars':
      return { payload: validText.replace(/"([^"]*)"/, '"$1\u0001\u001f\n"'), contentType: json, kind };
    case 'wrong-content-type':
      return { payload: validText, contentType: random.pick(ODD_CONTENT_TYPES), kind };
    case 'no-content-type':
      return { payload: validText, contentType: undefined, kind };
    case 'too-large':
      return { payload: `{"title":"${'x'.repeat(bodyLimit + 16)}"}`, contentType: json, kind };
    case 'scalar':
      return {
        payload: random.pick(['null', 'true', '0', '"x"', '[]', '{}', '[{}]', '-1', '1e309']),
        contentType: json,
        kind,
      };
    case 'random-bytes':
      return { payload: random.bytes(random.int(1, 2048)), contentType: json, kind };
  }
}

/** A body for a media type that is not JSON (a spreadsheet or CSV import): random bytes and near misses. */
export function rawUploadBody(random: Random, mediaType: string, samples: Buffer[]): RawBody {
  const kind = random.weighted({
    bytes: 2,
    'zip-header': 1,
    'sample-truncated': 2,
    sample: 6,
    csv: 2,
    empty: 1,
    json: 1,
  });
  switch (kind) {
    case 'bytes':
      return { payload: random.bytes(random.int(1, 8192)), contentType: mediaType, kind };
    case 'zip-header':
      return {
        payload: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random.bytes(random.int(0, 4096))]),
        contentType: mediaType,
        kind,
      };
    case 'sample-truncated': {
      const sample = samples.length > 0 ? random.pick(samples) : random.bytes(256);
      return { payload: sample.subarray(0, random.int(0, sample.length)), contentType: mediaType, kind };
    }
    case 'sample': {
      const sample = samples.length > 0 ? random.pick(samples) : random.bytes(256);
      return { payload: sample, contentType: mediaType, kind };
    }
    case 'csv':
      return { payload: randomCsv(random), contentType: mediaType, kind };
    case 'empty':
      return { payload: '', contentType: mediaType, kind };
    case 'json':
      return { payload: '{"rows":[]}', contentType: mediaType, kind };
  }
}

/** CSV text with odd headers and cells: formulas, quotes, NULs, very long cells, a BOM, mixed line ends. */
export function randomCsv(random: Random, headers: readonly string[] = []): string {
  const separator = random.pick([',', ';', '\t']);
  const cell = () =>
    random.weighted({ text: 4, number: 2, hostile: 3, quoted: 1, formula: 1, empty: 1 }) === 'hostile'
      ? hostileString(random).slice(0, random.chance(0.9) ? 200 : LONG)
      : random.pick([
          random.stringOf(TEXT, random.int(0, 12)),
          String(random.int(-5, 100_000)),
          `"${random.pick(SQL_STRINGS).replace(/"/g, '""')}"`,
          random.pick(['=1+1', '=HYPERLINK("http://x")', '+cmd|"/C calc"!A0', '@SUM(A1)']),
          '',
          `"unterminated`,
        ]);
  const columns = headers.length > 0 && random.chance(0.7) ? [...headers] : [];
  for (let n = random.int(0, 6); n > 0; n--) columns.push(random.stringOf(TEXT, random.int(0, 10)));
  const rows = [columns.join(separator)];
  for (let r = random.int(0, 30); r > 0; r--) {
    rows.push(Array.from({ length: random.int(0, columns.length + 2) }, cell).join(separator));
  }
  const eol = random.pick(['\n', '\r\n', '\r']);
  return `${random.chance(0.2) ? '\ufeff' : ''}${rows.join(eol)}`;
}

// ---------------------------------------------------------------------------
// Path parameters, query strings, headers
// ---------------------------------------------------------------------------

/** Path parameter values an attacker tries; `%`-escapes are sent as they are, the rest encoded (or raw now and then). */
export const GARBAGE_PATH_VALUES: readonly string[] = [
  '../',
  '..',
  '.',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%00',
  '%2500',
  '%zz',
  '%',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
  '%u0000',
  "' OR 1=1--",
  '1;DROP TABLE goals',
  '1',
  '0',
  '-1',
  '123456789012345678901234567890',
  '1e309',
  '0x1F',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '$1',
  '*',
  '~',
  ';',
  ',',
  'id=1',
  '😀',
  'Ö',
  '<script>',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '2026-13',
  '2026-00',
  '0000-01',
  '9999-12',
  '2026-1',
  '202605',
  '2026-05-01',
  '-2026-05',
  '0580',
  '00580',
  '058',
  'a'.repeat(101),
  'a'.repeat(5000),
];

export function garbagePathValue(random: Random, real: string | undefined): { text: string; encode: boolean } {
  const roll = random.next();
  if (roll < 0.7) {
    const text = random.pick(GARBAGE_PATH_VALUES);
    return { text, encode: !text.includes('%') && random.chance(0.85) };
  }
  if (roll < 0.85 && real !== undefined) {
    // A near miss of a real value.
    const text = random.pick([
      real.toUpperCase(),
      `${real}x`,
      real.slice(1),
      `{${real}}`,
      real.replace(/-/g, ''),
      ` ${real}`,
      `${real}\u0000`,
      `${real}/../${real}`,
      `${real}'--`,
    ]);
    return { text, encode: random.chance(0.7) };
  }
  return { text: hostileString(random).slice(0, random.pick([20, 200, 20_000])), encode: true };
}

export const IF_MATCH_JUNK: readonly string[] = [
  '*',
  '"0"',
  '"1"',
  '"2"',
  'W/"1"',
  '"999999999"',
  '"9999999999999999999"',
  '"-1"',
  '"1.5"',
  '"abc"',
  '1',
  '"1", "2"',
  '""',
  '"',
  ' ',
  "' OR 1=1--",
  '"\u00e5"',
  `"${'9'.repeat(1000)}"`,
  'a'.repeat(8000),
];

export const ACCEPT_VALUES: readonly string[] = [
  'application/json',
  '*/*',
  'application/xml',
  'text/html',
  'text/csv',
  'application/problem+json',
  'image/*;q=0.1',
  'application/json;q=0',
  ';;;',
  'a'.repeat(2000),
];

/** Headers that have nothing to do with the route but arrive all the same. */
export function extraHeaders(random: Random): Record<string, string> {
  const options: [string, () => string][] = [
    ['origin', () => random.pick(['https://evil.example', 'null', 'http://127.0.0.1:3000', '%00'])],
    ['sec-fetch-site', () => random.pick(['cross-site', 'same-origin', 'none', 'same-site', 'garbage'])],
    ['x-forwarded-for', () => random.pick(['1.2.3.4', 'garbage', '::1, 10.0.0.1', "' OR 1=1--", '999.999.999.999'])],
    ['x-forwarded-proto', () => random.pick(['https', 'gopher', ''])],
    ['x-http-method-override', () => random.pick(['DELETE', 'PATCH', 'GET'])],
    ['accept-language', () => random.pick(['sv-SE', 'en', '*', 'xx-' + 'a'.repeat(500)])],
    ['accept-encoding', () => random.pick(['gzip', 'br', 'identity;q=0', '*'])],
    ['content-encoding', () => random.pick(['gzip', 'deflate', 'br', 'identity', 'garbage'])],
    ['range', () => random.pick(['bytes=0-10', 'bytes=-1', 'garbage'])],
    ['cache-control', () => random.pick(['no-cache', 'max-age=-1', 'only-if-cached'])],
    ['referer', () => random.pick(['https://evil.example/', 'javascript:alert(1)'])],
    ['user-agent', () => random.pick(["' OR 1=1--", 'a'.repeat(4000), 'curl/8'])],
    ['x-request-id', () => random.pick(['1', "' OR 1=1--", 'a'.repeat(500)])],
  ];
  const headers: Record<string, string> = {};
  for (let n = random.int(1, 3); n > 0; n--) {
    const [name, value] = random.pick(options);
    headers[name] = value();
  }
  return headers;
}
