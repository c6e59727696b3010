import type { Config } from '../config.js';
import type { ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import type { OpenDataMunicipality, OpenDataRow, OpenDataSet } from './schemas.js';
import { loadOpenData } from './store.js';

// The open data: what the public may read, as flat rows under a licence,
// the same for whoever asks.

export type OpenDataDeps = ServiceDeps & { config: Pick<Config, 'openDataLicence'> };

export interface OpenDataDocument {
  licence: string;
  municipality: OpenDataMunicipality;
  items: OpenDataRow[];
}

/** One data set of the municipality with this code, with its licence; NotFound for an unknown code. */
export async function getOpenData(deps: OpenDataDeps, code: string, set: OpenDataSet): Promise<OpenDataDocument> {
  const data = await loadOpenData(deps.database.db, code, set.name, deps.clock.now());
  if (!data) throw new NotFound('The municipality');
  return { licence: deps.config.openDataLicence, municipality: data.municipality, items: data.items };
}
