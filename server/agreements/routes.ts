import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
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
const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

export const agreementRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/agreements',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listAgreements',
        tags,
        summary: 'List the cooperation agreements the caller may see, by start date',
        querystring: AgreementListQuery,
        response: { 200: Page(ref(Agreement)) },
      },
    },
    async (request) => agreements.listAgreements(deps, request.actor, request.query),
  );

  app.post(
    '/agreements',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createAgreement',
        tags,
        summary: 'Add a cooperation agreement (samverkansöverenskommelse)',
        body: ref(CreateAgreement),
        response: { 201: ref(Agreement) },
      },
    },
    async (request, reply) => {
      const agreement = await agreements.createAgreement(deps, request.actor, request.body);
      return created(reply, agreement, `/api/v1/agreements/${agreement.id}`);
    },
  );

  app.get(
    '/agreements/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getAgreement',
        tags,
        summary: 'Get one agreement',
        params: IdParams,
        response: { 200: ref(Agreement) },
      },
    },
    async (request, reply) => withEtag(reply, await agreements.getAgreement(deps, request.actor, request.params.id)),
  );

  app.patch(
    '/agreements/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateAgreement',
        tags,
        summary: 'Change an agreement (partyIds and goalIds replace the lists); needs If-Match',
        params: IdParams,
        body: ref(PatchAgreement),
        response: { 200: ref(Agreement) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await agreements.updateAgreement(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
  );

  app.delete(
    '/agreements/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteAgreement',
        tags,
        summary: 'Delete an agreement that holds nothing (409 names what it holds); needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) => {
      await agreements.deleteAgreement(deps, request.actor, request.params.id, basedOn(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/agreements/:id/focus-areas',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listFocusAreas',
        tags,
        summary: "The plan's focus areas, in order",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Page(ref(FocusArea)) },
      },
    },
    // A plan has a handful of headings: one page holds them all.
    async (request) => ({
      items: await agreements.listFocusAreas(deps, request.actor, request.params.id),
      nextCursor: null,
    }),
  );

  app.post(
    '/agreements/:id/focus-areas',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'createFocusArea',
        tags,
        summary: 'Add a focus area (fokusområde) to the plan',
        params: IdParams,
        body: ref(CreateFocusArea),
        response: { 201: ref(FocusArea) },
      },
    },
    async (request, reply) => {
      const focusArea = await agreements.createFocusArea(deps, request.actor, request.params.id, request.body);
      return created(reply, focusArea, `/api/v1/focus-areas/${focusArea.id}`);
    },
  );

  app.get(
    '/focus-areas/:id',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getFocusArea',
        tags,
        summary: 'Get one focus area',
        params: IdParams,
        response: { 200: ref(FocusArea) },
      },
    },
    async (request, reply) => withEtag(reply, await agreements.getFocusArea(deps, request.actor, request.params.id)),
  );

  app.patch(
    '/focus-areas/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'updateFocusArea',
        tags,
        summary: 'Change a focus area; needs If-Match',
        params: IdParams,
        body: ref(PatchFocusArea),
        response: { 200: ref(FocusArea) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await agreements.updateFocusArea(deps, request.actor, request.params.id, basedOn(request), request.body),
      ),
  );

  app.delete(
    '/focus-areas/:id',
    {
      config: { access: EDITORS },
      schema: {
        operationId: 'deleteFocusArea',
        tags,
        summary: 'Delete a focus area that holds no activity; needs If-Match',
        params: IdParams,
        response: Deleted,
      },
    },
    async (request, reply) => {
      await agreements.deleteFocusArea(deps, request.actor, request.params.id, basedOn(request));
      return reply.code(204).send(null);
    },
  );
};
