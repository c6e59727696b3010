import { api, call, type Schemas } from './client';

// Ej rapporterat: per lead organisation, what was not reported in a month.

export type MissingReport = Schemas['MissingReport'];

export const getMissingReport = (month: string, municipalityId: string): Promise<MissingReport> =>
  call(() => api.GET('/api/v1/reports/missing', { params: { query: { month, municipalityId } } }));

/** The same rows as CSV: a plain link (the session cookie goes with it). */
export const missingCsvHref = (month: string, municipalityId: string) =>
  `/api/v1/reports/missing.csv?${new URLSearchParams({ month, municipalityId }).toString()}`;
