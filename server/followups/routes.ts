import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { problemResponse } from '../http/openapi.js';
import { itemRoutes } from '../http/item-routes.js';
import { IdParams, ref } from '../http/schemas.js';
import { basedOn, withEtag } from '../http/versioning.js';
import { FollowUp, FollowUpGrid, FollowUpGridQuery, FollowUpParams, PutFollowUp } from './schemas.js';
import * as followUps from './service.js';

const tags = ['follow-ups'];

export const followUpRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  // One row a month: one page holds an activity's whole history.
  itemRoutes(app, tags).listAll(
    {
      path: '/activities/:id/follow-ups',
      operationId: 'listFollowUps',
      access: 'public',
      summary: "An activity's recorded months, oldest first",
      item: FollowUp,
    },
    (actor, activityId) => followUps.listFollowUps(deps, actor, activityId),
  );

  app.get(
    '/agreements/:id/follow-up-grid',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'getFollowUpGrid',
        tags,
        summary:
          'A year of the follow-up of every measured activity of an agreement the caller may read, in or outside promises',
        description:
          'Per activity: its months of the year within the agreement period (target, outcome, state), whether ' +
          'the caller may record each now, and for a recorded month its version and comments. One year at a ' +
          'time: a whole agreement holds years of months for each of its activities.',
        params: IdParams,
        querystring: FollowUpGridQuery,
        response: { 200: ref(FollowUpGrid) },
      },
    },
    async (request) => followUps.getFollowUpGrid(deps, request.actor, request.params.id, request.query.year),
  );

  app.get(
    '/activities/:id/follow-ups/:month',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getFollowUp',
        tags,
        summary: 'One month of an activity',
        params: FollowUpParams,
        response: { 200: ref(FollowUp) },
      },
    },
    async (request, reply) =>
      withEtag(reply, await followUps.getFollowUp(deps, request.actor, request.params.id, request.params.month)),
  );

  app.put(
    '/activities/:id/follow-ups/:month',
    {
      config: { access: ['editor', 'partner', 'admin'] },
      schema: {
        operationId: 'putFollowUp',
        tags,
        summary: 'Record a month (201) or correct it (200, needs If-Match)',
        description: 'comment and internalNote, when left out, keep what was recorded.',
        params: FollowUpParams,
        body: ref(PutFollowUp),
        response: {
          200: ref(FollowUp),
          201: ref(FollowUp),
          412: problemResponse(
            'The month changed since you read it (If-Match is stale), or If-Match names a month not recorded',
          ),
          428: problemResponse('Correcting a recorded month needs If-Match'),
        },
      },
    },
    async (request, reply) => {
      const { id, month } = request.params;
      const result = await followUps.recordFollowUp(deps, actorOf(request), id, month, request.body, basedOn(request));
      return withEtag(reply.code(result.created ? 201 : 200), result.followUp);
    },
  );
};
