import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Executor } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/policy.js';
import { withChange } from '../http/legacy.js';
import { createItem, deleteItem, updateItem, type Found } from '../http/legacy.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
import { assertCanManage, viewerOf } from '../domain/policy.js';
import { withEtag } from '../http/versioning.js';
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
import * as store from './store.js';
import { NotFound } from '../domain/errors.js';

const tags = ['goals'];
const EDITORS = ['editor', 'admin'] as const;
const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

export const goalRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

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
    async (request) => store.listGoals(db, viewerOf(request.actor), request.query),
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
      assertCanManage(request.actor, request.body.municipalityId);
      return createItem<Goal>(deps, request, reply, {
        entityType: 'goal',
        municipalityId: request.body.municipalityId,
        location: (goal) => `/api/v1/goals/${goal.id}`,
        create: (trx, now) => store.createGoal(trx, request.body, now),
      });
    },
  );

  const existingGoal = (id: string, actor: Actor | null) => ({
    entityType: 'goal' as const,
    what: 'The goal',
    load: async (trx: Executor): Promise<Found<Goal> | null> => {
      const found = await store.loadGoal(trx, id, viewerOf(actor));
      return found && { item: found.goal, municipalityId: found.goal.municipalityId };
    },
    authorize: ({ municipalityId }: Found<Goal>) => assertCanManage(actor, municipalityId),
  });

  app.get(
    '/goals/:id',
    {
      config: { access: 'public' },
      schema: { operationId: 'getGoal', tags, summary: 'Get one goal', params: IdParams, response: { 200: ref(Goal) } },
    },
    async (request, reply) => {
      const found = await store.loadGoal(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The goal');
      return withEtag(reply, found.goal);
    },
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
    async (request, reply) => {
      if (request.body.municipalityId !== undefined) assertCanManage(request.actor, request.body.municipalityId);
      return updateItem(deps, request, reply, {
        ...existingGoal(request.params.id, request.actor),
        update: (trx, before, version, now) => store.updateGoal(trx, before.id, version, request.body, now),
      });
    },
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
    async (request, reply) =>
      deleteItem(deps, request, reply, {
        ...existingGoal(request.params.id, request.actor),
        remove: (trx, before, version) => store.deleteGoal(trx, before.id, version),
      }),
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
    async (request) => {
      const found = await store.loadGoal(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The goal');
      // A goal has a handful of indicators: one page holds them all.
      return { items: await store.listIndicators(db, found.goal.id, found.level), nextCursor: null };
    },
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
      const found = await store.loadGoal(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The goal');
      assertCanManage(request.actor, found.goal.municipalityId);
      return createItem<Indicator>(deps, request, reply, {
        entityType: 'indicator',
        municipalityId: found.goal.municipalityId,
        location: (indicator) => `/api/v1/indicators/${indicator.id}`,
        create: (trx, now) => store.createIndicator(trx, found.goal.id, request.body, now),
      });
    },
  );

  const existingIndicator = (id: string, actor: Actor | null) => ({
    entityType: 'indicator' as const,
    what: 'The indicator',
    load: async (trx: Executor): Promise<Found<Indicator> | null> => {
      const found = await store.loadIndicator(trx, id, viewerOf(actor));
      return found && { item: found.indicator, municipalityId: found.goal.municipalityId };
    },
    authorize: ({ municipalityId }: Found<Indicator>) => assertCanManage(actor, municipalityId),
  });

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
    async (request, reply) => {
      const found = await store.loadIndicator(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The indicator');
      return withEtag(reply, found.indicator);
    },
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
      updateItem(deps, request, reply, {
        ...existingIndicator(request.params.id, request.actor),
        update: (trx, before, version, now) => store.updateIndicator(trx, before, version, request.body, now),
      }),
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
      const values = await store.listIndicatorValues(db, [request.params.id]);
      return deleteItem(deps, request, reply, {
        ...existingIndicator(request.params.id, request.actor),
        audited: (indicator) => ({ ...indicator, values }),
        remove: (trx, before, version) => store.deleteIndicator(trx, before.id, version),
      });
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
    async (request) => {
      const found = await store.loadIndicator(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The indicator');
      // A value a year or a month per group: one page holds them all.
      return { items: await store.listIndicatorValues(db, [found.indicator.id]), nextCursor: null };
    },
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
      const found = await store.loadIndicator(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The indicator');
      assertCanManage(request.actor, found.goal.municipalityId);
      const result = await withChange(deps, request, async (trx, audit, now) => {
        const put = await store.putIndicatorValue(trx, found.indicator.id, request.body, now);
        await audit({
          action: put.before ? 'update' : 'create',
          entityType: 'indicatorValue',
          entityId: found.indicator.id,
          municipalityId: found.goal.municipalityId,
          before: put.before ?? undefined,
          after: put.value,
        });
        return put;
      });
      return reply.code(result.before ? 200 : 201).send(result.value);
    },
  );
};
