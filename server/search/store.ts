import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/database.js';
import { SEARCH_LIMIT, type SearchHit } from './schemas.js';

// Full-text search with PostgreSQL's `swedish` configuration (stemming), on PostgreSQL and
// PGlite alike; the documents' expressions are those of the GIN indexes in sql/0008.

const promiseDocument = sql`to_tsvector('swedish', promises.title || ' ' || promises.text)`;
const activityDocument = sql`to_tsvector('swedish', activities.title || ' ' || activities.description || ' ' || coalesce(activities.area, ''))`;
const areaDocument = sql`to_tsvector('swedish', activities.area)`;

/**
 * What a query matches: as a web search engine reads it (websearch_to_tsquery never fails on
 * syntax), or each of its words as the start of a word (built from letters and digits only).
 */
function matches(document: RawBuilder<unknown>, text: string, prefixes: string | null): RawBuilder<boolean> {
  const web = sql<boolean>`${document} @@ websearch_to_tsquery('swedish', ${text})`;
  return prefixes === null ? web : sql<boolean>`(${web} or ${document} @@ to_tsquery('swedish', ${prefixes}))`;
}

function rank(document: RawBuilder<unknown>, text: string) {
  return sql<number>`ts_rank(${document}, websearch_to_tsquery('swedish', ${text}))`;
}

/** Every word of the query as a prefix query: "skägg trygg" → "skägg:* & trygg:*"; null without words. */
export function prefixQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0
    ? null
    : words
        .slice(0, 20)
        .map((word) => `${word}:*`)
        .join(' & ');
}

interface HitRow {
  kind: SearchHit['kind'];
  id: string | null;
  title: string;
  body: string;
  area: string | null;
  code: string;
  name: string;
  rank: number;
}

/**
 * Published promises and activities and the places they name, best first. The problems of a
 * published lägesbild join as one more `union all` of the same columns.
 */
export async function search(db: Executor, text: string, municipalityCode: string | undefined): Promise<HitRow[]> {
  const prefixes = prefixQuery(text);
  const inMunicipality = municipalityCode === undefined ? sql`true` : sql`municipalities.code = ${municipalityCode}`;
  const result = await sql<HitRow>`
    select * from (
      select 'promise' as kind, promises.id::text as id, promises.title, promises.text as body, null::text as area,
             municipalities.code, municipalities.name, ${rank(promiseDocument, text)} as rank
        from promises join municipalities on municipalities.id = promises.municipality_id
       where promises.published and ${inMunicipality} and ${matches(promiseDocument, text, prefixes)}
      union all
      select 'activity', activities.id::text, activities.title, activities.description, activities.area,
             municipalities.code, municipalities.name, ${rank(activityDocument, text)}
        from activities
        join agreements on agreements.id = activities.agreement_id
        join municipalities on municipalities.id = agreements.municipality_id
       where activities.published and ${inMunicipality} and ${matches(activityDocument, text, prefixes)}
      union all
      select 'area', null, min(btrim(activities.area)), '', min(btrim(activities.area)),
             municipalities.code, municipalities.name, max(${rank(areaDocument, text)}) + 1
        from activities
        join agreements on agreements.id = activities.agreement_id
        join municipalities on municipalities.id = agreements.municipality_id
       where activities.published and activities.area is not null and ${inMunicipality}
         and ${matches(areaDocument, text, prefixes)}
       group by municipalities.code, municipalities.name, lower(btrim(activities.area))
    ) hits
    order by rank desc, title, id
    limit ${SEARCH_LIMIT}
  `.execute(db);
  return result.rows;
}
