import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { loginThrottle } from '../http/throttle.js';
import { ref } from '../http/schemas.js';
import { User } from '../users/schemas.js';
import { findCredentials, findUser, toUser } from '../users/store.js';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './authenticate.js';
import { LoginBody } from './schemas.js';
import { decoyHash, hashSecret, verifyPassword } from '../credentials/secrets.js';
import { createSession, deleteExpiredSessions, deleteSession } from '../credentials/sessions.js';
import { Unauthenticated } from '../domain/errors.js';

const tags = ['auth'];
const WRONG_CREDENTIALS = 'The e-mail address or the password is wrong.';

export const authRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  // Made now, so the first unknown e-mail costs no more than any other sign-in.
  await decoyHash();
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
        body: ref(LoginBody),
        response: { 200: ref(User) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // Before any hashing: an attacker's guesses cost them, not the server.
      const attempt = await throttle.reserve(email, request.ip);
      const candidate = await findCredentials(db, email);
      // Unknown e-mail or disabled account: spend the same time, give the same answer.
      const valid =
        candidate !== undefined && !candidate.disabled
          ? await verifyPassword(candidate.passwordHash, password)
          : (await verifyPassword(await decoyHash(), password)) && false;
      if (!valid || candidate === undefined) throw new Unauthenticated(WRONG_CREDENTIALS);
      await attempt.succeeded();

      // A new session id at every sign-in; whatever session came with the request ends.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(db, hashSecret(previous));
      // Ended sessions are swept here, so the table holds only live ones (SECURITY.md says so).
      await deleteExpiredSessions(db, deps.clock.now(), deps.config.session.idleMinutes);
      const session = await createSession(db, candidate.id, deps.clock.now(), deps.config.session.maxHours);
      setSessionCookie(deps, request, reply, session.secret);
      return toUser(candidate);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'logout',
        tags,
        summary: 'Sign out; the session ends on the server',
        response: { 204: Type.Null({ description: 'Signed out' }) },
      },
    },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await deleteSession(db, hashSecret(secret));
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'getCurrentUser',
        tags,
        summary: 'The signed-in user',
        response: { 200: ref(User) },
      },
    },
    async (request) => {
      const user = await findUser(db, actorOf(request).userId);
      if (!user) throw new Unauthenticated();
      return user;
    },
  );
};
