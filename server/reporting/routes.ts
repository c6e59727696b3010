import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';
import { attachment, CSV_CONTENT_TYPE, toCsv, type Sheet } from '../exchange/sheets.js';
import { actorOf } from '../http/access.js';
import { NoQuery, ref } from '../http/schemas.js';
import { CompletenessQuery, CompletenessReport, TaskList } from './schemas.js';
import * as reporting from './service.js';

const tags = ['reporting'];

const COMPLETENESS_DESCRIPTION =
  'Per lead organisation and month: the months due (a target above 0, the due date passed), reported on time ' +
  '(the outcome first recorded by the due date: the municipality’s reportingDay of the next month, Swedish time), ' +
  'late, and missing (no outcome yet), and the share on time. Only activities the caller may read count. ' +
  '`from` and `to` are months (at most five years apart); by default the last twelve months that have ended.';

const COMPLETENESS_CSV_COLUMNS: Sheet['columns'] = [
  { header: 'Organisation', kind: 'text' },
  { header: 'Månad', kind: 'month' },
  { header: 'Sista rapportdag', kind: 'date' },
  { header: 'Att rapportera', kind: 'integer' },
  { header: 'I tid', kind: 'integer' },
  { header: 'Sent', kind: 'integer' },
  { header: 'Saknas', kind: 'integer' },
  { header: 'Andel i tid', kind: 'number' },
];

/** The report as CSV for Swedish Excel: one row per lead organisation and month. */
function completenessCsv(report: CompletenessReport): string {
  const rows = report.items.map((item) => [
    item.organisation.name,
    item.month,
    item.dueDate,
    item.due,
    item.onTime,
    item.late,
    item.missing,
    item.onTimeShare,
  ]);
  return toCsv({ name: 'Rapporteringsgrad', columns: COMPLETENESS_CSV_COLUMNS, rows }, 'excel-sv');
}

export const reportingRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/me/tasks',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'listMyTasks',
        tags,
        summary: "The caller's reporting tasks: months to record that are due or overdue, overdue first",
        querystring: NoQuery,
        response: { 200: ref(TaskList) },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'private, no-store');
      return reporting.getMyTasks(deps, actorOf(request));
    },
  );

  app.get(
    '/reports/completeness',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'getCompletenessReport',
        tags,
        summary: 'How punctually each lead organisation reports, per month',
        description: COMPLETENESS_DESCRIPTION,
        querystring: CompletenessQuery,
        response: { 200: ref(CompletenessReport) },
      },
    },
    async (request) => (await reporting.getCompleteness(deps, request.actor, request.query)).report,
  );

  app.get(
    '/reports/completeness.csv',
    {
      config: { access: 'signedIn' },
      schema: {
        operationId: 'getCompletenessReportCsv',
        tags,
        summary: 'The completeness report as CSV for Swedish Excel',
        description:
          `${COMPLETENESS_DESCRIPTION}\n\nOne row per lead organisation and month: ` +
          `${COMPLETENESS_CSV_COLUMNS.map((c) => c.header).join(';')}. UTF-8 with BOM, \`;\` between cells, ` +
          '`,` as decimal mark, CRLF.',
        querystring: CompletenessQuery,
        response: {
          200: { description: 'The report as CSV', content: { 'text/csv': { schema: Type.String() } } },
        },
      },
    },
    async (request, reply) => {
      const { code, report } = await reporting.getCompleteness(deps, request.actor, request.query);
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', attachment(`rapporteringsgrad-${code}-${report.from}-${report.to}.csv`))
        .header('cache-control', 'private, no-store')
        .send(completenessCsv(report));
    },
  );
};
