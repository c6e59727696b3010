import { useMemo } from 'preact/hooks';
import type { ActivityProgress, CitizenPromise, FollowUp } from '../api/client';
import { getPromise, getPromiseProgress, listFollowUps } from '../api/queries';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import { ChartFigure, type ChartTable } from '../components/ChartFigure';
import { usePageTitle } from '../components/Layout';
import { Paragraphs } from '../components/text';
import { activityChart } from '../chartConfigs';
import { useI18n, type I18n } from '../i18n/i18n';
import { href } from '../router';

// The report of one promise for the steering groups: per month, per tertial and per year. Made to be printed.

async function loadReport(promiseId: string) {
  const [promise, progress] = await Promise.all([getPromise(promiseId), getPromiseProgress(promiseId)]);
  const followUps = await Promise.all(progress.activities.map((item) => listFollowUps(item.activityId)));
  return {
    promise,
    activities: progress.activities.map((item, i) => ({
      progress: item,
      comments: new Map((followUps[i] ?? []).map((followUp: FollowUp) => [followUp.month, followUp.comment])),
    })),
  };
}

export function ReportPage({ promiseId }: { promiseId: string }) {
  const { t } = useI18n();
  const result = useAsync(() => loadReport(promiseId), [promiseId]);
  const title =
    result.state === 'done' ? t('report.title', { title: result.data.promise.title }) : t('report.titleLoading');
  usePageTitle(title);

  return (
    <div class="report">
      <h1>{title}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ProblemMessage error={result.error} onRetry={result.retry} />}
      {result.state === 'done' && <ReportBody promise={result.data.promise} activities={result.data.activities} />}
    </div>
  );
}

function ReportBody({
  promise,
  activities,
}: {
  promise: CitizenPromise;
  activities: { progress: ActivityProgress; comments: Map<string, string> }[];
}) {
  const { t, fmt } = useI18n();
  return (
    <>
      <p class="lead">{t('report.period', { from: fmt.date(promise.periodStart), to: fmt.date(promise.periodEnd) })}</p>
      <p class="no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>{' '}
        <a href={href('followUp', {}, { lofte: promise.id })}>{t('report.toFollowUp')}</a>
      </p>
      <section class="section promise-text" aria-labelledby="report-promise">
        <h2 id="report-promise">{t('report.promiseText')}</h2>
        <div lang="sv">
          <Paragraphs text={promise.text} />
        </div>
      </section>
      <section class="section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        <SummaryTable activities={activities.map((a) => a.progress)} />
      </section>
      {activities.map((item) => (
        <ReportActivity key={item.progress.activityId} progress={item.progress} comments={item.comments} />
      ))}
    </>
  );
}

const percentOf = (progress: number | null, { fmt }: I18n) => (progress === null ? '–' : fmt.percent(progress));

