import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';

// Tables as files: every CSV and xlsx the API writes (the agreement export, open
// data, the missing report) goes through this one writer, so every text cell gets
// the same guard against formula injection and every number the same format.

/** What a column holds: decides how a cell is written (and, on import, read). */
export type CellKind = 'text' | 'id' | 'integer' | 'number' | 'date' | 'month' | 'boolean';

/** A cell as the writer receives it: dates 'YYYY-MM-DD' and months 'YYYY-MM' as text, null for blank. */
export type CellValue = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
}

export interface Sheet {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly CellValue[])[];
}

/**
 * Text a spreadsheet could run: a cell starting with =, +, -, @, tab or CR is a
 * formula to Excel, LibreOffice and Google Sheets (CWE-1236). Leading
 * apostrophes are counted too, so the guard is reversible (see fromCsvText).
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/**
 * The one guard of every text cell written: in CSV, formula-like text gets a
 * leading apostrophe; in xlsx the text stays as it is, since the writer stores
 * it as a plain string cell (shared string), which no spreadsheet evaluates.
 */
export function spreadsheetText(text: string, format: 'csv' | 'xlsx'): string {
  return format === 'csv' && isFormulaLike(text) ? `'${text}` : text;
}

/** The text a guarded CSV cell stood for: exactly the inverse of spreadsheetText(…, 'csv'). */
export function fromCsvText(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/** A number in plain digits (never 1e-7), with the dialect's decimal mark. */
export function formatNumber(value: number, decimalMark: '.' | ','): string {
  let text = String(value);
  if (/e/i.test(text) && Math.abs(value) < 1e21) text = value.toFixed(20).replace(/\.?0+$/, '');
  return decimalMark === ',' ? text.replace('.', ',') : text;
}

/**
 * - excel-sv: how Swedish Excel opens a CSV by double-click: UTF-8 with BOM, `;`
 *   between cells, `,` as decimal mark, CRLF, booleans Ja/Nej;
 * - rfc4180: for programs (open data): UTF-8 without BOM, `,`, `.`, CRLF, true/false.
 */
export type CsvDialect = 'excel-sv' | 'rfc4180';

const DIALECTS = {
  'excel-sv': { bom: true, delimiter: ';', decimalMark: ',', yes: 'Ja', no: 'Nej' },
  rfc4180: { bom: false, delimiter: ',', decimalMark: '.', yes: 'true', no: 'false' },
} as const;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function csvCell(value: CellValue, dialect: (typeof DIALECTS)[CsvDialect]): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, dialect.decimalMark);
  if (typeof value === 'boolean') return value ? dialect.yes : dialect.no;
  return spreadsheetText(value, 'csv');
}

export function toCsv(sheet: Sheet, dialect: CsvDialect): string {
  const options = DIALECTS[dialect];
  const records = [
    sheet.columns.map((column) => column.header),
    ...sheet.rows.map((row) => row.map((value) => csvCell(value, options))),
  ];
  return stringify(records, {
    delimiter: options.delimiter,
    record_delimiter: 'windows',
    bom: options.bom,
    // A line break of either kind inside a cell keeps the cell in quotes (the CRLF rule alone misses a bare LF).
    quoted_match: /[\r\n]/,
  });
}

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = { date: 'yyyy-mm-dd', month: 'yyyy-mm' };

function xlsxCell(value: CellValue, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return value;
  if (kind === 'date' || kind === 'month') {
    const [year, month, day] = value.split('-').map(Number);
    // A real Excel date (a serial number with a date format), at UTC midnight so no time zone moves it.
    if (year && month) return new Date(Date.UTC(year, month - 1, day ?? 1));
  }
  return spreadsheetText(value, 'xlsx');
}

/** Characters a cell shows: its longest line. */
function shownLength(value: CellValue, kind: CellKind): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (kind === 'month') return 7;
  if (typeof value === 'boolean') return 3;
  const text = typeof value === 'number' ? formatNumber(value, ',') : value;
  return Math.max(...text.split('\n').map((line) => line.length));
}

/** Wide enough for the header and the widest of the first rows, within 10…60 characters (9 is exceljs's "default"). */
function widthOf(sheet: Sheet, index: number): number {
  const column = sheet.columns[index]!;
  let widest = column.header.length;
  for (const row of sheet.rows.slice(0, 2000)) widest = Math.max(widest, shownLength(row[index] ?? null, column.kind));
  return Math.min(60, Math.max(10, widest + 2));
}

/**
 * A new, empty workbook. exceljs is loaded on the first export or import, not
 * at start: loading it took 0.2 s of every start, and most processes never need it.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}

/** A workbook of these sheets: bold frozen header row, widths that fit, real numbers and dates. */
export async function toXlsx(sheets: readonly Sheet[], at: Date): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Löfteskollen';
  workbook.created = at;
  workbook.modified = at;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column, index) => {
      const numFmt = NUMBER_FORMATS[column.kind];
      return { header: column.header, width: widthOf(sheet, index), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.numFmt = 'General';
    for (const row of sheet.rows) {
      worksheet.addRow(row.map((value, index) => xlsxCell(value, sheet.columns[index]!.kind)));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Swedish alphabetical order (å, ä, ö last), one collator for every sort: a locale compare per call is slow. */
export const swedishOrder = new Intl.Collator('sv').compare;

/** A Content-Disposition for a download: an ASCII name, and the exact one in UTF-8 (RFC 6266). */
export function attachment(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A file-name part from a title: lower case, ASCII letters and digits, dashes between. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'export'
  );
}
