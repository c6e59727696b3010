import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
import { CreateOrganisation, Organisation, OrganisationListQuery, PatchOrganisation } from './schemas.js';
import * as organisations from './service.js';

const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/organisations',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listOrganisations',
        tags,
        summary: 'List organisations (parties), ordered by name; public, as the plan names them',
        querystring: OrganisationListQuery,
        response: { 200: Page(ref(Organisation)) },
      },
    },
    async (request) => organisations.listOrganisations(deps, request.query),
  );

  app.get(
    '/organisations/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getOrganisation',
        tags,
        summary: 'Get one organisation',
        params: IdParams,
        response: { 200: ref(Organisation) },
      },
    },
    async (request, reply) => withEtag(reply, await organisations.getOrganisation(deps, request.params.id)),
  );

  app.post(
    '/organisations',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'createOrganisation',
        tags,
        summary: 'Add an organisation (admin)',
        body: ref(CreateOrganisation),
        response: { 201: ref(Organisation) },
      },
    },
    async (request, reply) => {
      const organisation = await organisations.createOrganisation(deps, request.actor, request.body);
      return created(reply, organisation, `/api/v1/organisations/${organisation.id}`);
    },
  );

  app.patch(
    '/organisations/:id',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'updateOrganisation',
        tags,
        summary: 'Change an organisation (admin); needs If-Match',
        params: IdParams,
        body: ref(PatchOrganisation),
        response: { 200: ref(Organisation) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await organisations.updateOrganisation(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
  );
};
