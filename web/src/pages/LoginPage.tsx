import { useEffect, useState } from 'preact/hooks';
import { SINGLE_SIGN_ON_URL, getSignInOptions } from '../api/auth';
import { asApiError, type ApiError } from '../api/client';
import { ProblemMessage } from '../components/async';
import { FieldChecksContext, TextField, useFieldChecks } from '../components/fields';
import { useAnnounce, usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href, match, navigate, useLocation } from '../router';
import { expectSession, mustEnrol, signIn, useSession } from '../session';

/** Where to go after signing in: a page of this app only, never another site. */
function safeNext(next: string | null, home: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return home;
  const url = new URL(next, window.location.origin);
  const page = match(url.pathname).page;
  return page !== null && page !== 'login' ? url.pathname + url.search : home;
}

/** Why a sign-in through the municipality's account came back refused (?sso=…), in the reader's words. */
function SingleSignOnRefusal({ reason }: { reason: string | null }) {
  const { t } = useI18n();
  if (reason === null) return null;
  const text =
    reason === 'unknown-person'
      ? t('login.ssoUnknownPerson')
      : reason === 'unavailable'
        ? t('login.ssoUnavailable')
        : t('login.ssoRefused');
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{text}</strong>
      </p>
    </div>
  );
}

/** "Logga in med kommunens konto", when the server has single sign-on configured. */
function SingleSignOnLink() {
  const { t } = useI18n();
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    getSignInOptions().then(
      (options) => setOffered(options.singleSignOn),
      () => setOffered(false),
    );
  }, []);
  if (!offered) return null;
  return (
    <p class="sso">
      <a class="button button-secondary" href={SINGLE_SIGN_ON_URL} onClick={expectSession}>
        {t('login.sso')}
      </a>
    </p>
  );
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, setUser } = useSession();
  const announce = useAnnounce();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for once the server says the password was right and a second factor is needed.
  const [code, setCode] = useState('');
  const [codeNeeded, setCodeNeeded] = useState(false);
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
      const signedIn = await signIn(email.trim(), password, codeNeeded ? code.trim() : undefined);
      setUser(signedIn);
      announce(t('login.signedIn', { name: signedIn.name }));
      // A role that must have a second factor and has none yet goes to enrol one first;
      // a police partner starts at their tasks: the months they should record.
      const enrol = (signedIn.role === 'admin' || signedIn.role === 'editor') && (await mustEnrol());
      navigate(
        enrol
          ? href('account')
          : safeNext(location.query.get('next'), signedIn.role === 'partner' ? href('tasks') : href('start')),
      );
    } catch (caught) {
      // What was typed stays, so a typo can be fixed without typing it all again.
      const refusal = asApiError(caught);
      if (refusal.problem?.type === '/problems/second-factor-needed') {
        setCodeNeeded(true);
        setError(null);
        announce(t('login.codeNeeded'));
        return;
      }
      setError(refusal);
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
      <SingleSignOnRefusal reason={location.query.get('sso')} />
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
          {codeNeeded && (
            <TextField
              id="login-code"
              name="oneTimeCode"
              label={t('login.code')}
              hint={t('login.codeHint')}
              autocomplete="one-time-code"
              required
              value={code}
              onValue={setCode}
            />
          )}
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
      <SingleSignOnLink />
    </>
  );
}
