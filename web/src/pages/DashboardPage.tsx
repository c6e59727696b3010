import { useEffect, useMemo } from 'preact/hooks';
import { feedHref } from '../api/accountability';
import { EmbedCode, PromiseHistorySection } from '../components/history';
import { Verdict } from '../components/verdict';
import {
  getDashboard,
  openDataHref,
  type Dashboard,
  type DashboardActivity,
  type DashboardIndicator,
  type DashboardPromise,
  type OpenDataFormat,
  type OpenDataset,
} from '../api/municipalities';
import type { ValueGroup } from '../api/indicators';
import { ActivityChart, ActivityFacts, orDash } from '../components/activity';
import { Loading, ProblemMessage, useAsync, useGradually } from '../components/async';
import { LightBadge, StatusBadge, type Light } from '../components/badges';
import { ChartFigure, type ChartTable } from '../components/ChartFigure';
import { usePageTitle } from '../components/Layout';
import { Fact, Paragraphs, Section } from '../components/text';
import { groupBaseline, indicatorChart, indicatorGroups, indicatorPeriods, indicatorValue } from '../chartConfigs';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';
import { Breadcrumb } from '../components/Breadcrumb';

type Names = (id: string) => string;

/** "kvinnor 20 procent …" → "Kvinnor 20 procent …": a list that begins a fact. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function DashboardPage({ code }: { code: string }) {
  const { t } = useI18n();
  const result = useAsync(() => getDashboard(code), [code]);
  const name = result.state === 'done' ? result.data.municipality.name : null;
  const title = name ? t('dashboard.title', { name }) : t('dashboard.titleLoading');
  usePageTitle(title);

  return (
    <>
      <Breadcrumb trail={[{ href: href('start'), label: t('nav.start') }]} current={name ?? code} />
      <h1>{title}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' &&
        (result.error.status === 404 ? (
          <p role="alert" class="notice notice-error">
            {t('dashboard.notFound', { code })} <a href={href('start')}>{t('dashboard.backToList')}</a>
          </p>
        ) : (
          <ProblemMessage error={result.error} onRetry={result.retry} />
        ))}
      {result.state === 'done' && <DashboardBody dashboard={result.data} />}
    </>
  );
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const { t, fmt } = useI18n();
  const names = useMemo(() => {
    const byId = new Map(dashboard.organisations.map((organisation) => [organisation.id, organisation.name]));
    return (id: string) => byId.get(id) ?? t('common.unknownOrganisation');
  }, [dashboard, t]);
  const { goals, promises, lastChangedAt } = dashboard;
  useFeedLink(dashboard.municipality.code, t('feed.title', { name: dashboard.municipality.name }));

  return (
    <>
      <p class="meta">
        {lastChangedAt ? (
          <>
            {t('dashboard.lastChanged')} <time dateTime={lastChangedAt}>{fmt.dateTime(lastChangedAt)}</time>
          </>
        ) : (
          t('dashboard.neverChanged')
        )}
      </p>
      <p class="lead">{t('dashboard.lead', { name: dashboard.municipality.name })}</p>
      <p>
        <a href={href('county', { code: dashboard.municipality.code.slice(0, 2) })}>
          {t('dashboard.countyLink', { county: dashboard.municipality.county })}
        </a>
      </p>
      {goals.length + promises.length === 0 ? (
        <p>{t('dashboard.empty', { name: dashboard.municipality.name })}</p>
      ) : (
        <nav class="toc" aria-labelledby="toc-title">
          <h2 id="toc-title" class="toc-title">
            {t('dashboard.onThisPage')}
          </h2>
          <ul>
            {[
              ...goals.map(({ goal }) => ({ href: `#goal-${goal.id}`, title: goal.title })),
              ...promises.map(({ promise }) => ({ href: `#promise-${promise.id}`, title: promise.title })),
            ].map((entry) => (
              <li key={entry.href}>
                <a href={entry.href} lang="sv">
                  {entry.title}
                </a>
              </li>
            ))}
            <li>
              <a href="#areas">{t('areas.title')}</a>
            </li>
            <li>
              <a href="#reporting">{t('dashboard.reportingTitle')}</a>
            </li>
            <li>
              <a href="#open-data">{t('openData.title')}</a>
            </li>
          </ul>
        </nav>
      )}

      {goals.map(({ goal, indicators }) => (
        <section key={goal.id} id={`goal-${goal.id}`} class="section" aria-labelledby={`goal-title-${goal.id}`}>
          <p class="eyebrow">{t('dashboard.goalEyebrow')}</p>
          <h2 id={`goal-title-${goal.id}`} lang="sv">
            {goal.title}
          </h2>
          <Paragraphs text={goal.description} />
          {indicators.length === 0 ? (
            <p>{t('dashboard.noIndicators')}</p>
          ) : (
            <div class="card-grid">
              {indicators.map((item) => (
                <IndicatorCard key={item.indicator.id} item={item} />
              ))}
            </div>
          )}
        </section>
      ))}

      {promises.map((item) => (
        <PromiseSection key={item.promise.id} item={item} names={names} thresholds={dashboard.lightThresholds} />
      ))}

      <Reviews reviews={dashboard.reviews} />

      <Areas code={dashboard.municipality.code} areas={dashboard.areas} />
      <ReportingShare reporting={dashboard.reporting} />

      <OpenData code={dashboard.municipality.code} licence={dashboard.openDataLicence} />
      <p>
        <a href={feedHref(dashboard.municipality.code)} type="application/atom+xml">
          {t('feed.link')}
        </a>
      </p>
    </>
  );
}

/** The latest final analysis the municipality published: what was done in the last tertial, and what comes next. */
function Reviews({ reviews }: { reviews: Dashboard['reviews'] }) {
  const { t } = useI18n();
  const latest = reviews[0];
  if (!latest) return null;
  const { review, agreementTitle } = latest;
  const [year = '', part] = review.period.split('-');
  const period = part
    ? t(`report.${part.toLowerCase() as 't1' | 't2' | 't3'}`, { year })
    : t('report.wholeYear', { year });
  return (
    <Section id="review" headingId="review-title" title={t('dashboard.review', { period })}>
      <p class="muted" lang="sv">
        {agreementTitle}
      </p>
      <Paragraphs text={review.text} />
      {review.priorities && (
        <>
          <h3>{t('report.priorities')}</h3>
          <Paragraphs text={review.priorities} />
        </>
      )}
      <p>
        <a href={href('situationReports')}>{t('dashboard.toSituations')}</a>
      </p>
    </Section>
  );
}

