import { sql, type SelectQueryBuilder } from 'kysely';
import { invalidField } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';

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
  throw invalidField('query', '/cursor', broken('cursor'), 'The cursor is not one this server gave out.');
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** Orders by (column, id), starts after the cursor and fetches one row more than the page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function pageQuery<QB extends SelectQueryBuilder<any, any, any>>(
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

/** The keys of a row whose values are text: what a list may be sorted by. */
type TextKey<Row> = { [K in keyof Row]: Row[K] extends string ? K : never }[keyof Row] & string;

/**
 * One page of a list: sorted by (sortBy, id), after the cursor, with the
 * cursor of the next page; `table` qualifies both columns where the query
 * joins; `toItems` maps the page's rows (at once, so it may fetch what they
 * need in one query).
 */
export async function listPage<Row extends { id: string }, Item>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<any, any, Row>,
  page: { limit: number; cursor?: string | undefined },
  order: {
    sortBy: TextKey<Row>;
    table?: string;
    toItems: (rows: Row[]) => Item[] | Promise<Item[]>;
  },
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const qualified = (column: string) => (order.table ? `${order.table}.${column}` : column);
  const options = {
    column: qualified(order.sortBy),
    idColumn: qualified('id'),
    limit: page.limit,
    cursor: page.cursor,
  };
  const rows = await pageQuery(query, options).execute();
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: await order.toItems(pageRows),
    nextCursor: more && last ? encodeCursor({ key: last[order.sortBy] as string, id: last.id }) : null,
  };
}
