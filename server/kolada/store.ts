import type { Executor } from '../db/database.js';

// Which indicators name a Kolada KPI, with the municipality whose values they take.

export interface KoladaTarget {
  indicatorId: string;
  kpi: string | null;
  municipalityId: string;
  municipalityCode: string;
}

function targets(db: Executor) {
  return db
    .selectFrom('indicators')
    .innerJoin('goals', 'goals.id', 'indicators.goalId')
    .innerJoin('municipalities', 'municipalities.id', 'goals.municipalityId')
    .select([
      'indicators.id as indicatorId',
      'indicators.koladaKpi as kpi',
      'goals.municipalityId',
      'municipalities.code as municipalityCode',
    ]);
}

/** One indicator's KPI (null: it names none) and municipality; null when there is no such indicator. */
export async function findKoladaTarget(db: Executor, indicatorId: string): Promise<KoladaTarget | null> {
  return (await targets(db).where('indicators.id', '=', indicatorId).executeTakeFirst()) ?? null;
}

/** Every indicator that names a KPI, in a stable order: what the daily sync goes through. */
export function listKoladaTargets(db: Executor): Promise<KoladaTarget[]> {
  return targets(db)
    .where('indicators.koladaKpi', 'is not', null)
    .orderBy('municipalities.code')
    .orderBy('indicators.id')
    .execute();
}
