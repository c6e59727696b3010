import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { ref } from '../http/schemas.js';
import { sendCacheable } from '../http/caching.js';
import { Dashboard, DashboardParams } from './schemas.js';
import * as dashboards from './service.js';

const tags = ['public'];

export const publicRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/public/municipalities/:code/dashboard',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getDashboard',
        tags,
        summary: "A municipality's public dashboard: published goals, indicators, promises and their progress",
        description: 'Cacheable: sends ETag and Cache-Control, answers 304 to a matching If-None-Match.',
        params: DashboardParams,
        response: { 200: ref(Dashboard), 304: Type.Null({ description: 'Not modified' }) },
      },
    },
    async (request, reply) => {
      const dashboard = await dashboards.getDashboard(deps, request.params.code);
      // Public and the same for everyone: a CDN or proxy may keep it a minute.
      if (sendCacheable(request, reply, JSON.stringify(dashboard))) return reply;
      return dashboard;
    },
  );
};
