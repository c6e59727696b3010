import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { IdParams, ref } from '../http/schemas.js';
import {
  CreateGoal,
  CreateIndicator,
  Goal,
  GoalListQuery,
  Indicator,
  IndicatorValue,
  PatchGoal,
  PatchIndicator,
  PutIndicatorValue,
} from './schemas.js';
import * as goals from './service.js';

const tags = ['goals'];
const EDITORS = ['editor', 'admin'] as const;

export const goalRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/goals',
      operationId: 'listGoals',
      access: 'public',
      summary: 'List the goals the caller may see (the public: published ones)',
      item: Goal,
      querystring: GoalListQuery,
    },
    (actor, query) => goals.listGoals(deps, actor, query),
  );
  routes.create(
    {
      path: '/goals',
      operationId: 'createGoal',
      access: EDITORS,
      summary: 'Add a goal of a municipality',
      item: Goal,
      body: CreateGoal,
    },
    (actor, body) => goals.createGoal(deps, actor, body),
  );
  routes.get(
    { path: '/goals/:id', operationId: 'getGoal', access: 'public', summary: 'Get one goal', item: Goal },
    (actor, id) => goals.getGoal(deps, actor, id),
  );
  routes.update(
    {
      path: '/goals/:id',
      operationId: 'updateGoal',
      access: EDITORS,
      summary: 'Change a goal; needs If-Match',
      item: Goal,
      body: PatchGoal,
    },
    (actor, id, basedOn, body) => goals.updateGoal(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/goals/:id',
      operationId: 'deleteGoal',
      access: EDITORS,
      summary: 'Delete a goal that has no indicators and no agreement; needs If-Match',
    },
    (actor, id, basedOn) => goals.deleteGoal(deps, actor, id, basedOn),
  );

  // A goal has a handful of indicators: one page holds them all.
  routes.listAll(
    {
      path: '/goals/:id/indicators',
      operationId: 'listIndicators',
      access: 'public',
      summary: "A goal's indicators",
      item: Indicator,
    },
    (actor, goalId) => goals.listIndicators(deps, actor, goalId),
  );
  routes.createIn(
    {
      path: '/goals/:id/indicators',
      operationId: 'createIndicator',
      access: EDITORS,
      summary: 'Add an indicator that measures a goal',
      item: Indicator,
      body: CreateIndicator,
      itemPath: '/indicators',
    },
    (actor, goalId, body) => goals.createIndicator(deps, actor, goalId, body),
  );
  routes.get(
    {
      path: '/indicators/:id',
      operationId: 'getIndicator',
      access: 'public',
      summary: 'Get one indicator',
      item: Indicator,
    },
    (actor, id) => goals.getIndicator(deps, actor, id),
  );
  routes.update(
    {
      path: '/indicators/:id',
      operationId: 'updateIndicator',
      access: EDITORS,
      summary: 'Change an indicator; needs If-Match',
      item: Indicator,
      body: PatchIndicator,
    },
    (actor, id, basedOn, body) => goals.updateIndicator(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/indicators/:id',
      operationId: 'deleteIndicator',
      access: EDITORS,
      summary: 'Delete an indicator and its values (the audit keeps them); needs If-Match',
    },
    (actor, id, basedOn) => goals.deleteIndicator(deps, actor, id, basedOn),
  );

  // A value a year or a month per group: one page holds them all.
  routes.listAll(
    {
      path: '/indicators/:id/values',
      operationId: 'listIndicatorValues',
      access: 'public',
      summary: "An indicator's values by period and group",
      item: IndicatorValue,
    },
    (actor, indicatorId) => goals.listIndicatorValues(deps, actor, indicatorId),
  );

  app.put(
    '/indicators/:id/values',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'putIndicatorValue',
        tags,
        summary: 'Record or correct one value: 201 when new, 200 when it replaced one',
        params: IdParams,
        body: ref(PutIndicatorValue),
        response: { 200: ref(IndicatorValue), 201: ref(IndicatorValue) },
      },
    },
    async (request, reply) => {
      const put = await goals.putIndicatorValue(deps, request.actor, request.params.id, request.body);
      return reply.code(put.replaced ? 200 : 201).send(put.value);
    },
  );
};
