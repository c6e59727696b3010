import { listMunicipalities } from '../api/municipalities';
import {
  getSituationReport,
  getTraceability,
  listSituationReports,
  type SituationReport,
  type Traceability,
  type TracedActivity,
} from '../api/situations';
import { AsyncStatus, useAsync } from '../components/async';
import { LightBadge, StatusBadge, UnpublishedBadge } from '../components/badges';
import { DataTable } from '../components/ChartFigure';
import { usePageTitle } from '../components/Layout';
import { Fact, Paragraphs, Section } from '../components/text';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';
import { useSession } from '../session';
import { Breadcrumb } from '../components/Breadcrumb';

// The lägesbilder (Lag 2023:196): the list, and one lägesbild with its problems, their causes
// (orsaksanalys) and the activities acting on each, with their progress. The two gaps Brå names
// stand out at the top: problems no activity acts on, activities acting on no problem. The public
// reads what is published and adopted; signed-in readers what the server lets them.

export function SituationsPage() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(t('situations.title'));
  const result = useAsync(
    () => Promise.all([listSituationReports(), listMunicipalities()]),
    [ready, user?.id ?? 'anonymous'],
  );
  return (
    <>
      <h1>{t('situations.title')}</h1>
      <p class="lead">{t('situations.lead')}</p>
      <AsyncStatus result={result} />
      {result.state === 'done' &&
        (result.data[0].length === 0 ? (
          <p>{t('situations.none')}</p>
        ) : (
          <ul class="activity-list">
            {[...result.data[0]]
              .sort((a, b) => b.periodStart.localeCompare(a.periodStart))
              .map((report) => (
                <li key={report.id} class="card">
                  <h2 class="card-title" lang="sv">
                    <a href={href('situationReport', { reportId: report.id })}>{report.title}</a>
                  </h2>
                  <ReportBadges report={report} />
                  <p class="muted">{result.data[1].find((m) => m.id === report.municipalityId)?.name ?? ''}</p>
                </li>
              ))}
          </ul>
        ))}
    </>
  );
}

function ReportBadges({ report }: { report: SituationReport }) {
  const { t, fmt } = useI18n();
  return (
    <p class="badges">
      <span class={`badge report-${report.status}`}>
        {report.status === 'adopted' && report.adoptedAt
          ? t('situations.adoptedOn', { date: fmt.date(report.adoptedAt) })
          : t(`situations.status.${report.status}`)}
      </span>
      <UnpublishedBadge published={report.published} />
    </p>
  );
}

