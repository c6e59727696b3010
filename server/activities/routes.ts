import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { loadAgreement } from '../agreements/store.js';
import type { Executor } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from '../domain/policy.js';
import { createItem, deleteItem, updateItem, type Found } from '../http/legacy.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { assertCanManage, canManage, isActivityPartner, viewerOf } from '../domain/policy.js';
import { withEtag } from '../http/versioning.js';
import { currentMonth } from '../progress/months.js';
import { Activity, ActivityListQuery, CreateActivity, PARTNER_FIELDS, PatchActivity } from './schemas.js';
import * as store from './store.js';
import { Forbidden, Invalid, NotFound } from '../domain/errors.js';

const tags = ['activities'];
const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

/** The plan's agreement, managed by the caller: 403 when they see it but may not change it; an unseen one is an unknown id (400). */
async function managedAgreement(db: Executor, actor: Actor | null, agreementId: string) {
  const found = await loadAgreement(db, agreementId, viewerOf(actor));
  if (!found) {
    throw new Invalid('The agreement does not exist.', [
      { in: 'body', path: '/agreementId', message: 'names no agreement' },
    ]);
  }
  assertCanManage(actor, found.agreement.municipalityId);
  return found.agreement;
}

export const activityRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  const existingActivity = (id: string, actor: Actor | null) => ({
    entityType: 'activity' as const,
    what: 'The activity',
    load: async (trx: Executor): Promise<(Found<Activity> & { loaded: store.LoadedActivity }) | null> => {
      const loaded = await store.loadActivity(trx, id, viewerOf(actor));
      return loaded && { item: loaded.activity, municipalityId: loaded.municipalityId, loaded };
    },
  });

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
    async (request) => store.listActivities(db, viewerOf(request.actor), request.query),
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
      const agreement = await managedAgreement(db, request.actor, request.body.agreementId);
      return createItem<Activity>(deps, request, reply, {
        entityType: 'activity',
        municipalityId: agreement.municipalityId,
        location: (activity) => `/api/v1/activities/${activity.id}`,
        create: (trx, now) => store.createActivity(trx, request.body, now, currentMonth(now)),
      });
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
    async (request, reply) => {
      const found = await store.loadActivity(db, request.params.id, viewerOf(request.actor));
      if (!found) throw new NotFound('The activity');
      return withEtag(reply, found.activity);
    },
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
    async (request, reply) => {
      const actor = request.actor;
      if (request.body.agreementId !== undefined) await managedAgreement(db, actor, request.body.agreementId);
      return updateItem(deps, request, reply, {
        ...existingActivity(request.params.id, actor),
        authorize: ({ loaded }) => {
          if (canManage(actor, loaded.municipalityId)) return;
          if (!isActivityPartner(actor, { ...loaded.activity, municipalityId: loaded.municipalityId })) {
            throw new Forbidden('Only editors of this municipality, or partners of a shared activity, may change it.');
          }
          const other = Object.keys(request.body).filter((field) => !PARTNER_FIELDS.includes(field));
          if (other.length > 0)
            throw new Forbidden(`Partners may change only status and comment, not ${other.join(', ')}.`);
        },
        update: (trx, before, version, now) =>
          store.updateActivity(trx, before, version, request.body, now, currentMonth(now)),
      });
    },
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
    async (request, reply) =>
      deleteItem(deps, request, reply, {
        ...existingActivity(request.params.id, request.actor),
        authorize: ({ municipalityId }) => assertCanManage(request.actor, municipalityId),
        remove: (trx, before, version) => store.deleteActivity(trx, before.id, version),
      }),
  );
};
