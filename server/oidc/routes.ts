import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { SESSION_COOKIE, setSessionCookie } from '../auth/authenticate.js';
import type { AppDeps } from '../deps.js';
import { SignInRefused, Unavailable } from '../domain/errors.js';
import { ref } from '../http/schemas.js';
import { OidcCallbackQuery, SignInOptions } from './schemas.js';
import * as oidc from './service.js';

const tags = ['auth'];
/** The browser's handle on its sign-on under way: SameSite=Lax, since the provider's redirect back is cross-site. */
const LOGIN_COOKIE = 'lk_oidc';
const LOGIN_COOKIE_PATH = '/api/v1/auth/oidc';
const SIGN_IN_PAGE = '/logga-in';

function secureCookie(deps: AppDeps, request: FastifyRequest): boolean {
  return deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : deps.config.cookieSecure;
}

/** A browser is sent back to the sign-in page, which says why in its reader's language; a script gets the problem. */
function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

function refusalPage(reply: FastifyReply, error: unknown) {
  const reason =
    error instanceof SignInRefused ? error.reason : error instanceof Unavailable ? 'unavailable' : undefined;
  if (reason === undefined) throw error;
  return reply.redirect(`${SIGN_IN_PAGE}?sso=${reason}`, 303);
}

export const oidcRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/auth/sign-in-options',
    {
      config: { access: 'public', duringEnrolment: true },
      schema: {
        operationId: 'getSignInOptions',
        tags,
        summary: 'How one can sign in here: whether single sign-on is configured',
        response: { 200: ref(SignInOptions) },
      },
    },
    async () => oidc.signInOptions(deps),
  );

  app.get(
    '/auth/oidc/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'beginSingleSignOn',
        tags,
        summary: 'Sign in through the municipality’s identity provider: 302 to its authorization endpoint',
        description:
          'Authorization code flow with PKCE (S256), state and nonce. 404 when single sign-on is not configured.',
        response: { 302: Type.Null({ description: 'To the provider' }) },
      },
    },
    async (request, reply) => {
      const { location, loginId } = await oidc.beginSignOn(deps);
      void reply.setCookie(LOGIN_COOKIE, loginId, {
        httpOnly: true,
        sameSite: 'lax',
        path: LOGIN_COOKIE_PATH,
        secure: secureCookie(deps, request),
        maxAge: 600,
      });
      return reply.redirect(location, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'completeSingleSignOn',
        tags,
        summary: 'The redirect URI: checks state, PKCE and the ID token, then starts a session (303 to the start page)',
        description:
          'A refusal (wrong state, a used or foreign code, an ID token that does not hold, an unknown person) starts no ' +
          'session: 403 sso-refused, or for a browser (Accept: text/html) 303 to the sign-in page, which says why.',
        querystring: OidcCallbackQuery,
        response: { 303: Type.Null({ description: 'Signed in: to the start page' }) },
      },
    },
    async (request, reply) => {
      const rawQuery = request.raw.url?.split('?')[1] ?? '';
      void reply.clearCookie(LOGIN_COOKIE, { path: LOGIN_COOKIE_PATH });
      try {
        const { sessionSecret } = await oidc.completeSignOn(deps, {
          loginId: request.cookies[LOGIN_COOKIE],
          query: rawQuery,
          address: request.ip,
          userAgent: request.headers['user-agent'],
          previousSession: request.cookies[SESSION_COOKIE],
        });
        setSessionCookie(deps, request, reply, sessionSecret);
        return await reply.redirect('/', 303);
      } catch (error) {
        if (wantsPage(request)) return refusalPage(reply, error);
        throw error;
      }
    },
  );
};
