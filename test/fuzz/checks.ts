import { sql } from 'kysely';
import type { Db } from '../../server/db/database.js';
import { projectRoot } from '../../server/paths.js';
import { listTables } from '../helpers/snapshot.js';
import { ECHOABLE_STRINGS, LONG } from './hostile.js';

// What every fuzzed answer must hold, and what the database must not hold afterwards.

/**
 * What leaks look like in a body: stack frames, source paths, Node's error
 * prefixes, SQL, internal paths. Every quantifier is bounded: a body of 100 000
 * word characters must not make a pattern backtrack for minutes.
 */
export const LEAKS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'stack frame', pattern: /(?:^|\\n|\n)[ \t]*at [^\n\\]{1,300}?:\d+:\d+/ },
  { name: 'stack frame', pattern: /\bat (?:async )?[\w$.<>[\]]{1,200} \([^)\n]{0,300}:\d+:\d+\)/ },
  { name: 'source path', pattern: /[\w@-]\.(?:[mc]?[jt]s|tsx):\d/ },
  { name: 'source path', pattern: /\/[\w@.-]{1,100}\.(?:[mc]?[jt]s|tsx)\b/ },
  { name: 'Node error', pattern: /\b(?:[A-Z]\w*)?Error: / },
  {
    name: 'Node error',
    pattern:
      /Maximum call stack|Cannot read propert|is not a function|is not defined\b|Unexpected token .{0,40} in JSON/,
  },
  { name: 'SQL', pattern: /SELECT / },
  { name: 'SQL', pattern: /INSERT INTO/ },
  { name: 'SQL', pattern: /\bUPDATE "?\w+"? SET\b|\bDELETE FROM\b/ },
  { name: 'SQL', pattern: /syntax error at or near/ },
  { name: 'SQL', pattern: /relation "/ },
  { name: 'SQL', pattern: /violates/ },
  {
    name: 'SQL',
    pattern: /duplicate key value|invalid input syntax for|column "|\bpg_catalog\b|current transaction is aborted/,
  },
  { name: 'internal path', pattern: new RegExp(projectRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) },
  { name: 'internal path', pattern: /node_modules|file:\/\/\/|\/(?:work|home|root|usr\/lib|var\/lib)\/\w/ },
  { name: 'internal code', pattern: /\bFST_ERR_\w+|\bERR_[A-Z_]{4,}\b/ },
  { name: 'stack', pattern: /"stack"\s*:/ },
];

/** The forms a string takes when echoed: as is, JSON-escaped once or twice, %-encoded. */
function echoForms(text: string): string[] {
  const once = JSON.stringify(text).slice(1, -1);
  const twice = JSON.stringify(once).slice(1, -1);
  let encoded = text;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be %-encoded.
  }
  return [...new Set([text, once, twice, encoded])];
}

const STANDING_ECHOES = [...new Set(ECHOABLE_STRINGS.flatMap(echoForms))];

/**
 * The body with every string the fuzz test sends (and might see again) masked,
 * so only what the server wrote is left. Every occurrence of every echo is
 * masked on the body as it came, so one echo overlapping another (a short
 * random text inside a stored SQL string) cannot leave half of it behind.
 */
