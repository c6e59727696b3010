import { Type, type Static, type TSchema } from 'typebox';
import type { CellKind } from '../exchange/sheets.js';
import { MONTH_PATTERN } from '../followups/schemas.js';
import { Uuid, ref } from '../http/schemas.js';
import { MunicipalityCode } from '../municipalities/schemas.js';

// The open data sets: one list of columns each, from which come the JSON item
// schema, the CSV header and the OpenAPI description. Column names are stable
// English snake_case: a rename is a breaking change for every reuser.

export interface OpenDataColumn {
  name: string;
  kind: CellKind;
  nullable?: boolean;
  description: string;
}

export interface OpenDataSet {
  /** The file name: promises, followups, indicators. */
  name: 'promises' | 'followups' | 'indicators' | 'problems';
  /** For the operationId: getOpenDataPromisesCsv … */
  title: string;
  summary: string;
  rows: string;
  columns: readonly OpenDataColumn[];
}

const text = (name: string, description: string, nullable = false): OpenDataColumn => ({
  name,
  kind: 'text',
  nullable,
  description,
});
const id = (name: string, description: string, nullable = false): OpenDataColumn => ({
  name,
  kind: 'id',
  nullable,
  description,
});
const num = (name: string, description: string, nullable = true): OpenDataColumn => ({
  name,
  kind: 'number',
  nullable,
  description,
});

const promiseColumns: OpenDataColumn[] = [
  id('promise_id', 'The promise (medborgarlöfte)'),
  text('promise_title', 'Its title'),
  { name: 'promise_period_start', kind: 'date', description: 'First day of the promise, YYYY-MM-DD' },
  { name: 'promise_period_end', kind: 'date', description: 'Last day of the promise, YYYY-MM-DD' },
  text('promise_text', 'What is promised ("Vi lovar att …")'),
  id('activity_id', 'An activity of the promise; null (with every activity field) for a promise with none', true),
  text('activity_title', 'The activity', true),
  text('lead_organisation', 'The organisation that leads it', true),
  text('partner_organisations', 'The organisations taking part, separated by "; " (empty: none)', true),
  text('area', 'Geographic area (stadsdel), where it has one', true),
  text('status', 'planned, ongoing, done, delayed or cancelled', true),
  { name: 'start_date', kind: 'date', nullable: true, description: 'When the activity starts, YYYY-MM-DD' },
  { name: 'end_date', kind: 'date', nullable: true, description: 'When the activity ends, YYYY-MM-DD' },
  text('measure_label', 'What is counted each month, e.g. "trygghetsvandringar"', true),
  text('measure_unit', 'Its unit, e.g. "antal"', true),
  num('monthly_target', 'The current target per month'),
  num('target_to_date', 'Sum of the monthly targets of the months of the promise that have ended'),
  num('outcome_to_date', 'Sum of the outcomes of those months (a month not reported counts 0)'),
  num('progress', 'outcome_to_date ÷ target_to_date; null when the target to date is 0'),
  { name: 'missing_months', kind: 'integer', nullable: true, description: 'How many ended months are not reported' },
];

const followUpColumns: OpenDataColumn[] = [
  id('activity_id', 'The activity'),
  text('activity_title', 'Its title'),
  id('agreement_id', 'The cooperation agreement (samverkansöverenskommelse) it belongs to'),
  text('lead_organisation', 'The organisation that leads it'),
  text('measure_label', 'What is counted', true),
  text('measure_unit', 'Its unit', true),
  { name: 'month', kind: 'month', description: 'The month followed up, YYYY-MM' },
  num('target', "The activity's monthly target as it held in that month"),
  num('outcome', 'The outcome of the month; null: recorded as not reported'),
  text('comment', 'The public comment (empty: none)'),
  { name: 'recorded_at', kind: 'text', description: 'When it was recorded, ISO 8601 (UTC)' },
];

const indicatorColumns: OpenDataColumn[] = [
  id('goal_id', 'The municipal goal'),
  text('goal_title', 'Its title, e.g. "Ett attraktivt och tryggt Linköping"'),
  id('indicator_id', 'The indicator measuring the goal'),
  text('indicator_title', 'Its title'),
  text('source', 'Where the values come from: Medborgarenkäten, NTU, Polisens trygghetsmätning …'),
  text('unit', 'The unit, e.g. "procent"'),
  text('direction', 'increase or decrease: which way is better'),
  text('period', 'A year (2021) or a month (2021-05)'),
  text('group', 'all, women or men'),
  num('value', 'The value for the period and group', false),
  text('baseline_period', 'The period of the baseline', true),
  num('baseline_value', 'The baseline'),
  text('target_period', 'The period of the target', true),
  num('target_value', 'The target'),
];

