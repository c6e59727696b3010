import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityColumns, followUpColumns, indicatorColumns, STATUS_LABELS } from '../../server/exchange/layout.js';
import { projectRoot } from '../../server/paths.js';

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
    const prefixes = [...code.matchAll(/t\(`([\w.]+)\$\{/g)].map((m) => m[1]!);
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
