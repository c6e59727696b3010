import { api, call, type Schemas } from './client';

// Public accountability: a promise's history and feed, its embed page, the way by area, and search.

export type Assessment = Schemas['PromiseAssessment'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type PromiseHistory = Schemas['PromiseHistory'];
export type AreaList = Schemas['AreaList'];
export type AreaPage = Schemas['AreaPage'];
export type SearchHit = Schemas['SearchHit'];
export type SearchResults = Schemas['SearchResults'];

export const getPromiseHistory = (id: string): Promise<PromiseHistory> =>
  call(() => api.GET('/api/v1/public/promises/{id}/history', { params: { path: { id } } }));

export const listAreas = (code: string): Promise<AreaList> =>
  call(() => api.GET('/api/v1/public/municipalities/{code}/areas', { params: { path: { code } } }));

export const getArea = (code: string, area: string): Promise<AreaPage> =>
  call(() => api.GET('/api/v1/public/municipalities/{code}/areas/{area}', { params: { path: { code, area } } }));

export const search = (q: string): Promise<SearchResults> =>
  call(() => api.GET('/api/v1/public/search', { params: { query: { q } } }));

export const renameArea = (municipalityId: string, body: Schemas['RenameArea']): Promise<Schemas['AreaRenamed']> =>
  call(() => api.POST('/api/v1/municipalities/{id}/area-renames', { params: { path: { id: municipalityId } }, body }));

/** The municipality's Atom feed of its promises' histories. */
export const feedHref = (code: string) => `/api/v1/public/municipalities/${encodeURIComponent(code)}/feed.atom`;

/** A promise's page for an <iframe> on another site, in a language. */
export const embedHref = (id: string, lang: 'sv' | 'en') =>
  `/inbadda/lofte/${encodeURIComponent(id)}${lang === 'sv' ? '' : '?lang=en'}`;
