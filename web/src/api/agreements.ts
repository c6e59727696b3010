import { api, byId, call, collect, ifMatch, type Schemas } from './client';
import type { paths } from './schema';

// The cooperation agreements, and their plan as spreadsheets: the export (plain links, so the
// browser saves the file and the session cookie goes with it) and the import of the same layout.

export type Agreement = Schemas['Agreement'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type ImportResult = Schemas['ImportResult'];
export type ImportError = Schemas['ImportError'];

type ImportRoute = paths['/api/v1/agreements/{id}/import']['post'];
export type ImportTable = NonNullable<NonNullable<ImportRoute['parameters']['query']>['table']>;
export type ExportTable = paths['/api/v1/agreements/{id}/export.csv']['get']['parameters']['query']['table'];

export const listAgreements = (): Promise<Agreement[]> =>
  collect((page) => api.GET('/api/v1/agreements', { params: { query: page } }));

export const getAgreement = (id: string): Promise<Agreement> =>
  call(() => api.GET('/api/v1/agreements/{id}', byId(id)));

export const createAgreement = (body: Schemas['CreateAgreement']): Promise<Agreement> =>
  call(() => api.POST('/api/v1/agreements', { body }));

export const patchAgreement = (agreement: Agreement, body: Schemas['PatchAgreement']): Promise<Agreement> =>
  call(() => api.PATCH('/api/v1/agreements/{id}', { ...ifMatch(agreement), body }));

/** Each reader gets what they may read: the public, the published activities. */
export const exportXlsxHref = (agreementId: string) =>
  `/api/v1/agreements/${encodeURIComponent(agreementId)}/export.xlsx`;

export const exportCsvHref = (agreementId: string, table: ExportTable) =>
  `/api/v1/agreements/${encodeURIComponent(agreementId)}/export.csv?table=${table}`;

export const XLSX_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' satisfies keyof ImportRoute['requestBody']['content'];

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
