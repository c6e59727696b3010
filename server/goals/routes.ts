import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
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
const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

export const goalRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/goals',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listGoals',
        tags,
        summary: 'List the goals the caller may see (the public: published ones)',
        querystring: GoalListQuery,
        response: { 200: Page(ref(Goal)) },
      },
    },
    async (request) => goals.listGoals(deps, request.actor, request.query),
  );

  app.post(
    '/goals',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createGoal',
        tags,
        summary: 'Add a goal of a municipality',
        body: ref(CreateGoal),
        response: { 201: ref(Goal) },
      },
    },
    async (request, reply) => {
      const goal = await goals.createGoal(deps, request.actor, request.body);
      return created(reply, goal, `/api/v1/goals/${goal.id}`);
    },
  );

  app.get(
    '/goals/:id',
    {
      config: { access: 'public' },
      schema: { operationId: 'getGoal', tags, summary: 'Get one goal', params: IdParams, response: { 200: ref(Goal) } },
    },
    async (request, reply) => withEtag(reply, await goals.getGoal(deps, request.actor, request.params.id)),
  );

  app.patch(
    '/goals/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateGoal',
        tags,
        summary: 'Change a goal; needs If-Match',
        params: IdParams,
        body: ref(PatchGoal),
        response: { 200: ref(Goal) },
      },
    },
    async (request, reply) =>
      withEtag(reply, await goals.updateGoal(deps, request.actor, request.params.id, basedOn(request), request.body)),
  );

  app.delete(
    '/goals/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteGoal',
        tags,
        summary: 'Delete a goal that has no indicators and no agreement; needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) => {
      await goals.deleteGoal(deps, request.actor, request.params.id, basedOn(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/goals/:id/indicators',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listIndicators',
        tags,
        summary: "A goal's indicators",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Page(ref(Indicator)) },
      },
    },
    // A goal has a handful of indicators: one page holds them all.
    async (request) => ({
      items: await goals.listIndicators(deps, request.actor, request.params.id),
      nextCursor: null,
    }),
  );

  app.post(
    '/goals/:id/indicators',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createIndicator',
        tags,
        summary: 'Add an indicator that measures a goal',
        params: IdParams,
        body: ref(CreateIndicator),
        response: { 201: ref(Indicator) },
      },
    },
    async (request, reply) => {
      const indicator = await goals.createIndicator(deps, request.actor, request.params.id, request.body);
      return created(reply, indicator, `/api/v1/indicators/${indicator.id}`);
    },
  );

  app.get(
    '/indicators/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getIndicator',
        tags,
        summary: 'Get one indicator',
        params: IdParams,
        response: { 200: ref(Indicator) },
      },
    },
    async (request, reply) => withEtag(reply, await goals.getIndicator(deps, request.actor, request.params.id)),
  );

  app.patch(
    '/indicators/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateIndicator',
        tags,
        summary: 'Change an indicator; needs If-Match',
        params: IdParams,
        body: ref(PatchIndicator),
        response: { 200: ref(Indicator) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await goals.updateIndicator(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
  );

  app.delete(
    '/indicators/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteIndicator',
        tags,
        summary: 'Delete an indicator and its values (the audit keeps them); needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) => {
      await goals.deleteIndicator(deps, request.actor, request.params.id, basedOn(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/indicators/:id/values',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listIndicatorValues',
        tags,
        summary: "An indicator's values by period and group",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Page(ref(IndicatorValue)) },
      },
    },
    // A value a year or a month per group: one page holds them all.
    async (request) => ({
      items: await goals.listIndicatorValues(deps, request.actor, request.params.id),
      nextCursor: null,
    }),
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
