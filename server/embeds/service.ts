import type { ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import { publishedPromises } from '../history/store.js';
import { findMunicipality } from '../municipalities/store.js';
import type { Municipality } from '../municipalities/schemas.js';
import { loadProgress } from '../promises/progress.js';
import type { ActivityProgress, CitizenPromise } from '../promises/schemas.js';

// What an embedded promise shows: the published promise, its verdict and its published
// activities' progress, as the public dashboard shows them.

export interface EmbeddedPromise {
  promise: CitizenPromise;
  municipality: Municipality;
  activities: ActivityProgress[];
}

/** A published promise with its progress; NotFound for any other id. */
export async function getEmbeddedPromise(deps: ServiceDeps, id: string): Promise<EmbeddedPromise> {
  const { db } = deps.database;
  const [promise] = await publishedPromises(db, { id });
  if (!promise) throw new NotFound('The promise');
  const municipality = await findMunicipality(db, promise.municipalityId);
  if (!municipality) throw new NotFound('The promise');
  const [activities] = await loadProgress(
    db,
    [{ start: promise.periodStart, end: promise.periodEnd, activityIds: promise.activityIds }],
    deps.clock.now(),
  );
  return { promise, municipality, activities: (activities ?? []).map((entry) => entry.progress) };
}
