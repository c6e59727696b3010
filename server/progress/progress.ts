import { currentMonth, monthOfDate, monthRange, tertialOf, yearOf, type Month } from './months.js';

// Progress, defined once (DESIGN.md) and used by every route and export:
// an activity's progress for a period = sum of outcomes ÷ sum of monthly
// targets over the months that lie in the period and in the activity's own
// start–end, up to and including the last month that has ended. A month with
// no follow-up, or outcome null, counts as 0 and is listed as missing.
// A total target of 0 gives null. Tertials and years roll up by the same rule.

export interface TargetChange {
  /** The first month this target holds for. */
  validFrom: Month;
  monthlyTarget: number | null;
}

export interface ActivityProgressInput {
  period: { start: string; end: string };
  activity: { startDate: string | null; endDate: string | null };
  /** The monthly target as it changed, in any order; empty when the activity has no measure. */
  targets: readonly TargetChange[];
  /** Outcomes recorded per month (null: recorded as not reported). */
  outcomes: ReadonlyMap<Month, number | null>;
  now: Date;
}

export type MonthState = 'reported' | 'missing' | 'upcoming';

export interface MonthProgress {
  month: Month;
  target: number | null;
  outcome: number | null;
  state: MonthState;
}

export interface Rollup {
  targetToDate: number;
  outcomeToDate: number;
  progress: number | null;
  missingMonths: Month[];
}

export interface ActivityProgress extends Rollup {
  months: MonthProgress[];
  tertials: (Rollup & { tertial: string })[];
  years: (Rollup & { year: string })[];
}

/** The target that held in a month: the latest change at or before it; before the first, the first. */
export function targetFor(targets: readonly TargetChange[], month: Month): number | null {
  const sorted = [...targets].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  let target = sorted[0]?.monthlyTarget ?? null;
  for (const change of sorted) {
    if (change.validFrom <= month) target = change.monthlyTarget;
  }
  return target;
}

/** The months that lie in both the period and the activity's own start–end. */
export function monthsInScope(input: Pick<ActivityProgressInput, 'period' | 'activity'>): Month[] {
  const starts = [input.period.start, input.activity.startDate].filter((d): d is string => d !== null);
  const ends = [input.period.end, input.activity.endDate].filter((d): d is string => d !== null);
  const first = monthOfDate(starts.reduce((a, b) => (a > b ? a : b)));
  const last = monthOfDate(ends.reduce((a, b) => (a < b ? a : b)));
  return monthRange(first, last);
}

function rollup(months: readonly MonthProgress[]): Rollup {
  let targetToDate = 0;
  let outcomeToDate = 0;
  const missingMonths: Month[] = [];
  for (const month of months) {
    if (month.state === 'upcoming') continue;
    targetToDate += month.target ?? 0;
    outcomeToDate += month.outcome ?? 0;
    if (month.state === 'missing') missingMonths.push(month.month);
  }
  return {
    targetToDate,
    outcomeToDate,
    progress: targetToDate > 0 ? outcomeToDate / targetToDate : null,
    missingMonths,
  };
}

function groupBy<K extends string>(months: readonly MonthProgress[], keyOf: (month: Month) => K) {
  const groups = new Map<K, MonthProgress[]>();
  for (const month of months) {
    const key = keyOf(month.month);
    groups.set(key, [...(groups.get(key) ?? []), month]);
  }
  return [...groups.entries()];
}

export function activityProgress(input: ActivityProgressInput): ActivityProgress {
  const thisMonth = currentMonth(input.now);
  const ended = (month: Month) => month < thisMonth;
  const hasMeasure = input.targets.length > 0;
  const months: MonthProgress[] = hasMeasure
    ? monthsInScope(input).map((month) => {
        const outcome = input.outcomes.get(month) ?? null;
        const state: MonthState = !ended(month) ? 'upcoming' : outcome === null ? 'missing' : 'reported';
        return { month, target: targetFor(input.targets, month), outcome, state };
      })
    : [];
  return {
    months,
    ...rollup(months),
    tertials: groupBy(months, tertialOf).map(([tertial, group]) => ({ tertial, ...rollup(group) })),
    years: groupBy(months, yearOf).map(([year, group]) => ({ year, ...rollup(group) })),
  };
}

export interface IndicatorProgressInput {
  direction: 'increase' | 'decrease';
  baseline: number | null;
  target: number | null;
  latest: number | null;
}

/** (latest − baseline) ÷ (target − baseline), clamped to 0…1; the sign of target − baseline carries the direction. */
export function indicatorProgress(input: IndicatorProgressInput): number | null {
  const { baseline, target, latest } = input;
  if (baseline === null || target === null || latest === null || target === baseline) return null;
  const towardsTarget = input.direction === 'increase' ? target > baseline : target < baseline;
  if (!towardsTarget) return null;
  return Math.min(1, Math.max(0, (latest - baseline) / (target - baseline)));
}
