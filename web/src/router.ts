import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import routes from './routes.json';

// The client's pages. routes.json is shared with the server (server/web/routes.ts),
// which answers index.html for exactly these paths: add a page there and here at once.

export type PageName = keyof typeof routes;

export interface Location {
  /** The page the path names, or null when no page has it. */
  page: PageName | null;
  params: Record<string, string>;
  query: URLSearchParams;
  path: string;
}

const patterns = (Object.entries(routes) as [PageName, string][]).map(([page, pattern]) => ({
  page,
  segments: pattern.split('/').filter(Boolean),
}));

export function match(pathname: string, search = ''): Location {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  for (const { page, segments } of patterns) {
    if (segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const same = segments.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = part;
        return true;
      }
      return segment === part;
    });
    if (same) return { page, params, query, path: pathname };
  }
  return { page: null, params: {}, query, path: pathname };
}

/** The path of a page: href('dashboard', { code: '0580' }) → "/kommun/0580". */
export function href(page: PageName, params: Record<string, string> = {}, query?: Record<string, string>): string {
  const path = routes[page].replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = query ? new URLSearchParams(query).toString() : '';
  return search ? `${path}?${search}` : path;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function currentLocation(): Location {
  return match(window.location.pathname, window.location.search);
}

/** Moves to a page of this app without reloading. `replace` changes the URL without a new history entry. */
export function navigate(url: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

export function onNavigate(listener: Listener): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * Plain <a href> links to the app's own pages navigate in place: one listener for the whole document.
 * Links elsewhere (/docs, other sites), new-tab clicks and in-page anchors behave as the browser does.
 */
export function interceptLinks(): () => void {
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    if (match(url.pathname).page === null) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

export const LocationContext = createContext<Location>(match('/'));

export const useLocation = () => useContext(LocationContext);
