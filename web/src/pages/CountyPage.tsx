import { useMemo, useState } from 'preact/hooks';
import {
  countyOpenDataHref,
  getCountyDashboard,
  type CountyDashboard,
  type CountyIndicator,
  type CountyMunicipality,
} from '../api/counties';
import type { OpenDataFormat, OpenDataset } from '../api/municipalities';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import { LightBadge } from '../components/badges';
import { ChartFigure, type ChartTable } from '../components/ChartFigure';
import { usePageTitle } from '../components/Layout';
import { Paragraphs, Section } from '../components/text';
import { colours } from '../chartConfigs';
import type { ChartConfiguration } from '../charts';
import { useI18n, type I18n } from '../i18n/i18n';
import { href } from '../router';
import { Breadcrumb } from '../components/Breadcrumb';

// The county at a glance (/lan/{code}): every municipality side by side, in a
// table sortable by each column and in charts, each with its table.

export function CountyPage({ code }: { code: string }) {
  const { t } = useI18n();
  const result = useAsync(() => getCountyDashboard(code), [code]);
  const name = result.state === 'done' ? result.data.county.name : null;
  const title = name ?? t('county.titleLoading');
  usePageTitle(title);
  return (
    <>
      <Breadcrumb trail={[{ href: href('start'), label: t('nav.start') }]} current={name ?? code} />
      <h1>{title}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' &&
        (result.error.status === 404 || result.error.status === 400 ? (
          <p role="alert" class="notice notice-error">
            {t('county.notFound', { code })} <a href={href('start')}>{t('dashboard.backToList')}</a>
          </p>
        ) : (
          <ProblemMessage error={result.error} onRetry={result.retry} />
        ))}
      {result.state === 'done' && <CountyBody dashboard={result.data} />}
    </>
  );
}

function CountyBody({ dashboard }: { dashboard: CountyDashboard }) {
  const { t } = useI18n();
  const { county, municipalities } = dashboard;
  return (
    <>
      <p class="lead">{t('county.lead', { count: municipalities.length })}</p>
      {county.programme && (
        <Section headingId="county-programme" title={county.programme.title}>
          <Paragraphs text={county.programme.text} />
        </Section>
      )}
      <Section headingId="county-table" title={t('county.tableTitle')}>
        <p>{t('county.tableLead')}</p>
        <SortableTable municipalities={municipalities} />
      </Section>
      <Section headingId="county-charts" title={t('county.chartsTitle')}>
        <ProgressChart municipalities={municipalities} />
        {sharedIndicators(municipalities).map((title) => (
          <IndicatorChart key={title} title={title} municipalities={municipalities} />
        ))}
      </Section>
      <CountyOpenData code={county.code} />
    </>
  );
}

/** The first indicator of a municipality with this title, if any. */
const indicatorOf = (m: CountyMunicipality, title: string): CountyIndicator | undefined =>
  m.indicators.find((indicator) => indicator.title === title);

/** Indicator titles more than one municipality has: what can be compared. */
function sharedIndicators(municipalities: readonly CountyMunicipality[]): string[] {
  const counted = new Map<string, number>();
  for (const m of municipalities) {
    for (const title of new Set(m.indicators.map((i) => i.title))) counted.set(title, (counted.get(title) ?? 0) + 1);
  }
  return [...counted.entries()].filter(([, n]) => n > 1).map(([title]) => title);
}

/** The safety indicator with values for women and men a municipality shows in the table. */
const safetyOf = (m: CountyMunicipality) => m.indicators.find((i) => i.women !== null && i.men !== null);
const koladaOf = (m: CountyMunicipality) => m.indicators.find((i) => i.kolada !== null && i.period !== null);

type SortKey = 'name' | 'agreement' | 'promises' | 'progress' | 'reporting' | 'women' | 'men' | 'kolada';

