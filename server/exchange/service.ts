import { visibleAgreement } from '../agreements/service.js';
import { loadAgreement } from '../agreements/store.js';
import { runChange, type ServiceDeps } from '../domain/changes.js';
import { Invalid } from '../domain/errors.js';
import { assertCanManage, viewerOf, type Actor } from '../domain/policy.js';
import { agreementSheets } from './export.js';
import { applyImport, importResult, planImport, rowErrorsOf } from './import.js';
import { ACTIVITY_SHEET, FOLLOW_UP_SHEET, TABLES, type TableName } from './layout.js';
import { readCsv, readWorkbook, type Grid, type ReadLimits } from './reading.js';
import type { ImportResult } from './schemas.js';
import { slug, toCsv, toXlsx } from './sheets.js';
import { broken } from '../domain/field-rules.js';

// The spreadsheet exchange of an agreement: who may export it (whoever may
// read it, getting only what they may read) and who may import into it (those
// who manage its municipality); reading the upload, planning it, and a dry run
// or the real run in one change.

/** What the exchange is given: the database and clock, and the import's limits. */
export interface ExchangeDeps extends ServiceDeps {
  config: { import: { maxBytes: number; maxRows: number } };
}

/** A file to hand over: its name and its content. */
export interface ExportFile<T> {
  filename: string;
  content: T;
}

/** The tables an import takes: the indicators are for reading only. */
export type ImportTable = Exclude<TableName, 'indicators'>;

/** An uploaded file: an xlsx workbook or one table as CSV. */
export interface Upload {
  format: 'xlsx' | 'csv';
  bytes: Buffer;
}

/** What an import reads at most: its rows, and what a workbook may unpack to. */
export function importLimits(limits: { maxBytes: number; maxRows: number }): ReadLimits {
  return { maxRows: limits.maxRows, maxUnpackedBytes: Math.max(10 * limits.maxBytes, 64 * 1024 * 1024) };
}

const filename = (title: string, now: Date, extension: string, table?: TableName) =>
  `${slug(title)}${table ? `-${table}` : ''}-${now.toISOString().slice(0, 10)}.${extension}`;

/** The agreement's three tables as a workbook, holding what the caller may read. */
export async function exportXlsx(deps: ServiceDeps, actor: Actor | null, id: string): Promise<ExportFile<Buffer>> {
  const { item: agreement, level } = await visibleAgreement(deps.database.db, actor, id);
  const now = deps.clock.now();
  const content = await toXlsx(await agreementSheets(deps.database.db, agreement, level, now), now);
  return { filename: filename(agreement.title, now, 'xlsx'), content };
}

/** One of the agreement's tables as CSV for Swedish Excel, holding what the caller may read. */
export async function exportCsv(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  table: TableName,
): Promise<ExportFile<string>> {
  const { item: agreement, level } = await visibleAgreement(deps.database.db, actor, id);
  const now = deps.clock.now();
  const [sheet] = await agreementSheets(deps.database.db, agreement, level, now, table);
  return { filename: filename(agreement.title, now, 'csv', table), content: toCsv(sheet!, 'excel-sv') };
}

/** The ?table rule: a CSV file is one table, named; a workbook holds them all. */
function assertTableFits(format: Upload['format'], table: ImportTable | undefined): void {
  if (format === 'csv' && table === undefined) {
    throw new Invalid('A CSV file is one table: say which with ?table=activities or ?table=followups.', [
      { in: 'query', path: '/table', ...broken('table-needed') },
    ]);
  }
  if (format === 'xlsx' && table !== undefined) {
    throw new Invalid('A workbook holds every table: send it without ?table.', [
      { in: 'query', path: '/table', ...broken('table-not-allowed') },
    ]);
  }
}

/** The upload as the grids of the sheets it imports. */
async function readUpload(upload: Upload, table: ImportTable | undefined, limits: ReadLimits): Promise<Grid[]> {
  return upload.format === 'csv'
    ? [readCsv(upload.bytes, TABLES[table!].sheet, limits)]
    : await readWorkbook(upload.bytes, [ACTIVITY_SHEET, FOLLOW_UP_SHEET], limits);
}

/**
 * Imports a file into an agreement its caller manages. A dry run (the default)
 * plans and writes nothing; a real run plans again inside one change, on what
 * is stored then, and writes every change or, with row errors, nothing.
 */
export async function importAgreement(
  deps: ExchangeDeps,
  actor: Actor,
  id: string,
  upload: Upload,
  options: { dryRun?: boolean; table?: ImportTable },
): Promise<ImportResult> {
  const { item: agreement } = await visibleAgreement(deps.database.db, actor, id);
  assertCanManage(actor, agreement.municipalityId);
  assertTableFits(upload.format, options.table);
  const grids = await readUpload(upload, options.table, importLimits(deps.config.import));

  if (options.dryRun !== false) {
    return importResult(await planImport(deps.database.db, agreement, grids, deps.clock.now()), true);
  }
  return runChange(deps, actor, async (change) => {
    const current = (await loadAgreement(change.trx, agreement.id, viewerOf(actor)))?.agreement ?? agreement;
    const plan = await planImport(change.trx, current, grids, change.now);
    if (plan.errors.length > 0) throw rowErrorsOf(plan);
    await applyImport(change, plan, agreement.municipalityId);
    return importResult(plan, false);
  });
}