export function SituationPage({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const { ready, user } = useSession();
  const result = useAsync(
    () => Promise.all([getSituationReport(reportId), getTraceability(reportId)]),
    [reportId, ready, user?.id ?? 'anonymous'],
  );
  const title = result.state === 'done' ? result.data[0].title : t('situations.titleLoading');
  usePageTitle(title);
  return (
    <>
      <Breadcrumb
        trail={[{ href: href('situationReports'), label: t('situations.title') }]}
        current={result.state === 'done' ? title : '…'}
        currentLang="sv"
      />
      <h1 lang={result.state === 'done' ? 'sv' : undefined}>{title}</h1>
      <AsyncStatus result={result} />
      {result.state === 'done' && <SituationBody report={result.data[0]} trace={result.data[1]} />}
    </>
  );
}

function SituationBody({ report, trace }: { report: SituationReport; trace: Traceability }) {
  const { t, fmt } = useI18n();
  return (
    <>
      <ReportBadges report={report} />
      <dl class="facts facts-wide">
        <Fact term={t('situations.period')}>
          {fmt.date(report.periodStart)} – {fmt.date(report.periodEnd)}
        </Fact>
        {report.adoptedBy && (
          <Fact term={t('situations.adoptedBy')} lang="sv">
            {report.adoptedBy}
            {report.adoptedAt ? `, ${fmt.date(report.adoptedAt)}` : ''}
          </Fact>
        )}
        {trace.agreements.length > 0 && (
          <Fact term={t('situations.answeredBy')}>
            <ul class="plain">
              {trace.agreements.map((agreement) => (
                <li key={agreement.id} lang="sv">
                  <a href={href('plan', {}, { overenskommelse: agreement.id })}>{agreement.title}</a>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {report.sources.length > 0 && (
          <Fact term={t('situations.sources')}>
            <ul class="plain">
              {report.sources.map((source) => (
                <li key={source.title} lang="sv">
                  {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
      <Gaps trace={trace} />
      <Section headingId="situation-trace" title={t('situations.traceTitle')}>
        <p>{t('situations.traceLead')}</p>
        <TraceTable trace={trace} />
        {trace.problems.map((entry) => (
          <ProblemTrace
            key={entry.problem.id}
            entry={entry}
            gap={trace.problemsWithoutActivity.includes(entry.problem.id)}
          />
        ))}
      </Section>
      {report.mapping && (
        <Section headingId="situation-mapping" title={t('situations.mapping')}>
          <Paragraphs text={report.mapping} />
        </Section>
      )}
      {report.analysis && (
        <Section headingId="situation-analysis" title={t('situations.analysis')}>
          <Paragraphs text={report.analysis} />
        </Section>
      )}
      {report.internalNote && (
        <Section headingId="situation-internal" title={t('situations.internalNote')}>
          <Paragraphs text={report.internalNote} />
        </Section>
      )}
    </>
  );
}

/** The two gaps Brå names, first of all: problems no activity acts on, activities acting on no problem. */
function Gaps({ trace }: { trace: Traceability }) {
  const { t } = useI18n();
  const forgotten = trace.problems.filter((entry) => trace.problemsWithoutActivity.includes(entry.problem.id));
  const loose = trace.activitiesWithoutProblem;
  return (
    <Section headingId="situation-gaps" title={t('situations.gapsTitle')} class="section gaps">
      {forgotten.length === 0 ? (
        <p>{t('situations.noForgotten')}</p>
      ) : (
        <div class="notice notice-gap">
          <p>
            <strong>{t('situations.forgotten', { count: forgotten.length })}</strong>
          </p>
          <ul>
            {forgotten.map((entry) => (
              <li key={entry.problem.id} lang="sv">
                <a href={`#problem-${entry.problem.id}`}>{entry.problem.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {loose.length === 0 ? (
        <p>{t('situations.noLoose')}</p>
      ) : (
        <div class="notice notice-gap">
          <p>
            <strong>{t('situations.loose', { count: loose.length })}</strong>
          </p>
          <ul>
            {loose.map((activity) => (
              <li key={activity.activityId}>
                <span lang="sv">{activity.title}</span> <StatusBadge status={activity.status} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

/** Every problem in a row: its category, places, how many activities act on it and on its causes. */
function TraceTable({ trace }: { trace: Traceability }) {
  const { t, fmt } = useI18n();
  return (
    <div class="table-wrap" role="region" aria-label={t('situations.tableCaption')} tabIndex={0}>
      <DataTable
        table={{
          caption: t('situations.tableCaption'),
          columns: [
            { label: t('situations.problem'), lang: 'sv' },
            { label: t('situations.category') },
            { label: t('situations.areas'), lang: 'sv' },
            { label: t('situations.activityCount'), numeric: true },
            { label: t('situations.causesWithout'), numeric: true },
          ],
          rows: trace.problems.map(({ problem, activities, causes }) => ({
            key: problem.id,
            header: problem.title,
            cells: [
              t(`category.${problem.category}`),
              problem.areas.length > 0 ? fmt.list(problem.areas) : '–',
              trace.problemsWithoutActivity.includes(problem.id)
                ? t('situations.noneGap')
                : fmt.number(activities.length),
              `${fmt.number(causes.filter((c) => trace.causesWithoutActivity.includes(c.cause.id)).length)} / ${fmt.number(causes.length)}`,
            ],
          })),
        }}
      />
    </div>
  );
}

function ProblemTrace({ entry, gap }: { entry: Traceability['problems'][number]; gap: boolean }) {
  const { t, fmt } = useI18n();
  const { problem, activities, causes } = entry;
  return (
    <section
      id={`problem-${problem.id}`}
      class={gap ? 'problem card problem-gap' : 'problem card'}
      aria-labelledby={`problem-title-${problem.id}`}
    >
      <h3 id={`problem-title-${problem.id}`} lang="sv">
        {problem.title}
      </h3>
      <p class="badges">
        <span class="badge">{t(`category.${problem.category}`)}</span>
        {problem.areas.length > 0 && (
          <span class="badge" lang="sv">
            {fmt.list(problem.areas)}
          </span>
        )}
        <UnpublishedBadge published={problem.published} />
      </p>
      {gap ? (
        <p class="gap-text">
          <strong>{t('situations.problemGap')}</strong>
        </p>
      ) : (
        <Activities activities={activities} empty={t('situations.onlyUnpublished')} />
      )}
      {causes.length > 0 && (
        <>
          <h4>{t('situations.causes')}</h4>
          <ul class="causes">
            {causes.map(({ cause, activities: onCause }) => (
              <li key={cause.id}>
                <span lang="sv">{cause.title}</span>
                {cause.description && (
                  <span class="muted" lang="sv">
                    {' '}
                    – {cause.description}
                  </span>
                )}
                <Activities activities={onCause} empty={t('situations.causeGap')} compact />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Activities with their status and progress to date (the traffic light in words and shape). */
function Activities({
  activities,
  empty,
  compact = false,
}: {
  activities: TracedActivity[];
  empty: string;
  compact?: boolean;
}) {
  const { t, fmt } = useI18n();
  if (activities.length === 0) return <p class={compact ? 'muted small' : 'muted'}>{empty}</p>;
  return (
    <ul class={compact ? 'plain small' : 'trace-activities'}>
      {activities.map((activity) => (
        <li key={activity.activityId}>
          <span lang="sv">{activity.title}</span> <StatusBadge status={activity.status} />{' '}
          {activity.light ? (
            <LightBadge light={activity.light} progress={activity} />
          ) : activity.measure && activity.progress !== null ? (
            <span class="muted">{t('situations.progress', { percent: fmt.percent(activity.progress) })}</span>
          ) : null}
          <UnpublishedBadge published={activity.published} />
        </li>
      ))}
    </ul>
  );
}
