import type { Config } from '../config.js';
import type { ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import { LIGHT_THRESHOLDS } from '../progress/progress.js';
import type { Dashboard } from './schemas.js';
import { areaSummaries } from '../areas/service.js';
import { loadDashboard } from './store.js';
import { lastTwelveMonths, onTimeShares } from '../reporting/service.js';

// The public dashboard: published items and public fields only, the same
// for whoever asks (so it may be cached anywhere).

export type DashboardDeps = ServiceDeps & { config: Pick<Config, 'openDataLicence'> };

/** A municipality's public dashboard, with the licence of its open data; NotFound for an unknown code. */
export async function getDashboard(deps: DashboardDeps, code: string): Promise<Dashboard> {
  const loaded = await loadDashboard(deps.database.db, code, deps.clock.now());
  if (!loaded) throw new NotFound('The municipality');
  const window = lastTwelveMonths(deps.clock.now());
  const shares = await onTimeShares(deps.database.db, [loaded.municipality.id], window, deps.clock.now());
  return {
    ...loaded,
    areas: await areaSummaries(deps.database.db, loaded.municipality.id),
    lightThresholds: LIGHT_THRESHOLDS,
    reporting: { ...window, counts: shares.get(loaded.municipality.id)! },
    openDataLicence: deps.config.openDataLicence,
  };
}