const sortValue = (m: CountyMunicipality, key: SortKey): string | number | null => {
  switch (key) {
    case 'name':
      return m.municipality.name;
    case 'agreement':
      return m.agreement?.title ?? null;
    case 'promises':
      return m.promises.length;
    case 'progress':
      return m.progressToDate.progress;
    case 'reporting':
      return m.reporting.onTimeShare;
    case 'women':
      return safetyOf(m)?.women ?? null;
    case 'men':
      return safetyOf(m)?.men ?? null;
    case 'kolada':
      return koladaOf(m)?.all ?? null;
  }
};

/** Sorted by one column; a municipality without a value goes last either way. */
function sorted(list: readonly CountyMunicipality[], key: SortKey, ascending: boolean) {
  return [...list].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'sv') : x - (y as number);
    return ascending ? order : -order;
  });
}

function SortableTable({ municipalities }: { municipalities: readonly CountyMunicipality[] }) {
  const { t, fmt } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const rows = useMemo(() => sorted(municipalities, sort.key, sort.ascending), [municipalities, sort]);
  const kolada = municipalities.some((m) => koladaOf(m) !== undefined);
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'name', label: t('county.municipality') },
    { key: 'agreement', label: t('county.agreement') },
    { key: 'promises', label: t('county.promises'), numeric: true },
    { key: 'progress', label: t('county.progress'), numeric: true },
    { key: 'reporting', label: t('county.reporting'), numeric: true },
    { key: 'women', label: t('county.safeWomen'), numeric: true },
    { key: 'men', label: t('county.safeMen'), numeric: true },
    ...(kolada ? [{ key: 'kolada' as const, label: t('county.violence'), numeric: true }] : []),
  ];
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : fmt.number(value);
  return (
    <div class="table-wrap">
      <table class="sortable">
        <caption>{t('county.tableCaption')}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  class={column.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    class="sort-button"
                    onClick={() => setSort({ key: column.key, ascending: active ? !sort.ascending : true })}
                  >
                    {column.label}
                    <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const safety = safetyOf(m);
            const violence = koladaOf(m);
            return (
              <tr key={m.municipality.id}>
                <th scope="row">
                  <a href={href('dashboard', { code: m.municipality.code })}>{m.municipality.name}</a>
                </th>
                {!m.hasData ? (
                  <td colSpan={columns.length - 1}>{t('county.noData')}</td>
                ) : (
                  <>
                    <td lang="sv">{m.agreement?.title ?? t('county.noAgreement')}</td>
                    <td class="num">{fmt.number(m.promises.length)}</td>
                    <td class="num">
                      {m.progressToDate.progress === null ? '–' : fmt.percent(m.progressToDate.progress)}
                      {m.progressToDate.light && (
                        <>
                          {' '}
                          <LightBadge light={m.progressToDate.light} />
                        </>
                      )}
                    </td>
                    <td class="num">{m.reporting.onTimeShare === null ? '–' : fmt.percent(m.reporting.onTimeShare)}</td>
                    <td class="num">{percent(safety?.women)}</td>
                    <td class="num">{percent(safety?.men)}</td>
                    {kolada && (
                      <td class="num">
                        {violence?.all === null || violence === undefined
                          ? '–'
                          : `${fmt.number(violence.all)} (${violence.period ?? ''})`}
                      </td>
                    )}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="small">{t('county.safetyNote')}</p>
      {kolada && <p class="small">{t('county.koladaSource')}</p>}
    </div>
  );
}

function barChart(labels: string[], datasets: ChartConfiguration<'bar'>['data']['datasets'], percentAxis: boolean) {
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, ...(percentAxis ? { suggestedMax: 100 } : {}) } },
    },
  } satisfies ChartConfiguration<'bar'>;
}

