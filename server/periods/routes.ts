import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { problemResponse } from '../http/openapi.js';
import { IdParams, NoQuery, ref } from '../http/schemas.js';
import { ClosedPeriod, ClosedPeriodList, ClosedPeriodParams, ClosePeriod } from './schemas.js';
import * as periods from './service.js';

const tags = ['closed-periods'];

export const periodRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/agreements/:id/closed-periods',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'listClosedPeriods',
        tags,
        summary: "An agreement's closed (settled) tertials, with who closed each and when",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: ref(ClosedPeriodList) },
      },
    },
    async (request) => periods.listClosedPeriods(deps, request.actor, request.params.id),
  );

  app.post(
    '/agreements/:id/closed-periods',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'closePeriod',
        tags,
        summary: 'Close (settle) a tertial that has ended: none of its follow-ups may change until it is reopened',
        params: IdParams,
        body: ref(ClosePeriod),
        response: { 201: ref(ClosedPeriod), 409: problemResponse('The tertial is closed already') },
      },
    },
    async (request, reply) => {
      const closed = await periods.closePeriod(deps, actorOf(request), request.params.id, request.body.period);
      return reply
        .code(201)
        .header('location', `/api/v1/agreements/${closed.agreementId}/closed-periods/${closed.period}`)
        .send(closed);
    },
  );

  app.delete(
    '/agreements/:id/closed-periods/:period',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'reopenPeriod',
        tags,
        summary: 'Reopen a closed tertial: its follow-ups may change again',
        params: ClosedPeriodParams,
        response: { 204: Type.Null({ description: 'Reopened' }) },
      },
    },
    async (request, reply) => {
      await periods.reopenPeriod(deps, actorOf(request), request.params.id, request.params.period);
      return reply.code(204).send(null);
    },
  );
};
