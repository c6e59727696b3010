import ExcelJS from 'exceljs';
import { hostileCell } from './hostile.js';
import type { OpenApiDocument } from './openapi.js';
import type { Random } from './random.js';
import { randomCsv } from './raw-bodies.js';

// Files for the operations that take a spreadsheet or CSV: made up (headers from
// the document's property names, hostile cells) and the API's own exports, as
// they came and broken. Made once, before the fixed cases; every request that
// uploads a file picks one of these. They are the same bytes every run: a
// workbook's dates are fixed, and so are the times of its zip entries.

/** What a made-up workbook says it was created and modified. */
const WORKBOOK_DATE = new Date('2026-01-01T00:00:00Z');
/** 1980-01-01 00:00, the first time a zip entry can carry (DOS date and time). */
const ZIP_DATE = (1 << 5) | 1;
const ZIP_TIME = 0;

/**
 * The file with every zip entry's time set to one fixed time: the zip library
 * stamps each entry with the time it is written, the one part of a workbook that
 * differs between two runs. A file that is no zip comes back as it is.
 */
function withoutZipTimes(file: Buffer): Buffer {
  const copy = Buffer.from(file);
  const end = copy.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (end < 0 || end + 22 > copy.length) return file;
  let at = copy.readUInt32LE(end + 16);
  for (let n = copy.readUInt16LE(end + 10); n > 0; n--) {
    if (at + 46 > copy.length || copy.readUInt32LE(at) !== 0x02014b50) return file;
    copy.writeUInt16LE(ZIP_TIME, at + 12);
    copy.writeUInt16LE(ZIP_DATE, at + 14);
    const local = copy.readUInt32LE(at + 42);
    if (local + 30 > copy.length || copy.readUInt32LE(local) !== 0x04034b50) return file;
    copy.writeUInt16LE(ZIP_TIME, local + 10);
    copy.writeUInt16LE(ZIP_DATE, local + 12);
    at += 46 + copy.readUInt16LE(at + 28) + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return copy;
}

async function written(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return withoutZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** Every property name the document's schemas know: plausible spreadsheet column headers. */
export function propertyNames(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, depth: number) => {
    if (depth > 12 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) for (const item of node) walk(item, depth + 1);
    else {
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object')
        for (const name of Object.keys(record.properties)) names.add(name);
      for (const value of Object.values(record)) walk(value, depth + 1);
    }
  };
  walk(document.components ?? {}, 0);
  return [...names];
}

/** A workbook as exceljs writes it: a sheet of plausible headers, with real ids and hostile cells. */
async function randomWorkbook(random: Random, headers: string[], ids: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = WORKBOOK_DATE;
  const sheet = workbook.addWorksheet(random.pick(['Blad1', 'Data', 'Aktivitetsplan']));
  const columns = random.shuffle(headers).slice(0, random.int(1, 8));
  sheet.addRow(columns);
  for (let r = random.int(0, 40); r > 0; r--) {
    sheet.addRow(columns.map(() => (random.chance(0.3) ? hostileCell(random) : random.pick([...ids, 'x']))));
  }
  return written(workbook);
}

/** An exported workbook with some cells (now and then a header) made hostile, or its first row dropped. */
async function brokenWorkbook(random: Random, file: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  workbook.eachSheet((sheet) => {
    const rows = Math.max(sheet.rowCount, 2);
    const columns = Math.max(sheet.columnCount, 1);
    for (let n = random.int(1, 6); n > 0; n--) {
      const row = random.chance(0.15) ? 1 : random.int(2, rows + 2);
      sheet.getCell(row, random.int(1, columns + 1)).value = hostileCell(random) as ExcelJS.CellValue;
    }
    if (random.chance(0.1)) sheet.spliceRows(1, 1);
  });
  return written(workbook);
}

/** An exported workbook with every date cell a serial past the calendar's end (exceljs reads it back as an Invalid Date). */
async function datesPastTheCalendar(file: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.value = 1e308;
      }),
    ),
  );
  return written(workbook);
}

/** Exported CSV with some fields made hostile (quoted as CSV quotes them, or not), or its header dropped. */
function brokenCsv(random: Random, file: Buffer): Buffer {
  const lines = file.toString('utf8').split(/\r?\n/);
  for (let n = random.int(1, 5); n > 0; n--) {
    const index = random.chance(0.1) ? 0 : random.int(1, Math.max(1, lines.length - 1));
    const fields = (lines[index] ?? '').split(',');
    const cell = hostileCell(random);
    const text = cell instanceof Date ? cell.toISOString() : String(cell);
    fields[random.int(0, fields.length - 1)] = random.chance(0.8) ? `"${text.replace(/"/g, '""')}"` : text;
    lines[index] = fields.join(',');
  }
  if (random.chance(0.1)) lines.shift();
  return Buffer.from(lines.join(random.pick(['\n', '\r\n'])));
}

/**
 * The sample files for each upload media type: three made up, then each export
 * the warm-up read in that type as it is and in broken variants.
 */
export async function makeUploadSamples(
  random: Random,
  options: {
    uploadTypes: Iterable<string>;
    exported: ReadonlyMap<string, Buffer[]>;
    headers: string[];
    ids: string[];
  },
): Promise<Map<string, Buffer[]>> {
  const { headers, ids } = options;
  const samplesByType = new Map<string, Buffer[]>();
  for (const mediaType of options.uploadTypes) {
    const samples: Buffer[] = [];
    const csv = /csv|text/i.test(mediaType);
    for (let n = 0; n < 3; n++) {
      samples.push(
        csv
          ? Buffer.from(randomCsv(random, random.shuffle(headers).slice(0, 6)))
          : await randomWorkbook(random, headers, ids),
      );
    }
    for (const exported of options.exported.get(mediaType) ?? []) {
      const file = withoutZipTimes(exported);
      samples.push(file);
      const variants = Array.from({ length: 4 }, () =>
        csv ? async () => brokenCsv(random, file) : () => brokenWorkbook(random, file),
      );
      if (!csv) variants.unshift(() => datesPastTheCalendar(file));
      for (const variant of variants) {
        try {
          samples.push(await variant());
        } catch {
          // Not a file exceljs reads back (an export may have come back empty): the file as it is will do.
        }
      }
    }
    samplesByType.set(mediaType, samples);
  }
  return samplesByType;
}
