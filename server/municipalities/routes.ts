import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { ListQuery } from '../http/schemas.js';
import { CreateMunicipality, Municipality, PatchMunicipality } from './schemas.js';
import * as municipalities from './service.js';

const tags = ['municipalities'];

export const municipalityRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/municipalities',
      operationId: 'listMunicipalities',
      access: 'public',
      summary: 'List municipalities, ordered by code',
      item: Municipality,
      querystring: ListQuery,
    },
    (_actor, query) => municipalities.listMunicipalities(deps, query),
  );
  routes.get(
    {
      path: '/municipalities/:id',
      operationId: 'getMunicipality',
      access: 'public',
      summary: 'Get one municipality',
      item: Municipality,
    },
    (_actor, id) => municipalities.getMunicipality(deps, id),
  );
  routes.create(
    {
      path: '/municipalities',
      operationId: 'createMunicipality',
      access: ['admin'],
      summary: 'Add a municipality (admin)',
      item: Municipality,
      body: CreateMunicipality,
    },
    (actor, body) => municipalities.createMunicipality(deps, actor, body),
  );
  routes.update(
    {
      path: '/municipalities/:id',
      operationId: 'updateMunicipality',
      access: ['admin'],
      summary: 'Change a municipality (admin); needs If-Match',
      item: Municipality,
      body: PatchMunicipality,
    },
    (actor, id, basedOn, body) => municipalities.updateMunicipality(deps, actor, id, basedOn, body),
  );
};