/** <link rel="alternate"> to the municipality's Atom feed, while its dashboard is shown. */
function useFeedLink(code: string, title: string) {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.href = feedHref(code);
    link.title = title;
    document.head.appendChild(link);
    return () => link.remove();
  }, [code, title]);
}

/** The places the municipality's activities name, each a page of its own. */
function Areas({ code, areas }: { code: string; areas: Dashboard['areas'] }) {
  const { t } = useI18n();
  if (areas.length === 0) return null;
  return (
    <Section id="areas" headingId="areas-title" title={t('areas.title')}>
      <p>{t('areas.lead')}</p>
      <ul class="area-list">
        {areas.map((area) => (
          <li key={area.name}>
            <a href={href('area', { code, area: area.name })} lang="sv">
              {area.name}
            </a>{' '}
            <span class="muted small">
              {t('areas.count', { activities: area.activities, promises: area.promises })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

const DATASETS: OpenDataset[] = ['promises', 'followups', 'indicators', 'problems'];
const FORMATS: OpenDataFormat[] = ['csv', 'json'];

/** Öppna data: the published part as files, plain links to the anonymous open-data routes. */
function OpenData({ code, licence }: { code: string; licence: string }) {
  const { t } = useI18n();
  return (
    <Section id="open-data" headingId="open-data-title" title={t('openData.title')}>
      <p>{t('openData.lead')}</p>
      <ul class="open-data">
        {DATASETS.map((dataset) => {
          const name = t(`openData.${dataset}`);
          return (
            <li key={dataset}>
              <strong>{name}</strong>
              <span class="muted"> – {t(`openData.${dataset}Text`)}</span>{' '}
              <span class="open-data-links">
                {FORMATS.map((format) => (
                  <a
                    key={format}
                    href={openDataHref(code, dataset, format)}
                    download={format === 'csv' ? '' : undefined}
                  >
                    {format.toUpperCase()}
                    <span class="visually-hidden">({name})</span>
                  </a>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="small">{t('openData.licence', { licence })}</p>
    </Section>
  );
}

function IndicatorCard({ item }: { item: DashboardIndicator }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const { indicator, progress } = item;
  const config = useMemo(() => indicatorChart(item, i18n), [item, i18n]);
  const groups = indicatorGroups(item);
  const periods = indicatorPeriods(item);
  const valued = periods.filter((period) => groups.some((group) => indicatorValue(item, period, group) !== null));
  const latest = valued[valued.length - 1];
  const withUnit = (value: number) => t('indicator.valueWithUnit', { value: fmt.number(value), unit: indicator.unit });
  /** "kvinnor 20 procent och män 34 procent": one text per group, in the groups' order. */
  const perGroup = (text: (group: ValueGroup) => string) =>
    fmt.list(groups.map((group) => `${t(`group.${group}`).toLowerCase()} ${text(group)}`));
  const { baseline, target } = indicator;
  // Per group: each group's progress is measured from its own baseline.
  const baselines = baseline
    ? `${perGroup((group) => withUnit(groupBaseline(item, baseline, group)))} (${fmt.period(baseline.period)})`
    : null;

  const label = t('indicator.chartLabel', {
    title: indicator.title,
    groups: fmt.list(groups.map((group) => t(`group.${group}`).toLowerCase())),
    from: valued[0] ? fmt.period(valued[0]) : '–',
    to: latest ? fmt.period(latest) : '–',
    latest: latest ? perGroup((group) => orDash(indicatorValue(item, latest, group), withUnit)) : '–',
    baseline: baselines ? t('indicator.baselineText', { baselines }) : t('indicator.noBaseline'),
    target: target
      ? t('indicator.targetText', { value: withUnit(target.value), period: target.period })
      : t('indicator.noTarget'),
  });

  const cell = (value: number | null) => orDash(value, fmt.number);
  const table: ChartTable = {
    caption: t('indicator.tableCaption', { title: indicator.title, unit: indicator.unit }),
    columns: [
      { label: t('indicator.period') },
      ...groups.map((group) => ({ label: t(`group.${group}`), numeric: true })),
    ],
    rows: [
      ...valued.map((period) => ({
        header: fmt.period(period),
        cells: groups.map((group) => cell(indicatorValue(item, period, group))),
      })),
      ...(baseline
        ? [
            {
              header: t('indicator.baselineSeries', { period: fmt.period(baseline.period) }),
              cells: groups.map((group) => fmt.number(groupBaseline(item, baseline, group))),
            },
          ]
        : []),
      ...(target
        ? [
            {
              header: t('indicator.targetSeries', { period: fmt.period(target.period) }),
              cells: groups.map(() => fmt.number(target.value)),
            },
          ]
        : []),
    ],
  };

  return (
    <article class="card indicator-card" aria-labelledby={`indicator-${indicator.id}`}>
      <h3 id={`indicator-${indicator.id}`} class="card-title" lang="sv">
        {indicator.title}
      </h3>
      <dl class="facts">
        <Fact term={t('indicator.source')} lang="sv">
          {indicator.source}
        </Fact>
        {indicator.kolada && (
          <Fact term={t('indicator.kolada')}>{t('indicator.koladaSource', { kpi: indicator.kolada.kpi })}</Fact>
        )}
        <Fact term={t('indicator.baseline')}>{baselines ? sentence(baselines) : t('indicator.noBaseline')}</Fact>
        <Fact term={t('indicator.target')}>
          {target ? `${withUnit(target.value)} (${fmt.period(target.period)})` : t('indicator.noTarget')}
        </Fact>
        <Fact term={t('indicator.better')}>{t(`direction.${indicator.direction}`)}</Fact>
        <Fact term={t('indicator.progress')}>
          {sentence(
            perGroup((group) => {
              const share = progress[group];
              // "30 % av vägen till målet": a bare "30 %" reads as the indicator's value.
              return share === null
                ? t('indicator.noProgress')
                : t('indicator.wayToTarget', { percent: fmt.percent(share) });
            }),
          )}
        </Fact>
      </dl>
      <ChartFigure label={label} config={config} table={table} />
    </article>
  );
}

function PromiseSection({
  item,
  names,
  thresholds,
}: {
  item: DashboardPromise;
  names: Names;
  thresholds: Dashboard['lightThresholds'];
}) {
  const { t, fmt } = useI18n();
  const { promise, activities } = item;
  const lights = activities.map(({ progress }) => progress.light);
  const count = (light: Light | null) => lights.filter((each) => each === light).length;
  const shown = useGradually(activities.length, 4);

  return (
    <section id={`promise-${promise.id}`} class="section" aria-labelledby={`promise-title-${promise.id}`}>
      <p class="eyebrow">{t('dashboard.promiseEyebrow')}</p>
      <h2 id={`promise-title-${promise.id}`} lang="sv">
        {promise.title}
      </h2>
      <p class="meta">
        {t('dashboard.period', { start: fmt.date(promise.periodStart), end: fmt.date(promise.periodEnd) })}
      </p>
      <div class="verdict-row">
        <Verdict promise={promise} />
        {activities.length > 0 && (
          <div class="computed">
            <p class="small">{t('verdict.computed')}</p>
            <ul class="light-summary">
              <li>
                <LightBadge light="onTrack" /> {count('onTrack')}
              </li>
              <li>
                <LightBadge light="atRisk" /> {count('atRisk')}
              </li>
              <li>
                <LightBadge light="behind" /> {count('behind')}
              </li>
              <li>
                <span class="badge">{t('light.none')}</span> {count(null)}
              </li>
            </ul>
          </div>
        )}
      </div>
      <p class="muted small">{t('verdict.explanation')}</p>
      <div class="promise-text">
        <Paragraphs text={promise.text} />
      </div>
      <h3 class="subheading">{t('dashboard.activities', { count: activities.length })}</h3>
      {activities.length > 0 && (
        <p class="muted small">
          {t('light.explanation', {
            onTrack: fmt.percent(thresholds.onTrack),
            atRisk: fmt.percent(thresholds.atRisk),
          })}
        </p>
      )}
      <div class="card-grid">
        {activities.slice(0, shown).map((activity) => (
          <ActivityCard key={activity.activity.id} item={activity} names={names} />
        ))}
      </div>
      <PromiseHistorySection promiseId={promise.id} />
      <EmbedCode promiseId={promise.id} title={promise.title} />
    </section>
  );
}

export function ActivityCard({ item, names }: { item: DashboardActivity; names: Names }) {
  const { t, fmt } = useI18n();
  const { activity, progress } = item;
  const { light } = progress;
  const measure = progress.measure;

  return (
    <article class="card activity-card" aria-labelledby={`activity-${activity.id}`}>
      <h4 id={`activity-${activity.id}`} class="card-title" lang="sv">
        {activity.title}
      </h4>
      <p class="badges">
        <StatusBadge status={activity.status} />
        {light && <LightBadge light={light} progress={progress} />}
      </p>
      <ActivityFacts activity={activity} names={names} />
      {measure ? (
        <>
          <p class="progress-text">
            {t('activity.progressText', {
              outcome: fmt.number(progress.outcomeToDate),
              target: fmt.number(progress.targetToDate),
              measure: measure.label,
            })}
            {progress.progress !== null && (
              <>
                {' '}
                <strong>{t('activity.progressPercent', { percent: fmt.percent(progress.progress) })}</strong>
              </>
            )}
          </p>
          {progress.progress !== null && (
            <div class={`meter meter-${light ?? 'none'}`} aria-hidden="true">
              <span style={{ width: `${Math.min(100, Math.round(progress.progress * 100))}%` }} />
            </div>
          )}
          <p class={progress.missingMonths.length > 0 ? 'missing' : 'muted small'}>
            {progress.missingMonths.length > 0
              ? t('activity.missing', { months: fmt.list(progress.missingMonths.map(fmt.month)) })
              : t('activity.noneMissing')}
          </p>
          <ActivityChart progress={progress} />
        </>
      ) : (
        <p class="muted">{t('activity.noMeasure')}</p>
      )}
    </article>
  );
}

/** Rapporteringsgrad: the share of due months reported on time over the last twelve months, said in words. */
function ReportingShare({ reporting }: { reporting: Dashboard['reporting'] }) {
  const { t, fmt } = useI18n();
  const { counts } = reporting;
  const span = { from: fmt.month(reporting.from), to: fmt.month(reporting.to) };
  return (
    <Section id="reporting" headingId="reporting-title" title={t('dashboard.reportingTitle')}>
      {counts.onTimeShare === null ? (
        <p>{t('dashboard.reportingNone', span)}</p>
      ) : (
        <>
          <p class="big-number">{fmt.percent(counts.onTimeShare)}</p>
          <p>
            {t('dashboard.reportingText', {
              ...span,
              onTime: fmt.number(counts.onTime),
              due: fmt.number(counts.due),
              late: fmt.number(counts.late),
              missing: fmt.number(counts.missing),
            })}
          </p>
        </>
      )}
      <p class="small muted">{t('dashboard.reportingHow')}</p>
    </Section>
  );
}
