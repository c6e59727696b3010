import { HOSTILE_NUMBERS, hostileString } from './hostile.js';
import type { Resolve, Schema } from './openapi.js';
import type { ValuePool } from './pool.js';
import type { Random } from './random.js';

// Schema-driven generation: values valid by a JSON schema of the document (types,
// enums, formats, lengths, ranges, simple patterns), naming real items where the
// pool knows some, and values of another type than a schema wants.

/** The characters of plain text. */
export const TEXT = [
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
