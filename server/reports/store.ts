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

type MissingActivity = MissingReport['organisations'][number]['activities'][number];

/** By name (Swedish order), then by id so that equal names keep one order. */
const byName =
  <K extends string>(key: K) =>
  (a: Record<K | 'id', string>, b: Record<K | 'id', string>) =>
    swedishOrder(a[key], b[key]) || (a.id < b.id ? -1 : 1);

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

  const missing = await unreported(db, month, activities, { promises, links });
  if (missing.length === 0) return [];
  return byLeadOrganisation(db, missing);
}

interface Holders {
  promises: readonly { id: string; title: string; periodStart: string; periodEnd: string }[];
  links: readonly { promiseId: string; activityId: string }[];
}

/** The activities with a target above 0 in the month and no outcome, each with the promises holding it then. */
async function unreported(
  db: Executor,
  month: string,
  activities: readonly {
    id: string;
    title: string;
    leadOrganisationId: string;
    startDate: string | null;
    endDate: string | null;
  }[],
  { promises, links }: Holders,
): Promise<{ leadOrganisationId: string; activity: MissingActivity }[]> {
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

  return activities.flatMap((activity) => {
    if (hasOutcome.has(activity.id)) return [];
    const target = targetFor(targets.get(activity.id) ?? [], month);
    if (target === null || target <= 0) return [];
    const holding = promises.filter(
      (promise) =>
        links.some((link) => link.promiseId === promise.id && link.activityId === activity.id) &&
        monthsInScope({ period: { start: promise.periodStart, end: promise.periodEnd }, activity }).includes(month),
    );
    if (holding.length === 0) return [];
    const activityPromises = holding.map((promise) => ({ id: promise.id, title: promise.title })).sort(byName('title'));
    return [
      {
        leadOrganisationId: activity.leadOrganisationId,
        activity: { id: activity.id, title: activity.title, target, promises: activityPromises },
      },
    ];
  });
}

/** The lead organisations by name, each with its missing activities by title. */
async function byLeadOrganisation(
  db: Executor,
  missing: readonly { leadOrganisationId: string; activity: MissingActivity }[],
): Promise<MissingReport['organisations']> {
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(missing.map((entry) => entry.leadOrganisationId))])
    .execute();
  return organisations.sort(byName('name')).map((organisation) => ({
    organisation,
    activities: missing
      .filter((entry) => entry.leadOrganisationId === organisation.id)
      .map((entry) => entry.activity)
      .sort(byName('title')),
  }));
}
