import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import type { TSchema } from 'typebox';
import { activitySchemas, CALENDAR_MONTHS, CreateActivity, Measure } from '../activities/schemas.js';
import { agreementSchemas } from '../agreements/schemas.js';
import { MONTH_PATTERN, PutFollowUp } from '../followups/schemas.js';
import { sharedSchemas } from '../http/schemas.js';
import type { MonthTargets } from '../progress/progress.js';
import type { RawCell } from './reading.js';
import { formatNumber, type CellKind } from './sheets.js';
import { broken, type Broken } from '../domain/field-rules.js';
import { brokenRule } from '../http/field-errors.js';

// What a cell means: its kind read from text, numbers, dates or booleans as a
// spreadsheet holds them, and the same limits as the JSON API (the TypeBox
// schemas' own maxLength, minimum, blank rules), checked by the same ajv.

export type Parsed<T> = { ok: true; value: T } | { ok: false; rule: Broken };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (rule: Broken): Parsed<never> => ({ ok: false, rule });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = new RegExp(MONTH_PATTERN);
// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function validDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDate(date) === text;
}

/** A date a number stands for, as an Excel serial day (a date cell formatted as General). */
function serialDate(value: number): string | null {
  if (!Number.isFinite(value) || value < 1 || value >= 2_958_466) return null;
  return isoDate(new Date(EXCEL_EPOCH + Math.floor(value) * DAY));
}

const asText = (cell: Exclude<RawCell, null | { error: unknown }>): string =>
  cell instanceof Date ? isoDate(cell) : typeof cell === 'boolean' ? (cell ? 'Ja' : 'Nej') : String(cell);

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

/**
 * A cell as its column's kind; null for a blank cell. Text keeps every space;
 * numbers take a decimal comma or point and spaces between thousands.
 */
export function parseCell(
  cell: RawCell,
  kind: CellKind,
  decimalComma: boolean,
): Parsed<string | number | boolean | null> {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return ok(null);
  if (typeof cell === 'object' && !(cell instanceof Date)) return fail(cell.error);
  switch (kind) {
    case 'text':
      return ok(asText(cell));
    case 'id': {
      const text = asText(cell).trim();
      return UUID.test(text) ? ok(text.toLowerCase()) : fail(broken('not-an-id'));
    }
    case 'integer':
    case 'number': {
      let value: number;
      if (typeof cell === 'number') value = cell;
      else if (typeof cell === 'string') {
        const text = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
        const pattern = decimalComma ? /^[+-]?\d+([.,]\d+)?$/ : /^[+-]?\d+(\.\d+)?$/;
        if (!pattern.test(text)) return fail(broken('not-a-number'));
        value = Number(text.replace(',', '.'));
      } else return fail(broken('not-a-number'));
      if (!Number.isFinite(value)) return fail(broken('not-a-number'));
      if (kind === 'integer' && !Number.isInteger(value)) return fail(broken('not-whole'));
      return ok(value);
    }
    case 'date': {
      if (cell instanceof Date) return ok(isoDate(cell));
      if (typeof cell === 'number') {
        const date = serialDate(cell);
        return date ? ok(date) : fail(broken('not-a-date'));
      }
      const text = asText(cell).trim();
      return validDate(text) ? ok(text) : fail(broken('not-a-date'));
    }
    case 'month': {
      if (cell instanceof Date) return ok(isoDate(cell).slice(0, 7));
      if (typeof cell === 'number') {
        const date = serialDate(cell);
        return date ? ok(date.slice(0, 7)) : fail(broken('not-a-month'));
      }
      const text = asText(cell).trim();
      if (MONTH.test(text)) return ok(text);
      return validDate(text) ? ok(text.slice(0, 7)) : fail(broken('not-a-month'));
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return ok(cell);
      const text = asText(cell).trim().toLowerCase();
      if (YES.has(text)) return ok(true);
      if (NO.has(text)) return ok(false);
      return fail(broken('yes-or-no'));
    }
  }
}

