import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { loadSignedInMessages, useI18n, type MessageKey } from '../i18n/i18n';
import { Loading, ProblemMessage } from './async';

// Pages only signed-in readers use (Uppföljning, Rapport) come in their own chunks, fetched when
// first shown, so the public pages do not carry them. Until then: the page's heading and "Hämtar …".

export function LazyPage<P extends object>({
  load,
  title,
  props,
  signedIn = false,
}: {
  load: () => Promise<ComponentType<P>>;
  /** The heading shown while the page's code loads. */
  title: MessageKey;
  props: P;
  /** A page only signed-in readers use: its messages are a chunk of their own, fetched with it. */
  signedIn?: boolean;
}) {
  const { t, lang } = useI18n();
  const [Page, setPage] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  const headingFocused = useRef(false);

  useEffect(() => {
    let live = true;
    Promise.all([load(), signedIn ? loadSignedInMessages(lang) : undefined]).then(
      ([component]) => {
        if (!live) return;
        // The page replaces the placeholder heading: if that had focus, its own heading gets it.
        headingFocused.current = document.activeElement?.matches('main h1') ?? false;
        setPage(() => component);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load, signedIn, lang]);

  useLayoutEffect(() => {
    if (!Page || !headingFocused.current) return;
    headingFocused.current = false;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [Page]);

  if (Page) return <Page {...props} />;
  return (
    <>
      <h1>{t(title)}</h1>
      {failed ? <ProblemMessage error={new ApiError(0, null)} /> : <Loading />}
    </>
  );
}

export const loadFollowUpPage = () => import('../pages/FollowUpPage').then((module) => module.FollowUpPage);
export const loadReportPage = () => import('../pages/ReportPage').then((module) => module.ReportPage);
export const loadTasksPage = () => import('../pages/TasksPage').then((module) => module.TasksPage);
