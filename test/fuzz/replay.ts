import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../server/db/database.js';
import type { FuzzRequest } from './requests.js';

// What makes a seed replay a run exactly, and the digests that prove it.
//
// A request is made from the seed and the pool. The pool learns only from answers
// that are the same every run: the clock stands still, the ids the database makes
// come from a counter here rather than gen_random_uuid(), sample workbooks carry
// fixed dates, and everything before the random requests (set-up, warm-up, fixed
// cases) is sent one request at a time. While the random requests are sent, some
// in flight together, nothing writes the pool, so their timing cannot change what
// is sent next. Two things are added to a request when it is sent, as this run has
// them: the caller's session cookie or token (random secrets), and, where it sends
// an item's current ETag, the one last seen.

/**
 * Every column whose default is gen_random_uuid() takes the next id of a counter
 * instead (00000000-0000-4000-8000-000000000001, …), in this test's database only:
 * what the set-up and the fixed cases create, one after another, has the same ids
 * every run. Returns how many columns it changed.
 */
export async function deterministicIds(db: Db) {
  const columns = await sql<{ tableName: string; columnName: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and column_default like '%gen_random_uuid()%'
    order by table_name, column_name`.execute(db);
  await sql`create sequence fuzz_ids`.execute(db);
  await sql`
    create function fuzz_next_id() returns uuid language sql as $$
      select ('00000000-0000-4000-8000-' || lpad(to_hex(nextval('fuzz_ids')), 12, '0'))::uuid
    $$`.execute(db);
  for (const { tableName, columnName } of columns.rows) {
    await sql`alter table ${sql.table(tableName)} alter column ${sql.ref(columnName)} set default fuzz_next_id()`.execute(
      db,
    );
  }
  return columns.rows.length;
}

/** One generated request as a digest: who sends it, its method, URL, headers and body, byte for byte. */
export function digestOf(request: FuzzRequest): string {
  const hash = createHash('sha256').update(
    JSON.stringify([
      request.auth.label,
      request.operation.id,
      request.method,
      request.url,
      request.headers,
      request.bodyKind,
      request.currentEtag ?? null,
    ]),
  );
  if (typeof request.payload === 'string') hash.update('text:').update(request.payload);
  else if (request.payload !== undefined) hash.update('bytes:').update(request.payload);
  return hash.digest('hex');
}

/** A short digest of a whole sequence, printed with a run so two runs can be compared by eye. */
export function fingerprint(digests: readonly string[]): string {
  return createHash('sha256').update(digests.join('\n')).digest('hex').slice(0, 16);
}

/** The index of the first request where two sequences differ (a length counts), or -1. */
export function firstDifference(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}
