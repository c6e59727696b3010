import type { ServiceDeps } from '../domain/changes.js';
import type { SearchQuery, SearchResults } from './schemas.js';
import * as store from './store.js';

// One search over the public items of every municipality (or one): Swedish-aware full-text search.

const EXCERPT = 200;

/** The start of a text, cut at a word. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT) return flat;
  const cut = flat.slice(0, EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT / 2))} …`;
}

/** Published items whose titles and texts hold the query's words. */
export async function search(deps: ServiceDeps, query: SearchQuery): Promise<SearchResults> {
  // Characters no text holds (NUL and other controls) cannot be searched for.
  const text = query.q.replace(/\p{Cc}/gu, ' ').trim();
  const rows = text === '' ? [] : await store.search(deps.database.db, text, query.municipality);
  return {
    query: query.q,
    items: rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      excerpt: excerpt(row.body),
      area: row.area,
      municipality: { code: row.code, name: row.name },
    })),
  };
}
