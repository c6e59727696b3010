import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { CSV_CONTENT_TYPE, toCsv } from '../exchange/sheets.js';
import { ref } from '../http/schemas.js';
import type { PublicDocuments, PublicDocumentSpec } from '../http/public-documents.js';
import { OPEN_DATA_SETS, OpenDataParams, openDataDocument, type OpenDataRow, type OpenDataSet } from './schemas.js';
import * as openData from './service.js';

const tags = ['open data'];

/** A header value is Latin-1 at most: the licence as typed, with anything else (and %) percent-encoded as UTF-8. */
function headerText(text: string): string {
  return text.replace(/[^\x20-\x24\x26-\x7e]/gu, (character) => encodeURIComponent(character));
}

function columnTable(set: OpenDataSet): string {
  const rows = set.columns.map(
    (column) =>
      `| \`${column.name}\` | ${column.kind}${column.nullable ? ', or null (empty in CSV)' : ''} | ${column.description} |`,
  );
  return ['| column | type | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** What the JSON and the CSV of a data set have in common, for the OpenAPI description. */
function common(set: OpenDataSet, licence: string): string {
  return (
    `${set.rows}. Published items and public fields only: never an internal note, who recorded a month, ` +
    `or an unpublished goal, indicator, promise or activity. Licence: ${licence}. Cacheable: sends a strong ETag and ` +
    `Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.\n\n${columnTable(set)}`
  );
}

/** A data set's rows as CSV (RFC 4180), its columns in the set's order. */
function csvOf(set: OpenDataSet, items: readonly OpenDataRow[]): string {
  return toCsv(
    {
      name: set.name,
      columns: set.columns.map((column) => ({ header: column.name, kind: column.kind })),
      rows: items.map((item) => set.columns.map((column) => item[column.name] ?? null)),
    },
    'rfc4180',
  );
}

/** The answers of a data set as CSV: the set with its licence in a header, or 304. */
export function csvResponses(licence: string) {
  return {
    200: {
      description: `The data set as CSV; licence: ${licence}`,
      headers: { 'x-licence': { type: 'string', description: 'The licence of the data' } },
      content: { 'text/csv': { schema: Type.String() } },
    },
    304: Type.Null({ description: 'Not modified' }),
  };
}

/** A data set as a public CSV document: its licence and file name in its headers. */
export function csvDocument(
  spec: Pick<PublicDocumentSpec, 'key' | 'dependsOn'>,
  { set, licence, fileName }: { set: OpenDataSet; licence: string; fileName: string },
  items: () => Promise<readonly OpenDataRow[]>,
): PublicDocumentSpec {
  return {
    ...spec,
    contentType: CSV_CONTENT_TYPE,
    headers: { 'x-licence': headerText(licence), 'content-disposition': `inline; filename="${fileName}"` },
    build: async () => csvOf(set, await items()),
  };
}

export const openDataRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; documents: PublicDocuments }> = async (
  app,
  { deps, documents },
) => {
  const licence = deps.config.openDataLicence;

  for (const set of OPEN_DATA_SETS) {
    const Document = openDataDocument(set);

    app.get(
      `/public/municipalities/:code/open-data/${set.name}.json`,
      {
        config: { access: 'public' },
        schema: {
          operationId: `getOpenData${set.title}Json`,
          tags,
          summary: `${set.summary} (JSON)`,
          description: `${common(set, licence)}\n\nJSON: \`{ licence, municipality, items }\`, each item an object with the columns above.`,
          params: OpenDataParams,
          response: { 200: ref(Document), 304: Type.Null({ description: 'Not modified' }) },
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        return documents.send(request, reply, {
          key: `open-data:${set.name}.json:${code}`,
          dependsOn: { municipalityCode: code },
          contentType: 'application/json; charset=utf-8',
          build: async () => JSON.stringify(await openData.getOpenData(deps, code, set)),
        });
      },
    );

    app.get(
      `/public/municipalities/:code/open-data/${set.name}.csv`,
      {
        config: { access: 'public' },
        schema: {
          operationId: `getOpenData${set.title}Csv`,
          tags,
          summary: `${set.summary} (CSV)`,
          description:
            `${common(set, licence)}\n\nCSV (RFC 4180): a header row with the column names above, UTF-8 without BOM, ` +
            '`,` between cells, `.` as decimal mark, CRLF, dates YYYY-MM-DD; text that a spreadsheet would run as ' +
            'a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe. The licence is in the ' +
            '`X-Licence` header (non-ASCII characters percent-encoded as UTF-8).',
          params: OpenDataParams,
          response: csvResponses(licence),
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const file = { set, licence, fileName: `lofteskollen-${code}-${set.name}.csv` };
        const spec = { key: `open-data:${set.name}.csv:${code}`, dependsOn: { municipalityCode: code } };
        return documents.send(
          request,
          reply,
          csvDocument(spec, file, async () => (await openData.getOpenData(deps, code, set)).items),
        );
      },
    );
  }
};
