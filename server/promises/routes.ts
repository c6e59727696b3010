import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import type { PublicDocuments } from '../http/public-documents.js';
import { IdParams, ref } from '../http/schemas.js';
import { CitizenPromise, CreatePromise, PatchPromise, PromiseListQuery, PromiseProgress } from './schemas.js';
import * as promises from './service.js';

const tags = ['promises'];
const EDITORS = ['editor', 'admin'] as const;

export const promiseRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/promises',
      operationId: 'listPromises',
      access: 'public',
      summary: 'List citizen promises (medborgarlöften) the caller may see, by start date',
      item: CitizenPromise,
      querystring: PromiseListQuery,
    },
    (actor, query) => promises.listPromises(deps, actor, query),
  );
  routes.create(
    {
      path: '/promises',
      operationId: 'createPromise',
      access: EDITORS,
      summary: 'Add a citizen promise with its activities',
      item: CitizenPromise,
      body: CreatePromise,
    },
    (actor, body) => promises.createPromise(deps, actor, body),
  );
  routes.get(
    {
      path: '/promises/:id',
      operationId: 'getPromise',
      access: 'public',
      summary: 'Get one promise',
      item: CitizenPromise,
    },
    (actor, id) => promises.getPromise(deps, actor, id),
  );
  routes.update(
    {
      path: '/promises/:id',
      operationId: 'updatePromise',
      access: EDITORS,
      summary: 'Change a promise (activityIds replaces the list); needs If-Match',
      item: CitizenPromise,
      body: PatchPromise,
    },
    (actor, id, basedOn, body) => promises.updatePromise(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/promises/:id',
      operationId: 'deletePromise',
      access: EDITORS,
      summary: 'Delete a promise; its activities and follow-ups stay; needs If-Match',
    },
    (actor, id, basedOn) => promises.deletePromise(deps, actor, id, basedOn),
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
    async (request, reply) => {
      const { actor } = request;
      const { id } = request.params;
      // Signed-in callers may read more than the public, so only the public's answer is kept.
      if (actor) return promises.getPromiseProgress(deps, actor, id);
      return documents.send(request, reply, {
        key: `progress:${id}`,
        dependsOn: { promiseId: id },
        contentType: 'application/json; charset=utf-8',
        build: async () => JSON.stringify(await promises.getPromiseProgress(deps, null, id)),
      });
    },
  );
};
