import { hostileString, LONG, nestedText, ODD_CONTENT_TYPES, RAW_NUMBERS, SQL_STRINGS } from './hostile.js';
import type { Random } from './random.js';
import { TEXT } from './schema-values.js';

// Raw bodies: the bytes of a request body as an attacker writes them, not as
// JSON.stringify would. Malformed and truncated JSON, nesting beyond reason, raw
// numbers past the float range, __proto__ keys, byte-order marks, invalid UTF-8,
// the wrong content type; and for the upload operations, random bytes, truncated
// files and CSV full of formulas and quotes.

export interface RawBody {
  payload: string | Buffer | undefined;
  contentType: string | undefined;
  kind: string;
}

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
