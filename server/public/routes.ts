import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { ref } from '../http/schemas.js';
import type { PublicDocuments } from '../http/public-documents.js';
import { Dashboard, DashboardParams } from './schemas.js';
import * as dashboards from './service.js';

const tags = ['public'];

export const publicRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
  app.get(
    '/public/municipalities/:code/dashboard',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getDashboard',
        tags,
        summary: "A municipality's public dashboard: published goals, indicators, promises and their progress",
        description:
          'Cacheable: sends a strong ETag (one per content coding: br, gzip or none) and Cache-Control: public, ' +
          'no-cache, answers 304 to a matching If-None-Match; always current.',
        params: DashboardParams,
        response: { 200: ref(Dashboard), 304: Type.Null({ description: 'Not modified' }) },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      return documents.send(request, reply, {
        key: `dashboard:${code}`,
        dependsOn: { municipalityCode: code },
        contentType: 'application/json; charset=utf-8',
        build: async () => JSON.stringify(await dashboards.getDashboard(deps, code)),
      });
    },
  );
};
