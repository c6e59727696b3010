import type { ComponentChildren } from 'preact';
import type { Role } from '../api/users';
import { useI18n } from '../i18n/i18n';
import { href, type PageName } from '../router';
import { useSession } from '../session';
import { Loading } from './async';
import { usePageTitle } from './Layout';

/**
 * A page for some roles only (Redigera, Administration): its heading at once, then its content for
 * those roles, a sign-in link to come back by for the signed-out, and a sentence for the others.
 * The server refuses their calls anyway: this only spares them a page of refusals.
 */
export function RolePage({
  page,
  title,
  roles,
  signIn,
  notAllowed,
  children,
}: {
  page: PageName;
  title: string;
  roles: Role[];
  signIn: string;
  notAllowed: string;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const { user, ready } = useSession();
  usePageTitle(title);
  let body;
  if (!ready) body = <Loading />;
  else if (!user)
    body = (
      <p>
        {signIn} <a href={href('login', {}, { next: href(page) })}>{t('layout.signIn')}</a>
      </p>
    );
  else if (!roles.includes(user.role)) body = <p>{notAllowed}</p>;
  else body = children;
  return (
    <>
      <h1>{title}</h1>
      {body}
    </>
  );
}
