import { useMemo } from 'preact/hooks';
import { listFollowUps } from '../api/followUps';
import { getPromise, getPromiseProgress, type ActivityProgress, type CitizenPromise } from '../api/promises';
import { listReviews, type Review } from '../api/reviews';
import { ActivityChart, measureText, orDash } from '../components/activity';
import { AsyncStatus, useAsync } from '../components/async';
import { DataTable, type ChartTable } from '../components/ChartFigure';
import { SelectField } from '../components/fields';
import { usePageTitle } from '../components/Layout';
import { Paragraphs, Section } from '../components/text';
import { useI18n, type I18n } from '../i18n/i18n';
import { href, navigate, useLocation } from '../router';
import { lastEndedMonth, monthsOfYear, yearsOf } from '../months';
import { closePeriod, listClosedPeriods, reopenPeriod } from '../api/reporting';
import { asApiError, type ApiError } from '../api/client';
import { ProblemMessage } from '../components/async';
import { useSession } from '../session';
import { useState } from 'preact/hooks';

// The report of one promise for the steering group, for one tertial or one year (?period=2026-T1 or
// ?period=2026, so that a link opens and prints the same): a summary table first, then a compact section
// per activity. Made to be printed: one tertial of the demo's promise fits 4 A4 pages.

async function loadReport(promiseId: string, signedIn: boolean) {
  const [promise, progress] = await Promise.all([getPromise(promiseId), getPromiseProgress(promiseId)]);
  // The agreement's tertial and year analyses, as the reader may see them (the public: final, published).
  const reviews = promise.agreementId ? await listReviews(promise.agreementId) : [];
  const activities = await Promise.all(
    progress.activities.map(async (item) => {
      const followUps = await listFollowUps(item.activityId);
      return {
        progress: item,
        comments: new Map(followUps.map((followUp) => [followUp.month, followUp.comment])),
      };
    }),
  );
  // Settled tertials of the promise's agreement, for those signed in (the list is theirs to read; none
  // to say when it has none, or it cannot be read).
  const closed = signedIn && promise.agreementId ? await listClosedPeriods(promise.agreementId).catch(() => []) : [];
  return {
    promise,
    activities,
    reviews,
    closed,
    lastMonth: lastEndedMonth(progress.activities),
    thresholds: progress.lightThresholds,
  };
}

type ReportData = Awaited<ReturnType<typeof loadReport>>;
type ReportItem = ReportData['activities'][number];

/** "2026-05" → "2026-T2": T1 is January–April, T2 May–August, T3 September–December. */
const tertialOf = (month: string) => `${month.slice(0, 4)}-T${Math.ceil(Number(month.slice(5, 7)) / 4)}`;

/** What the report may cover, in order: each year of the promise with its tertials first, then the whole year. */
function periodsOf(promise: CitizenPromise): string[] {
  return yearsOf(promise.periodStart, promise.periodEnd).flatMap((year) => [
    ...new Set(monthsOfYear(year, promise.periodStart, promise.periodEnd).map(tertialOf)),
    String(year),
  ]);
}

/** Whether a month ("2026-05") lies in a period: a tertial ("2026-T2") or a year ("2026"). */
const inPeriod = (period: string, month: string) =>
  period.length === 4 ? month.startsWith(period) : tertialOf(month) === period;

/** "2025-T1" → "T1 2025 (jan–apr)", "2025" → "Helår 2025" */
function periodName(period: string, { t }: I18n): string {
  const [year = '', part] = period.split('-');
  if (part === undefined) return t('report.wholeYear', { year });
  return t(part === 'T1' ? 'report.t1' : part === 'T2' ? 'report.t2' : 'report.t3', { year });
}

/**
 * An activity's progress over one period, in the shape of the whole (the server's roll-up of that
 * tertial or year, and its months), so the chart, its label and its table speak of the period alone.
 */
function periodProgress(progress: ActivityProgress, period: string): ActivityProgress {
  const rolled = progress.tertials.find((item) => item.tertial === period) ??
    progress.years.find((item) => item.year === period) ?? {
      targetToDate: 0,
      outcomeToDate: 0,
      progress: null,
      missingMonths: [],
      light: null,
    };
  return {
    ...progress,
    months: progress.months.filter((month) => inPeriod(period, month.month)),
    targetToDate: rolled.targetToDate,
    outcomeToDate: rolled.outcomeToDate,
    progress: rolled.progress,
    missingMonths: rolled.missingMonths,
    light: rolled.light,
  };
}

