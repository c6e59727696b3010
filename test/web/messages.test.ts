import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  broken,
  FIELD_CODES,
  type Broken,
  type FieldCode,
  type FieldRuleParams,
} from '../../server/domain/field-rules.js';
import { formOfPattern } from '../../server/http/field-errors.js';
import { PROBLEM_TYPES } from '../../server/http/problems.js';
import { activityColumns, followUpColumns, indicatorColumns, STATUS_LABELS } from '../../server/exchange/layout.js';
import { projectRoot } from '../../server/paths.js';
import { generateOpenApi } from '../../scripts/openapi.js';

// Every text of the client is in web/src/i18n/{sv,en}.json: the same keys, no blanks,
// the same {placeholders}, and no key the code does not use.

const dir = join(projectRoot, 'web', 'src');
const load = async (lang: string) =>
  JSON.parse(await readFile(join(dir, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

async function sources(): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).filter((name) => /\.tsx?$/.test(name));
  return (await Promise.all(files.map((name) => readFile(join(dir, name), 'utf8')))).join('\n');
}

describe('the message files', () => {
  it('have the same keys, none blank, with the same placeholders', async () => {
    const sv = await load('sv');
    const en = await load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, text] of Object.entries(sv)) {
      expect(text.trim(), `sv ${key}`).not.toBe('');
      expect(en[key]!.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(text));
    }
  });

  it('hold only keys the code uses', async () => {
    const code = await sources();
    const sv = await load('sv');
    // Keys built from a value, as t(`status.${status}`), are used by their prefix.
    const prefixes = [...code.matchAll(/`([\w.]+)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(sv).filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('say one word per status, the same as the spreadsheets (server/exchange) write and read', async () => {
    const sv = await load('sv');
    for (const [status, word] of Object.entries(STATUS_LABELS)) expect(sv[`status.${status}`], status).toBe(word);
  });

  it('use one term per idea: Utgångsläge (not Baslinje or Utgångsvärde), offentlig (not publik)', async () => {
    const sv = Object.values(await load('sv')).join('\n');
    expect(sv).not.toMatch(/baslinje|utgångsvärde|publik|efter plan/i);
    const sheets = JSON.stringify([activityColumns, followUpColumns, indicatorColumns, STATUS_LABELS]);
    expect(sheets).not.toMatch(/baslinje|utgångsvärde|utgångsperiod|publik|\bklar\b/i);
  });

  it('keep Swedish as the language of the page by default', async () => {
    const html = await readFile(join(projectRoot, 'web', 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="sv">/);
  });
});

// The server's refusals are worded by the client (web/src/i18n/problems.ts): every problem type,
// every field rule with each of its parameters, every field a request can name, and every value a
// rule's parameter can take that is a word must have a Swedish and an English text.
describe('the words for every refusal the server can give', () => {
  // One example per rule with parameters; broken() type-checks each against its rule.
  const examples: Broken[] = FIELD_CODES.map((code) => {
    const params: Record<string, FieldRuleParams> = {
      type: { type: 'integer' },
      format: { format: 'date' },
      'too-short': { limit: 3 },
      'too-long': { limit: 300 },
      'too-small': { limit: 0 },
      'too-large': { limit: 1e9 },
      'too-few': { limit: 1 },
      'too-many': { limit: 100 },
      'one-of': { allowed: '"a", "b"' },
      'unknown-reference': { item: 'agreement' },
      'target-direction': { direction: 'above' },
      'whole-number': { unit: 'antal' },
      'month-targets-format': { at: 'juli' },
      'month-repeated': { month: 'jul' },
      'month-not-recordable': { first: '2026-01', last: '2026-11' },
      'period-too-long': { years: 10 },
      'period-outside': { first: '2026-01-01', last: '2027-12-31' },
      'verdict-too-early': { periodEnd: '2026-12-31' },
      'cell-error': { value: '#DIV/0!' },
      'unknown-name': { item: 'organisation', name: 'Polisen' },
      'ambiguous-name': { item: 'focusArea', count: 2 },
      'unknown-column': { columns: 'Id, Aktivitet' },
      'no-header': { column: 3 },
      'duplicate-row': { row: 4 },
      'changed-since-export': { exported: 2, stored: 3 },
      'more-errors': { count: 12 },
      'period-closed': { period: '2026-T1' },
      'period-not-ended': { period: '2026-T3' },
      'period-outside-agreement': { first: '2023-01', last: '2026-12' },
    };
    return (broken as (code: FieldCode, params?: FieldRuleParams) => Broken)(code, params[code]);
  });

  it('has a text for every problem type, and for no answer at all', async () => {
    for (const lang of ['sv', 'en']) {
      const messages = await load(lang);
      for (const kind of [...Object.keys(PROBLEM_TYPES), 'network']) {
        expect(messages[`problem.${kind}`], `${lang} problem.${kind}`).toBeTruthy();
      }
    }
  });

  it('has a text for every field rule, naming each parameter the rule gives and nothing else', async () => {
    for (const lang of ['sv', 'en']) {
      const messages = await load(lang);
      for (const rule of examples) {
        const text = messages[`field.${rule.code}`];
        expect(text, `${lang} field.${rule.code}`).toBeTruthy();
        // {field} where the rule is about one field (a rule about the whole file may leave it out).
        const named = placeholders(text!).filter((name) => name !== 'field');
        expect(named, `${lang} field.${rule.code}`).toEqual(Object.keys(rule.params ?? {}).sort());
        // The English message the server makes names the same parameters.
        for (const value of Object.values(rule.params ?? {})) expect(rule.message).toContain(String(value));
      }
    }
  });

  it('has a label for every field a request can name, and words for every form, type, item and direction', async () => {
    const doc = JSON.parse(await generateOpenApi()) as OpenApiDocument;
    const { fields, words } = requestVocabulary(doc);
    const sv = await load('sv');
    const en = await load('en');
    expect(fields.size).toBeGreaterThan(40);
    for (const name of fields) {
      expect(sv[`label.${name}`], `sv label.${name}`).toBeTruthy();
      expect(en[`label.${name}`], `en label.${name}`).toBeTruthy();
    }
    const server = await serverSources();
    // Every item a service or the import names in unknown-reference / unknown-name.
    for (const [, item] of server.matchAll(/item: '(\w+)'/g)) words.add(`item.${item}`);
    for (const [, item] of server.matchAll(/resolver\([^;]*?, '(\w+)'\)/g)) words.add(`item.${item}`);
    for (const word of [...words, 'direction.above', 'direction.below']) {
      expect(sv[`param.${word}`], `sv param.${word}`).toBeTruthy();
      expect(en[`param.${word}`], `en param.${word}`).toBeTruthy();
    }
  });
});

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  format?: string;
  pattern?: string;
  type?: string | string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; schema?: SchemaNode }[];
        requestBody?: { content: Record<string, { schema?: SchemaNode }> };
      }
    >
  >;
  components: { schemas: Record<string, SchemaNode> };
}

/** Every field name, format, pattern form and JSON type the document's requests hold. */
function requestVocabulary(doc: OpenApiDocument) {
  const fields = new Set<string>();
  const words = new Set<string>();
  const seen = new Set<SchemaNode>();
  const walk = (node: SchemaNode | undefined) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (node.$ref) return walk(doc.components.schemas[node.$ref.split('/').pop()!]);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      // A number is a key within a field ("07" of monthTargets), named by its field (fieldLabel skips it).
      if (!/^\d+$/.test(name)) fields.add(name);
      walk(child);
    }
    if (node.format) words.add(`format.${node.format}`);
    if (node.pattern && node.pattern !== '\\S') {
      const form = formOfPattern(node.pattern);
      expect(form, `a form for the pattern ${node.pattern} (http/field-errors.ts Formed)`).toBeDefined();
      words.add(`format.${form}`);
    }
    for (const type of [node.type ?? []].flat()) words.add(`type.${type}`);
    for (const child of [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(child);
  };
  for (const operations of Object.values(doc.paths)) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) {
        fields.add(parameter.name);
        walk(parameter.schema);
      }
      walk(operation.requestBody?.content['application/json']?.schema);
    }
  }
  return { fields, words };
}

async function serverSources(): Promise<string> {
  const root = join(projectRoot, 'server');
  const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.ts'));
  return (await Promise.all(files.map((name) => readFile(join(root, name), 'utf8')))).join('\n');
}
