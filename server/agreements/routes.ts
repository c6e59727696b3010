import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Executor } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/policy.js';
import { createItem, deleteItem, updateItem, type Found } from '../http/legacy.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
import { assertCanManage, viewerOf } from '../domain/policy.js';
import { withEtag } from '../http/versioning.js';
import {
  Agreement,
  AgreementListQuery,
  CreateAgreement,
  CreateFocusArea,
  FocusArea,
  PatchAgreement,
  PatchFocusArea,
} from './schemas.js';
import * as store from './store.js';
import { NotFound } from '../domain/errors.js';

const tags = ['agreements'];
const EDITORS = ['editor', 'admin'] as const;
const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

export const agreementRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  const existingAgreement = (id: string, actor: Actor | null) => ({
    entityType: 'agreement' as const,
    what: 'The agreement',
    load: async (trx: Executor): Promise<Found<Agreement> | null> => {
      const found = await store.loadAgreement(trx, id, viewerOf(actor));
      return found && { item: found.agreement, municipalityId: found.agreement.municipalityId };
    },
    authorize: ({ municipalityId }: Found<Agreement>) => assertCanManage(actor, municipalityId),
  });

  const existingFocusArea = (id: string, actor: Actor | null) => ({
    entityType: 'focusArea' as const,
    what: 'The focus area',
    load: async (trx: Executor): Promise<Found<FocusArea> | null> => {
      const found = await store.loadFocusArea(trx, id, viewerOf(actor));
      return found && { item: found.focusArea, municipalityId: found.agreement.municipalityId };
    },
    authorize: ({ municipalityId }: Found<FocusArea>) => assertCanManage(actor, municipalityId),
  });

  app.get(
    '/agreements',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listAgreements',
        tags,
        summary: 'List the cooperation agreements the caller may see, by start date',
        querystring: AgreementListQuery,
        response: { 200: Page(ref(Agreement)) },
      },
    },
    async (request) => store.listAgreements(db, viewerOf(request.actor), request.query),
  );

  app.post(
    '/agreements',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createAgreement',
        tags,
        summary: 'Add a cooperation agreement (samverkansöverenskommelse)',
        body: ref(CreateAgreement),
        response: { 201: ref(Agreement) },
      },
    },
    async (request, reply) => {
      assertCanManage(request.actor, request.body.municipalityId);
      return createItem<Agreement>(deps, request, reply, {
        entityType: 'agreement',
        municipalityId: request.body.municipalityId,
        location: (agreement) => `/api/v1/agreements/${agreement.id}`,
        create: (trx, now) => store.createAgreement(trx, request.body, now),
      });
    },
  );

  app.get(
    '/agreements/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getAgreement',
        tags,
        summary: 'Get one agreement',
        params: IdParams,
        response: { 200: ref(Agreement) },
      },
    },
    async (request, reply) => {
      const found = await store.loadAgreement(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The agreement');
      return withEtag(reply, found.agreement);
    },
  );

  app.patch(
    '/agreements/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateAgreement',
        tags,
        summary: 'Change an agreement (partyIds and goalIds replace the lists); needs If-Match',
        params: IdParams,
        body: ref(PatchAgreement),
        response: { 200: ref(Agreement) },
      },
    },
    async (request, reply) => {
      if (request.body.municipalityId !== undefined) assertCanManage(request.actor, request.body.municipalityId);
      return updateItem(deps, request, reply, {
        ...existingAgreement(request.params.id, request.actor),
        update: (trx, before, version, now) => store.updateAgreement(trx, before, version, request.body, now),
      });
    },
  );

  app.delete(
    '/agreements/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteAgreement',
        tags,
        summary: 'Delete an agreement that holds nothing (409 names what it holds); needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) =>
      deleteItem(deps, request, reply, {
        ...existingAgreement(request.params.id, request.actor),
        remove: (trx, before, version) => store.deleteAgreement(trx, before.id, version),
      }),
  );

  app.get(
    '/agreements/:id/focus-areas',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listFocusAreas',
        tags,
        summary: "The plan's focus areas, in order",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Page(ref(FocusArea)) },
      },
    },
    async (request) => {
      const found = await store.loadAgreement(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The agreement');
      // A plan has a handful of headings: one page holds them all.
      return { items: await store.listFocusAreas(db, found.agreement.id), nextCursor: null };
    },
  );

  app.post(
    '/agreements/:id/focus-areas',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createFocusArea',
        tags,
        summary: 'Add a focus area (fokusområde) to the plan',
        params: IdParams,
        body: ref(CreateFocusArea),
        response: { 201: ref(FocusArea) },
      },
    },
    async (request, reply) => {
      const found = await store.loadAgreement(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The agreement');
      assertCanManage(request.actor, found.agreement.municipalityId);
      return createItem<FocusArea>(deps, request, reply, {
        entityType: 'focusArea',
        municipalityId: found.agreement.municipalityId,
        location: (focusArea) => `/api/v1/focus-areas/${focusArea.id}`,
        create: (trx, now) => store.createFocusArea(trx, found.agreement.id, request.body, now),
      });
    },
  );

  app.get(
    '/focus-areas/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getFocusArea',
        tags,
        summary: 'Get one focus area',
        params: IdParams,
        response: { 200: ref(FocusArea) },
      },
    },
    async (request, reply) => {
      const found = await store.loadFocusArea(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The focus area');
      return withEtag(reply, found.focusArea);
    },
  );

  app.patch(
    '/focus-areas/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateFocusArea',
        tags,
        summary: 'Change a focus area; needs If-Match',
        params: IdParams,
        body: ref(PatchFocusArea),
        response: { 200: ref(FocusArea) },
      },
    },
    async (request, reply) =>
      updateItem(deps, request, reply, {
        ...existingFocusArea(request.params.id, request.actor),
        update: (trx, before, version, now) => store.updateFocusArea(trx, before.id, version, request.body, now),
      }),
  );

  app.delete(
    '/focus-areas/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteFocusArea',
        tags,
        summary: 'Delete a focus area that holds no activity; needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) =>
      deleteItem(deps, request, reply, {
        ...existingFocusArea(request.params.id, request.actor),
        remove: (trx, before, version) => store.deleteFocusArea(trx, before.id, version),
      }),
  );
};
