import type { Activity } from '../activities/schemas.js';
import { countsWholeNumbers } from '../activities/service.js';
import { measureOf, targetHistory, toActivities } from '../activities/store.js';
import type { Executor } from '../db/database.js';
import { monthOfDate } from '../progress/months.js';
import { activityProgress, type TargetChange } from '../progress/progress.js';
import type { ActivityProgress } from './schemas.js';
import { toPromises } from './store.js';

// The activities of promises with their progress: the rows that the one
// definition of progress (progress/progress.ts) is computed from. Here, not in
// progress/, so that progress/ stays free of features (activities import it).

export interface ProgressPeriod {
  start: string;
  end: string;
  activityIds: readonly string[];
}

export interface ActivityWithProgress {
  activity: Activity;
  progress: ActivityProgress;
  /** When the activity or any of its months last changed. */
  changedAt: Date;
}

/** What progress is computed from: the activities' rows, targets and recorded months within the periods' months. */
async function progressSources(
  db: Executor,
  periods: readonly ProgressPeriod[],
  ids: readonly string[],
  /** Whether to read when each month last changed (thousands of timestamps to parse otherwise unread). */
  withChangedAt: boolean,
) {
  const rows = await db.selectFrom('activities').selectAll().where('id', 'in', ids).execute();
  const targets = await targetHistory(db, ids);
  // Only the months some period covers.
  const firstMonth = periods.map((period) => monthOfDate(period.start)).sort()[0]!;
  const lastMonth = periods
    .map((period) => monthOfDate(period.end))
    .sort()
    .at(-1)!;
  const followUps = await db
    .selectFrom('followUps')
    .select(['activityId', 'month', 'outcome'])
    .$if(withChangedAt, (query) => query.select('updatedAt'))
    .where('activityId', 'in', ids)
    .where('month', '>=', firstMonth)
    .where('month', '<=', lastMonth)
    .execute();
  const outcomes = new Map<string, Map<string, number | null>>();
  for (const row of followUps) {
    const months = outcomes.get(row.activityId);
    if (months) months.set(row.month, row.outcome);
    else outcomes.set(row.activityId, new Map([[row.month, row.outcome]]));
  }
  return { rows, targets, followUps, outcomes };
}

type ProgressActivity = Pick<Activity, 'id' | 'title' | 'measure' | 'status' | 'startDate' | 'endDate'>;

/** An activity's progress over a period by the one definition (progress/progress.ts). */
function progressOver(
  period: ProgressPeriod,
  activity: ProgressActivity,
  targets: TargetChange[] | undefined,
  outcomes: ReadonlyMap<string, number | null> | undefined,
  now: Date,
): ActivityProgress {
  const result = activityProgress({
    period: { start: period.start, end: period.end },
    activity,
    targets: activity.measure ? (targets ?? []) : [],
    outcomes: outcomes ?? new Map(),
    now,
  });
  return {
    activityId: activity.id,
    title: activity.title,
    measure: activity.measure,
    wholeNumbers: activity.measure !== null && countsWholeNumbers(activity.measure.unit),
    ...result,
  };
}

/**
 * Progress of the given activities over each period, with each activity whole, computed in a
 * fixed number of queries however many periods and activities there are.
 * Callers pass only activity ids the reader may see.
 */
export async function loadProgress(
  db: Executor,
  periods: readonly ProgressPeriod[],
  now: Date,
): Promise<ActivityWithProgress[][]> {
  const ids = [...new Set(periods.flatMap((period) => period.activityIds))];
  if (ids.length === 0) return periods.map(() => []);
  const { rows, targets, followUps, outcomes } = await progressSources(db, periods, ids, true);
  const activities = new Map((await toActivities(db, rows, targets)).map((activity) => [activity.id, activity]));
  const changedAt = new Map(rows.map((row) => [row.id, row.updatedAt]));
  for (const row of followUps) {
    if (row.updatedAt && row.updatedAt > (changedAt.get(row.activityId) ?? new Date(0))) {
      changedAt.set(row.activityId, row.updatedAt);
    }
  }
  return periods.map((period) =>
    period.activityIds.flatMap((id) => {
      const activity = activities.get(id);
      if (!activity) return [];
      const progress = progressOver(period, activity, targets.get(id), outcomes.get(id), now);
      return [{ activity, changedAt: changedAt.get(id) ?? new Date(0), progress }];
    }),
  );
}

/**
 * Only the progress of the given activities over each period: as loadProgress, without what an
 * activity holds beyond its progress (partners, ties to problems), so in fewer queries.
 */
export async function loadProgressOnly(
  db: Executor,
  periods: readonly ProgressPeriod[],
  now: Date,
): Promise<ActivityProgress[][]> {
  const ids = [...new Set(periods.flatMap((period) => period.activityIds))];
  if (ids.length === 0) return periods.map(() => []);
  const { rows, targets, outcomes } = await progressSources(db, periods, ids, false);
  const activities = new Map(
    rows.map((row): [string, ProgressActivity] => [row.id, { ...row, measure: measureOf(row, targets.get(row.id)) }]),
  );
  return periods.map((period) =>
    period.activityIds.flatMap((id) => {
      const activity = activities.get(id);
      return activity ? [progressOver(period, activity, targets.get(id), outcomes.get(id), now)] : [];
    }),
  );
}

/**
 * A municipality's published promises, newest first, with each one's progress per
 * activity: what the public sees, for the dashboard and the open data alike.
 */
export async function publishedPromises(db: Executor, municipalityId: string | readonly string[], now: Date) {
  // Several municipalities (a county) in the same few queries as one.
  const ids = typeof municipalityId === 'string' ? [municipalityId] : municipalityId;
  if (ids.length === 0) return { promises: [], progress: [] };
  const rows = await db
    .selectFrom('promises')
    .selectAll()
    .where('municipalityId', 'in', ids)
    .where('published', '=', true)
    .orderBy('periodStart', 'desc')
    .orderBy('id')
    .execute();
  // Public level: unpublished activities are left out of every promise.
  const promises = await toPromises(db, rows, () => 'public');
  const progress = await loadProgress(
    db,
    promises.map((promise) => ({
      start: promise.periodStart,
      end: promise.periodEnd,
      activityIds: promise.activityIds,
    })),
    now,
  );
  return { promises, progress };
}
