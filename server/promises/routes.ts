import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Executor } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/policy.js';
import { createItem, deleteItem, updateItem, type Found } from '../http/legacy.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { assertCanManage, viewerOf } from '../domain/policy.js';
import { withEtag } from '../http/versioning.js';
import { loadProgress } from '../progress/store.js';
import { CitizenPromise, CreatePromise, PatchPromise, PromiseListQuery, PromiseProgress } from './schemas.js';
import * as store from './store.js';
import { NotFound } from '../domain/errors.js';

const tags = ['promises'];
const EDITORS = ['editor', 'admin'] as const;

export const promiseRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  const existingPromise = (id: string, actor: Actor | null) => ({
    entityType: 'promise' as const,
    what: 'The promise',
    load: async (trx: Executor): Promise<Found<CitizenPromise> | null> => {
      const found = await store.loadPromise(trx, id, viewerOf(actor));
      return found && { item: found.promise, municipalityId: found.promise.municipalityId };
    },
    authorize: ({ municipalityId }: Found<CitizenPromise>) => assertCanManage(actor, municipalityId),
  });

  app.get(
    '/promises',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listPromises',
        tags,
        summary: 'List citizen promises (medborgarlöften) the caller may see, by start date',
        querystring: PromiseListQuery,
        response: { 200: Page(ref(CitizenPromise)) },
      },
    },
    async (request) => store.listPromises(db, viewerOf(request.actor), request.query),
  );

  app.post(
    '/promises',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createPromise',
        tags,
        summary: 'Add a citizen promise with its activities',
        body: ref(CreatePromise),
        response: { 201: ref(CitizenPromise) },
      },
    },
    async (request, reply) => {
      assertCanManage(request.actor, request.body.municipalityId);
      return createItem<CitizenPromise>(deps, request, reply, {
        entityType: 'promise',
        municipalityId: request.body.municipalityId,
        location: (promise) => `/api/v1/promises/${promise.id}`,
        create: (trx, now) => store.createPromise(trx, request.body, now),
      });
    },
  );

  app.get(
    '/promises/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPromise',
        tags,
        summary: 'Get one promise',
        params: IdParams,
        response: { 200: ref(CitizenPromise) },
      },
    },
    async (request, reply) => {
      const found = await store.loadPromise(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The promise');
      return withEtag(reply, found.promise);
    },
  );

  app.patch(
    '/promises/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updatePromise',
        tags,
        summary: 'Change a promise (activityIds replaces the list); needs If-Match',
        params: IdParams,
        body: ref(PatchPromise),
        response: { 200: ref(CitizenPromise) },
      },
    },
    async (request, reply) => {
      if (request.body.municipalityId !== undefined) assertCanManage(request.actor, request.body.municipalityId);
      return updateItem(deps, request, reply, {
        ...existingPromise(request.params.id, request.actor),
        update: (trx, before, version, now) => store.updatePromise(trx, before, version, request.body, now),
      });
    },
  );

  app.delete(
    '/promises/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deletePromise',
        tags,
        summary: 'Delete a promise; its activities and follow-ups stay; needs If-Match',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }) },
      },
    },
    async (request, reply) =>
      deleteItem(deps, request, reply, {
        ...existingPromise(request.params.id, request.actor),
        remove: (trx, before, version) => store.deletePromise(trx, before.id, version),
      }),
  );

  app.get(
    '/promises/:id/progress',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPromiseProgress',
        tags,
        summary: 'Per activity: months with target and outcome, progress, missing months, tertials and years',
        params: IdParams,
        response: { 200: ref(PromiseProgress) },
      },
    },
    async (request) => {
      const found = await store.loadPromise(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The promise');
      const { promise } = found;
      const [activities] = await loadProgress(
        db,
        [{ start: promise.periodStart, end: promise.periodEnd, activityIds: promise.activityIds }],
        deps.clock.now(),
      );
      return { promiseId: promise.id, activities: (activities ?? []).map((entry) => entry.progress) };
    },
  );
};
