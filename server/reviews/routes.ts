import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { problemResponse } from '../http/openapi.js';
import { ref } from '../http/schemas.js';
import { basedOn, withEtag } from '../http/versioning.js';
import { PutReview, Review, ReviewParams } from './schemas.js';
import * as reviews from './service.js';

const tags = ['reviews'];

export const reviewRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.listAll(
    {
      path: '/agreements/:id/reviews',
      operationId: 'listReviews',
      access: 'public',
      summary: 'The tertial and year analyses of an agreement the caller may read (the public: final, published)',
      item: Review,
    },
    (actor, agreementId) => reviews.listReviews(deps, actor, agreementId),
  );

  app.get(
    '/agreements/:id/reviews/:period',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getReview',
        tags,
        summary: 'The analysis of one tertial (2026-T1 … 2026-T3) or year (2026)',
        params: ReviewParams,
        response: { 200: ref(Review) },
      },
    },
    async (request, reply) =>
      withEtag(reply, await reviews.getReview(deps, request.actor, request.params.id, request.params.period)),
  );

  app.put(
    '/agreements/:id/reviews/:period',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'putReview',
        tags,
        summary: 'Write the analysis of a tertial or year (201), or replace it (200, needs If-Match)',
        params: ReviewParams,
        body: ref(PutReview),
        response: {
          200: ref(Review),
          201: ref(Review),
          412: problemResponse('The analysis changed since you read it, or If-Match names one not written yet'),
          428: problemResponse('Replacing a written analysis needs If-Match'),
        },
      },
    },
    async (request, reply) => {
      const { id, period } = request.params;
      const result = await reviews.putReview(deps, request.actor, id, period, request.body, basedOn(request));
      return withEtag(reply.code(result.created ? 201 : 200), result.review);
    },
  );
};
