import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import type { PublicDocuments } from '../http/public-documents.js';
import { IdParams, ref } from '../http/schemas.js';
import { AreaList, AreaListParams, AreaPage, AreaParams, AreaRenamed, RenameArea } from './schemas.js';
import * as areas from './service.js';

const tags = ['areas'];
const cacheable =
  'Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.';

export const areaRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
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
      const { code } = request.params;
      return documents.send(request, reply, {
        key: `areas:${code}`,
        dependsOn: { municipalityCode: code },
        contentType: 'application/json; charset=utf-8',
        build: async () => JSON.stringify(await areas.listAreas(deps, code)),
      });
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
      const { code, area } = request.params;
      return documents.send(request, reply, {
        key: `area:${code}:${area}`,
        dependsOn: { municipalityCode: code },
        contentType: 'application/json; charset=utf-8',
        build: async () => JSON.stringify(await areas.getArea(deps, code, area)),
      });
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
