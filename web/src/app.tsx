import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { User } from './api/users';
import { AnnounceContext, Layout } from './components/Layout';
import { LazyPage, loadFollowUpPage, loadReportPage, loadTasksPage } from './components/LazyPage';
import { I18nContext, initialLang, loadCatalog, makeI18n, rememberLang, type Lang } from './i18n/i18n';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { DashboardPage } from './pages/DashboardPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';
import { LocationContext, currentLocation, interceptLinks, onNavigate, type Location } from './router';
import { SessionContext, restoreSession } from './session';

// Editing and administration: chunks of their own, as the other signed-in pages.
const loadEditPage = () => import('./pages/EditPage').then((module) => module.EditPage);
const loadAdminPage = () => import('./pages/AdminPage').then((module) => module.AdminPage);
// The lägesbilder: a chunk of their own, fetched when first shown.
const loadSituationsPage = () => import('./pages/SituationPages').then((module) => module.SituationsPage);
const loadSituationPage = () => import('./pages/SituationPages').then((module) => module.SituationPage);
// Public pages some readers open (a place, the search): chunks of their own, counted by web:size.
const loadAreaView = () => import('./pages/AreaView').then((module) => module.AreaView);
const loadSearchView = () => import('./pages/SearchView').then((module) => module.SearchView);
// Public pages fewer readers open than the dashboard: chunks of their own, so the dashboard loads less.
const loadPlanPage = () => import('./pages/PlanPage').then((module) => module.PlanPage);
const loadCountyPage = () => import('./pages/CountyPage').then((module) => module.CountyPage);
const loadAccountPage = () => import('./pages/AccountPage').then((module) => module.AccountPage);

function Page({ location }: { location: Location }) {
  switch (location.page) {
    case 'start':
      return <StartPage />;
    case 'dashboard':
      return <DashboardPage code={location.params.code ?? ''} />;
    case 'plan':
      return <LazyPage load={loadPlanPage} title="plan.title" props={{}} />;
    case 'county':
      return (
        <LazyPage load={loadCountyPage} title="county.titleLoading" props={{ code: location.params.code ?? '' }} />
      );
    case 'login':
      return <LoginPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'edit':
      return <LazyPage signedIn load={loadEditPage} title="edit.title" props={{}} />;
    case 'admin':
      return <LazyPage signedIn load={loadAdminPage} title="admin.title" props={{}} />;
    case 'account':
      return <LazyPage signedIn load={loadAccountPage} title="account.title" props={{}} />;
    case 'followUp':
      return <LazyPage signedIn load={loadFollowUpPage} title="followUp.title" props={{}} />;
    case 'tasks':
      return <LazyPage signedIn load={loadTasksPage} title="tasks.title" props={{}} />;
    case 'report':
      return (
        <LazyPage
          signedIn
          load={loadReportPage}
          title="report.titleLoading"
          props={{ promiseId: location.params.promiseId ?? '' }}
        />
      );
    case 'situationReports':
      return <LazyPage load={loadSituationsPage} title="situations.title" props={{}} />;
    case 'situationReport':
      return (
        <LazyPage
          load={loadSituationPage}
          title="situations.titleLoading"
          props={{ reportId: location.params.reportId ?? '' }}
        />
      );
    case 'area':
      return (
        <LazyPage
          load={loadAreaView}
          title="area.titleLoading"
          props={{ code: location.params.code ?? '', area: location.params.area ?? '' }}
        />
      );
    case 'search':
      return <LazyPage load={loadSearchView} title="search.title" props={{}} />;
    case null:
      return <NotFoundPage />;
  }
}

/** After moving to another page, focus its heading, so keyboard and screen-reader users start there. */
function focusHeading() {
  const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [location, setLocation] = useState(currentLocation);
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    void loadCatalog(next).then(() => setLangState(next));
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  const session = useMemo(() => ({ ready, user, setUser }), [ready, user]);

  const announce = useCallback((message: string) => {
    // Emptied first, so the same message twice is announced twice.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 100);
  }, []);

  useEffect(() => interceptLinks(), []);
  useEffect(() => onNavigate(() => setLocation(currentLocation())), []);
  useEffect(() => {
    void restoreSession().then((restored) => {
      setUser(restored);
      setReady(true);
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const firstPath = useRef(location.path);
  useEffect(() => {
    if (location.path === firstPath.current) return;
    firstPath.current = '';
    window.scrollTo(0, 0);
    focusHeading();
  }, [location.path]);

  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={session}>
        <LocationContext.Provider value={location}>
          <AnnounceContext.Provider value={announce}>
            <Layout announcement={announcement}>
              <Page location={location} />
            </Layout>
          </AnnounceContext.Provider>
        </LocationContext.Provider>
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}
