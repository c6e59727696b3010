import { api, byId, call, ifMatch, type Schemas } from './client';

// A goal's indicators and their values. A goal's indicators, and an indicator's values, fit one page.

export type Indicator = Schemas['Indicator'];
export type IndicatorValue = Schemas['IndicatorValue'];
export type ValueGroup = Schemas['ValueGroup'];

export const listIndicators = async (goalId: string): Promise<Indicator[]> =>
  (await call(() => api.GET('/api/v1/goals/{id}/indicators', byId(goalId)))).items;

export const createIndicator = (goalId: string, body: Schemas['CreateIndicator']): Promise<Indicator> =>
  call(() => api.POST('/api/v1/goals/{id}/indicators', { ...byId(goalId), body }));

export const getIndicator = (id: string): Promise<Indicator> =>
  call(() => api.GET('/api/v1/indicators/{id}', byId(id)));

export const patchIndicator = (indicator: Indicator, body: Schemas['PatchIndicator']): Promise<Indicator> =>
  call(() => api.PATCH('/api/v1/indicators/{id}', { ...ifMatch(indicator), body }));

export const listIndicatorValues = async (indicatorId: string): Promise<IndicatorValue[]> =>
  (await call(() => api.GET('/api/v1/indicators/{id}/values', byId(indicatorId)))).items;

export const putIndicatorValue = (indicatorId: string, body: Schemas['PutIndicatorValue']): Promise<IndicatorValue> =>
  call(() => api.PUT('/api/v1/indicators/{id}/values', { ...byId(indicatorId), body }));

export type KoladaSync = Schemas['KoladaSync'];

/** Fetches the indicator's Kolada KPI now and stores what is new (editors); a failure of Kolada is an answer too. */
export const syncFromKolada = (indicatorId: string): Promise<KoladaSync> =>
  call(() => api.POST('/api/v1/indicators/{id}/kolada-sync', byId(indicatorId)));
