import { listFollowUps } from '../api/followUps';
import { getPromise, getPromiseProgress, type ActivityProgress, type CitizenPromise } from '../api/promises';
import { ActivityChart, measureText, orDash } from '../components/activity';
import { AsyncStatus, useAsync } from '../components/async';
import { DataTable, type ChartTable } from '../components/ChartFigure';
import { usePageTitle } from '../components/Layout';
import { Paragraphs, Section } from '../components/text';
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
      comments: new Map((followUps[i] ?? []).map((followUp) => [followUp.month, followUp.comment])),
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
      <AsyncStatus result={result} />
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
      <Section headingId="report-promise" title={t('report.promiseText')} class="section promise-text">
        <div lang="sv">
          <Paragraphs text={promise.text} />
        </div>
      </Section>
      <Section headingId="report-summary" title={t('report.summary')}>
        <SummaryTable activities={activities.map((a) => a.progress)} />
      </Section>
      {activities.map((item) => (
        <ReportActivity key={item.progress.activityId} progress={item.progress} comments={item.comments} />
      ))}
    </>
  );
}

/** A table of numbers in its own scrolling box. */
function Table({ table }: { table: ChartTable }) {
  return (
    <div class="table-wrap">
      <DataTable table={table} />
    </div>
  );
}

function SummaryTable({ activities }: { activities: ActivityProgress[] }) {
  const { t, fmt } = useI18n();
  return (
    <Table
      table={{
        caption: t('report.summaryCaption'),
        columns: [
          { label: t('report.activity'), lang: 'sv' },
          { label: t('report.targetToDate'), numeric: true },
          { label: t('report.outcomeToDate'), numeric: true },
          { label: t('report.progress'), numeric: true },
          { label: t('report.missingCount'), numeric: true },
        ],
        rows: activities.map((item) => ({
          key: item.activityId,
          header: item.title,
          cells: [
            item.measure ? fmt.number(item.targetToDate) : '–',
            item.measure ? fmt.number(item.outcomeToDate) : '–',
            orDash(item.progress, fmt.percent),
            fmt.number(item.missingMonths.length),
          ],
        })),
      }}
    />
  );
}

/** "2025-T1" → "T1 2025 (jan–apr)" */
function tertialName(tertial: string, { t }: I18n): string {
  const [year = '', part = ''] = tertial.split('-');
  const key = part === 'T1' ? 'report.t1' : part === 'T2' ? 'report.t2' : 'report.t3';
  return t(key, { year });
}

/** A tertial or a year of an activity's progress, by its name. */
type Rolled = Pick<
  ActivityProgress['years'][number],
  'targetToDate' | 'outcomeToDate' | 'progress' | 'missingMonths'
> & {
  name: string;
};

/** The months summed per tertial or per year. */
function RolledTable({ caption, head, items }: { caption: string; head: string; items: Rolled[] }) {
  const { t, fmt } = useI18n();
  return (
    <Table
      table={{
        caption,
        columns: [
          { label: head },
          { label: t('activity.target'), numeric: true },
          { label: t('activity.outcome'), numeric: true },
          { label: t('report.progress'), numeric: true },
          { label: t('report.missingMonths') },
        ],
        rows: items.map((item) => ({
          header: item.name,
          cells: [
            fmt.number(item.targetToDate),
            fmt.number(item.outcomeToDate),
            orDash(item.progress, fmt.percent),
            item.missingMonths.length === 0 ? t('report.none') : fmt.list(item.missingMonths.map(fmt.month)),
          ],
        })),
      }}
    />
  );
}

function ReportActivity({ progress, comments }: { progress: ActivityProgress; comments: Map<string, string> }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const measure = progress.measure;
  const headingId = `report-${progress.activityId}`;

  return (
    <section class="section report-activity" aria-labelledby={headingId}>
      <h2 id={headingId} lang="sv">
        {progress.title}
      </h2>
      {!measure ? (
        <p class="muted">{t('activity.noMeasure')}</p>
      ) : (
        <>
          <p lang="sv">{measureText(measure, i18n)}</p>
          <ActivityChart progress={progress} />
          <h3>{t('report.perMonth')}</h3>
          <Table
            table={{
              caption: t('report.monthCaption', { title: progress.title }),
              columns: [
                { label: t('activity.month') },
                { label: t('activity.target'), numeric: true },
                { label: t('activity.outcome'), numeric: true },
                { label: t('activity.state') },
                { label: t('report.comment'), lang: 'sv' },
              ],
              rows: progress.months
                .filter((month) => month.state !== 'upcoming' || month.outcome !== null)
                .map((month) => ({
                  header: fmt.month(month.month),
                  cells: [
                    orDash(month.target, fmt.number),
                    orDash(month.outcome, fmt.number),
                    t(`monthState.${month.state}`),
                    comments.get(month.month) ?? '',
                  ],
                })),
            }}
          />
          <h3>{t('report.perTertial')}</h3>
          <RolledTable
            caption={t('report.tertialCaption', { title: progress.title })}
            head={t('report.tertial')}
            items={progress.tertials.map((item) => ({ ...item, name: tertialName(item.tertial, i18n) }))}
          />
          <h3>{t('report.perYear')}</h3>
          <RolledTable
            caption={t('report.yearCaption', { title: progress.title })}
            head={t('report.year')}
            items={progress.years.map((item) => ({ ...item, name: String(item.year) }))}
          />
        </>
      )}
    </section>
  );
}
