import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { sendCacheable } from '../http/caching.js';
import { IdParams } from '../http/schemas.js';
import { embedHelmet } from '../http/security.js';
import { EMBED_STYLE_HASH, embedPage } from './page.js';
import * as embeds from './service.js';

const EmbedQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.Union([Type.Literal('sv'), Type.Literal('en')], { description: 'The language of the page; sv by default' }),
    ),
  },
  { additionalProperties: false },
);

export const embedRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/inbadda/lofte/:id',
    {
      config: { access: 'public', helmet: embedHelmet([EMBED_STYLE_HASH]) },
      schema: {
        // A page, as the client's pages are: out of the API's document (test/web/serving.test.ts).
        hide: true,
        operationId: 'getPromiseEmbed',
        tags: ['public'],
        summary: 'One published promise as a small HTML page for an <iframe> on any site',
        description:
          'Its verdict, the progress of its published activities as a small chart and a table, in Swedish or ' +
          'English (lang). No script, no session, no action: any site may frame it (frame-ancestors *), unlike ' +
          'every other page. 404 for a promise that is not published. Cacheable like the public dashboard.',
        params: IdParams,
        querystring: EmbedQuery,
        response: {
          200: { description: 'The page', content: { 'text/html': { schema: Type.String() } } },
          304: Type.Null({ description: 'Not modified' }),
        },
      },
    },
    async (request, reply) => {
      const embedded = await embeds.getEmbeddedPromise(deps, request.params.id);
      const page = embedPage(embedded, request.query.lang ?? 'sv', `${request.protocol}://${request.host}`);
      void reply.type('text/html; charset=utf-8');
      if (sendCacheable(request, reply, page)) return reply;
      return reply.send(page);
    },
  );
};