export function ReportPage({ promiseId }: { promiseId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const result = useAsync(() => loadReport(promiseId, user !== null), [promiseId, user?.id]);
  const title =
    result.state === 'done' ? t('report.title', { title: result.data.promise.title }) : t('report.titleLoading');
  usePageTitle(title);

  return (
    <div class="report">
      <h1>{title}</h1>
      <AsyncStatus result={result} />
      {result.state === 'done' && <ReportBody data={result.data} />}
    </div>
  );
}

function ReportBody({ data }: { data: ReportData }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const location = useLocation();
  const { promise } = data;
  const periods = periodsOf(promise);
  const latest = data.lastMonth ? tertialOf(data.lastMonth) : null;
  // The chosen period, else the tertial of the last month that has ended (what the steering group meets about).
  const period =
    periods.find((each) => each === location.query.get('period')) ??
    periods.find((each) => each === latest) ??
    periods[0] ??
    '';
  const items = useMemo(
    () => data.activities.map((item) => ({ ...item, progress: periodProgress(item.progress, period) })),
    [data, period],
  );

  return (
    <>
      <p class="lead">
        {t('report.lead', {
          period: periodName(period, i18n),
          from: fmt.date(promise.periodStart),
          to: fmt.date(promise.periodEnd),
        })}
      </p>
      <Settled data={data} period={period} />
      <div class="chooser no-print">
        <SelectField
          id="report-period"
          label={t('report.chosenPeriod')}
          value={period}
          onValue={(chosen) =>
            navigate(href('report', { promiseId: promise.id }, { period: chosen }), { replace: true })
          }
          options={periods.map((each) => ({ value: each, label: periodName(each, i18n) }))}
        />
        <button type="button" class="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <a href={href('followUp', {}, { lofte: promise.id })}>{t('report.toFollowUp')}</a>
      </div>
      {/* The period's figures and its analysis side by side, as the steering group reads them. */}
      <div class="report-side-by-side">
        <Section headingId="report-summary" title={t('report.summary')}>
          <SummaryTable items={items} period={periodName(period, i18n)} />
          <p class="muted small">
            {t('light.explanation', {
              onTrack: fmt.percent(data.thresholds.onTrack),
              atRisk: fmt.percent(data.thresholds.atRisk),
            })}
          </p>
        </Section>
        <ReviewSection
          review={data.reviews.find((review) => review.period === period)}
          period={periodName(period, i18n)}
        />
      </div>
      {items.map((item) => (
        <ReportActivity key={item.progress.activityId} item={item} />
      ))}
      <Section headingId="report-promise" title={t('report.promiseText')} class="section promise-text">
        <Paragraphs text={promise.text} />
      </Section>
    </>
  );
}

/** The analysis of the period (tertialanalys, årsanalys): what was done, what worked, the priorities next. */
function ReviewSection({ review, period }: { review: Review | undefined; period: string }) {
  const { t, fmt } = useI18n();
  return (
    <Section headingId="report-review" title={t('report.review', { period })} class="section report-review">
      {!review ? (
        <p class="muted">{t('report.noReview')}</p>
      ) : (
        <>
          <p class="badges">
            <span class={`badge review-${review.status}`}>{t(`review.status.${review.status}`)}</span>
            <span class="muted small">{t('report.reviewUpdated', { date: fmt.dateTime(review.updatedAt) })}</span>
          </p>
          <Paragraphs text={review.text} />
          {review.priorities && (
            <>
              <h3>{t('report.priorities')}</h3>
              <Paragraphs text={review.priorities} />
            </>
          )}
        </>
      )}
    </Section>
  );
}

/** A table of numbers in its own scrolling box, which the keyboard can reach to scroll a narrow screen. */
function Table({ table }: { table: ChartTable }) {
  return (
    <div class="table-wrap" role="region" aria-label={table.caption} tabIndex={0}>
      <DataTable table={table} />
    </div>
  );
}

/** The missing months in words, or "Inga". */
function missingText(months: string[], { t, fmt }: I18n): string {
  return months.length === 0 ? t('report.none') : fmt.list(months.map(fmt.month));
}

function SummaryTable({ items, period }: { items: ReportItem[]; period: string }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  return (
    <Table
      table={{
        caption: t('report.summaryCaption', { period }),
        columns: [
          { label: t('report.activity'), lang: 'sv' },
          { label: t('report.targetToDate'), numeric: true },
          { label: t('report.outcomeToDate'), numeric: true },
          { label: t('report.progress'), numeric: true },
          { label: t('report.light') },
          { label: t('report.missingMonths') },
        ],
        rows: items.map(({ progress }) => {
          const { light } = progress;
          return {
            key: progress.activityId,
            header: progress.title,
            cells: progress.measure
              ? [
                  fmt.number(progress.targetToDate),
                  fmt.number(progress.outcomeToDate),
                  orDash(progress.progress, fmt.percent),
                  t(light ? `light.${light}` : 'light.none'),
                  missingText(progress.missingMonths, i18n),
                ]
              : ['–', '–', '–', t('light.none'), '–'],
          };
        }),
      }}
    />
  );
}

/** An activity in the period: its chart beside its measure and its months with their comments. */
function ReportActivity({ item }: { item: ReportItem }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const { progress, comments } = item;
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
        <div class="report-activity-body">
          <p class="report-measure" lang="sv">
            {measureText(measure, i18n)}
          </p>
          <ActivityChart progress={progress} />
          <Table
            table={{
              caption: t('report.monthCaption', { title: progress.title }),
              columns: [
                { label: t('activity.month') },
                { label: t('activity.target'), numeric: true },
                { label: t('activity.outcome'), numeric: true },
                { label: t('report.comment'), lang: 'sv' },
              ],
              rows: progress.months
                .filter((month) => month.state !== 'upcoming' || month.outcome !== null)
                .map((month) => ({
                  header: fmt.month(month.month),
                  cells: [
                    orDash(month.target, fmt.number),
                    // Only months that ended or have an outcome are listed: a missing one says so.
                    month.state === 'missing' ? t('monthState.missing') : orDash(month.outcome, fmt.number),
                    comments.get(month.month) ?? '',
                  ],
                })),
            }}
          />
        </div>
      )}
    </section>
  );
}