/** The calendar months in Swedish, from January; a sheet writes their first three letters ("jul"). */
const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const shortName = (index: number) => MONTH_NAMES[index]!.slice(0, 3);

/** A measure's month targets as one cell: "jul 0, aug 2,5" (decimal comma); blank when there are none. */
export function monthTargetsText(targets: MonthTargets | undefined): string | null {
  const entries = CALENDAR_MONTHS.flatMap((month, index) => {
    const target = targets?.[month];
    return target === undefined ? [] : [`${shortName(index)} ${formatNumber(target, ',')}`];
  });
  return entries.length > 0 ? entries.join(', ') : null;
}

/** A calendar month ('07') from its number or its Swedish name, whole or from its first three letters on. */
function calendarMonth(name: string): string | undefined {
  const word = name.toLocaleLowerCase('sv').replace(/[.:\s]/g, '');
  const index = /^\d+$/.test(word)
    ? Number(word) - 1
    : MONTH_NAMES.findIndex((full) => word.length >= 3 && full.startsWith(word));
  return CALENDAR_MONTHS[index];
}

// One month and its target ("jul 0", "juli: 1,5", "07: 0"), then a comma or semicolon, or the end.
const MONTH_TARGET = /\s*([a-zåäö]+\.?|\d{1,2}\s*:)\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:[,;]|$)/iy;

/** A cell of month targets back, as monthTargetsText writes it (a month by name or number, with a colon). */
export function parseMonthTargets(text: string | null): Parsed<Record<string, number>> {
  const targets: Record<string, number> = {};
  const cell = (text ?? '').trim();
  MONTH_TARGET.lastIndex = 0;
  while (MONTH_TARGET.lastIndex < cell.length) {
    const at = MONTH_TARGET.lastIndex;
    const match = MONTH_TARGET.exec(cell);
    const month = match ? calendarMonth(match[1]!) : undefined;
    if (!match || month === undefined) {
      return fail(broken('month-targets-format', { at: cell.slice(at).trim() }));
    }
    if (month in targets) return fail(broken('month-repeated', { month: shortName(Number(month) - 1) }));
    targets[month] = Number(match[2]!.replace(',', '.'));
  }
  return ok(targets);
}

// The JSON API's own schemas, compiled by an ajv like the app's (strict, no coercion), when a
// spreadsheet is first read: not while every process starts.
const addFormats = formatsPlugin.default;
let ajv: Ajv | undefined;
function fieldAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: false, strict: true, coerceTypes: false, keywords: ['example'] });
  addFormats(ajv);
  for (const schema of [...sharedSchemas, ...agreementSchemas, ...activitySchemas]) ajv.addSchema(schema);
  return ajv;
}

/** Each field's validator, compiled on the first check. */
function fieldValidators(schema: { properties: Record<string, TSchema> }): () => Map<string, ValidateFunction> {
  let validators: Map<string, ValidateFunction> | undefined;
  return () =>
    (validators ??= new Map(
      Object.entries(schema.properties).map(([name, property]) => [name, fieldAjv().compile(property)]),
    ));
}

const activityFields = fieldValidators(CreateActivity);
const followUpFields = fieldValidators(PutFollowUp);
const measureFields = fieldValidators(Measure);

function check(validators: () => Map<string, ValidateFunction>, field: string, value: unknown): Broken | null {
  const validate = validators().get(field);
  if (!validate) throw new Error(`no schema for ${field}`);
  if (validate(value)) return null;
  const [error] = validate.errors ?? [];
  return error ? brokenRule(error) : broken('invalid');
}

/** The rule an activity's field breaks of the JSON API's, or null. */
export const checkActivityField = (field: keyof typeof CreateActivity.properties, value: unknown) =>
  check(activityFields, field, value);

/** The same for a measure's label, unit, monthly target and month targets. */
export const checkMeasureField = (field: keyof typeof Measure.properties, value: unknown) =>
  check(measureFields, field, value);

/** The same for a month's outcome, comment and internal note. */
export const checkFollowUpField = (field: 'outcome' | 'comment' | 'internalNote', value: unknown) =>
  check(followUpFields, field, value);
