import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import type { PublicDocuments } from '../http/public-documents.js';
import { ref } from '../http/schemas.js';
import { csvDocument, csvResponses } from '../opendata/routes.js';
import { COUNTY_OPEN_DATA_SETS, CountyDashboard, CountyParams, countyOpenDataDocument } from './schemas.js';
import * as counties from './service.js';

const tags = ['public'];
const openDataTags = ['open data'];

export const countyRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
  const licence = deps.config.openDataLicence;

  app.get(
    '/public/counties/:code/dashboard',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getCountyDashboard',
        tags,
        summary:
          'A county at a glance: per municipality its active agreement, published promises with progress to date and safety indicators for women and men',
        description:
          'Every municipality whose code begins with the county code, also one with nothing published yet (hasData false). ' +
          'Published items and public fields only. 400 for a code that is not two digits, 404 for a county no ' +
          'municipality belongs to. Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.',
        params: CountyParams,
        response: { 200: ref(CountyDashboard), 304: Type.Null({ description: 'Not modified' }) },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      return documents.send(request, reply, {
        key: `county:${code}`,
        dependsOn: { countyCode: code },
        contentType: 'application/json; charset=utf-8',
        build: async () => JSON.stringify(await counties.getCountyDashboard(deps, code)),
      });
    },
  );

  for (const set of COUNTY_OPEN_DATA_SETS) {
    const name = set.name;
    const common =
      `${set.rows}. The union of the municipalities' own open data (…/municipalities/{code}/open-data/${name}.*) ` +
      `with the municipality code as the first column; published items and public fields only. Licence: ${licence}. ` +
      'Cacheable (ETag, Cache-Control, 304).';

    app.get(
      `/public/counties/:code/open-data/${name}.json`,
      {
        config: { access: 'public' },
        schema: {
          operationId: `getCountyOpenData${set.title.replace(/^County/, '')}Json`,
          tags: openDataTags,
          summary: `${set.summary} (JSON)`,
          description: `${common}\n\nJSON: \`{ licence, county, items }\`.`,
          params: CountyParams,
          response: { 200: ref(countyOpenDataDocument(set)), 304: Type.Null({ description: 'Not modified' }) },
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        return documents.send(request, reply, {
          key: `county-open-data:${name}.json:${code}`,
          dependsOn: { countyCode: code },
          contentType: 'application/json; charset=utf-8',
          build: async () => JSON.stringify(await counties.getCountyOpenData(deps, code, set)),
        });
      },
    );

    app.get(
      `/public/counties/:code/open-data/${name}.csv`,
      {
        config: { access: 'public' },
        schema: {
          operationId: `getCountyOpenData${set.title.replace(/^County/, '')}Csv`,
          tags: openDataTags,
          summary: `${set.summary} (CSV)`,
          description: `${common}\n\nCSV (RFC 4180) as the municipality's, the licence in the \`X-Licence\` header.`,
          params: CountyParams,
          response: csvResponses(licence),
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const file = { set, licence, fileName: `lofteskollen-lan-${code}-${name}.csv` };
        const spec = { key: `county-open-data:${name}.csv:${code}`, dependsOn: { countyCode: code } };
        return documents.send(
          request,
          reply,
          csvDocument(spec, file, async () => (await counties.getCountyOpenData(deps, code, set)).items),
        );
      },
    );
  }
};
