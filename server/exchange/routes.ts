import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { loadAgreement } from '../agreements/store.js';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { runChange } from '../domain/changes.js';
import { problemResponse } from '../http/openapi.js';
import { HttpProblem } from '../http/problems.js';
import { IdParams, ref } from '../http/schemas.js';
import { assertCanManage, viewerOf } from '../domain/policy.js';
import { agreementSheets } from './export.js';
import { applyImport, importResult, planImport, rowErrorsProblem } from './import.js';
import {
  ACTIVITY_SHEET,
  FOLLOW_UP_SHEET,
  TABLES,
  activityColumns,
  followUpColumns,
  indicatorColumns,
} from './layout.js';
import { readCsv, readWorkbook, type Grid } from './reading.js';
import { ExportCsvQuery, ImportQuery, ImportResult } from './schemas.js';
import { attachment, CSV_CONTENT_TYPE, slug, toCsv, toXlsx, XLSX_CONTENT_TYPE } from './sheets.js';
import { Invalid, NotFound } from '../domain/errors.js';

const tags = ['exchange'];

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
  'Each row of an item carries its id (Id) and version (Version; 0 for a month not recorded) for a re-import.';

/** The file of an import, as its content-type parser leaves it: hashed for Idempotency-Key, the bytes kept aside. */
interface Upload {
  sha256: string;
  size: number;
}
const uploads = new WeakMap<FastifyRequest, Buffer>();

export const exchangeRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  async function readable(request: FastifyRequest, id: string) {
    const found = await loadAgreement(db, id, viewerOf(request.actor));
    if (!found) throw new NotFound('The agreement');
    return found;
  }

  const filename = (title: string, extension: string, table?: string) =>
    `${slug(title)}${table ? `-${table}` : ''}-${deps.clock.now().toISOString().slice(0, 10)}.${extension}`;

  app.get(
    '/agreements/:id/export.xlsx',
    {
      config: { access: 'public' },
      schema: {
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
      },
    },
    async (request, reply) => {
      const { agreement, level } = await readable(request, request.params.id);
      const now = deps.clock.now();
      const workbook = await toXlsx(await agreementSheets(db, agreement, level, now), now);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(filename(agreement.title, 'xlsx')))
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );

  app.get(
    '/agreements/:id/export.csv',
    {
      config: { access: 'public' },
      schema: {
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
      },
    },
    async (request, reply) => {
      const { agreement, level } = await readable(request, request.params.id);
      const { table } = request.query;
      const [sheet] = await agreementSheets(db, agreement, level, deps.clock.now(), table);
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', attachment(filename(agreement.title, 'csv', table)))
        .header('cache-control', 'private, no-store')
        .send(toCsv(sheet!, 'excel-sv'));
    },
  );

  // The import, in a plugin of its own: only here are spreadsheets a body (the rest of the API takes JSON alone).
  await app.register(async (scope) => {
    const imports = scope.withTypeProvider<TypeBoxTypeProvider>();
    const { maxBytes, maxRows } = deps.config.import;
    const limits = { maxRows, maxUnpackedBytes: Math.max(10 * maxBytes, 64 * 1024 * 1024) };
    const XLSX = XLSX_CONTENT_TYPE;
    const CSV = 'text/csv';

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
      {
        config: { access: ['editor', 'admin'] },
        bodyLimit: maxBytes,
        schema: {
          operationId: 'importAgreement',
          tags,
          summary: 'Import the plan and the follow-ups from the export’s layout (xlsx or CSV); a dry run first',
          description:
            'Editors of the agreement’s municipality and admins (as for changing the agreement). The body is the ' +
            `file itself: \`${XLSX}\` (a workbook: the sheets ${ACTIVITY_SHEET} and ${FOLLOW_UP_SHEET} are imported; ` +
            `${TABLES.indicators.sheet} and any other sheet are ignored: indicator values change through ` +
            'PUT /indicators/{id}/values) or `text/csv` with `?table=activities|followups` (`;` or `,` between ' +
            'cells, UTF-8, a BOM is fine). ' +
            `**Limits: at most ${maxBytes} bytes (IMPORT_MAX_BYTES; larger: 413) and ${maxRows} rows in all ` +
            `(IMPORT_MAX_ROWS; more: 413); a workbook may unpack to at most ${limits.maxUnpackedBytes} bytes, ` +
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
            LAYOUT,
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
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { agreement } = await readable(request, request.params.id);
        assertCanManage(actor, agreement.municipalityId);
        const { dryRun, table } = request.query;
        const bytes = uploads.get(request) ?? Buffer.alloc(0);
        const isCsv = (request.headers['content-type'] ?? '').toLowerCase().startsWith(CSV);
        if (isCsv && table === undefined) {
          throw new Invalid('A CSV file is one table: say which with ?table=activities or ?table=followups.', [
            { in: 'query', path: '/table', message: 'is needed with text/csv' },
          ]);
        }
        if (!isCsv && table !== undefined) {
          throw new Invalid('A workbook holds every table: send it without ?table.', [
            { in: 'query', path: '/table', message: 'is only for text/csv' },
          ]);
        }
        const grids: Grid[] = isCsv
          ? [readCsv(bytes, TABLES[table!].sheet, limits)]
          : await readWorkbook(bytes, [ACTIVITY_SHEET, FOLLOW_UP_SHEET], limits);

        if (dryRun !== false) return importResult(await planImport(db, agreement, grids, deps.clock.now()), true);
        return runChange(deps, actor, async (change) => {
          // Planned again inside the transaction, on what is stored now.
          const current = (await loadAgreement(change.trx, agreement.id, viewerOf(actor)))?.agreement ?? agreement;
          const plan = await planImport(change.trx, current, grids, change.now);
          if (plan.errors.length > 0) throw rowErrorsProblem(plan);
          await applyImport(change, plan, agreement.municipalityId);
          return importResult(plan, false);
        });
      },
    );
  });
};
