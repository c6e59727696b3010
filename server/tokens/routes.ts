import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { withChange } from '../http/legacy.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
import { findUser } from '../users/store.js';
import { ApiToken, IssueToken, IssuedToken } from './schemas.js';
import * as store from './store.js';
import { Invalid, NotFound } from '../domain/errors.js';

const tags = ['tokens'];

export const tokenRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

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
    async (request, reply) => {
      const now = deps.clock.now();
      const expiresAt = request.body.expiresAt === undefined ? null : new Date(request.body.expiresAt);
      if (expiresAt !== null && expiresAt <= now) {
        throw new Invalid('The expiry must lie in the future.', [
          { in: 'body', path: '/expiresAt', message: 'must be in the future' },
        ]);
      }
      const issued = await withChange(deps, request, async (trx, audit, at) => {
        const user = await findUser(trx, request.params.id);
        if (!user) throw new NotFound('The account');
        const { issued, stored } = await store.issueToken(
          trx,
          { userId: user.id, label: request.body.label ?? null, expiresAt, createdBy: actorOf(request).userId },
          at,
        );
        await audit({
          action: 'create',
          entityType: 'apiToken',
          entityId: stored.id,
          municipalityId: user.municipalityId,
          after: stored,
        });
        return issued;
      });
      return reply.code(201).send(issued);
    },
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
    async (request) => {
      const user = await findUser(db, request.params.id);
      if (!user) throw new NotFound('The account');
      // A handful per account: one page always holds them all.
      return { items: await store.listTokens(db, user.id), nextCursor: null };
    },
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
      await withChange(deps, request, async (trx, audit) => {
        const token = await store.findToken(trx, request.params.id);
        if (!token) throw new NotFound('The token');
        await store.revokeToken(trx, token.id);
        await audit({ action: 'delete', entityType: 'apiToken', entityId: token.id, before: token });
      });
      return reply.code(204).send(null);
    },
  );
};
