import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { sendCacheable } from '../http/caching.js';
import { IdParams, ref } from '../http/schemas.js';
import { ATOM_CONTENT_TYPE, atomFeed } from './atom.js';
import { FeedParams, FeedQuery, PromiseHistory } from './schemas.js';
import * as history from './service.js';

const tags = ['public'];

export const historyRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/public/promises/:id/history',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPromiseHistory',
        tags,
        summary: "A published promise's public history: verdicts, texts, activities and months, newest first",
        description:
          'Drawn from the audit log: public fields only, the organisation of whoever made a change and never ' +
          'their name; the months of the promise’s published activities within its period. 404 for a promise ' +
          'that is not published. Cacheable: sends ETag and Cache-Control, answers 304 to a matching If-None-Match.',
        params: IdParams,
        response: { 200: ref(PromiseHistory), 304: Type.Null({ description: 'Not modified' }) },
      },
    },
    async (request, reply) => {
      const found = await history.getPromiseHistory(deps, request.params.id);
      if (sendCacheable(request, reply, JSON.stringify(found))) return reply;
      return found;
    },
  );

  app.get(
    '/public/municipalities/:code/feed.atom',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHistoryFeed',
        tags,
        summary: 'The public history of every published promise of a municipality, as an Atom 1.0 feed',
        description:
          `The newest ${history.FEED_ENTRIES} entries of the promises' histories (as /public/promises/{id}/history), ` +
          'each linking to the promise on the public dashboard; texts in Swedish, or English with lang=en. ' +
          'Cacheable: sends ETag and Cache-Control, answers 304 to a matching If-None-Match.',
        params: FeedParams,
        querystring: FeedQuery,
        response: {
          200: {
            description: 'An Atom 1.0 feed (RFC 4287)',
            content: { 'application/atom+xml': { schema: Type.String() } },
          },
          304: Type.Null({ description: 'Not modified' }),
        },
      },
    },
    async (request, reply) => {
      const feed = await history.getFeed(deps, request.params.code);
      const origin = `${request.protocol}://${request.host}`;
      const xml = atomFeed(feed, origin, request.query.lang ?? 'sv', deps.clock.now());
      void reply.type(ATOM_CONTENT_TYPE);
      if (sendCacheable(request, reply, xml)) return reply;
      return reply.send(xml);
    },
  );
};
