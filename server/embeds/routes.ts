import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import type { PublicDocuments } from '../http/public-documents.js';
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

export const embedRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
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
      const { id } = request.params;
      const lang = request.query.lang ?? 'sv';
      const origin = `${request.protocol}://${request.host}`;
      return documents.send(request, reply, {
        key: `embed:${id}:${lang}:${origin}`,
        dependsOn: { promiseId: id },
        contentType: 'text/html; charset=utf-8',
        build: async () => embedPage(await embeds.getEmbeddedPromise(deps, id), lang, origin),
      });
    },
  );
};