export function withoutEchoes(body: string, sent: readonly string[]): string {
  const masked = new Uint8Array(body.length);
  const own = sent.filter((item) => item.length >= 3).flatMap(echoForms);
  for (const echo of [...own, ...STANDING_ECHOES]) {
    let maskedUntil = 0;
    for (let at = body.indexOf(echo); at >= 0; at = body.indexOf(echo, at + 1)) {
      masked.fill(1, Math.max(at, maskedUntil), at + echo.length);
      maskedUntil = at + echo.length;
    }
  }
  const kept: string[] = [];
  for (let start = 0; start < body.length;) {
    const end = masked.indexOf(masked[start]! ? 0 : 1, start);
    const stop = end < 0 ? body.length : end;
    kept.push(masked[start] ? '\u2400' : body.slice(start, stop));
    start = stop;
  }
  return kept.join('');
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** Everything wrong with one answer (an empty list: it is fine). */
export function checkAnswer(answer: Answer, sent: readonly string[], method = 'GET'): string[] {
  const wrong: string[] = [];
  if (answer.status >= 500) wrong.push(`status ${answer.status}`);
  const scanned = withoutEchoes(answer.body, sent);
  for (const leak of LEAKS) {
    const match = leak.pattern.exec(scanned);
    if (match) wrong.push(`${leak.name} in the body: ${JSON.stringify(match[0].slice(0, 80))}`);
  }
  if (answer.status >= 400 && answer.status < 500) {
    const type = String(answer.headers['content-type'] ?? '');
    if (!/^application\/problem\+json(;|$)/.test(type))
      wrong.push(`a ${answer.status} with content-type ${JSON.stringify(type)}`);
    // A HEAD answer has the headers of a GET and no body.
    if (method === 'HEAD') return wrong;
    let problem: unknown;
    try {
      problem = JSON.parse(answer.body);
    } catch {
      problem = undefined;
    }
    if (problem === null || typeof problem !== 'object' || Array.isArray(problem)) {
      wrong.push(`a ${answer.status} whose body is no JSON object`);
    } else {
      const p = problem as Record<string, unknown>;
      if (typeof p.type !== 'string' || p.type === '') wrong.push('a problem without type');
      if (typeof p.title !== 'string' || p.title === '') wrong.push('a problem without title');
      if (p.status !== answer.status)
        wrong.push(`a problem whose status ${JSON.stringify(p.status)} is not ${answer.status}`);
      if (typeof p.detail !== 'string' || p.detail === '') wrong.push('a problem without detail');
    }
  }
  return wrong;
}

export interface FailureGroup {
  method: string;
  route: string;
  status: number;
  what: string;
  count: number;
  firstBody: string;
  firstRequest: string;
}

/** Failures grouped by method, route, status and what was wrong, each with the first body and request seen. */
export class Failures {
  private readonly groups = new Map<string, FailureGroup>();

  add(method: string, route: string, status: number, what: string, body: string, request: string) {
    const key = `${method} ${route} ${status} ${what.replace(/:.*/, '')}`;
    const group = this.groups.get(key);
    if (group) group.count++;
    else
      this.groups.set(key, {
        method,
        route,
        status,
        what,
        count: 1,
        firstBody: body.length > 600 ? `${body.slice(0, 600)}… (${body.length} chars)` : body,
        firstRequest: request,
      });
  }

  get size() {
    return this.groups.size;
  }

  list(): FailureGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count);
  }

  report(seed: number): string {
    const lines = [`${this.groups.size} kinds of failure (replay with FUZZ_SEED=${seed}):`];
    for (const group of this.list()) {
      lines.push(
        `\n• ${group.method} ${group.route} → ${group.status}: ${group.what} (${group.count}×)`,
        `  first request: ${group.firstRequest}`,
        `  first body: ${group.firstBody}`,
      );
    }
    return lines.join('\n');
  }
}

export interface StoredFinding {
  table: string;
  column: string;
  what: string;
  /** The start of the value, and the row's short columns, to find who wrote it. */
  sample: string;
  row: Record<string, unknown>;
}

function scanValue(value: unknown, found: (what: string) => void, depth = 0) {
  if (depth > 50) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found(`a NUL byte (${JSON.stringify(value.slice(0, 40))})`);
    if (value.length >= LONG) found(`a ${value.length}-character string`);
  } else if (Array.isArray(value)) {
    for (const item of value) scanValue(item, found, depth + 1);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      scanValue(key, found, depth + 1);
      scanValue(item, found, depth + 1);
    }
  }
}

/** Every text (and JSON) value of every table holding a NUL byte or 100 000 characters or more. */
export async function scanStoredText(db: Db): Promise<{ findings: StoredFinding[]; rows: number; tables: number }> {
  const findings: StoredFinding[] = [];
  let rows = 0;
  const tables = await listTables(db);
  for (const table of tables) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    rows += result.rows.length;
    for (const stored of result.rows) {
      for (const [column, value] of Object.entries(stored)) {
        scanValue(value, (what) => {
          if (findings.length >= 50) return;
          const text = typeof value === 'string' ? value : JSON.stringify(value);
          const row = Object.fromEntries(
            Object.entries(stored).filter(([, v]) => v === null || typeof v !== 'string' || v.length <= 200),
          );
          findings.push({ table, column, what, sample: text.slice(0, 300), row });
        });
      }
    }
  }
  return { findings, rows, tables: tables.length };
}
