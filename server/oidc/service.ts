import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import type { Config } from '../config.js';
import { hashSecret, newSecret } from '../credentials/secrets.js';
import { createSession, deleteSession } from '../credentials/sessions.js';
import type { AppDeps } from '../deps.js';
import { runChange } from '../domain/changes.js';
import { NotFound, SignInRefused, Unavailable } from '../domain/errors.js';
import type { User } from '../users/schemas.js';
import { findCredentials, toUser } from '../users/store.js';
import type { SignInOptions } from './schemas.js';
import * as store from './store.js';

// Single sign-on through the municipality's OpenID provider (Entra ID, ADFS,
// Keycloak, a federation): the authorization code flow with PKCE (S256),
// state and nonce, by openid-client. The ID token's issuer, audience, expiry,
// signature (the provider's JWKS) and nonce are checked by the library, at the
// app's clock. A person is matched to an existing account by a verified e-mail
// address (case-insensitive); roles and organisations stay in Löfteskollen; an
// unknown person is refused, never given an account. The provider's own second
// factor counts: its amr and acr go into the audit event of the sign-in.

const LOGIN_MINUTES = 10;
const SCOPE = 'openid email profile';

type Oidc = NonNullable<Config['oidc']>;

/** The provider's metadata, discovered once per issuer and client (again after a failure). */
const discovered = new Map<string, Promise<client.ServerMetadata>>();

function isLocalIssuer(issuer: string): boolean {
  const host = new URL(issuer).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

async function serverMetadata(oidc: Oidc): Promise<client.ServerMetadata> {
  const key = `${oidc.issuer}\n${oidc.clientId}`;
  let metadata = discovered.get(key);
  if (!metadata) {
    const options = isLocalIssuer(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    metadata = client
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, options)
      .then((configuration) => configuration.serverMetadata());
    discovered.set(key, metadata);
    metadata.catch(() => discovered.delete(key));
  }
  try {
    return await metadata;
  } catch {
    throw new Unavailable('The identity provider does not answer; try again shortly.');
  }
}

/** A client configuration at the app's clock (tests move it), over the discovered metadata. */
async function configuration(deps: AppDeps, oidc: Oidc): Promise<client.Configuration> {
  const skew = Math.round((deps.clock.now().getTime() - Date.now()) / 1000);
  const config = new client.Configuration(await serverMetadata(oidc), oidc.clientId, {
    client_secret: oidc.clientSecret,
    [client.clockSkew]: skew,
  });
  if (isLocalIssuer(oidc.issuer)) client.allowInsecureRequests(config);
  return config;
}

function configured(deps: AppDeps): Oidc {
  if (deps.config.oidc === null) throw new NotFound('Single sign-on');
  return deps.config.oidc;
}

export function signInOptions(deps: AppDeps): SignInOptions {
  return { singleSignOn: deps.config.oidc !== null };
}

/**
 * Begins a sign-on: state, nonce and the PKCE verifier are kept server-side
 * under the hash of a random id that goes to the browser (a short-lived cookie).
 */
export async function beginSignOn(deps: AppDeps): Promise<{ location: string; loginId: string }> {
  const oidc = configured(deps);
  const config = await configuration(deps, oidc);
  const login = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const loginId = newSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + LOGIN_MINUTES * 60_000);
  await store.savePendingLogin(deps.database.db, hashSecret(loginId), login, expiresAt, now);
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUri,
    scope: SCOPE,
    state: login.state,
    nonce: login.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { location: url.href, loginId };
}

export interface Callback {
  /** The id of the sign-on under way (the cookie), if the browser has one. */
  loginId: string | undefined;
  /** The query string the provider sent back, as received. */
  query: string;
  address: string;
  userAgent: string | undefined;
  previousSession: string | undefined;
}

