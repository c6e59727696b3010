import { HOSTILE_NUMBERS, hostileString, LONG, longString, nested, SQL_STRINGS, UNICODE_STRINGS } from './hostile.js';
import type { Resolve, Schema } from './openapi.js';
import type { Random } from './random.js';
import type { ValueMaker } from './schema-values.js';

// Mutation: a valid body broken in one way at a time (a required field dropped, a
// wrong type, a NUL byte, a string past its maximum, a __proto__ key, …), so the
// request gets past the parser and meets the validation and the handler.

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

type Mutation =
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

const MUTATIONS: Record<Mutation, number> = {
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
