import { sql, type SelectQueryBuilder } from 'kysely';
import { problems } from '../http/problems.js';

// Keyset pagination: a page ends with a cursor naming the last row's sort key
// and id, so the next page starts right after it whatever was added meanwhile.

export type Cursor = { key: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw problems.validation('The cursor is not one this server gave out.', [
    { in: 'query', path: '/cursor', message: 'is not a valid cursor' },
  ]);
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** Orders by (column, id), starts after the cursor and fetches one row more than the page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pageQuery<QB extends SelectQueryBuilder<any, any, any>>(
  query: QB,
  options: { column: string; idColumn?: string; limit: number; cursor: string | undefined },
): QB {
  const idColumn = options.idColumn ?? 'id';
  const after = decodeCursor(options.cursor);
  let page = query
    // Sorted and compared as text, so both sides of the cursor agree for any column type.
    .orderBy(sql`${sql.ref(options.column)}::text`)
    .orderBy(sql.ref(idColumn))
    .limit(options.limit + 1) as QB;
  if (after) {
    page = page.where(
      sql<boolean>`(${sql.ref(options.column)}::text, ${sql.ref(idColumn)}) > (${after.key}, ${after.id}::uuid)`,
    ) as QB;
  }
  return page;
}

/** Cuts the extra row and names the cursor of the next page. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => Cursor,
  map: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return { items: pageRows.map(map), nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
