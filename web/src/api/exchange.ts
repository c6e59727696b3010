import { api, call, type Schemas } from './client';

// Issue 6, the signed-in side: who has not reported, the agreement's export and its import.
// Only the signed-in pages (Uppföljning, Redigera) import this, so it stays out of the public bundle.

export type MissingReport = Schemas['MissingReport'];
export type ImportResult = Schemas['ImportResult'];
export type ImportTable = 'activities' | 'followups';
export type ExportTable = 'activities' | 'followups' | 'indicators';

export const getMissingReport = (month: string, municipalityId: string): Promise<MissingReport> =>
  call(() => api.GET('/api/v1/reports/missing', { params: { query: { month, municipalityId } } }));

/** The same rows as CSV: a plain link (the session cookie goes with it). */
export const missingCsvHref = (month: string, municipalityId: string) =>
  `/api/v1/reports/missing.csv?${new URLSearchParams({ month, municipalityId }).toString()}`;

export const exportXlsxHref = (agreementId: string) =>
  `/api/v1/agreements/${encodeURIComponent(agreementId)}/export.xlsx`;

export const exportCsvHref = (agreementId: string, table: ExportTable) =>
  `/api/v1/agreements/${encodeURIComponent(agreementId)}/export.csv?table=${table}`;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A CSV file by its name (Windows may call it application/vnd.ms-excel), else a workbook. */
export const isCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv';

/** What was read of the chosen file: its bytes, so a confirmed import sends exactly what the dry run saw. */
export interface Upload {
  name: string;
  csv: boolean;
  bytes: Blob;
}

export async function readUpload(file: File): Promise<Upload> {
  const csv = isCsv(file);
  return { name: file.name, csv, bytes: new Blob([await file.arrayBuffer()], { type: csv ? 'text/csv' : XLSX_TYPE }) };
}

/**
 * Sends the file as it is (not JSON) with its own content type: a dry run writes nothing,
 * a real run writes everything or nothing. Same origin, the session cookie, as every other call.
 */
export const importFile = (
  agreementId: string,
  upload: Upload,
  { dryRun, table }: { dryRun: boolean; table: ImportTable },
): Promise<ImportResult> =>
  call(() =>
    api.POST('/api/v1/agreements/{id}/import', {
      params: { path: { id: agreementId }, query: upload.csv ? { dryRun, table } : { dryRun } },
      // openapi-fetch would write JSON: the file goes as it is, with its own content type.
      body: upload.bytes,
      bodySerializer: (body) => body as Blob,
      headers: { 'Content-Type': upload.csv ? 'text/csv' : XLSX_TYPE },
    }),
  );
