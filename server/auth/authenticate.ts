import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.js';
import type { ResolveActor } from '../http/access.js';
import type { Actor } from '../domain/policy.js';
import { sessionActor, tokenActor } from './service.js';

export const SESSION_COOKIE = 'lk_session';

/**
 * A bearer token that does not work is refused outright (a script should
 * know); a stale session cookie just means "not signed in". Other schemes
 * (a Basic login of a proxy in front) are not ours and are ignored.
 */
export function sessionOrTokenActor(deps: AppDeps): ResolveActor {
  return async (request: FastifyRequest): Promise<Actor | null> => {
    const authorization = request.headers.authorization;
    // The scheme name is case-insensitive (RFC 9110, 11.1); the token is not.
    if (authorization !== undefined && /^bearer(\s|$)/i.test(authorization)) {
      const match = /^bearer ([A-Za-z0-9_-]{10,200})$/i.exec(authorization);
      return tokenActor(deps, match?.[1], { address: request.ip, userAgent: request.headers['user-agent'] });
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (!secret) return null;
    return sessionActor(deps, secret);
  };
}

export function setSessionCookie(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, secret: string) {
  const secure = deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : deps.config.cookieSecure;
  void reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure,
    maxAge: deps.config.session.maxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
}
