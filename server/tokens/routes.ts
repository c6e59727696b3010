import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { IdParams, ref } from '../http/schemas.js';
import { ApiToken, IssueToken, IssuedToken } from './schemas.js';
import * as tokens from './service.js';

const tags = ['tokens'];

export const tokenRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/users/:id/tokens',
    {
      // Not replayable: a stored response would keep the secret, which must exist only as a hash.
      config: { access: ['admin'], idempotent: false },
      schema: {
        operationId: 'issueToken',
        tags,
        summary: 'Issue an API token for an account (admin); the secret is shown this once',
        params: IdParams,
        body: ref(IssueToken),
        response: { 201: ref(IssuedToken) },
      },
      // The body is optional: no body at all means no label and no expiry.
      preValidation: async (request) => {
        if (request.body === undefined) request.body = {};
      },
    },
    async (request, reply) =>
      reply.code(201).send(await tokens.issueToken(deps, request.actor, request.params.id, request.body)),
  );

  // A handful per account: one page always holds them all.
  itemRoutes(app, tags).listAll(
    {
      path: '/users/:id/tokens',
      operationId: 'listTokens',
      access: ['admin'],
      summary: "An account's API tokens, without their secrets (admin)",
      item: ApiToken,
    },
    (_actor, userId) => tokens.listTokens(deps, userId),
  );

  app.delete(
    '/tokens/:id',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'revokeToken',
        tags,
        summary: 'Revoke an API token (admin); it stops working at once',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await tokens.revokeToken(deps, request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
