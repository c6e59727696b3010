import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { fromCsvText, newWorkbook } from './sheets.js';
import { Invalid, TooLarge, type FieldIssue } from '../domain/errors.js';
import { broken, type Broken } from '../domain/field-rules.js';

// Spreadsheets in: an xlsx workbook (exceljs) or a CSV file (csv-parse) read
// into the same grid of raw cells, with the file's own row numbers. Whatever
// makes a file unreadable as the layout (not a workbook, a sheet missing, too
// many rows) is a problem here; what a cell means is for import.ts.

/** A cell as read: text, a number, a boolean, a date, blank, or a cell that holds no value (an error). */
export type RawCell = string | number | boolean | Date | null | { error: Broken };

export interface GridRow {
  /** The row number the spreadsheet shows (the header is row 1). */
  row: number;
  cells: RawCell[];
}

export interface Grid {
  sheet: string;
  headers: string[];
  rows: GridRow[];
  /** CSV written with `;` between cells: numbers may have a decimal comma. */
  decimalComma: boolean;
}

/** Where in the file: a sheet, and a row and a column where there is one. */
export interface ImportIssue extends Broken {
  sheet: string;
  row: number | null;
  column: string | null;
}

const token = (text: string) => text.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Text from the file as far as a problem repeats it: a header or a cell may hold
 * 100 000 characters, which the answer (and a stored Idempotency-Key replay)
 * must not carry back.
 */
export function clipped(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : text;
}

/** An issue's rule, its message and parameters clipped (they may quote the file). */
export function clippedRule({ code, message, params }: Broken): Broken {
  const clippedParams =
    params &&
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? clipped(value, 1000) : value]),
    );
  return { code, message: clipped(message, 1000), ...(clippedParams ? { params: clippedParams } : {}) };
}

/** An issue as a problem's field error: a JSON Pointer to /sheet/row/column of the file. */
export function toFieldError(issue: ImportIssue): FieldIssue {
  const parts = [issue.sheet, issue.row === null ? null : String(issue.row), issue.column].filter(
    (part): part is string => part !== null,
  );
  return {
    in: 'body',
    path: parts.map((part) => `/${token(clipped(part, 100))}`).join(''),
    ...clippedRule(issue),
  };
}

/** The file cannot be read as the layout: 400, naming where. */
export function layoutProblem(detail: string, issues: ImportIssue[]): Invalid {
  return new Invalid(detail, issues.map(toFieldError));
}

function tooManyRows(maxRows: number): TooLarge {
  return new TooLarge(
    `The file has more than ${maxRows} rows, the most an import takes. Split it, or import one table at a time as CSV.`,
  );
}

const isBlank = (cell: RawCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

interface ZipEntry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/** The entries the zip's central directory lists, or null when the file is no zip at all. */
function zipEntries(buffer: Buffer): ZipEntry[] | null {
  // The end-of-central-directory record: 22 bytes, within the last 64 KiB (its comment).
  const from = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= from; at--) {
    if (buffer.readUInt32LE(at) !== 0x06054b50) continue;
    const count = buffer.readUInt16LE(at + 10);
    let offset = buffer.readUInt32LE(at + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return null;
      // ZIP64 sizes (0xffffffff) mean more than 4 GiB: far too large in any case.
      entries.push({
        method: buffer.readUInt16LE(offset + 10),
        compressedSize: buffer.readUInt32LE(offset + 20),
        declaredSize: buffer.readUInt32LE(offset + 24),
        localHeader: buffer.readUInt32LE(offset + 42),
      });
      offset +=
        46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    }
    return entries;
  }
  return null;
}

/**
 * Whether a deflated entry unpacks to more than its directory declares: it is
 * inflated here with that size as the ceiling, so a zip that lies about it (a
 * zip bomb) costs at most what it declared, never what it holds. A broken
 * entry is left for exceljs to refuse.
 */
