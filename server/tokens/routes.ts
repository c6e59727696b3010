import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
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

  app.get(
    '/users/:id/tokens',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'listTokens',
        tags,
        summary: "An account's API tokens, without their secrets (admin)",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Page(ref(ApiToken)) },
      },
    },
    // A handful per account: one page always holds them all.
    async (request) => ({ items: await tokens.listTokens(deps, request.params.id), nextCursor: null }),
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
