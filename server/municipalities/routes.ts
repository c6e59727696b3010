import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { withChange } from '../http/audit.js';
import { problems } from '../http/problems.js';
import { IdParams, ListQuery, Page, ref } from '../http/schemas.js';
import { expectedVersion, withEtag } from '../http/versioning.js';
import { CreateMunicipality, Municipality, PatchMunicipality } from './schemas.js';
import * as store from './store.js';

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
      if (!item) throw problems.notFound('The municipality');
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
    async (request, reply) => {
      const item = await withChange(deps, request, async (trx, audit, now) => {
        const created = await store.createMunicipality(trx, request.body, now);
        await audit({
          action: 'create',
          entityType: 'municipality',
          entityId: created.id,
          municipalityId: created.id,
          after: created,
        });
        return created;
      });
      return withEtag(reply.code(201).header('location', `/api/v1/municipalities/${item.id}`), item);
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
    async (request, reply) => {
      const version = expectedVersion(request);
      const item = await withChange(deps, request, async (trx, audit, now) => {
        const before = await store.findMunicipality(trx, request.params.id);
        if (!before) throw problems.notFound('The municipality');
        const after = await store.updateMunicipality(trx, before.id, version, request.body, now);
        await audit({
          action: 'update',
          entityType: 'municipality',
          entityId: after.id,
          municipalityId: after.id,
          before,
          after,
        });
        return after;
      });
      return withEtag(reply, item);
    },
  );
};
