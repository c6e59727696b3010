import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { IdParams, NoQuery, ref } from '../http/schemas.js';
import {
  CreateProblem,
  CreateSituationReport,
  PatchProblem,
  PatchSituationReport,
  Problem,
  SituationReport,
  SituationReportListQuery,
  Traceability,
} from './schemas.js';
import * as situations from './service.js';

const tags = ['situation reports'];
const EDITORS = ['editor', 'admin'] as const;

export const situationRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/situation-reports',
      operationId: 'listSituationReports',
      access: 'public',
      summary: 'List the lägesbilder the caller may see (the public: published and adopted ones)',
      item: SituationReport,
      querystring: SituationReportListQuery,
    },
    (actor, query) => situations.listSituationReports(deps, actor, query),
  );
  routes.create(
    {
      path: '/situation-reports',
      operationId: 'createSituationReport',
      access: EDITORS,
      summary: 'Add a lägesbild (situation report) of a municipality',
      item: SituationReport,
      body: CreateSituationReport,
    },
    (actor, body) => situations.createSituationReport(deps, actor, body),
  );
  routes.get(
    {
      path: '/situation-reports/:id',
      operationId: 'getSituationReport',
      access: 'public',
      summary: 'Get one lägesbild',
      item: SituationReport,
    },
    (actor, id) => situations.getSituationReport(deps, actor, id),
  );
  routes.update(
    {
      path: '/situation-reports/:id',
      operationId: 'updateSituationReport',
      access: EDITORS,
      summary: 'Change a lägesbild (adopt it: status adopted, adoptedAt, adoptedBy); needs If-Match',
      item: SituationReport,
      body: PatchSituationReport,
    },
    (actor, id, basedOn, body) => situations.updateSituationReport(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/situation-reports/:id',
      operationId: 'deleteSituationReport',
      access: EDITORS,
      summary:
        'Delete a lägesbild and its problems; 409 while an activity acts on a problem or cause of it, or an ' +
        'agreement answers it; needs If-Match',
    },
    (actor, id, basedOn) => situations.deleteSituationReport(deps, actor, id, basedOn),
  );

  // A lägesbild finds a handful of problems: one page holds them all.
  routes.listAll(
    {
      path: '/situation-reports/:id/problems',
      operationId: 'listProblems',
      access: 'public',
      summary: 'The problems a lägesbild found, in order, each with its causes',
      item: Problem,
    },
    (actor, reportId) => situations.listProblems(deps, actor, reportId),
  );
  routes.createIn(
    {
      path: '/situation-reports/:id/problems',
      operationId: 'createProblem',
      access: EDITORS,
      summary: 'Add a problem, with its causes, to a lägesbild',
      item: Problem,
      body: CreateProblem,
      itemPath: '/problems',
    },
    (actor, reportId, body) => situations.createProblem(deps, actor, reportId, body),
  );
  routes.get(
    { path: '/problems/:id', operationId: 'getProblem', access: 'public', summary: 'Get one problem', item: Problem },
    (actor, id) => situations.getProblem(deps, actor, id),
  );
  routes.update(
    {
      path: '/problems/:id',
      operationId: 'updateProblem',
      access: EDITORS,
      summary:
        'Change a problem; causes replace the list (a cause sent with its id keeps it; leaving out one an ' +
        'activity acts on is 409); needs If-Match',
      item: Problem,
      body: PatchProblem,
    },
    (actor, id, basedOn, body) => situations.updateProblem(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/problems/:id',
      operationId: 'deleteProblem',
      access: EDITORS,
      summary: 'Delete a problem and its causes; 409 while an activity acts on it or one of them; needs If-Match',
    },
    (actor, id, basedOn) => situations.deleteProblem(deps, actor, id, basedOn),
  );

  routes.listAll(
    {
      path: '/agreements/:id/problems',
      operationId: 'listAgreementProblems',
      access: 'public',
      summary: 'The problems of the lägesbild the agreement’s plan answers (none when it answers none)',
      item: Problem,
    },
    (actor, agreementId) => situations.listAgreementProblems(deps, actor, agreementId),
  );

  app.get(
    '/situation-reports/:id/traceability',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getTraceability',
        tags,
        summary:
          'Per problem and cause the activities acting on it with their progress to date; the problems no ' +
          'activity acts on; the activities acting on no problem',
        params: IdParams,
        querystring: NoQuery,
        response: { 200: ref(Traceability) },
      },
    },
    async (request) => situations.getTraceability(deps, request.actor, request.params.id),
  );
};
