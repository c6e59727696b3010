import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { ref } from '../http/schemas.js';
import { SearchQuery, SearchResults } from './schemas.js';
import * as searching from './service.js';

export const searchRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/public/search',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'search',
        tags: ['public'],
        summary: 'Find published promises, activities and places by words in their titles and texts',
        description:
          'PostgreSQL full-text search with the swedish configuration (stems: "trygghetsvandringar" finds ' +
          '"trygghetsvandring"), over every municipality or one (municipality=code). Any query text answers 200; ' +
          'only a query that is empty, blank or over 200 characters is 400.',
        querystring: SearchQuery,
        response: { 200: ref(SearchResults) },
      },
    },
    async (request) => searching.search(deps, request.query),
  );
};
