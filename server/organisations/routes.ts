import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { withChange } from '../http/audit.js';
import { problems } from '../http/problems.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { expectedVersion, withEtag } from '../http/versioning.js';
import { CreateOrganisation, Organisation, OrganisationListQuery, PatchOrganisation } from './schemas.js';
import * as store from './store.js';

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
      if (!item) throw problems.notFound('The organisation');
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
    async (request, reply) => {
      const item = await withChange(deps, request, async (trx, audit, now) => {
        const created = await store.createOrganisation(trx, request.body, now);
        await audit({
          action: 'create',
          entityType: 'organisation',
          entityId: created.id,
          municipalityId: created.municipalityId,
          after: created,
        });
        return created;
      });
      return withEtag(reply.code(201).header('location', `/api/v1/organisations/${item.id}`), item);
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
    async (request, reply) => {
      const version = expectedVersion(request);
      const item = await withChange(deps, request, async (trx, audit, now) => {
        const before = await store.findOrganisation(trx, request.params.id);
        if (!before) throw problems.notFound('The organisation');
        const after = await store.updateOrganisation(trx, before.id, version, request.body, now);
        await audit({
          action: 'update',
          entityType: 'organisation',
          entityId: after.id,
          municipalityId: after.municipalityId,
          before,
          after,
        });
        return after;
      });
      return withEtag(reply, item);
    },
  );
};
