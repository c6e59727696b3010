import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { navItems } from '../nav';
import { href, navigate, useLocation } from '../router';
import { signOut, useSession } from '../session';
import { ProblemMessage } from './async';
import { getMyTasks } from '../api/reporting';

/** Says something to screen readers through the page's one polite live region. */
export const AnnounceContext = createContext<(message: string) => void>(() => {});
export const useAnnounce = () => useContext(AnnounceContext);

/** Sets the document title: "Page – Löfteskollen". */
export function usePageTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('layout.documentTitle', { page: title });
  }, [title, t]);
}

/** The one search box of the public pages: it leads to the search page (/sok?q=…). */
export function SearchForm({ id, initial = '' }: { id: string; initial?: string }) {
  const { t } = useI18n();
  return (
    <form
      role="search"
      class="search-form"
      action={href('search')}
      onSubmit={(event) => {
        event.preventDefault();
        const q = new FormData(event.currentTarget).get('q');
        if (typeof q === 'string' && q.trim() !== '') navigate(href('search', {}, { q: q.trim() }));
      }}
    >
      <label for={`${id}-q`} class="visually-hidden">
        {t('search.label')}
      </label>
      <input id={`${id}-q`} name="q" type="search" maxLength={200} required value={initial} key={initial} />
      <button type="submit" class="header-button">
        {t('search.button')}
      </button>
    </form>
  );
}

const SAVED_EVENT = 'lofteskollen:follow-up-saved';

/** Tells the page a month was recorded (the header's task count reads again). */
export const followUpSaved = () => window.dispatchEvent(new Event(SAVED_EVENT));

function onFollowUpSaved(listener: () => void): () => void {
  window.addEventListener(SAVED_EVENT, listener);
  return () => window.removeEventListener(SAVED_EVENT, listener);
}

/** How many reporting tasks the signed-in person has (read again on every page): null for those who report nothing. */
function useTaskCount(): number | null {
  const { user } = useSession();
  const location = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const [saved, setSaved] = useState(0);
  const reports = user !== null && (user.role === 'editor' || user.role === 'partner');
  // A month recorded anywhere (the follow-up dialog says so) may end a task.
  useEffect(() => onFollowUpSaved(() => setSaved((n) => n + 1)), []);
  useEffect(() => {
    if (!reports) return setCount(null);
    let live = true;
    getMyTasks().then(
      (tasks) => live && setCount(tasks.length),
      () => live && setCount(null),
    );
    return () => {
      live = false;
    };
  }, [reports, user?.id, location.path, saved]);
  return count;
}

export function Layout({ children, announcement }: { children: ComponentChildren; announcement: string }) {
  const { t, setLang, lang } = useI18n();
  const { user, setUser } = useSession();
  const location = useLocation();
  const announce = useAnnounce();
  const [signOutError, setSignOutError] = useState<ApiError | null>(null);
  const taskCount = useTaskCount();

  const visibleNav = navItems.filter(
    (item) => (!item.signedIn || user !== null) && (!item.roles || (user !== null && item.roles.includes(user.role))),
  );
  const otherLang = lang === 'sv' ? 'en' : 'sv';

  async function onSignOut() {
    setSignOutError(null);
    try {
      await signOut();
      setUser(null);
      announce(t('layout.signedOut'));
      // The page stays: each page shows what an anonymous reader may see (or asks them to sign in).
    } catch (error) {
      setSignOutError(asApiError(error));
    }
  }

  const loginHref =
    location.page === 'login' || location.page === null
      ? href('login')
      : href('login', {}, { next: location.path + window.location.search });

  return (
    <>
      <a class="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header class="site-header">
        <div class="container header-bar">
          <a class="brand" href={href('start')}>
            <span class="brand-name">{t('layout.brand')}</span>
            <span class="brand-tagline">{t('layout.tagline')}</span>
          </a>
          <div class="header-tools">
            <button type="button" class="header-button" lang={otherLang} onClick={() => setLang(otherLang)}>
              {t('layout.otherLanguage')}
            </button>
            {user ? (
              <>
                <span class="signed-in">
                  {t('layout.signedInAs')} <strong>{user.name}</strong>{' '}
                  <span class="signed-in-role">({t(`role.${user.role}`)})</span>
                </span>
                {taskCount !== null && (
                  <a class="header-link task-count" href={href('tasks')}>
                    {t('layout.tasks', { count: String(taskCount) })}
                  </a>
                )}
                <a class="header-link" href={href('account')}>
                  {t('layout.account')}
                </a>
                <button type="button" class="header-button" onClick={() => void onSignOut()}>
                  {t('layout.signOut')}
                </button>
              </>
            ) : (
              <a class="header-link" href={loginHref}>
                {t('layout.signIn')}
              </a>
            )}
          </div>
        </div>
        {location.page !== 'search' && (
          <div class="container header-search">
            <SearchForm id="site-search" />
          </div>
        )}
        <nav class="main-nav" aria-label={t('layout.mainNav')}>
          <ul class="container">
            {visibleNav.map((item) => (
              <li key={item.page}>
                <a href={href(item.page)} aria-current={location.page === item.page ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {signOutError && (
        <div class="container">
          <ProblemMessage error={signOutError} lead={t('layout.signOutFailed')} />
        </div>
      )}
      <main id="main" tabIndex={-1}>
        <div class="container">{children}</div>
      </main>
      <footer class="site-footer">
        <div class="container footer-inner">
          <p class="footer-about">{t('layout.footerAbout')}</p>
          <ul class="footer-links">
            <li>
              <a href={href('accessibility')}>{t('nav.accessibility')}</a>
            </li>
            <li>
              <a href="/docs">{t('layout.apiDocs')}</a>
            </li>
          </ul>
        </div>
      </footer>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  );
}
