import { api, byId, call, ifMatch, type Schemas } from './client';

// An agreement's focus areas: one page always holds them all.

export type FocusArea = Schemas['FocusArea'];

export const listFocusAreas = async (agreementId: string): Promise<FocusArea[]> =>
  (await call(() => api.GET('/api/v1/agreements/{id}/focus-areas', byId(agreementId)))).items;

export const createFocusArea = (agreementId: string, body: Schemas['CreateFocusArea']): Promise<FocusArea> =>
  call(() => api.POST('/api/v1/agreements/{id}/focus-areas', { ...byId(agreementId), body }));

export const patchFocusArea = (focusArea: FocusArea, body: Schemas['PatchFocusArea']): Promise<FocusArea> =>
  call(() => api.PATCH('/api/v1/focus-areas/{id}', { ...ifMatch(focusArea), body }));

/** The focus areas in the plan's order. */
export const inOrder = (focusAreas: FocusArea[]): FocusArea[] =>
  [...focusAreas].sort((a, b) => a.position - b.position);
