// Every way one field (or one cell of an imported file) can break a rule, each
// with a stable code. The API's field errors and the import's row errors carry
// the code and its parameters beside an English message; the web client shows
// its own text for the code, in the reader's language (web/src/i18n: `field.<code>`).
// A new rule gets its code here, and a test fails until both languages have its text.

/** The parameters a rule's message names, e.g. { limit: 300 } for `too-long`. */
export type FieldRuleParams = Record<string, string | number>;

const rule = <P extends FieldRuleParams | void = void>(description: string, message: (params: P) => string) => ({
  description,
  message,
});

export const FIELD_RULES = {
  // What the request schemas check (ajv).
  required: rule('A value is needed here', () => 'is required'),
  blank: rule('Text must hold more than spaces', () => 'must not be blank'),
  'not-allowed': rule('A field the schema does not have', () => 'is not an allowed field'),
  type: rule<{ type: string }>('The value is of another JSON type', ({ type }) => `must be of type ${type}`),
  format: rule<{ format: string }>(
    'Not in the form asked (format: uuid, date, month, email, date-time, …)',
    ({ format }) => `is not a valid ${format}`,
  ),
  'too-short': rule<{ limit: number }>(
    'Shorter than the least length',
    ({ limit }) => `must be at least ${limit} characters`,
  ),
  'too-long': rule<{ limit: number }>(
    'Longer than the most length',
    ({ limit }) => `is longer than ${limit} characters`,
  ),
  'too-small': rule<{ limit: number }>('Below the least value', ({ limit }) => `must be at least ${limit}`),
  'too-large': rule<{ limit: number }>('Above the most value', ({ limit }) => `must be at most ${limit}`),
  'too-few': rule<{ limit: number }>('Fewer items than needed', ({ limit }) => `must have at least ${limit} items`),
  'too-many': rule<{ limit: number }>('More items than allowed', ({ limit }) => `must have at most ${limit} items`),
  'duplicate-items': rule('The same item twice in a list', () => 'must not hold the same item twice'),
  'one-of': rule<{ allowed: string }>('Not one of the values allowed', ({ allowed }) => `must be one of ${allowed}`),
  invalid: rule('Breaks the schema in another way', () => 'is not valid'),

  // What the services check.
  'unknown-reference': rule<{ item: string }>(
    'An id that names no such item here (item: municipality, organisation, agreement, activity, focusArea, goal, ' +
      'situationReport, problem, cause)',
    ({ item }) => `names no ${item} here`,
  ),
  'target-direction': rule<{ direction: string }>(
    'A target on the wrong side of the baseline (direction: above, below)',
    ({ direction }) => `must be ${direction} the baseline`,
  ),
  'whole-number': rule<{ unit: string }>(
    'A number with decimals for a measure that counts (its unit, e.g. antal)',
    ({ unit }) => `must be a whole number: the measure counts (${unit})`,
  ),
  'county-only': rule(
    'A countyCode on an organisation that is not of kind county',
    () => 'is only for an organisation of kind county',
  ),
  'not-in-future': rule('A time that must lie ahead', () => 'must be in the future'),
  'month-not-recordable': rule<{ first: string; last: string }>(
    'A month outside the activity’s months, or not yet begun (first, last: the months that can be recorded)',
    ({ first, last }) =>
      first > last ? 'cannot be recorded: no month of this activity can be yet' : `must be from ${first} to ${last}`,
  ),
  'end-before-start': rule('A period’s end before its start', () => 'must not be before the start'),
  'period-outside': rule<{ first: string; last: string }>(
    'A period (a tertial or a year) that does not overlap the agreement’s (first, last: its first and last day)',
    ({ first, last }) => `must overlap the agreement’s period, ${first} – ${last}`,
  ),
  'verdict-too-early': rule<{ periodEnd: string }>(
    'A verdict of kept, partly kept or not kept on a promise whose period has not ended (periodEnd: its last day)',
    ({ periodEnd }) => `can be kept, partlyKept or notKept only once the period has ended (after ${periodEnd})`,
  ),
  'period-closed': rule<{ period: string }>(
    'A month of a closed (settled) tertial: nothing of it may change until an editor reopens it (period: the tertial)',
    ({ period }) => `lies in ${period}, which is closed: an editor must reopen it first`,
  ),
  'period-not-ended': rule<{ period: string }>(
    'A tertial that has not ended yet cannot be closed (period: the tertial)',
    ({ period }) => `cannot be closed before ${period} has ended`,
  ),
  'period-outside-agreement': rule<{ first: string; last: string }>(
    'A tertial outside the agreement’s period (first, last: the agreement’s first and last month)',
    ({ first, last }) => `lies outside the agreement’s period (${first} to ${last})`,
  ),
  'period-too-long': rule<{ years: number }>(
    'A period as long as this many years or longer',
    ({ years }) => `must be less than ${years} years after the start`,
  ),
  cursor: rule('A page cursor this server did not give out', () => 'is not a valid cursor'),
  'idempotency-key': rule('An Idempotency-Key that is not 1–200 visible characters', () => 'is not a valid key'),
  'table-needed': rule('A CSV import must name its table', () => 'is needed with text/csv'),
  'table-not-allowed': rule('A workbook holds every table; ?table is for CSV', () => 'is only for text/csv'),

  // What the spreadsheet import checks, cell by cell and row by row.
  'not-a-number': rule('A cell that is not a number', () => 'is not a number'),
  'not-whole': rule('A number with decimals where a whole number is needed', () => 'is not a whole number'),
  'not-a-date': rule('A cell that is not a date (YYYY-MM-DD)', () => 'is not a date (YYYY-MM-DD)'),
  'not-a-month': rule('A cell that is not a month (YYYY-MM)', () => 'is not a month (YYYY-MM)'),
  'date-out-of-range': rule(
    'A date no calendar has, or outside the years 1000–9999',
    () => 'is not a date in 1000–9999',
  ),
  'not-an-id': rule('A cell that is not an id as the export writes it', () => 'is not an id (a UUID)'),
  'yes-or-no': rule('A cell that must be Ja or Nej', () => 'must be Ja or Nej'),
  'cell-error': rule<{ value: string }>('A cell holding a spreadsheet error such as #DIV/0!', ({ value }) =>
    value === '' ? 'holds a value this import cannot read' : `is an error (${value})`,
  ),
  formula: rule('A formula the file holds no computed value for', () => 'is a formula with no value in the file'),
  'unknown-name': rule<{ item: string; name: string }>(
    'A name that names no such item (item: organisation, focusArea)',
    ({ item, name }) => `names no ${item} (“${name}”)`,
  ),
  'ambiguous-name': rule<{ item: string; count: number }>(
    'A name several items have',
    ({ item, count }) => `is the name of ${count} items of kind ${item}; rename one of them`,
  ),
  'unknown-column': rule<{ columns: string }>(
    'A header that is not a column of the sheet (columns: the sheet’s headers)',
    ({ columns }) => `is not a column of this sheet (its columns: ${columns})`,
  ),
  'duplicate-column': rule('A header twice in a sheet', () => 'is there twice'),
  'missing-column': rule('A column the import needs', () => 'is missing: the import needs it'),
  'no-header': rule<{ column: number }>(
    'A value in a column without a header',
    ({ column }) => `has a value in column ${column}, which has no header`,
  ),
  'missing-sheet': rule('A sheet the workbook lacks', () => 'is missing from the workbook'),
  'not-a-workbook': rule('A file that is not an xlsx workbook', () => 'is not in an xlsx workbook'),
  'not-utf8': rule('A CSV file that is not UTF-8', () => 'is not UTF-8 text'),
  'not-csv': rule('A file that is not CSV text', () => 'is not valid CSV'),
  'duplicate-row': rule<{ row: number }>(
    'The same item (or activity and month) as an earlier row',
    ({ row }) => `is the same as on row ${row}`,
  ),
  'other-follow-up': rule('A follow-up id of another activity or month', () => 'is the follow-up of another month'),
  'needed-for-new': rule('A value needed to add an item', () => 'is needed to add an activity'),
  'month-targets-format': rule<{ at: string }>(
    'Not a list of months with targets such as "jul 0, aug 2" (at: where it stops reading)',
    ({ at }) => `is not a list of months with targets, e.g. “jul 0, aug 2” (at “${at}”)`,
  ),
  'month-repeated': rule<{ month: string }>('A month named twice', ({ month }) => `names ${month} twice`),
  'measure-needed': rule('Month targets without a measure', () => 'needs a measure (Mått, Enhet and Mål per månad)'),
  'measure-incomplete': rule(
    'Mått, Enhet and Mål per månad go together',
    () => 'is needed with the other measure columns (Mått, Enhet and Mål per månad go together)',
  ),
  'changed-since-export': rule<{ exported: number; stored: number }>(
    'The item changed since the file was exported: export again',
    ({ exported, stored }) =>
      exported === 0
        ? 'says the month was not recorded when exported; it has been since: export again'
        : `was ${exported} when exported; it is now version ${stored}: export again`,
  ),
  'common-password': rule(
    'A password that is common, was breached, or names the service or the person (NIST SP 800-63B)',
    () => 'is too easy to guess: it is a common or breached password, or is built on a name',
  ),
  'wrong-code': rule('A second-factor code that is wrong, expired or already used', () => 'is not a valid code'),
  'more-errors': rule<{ count: number }>('More row errors than are listed', ({ count }) => `and ${count} more errors`),
} as const;

export type FieldCode = keyof typeof FIELD_RULES;
export const FIELD_CODES = Object.keys(FIELD_RULES) as FieldCode[];

type ParamsOf<C extends FieldCode> = Parameters<(typeof FIELD_RULES)[C]['message']>[0];

/** What is wrong with one value: its code, its parameters and an English message made from them. */
export interface Broken {
  code: FieldCode;
  message: string;
  params?: FieldRuleParams;
}

/** A broken rule by its code, e.g. broken('too-long', { limit: 300 }). */
export function broken<C extends FieldCode>(
  code: C,
  ...[params]: ParamsOf<C> extends void ? [] : [ParamsOf<C>]
): Broken {
  const message = (FIELD_RULES[code].message as (params: unknown) => string)(params);
  return params === undefined ? { code, message } : { code, message, params };
}
