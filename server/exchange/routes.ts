import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { problemResponse } from '../http/openapi.js';
import { HttpProblem } from '../http/problems.js';
import { IdParams, ref } from '../http/schemas.js';
import {
  ACTIVITY_SHEET,
  FOLLOW_UP_SHEET,
  TABLES,
  activityColumns,
  followUpColumns,
  indicatorColumns,
  STATUS_LABELS,
} from './layout.js';
import { ExportCsvQuery, ImportQuery, ImportResult } from './schemas.js';
import * as exchange from './service.js';
import { attachment, CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from './sheets.js';

const tags = ['exchange'];
const XLSX = XLSX_CONTENT_TYPE;
const CSV = 'text/csv';

const headers = (columns: readonly { header: string; readOnly?: boolean; internal?: boolean }[]) =>
  columns
    .map(
      (column) =>
        `${column.header}${column.readOnly ? ' (for reading; an import ignores it)' : ''}${column.internal ? ' (readers of internal notes only)' : ''}`,
    )
    .join('; ');

const LAYOUT =
  `Sheets and columns (Swedish headers): **${ACTIVITY_SHEET}**, one row per activity: ${headers(activityColumns)}. ` +
  `**${FOLLOW_UP_SHEET}**, one row per activity and month (every month that can be recorded for an activity with a measure, and every recorded one): ${headers(followUpColumns)}. ` +
  `**${TABLES.indicators.sheet}**, one row per value of the indicators of the goals the agreement serves: ${headers(indicatorColumns)}. ` +
  `Status is one of ${Object.values(STATUS_LABELS).join(', ')} (an import also takes the API's words, ` +
  `${Object.keys(STATUS_LABELS).join(', ')}; any case). Mål för vissa månader holds a measure's month targets ` +
  'as "jul 0, aug 2" (a month by its Swedish name or number with a colon). A measure counting things (unit ' +
  '"antal", "st" …) takes whole numbers only, in its targets and outcomes. ' +
  'Each row of an item carries its id (Id) and version (Version; 0 for a month not recorded) for a re-import.';

/** The file of an import, as its content-type parser leaves it: hashed for Idempotency-Key, the bytes kept aside. */
interface Upload {
  sha256: string;
  size: number;
}
const uploads = new WeakMap<FastifyRequest, Buffer>();

const exportXlsxSchema = {
  operationId: 'exportAgreementXlsx',
  tags,
  summary: 'The agreement’s plan, follow-ups and indicators as an Excel workbook',
  description:
    'Whoever may read the agreement may export it, and gets only what they may read: the public (and ' +
    'readers outside the agreement) the published activities, without internal notes. Numbers and dates are ' +
    'real Excel numbers and dates; the header row is bold and frozen. Text a spreadsheet would run as a ' +
    `formula is written as a plain string cell.\n\n${LAYOUT}`,
  params: IdParams,
  response: {
    200: {
      description: 'The workbook',
      content: {
        [XLSX_CONTENT_TYPE]: {
          schema: Type.Unsafe<Buffer>({ type: 'string', contentMediaType: XLSX_CONTENT_TYPE }),
        },
      },
    },
  },
};

const exportCsvSchema = {
  operationId: 'exportAgreementCsv',
  tags,
  summary: 'One table of the agreement’s export as CSV for Swedish Excel',
  description:
    'The same table as the workbook’s sheet, the same reading rights. UTF-8 with BOM, `;` between cells, ' +
    '`,` as decimal mark, CRLF, dates YYYY-MM-DD, Ja/Nej; text a spreadsheet would run as a formula ' +
    `(starting with =, +, -, @, tab or CR) starts with an apostrophe, which an import takes away.\n\n${LAYOUT}`,
  params: IdParams,
  querystring: ExportCsvQuery,
  response: {
    200: { description: 'The table as CSV', content: { 'text/csv': { schema: Type.String() } } },
  },
};

/** The import's OpenAPI text, stating the configured limits. */
function importDescription(maxBytes: number, maxRows: number): string {
  const { maxUnpackedBytes } = exchange.importLimits({ maxBytes, maxRows });
  return (
    'Editors of the agreement’s municipality and admins (as for changing the agreement). The body is the ' +
    `file itself: \`${XLSX}\` (a workbook: the sheets ${ACTIVITY_SHEET} and ${FOLLOW_UP_SHEET} are imported; ` +
    `${TABLES.indicators.sheet} and any other sheet are ignored: indicator values change through ` +
    'PUT /indicators/{id}/values) or `text/csv` with `?table=activities|followups` (`;` or `,` between ' +
    'cells, UTF-8, a BOM is fine). ' +
    `**Limits: at most ${maxBytes} bytes (IMPORT_MAX_BYTES; larger: 413) and ${maxRows} rows in all ` +
    `(IMPORT_MAX_ROWS; more: 413); a workbook may unpack to at most ${maxUnpackedBytes} bytes, ` +
    'and one that unpacks to more than its zip directory declares is 413 unread.**\n\n' +
    'Rows with an Id update that item; rows without one create it (an activity: its focus area found by ' +
    'title within this agreement, lead and partners by organisation name, partners separated by ";"; a ' +
    'follow-up: the activity by Aktivitets-id, and the month is recorded, or corrected where it is). A ' +
    'column left out keeps what is stored; a blank cell clears it (or is an error where a value is ' +
    'needed). Where Version is given and the item has changed since (0: the month was not recorded), the ' +
    'row is an error: export again. Text follows the JSON API’s limits; numbers take a decimal comma or ' +
    'point; dates and months are Excel dates or YYYY-MM-DD / YYYY-MM text; Ja/Nej. A formula counts as ' +
    'the value it last computed. Importing an unchanged export creates and updates nothing.\n\n' +
    '`dryRun=true` (the default) writes nothing and answers 200 with what would change and every row ' +
    'error. `dryRun=false` writes every change in one transaction, each with its audit event, and only ' +
    'when there is no row error: otherwise 422, nothing written, the errors as `errors` with paths ' +
    '`/<sheet>/<row>/<column>`. A file that cannot be read as the layout (not a workbook, not UTF-8 CSV, ' +
    'a sheet missing, an unknown or repeated column, an Id or Aktivitets-id that names no item of this ' +
    'agreement) is 400 in either mode, nothing written, with the same paths.\n\n' +
    LAYOUT
  );
}

function importSchema(maxBytes: number, maxRows: number) {
  return {
    operationId: 'importAgreement',
    tags,
    summary: 'Import the plan and the follow-ups from the export’s layout (xlsx or CSV); a dry run first',
    description: importDescription(maxBytes, maxRows),
    params: IdParams,
    querystring: ImportQuery,
    body: {
      content: {
        [XLSX]: { schema: Type.Unsafe<Upload>({ contentMediaType: XLSX, description: 'The xlsx workbook' }) },
        [CSV]: { schema: Type.Unsafe<Upload>({ contentMediaType: CSV, description: 'One table as CSV' }) },
      },
    },
    response: {
      200: ref(ImportResult),
      413: problemResponse(`The file is larger than ${maxBytes} bytes, or has more than ${maxRows} rows`),
      415: problemResponse(`The body is neither ${XLSX} nor ${CSV}`),
      422: problemResponse(
        'A real run with row errors (nothing written; errors as /sheet/row/column), or an Idempotency-Key used for another request',
      ),
    },
  };
}

/** The import, in a plugin of its own: only here are spreadsheets a body (the rest of the API takes JSON alone). */
async function importRoutes(scope: FastifyInstance, deps: AppDeps) {
  const imports = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { maxBytes, maxRows } = deps.config.import;

  // Asked before the body is read: any other type is 415, with the types this route takes.
  imports.addHook('preParsing', async (request) => {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== XLSX && type !== CSV) {
      throw new HttpProblem('unsupported-media-type', `Send the file as ${XLSX} (a workbook) or ${CSV}.`);
    }
  });
  imports.removeAllContentTypeParsers();
  imports.addContentTypeParser([XLSX, CSV], { parseAs: 'buffer', bodyLimit: maxBytes }, (request, body, done) => {
    const bytes = body as Buffer;
    uploads.set(request, bytes);
    // What Idempotency-Key compares: the file's digest, not its bytes.
    done(null, { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length } satisfies Upload);
  });

  imports.post(
    '/agreements/:id/import',
    { config: { access: ['editor', 'admin'] }, bodyLimit: maxBytes, schema: importSchema(maxBytes, maxRows) },
    async (request) => {
      const isCsv = (request.headers['content-type'] ?? '').toLowerCase().startsWith(CSV);
      const upload = { format: isCsv ? 'csv' : 'xlsx', bytes: uploads.get(request) ?? Buffer.alloc(0) } as const;
      return exchange.importAgreement(deps, actorOf(request), request.params.id, upload, request.query);
    },
  );
}

export const exchangeRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/agreements/:id/export.xlsx',
    { config: { access: 'public' }, schema: exportXlsxSchema },
    async (request, reply) => {
      const file = await exchange.exportXlsx(deps, request.actor, request.params.id);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(file.filename))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.get(
    '/agreements/:id/export.csv',
    { config: { access: 'public' }, schema: exportCsvSchema },
    async (request, reply) => {
      const file = await exchange.exportCsv(deps, request.actor, request.params.id, request.query.table);
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', attachment(file.filename))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  await app.register((scope) => importRoutes(scope, deps));
};
