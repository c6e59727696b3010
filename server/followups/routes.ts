import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { loadActivity, targetHistory, type LoadedActivity } from '../activities/store.js';
import type { Activity } from '../activities/schemas.js';
import type { Executor } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { withChange } from '../http/legacy.js';
import { problemResponse } from '../http/openapi.js';
import { IdParams, NoQuery, Page, ref } from '../http/schemas.js';
import { canManage, isActivityPartner, viewerOf } from '../domain/policy.js';
import { withEtag } from '../http/versioning.js';
import { expectedVersion } from '../http/legacy.js';
import { FollowUp, FollowUpParams, PutFollowUp } from './schemas.js';
import * as store from './store.js';
import { Forbidden, Invalid, NotFound, StaleVersion } from '../domain/errors.js';

const tags = ['follow-ups'];

/** The targets that apply: none once the activity has no measure. */
async function measuredTargets(db: Executor, activity: Activity) {
  return activity.measure ? ((await targetHistory(db, [activity.id])).get(activity.id) ?? []) : [];
}

export const followUpRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  async function visibleActivity(request: FastifyRequest, id: string): Promise<LoadedActivity> {
    const found = await loadActivity(db, id, viewerOf(request.actor));
    if (!found) throw new NotFound('The activity');
    return found;
  }

  app.get(
    '/activities/:id/follow-ups',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listFollowUps',
        tags,
        summary: "An activity's recorded months, oldest first",
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Page(ref(FollowUp)) },
      },
    },
    async (request) => {
      const found = await visibleActivity(request, request.params.id);
      const targets = await measuredTargets(db, found.activity);
      const rows = await store.listFollowUpRows(db, [found.activity.id]);
      // One row a month: one page holds an activity's whole history.
      return { items: rows.map((row) => store.toFollowUp(row, targets, found.level)), nextCursor: null };
    },
  );

  app.get(
    '/activities/:id/follow-ups/:month',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getFollowUp',
        tags,
        summary: 'One month of an activity',
        params: FollowUpParams,
        response: { 200: ref(FollowUp) },
      },
    },
    async (request, reply) => {
      const found = await visibleActivity(request, request.params.id);
      const row = await store.findFollowUpRow(db, found.activity.id, request.params.month);
      if (!row) throw new NotFound(`The follow-up of ${request.params.month}`);
      const targets = await measuredTargets(db, found.activity);
      return withEtag(reply, store.toFollowUp(row, targets, found.level));
    },
  );

  app.put(
    '/activities/:id/follow-ups/:month',
    {
      config: { access: ['editor', 'partner', 'admin'] },
      schema: {
        operationId: 'putFollowUp',
        tags,
        summary: 'Record a month (201) or correct it (200, needs If-Match)',
        description: 'comment and internalNote, when left out, keep what was recorded.',
        params: FollowUpParams,
        body: ref(PutFollowUp),
        response: {
          200: ref(FollowUp),
          201: ref(FollowUp),
          412: problemResponse(
            'The month changed since you read it (If-Match is stale), or If-Match names a month not recorded',
          ),
          428: problemResponse('Correcting a recorded month needs If-Match'),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { month } = request.params;
      const result = await withChange(deps, request, async (trx, audit, now) => {
        const found = await loadActivity(trx, request.params.id, viewerOf(actor));
        if (!found) throw new NotFound('The activity');
        const activity = { ...found.activity, municipalityId: found.municipalityId };
        if (!canManage(actor, found.municipalityId) && !isActivityPartner(actor, activity)) {
          throw new Forbidden('Only editors of this municipality, or partners of a shared activity, may record it.');
        }
        const { first, last } = await store.recordableMonthsOf(trx, found.activity, now);
        if (month < first || month > last) {
          throw new Invalid(`Months from ${first} to ${last} can be recorded for this activity.`, [
            { in: 'params', path: '/month', message: 'is outside the activity’s months, or has not begun' },
          ]);
        }
        const existing = await store.findFollowUpRow(trx, found.activity.id, month);
        // If-Match names a version of a recorded month; for a month not recorded it matches nothing.
        if (!existing && request.headers['if-match'] !== undefined) {
          throw new StaleVersion('This month has not been recorded yet; send it without If-Match.');
        }
        const targets = await measuredTargets(trx, found.activity);
        const row = existing
          ? await store.replaceFollowUp(trx, existing.id, expectedVersion(request), request.body, actor.userId, now)
          : await store.createFollowUp(trx, found.activity.id, month, request.body, actor.userId, now);
        const after = store.toFollowUp(row, targets, 'internal');
        await audit({
          action: existing ? 'update' : 'create',
          entityType: 'followUp',
          entityId: row.id,
          municipalityId: found.municipalityId,
          before: existing ? store.toFollowUp(existing, targets, 'internal') : undefined,
          after,
        });
        return { created: !existing, followUp: after };
      });
      return withEtag(reply.code(result.created ? 201 : 200), result.followUp);
    },
  );
};