const problemColumns: OpenDataColumn[] = [
  id('situation_report_id', 'The lägesbild (situation report) that found the problem'),
  text('situation_report_title', 'Its title'),
  { name: 'period_start', kind: 'date', description: 'First day of the period the lägesbild describes, YYYY-MM-DD' },
  { name: 'period_end', kind: 'date', description: 'Last day of that period, YYYY-MM-DD' },
  { name: 'adopted_at', kind: 'date', nullable: true, description: 'When the lägesbild was adopted, YYYY-MM-DD' },
  text('adopted_by', 'Who adopted it, e.g. "Kommunstyrelsen"', true),
  id('problem_id', 'The problem'),
  text('problem_title', 'Its title'),
  text('problem_description', 'What the problem is (empty: nothing more)'),
  text(
    'category',
    'violence, drugs, property, disorder, youth, organisedCrime, welfareCrime, fraud, traffic, insecurity or other',
  ),
  text('areas', 'The places it concerns, separated by "; " (empty: none named)'),
  id('cause_id', 'A cause of the problem (orsaksanalys); null (with every cause field) for a problem with none', true),
  text('cause_title', 'The cause', true),
  text('cause_description', 'What the cause is (empty: nothing more)', true),
  {
    name: 'activity_count',
    kind: 'integer',
    description: 'How many published activities act on the problem (on a cause row: on the cause); 0 is a gap',
  },
];

export const OPEN_DATA_SETS: readonly OpenDataSet[] = [
  {
    name: 'promises',
    title: 'Promises',
    summary: "A municipality's published promises with their published activities and progress, as open data",
    rows: 'One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null)',
    columns: promiseColumns,
  },
  {
    name: 'followups',
    title: 'Followups',
    summary: "The recorded months of a municipality's published activities, as open data",
    rows: 'One row per published activity and recorded month, by activity and month',
    columns: followUpColumns,
  },
  {
    name: 'indicators',
    title: 'Indicators',
    summary: "The values of a municipality's published goal indicators, as open data",
    rows: 'One row per value (period and group) of a published indicator of a published goal',
    columns: indicatorColumns,
  },
  {
    name: 'problems',
    title: 'Problems',
    summary:
      "The published problems of a municipality's adopted, published lägesbilder, with their causes, as open data",
    rows:
      'One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: ' +
      'one row, cause fields null)',
    columns: problemColumns,
  },
];

function columnSchema(column: OpenDataColumn): TSchema {
  const base: TSchema =
    column.kind === 'id'
      ? ref(Uuid)
      : column.kind === 'number'
        ? Type.Number()
        : column.kind === 'integer'
          ? Type.Integer()
          : column.kind === 'date'
            ? Type.String({ format: 'date' })
            : column.kind === 'month'
              ? Type.String({ pattern: MONTH_PATTERN })
              : Type.String();
  return column.nullable
    ? Type.Union([base, Type.Null()], { description: column.description })
    : { ...base, description: column.description };
}

const OpenDataMunicipality = Type.Object(
  { id: ref(Uuid), code: MunicipalityCode, name: Type.String(), county: Type.String() },
  { additionalProperties: false },
);

/** The JSON document of a data set: its licence, whose data it is, and the rows. */
export function openDataDocument(set: OpenDataSet) {
  const item = Type.Object(Object.fromEntries(set.columns.map((column) => [column.name, columnSchema(column)])), {
    additionalProperties: false,
  });
  return Type.Object(
    {
      licence: Type.String({ description: 'The licence of the data (OPEN_DATA_LICENCE)' }),
      municipality: OpenDataMunicipality,
      items: Type.Array(item, { description: set.rows }),
    },
    { $id: `OpenData${set.title}`, additionalProperties: false },
  );
}

export type OpenDataRow = Record<string, string | number | null>;
export type OpenDataMunicipality = Static<typeof OpenDataMunicipality>;

export const OpenDataParams = Type.Object({ code: MunicipalityCode }, { additionalProperties: false });

export const openDataSchemas = OPEN_DATA_SETS.map(openDataDocument);
