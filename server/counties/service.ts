import type { Config } from '../config.js';
import type { ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import type { OpenDataRow, OpenDataSet } from '../opendata/schemas.js';
import { LIGHT_THRESHOLDS } from '../progress/progress.js';
import { lastTwelveMonths, onTimeShares } from '../reporting/service.js';
import type { CountyDashboard } from './schemas.js';
import { loadCountyDashboard, loadCountyOpenData } from './store.js';

// The county's public view: what the public reads of each municipality of a
// county (the first two digits of its code), side by side, the same for
// whoever asks. A county reader (policy.isCountyReader) reads this too.

export type CountyDeps = ServiceDeps & { config: Pick<Config, 'openDataLicence'> };

/** The county's dashboard; NotFound for a county no municipality belongs to. */
export async function getCountyDashboard(deps: ServiceDeps, code: string): Promise<CountyDashboard> {
  const now = deps.clock.now();
  const loaded = await loadCountyDashboard(deps.database.db, code, now);
  if (!loaded) throw new NotFound('The county');
  // The share reported on time, by the one rule of the reporting duty, for all the county's municipalities at once.
  const reportingWindow = lastTwelveMonths(now);
  const ids = loaded.municipalities.map((m) => m.municipality.id);
  const shares = await onTimeShares(deps.database.db, ids, reportingWindow, now);
  const municipalities = loaded.municipalities.map((m) => ({ ...m, reporting: shares.get(m.municipality.id)! }));
  return { ...loaded, municipalities, lightThresholds: LIGHT_THRESHOLDS, reportingWindow };
}

export interface CountyOpenDataDocument {
  licence: string;
  county: { code: string; name: string };
  items: OpenDataRow[];
}

/** The union of the county's municipalities' open data set, with the municipality code on each row. */
export async function getCountyOpenData(
  deps: CountyDeps,
  code: string,
  set: OpenDataSet,
): Promise<CountyOpenDataDocument> {
  const data = await loadCountyOpenData(deps.database.db, code, set.name, deps.clock.now());
  if (!data) throw new NotFound('The county');
  return { licence: deps.config.openDataLicence, ...data };
}
