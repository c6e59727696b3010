import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { attachment, CSV_CONTENT_TYPE, toCsv, type Sheet } from '../exchange/sheets.js';
import { ref } from '../http/schemas.js';
import { MissingQuery, MissingReport } from './schemas.js';
import * as reports from './service.js';

const tags = ['reports'];

const MISSING_DESCRIPTION =
  'Per lead organisation, the activities of the municipality’s published promises whose period holds the month, ' +
  'with a target above 0 that month (within the activity’s own start and end) and no outcome: no follow-up, ' +
  'or one recorded with outcome null. Callers see only activities they may read: unpublished ones only ' +
  'within their own municipality (editors, viewers), the agreements their organisation is party to (partners), ' +
  'or everywhere (admins). Any month may be asked, also one that has not ended.';

const MISSING_CSV_COLUMNS: Sheet['columns'] = [
  { header: 'Månad', kind: 'month' },
  { header: 'Organisation', kind: 'text' },
  { header: 'Aktivitet', kind: 'text' },
  { header: 'Löfte', kind: 'text' },
  { header: 'Mål', kind: 'number' },
  { header: 'Aktivitets-id', kind: 'id' },
];

/** The report as CSV for Swedish Excel: one row per activity. */
function missingCsv(report: MissingReport): string {
  const rows = report.organisations.flatMap(({ organisation, activities }) =>
    activities.map((activity) => [
      report.month,
      organisation.name,
      activity.title,
      activity.promises.map((promise) => promise.title).join('; '),
      activity.target,
      activity.id,
    ]),
  );
  return toCsv({ name: 'Ej rapporterat', columns: MISSING_CSV_COLUMNS, rows }, 'excel-sv');
}

export const reportRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/reports/missing',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'getMissingReport',
        tags,
        summary: 'Who has not reported a month: activities with a target and no outcome, per lead organisation',
        description: MISSING_DESCRIPTION,
        querystring: MissingQuery,
        response: { 200: ref(MissingReport) },
      },
    },
    async (request) => (await reports.getMissingReport(deps, request.actor, request.query)).report,
  );

  app.get(
    '/reports/missing.csv',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'getMissingReportCsv',
        tags,
        summary: 'The missing report as CSV for Swedish Excel',
        description:
          `${MISSING_DESCRIPTION}\n\nOne row per activity: ${MISSING_CSV_COLUMNS.map((c) => c.header).join(';')} ` +
          '(Löfte: the promises’ titles, separated by "; "). UTF-8 with BOM, `;` between cells, `,` as decimal mark, ' +
          'CRLF; text that a spreadsheet would run as a formula starts with an apostrophe.',
        querystring: MissingQuery,
        response: {
          200: {
            description: 'The report as CSV',
            content: { 'text/csv': { schema: Type.String() } },
          },
        },
      },
    },
    async (request, reply) => {
      const { municipality, report } = await reports.getMissingReport(deps, request.actor, request.query);
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', attachment(`ej-rapporterat-${municipality.code}-${report.month}.csv`))
        .header('cache-control', 'private, no-store')
        .send(missingCsv(report));
    },
  );
};
