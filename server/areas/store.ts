import type { Executor } from '../db/database.js';
import { toActivities } from '../activities/store.js';
import { toPromises } from '../promises/store.js';

// Where the places come from, and what lies in one. Names are compared by areaKey in
// the application, not by SQL's lower(), which leaves Å, Ä and Ö alone under the C locale.

/** The key an area is matched by: no case, no surrounding spaces. */
export const areaKey = (name: string) => name.trim().toLocaleLowerCase('sv');

/** One item naming a place. */
export interface AreaMention {
  name: string;
  kind: 'activity';
  id: string;
}

/**
 * Every place the items of a municipality name, one row per item: its activities (published
 * ones only, unless `all`). The problems of a lägesbild are the next source: their
 * `areas` joined here as rows of kind 'problem'.
 */
export async function areaMentions(
  db: Executor,
  municipalityId: string,
  scope: 'published' | 'all',
): Promise<AreaMention[]> {
  let activities = db
    .selectFrom('activities')
    .innerJoin('agreements', 'agreements.id', 'activities.agreementId')
    .select(['activities.id', 'activities.area'])
    .where('agreements.municipalityId', '=', municipalityId)
    .where('activities.area', 'is not', null);
  if (scope === 'published') activities = activities.where('activities.published', '=', true);
  const rows = await activities.orderBy('activities.id').execute();
  return rows.map((row) => ({ name: row.area!, kind: 'activity' as const, id: row.id }));
}

/** The published promises holding any of these activities, with their public activities. */
export async function promisesHolding(db: Executor, activityIds: readonly string[]) {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('promises')
    .selectAll('promises')
    .where('published', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('promiseActivities')
          .select('promiseActivities.promiseId')
          .whereRef('promiseActivities.promiseId', '=', 'promises.id')
          .where('promiseActivities.activityId', 'in', activityIds),
      ),
    )
    .orderBy('periodStart', 'desc')
    .orderBy('id')
    .execute();
  return toPromises(db, rows, () => 'public');
}

/** Published activities by id, by title, with their agreement's period. */
export async function publishedActivities(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('activities')
    .selectAll()
    .where('id', 'in', ids)
    .where('published', '=', true)
    .orderBy('title')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const agreements = await db
    .selectFrom('agreements')
    .select(['id', 'periodStart', 'periodEnd'])
    .where(
      'id',
      'in',
      rows.map((row) => row.agreementId),
    )
    .execute();
  const periods = new Map(agreements.map((row) => [row.id, { start: row.periodStart, end: row.periodEnd }]));
  const activities = await toActivities(db, rows);
  return activities.map((activity) => ({ activity, period: periods.get(activity.agreementId)! }));
}
