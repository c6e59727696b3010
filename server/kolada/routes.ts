import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, ref } from '../http/schemas.js';
import { KoladaSync } from './schemas.js';
import * as kolada from './service.js';

const tags = ['indicators'];

export const koladaRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/indicators/:id/kolada-sync',
    {
      config: { access: ['editor', 'admin'] },
      schema: {
        operationId: 'syncIndicatorFromKolada',
        tags,
        summary: "Fetch the indicator's Kolada KPI for its municipality now and store the values",
        description:
          'Reads every page of `GET {KOLADA_URL}/data/kpi/{kpi}/municipality/{code}`, maps Kolada’s genders T, K and M ' +
          'to all, women and men, and stores the values that are new or different in one transaction, each audited ' +
          'with the actor "Kolada". When Kolada does not answer in time, answers other than 200, or answers ' +
          'something not in its documented form, nothing is stored and the answer says so (outcome failed). ' +
          '409 when the indicator names no KPI. The same runs daily for every indicator that names one.',
        params: IdParams,
        response: { 200: ref(KoladaSync) },
      },
    },
    async (request) => kolada.syncIndicator(deps, request.actor, request.params.id),
  );
};
