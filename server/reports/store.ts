import { targetHistory, visibleActivities } from '../activities/store.js';
import type { Executor } from '../db/database.js';
import { swedishOrder } from '../exchange/sheets.js';
import type { Viewer } from '../domain/policy.js';
import { monthsInScope, targetFor } from '../progress/progress.js';
import { visiblePromises } from '../promises/store.js';
import type { MissingReport } from './schemas.js';

/** The last day of a month 'YYYY-MM', as 'YYYY-MM-DD'. */
function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Who has not reported a month: the activities of the municipality's published
 * promises whose period holds the month, that the viewer may read, with a
 * target above 0 that month (within the activity's own start–end) and no
 * outcome (no follow-up, or one recorded as null), grouped by lead organisation.
 */
export async function missingReport(
  db: Executor,
  viewer: Viewer,
  municipalityId: string,
  month: string,
): Promise<MissingReport['organisations']> {
  const promises = await visiblePromises(db, viewer)
    .where('promises.municipalityId', '=', municipalityId)
    .where('promises.published', '=', true)
    .where('promises.periodStart', '<=', lastDayOf(month))
    .where('promises.periodEnd', '>=', `${month}-01`)
    .execute();
  if (promises.length === 0) return [];

  const links = await db
    .selectFrom('promiseActivities')
    .select(['promiseId', 'activityId'])
    .where(
      'promiseId',
      'in',
      promises.map((promise) => promise.id),
    )
    .execute();
  const linkedIds = [...new Set(links.map((link) => link.activityId))];
  if (linkedIds.length === 0) return [];
  // Only the activities this viewer may read: unpublished ones for insiders alone.
  const activities = await visibleActivities(db, viewer)
    .where('activities.id', 'in', linkedIds)
    .where('activities.measureLabel', 'is not', null)
    .execute();
  if (activities.length === 0) return [];
  const ids = activities.map((activity) => activity.id);
  const targets = await targetHistory(db, ids);
  const reported = await db
    .selectFrom('followUps')
    .select('activityId')
    .where('activityId', 'in', ids)
    .where('month', '=', month)
    .where('outcome', 'is not', null)
    .execute();
  const hasOutcome = new Set(reported.map((row) => row.activityId));

  const missing = activities.flatMap((activity) => {
    if (hasOutcome.has(activity.id)) return [];
    const target = targetFor(targets.get(activity.id) ?? [], month);
    if (target === null || target <= 0) return [];
    const holding = promises.filter(
      (promise) =>
        links.some((link) => link.promiseId === promise.id && link.activityId === activity.id) &&
        monthsInScope({ period: { start: promise.periodStart, end: promise.periodEnd }, activity }).includes(month),
    );
    if (holding.length === 0) return [];
    return [
      {
        leadOrganisationId: activity.leadOrganisationId,
        activity: {
          id: activity.id,
          title: activity.title,
          target,
          promises: holding
            .map((promise) => ({ id: promise.id, title: promise.title }))
            .sort((a, b) => swedishOrder(a.title, b.title) || (a.id < b.id ? -1 : 1)),
        },
      },
    ];
  });
  if (missing.length === 0) return [];

  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(missing.map((entry) => entry.leadOrganisationId))])
    .execute();
  return organisations
    .sort((a, b) => swedishOrder(a.name, b.name) || (a.id < b.id ? -1 : 1))
    .map((organisation) => ({
      organisation,
      activities: missing
        .filter((entry) => entry.leadOrganisationId === organisation.id)
        .map((entry) => entry.activity)
        .sort((a, b) => swedishOrder(a.title, b.title) || (a.id < b.id ? -1 : 1)),
    }));
}
