import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { sendCacheable } from '../http/caching.js';
import { IdParams, ref } from '../http/schemas.js';
import { AreaList, AreaListParams, AreaPage, AreaParams, AreaRenamed, RenameArea } from './schemas.js';
import * as areas from './service.js';

const tags = ['areas'];
const cacheable = 'Cacheable: sends ETag and Cache-Control, answers 304 to a matching If-None-Match.';

export const areaRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/public/municipalities/:code/areas',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listAreas',
        tags,
        summary: 'The places the published activities of a municipality name, with how much lies in each',
        description: `Places are matched ignoring case and surrounding spaces. ${cacheable}`,
        params: AreaListParams,
        response: { 200: ref(AreaList), 304: Type.Null({ description: 'Not modified' }) },
      },
    },
    async (request, reply) => {
      const list = await areas.listAreas(deps, request.params.code);
      if (sendCacheable(request, reply, JSON.stringify(list))) return reply;
      return list;
    },
  );

  app.get(
    '/public/municipalities/:code/areas/:area',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getArea',
        tags,
        summary: 'One place: its published activities with their progress, and the promises holding them',
        description: `The place is matched ignoring case and surrounding spaces; 404 when no published item names it. ${cacheable}`,
        params: AreaParams,
        response: { 200: ref(AreaPage), 304: Type.Null({ description: 'Not modified' }) },
      },
    },
    async (request, reply) => {
      const page = await areas.getArea(deps, request.params.code, request.params.area);
      if (sendCacheable(request, reply, JSON.stringify(page))) return reply;
      return page;
    },
  );

  app.post(
    '/municipalities/:id/area-renames',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'renameArea',
        tags,
        summary: 'Rename a place everywhere in the municipality at once',
        description:
          'Every activity naming `from` (ignoring case and surrounding spaces, published or not) gets `to`: one ' +
          'versioned change and one audit event per activity, all in one transaction. 404 when no activity names it.',
        params: IdParams,
        body: ref(RenameArea),
        response: { 200: ref(AreaRenamed) },
      },
    },
    async (request) => areas.renameArea(deps, request.actor, request.params.id, request.body),
  );
};
