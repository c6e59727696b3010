import { search, type SearchHit } from '../api/accountability';
import { Loading, ProblemMessage, useAsync } from '../components/async';
import { SearchForm, usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href, useLocation } from '../router';

// Search (/sok?q=…): published promises, activities and places of every municipality,
// each with its municipality. Public; a chunk of its own.

function hitHref(hit: SearchHit): string {
  const code = hit.municipality.code;
  if (hit.kind === 'promise') return `${href('dashboard', { code })}#promise-${hit.id ?? ''}`;
  if (hit.area !== null) return href('area', { code, area: hit.area });
  return href('dashboard', { code });
}

function Results({ q }: { q: string }) {
  const { t } = useI18n();
  const result = useAsync(() => search(q), [q]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ProblemMessage error={result.error} onRetry={result.retry} />;
  const { items } = result.data;
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results" aria-live="polite">
        {items.length === 0 ? t('search.none', { q }) : t('search.results', { count: items.length, q })}
      </h2>
      <ul class="search-results">
        {items.map((hit) => (
          <li key={`${hit.kind}-${hit.id ?? hit.title}-${hit.municipality.code}`}>
            <a href={hitHref(hit)} lang="sv">
              {hit.title}
            </a>{' '}
            <span class="badge">{t(`search.kind.${hit.kind}`)}</span>
            <span class="muted small">
              {' '}
              {hit.municipality.name}
              {hit.area && hit.kind !== 'area' ? ` · ${hit.area}` : ''}
            </span>
            {hit.excerpt && (
              <p class="small" lang="sv">
                {hit.excerpt}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchView() {
  const { t } = useI18n();
  const q = (useLocation().query.get('q') ?? '').trim().slice(0, 200);
  usePageTitle(t('search.title'));
  return (
    <>
      <h1>{t('search.title')}</h1>
      <p>{t('search.lead')}</p>
      <SearchForm id="search-page" initial={q} />
      {q !== '' && <Results q={q} />}
    </>
  );
}
