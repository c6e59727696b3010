import { describe, expect, it } from 'vitest';
import { currentMonth, monthRange, tertialOf } from '../server/progress/months.js';
import { activityProgress, indicatorProgress, lightOf, targetFor } from '../server/progress/progress.js';

const period = { start: '2025-01-01', end: '2025-12-31' };
const whole = { startDate: null, endDate: null, status: 'ongoing' as const };
const four = [{ validFrom: '2025-01', monthlyTarget: 4 }];
// 10 June 2025 in Sweden: January–May have ended.
const june = new Date('2025-06-10T12:00:00Z');

describe('months', () => {
  it('ranges, tertials and the Swedish month', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-03', '2025-02')).toEqual([]);
    expect(['2025-01', '2025-04', '2025-05', '2025-08', '2025-09', '2025-12'].map(tertialOf)).toEqual([
      '2025-T1',
      '2025-T1',
      '2025-T2',
      '2025-T2',
      '2025-T3',
      '2025-T3',
    ]);
    // 23:30 UTC on 31 January is already February in Stockholm.
    expect(currentMonth(new Date('2025-01-31T23:30:00Z'))).toBe('2025-02');
  });
});

describe('activity progress', () => {
  it('sums outcomes over targets of the ended months only', () => {
    const outcomes = new Map([
      ['2025-01', 4],
      ['2025-02', 2],
      ['2025-03', 6],
      ['2025-04', 4],
      ['2025-05', 4],
      ['2025-06', 9], // June has not ended: not counted
    ]);
    const result = activityProgress({ period, activity: whole, targets: four, outcomes, now: june });
    expect(result.targetToDate).toBe(20);
    expect(result.outcomeToDate).toBe(20);
    expect(result.progress).toBe(1);
    expect(result.missingMonths).toEqual([]);
    expect(result.months).toHaveLength(12);
    expect(result.months[5]).toEqual({ month: '2025-06', target: 4, outcome: 9, state: 'upcoming' });
  });

  it('counts a null outcome and a month with no follow-up as 0, and lists both as missing', () => {
    const outcomes = new Map<string, number | null>([
      ['2025-01', 4],
      ['2025-02', null],
      ['2025-04', 4],
      ['2025-05', 4],
    ]);
    const result = activityProgress({ period, activity: whole, targets: four, outcomes, now: june });
    expect(result.outcomeToDate).toBe(12);
    expect(result.targetToDate).toBe(20);
    expect(result.progress).toBeCloseTo(0.6);
    expect(result.missingMonths).toEqual(['2025-02', '2025-03']);
    expect(result.months[1]!.state).toBe('missing');
  });

  it('gives null, not a division by zero, for a total target of 0', () => {
    const result = activityProgress({
      period,
      activity: whole,
      targets: [{ validFrom: '2025-01', monthlyTarget: 0 }],
      outcomes: new Map([['2025-01', 3]]),
      now: june,
    });
    expect(result.targetToDate).toBe(0);
    expect(result.progress).toBeNull();
  });

  it('has nothing to date for a period that has not started', () => {
    const result = activityProgress({
      period: { start: '2026-01-01', end: '2026-12-31' },
      activity: whole,
      targets: four,
      outcomes: new Map(),
      now: june,
    });
    expect(result.targetToDate).toBe(0);
    expect(result.progress).toBeNull();
    expect(result.missingMonths).toEqual([]);
    expect(result.months.every((month) => month.state === 'upcoming')).toBe(true);
  });

  it('counts only the months of an activity that starts mid-period (and ends before the period does)', () => {
    const result = activityProgress({
      period,
      activity: { startDate: '2025-03-15', endDate: '2025-09-30', status: 'ongoing' },
      targets: four,
      outcomes: new Map([['2025-03', 4]]),
      now: june,
    });
    expect(result.months.map((month) => month.month)).toEqual(monthRange('2025-03', '2025-09'));
    expect(result.targetToDate).toBe(12); // March, April, May
    expect(result.missingMonths).toEqual(['2025-04', '2025-05']);
  });

  it('keeps, for each month, the target that held in it when the target changes mid-period', () => {
    const targets = [
      { validFrom: '2025-04', monthlyTarget: 10 },
      { validFrom: '2025-01', monthlyTarget: 4 },
    ];
    expect(targetFor(targets, '2025-03')).toBe(4);
    expect(targetFor(targets, '2025-04')).toBe(10);
    const result = activityProgress({ period, activity: whole, targets, outcomes: new Map(), now: june });
    expect(result.targetToDate).toBe(4 * 3 + 10 * 2);
    expect(result.months.map((month) => month.target).slice(0, 5)).toEqual([4, 4, 4, 10, 10]);
  });

  it('rolls months up into tertials and the year by the same rule', () => {
    const outcomes = new Map(monthRange('2025-01', '2025-05').map((month) => [month, 2]));
    const result = activityProgress({ period, activity: whole, targets: four, outcomes, now: june });
    expect(result.tertials.map((t) => [t.tertial, t.targetToDate, t.outcomeToDate, t.progress, t.light])).toEqual([
      ['2025-T1', 16, 8, 0.5, 'behind'],
      ['2025-T2', 4, 2, 0.5, 'behind'],
      ['2025-T3', 0, 0, null, null],
    ]);
    expect(result.years).toEqual([
      { year: '2025', targetToDate: 20, outcomeToDate: 10, progress: 0.5, missingMonths: [], light: 'behind' },
    ]);
  });

  it('judges each tertial by the same light as the whole: a good tertial is on track in a period behind', () => {
    // January–April 1 of 4 a month, May 4 of 4: behind over the period, on track in T2.
    const outcomes = new Map([...monthRange('2025-01', '2025-04').map((month) => [month, 1] as const), ['2025-05', 4]]);
    const result = activityProgress({ period, activity: whole, targets: four, outcomes, now: june });
    expect(result.light).toBe('behind');
    expect(result.tertials.map((t) => [t.tertial, t.light])).toEqual([
      ['2025-T1', 'behind'],
      ['2025-T2', 'onTrack'],
      ['2025-T3', null],
    ]);
    const done = activityProgress({
      period,
      activity: { ...whole, status: 'done' },
      targets: four,
      outcomes,
      now: june,
    });
    expect(done.tertials.every((t) => t.light === null)).toBe(true);
  });

  it('takes a calendar month’s own target over the monthly one, every year: July 0 is no miss, and the sum counts it', () => {
    const targets = [{ validFrom: '2025-01', monthlyTarget: 4, monthTargets: { '07': 0, '08': 2 } }];
    expect(targetFor(targets, '2026-07')).toBe(0);
    expect(targetFor(targets, '2025-08')).toBe(2);
    expect(targetFor(targets, '2025-09')).toBe(4);
    const september = new Date('2025-09-10T12:00:00Z');
    const outcomes = new Map(monthRange('2025-01', '2025-06').map((month) => [month, 4]));
    outcomes.set('2025-08', 2);
    const result = activityProgress({ period, activity: whole, targets, outcomes, now: september });
    // January–June 6 × 4, July 0, August 2.
    expect(result.targetToDate).toBe(26);
    expect(result.progress).toBe(1);
    expect(result.missingMonths).toEqual([]);
    expect(result.months[6]).toEqual({ month: '2025-07', target: 0, outcome: null, state: 'noTarget' });
    expect(result.light).toBe('onTrack');
  });

  it('lets a change of the month targets hold from its month on, as a changed monthly target does', () => {
    const targets = [
      { validFrom: '2025-01', monthlyTarget: 4 },
      { validFrom: '2025-06', monthlyTarget: 4, monthTargets: { '07': 0 } },
    ];
    expect(targetFor(targets, '2024-07')).toBe(4);
    expect(targetFor(targets, '2025-07')).toBe(0);
  });

  it('has no months for an activity without a measure', () => {
    const result = activityProgress({ period, activity: whole, targets: [], outcomes: new Map(), now: june });
    expect(result.months).toEqual([]);
    expect(result.progress).toBeNull();
  });
});

