import { api, byId, call, collect, ifMatch, type Schemas } from './client';

// The citizen promises (medborgarlöften), and their progress month by month.

export type CitizenPromise = Schemas['CitizenPromise'];
export type PromiseProgress = Schemas['PromiseProgress'];
export type ActivityProgress = Schemas['ActivityProgress'];

/** Every promise the reader may see, or only those of one agreement. */
export const listPromises = (agreementId?: string): Promise<CitizenPromise[]> =>
  collect((page) => api.GET('/api/v1/promises', { params: { query: { ...page, agreementId } } }));

export const getPromise = (id: string): Promise<CitizenPromise> =>
  call(() => api.GET('/api/v1/promises/{id}', byId(id)));

export const createPromise = (body: Schemas['CreatePromise']): Promise<CitizenPromise> =>
  call(() => api.POST('/api/v1/promises', { body }));

export const patchPromise = (promise: CitizenPromise, body: Schemas['PatchPromise']): Promise<CitizenPromise> =>
  call(() => api.PATCH('/api/v1/promises/{id}', { ...ifMatch(promise), body }));

export const getPromiseProgress = (id: string): Promise<PromiseProgress> =>
  call(() => api.GET('/api/v1/promises/{id}/progress', byId(id)));
