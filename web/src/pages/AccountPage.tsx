import { useState } from 'preact/hooks';
import {
  beginEnrolment,
  confirmEnrolment,
  endMyOtherSessions,
  endMySession,
  getSecondFactor,
  listMySessions,
  revokeMyToken,
  type MfaEnrolment,
} from '../api/account';
import { asApiError, type ApiError } from '../api/client';
import { AsyncStatus, ProblemMessage, useAsync } from '../components/async';
import { FieldChecksContext, TextField, useFieldChecks } from '../components/fields';
import { useAnnounce } from '../components/Layout';
import { RolePage } from '../components/RolePage';
import { useI18n } from '../i18n/i18n';
import { href, navigate } from '../router';
import { useSession } from '../session';

// Mitt konto: the second factor (enrol with a QR code, recovery codes shown once), and the
// person's own sessions and API tokens, each of which they can end.

function SecondFactor() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [reload, setReload] = useState(0);
  const status = useAsync(getSecondFactor, [reload]);
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { checks, passes } = useFieldChecks();

  async function begin() {
    setError(null);
    try {
      setEnrolment(await beginEnrolment());
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (!passes(event.currentTarget as HTMLFormElement)) return setError(null);
    setError(null);
    try {
      setRecoveryCodes(await confirmEnrolment(code.trim()));
      setEnrolment(null);
      announce(t('account.mfaOn'));
      setReload((n) => n + 1);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  return (
    <section aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">{t('account.mfaTitle')}</h2>
      <AsyncStatus result={status} />
      {status.state === 'done' && (
        <p>
          {status.data.enabled
            ? t('account.mfaEnabled', { left: status.data.recoveryCodesLeft })
            : status.data.required
              ? t('account.mfaRequired')
              : t('account.mfaOff')}
        </p>
      )}
      {error && <ProblemMessage error={error} />}
      {recoveryCodes && (
        <div class="notice" role="status">
          <p>
            <strong>{t('account.recoveryTitle')}</strong> {t('account.recoveryLead')}
          </p>
          <ul class="recovery-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.state === 'done' && !status.data.enabled && !enrolment && (
        <button type="button" class="button" onClick={() => void begin()}>
          {t('account.mfaBegin')}
        </button>
      )}
      {enrolment && (
        <form class="form" noValidate onSubmit={(event) => void confirm(event)}>
          <p>{t('account.mfaScan')}</p>
          <img class="qr-code" src={enrolment.qrCode} alt={t('account.qrAlt')} width={200} height={200} />
          <p>
            {t('account.mfaSecret')} <code class="totp-secret">{enrolment.secret}</code>
          </p>
          <FieldChecksContext.Provider value={checks}>
            <TextField
              id="mfa-code"
              name="oneTimeCode"
              label={t('login.code')}
              hint={t('account.mfaCodeHint')}
              autocomplete="one-time-code"
              required
              value={code}
              onValue={setCode}
            />
          </FieldChecksContext.Provider>
          <button type="submit" class="button">
            {t('account.mfaConfirm')}
          </button>
        </form>
      )}
    </section>
  );
}

/** What a session or token was used with, short: the User-Agent, or "okänd". */
const agentOf = (agent: string | null, unknown: string) => (agent ? agent.slice(0, 80) : unknown);

function Sessions() {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const { setUser } = useSession();
  const [reload, setReload] = useState(0);
  const result = useAsync(listMySessions, [reload]);
  const [error, setError] = useState<ApiError | null>(null);

  async function act(action: () => Promise<void>, signsOut = false) {
    setError(null);
    try {
      await action();
      if (signsOut) {
        setUser(null);
        navigate(href('login'));
        return;
      }
      setReload((n) => n + 1);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  const unknown = t('account.unknown');
  return (
    <>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessionsTitle')}</h2>
        <AsyncStatus result={result} />
        {error && <ProblemMessage error={error} />}
        {result.state === 'done' && (
          <>
            <ul class="session-list">
              {result.data.sessions.map((session) => (
                <li key={session.id}>
                  <p>
                    <strong>{agentOf(session.userAgent, unknown)}</strong>
                    {session.current && <> ({t('account.thisSession')})</>}
                  </p>
                  <p class="muted">
                    {t('account.sessionFacts', {
                      created: fmt.dateTime(session.createdAt),
                      used: fmt.dateTime(session.lastUsedAt),
                      address: session.address ?? unknown,
                      method: t(`account.method.${session.method}`),
                    })}
                  </p>
                  <button
                    type="button"
                    class="button button-secondary"
                    onClick={() => void act(() => endMySession(session.id), session.current)}
                  >
                    {session.current ? t('layout.signOut') : t('account.endSession')}
                  </button>
                </li>
              ))}
            </ul>
            {result.data.sessions.length > 1 && (
              <button type="button" class="button" onClick={() => void act(endMyOtherSessions)}>
                {t('account.endOthers')}
              </button>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('account.tokensTitle')}</h2>
        {result.state === 'done' && result.data.tokens.length === 0 && <p>{t('account.noTokens')}</p>}
        {result.state === 'done' && result.data.tokens.length > 0 && (
          <ul class="session-list">
            {result.data.tokens.map((token) => (
              <li key={token.id}>
                <p>
                  <strong>{token.label ?? t('account.tokenNoLabel')}</strong>
                </p>
                <p class="muted">
                  {t('account.tokenFacts', {
                    created: fmt.dateTime(token.createdAt),
                    used: token.lastUsedAt ? fmt.dateTime(token.lastUsedAt) : t('account.never'),
                    address: token.address ?? unknown,
                    agent: agentOf(token.userAgent, unknown),
                  })}
                </p>
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={() => void act(() => revokeMyToken(token.id))}
                >
                  {t('account.revokeToken')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  return (
    <RolePage
      page="account"
      title={t('account.title')}
      roles={['admin', 'editor', 'partner', 'viewer']}
      signIn={t('account.signIn')}
      notAllowed={t('account.signIn')}
    >
      <SecondFactor />
      <Sessions />
    </RolePage>
  );
}
