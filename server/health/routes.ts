import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { problems } from '../http/problems.js';

const tags = ['health'];
const Status = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false });

export const healthRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { operationId: 'liveness', tags, summary: 'The process is alive', response: { 200: Status } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'readiness',
        tags,
        summary: 'The process can serve: the database answers',
        response: { 200: Status },
      },
    },
    async () => {
      if (!(await deps.database.isReachable(deps.config.dbTimeoutMs))) throw problems.unavailable();
      return { status: 'ok' as const };
    },
  );
};
