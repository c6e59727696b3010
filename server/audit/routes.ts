import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { Page, ref } from '../http/schemas.js';
import { mayReadHistory } from './readers.js';
import { AuditEvent, AuditQuery } from './schemas.js';
import { listAuditEvents } from './store.js';
import { NotFound } from '../domain/errors.js';

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  app.get(
    '/audit',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['audit'],
        summary: "An item's change history: who changed what, when, before and after",
        description: 'Read-only: the audit log cannot be changed or deleted through the API.',
        querystring: AuditQuery,
        response: { 200: Page(ref(AuditEvent)) },
      },
    },
    async (request) => {
      const { entityType, entityId } = request.query;
      if (!(await mayReadHistory(db, actorOf(request), entityType, entityId))) throw new NotFound('The item');
      return listAuditEvents(db, request.query);
    },
  );
};