function ProgressChart({ municipalities }: { municipalities: readonly CountyMunicipality[] }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const config = useMemo(
    () =>
      barChart(
        municipalities.map((m) => m.municipality.name),
        [
          {
            label: t('county.progress'),
            data: municipalities.map((m) =>
              m.progressToDate.progress === null ? null : Math.round(m.progressToDate.progress * 1000) / 10,
            ),
            backgroundColor: colours.outcome,
          },
        ],
        true,
      ),
    [municipalities, t],
  );
  const table: ChartTable = {
    caption: t('county.progressChart'),
    columns: [{ label: t('county.municipality') }, { label: t('county.progress'), numeric: true }],
    rows: municipalities.map((m) => ({
      key: m.municipality.id,
      header: m.municipality.name,
      cells: [m.progressToDate.progress === null ? t('county.noProgress') : fmt.percent(m.progressToDate.progress)],
    })),
  };
  return (
    <figure class="county-chart">
      <figcaption>
        <h3>{t('county.progressChart')}</h3>
      </figcaption>
      <ChartFigure label={progressLabel(municipalities, i18n)} config={config} table={table} />
    </figure>
  );
}

function progressLabel(municipalities: readonly CountyMunicipality[], { t, fmt }: I18n) {
  const parts = municipalities.map(
    (m) =>
      `${m.municipality.name} ${m.progressToDate.progress === null ? t('county.noProgress') : fmt.percent(m.progressToDate.progress)}`,
  );
  return `${t('county.progressChart')}: ${fmt.list(parts)}`;
}

function IndicatorChart({ title, municipalities }: { title: string; municipalities: readonly CountyMunicipality[] }) {
  const { t, fmt } = useI18n();
  const having = municipalities.filter((m) => indicatorOf(m, title)?.period);
  const first = indicatorOf(having[0]!, title)!;
  const split = having.some((m) => indicatorOf(m, title)!.women !== null);
  const groups = split ? (['women', 'men'] as const) : (['all'] as const);
  const config = useMemo(
    () =>
      barChart(
        having.map((m) => m.municipality.name),
        groups.map((group) => ({
          label: t(`group.${group}`),
          data: having.map((m) => indicatorOf(m, title)![group]) as number[],
          backgroundColor: colours[group],
        })),
        first.unit === 'procent',
      ),
    [having, title, t],
  );
  const table: ChartTable = {
    caption: title,
    columns: [
      { label: t('county.municipality') },
      { label: t('county.period') },
      ...groups.map((group) => ({ label: t(`group.${group}`), numeric: true })),
    ],
    rows: having.map((m) => {
      const indicator = indicatorOf(m, title)!;
      return {
        key: m.municipality.id,
        header: m.municipality.name,
        cells: [
          indicator.period ?? '–',
          ...groups.map((group) => (indicator[group] === null ? '–' : fmt.number(indicator[group]))),
        ],
      };
    }),
  };
  const label = `${title} (${first.unit}): ${fmt.list(
    having.map((m) => {
      const indicator = indicatorOf(m, title)!;
      return `${m.municipality.name} ${groups
        .map(
          (group) =>
            `${t(`group.${group}`).toLowerCase()} ${indicator[group] === null ? '–' : fmt.number(indicator[group])}`,
        )
        .join(', ')}`;
    }),
  )}`;
  return (
    <figure class="county-chart">
      <figcaption>
        <h3 lang="sv">{title}</h3>
        <p class="small">
          {t('county.unit', { unit: first.unit })}
          {first.kolada && <> · {t('county.koladaSource')}</>}
        </p>
      </figcaption>
      <ChartFigure label={label} config={config} table={table} />
    </figure>
  );
}

const DATASETS: OpenDataset[] = ['promises', 'followups', 'indicators'];
const FORMATS: OpenDataFormat[] = ['csv', 'json'];

function CountyOpenData({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <Section id="open-data" headingId="county-open-data" title={t('openData.title')}>
      <p>{t('county.openDataLead')}</p>
      <ul>
        {DATASETS.map((dataset) => (
          <li key={dataset}>
            {t(`openData.${dataset}`)}:{' '}
            {FORMATS.map((format, i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={countyOpenDataHref(code, dataset, format)} download>
                  {format.toUpperCase()}
                  <span class="visually-hidden"> – {t(`openData.${dataset}`)}</span>
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </Section>
  );
}
