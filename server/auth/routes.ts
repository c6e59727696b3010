import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { loginThrottle } from '../http/throttle.js';
import { ref } from '../http/schemas.js';
import { PatchMe, User } from '../users/schemas.js';
import { updateOwnSettings } from '../users/service.js';
import { basedOn, withEtag } from '../http/versioning.js';
import { problemResponse } from '../http/openapi.js';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './authenticate.js';
import { LoginBody } from './schemas.js';
import * as auth from './service.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  await auth.prepareSignIn();
  const throttle = loginThrottle(deps);

  app.post(
    '/auth/login',
    {
      // Its effect is a cookie, which a replayed response could not give. Failed
      // sign-ins have their own throttle (loginThrottle), counted before any hashing.
      config: { access: 'public', idempotent: false, rateLimit: false },
      schema: {
        operationId: 'login',
        tags,
        summary: 'Sign in; sets the session cookie',
        description:
          'With a second factor enrolled, send `code` too (401 second-factor-needed without it). ' +
          'An account of an organisation that requires single sign-on is refused (403 sso-required).',
        body: ref(LoginBody),
        response: { 200: ref(User) },
      },
    },
    async (request, reply) => {
      const { user, sessionSecret } = await auth.signIn(deps, throttle, {
        email: request.body.email,
        password: request.body.password,
        code: request.body.oneTimeCode,
        address: request.ip,
        userAgent: request.headers['user-agent'],
        previousSession: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(deps, request, reply, sessionSecret);
      return user;
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public', duringEnrolment: true },
      schema: {
        operationId: 'logout',
        tags,
        summary: 'Sign out; the session ends on the server',
        response: { 204: Type.Null({ description: 'Signed out' }) },
      },
    },
    async (request, reply) => {
      await auth.signOut(deps, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'signedIn', duringEnrolment: true },
      schema: {
        operationId: 'getCurrentUser',
        tags,
        summary: 'The signed-in user',
        response: { 200: ref(User) },
      },
    },
    async (request, reply) => withEtag(reply, await auth.currentUser(deps, actorOf(request))),
  );

  app.patch(
    '/auth/me',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'updateCurrentUser',
        tags,
        summary: "Change one's own settings: e-mail reminders on or off, language; needs If-Match",
        body: ref(PatchMe),
        response: {
          200: ref(User),
          412: problemResponse('The account changed since you read it'),
          428: problemResponse('Needs If-Match with the ETag of GET /auth/me'),
        },
      },
    },
    async (request, reply) =>
      withEtag(reply, await updateOwnSettings(deps, actorOf(request), basedOn(request), request.body)),
  );
};
