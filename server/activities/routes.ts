import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
import { Activity, ActivityListQuery, CreateActivity, PatchActivity } from './schemas.js';
import * as activities from './service.js';

const tags = ['activities'];
const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

export const activityRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/activities',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listActivities',
        tags,
        summary: 'List activities of the plans, filtered; the public sees published ones',
        querystring: ActivityListQuery,
        response: { 200: Page(ref(Activity)) },
      },
    },
    async (request) => activities.listActivities(deps, request.actor, request.query),
  );

  app.post(
    '/activities',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'createActivity',
        tags,
        summary: 'Add an activity (aktivitet) to a focus area of a plan',
        body: ref(CreateActivity),
        response: { 201: ref(Activity) },
      },
    },
    async (request, reply) => {
      const activity = await activities.createActivity(deps, request.actor, request.body);
      return created(reply, activity, `/api/v1/activities/${activity.id}`);
    },
  );

  app.get(
    '/activities/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getActivity',
        tags,
        summary: 'Get one activity',
        params: IdParams,
        response: { 200: ref(Activity) },
      },
    },
    async (request, reply) => withEtag(reply, await activities.getActivity(deps, request.actor, request.params.id)),
  );

  app.patch(
    '/activities/:id',
    {
      config: { access: ['editor', 'partner', 'admin'] },
      schema: {
        operationId: 'updateActivity',
        tags,
        summary: 'Change an activity; partners of a shared activity may change status and comment; needs If-Match',
        params: IdParams,
        body: ref(PatchActivity),
        response: { 200: ref(Activity) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await activities.updateActivity(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
  );

  app.delete(
    '/activities/:id',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'deleteActivity',
        tags,
        summary: 'Delete an activity with no follow-ups and no promise (409 names what holds it); needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) => {
      await activities.deleteActivity(deps, request.actor, request.params.id, basedOn(request));
      return reply.code(204).send(null);
    },
  );
};
