import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Activity, Measure } from '../api/activities';
import type { ActivityProgress } from '../api/promises';
import { activityChart } from '../chartConfigs';
import { useI18n, type I18n } from '../i18n/i18n';
import { ChartFigure } from './ChartFigure';
import { Fact } from './text';

// An activity as the public pages show it: the same facts on the dashboard and on the plan,
// the same chart and month table on the dashboard and in the report.

/** "–" where there is no number (no target that month, nothing reported, no progress to judge). */
export const orDash = (value: number | null, format: (value: number) => string) =>
  value === null ? '–' : format(value);

/** A measure in words, with the months whose own target differs: "narkotikasök med hund, 2 per månad (juli: 0)". */
export function measureText(measure: Measure, { t, fmt }: I18n): string {
  const text = t('activity.measureText', { label: measure.label, target: fmt.number(measure.monthlyTarget) });
  const months = Object.entries(measure.monthTargets ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, target]) => `${fmt.calendarMonth(month)}: ${fmt.number(target)}`);
  return months.length > 0 ? t('activity.measureMonths', { measure: text, months: fmt.list(months) }) : text;
}

/**
 * An activity's months, on the dashboard and in the report alike: outcome against target as a
 * chart, labelled with what it shows, and the same numbers month by month in its table.
 */
export function ActivityChart({ progress }: { progress: ActivityProgress }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const config = useMemo(() => activityChart(progress, i18n), [progress, i18n]);
  const measure = progress.measure?.label ?? '';
  const first = progress.months[0];
  const last = progress.months[progress.months.length - 1];
  const label = t('activity.chartLabel', {
    title: progress.title,
    measure,
    from: first ? fmt.month(first.month) : '–',
    to: last ? fmt.month(last.month) : '–',
    outcome: fmt.number(progress.outcomeToDate),
    target: fmt.number(progress.targetToDate),
    percent: orDash(progress.progress, fmt.percent),
    missing: progress.missingMonths.length,
  });
  const table = {
    caption: t('activity.tableCaption', { title: progress.title, measure }),
    columns: [
      { label: t('activity.month') },
      { label: t('activity.target'), numeric: true },
      { label: t('activity.outcome'), numeric: true },
      { label: t('activity.state') },
    ],
    rows: progress.months.map((month) => ({
      header: fmt.month(month.month),
      cells: [orDash(month.target, fmt.number), orDash(month.outcome, fmt.number), t(`monthState.${month.state}`)],
    })),
  };
  return <ChartFigure label={label} config={config} table={table} />;
}

/**
 * An activity's lead and partners, area and dates, then its comment. The plan states every fact
 * (complete), naming a missing area; the dashboard leaves out what is not set.
 */
export function ActivityFacts({
  activity,
  names,
  complete = false,
  children,
}: {
  activity: Activity;
  names: (id: string) => string;
  complete?: boolean;
  /** More facts, at the end of the list. */
  children?: ComponentChildren;
}) {
  const { t, fmt } = useI18n();
  const partners = activity.partnerOrganisationIds.map(names);
  return (
    <>
      <dl class="facts">
        <Fact term={t('activity.lead')} lang="sv">
          {names(activity.leadOrganisationId)}
        </Fact>
        {partners.length > 0 && (
          <Fact term={t('activity.partners')} lang="sv">
            {fmt.list(partners)}
          </Fact>
        )}
        {(complete || activity.area) && (
          <Fact term={t('activity.area')} lang="sv">
            {activity.area ?? t('plan.noArea')}
          </Fact>
        )}
        {(complete || activity.startDate || activity.endDate) && (
          <Fact term={t('activity.dates')}>
            {activity.startDate ? fmt.date(activity.startDate) : '…'} –{' '}
            {activity.endDate ? fmt.date(activity.endDate) : '…'}
          </Fact>
        )}
        {children}
      </dl>
      {activity.comment && (
        <p class="comment">
          <strong>{t('activity.comment')}</strong> <span lang="sv">{activity.comment}</span>
        </p>
      )}
    </>
  );
}