describe('the traffic light', () => {
  it('is on track from 90 %, at risk from 70 %, behind under it; a delayed activity is at best at risk', () => {
    expect(lightOf(0.9, 'ongoing')).toBe('onTrack');
    expect(lightOf(1.3, 'planned')).toBe('onTrack');
    expect(lightOf(0.89, 'ongoing')).toBe('atRisk');
    expect(lightOf(0.7, 'ongoing')).toBe('atRisk');
    expect(lightOf(0.69, 'ongoing')).toBe('behind');
    expect(lightOf(1, 'delayed')).toBe('atRisk');
    expect(lightOf(0.5, 'delayed')).toBe('behind');
  });

  it('is null for a done or cancelled activity, and with no target so far', () => {
    expect(lightOf(0.5, 'done')).toBeNull();
    expect(lightOf(1, 'cancelled')).toBeNull();
    expect(lightOf(null, 'ongoing')).toBeNull();
  });

  it('comes with the progress, naming the months it counts', () => {
    const outcomes = new Map([
      ['2025-03', 4],
      ['2025-04', 2],
      ['2025-05', 2],
    ]);
    const activity = { startDate: '2025-03-01', endDate: null };
    const ongoing = activityProgress({
      period,
      activity: { ...activity, status: 'ongoing' },
      targets: four,
      outcomes,
      now: june,
    });
    expect(ongoing.progress).toBeCloseTo(8 / 12);
    expect(ongoing.light).toBe('behind');
    expect(ongoing.countedMonths).toEqual({ first: '2025-03', last: '2025-05' });
    const done = activityProgress({
      period,
      activity: { ...activity, status: 'done' },
      targets: four,
      outcomes,
      now: june,
    });
    expect(done.progress).toBeCloseTo(8 / 12);
    expect(done.light).toBeNull();
    const notBegun = activityProgress({
      period: { start: '2026-01-01', end: '2026-12-31' },
      activity: whole,
      targets: four,
      outcomes: new Map(),
      now: june,
    });
    expect(notBegun.countedMonths).toBeNull();
    expect(notBegun.light).toBeNull();
  });
});

describe('indicator progress', () => {
  it('is (latest − baseline) ÷ (target − baseline), clamped to 0…1, in either direction', () => {
    expect(indicatorProgress({ direction: 'increase', baseline: 20, target: 40, latest: 25 })).toBe(0.25);
    expect(indicatorProgress({ direction: 'increase', baseline: 20, target: 40, latest: 15 })).toBe(0);
    expect(indicatorProgress({ direction: 'increase', baseline: 20, target: 40, latest: 50 })).toBe(1);
    expect(indicatorProgress({ direction: 'decrease', baseline: 100, target: 80, latest: 95 })).toBe(0.25);
    expect(indicatorProgress({ direction: 'decrease', baseline: 100, target: 80, latest: 110 })).toBe(0);
  });

  it('is null without a baseline, a target or a value, or when the target is the baseline', () => {
    expect(indicatorProgress({ direction: 'increase', baseline: null, target: 40, latest: 25 })).toBeNull();
    expect(indicatorProgress({ direction: 'increase', baseline: 20, target: null, latest: 25 })).toBeNull();
    expect(indicatorProgress({ direction: 'increase', baseline: 20, target: 40, latest: null })).toBeNull();
    expect(indicatorProgress({ direction: 'increase', baseline: 20, target: 20, latest: 25 })).toBeNull();
  });
});
