import type { ActivityStatus } from '../db/schema.js';
import { currentMonth, monthOfDate, monthRange, tertialOf, yearOf, type Month } from './months.js';

// Progress, defined once (docs/domain.md) and used by every route and export:
// an activity's progress for a period = sum of outcomes ÷ sum of monthly
// targets over the months that lie in the period and in the activity's own
// start–end, up to and including the last month that has ended. A month with
// a target, and no follow-up or outcome null, counts as 0 and is listed as
// missing. A total target of 0 gives null. Tertials and years roll up by the
// same rule. The traffic light reads the progress, once, here.

/** Targets of single calendar months ('07': July) that replace the monthly target in that month, every year. */
export type MonthTargets = Readonly<Partial<Record<string, number>>>;

/** Whether two sets of month targets say the same (none and {} alike). */
export function sameMonthTargets(a: MonthTargets | undefined, b: MonthTargets | undefined): boolean {
  const entries = (targets: MonthTargets | undefined) => JSON.stringify(Object.entries(targets ?? {}).sort());
  return entries(a) === entries(b);
}

export interface TargetChange {
  /** The first month this target holds for. */
  validFrom: Month;
  monthlyTarget: number | null;
  monthTargets?: MonthTargets;
}

export interface ActivityProgressInput {
  period: { start: string; end: string };
  activity: { startDate: string | null; endDate: string | null; status: ActivityStatus };
  /** The monthly target as it changed, in any order; empty when the activity has no measure. */
  targets: readonly TargetChange[];
  /** Outcomes recorded per month (null: recorded as not reported). */
  outcomes: ReadonlyMap<Month, number | null>;
  now: Date;
}

/** noTarget: an ended month with target 0 and no outcome, which is no miss (a summer break). */
export type MonthState = 'reported' | 'missing' | 'noTarget' | 'upcoming';

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

/** The traffic light: how far the outcome so far has come against the target so far. */
export type Light = 'onTrack' | 'atRisk' | 'behind';

/** At least this share of the target so far: on track. */
export const ON_TRACK = 0.9;
/** At least this share, but under ON_TRACK: at risk; under it: behind. */
export const AT_RISK = 0.7;
/** Both, as the API states them beside the lights. */
export const LIGHT_THRESHOLDS = { onTrack: ON_TRACK, atRisk: AT_RISK };

/**
 * The light of an activity's progress: null when there is nothing to judge
 * (no target so far) or nothing left to do (done or cancelled). A delayed
 * activity is at best at risk.
 */
export function lightOf(progress: number | null, status: ActivityStatus): Light | null {
  if (status === 'done' || status === 'cancelled' || progress === null) return null;
  if (progress >= ON_TRACK) return status === 'delayed' ? 'atRisk' : 'onTrack';
  if (progress >= AT_RISK) return 'atRisk';
  return 'behind';
}

/** A roll-up with its traffic light. */
export interface Judged extends Rollup {
  light: Light | null;
}

export interface ActivityProgress extends Judged {
  months: MonthProgress[];
  /** The months the progress (and so the light) counts: in scope and ended; null when none has ended. */
  countedMonths: { first: Month; last: Month } | null;
  tertials: (Judged & { tertial: string })[];
  years: (Judged & { year: string })[];
}

/**
 * The target that held in a month: of the latest change at or before it (before
 * the first, the first), its target for that calendar month, else its monthly target.
 */
export function targetFor(targets: readonly TargetChange[], month: Month): number | null {
  return heldIn(byValidFrom(targets), month);
}

function byValidFrom(targets: readonly TargetChange[]): readonly TargetChange[] {
  return [...targets].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
}

/** targetFor, on targets already in the order they changed (a period's months each ask). */
function heldIn(sorted: readonly TargetChange[], month: Month): number | null {
  let held = sorted[0];
  for (const change of sorted) {
    if (change.validFrom <= month) held = change;
  }
  if (!held || held.monthlyTarget === null) return null;
  return held.monthTargets?.[month.slice(5)] ?? held.monthlyTarget;
}

/** The months that lie in both the period and the activity's own start–end. */
export function monthsInScope(input: {
  period: ActivityProgressInput['period'];
  activity: { startDate: string | null; endDate: string | null };
}): Month[] {
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
    const group = groups.get(key);
    if (group) group.push(month);
    else groups.set(key, [month]);
  }
  return [...groups.entries()];
}

function stateOf(ended: boolean, target: number | null, outcome: number | null): MonthState {
  if (!ended) return 'upcoming';
  if (outcome !== null) return 'reported';
  return target === 0 ? 'noTarget' : 'missing';
}

/** The months of an activity in a period, each with its target, outcome and state: what the roll-ups add up. */
export function monthsProgress(input: ActivityProgressInput): MonthProgress[] {
  if (input.targets.length === 0) return [];
  const thisMonth = currentMonth(input.now);
  const targets = byValidFrom(input.targets);
  return monthsInScope(input).map((month) => {
    const outcome = input.outcomes.get(month) ?? null;
    const target = heldIn(targets, month);
    return { month, target, outcome, state: stateOf(month < thisMonth, target, outcome) };
  });
}

export function activityProgress(input: ActivityProgressInput): ActivityProgress {
  const months = monthsProgress(input);
  const counted = months.filter((month) => month.state !== 'upcoming');
  // Each roll-up judged by the one light, so a tertial's report reads the same rule as the whole.
  const judged = (group: MonthProgress[]) => {
    const rolled = rollup(group);
    return { ...rolled, light: lightOf(rolled.progress, input.activity.status) };
  };
  return {
    months,
    ...judged(months),
    countedMonths: counted.length > 0 ? { first: counted[0]!.month, last: counted.at(-1)!.month } : null,
    tertials: groupBy(months, tertialOf).map(([tertial, group]) => ({ tertial, ...judged(group) })),
    years: groupBy(months, yearOf).map(([year, group]) => ({ year, ...judged(group) })),
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
