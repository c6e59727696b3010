import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { Activity, ActivityListQuery, CreateActivity, PatchActivity } from './schemas.js';
import * as activities from './service.js';

const tags = ['activities'];

export const activityRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/activities',
      operationId: 'listActivities',
      access: 'public',
      summary: 'List activities of the plans, filtered; the public sees published ones',
      item: Activity,
      querystring: ActivityListQuery,
    },
    (actor, query) => activities.listActivities(deps, actor, query),
  );
  routes.create(
    {
      path: '/activities',
      operationId: 'createActivity',
      access: ['editor', 'admin'],
      summary: 'Add an activity (aktivitet) to a focus area of a plan',
      item: Activity,
      body: CreateActivity,
    },
    (actor, body) => activities.createActivity(deps, actor, body),
  );
  routes.get(
    {
      path: '/activities/:id',
      operationId: 'getActivity',
      access: 'public',
      summary: 'Get one activity',
      item: Activity,
    },
    (actor, id) => activities.getActivity(deps, actor, id),
  );
  routes.update(
    {
      path: '/activities/:id',
      operationId: 'updateActivity',
      access: ['editor', 'partner', 'admin'],
      summary: 'Change an activity; partners of a shared activity may change status and comment; needs If-Match',
      item: Activity,
      body: PatchActivity,
    },
    (actor, id, basedOn, body) => activities.updateActivity(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/activities/:id',
      operationId: 'deleteActivity',
      access: ['editor', 'admin'],
      summary: 'Delete an activity with no follow-ups and no promise (409 names what holds it); needs If-Match',
    },
    (actor, id, basedOn) => activities.deleteActivity(deps, actor, id, basedOn),
  );
};
