import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { MySessions } from './schemas.js';
import * as sessions from './service.js';

const tags = ['auth'];
const Ended = { 204: Type.Null({ description: 'Ended' }) };

export const sessionRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/auth/sessions',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'listMySessions',
        tags,
        summary: 'Your live sessions and API tokens: created, last used, address, agent',
        response: { 200: ref(MySessions) },
      },
    },
    async (request) => sessions.mySessions(deps, actorOf(request)),
  );

  app.delete(
    '/auth/sessions',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'endMyOtherSessions',
        tags,
        summary: 'End every session of yours but this one',
        response: Ended,
      },
    },
    async (request, reply) => {
      await sessions.endOtherSessions(deps, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/auth/sessions/:id',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'endMySession',
        tags,
        summary: 'End one of your sessions (this one too: then you are signed out)',
        params: IdParams,
        response: Ended,
      },
    },
    async (request, reply) => {
      await sessions.endSession(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/auth/tokens/:id',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'revokeMyToken',
        tags,
        summary: 'Revoke one of your API tokens',
        params: IdParams,
        response: Ended,
      },
    },
    async (request, reply) => {
      await sessions.revokeMyToken(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
