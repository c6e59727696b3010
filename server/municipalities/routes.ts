import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { createItem, updateItem, type Found } from '../http/legacy.js';
import { IdParams, ListQuery, Page, ref } from '../http/schemas.js';
import { withEtag } from '../http/versioning.js';
import { CreateMunicipality, Municipality, PatchMunicipality } from './schemas.js';
import * as store from './store.js';
import { NotFound } from '../domain/errors.js';

const tags = ['municipalities'];

export const municipalityRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

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
    async (request) => store.listMunicipalities(db, request.query),
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
    async (request, reply) => {
      const item = await store.findMunicipality(db, request.params.id);
      if (!item) throw new NotFound('The municipality');
      return withEtag(reply, item);
    },
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
    async (request, reply) =>
      createItem<Municipality>(deps, request, reply, {
        entityType: 'municipality',
        municipalityId: (created) => created.id,
        location: (created) => `/api/v1/municipalities/${created.id}`,
        create: (trx, now) => store.createMunicipality(trx, request.body, now),
      }),
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
      updateItem(deps, request, reply, {
        entityType: 'municipality' as const,
        what: 'The municipality',
        load: async (trx): Promise<Found<Municipality> | null> => {
          const found = await store.findMunicipality(trx, request.params.id);
          return found && { item: found, municipalityId: found.id };
        },
        // The route's rule (admins only) is the whole rule.
        authorize: () => {},
        update: (trx, before, version, now) => store.updateMunicipality(trx, before.id, version, request.body, now),
      }),
  );
};
