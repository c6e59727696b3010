import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { ref } from '../http/schemas.js';
import { sendCacheable } from './caching.js';
import { Dashboard, DashboardParams } from './schemas.js';
import { loadDashboard } from './store.js';
import { NotFound } from '../domain/errors.js';

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
      const loaded = await loadDashboard(deps.database.db, request.params.code, deps.clock.now());
      if (!loaded) throw new NotFound('The municipality');
      const dashboard: Dashboard = { ...loaded, openDataLicence: deps.config.openDataLicence };
      // Public and the same for everyone: a CDN or proxy may keep it a minute.
      if (sendCacheable(request, reply, JSON.stringify(dashboard))) return reply;
      return dashboard;
    },
  );
};