function unpacksBeyondDeclared(buffer: Buffer, entry: ZipEntry): boolean {
  if (entry.method !== 8) return false; // stored entries weigh what they hold; exceljs refuses other methods
  const at = entry.localHeader;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return false;
  const data = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  try {
    inflateRawSync(buffer.subarray(data, data + entry.compressedSize), {
      maxOutputLength: Math.max(entry.declaredSize, 1),
    });
    return false;
  } catch (error) {
    return (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

/** A date cell, unless it is none (exceljs makes an Invalid Date of a serial past its range) or outside the years the API takes. */
function dateCell(date: Date): RawCell {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1000 || year > 9999) return { error: broken('date-out-of-range') };
  return date;
}

function rawOf(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateCell(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula counts as the value it last computed, as the file has it.
    const result = value.result;
    if (result === undefined || result === null) {
      return { error: broken('formula') };
    }
    if (result instanceof Date) return dateCell(result);
    if (typeof result === 'object') return { error: broken('cell-error', { value: String(result.error) }) };
    return result;
  }
  if ('error' in value) return { error: broken('cell-error', { value: String(value.error) }) };
  return { error: broken('cell-error', { value: '' }) };
}

function gridOf(
  sheet: string,
  records: { row: number; cells: RawCell[] }[],
  decimalComma: boolean,
): { grid: Grid; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const [first, ...rest] = records;
  const headerCells = first?.cells ?? [];
  const headers = headerCells.map((cell) =>
    typeof cell === 'string' ? cell.trim() : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '',
  );
  // Blank headers at the end are no columns; a blank one between others is a column without a name.
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const rows: GridRow[] = [];
  for (const record of rest) {
    const cells = record.cells;
    if (cells.every(isBlank)) continue;
    const beyond = cells.findIndex((cell, index) => index >= headers.length && !isBlank(cell));
    if (beyond >= 0) {
      issues.push({ sheet, row: record.row, column: null, ...broken('no-header', { column: beyond + 1 }) });
    }
    headers.forEach((header, index) => {
      if (header === '' && !isBlank(cells[index] ?? null)) {
        issues.push({ sheet, row: record.row, column: null, ...broken('no-header', { column: index + 1 }) });
      }
    });
    rows.push({ row: record.row, cells: headers.map((_, index) => cells[index] ?? null) });
  }
  return { grid: { sheet, headers, rows, decimalComma }, issues };
}

export interface ReadLimits {
  maxRows: number;
  /** How large the workbook may be once unpacked. */
  maxUnpackedBytes: number;
}

/** The named sheets of an xlsx workbook (other sheets are ignored). */
export async function readWorkbook(buffer: Buffer, sheets: readonly string[], limits: ReadLimits): Promise<Grid[]> {
  const notWorkbook = layoutProblem('The file is not an xlsx workbook (Excel 2007 or later).', [
    { sheet: sheets[0]!, row: null, column: null, ...broken('not-a-workbook') },
  ]);
  // A workbook that would unpack to far more than it weighs (a zip bomb, or a
  // million rows) is refused before exceljs unpacks anything.
  const entries = zipEntries(buffer);
  if (entries === null) throw notWorkbook;
  const unpacked = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (unpacked > limits.maxUnpackedBytes) {
    throw new TooLarge(
      `The workbook unpacks to ${unpacked} bytes; an import takes at most ${limits.maxUnpackedBytes}.`,
    );
  }
  if (entries.some((entry) => unpacksBeyondDeclared(buffer, entry))) {
    throw new TooLarge('The workbook unpacks to more than its own directory declares (a zip bomb?); it was not read.');
  }
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw notWorkbook;
  }
  const found = new Map(workbook.worksheets.map((worksheet) => [worksheet.name.trim().toLowerCase(), worksheet]));
  const missing = sheets.filter((name) => !found.has(name.toLowerCase()));
  if (missing.length > 0) {
    const has = workbook.worksheets.map((worksheet) => worksheet.name).join(', ') || 'none';
    throw layoutProblem(`The workbook lacks the sheet(s) ${missing.join(', ')} (it has: ${has}).`, [
      ...missing.map((sheet) => ({ sheet, row: null, column: null, ...broken('missing-sheet') })),
    ]);
  }
  const chosen = sheets.map((name) => ({ name, worksheet: found.get(name.toLowerCase())! }));
  // Rows that hold anything, the header among them: counted before any is read.
  const dataRows = chosen.reduce((sum, { worksheet }) => sum + Math.max(0, worksheet.actualRowCount - 1), 0);
  if (dataRows > limits.maxRows) throw tooManyRows(limits.maxRows);

  const grids: Grid[] = [];
  const issues: ImportIssue[] = [];
  for (const { name, worksheet } of chosen) {
    const records: { row: number; cells: RawCell[] }[] = [];
    const width = worksheet.actualColumnCount;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawCell[] = [];
      for (let index = 1; index <= Math.max(width, row.cellCount); index++) cells.push(rawOf(row.getCell(index).value));
      records.push({ row: rowNumber, cells });
    });
    if (records[0]?.row !== 1) records.unshift({ row: 1, cells: [] });
    const read = gridOf(name, records, true);
    grids.push(read.grid);
    issues.push(...read.issues);
  }
  if (issues.length > 0) throw layoutProblem('The file does not have the layout of the export; see errors.', issues);
  return grids;
}

/** A CSV file as one table: UTF-8 (a BOM is fine), `;` or `,` between cells, as the header row shows. */
export function readCsv(buffer: Buffer, sheet: string, limits: Pick<ReadLimits, 'maxRows'>): Grid {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw layoutProblem('The file is not UTF-8 text: save it as "CSV UTF-8 (kommaavgränsad)".', [
      { sheet, row: null, column: null, ...broken('not-utf8') },
    ]);
  }
  if (text.includes('\u0000') || text.trim() === '') {
    throw layoutProblem('The file is not CSV text (or is empty).', [
      { sheet, row: null, column: null, ...broken('not-csv') },
    ]);
  }
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = headerLine.includes(';') || !headerLine.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      // One more record than allowed tells that there are too many, without reading them all.
      to: limits.maxRows + 2,
    });
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    throw layoutProblem(`The file is not valid CSV: ${clipped((error as Error).message, 300)}`, [
      { sheet, row: typeof where === 'number' ? where : null, column: null, ...broken('not-csv') },
    ]);
  }
  // A last line break leaves one empty record: no row.
  if (records.length > 0 && records.at(-1)!.every((cell) => cell === '')) records.pop();
  if (records.length - 1 > limits.maxRows) throw tooManyRows(limits.maxRows);
  const read = gridOf(
    sheet,
    records.map((cells, index) => ({
      row: index + 1,
      cells: cells.map((cell) => (cell === '' ? null : fromCsvText(cell))),
    })),
    delimiter === ';',
  );
  if (read.issues.length > 0)
    throw layoutProblem('The file does not have the layout of the export; see errors.', read.issues);
  return read.grid;
}
