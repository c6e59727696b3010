import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { CreateOrganisation, Organisation, OrganisationListQuery, PatchOrganisation } from './schemas.js';
import * as organisations from './service.js';

const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/organisations',
      operationId: 'listOrganisations',
      access: 'public',
      summary: 'List organisations (parties), ordered by name; public, as the plan names them',
      item: Organisation,
      querystring: OrganisationListQuery,
    },
    (_actor, query) => organisations.listOrganisations(deps, query),
  );
  routes.get(
    {
      path: '/organisations/:id',
      operationId: 'getOrganisation',
      access: 'public',
      summary: 'Get one organisation',
      item: Organisation,
    },
    (_actor, id) => organisations.getOrganisation(deps, id),
  );
  routes.create(
    {
      path: '/organisations',
      operationId: 'createOrganisation',
      access: ['admin'],
      summary: 'Add an organisation (admin)',
      item: Organisation,
      body: CreateOrganisation,
    },
    (actor, body) => organisations.createOrganisation(deps, actor, body),
  );
  routes.update(
    {
      path: '/organisations/:id',
      operationId: 'updateOrganisation',
      access: ['admin'],
      summary: 'Change an organisation (admin); needs If-Match',
      item: Organisation,
      body: PatchOrganisation,
    },
    (actor, id, basedOn, body) => organisations.updateOrganisation(deps, actor, id, basedOn, body),
  );
};
