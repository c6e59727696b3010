import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
import { CitizenPromise, CreatePromise, PatchPromise, PromiseListQuery, PromiseProgress } from './schemas.js';
import * as promises from './service.js';

const tags = ['promises'];
const EDITORS = ['editor', 'admin'] as const;

export const promiseRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
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
    async (request) => promises.listPromises(deps, request.actor, request.query),
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
      const promise = await promises.createPromise(deps, request.actor, request.body);
      return created(reply, promise, `/api/v1/promises/${promise.id}`);
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
    async (request, reply) => withEtag(reply, await promises.getPromise(deps, request.actor, request.params.id)),
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
    async (request, reply) =>
      withEtag(
        reply,
        await promises.updatePromise(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
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
    async (request, reply) => {
      await promises.deletePromise(deps, request.actor, request.params.id, basedOn(request));
      return reply.code(204).send(null);
    },
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
    async (request) => promises.getPromiseProgress(deps, request.actor, request.params.id),
  );
};
