import type { Config } from '../config.js';
import { runSystemChange, type ServiceDeps } from '../domain/changes.js';
import { Conflict, NotFound } from '../domain/errors.js';
import { assertCanManage, type Actor } from '../domain/policy.js';
import { getIndicator, writeIndicatorValue } from '../goals/service.js';
import { listIndicatorValues } from '../goals/store.js';
import { fetchKpiValues, KoladaFailure, type KoladaValue } from './client.js';
import type { KoladaSync } from './schemas.js';
import { findKoladaTarget, listKoladaTargets, type KoladaTarget } from './store.js';

// Indicator values from Kolada: fetched whole, then stored in one change
// audited as "Kolada" (with the editor who asked, if one did), or not at all.

/** The name the audit log gives every change the sync makes. */
export const KOLADA_ACTOR = 'Kolada';

export type KoladaDeps = ServiceDeps & { config: Pick<Config, 'kolada'> };

type Ready = KoladaTarget & { kpi: string };

/** Stores the values that are new or different, each with its audit event; all in one transaction. */
async function store(deps: KoladaDeps, actor: Actor | null, target: Ready, values: readonly KoladaValue[]) {
  return runSystemChange(deps, KOLADA_ACTOR, actor, async (change) => {
    const stored = new Map(
      (await listIndicatorValues(change.trx, [target.indicatorId])).map((v) => [`${v.period} ${v.group}`, v.value]),
    );
    let changed = 0;
    for (const value of values) {
      if (stored.get(`${value.period} ${value.group}`) === value.value) continue;
      await writeIndicatorValue(change, { id: target.indicatorId, municipalityId: target.municipalityId }, value);
      changed += 1;
    }
    return { changed, at: change.now };
  });
}

async function syncTarget(deps: KoladaDeps, actor: Actor | null, target: Ready): Promise<KoladaSync> {
  const head = { indicatorId: target.indicatorId, kpi: target.kpi, municipalityCode: target.municipalityCode };
  let values: KoladaValue[];
  try {
    values = await fetchKpiValues(deps.config.kolada, target.kpi, target.municipalityCode);
  } catch (error) {
    if (!(error instanceof KoladaFailure)) throw error;
    const failed = { outcome: 'failed', received: 0, changed: 0, failure: error.message } as const;
    return { ...head, ...failed, syncedAt: deps.clock.now().toISOString() };
  }
  const { changed, at } = await store(deps, actor, target, values);
  return {
    ...head,
    outcome: changed > 0 ? 'updated' : 'unchanged',
    received: values.length,
    changed,
    failure: null,
    syncedAt: at.toISOString(),
  };
}

/**
 * Fetches the indicator's KPI for its municipality and stores the values, for
 * an editor of that municipality; Conflict when it names no KPI. A failure of
 * Kolada is an answer (outcome failed), not an error: nothing was stored.
 */
export async function syncIndicator(deps: KoladaDeps, actor: Actor | null, indicatorId: string): Promise<KoladaSync> {
  const indicator = await getIndicator(deps, actor, indicatorId);
  const target = await findKoladaTarget(deps.database.db, indicator.id);
  if (!target) throw new NotFound('The indicator');
  assertCanManage(actor, target.municipalityId);
  const { kpi } = target;
  if (kpi === null) throw new Conflict('The indicator names no Kolada KPI: set kolada.kpi first.');
  return syncTarget(deps, actor, { ...target, kpi });
}

/** Every indicator that names a KPI, one after the other, as the server itself: the daily job. */
export async function syncAll(deps: KoladaDeps): Promise<KoladaSync[]> {
  const results: KoladaSync[] = [];
  for (const target of await listKoladaTargets(deps.database.db)) {
    if (target.kpi === null) continue;
    try {
      results.push(await syncTarget(deps, null, { ...target, kpi: target.kpi }));
    } catch (error) {
      // Deleted meanwhile: nothing to store it in.
      if (!(error instanceof NotFound)) throw error;
    }
  }
  return results;
}
