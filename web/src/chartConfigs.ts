import type { ValueGroup } from './api/indicators';
import type { DashboardIndicator } from './api/municipalities';
import type { ActivityProgress } from './api/promises';
import type { ChartConfiguration } from './charts';
import type { I18n } from './i18n/i18n';

// What each chart draws, from the API's numbers; the tables beside the charts hold the same numbers.
// Colours have at least 3:1 contrast against white; series also differ by point shape and dash.

export const colours = {
  women: '#8a3b12',
  men: '#1d5fa0',
  all: '#3d3d3d',
  target: '#23723a',
  outcome: '#1d5fa0',
  monthlyTarget: '#a34700',
  missing: '#b42323',
} as const;

const GROUPS: ValueGroup[] = ['women', 'men', 'all'];

/** The periods an indicator has values for, with its baseline and target periods, in order. */
export function indicatorPeriods(item: DashboardIndicator): string[] {
  const periods = new Set(item.values.map((value) => value.period));
  if (item.indicator.baseline) periods.add(item.indicator.baseline.period);
  if (item.indicator.target) periods.add(item.indicator.target.period);
  return [...periods].sort();
}

/** The groups with at least one value, women before men. */
export function indicatorGroups(item: DashboardIndicator): ValueGroup[] {
  return GROUPS.filter((group) => item.values.some((value) => value.group === group));
}

export function indicatorValue(item: DashboardIndicator, period: string, group: ValueGroup): number | null {
  return item.values.find((value) => value.period === period && value.group === group)?.value ?? null;
}

type Baseline = NonNullable<DashboardIndicator['indicator']['baseline']>;

/**
 * A group's baseline: its own value in the baseline period, else the indicator's baseline. Each group's
 * progress is measured from it (as the server's dashboard does), so the page shows it per group.
 */
export function groupBaseline(item: DashboardIndicator, baseline: Baseline, group: ValueGroup): number {
  return indicatorValue(item, baseline.period, group) ?? baseline.value;
}

/** Where a period lies on the year axis: "2021" → 2021, "2021-07" → 2021.5. */
export function periodYear(period: string): number {
  const [year = 0, month = 1] = period.split('-').map(Number);
  return year + (month - 1) / 12;
}

// The year axis reaches this far beyond the first and last period, so their points are drawn whole.
const YEAR_MARGIN = 0.25;

export function indicatorChart(item: DashboardIndicator, { t, fmt }: I18n): ChartConfiguration<'line'> {
  const periods = indicatorPeriods(item);
  const groups = indicatorGroups(item);
  const { baseline, target } = item.indicator;
  // A linear year axis, so that 2021→2023 takes twice the room of 2025→2026.
  const min = periodYear(periods[0] ?? '0') - YEAR_MARGIN;
  const max = periodYear(periods[periods.length - 1] ?? '0') + YEAR_MARGIN;
  const periodAt = new Map(periods.map((period) => [periodYear(period), fmt.period(period)]));
  const reference = (label: string, value: number, colour: string, dash: number[]) => ({
    label,
    data: [
      { x: min, y: value },
      { x: max, y: value },
    ],
    borderColor: colour,
    backgroundColor: colour,
    borderDash: dash,
    borderWidth: 2,
    pointStyle: 'line' as const,
    pointRadius: 0,
    pointHitRadius: 0,
  });
  return {
    type: 'line',
    data: {
      datasets: [
        ...groups.map((group, i) => ({
          label: t(`group.${group}`),
          data: periods.flatMap((period) => {
            const value = indicatorValue(item, period, group);
            return value === null ? [] : [{ x: periodYear(period), y: value }];
          }),
          borderColor: colours[group],
          backgroundColor: colours[group],
          borderWidth: 3,
          pointStyle: i === 0 ? ('circle' as const) : ('rect' as const),
          pointRadius: 5,
        })),
        // Each group's own baseline, in its colour: its progress is measured from there.
        ...(baseline
          ? groups.map((group) =>
              reference(
                t('indicator.groupBaselineSeries', {
                  group: t(`group.${group}`).toLowerCase(),
                  period: fmt.period(baseline.period),
                }),
                groupBaseline(item, baseline, group),
                colours[group],
                [2, 4],
              ),
            )
          : []),
        ...(target
          ? [
              reference(
                t('indicator.targetSeries', { period: fmt.period(target.period) }),
                target.value,
                colours.target,
                [8, 4],
              ),
            ]
          : []),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: fmt.locale,
      scales: {
        // Integer years only, written as years ("2021", not the locale's "2 021").
        x: {
          type: 'linear',
          min,
          max,
          ticks: { stepSize: 1, includeBounds: false, callback: (value) => String(value) },
        },
        y: { beginAtZero: true, title: { display: true, text: item.indicator.unit } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 9 } },
        tooltip: { callbacks: { title: (items) => periodAt.get(items[0]?.parsed.x ?? NaN) ?? '' } },
      },
    },
  };
}

export function activityChart(progress: ActivityProgress, { t, fmt }: I18n): ChartConfiguration<'bar' | 'line'> {
  const unit = progress.measure?.unit ?? '';
  const missing = progress.months.some((month) => month.state === 'missing');
  return {
    type: 'bar',
    data: {
      labels: progress.months.map((month) => fmt.shortMonth(month.month)),
      datasets: [
        {
          type: 'bar',
          label: t('activity.outcomeSeries'),
          data: progress.months.map((month) => month.outcome),
          backgroundColor: colours.outcome,
          pointStyle: 'rect',
        },
        {
          type: 'line',
          label: t('activity.targetSeries'),
          data: progress.months.map((month) => month.target),
          borderColor: colours.monthlyTarget,
          backgroundColor: colours.monthlyTarget,
          borderDash: [6, 3],
          borderWidth: 2,
          stepped: 'middle',
          pointStyle: 'line',
          pointRadius: 0,
          pointHitRadius: 0,
        },
        // A cross on the axis for every month that was due and not reported.
        ...(missing
          ? [
              {
                type: 'line' as const,
                label: t('activity.missingSeries'),
                data: progress.months.map((month) => (month.state === 'missing' ? 0 : null)),
                showLine: false,
                borderColor: colours.missing,
                backgroundColor: colours.missing,
                borderWidth: 3,
                pointStyle: 'crossRot' as const,
                pointRadius: 7,
                pointHoverRadius: 8,
              },
            ]
          : []),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: fmt.locale,
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0 } },
        y: { beginAtZero: true, title: { display: unit !== '', text: unit }, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 9 } } },
    },
  };
}
