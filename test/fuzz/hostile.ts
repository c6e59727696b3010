import type { Random } from './random.js';

// The corpus of hostile values: what an attacker (or a careless client) sends in
// place of a string, a number, a body, a path parameter, a header or a spreadsheet
// cell. The other generators draw on it; the checks know these strings may come
// back in an answer (echoed, or stored and read) without being a leak.

// ---------------------------------------------------------------------------
// Strings and numbers
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

// ---------------------------------------------------------------------------
// Path parameters, query strings, headers, content types
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

/** Content types a JSON operation does not take (and some it might, spelled oddly). */
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

// ---------------------------------------------------------------------------
// Spreadsheet cells and credentials
// ---------------------------------------------------------------------------

/** A cell value an import should refuse or keep as plain text. */
export function hostileCell(random: Random): unknown {
  return random.pick<unknown>([
    hostileString(random).slice(0, random.chance(0.8) ? 300 : 100_000),
    `nul\u0000byte`,
    random.pick(SQL_STRINGS),
    '=HYPERLINK("http://evil.example","x")',
    '+cmd|"/C calc"!A0',
    random.int(-5, 1000),
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '2026-13',
    '2026-05',
    new Date('2026-05-01T00:00:00Z'),
    random.uuid(),
    true,
    null,
    '',
  ]);
}

/**
 * Credentials that are garbage, or a real one spoiled. `session` (a cookie pair,
 * `lk_session=…`) and `token` (a bearer secret) are the real ones, passed in when
 * the request is sent: the server makes them anew each run.
 */
export function garbageCredentials(random: Random): (session: string, token: string) => Record<string, string> {
  const hex64 = random.hex(64);
  const hex43 = random.hex(43);
  const hex40 = random.hex(40);
  return random.pick<(session: string, token: string) => Record<string, string>>([
    () => ({ cookie: `lk_session=${hex64}` }),
    () => ({ cookie: 'lk_session=' }),
    () => ({ cookie: `lk_session=${'a'.repeat(5000)}` }),
    () => ({ cookie: 'lk_session=%00' }),
    () => ({ cookie: 'lk_session=%zz' }),
    () => ({ cookie: 'lk_session="quoted"' }),
    () => ({ cookie: "lk_session=' OR 1=1--" }),
    () => ({ cookie: 'lk_session=../../etc/passwd' }),
    (session) => ({ cookie: `${session}; lk_session=garbage` }),
    (session) => ({ cookie: `lk_session=garbage; ${session}` }),
    () => ({ cookie: ';;;==;;' }),
    () => ({ cookie: '=' }),
    (session) => ({ cookie: `other=1; ${session.replace('lk_session=', 'LK_SESSION=')}` }),
    () => ({ cookie: `lk_session=${'\u00e5\u00e4\u00f6'.repeat(10)}` }),
    () => ({ authorization: 'Bearer garbage' }),
    () => ({ authorization: 'Bearer ' }),
    () => ({ authorization: 'Bearer' }),
    () => ({ authorization: `Bearer ${'a'.repeat(300)}` }),
    () => ({ authorization: `Bearer ${hex43}` }),
    () => ({ authorization: `Bearer lk_${hex40}` }),
    (_, token) => ({ authorization: `Bearer ${token}x` }),
    (_, token) => ({ authorization: `Bearer ${token.slice(0, -1)}` }),
    (_, token) => ({ authorization: `Bearer  ${token}` }),
    (_, token) => ({ authorization: `Bearer ${token} ${token}` }),
    () => ({ authorization: "Bearer ' OR 1=1--" }),
    () => ({ authorization: 'Basic dXNlcjpwYXNzd29yZA==' }),
    () => ({ authorization: 'Negotiate YIIB' }),
    () => ({ authorization: 'Token abc' }),
    () => ({ authorization: '' }),
    () => ({ authorization: `Bearer ${'\u00e5'.repeat(20)}` }),
    (session) => ({ authorization: 'Bearer garbage', cookie: session }),
    (session) => ({ authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}`, cookie: session }),
  ]);
}
