import { useMemo } from 'preact/hooks';
import { getArea, type AreaPage } from '../api/accountability';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import { usePageTitle } from '../components/Layout';
import { Section } from '../components/text';
import { Verdict } from '../components/verdict';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';
import { ActivityCard } from './DashboardPage';
import { Breadcrumb } from '../components/Breadcrumb';

// A place (/kommun/{code}/omrade/{area}): the published activities there with their progress,
// and the promises they belong to with their verdicts. Public; a chunk of its own.

export function AreaView({ code, area }: { code: string; area: string }) {
  const { t } = useI18n();
  const result = useAsync(() => getArea(code, area), [code, area]);
  const page = result.state === 'done' ? result.data : null;
  const title = page ? t('area.title', { area: page.name, name: page.municipality.name }) : t('area.titleLoading');
  usePageTitle(title);

  return (
    <>
      <Breadcrumb
        trail={[
          { href: href('start'), label: t('nav.start') },
          { href: href('dashboard', { code }), label: page?.municipality.name ?? code },
        ]}
        current={page?.name ?? area}
      />
      <h1 lang={page ? 'sv' : undefined}>{title}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' &&
        (result.error.status === 404 ? (
          <p role="alert" class="notice notice-error">
            {t('area.notFound', { area })} <a href={href('dashboard', { code })}>{t('dashboard.backToList')}</a>
          </p>
        ) : (
          <ProblemMessage error={result.error} onRetry={result.retry} />
        ))}
      {page && <AreaBody page={page} code={code} />}
    </>
  );
}

function AreaBody({ page, code }: { page: AreaPage; code: string }) {
  const { t } = useI18n();
  const names = useMemo(() => {
    const byId = new Map(page.organisations.map((organisation) => [organisation.id, organisation.name]));
    return (id: string) => byId.get(id) ?? t('common.unknownOrganisation');
  }, [page, t]);
  return (
    <>
      <p class="lead">{t('area.lead', { area: page.name })}</p>
      <Section headingId="area-promises" title={t('area.promises')}>
        {page.promises.length === 0 ? (
          <p>{t('area.noPromises')}</p>
        ) : (
          <ul class="area-promises">
            {page.promises.map((promise) => (
              <li key={promise.id} class="card">
                <h3 class="card-title" lang="sv">
                  {promise.title}
                </h3>
                <Verdict promise={promise} />
                <a href={`${href('dashboard', { code })}#promise-${promise.id}`}>{t('area.toPromise')}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section headingId="area-activities" title={t('area.activities', { count: page.activities.length })}>
        <div class="card-grid">
          {page.activities.map((item) => (
            <ActivityCard key={item.activity.id} item={item} names={names} />
          ))}
        </div>
      </Section>
    </>
  );
}
