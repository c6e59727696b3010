import { Type, type Static } from 'typebox';
import { Text, Uuid, ref } from '../http/schemas.js';
import { MunicipalityCode } from '../municipalities/schemas.js';

export const SEARCH_LIMIT = 50;

export const SearchQuery = Type.Object(
  {
    q: Text(200, {
      minLength: 1,
      description:
        'Words to find (Swedish-aware: "trygghetsvandringar" finds "trygghetsvandring"); "quoted phrases", or and ' +
        '-word as in web search engines; a word also matches as the start of a longer one',
    }),
    municipality: Type.Optional(MunicipalityCode),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchHit = Type.Object(
  {
    kind: Type.Union(
      [Type.Literal('promise'), Type.Literal('activity'), Type.Literal('area'), Type.Literal('problem')],
      {
        description: 'problem: of a published lägesbild (when the lägesbild exists)',
      },
    ),
    id: Type.Union([ref(Uuid), Type.Null()], { description: 'null for an area, named by its name' }),
    title: Type.String(),
    excerpt: Type.String({ description: 'The start of its text' }),
    area: Type.Union([Type.String(), Type.Null()]),
    municipality: Type.Object({ code: MunicipalityCode, name: Type.String() }, { additionalProperties: false }),
  },
  { $id: 'SearchHit', additionalProperties: false },
);
export type SearchHit = Static<typeof SearchHit>;

export const SearchResults = Type.Object(
  {
    query: Type.String(),
    items: Type.Array(ref(SearchHit), { description: `Best first, at most ${SEARCH_LIMIT}` }),
  },
  { $id: 'SearchResults', additionalProperties: false },
);
export type SearchResults = Static<typeof SearchResults>;

export const searchSchemas = [SearchHit, SearchResults];
