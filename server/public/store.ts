import type { Executor } from '../db/database.js';
import { listIndicatorValues, toGoal, toIndicator } from '../goals/store.js';
import type { IndicatorValue } from '../goals/schemas.js';
import { findMunicipalityByCode } from '../municipalities/store.js';
import { organisationsNamedBy } from '../organisations/store.js';
import { indicatorProgress } from '../progress/progress.js';
import { publishedPromises } from '../promises/progress.js';
import { publishedReviews } from '../reviews/store.js';
import type { Dashboard } from './schemas.js';

type Group = 'all' | 'women' | 'men';
const GROUPS: readonly Group[] = ['all', 'women', 'men'];

/** Per group: the group's value in the baseline period (else the baseline), and its latest value. */
function groupProgress(
  indicator: ReturnType<typeof toIndicator>,
  values: readonly IndicatorValue[],
): Record<Group, number | null> {
  const progress = {} as Record<Group, number | null>;
  for (const group of GROUPS) {
    const series = values.filter((value) => value.group === group).sort((a, b) => (a.period < b.period ? -1 : 1));
    const atBaseline = series.find((value) => value.period === indicator.baseline?.period);
    progress[group] = indicatorProgress({
      direction: indicator.direction,
      baseline: atBaseline?.value ?? indicator.baseline?.value ?? null,
      target: indicator.target?.value ?? null,
      latest: series.at(-1)?.value ?? null,
    });
  }
  return progress;
}

const latest = (dates: readonly (Date | string)[]) =>
  dates.reduce<Date | null>((max, d) => {
    const date = new Date(d);
    return max === null || date > max ? date : max;
  }, null);

/** A municipality's published goals with their published indicators, each with its values and progress. */
async function publishedGoals(db: Executor, municipalityId: string) {
  const goalRows = await db
    .selectFrom('goals')
    .selectAll()
    .where('municipalityId', '=', municipalityId)
    .where('published', '=', true)
    .orderBy('title')
    .orderBy('id')
    .execute();
  const indicatorRows =
    goalRows.length === 0
      ? []
      : await db
          .selectFrom('indicators')
          .selectAll()
          .where(
            'goalId',
            'in',
            goalRows.map((goal) => goal.id),
          )
          .where('published', '=', true)
          .orderBy('createdAt')
          .orderBy('id')
          .execute();
  const values = await listIndicatorValues(
    db,
    indicatorRows.map((row) => row.id),
  );
  const goals = goalRows.map((row) => ({
    goal: toGoal(row),
    indicators: indicatorRows
      .filter((indicator) => indicator.goalId === row.id)
      .map((indicatorRow) => {
        const indicator = toIndicator(indicatorRow);
        const own = values.filter((value) => value.indicatorId === indicator.id);
        return { indicator, values: own, progress: groupProgress(indicator, own) };
      }),
  }));
  const changedAt = [
    ...goalRows.map((row) => row.updatedAt),
    ...indicatorRows.map((row) => row.updatedAt),
    ...values.map((value) => value.updatedAt),
  ];
  return { goals, changedAt };
}

/**
 * The public dashboard of a municipality: published items and public fields
 * only, whoever asks. A fixed number of queries, however much it holds.
 */
export async function loadDashboard(
  db: Executor,
  code: string,
  now: Date,
): Promise<Omit<Dashboard, 'openDataLicence' | 'lightThresholds' | 'areas' | 'reporting'> | null> {
  const municipality = await findMunicipalityByCode(db, code);
  if (!municipality) return null;
  const { goals, changedAt } = await publishedGoals(db, municipality.id);
  const { promises, progress } = await publishedPromises(db, municipality.id, now);
  const organisations = await organisationsNamedBy(
    db,
    progress.flat().map(({ activity }) => activity),
  );
  const reviews = await publishedReviews(db, municipality.id);
  const lastChangedAt = latest([
    ...changedAt,
    ...promises.map((promise) => promise.updatedAt),
    ...reviews.map((entry) => entry.review.updatedAt),
    ...progress.flat().map((entry) => entry.changedAt),
  ]);
  return {
    municipality,
    goals,
    promises: promises.map((promise, index) => ({
      promise,
      activities: (progress[index] ?? []).map(({ activity, progress: activityProgress }) => ({
        activity,
        progress: activityProgress,
      })),
    })),
    organisations,
    reviews,
    lastChangedAt: lastChangedAt?.toISOString() ?? null,
  };
}