/**
 * "Fastställd": a settled tertial says who closed it and when; a year lists its settled tertials.
 * An editor closes the tertial shown once it has ended, or reopens it.
 */
function Settled({ data, period }: { data: ReportData; period: string }) {
  const { t, fmt } = useI18n();
  const { user } = useSession();
  const [closed, setClosed] = useState(data.closed);
  const [error, setError] = useState<ApiError | null>(null);
  const agreementId = data.promise.agreementId;
  const settled = closed.filter((item) => item.period === period || item.period.startsWith(`${period}-`));
  const isTertial = period.includes('-T');
  // A tertial may be settled once its last month has ended.
  const lastOfTertial = `${period.slice(0, 4)}-${String(Number(period.slice(6)) * 4).padStart(2, '0')}`;
  const ended = isTertial && data.lastMonth !== null && data.lastMonth >= lastOfTertial;
  const mayClose = agreementId && user && (user.role === 'editor' || user.role === 'admin');

  async function change(close: boolean) {
    if (!agreementId) return;
    setError(null);
    try {
      if (close) {
        const made = await closePeriod(agreementId, period);
        setClosed([...closed, made]);
      } else {
        await reopenPeriod(agreementId, period);
        setClosed(closed.filter((item) => item.period !== period));
      }
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  return (
    <>
      {settled.map((item) => (
        <p key={item.id} class="notice settled">
          <strong>{t('report.settled', { period: item.period })}</strong>{' '}
          {t('report.settledBy', { name: item.closedBy?.name ?? '–', date: fmt.date(item.closedAt.slice(0, 10)) })}
        </p>
      ))}
      {mayClose && isTertial && (
        <p class="no-print">
          {settled.length > 0 ? (
            <button type="button" class="button button-secondary" onClick={() => void change(false)}>
              {t('report.reopen')}
            </button>
          ) : (
            ended && (
              <button type="button" class="button button-secondary" onClick={() => void change(true)}>
                {t('report.close')}
              </button>
            )
          )}
        </p>
      )}
      {error && <ProblemMessage error={error} />}
    </>
  );
}
