import { useMemo } from 'preact/hooks';
import { completenessCsvHref, getCompleteness, type CompletenessReport } from '../api/reporting';
import { AsyncStatus, useAsync } from '../components/async';
import { ChartFigure, DataTable, type ChartTable } from '../components/ChartFigure';
import { Section } from '../components/text';
import { colours } from '../chartConfigs';
import type { ChartConfiguration } from '../charts';
import { useI18n, type I18n } from '../i18n/i18n';

// Rapporteringsgrad: per lead organisation, the months due over the last twelve months that
// were reported on time, late, or not at all (GET /reports/completeness): a stacked bar per
// organisation, and the same numbers per organisation and month in tables.

function chartOf(report: CompletenessReport, { t }: I18n): ChartConfiguration<'bar'> {
  const labels = report.organisations.map((row) => row.organisation.name);
  const series = [
    { key: 'onTime', label: t('completeness.onTime'), colour: colours.target },
    { key: 'late', label: t('completeness.late'), colour: colours.monthlyTarget },
    { key: 'missing', label: t('completeness.missing'), colour: colours.missing },
  ] as const;
  return {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((item) => ({
        label: item.label,
        data: report.organisations.map((row) => row[item.key]),
        backgroundColor: item.colour,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

const share = ({ fmt }: I18n, value: number | null) => (value === null ? '–' : fmt.percent(value));

function tableOf(report: CompletenessReport, i18n: I18n): ChartTable {
  const { t, fmt } = i18n;
  return {
    caption: t('completeness.tableCaption', { from: fmt.month(report.from), to: fmt.month(report.to) }),
    columns: [
      { label: t('completeness.organisation'), lang: 'sv' },
      { label: t('completeness.due'), numeric: true },
      { label: t('completeness.onTime'), numeric: true },
      { label: t('completeness.late'), numeric: true },
      { label: t('completeness.missing'), numeric: true },
      { label: t('completeness.share'), numeric: true },
    ],
    rows: report.organisations.map((row) => ({
      key: row.organisation.id,
      header: row.organisation.name,
      cells: [row.due, row.onTime, row.late, row.missing]
        .map((n) => fmt.number(n))
        .concat(share(i18n, row.onTimeShare)),
    })),
  };
}

/** Per lead organisation and month, with the day each month was due. */
function monthTableOf(report: CompletenessReport, i18n: I18n): ChartTable {
  const { t, fmt } = i18n;
  return {
    caption: t('completeness.monthCaption'),
    columns: [
      { label: t('completeness.organisation'), lang: 'sv' },
      { label: t('label.month') },
      { label: t('completeness.dueDate') },
      { label: t('completeness.due'), numeric: true },
      { label: t('completeness.onTime'), numeric: true },
      { label: t('completeness.late'), numeric: true },
      { label: t('completeness.missing'), numeric: true },
    ],
    rows: report.items.map((item) => ({
      key: `${item.organisation.id}/${item.month}`,
      header: item.organisation.name,
      cells: [fmt.month(item.month), fmt.date(item.dueDate)].concat(
        [item.due, item.onTime, item.late, item.missing].map((n) => fmt.number(n)),
      ),
    })),
  };
}

export function Completeness({ municipalityId, reload }: { municipalityId: string; reload: number }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const report = useAsync(() => getCompleteness(municipalityId), [municipalityId, reload]);
  const data = report.state === 'done' ? report.data : null;
  const config = useMemo(() => (data ? chartOf(data, i18n) : null), [data, i18n]);

  return (
    <Section headingId="completeness-title" title={t('completeness.title')}>
      <p class="muted">{t('completeness.lead', { day: data ? String(data.reportingDay) : '10' })}</p>
      <AsyncStatus result={report} />
      {data &&
        config &&
        (data.total.due === 0 ? (
          <p>{t('completeness.nothingDue')}</p>
        ) : (
          <>
            <p>
              {t('completeness.total', {
                share: share(i18n, data.total.onTimeShare),
                onTime: fmt.number(data.total.onTime),
                due: fmt.number(data.total.due),
              })}
            </p>
            <ChartFigure
              label={t('completeness.chartLabel', {
                summary: data.organisations
                  .map((row) => `${row.organisation.name} ${share(i18n, row.onTimeShare)}`)
                  .join(', '),
              })}
              config={config}
              table={tableOf(data, i18n)}
            />
            <details class="no-print">
              <summary>{t('completeness.perMonth')}</summary>
              <div class="table-wrap">
                <DataTable table={monthTableOf(data, i18n)} />
              </div>
            </details>
            <p>
              <a href={completenessCsvHref(municipalityId)} download>
                {t('completeness.csv')}
              </a>
            </p>
          </>
        ))}
    </Section>
  );
}
