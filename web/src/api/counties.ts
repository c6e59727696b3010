import { api, call, type Schemas } from './client';
import type { OpenDataFormat, OpenDataset } from './municipalities';

// A county (län): every municipality of it side by side, and its open data.

export type CountyDashboard = Schemas['CountyDashboard'];
export type CountyMunicipality = Schemas['CountyMunicipality'];
export type CountyIndicator = Schemas['CountyIndicator'];

export const getCountyDashboard = (code: string): Promise<CountyDashboard> =>
  call(() => api.GET('/api/v1/public/counties/{code}/dashboard', { params: { path: { code } } }));

/** A county's open dataset file: the municipalities' rows with their code first. */
export const countyOpenDataHref = (code: string, dataset: OpenDataset, format: OpenDataFormat) =>
  `/api/v1/public/counties/${encodeURIComponent(code)}/open-data/${dataset}.${format}`;
