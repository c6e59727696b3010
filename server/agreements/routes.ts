import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import {
  Agreement,
  AgreementListQuery,
  CreateAgreement,
  CreateFocusArea,
  FocusArea,
  PatchAgreement,
  PatchFocusArea,
} from './schemas.js';
import * as agreements from './service.js';

const tags = ['agreements'];
const EDITORS = ['editor', 'admin'] as const;

export const agreementRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/agreements',
      operationId: 'listAgreements',
      access: 'public',
      summary: 'List the cooperation agreements the caller may see, by start date',
      item: Agreement,
      querystring: AgreementListQuery,
    },
    (actor, query) => agreements.listAgreements(deps, actor, query),
  );
  routes.create(
    {
      path: '/agreements',
      operationId: 'createAgreement',
      access: EDITORS,
      summary: 'Add a cooperation agreement (samverkansöverenskommelse)',
      item: Agreement,
      body: CreateAgreement,
    },
    (actor, body) => agreements.createAgreement(deps, actor, body),
  );
  routes.get(
    {
      path: '/agreements/:id',
      operationId: 'getAgreement',
      access: 'public',
      summary: 'Get one agreement',
      item: Agreement,
    },
    (actor, id) => agreements.getAgreement(deps, actor, id),
  );
  routes.update(
    {
      path: '/agreements/:id',
      operationId: 'updateAgreement',
      access: EDITORS,
      summary: 'Change an agreement (partyIds and goalIds replace the lists); needs If-Match',
      item: Agreement,
      body: PatchAgreement,
    },
    (actor, id, basedOn, body) => agreements.updateAgreement(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/agreements/:id',
      operationId: 'deleteAgreement',
      access: EDITORS,
      summary: 'Delete an agreement that holds nothing (409 names what it holds); needs If-Match',
    },
    (actor, id, basedOn) => agreements.deleteAgreement(deps, actor, id, basedOn),
  );

  // A plan has a handful of headings: one page holds them all.
  routes.listAll(
    {
      path: '/agreements/:id/focus-areas',
      operationId: 'listFocusAreas',
      access: 'public',
      summary: "The plan's focus areas, in order",
      item: FocusArea,
    },
    (actor, agreementId) => agreements.listFocusAreas(deps, actor, agreementId),
  );
  routes.createIn(
    {
      path: '/agreements/:id/focus-areas',
      operationId: 'createFocusArea',
      access: EDITORS,
      summary: 'Add a focus area (fokusområde) to the plan',
      item: FocusArea,
      body: CreateFocusArea,
      itemPath: '/focus-areas',
    },
    (actor, agreementId, body) => agreements.createFocusArea(deps, actor, agreementId, body),
  );
  routes.get(
    {
      path: '/focus-areas/:id',
      operationId: 'getFocusArea',
      access: 'public',
      summary: 'Get one focus area',
      item: FocusArea,
    },
    (actor, id) => agreements.getFocusArea(deps, actor, id),
  );
  routes.update(
    {
      path: '/focus-areas/:id',
      operationId: 'updateFocusArea',
      access: EDITORS,
      summary: 'Change a focus area; needs If-Match',
      item: FocusArea,
      body: PatchFocusArea,
    },
    (actor, id, basedOn, body) => agreements.updateFocusArea(deps, actor, id, basedOn, body),
  );
  routes.remove(
    {
      path: '/focus-areas/:id',
      operationId: 'deleteFocusArea',
      access: EDITORS,
      summary: 'Delete a focus area that holds no activity; needs If-Match',
    },
    (actor, id, basedOn) => agreements.deleteFocusArea(deps, actor, id, basedOn),
  );
};
