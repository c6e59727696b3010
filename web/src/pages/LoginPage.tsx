import { useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { ProblemMessage } from '../components/async';
import { FieldChecksContext, TextField, useFieldChecks } from '../components/fields';
import { useAnnounce, usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href, match, navigate, useLocation } from '../router';
import { signIn, useSession } from '../session';

/** Where to go after signing in: a page of this app only, never another site. */
function safeNext(next: string | null, home: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return home;
  const url = new URL(next, window.location.origin);
  const page = match(url.pathname).page;
  return page !== null && page !== 'login' ? url.pathname + url.search : home;
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, setUser } = useSession();
  const announce = useAnnounce();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { checks, passes } = useFieldChecks();
  usePageTitle(t('login.title'));

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (!passes(event.currentTarget as HTMLFormElement)) return setError(null);
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(email.trim(), password);
      setUser(signedIn);
      announce(t('login.signedIn', { name: signedIn.name }));
      // A police partner starts at their tasks: the months they should record.
      navigate(safeNext(location.query.get('next'), signedIn.role === 'partner' ? href('tasks') : href('start')));
    } catch (caught) {
      // What was typed stays, so a typo can be fixed without typing it all again.
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  if (user) {
    return (
      <>
        <h1>{t('login.title')}</h1>
        <p>
          {t('login.already', { name: user.name })} <a href={href('start')}>{t('common.toStart')}</a>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t('login.title')}</h1>
      <p class="lead">{t('login.lead')}</p>
      {error && <ProblemMessage error={error} lead={error.status === 401 ? t('login.failed') : undefined} />}
      <form class="form login-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FieldChecksContext.Provider value={checks}>
          <TextField
            id="login-email"
            name="email"
            label={t('login.email')}
            type="email"
            autocomplete="username"
            required
            value={email}
            onValue={setEmail}
          />
          <TextField
            id="login-password"
            name="password"
            label={t('login.password')}
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onValue={setPassword}
          />
        </FieldChecksContext.Provider>
        <button type="submit" class="button" disabled={busy}>
          {t('login.submit')}
        </button>
        {busy && (
          <p class="muted" role="status">
            {t('login.busy')}
          </p>
        )}
      </form>
    </>
  );
}
