import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, ListQuery, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
import { CreateMunicipality, Municipality, PatchMunicipality } from './schemas.js';
import * as municipalities from './service.js';

const tags = ['municipalities'];

export const municipalityRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/municipalities',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listMunicipalities',
        tags,
        summary: 'List municipalities, ordered by code',
        querystring: ListQuery,
        response: { 200: Page(ref(Municipality)) },
      },
    },
    async (request) => municipalities.listMunicipalities(deps, request.query),
  );

  app.get(
    '/municipalities/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getMunicipality',
        tags,
        summary: 'Get one municipality',
        params: IdParams,
        response: { 200: ref(Municipality) },
      },
    },
    async (request, reply) => withEtag(reply, await municipalities.getMunicipality(deps, request.params.id)),
  );

  app.post(
    '/municipalities',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'createMunicipality',
        tags,
        summary: 'Add a municipality (admin)',
        body: ref(CreateMunicipality),
        response: { 201: ref(Municipality) },
      },
    },
    async (request, reply) => {
      const municipality = await municipalities.createMunicipality(deps, request.actor, request.body);
      return created(reply, municipality, `/api/v1/municipalities/${municipality.id}`);
    },
  );

  app.patch(
    '/municipalities/:id',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'updateMunicipality',
        tags,
        summary: 'Change a municipality (admin); needs If-Match',
        params: IdParams,
        body: ref(PatchMunicipality),
        response: { 200: ref(Municipality) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await municipalities.updateMunicipality(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
  );
};