function SummaryTable({ activities }: { activities: ActivityProgress[] }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  return (
    <div class="table-wrap">
      <table>
        <caption>{t('report.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.activity')}</th>
            <th scope="col" class="num">
              {t('report.targetToDate')}
            </th>
            <th scope="col" class="num">
              {t('report.outcomeToDate')}
            </th>
            <th scope="col" class="num">
              {t('report.progress')}
            </th>
            <th scope="col" class="num">
              {t('report.missingCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((item) => (
            <tr key={item.activityId}>
              <th scope="row" lang="sv">
                {item.title}
              </th>
              <td class="num">{item.measure ? fmt.number(item.targetToDate) : '–'}</td>
              <td class="num">{item.measure ? fmt.number(item.outcomeToDate) : '–'}</td>
              <td class="num">{percentOf(item.progress, i18n)}</td>
              <td class="num">{fmt.number(item.missingMonths.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "2025-T1" → "T1 2025 (jan–apr)" */
function tertialName(tertial: string, { t }: I18n): string {
  const [year = '', part = ''] = tertial.split('-');
  const key = part === 'T1' ? 'report.t1' : part === 'T2' ? 'report.t2' : 'report.t3';
  return t(key, { year });
}

function ReportActivity({ progress, comments }: { progress: ActivityProgress; comments: Map<string, string> }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const config = useMemo(() => activityChart(progress, i18n), [progress, i18n]);
  const measure = progress.measure;
  const headingId = `report-${progress.activityId}`;
  const first = progress.months[0];
  const last = progress.months[progress.months.length - 1];
  const label = t('activity.chartLabel', {
    title: progress.title,
    measure: measure?.label ?? '',
    from: first ? fmt.month(first.month) : '–',
    to: last ? fmt.month(last.month) : '–',
    outcome: fmt.number(progress.outcomeToDate),
    target: fmt.number(progress.targetToDate),
    percent: percentOf(progress.progress, i18n),
    missing: progress.missingMonths.length,
  });
  const chartTable: ChartTable = {
    caption: t('activity.tableCaption', { title: progress.title, measure: measure?.label ?? '' }),
    columns: [
      { label: t('activity.month') },
      { label: t('activity.target'), numeric: true },
      { label: t('activity.outcome'), numeric: true },
      { label: t('activity.state') },
    ],
    rows: progress.months.map((month) => ({
      header: fmt.month(month.month),
      cells: [
        month.target === null ? '–' : fmt.number(month.target),
        month.outcome === null ? '–' : fmt.number(month.outcome),
        t(`monthState.${month.state}`),
      ],
    })),
  };
  const rolled = (
    caption: string,
    head: string,
    items: { name: string; targetToDate: number; outcomeToDate: number; progress: number | null; missing: string[] }[],
  ) => (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" class="num">
              {t('activity.target')}
            </th>
            <th scope="col" class="num">
              {t('activity.outcome')}
            </th>
            <th scope="col" class="num">
              {t('report.progress')}
            </th>
            <th scope="col">{t('report.missingMonths')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.name}>
              <th scope="row">{item.name}</th>
              <td class="num">{fmt.number(item.targetToDate)}</td>
              <td class="num">{fmt.number(item.outcomeToDate)}</td>
              <td class="num">{percentOf(item.progress, i18n)}</td>
              <td>{item.missing.length === 0 ? t('report.none') : fmt.list(item.missing.map(fmt.month))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section class="section report-activity" aria-labelledby={headingId}>
      <h2 id={headingId} lang="sv">
        {progress.title}
      </h2>
      {!measure ? (
        <p class="muted">{t('activity.noMeasure')}</p>
      ) : (
        <>
          <p lang="sv">
            {t('activity.measureText', { label: measure.label, target: fmt.number(measure.monthlyTarget) })}
          </p>
          <ChartFigure label={label} config={config} table={chartTable} />
          <h3>{t('report.perMonth')}</h3>
          <div class="table-wrap">
            <table>
              <caption>{t('report.monthCaption', { title: progress.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activity.month')}</th>
                  <th scope="col" class="num">
                    {t('activity.target')}
                  </th>
                  <th scope="col" class="num">
                    {t('activity.outcome')}
                  </th>
                  <th scope="col">{t('activity.state')}</th>
                  <th scope="col">{t('report.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.months
                  .filter((month) => month.state !== 'upcoming' || month.outcome !== null)
                  .map((month) => (
                    <tr key={month.month}>
                      <th scope="row">{fmt.month(month.month)}</th>
                      <td class="num">{month.target === null ? '–' : fmt.number(month.target)}</td>
                      <td class="num">{month.outcome === null ? '–' : fmt.number(month.outcome)}</td>
                      <td>{t(`monthState.${month.state}`)}</td>
                      <td lang="sv">{comments.get(month.month) ?? ''}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <h3>{t('report.perTertial')}</h3>
          {rolled(
            t('report.tertialCaption', { title: progress.title }),
            t('report.tertial'),
            progress.tertials.map((item) => ({
              name: tertialName(item.tertial, i18n),
              targetToDate: item.targetToDate,
              outcomeToDate: item.outcomeToDate,
              progress: item.progress,
              missing: item.missingMonths,
            })),
          )}
          <h3>{t('report.perYear')}</h3>
          {rolled(
            t('report.yearCaption', { title: progress.title }),
            t('report.year'),
            progress.years.map((item) => ({
              name: String(item.year),
              targetToDate: item.targetToDate,
              outcomeToDate: item.outcomeToDate,
              progress: item.progress,
              missing: item.missingMonths,
            })),
          )}
        </>
      )}
    </section>
  );
}
