import { api, call, collect, type Schemas } from './client';
import type { paths } from './schema';

// The municipalities, and what each one publishes: its dashboard and its open data.

export type Municipality = Schemas['Municipality'];
export type Dashboard = Schemas['Dashboard'];
export type DashboardIndicator = Schemas['DashboardIndicator'];
export type DashboardPromise = Schemas['DashboardPromise'];
export type DashboardActivity = Schemas['DashboardActivity'];

export const listMunicipalities = (): Promise<Municipality[]> =>
  collect((page) => api.GET('/api/v1/municipalities', { params: { query: page } }));

export const getDashboard = (code: string): Promise<Dashboard> =>
  call(() => api.GET('/api/v1/public/municipalities/{code}/dashboard', { params: { path: { code } } }));

type FileOf<Path> = Path extends `/api/v1/public/municipalities/{code}/open-data/${infer Dataset}.${infer Format}`
  ? { dataset: Dataset; format: Format }
  : never;
/** The open datasets and their formats, as the API's paths name them ("promises", "csv"). */
type OpenDataFile = FileOf<keyof paths>;
export type OpenDataset = OpenDataFile['dataset'];
export type OpenDataFormat = OpenDataFile['format'];

/** An open dataset's file: a plain link, anonymous. */
export const openDataHref = (code: string, dataset: OpenDataset, format: OpenDataFormat) =>
  `/api/v1/public/municipalities/${encodeURIComponent(code)}/open-data/${dataset}.${format}`;