/** A refused sign-on: nothing changes but its audit event; no session. */
async function refuse(
  deps: AppDeps,
  reason: 'refused' | 'unknown-person',
  detail: string,
  facts: Record<string, unknown> = {},
): Promise<never> {
  await runChange(deps, null, (change) =>
    change.audit({
      action: 'refused',
      entityType: 'signIn',
      entityId: randomUUID(),
      after: { method: 'oidc', refused: reason, detail, ...facts },
    }),
  );
  throw new SignInRefused(reason, detail);
}

/** The code exchanged and the ID token checked by openid-client; any failure is a refusal. */
async function exchange(deps: AppDeps, oidc: Oidc, callback: Callback, login: store.PendingLogin) {
  const config = await configuration(deps, oidc);
  const currentUrl = new URL(`${oidc.redirectUri}?${callback.query}`);
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return refuse(deps, 'refused', 'The provider sent no ID token.');
    // A provider that keeps the e-mail out of the ID token (as the standard's scopes allow) gives it at UserInfo.
    if (typeof claims.email === 'string') return { claims, email: claims };
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    return { claims, email: info };
  } catch (error) {
    if (error instanceof TypeError) throw new Unavailable('The identity provider does not answer; try again shortly.');
    const { code, error: providerError, cause } = error as { code?: unknown; error?: unknown; cause?: unknown };
    // openid-client's error wraps oauth4webapi's, whose message and cause name the claim (exp, iat, aud …).
    const inner = cause as { message?: unknown; cause?: { claim?: unknown } } | undefined;
    const message = typeof inner?.message === 'string' ? inner.message : error instanceof Error ? error.message : '';
    const claim = inner?.cause?.claim ?? null;
    const facts = { error: providerError ?? code, claim: typeof claim === 'string' ? claim : null, message };
    return refuse(deps, 'refused', 'The identity provider’s answer did not hold.', facts);
  }
}

/** The e-mail address the provider vouches for: email_verified, or Entra ID's xms_edov (domain owner verified). */
function verifiedEmail(claims: client.IDToken | client.UserInfoResponse): string | null {
  const email = typeof claims.email === 'string' ? claims.email : null;
  const verified = claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === '1';
  return email !== null && verified ? email : null;
}

/**
 * Completes a sign-on at the redirect URI: the sign-on under way is taken (once),
 * the code exchanged and the ID token checked, the person matched by verified
 * e-mail; then the same server-side session as a password sign-in begins.
 */
export async function completeSignOn(
  deps: AppDeps,
  callback: Callback,
): Promise<{ user: User; sessionSecret: string }> {
  const oidc = configured(deps);
  const { db } = deps.database;
  const now = deps.clock.now();
  const login = callback.loginId ? await store.takePendingLogin(db, hashSecret(callback.loginId), now) : undefined;
  if (!login) return refuse(deps, 'refused', 'No sign-in was begun from this browser, or it was used or expired.');
  const { claims, email: emailClaims } = await exchange(deps, oidc, callback, login);
  const email = verifiedEmail(emailClaims);
  const account = email === null ? undefined : await findCredentials(db, email);
  const facts = { issuer: claims.iss, subject: claims.sub, email };
  if (email === null) return refuse(deps, 'unknown-person', 'The provider vouched for no e-mail address.', facts);
  if (!account || account.disabled) {
    return refuse(deps, 'unknown-person', 'No account in Löfteskollen has this e-mail address.', facts);
  }
  if (callback.previousSession) await deleteSession(db, hashSecret(callback.previousSession));
  const origin = { method: 'oidc' as const, secondFactor: true, address: callback.address, userAgent: null };
  const session = await runChange(deps, null, async (change) => {
    await change.audit({
      action: 'sign-in',
      entityType: 'user',
      entityId: account.id,
      municipalityId: account.municipalityId,
      after: {
        method: 'oidc',
        issuer: claims.iss,
        subject: claims.sub,
        amr: claims.amr ?? null,
        acr: claims.acr ?? null,
      },
    });
    const userAgent = callback.userAgent ?? null;
    return createSession(change.trx, account.id, change.now, deps.config.session.maxHours, { ...origin, userAgent });
  });
  return { user: toUser(account), sessionSecret: session.secret };
}
