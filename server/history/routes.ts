import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import type { PublicDocuments } from '../http/public-documents.js';
import { IdParams, ref } from '../http/schemas.js';
import { ATOM_CONTENT_TYPE, atomFeed } from './atom.js';
import { FeedParams, FeedQuery, PromiseHistory } from './schemas.js';
import * as history from './service.js';

const tags = ['public'];

export const historyRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
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
      const { id } = request.params;
      return documents.send(request, reply, {
        key: `history:${id}`,
        dependsOn: { promiseId: id },
        contentType: 'application/json; charset=utf-8',
        build: async () => JSON.stringify(await history.getPromiseHistory(deps, id)),
      });
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
          'Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.',
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
      const { code } = request.params;
      const lang = request.query.lang ?? 'sv';
      const origin = `${request.protocol}://${request.host}`;
      return documents.send(request, reply, {
        key: `feed:${code}:${lang}:${origin}`,
        dependsOn: { municipalityCode: code },
        contentType: ATOM_CONTENT_TYPE,
        build: async () => atomFeed(await history.getFeed(deps, code), origin, lang, deps.clock.now()),
      });
    },
  );
};
