import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { Page, ref } from '../http/schemas.js';
import { AuditEvent, AuditQuery } from './schemas.js';
import * as audit from './service.js';

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
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
    async (request) => audit.listHistory(deps, actorOf(request), request.query),
  );
};
