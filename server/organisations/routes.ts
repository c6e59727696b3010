import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { createItem, updateItem, type Found } from '../http/legacy.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { withEtag } from '../http/versioning.js';
import { CreateOrganisation, Organisation, OrganisationListQuery, PatchOrganisation } from './schemas.js';
import * as store from './store.js';
import { NotFound } from '../domain/errors.js';

const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

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
    async (request) => store.listOrganisations(db, request.query),
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
    async (request, reply) => {
      const item = await store.findOrganisation(db, request.params.id);
      if (!item) throw new NotFound('The organisation');
      return withEtag(reply, item);
    },
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
    async (request, reply) =>
      createItem<Organisation>(deps, request, reply, {
        entityType: 'organisation',
        municipalityId: (created) => created.municipalityId,
        location: (created) => `/api/v1/organisations/${created.id}`,
        create: (trx, now) => store.createOrganisation(trx, request.body, now),
      }),
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
      updateItem(deps, request, reply, {
        entityType: 'organisation' as const,
        what: 'The organisation',
        load: async (trx): Promise<Found<Organisation> | null> => {
          const found = await store.findOrganisation(trx, request.params.id);
          return found && { item: found, municipalityId: found.municipalityId };
        },
        // The route's rule (admins only) is the whole rule.
        authorize: () => {},
        update: (trx, before, version, now) => store.updateOrganisation(trx, before.id, version, request.body, now),
      }),
  );
};
