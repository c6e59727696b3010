import { useEffect, useRef, useState } from 'preact/hooks';
import {
  exportCsvHref,
  exportXlsxHref,
  importFile,
  isCsv,
  readUpload,
  XLSX_TYPE,
  type Agreement,
  type ExportTable,
  type ImportError,
  type ImportResult,
  type ImportTable,
  type Upload,
} from '../api/agreements';
import { ApiError, asApiError } from '../api/client';
import { ProblemMessage, Working } from '../components/async';
import { useAnnounce } from '../components/Layout';
import { Fact, Section } from '../components/text';
import { useI18n } from '../i18n/i18n';
import { ruleText } from '../i18n/problems';

// The agreement as spreadsheets: the export (xlsx, or one table as CSV) and the import of the same
// layout. An import is always a dry run first: its changes and errors in two tables, then a real
// run only when the editor confirms and there are no errors. The server writes all or nothing.

const EXPORT_TABLES: ExportTable[] = ['activities', 'followups', 'indicators'];
const IMPORT_TABLES: ImportTable[] = ['activities', 'followups'];

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The rows in error of a refusal (a real run's 422, a layout's 400): each field error's path points
 * into the file, /<sheet>/<row>/<column> (row or column left out where there is none).
 */
export function rowErrors(error: ApiError): ImportError[] {
  const out: ImportError[] = [];
  for (const field of error.problem?.errors ?? []) {
    if (field.in !== 'body' || !field.path.startsWith('/')) continue;
    const [sheet = '', second, third] = field.path.slice(1).split('/').map(unescape);
    const row = second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
    const { code, message, params } = field;
    out.push({
      sheet,
      row: row ?? 0,
      column: (row === null ? second : third) ?? null,
      code,
      message,
      ...(params ? { params } : {}),
    });
  }
  return out;
}

/** The refusal without the errors the errors table shows instead. */
const withoutRowErrors = (error: ApiError) =>
  rowErrors(error).length > 0 && error.problem
    ? new ApiError(error.status, {
        ...error.problem,
        errors: error.problem.errors?.filter((field) => field.in !== 'body' || !field.path.startsWith('/')),
      })
    : error;

export function AgreementExchange({ agreement, onImported }: { agreement: Agreement; onImported: () => void }) {
  const { t } = useI18n();
  return (
    <Section headingId="exchange-title" title={t('exchange.title')}>
      <p>{t('exchange.lead')}</p>
      <h3>{t('exchange.exportTitle')}</h3>
      <div class="download-links">
        <a class="button button-secondary" href={exportXlsxHref(agreement.id)} download="">
          {t('exchange.exportXlsx')}
        </a>
        {EXPORT_TABLES.map((table) => (
          <a key={table} class="button button-secondary" href={exportCsvHref(agreement.id, table)} download="">
            {t('exchange.exportCsv', { table: t(`exchange.table.${table}`) })}
          </a>
        ))}
      </div>
      <ImportForm key={agreement.id} agreement={agreement} onImported={onImported} />
    </Section>
  );
}

interface Shown {
  upload: Upload;
  /** The table the dry run read the CSV file as: the real run reads it the same. */
  table: ImportTable;
  preview: ImportResult;
  errors: ImportError[];
}

type Phase =
  | { step: 'choose' }
  | { step: 'checking' }
  | ({ step: 'preview' } & Shown)
  | ({ step: 'importing' } & Shown)
  | { step: 'done'; result: ImportResult };

function ImportForm({ agreement, onImported }: { agreement: Agreement; onImported: () => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultText = useRef<HTMLParagraphElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [table, setTable] = useState<ImportTable>('activities');
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const csv = file !== null && isCsv(file);

  // The preview and the result take focus when they appear, so the reader starts there.
  useEffect(() => {
    if (phase.step === 'preview') previewHeading.current?.focus();
    if (phase.step === 'done') resultText.current?.focus();
  }, [phase.step]);

  function reset() {
    setPhase({ step: 'choose' });
    setProblem(null);
    setFile(null);
    if (input.current) input.current.value = '';
  }

  async function onCheck(event: Event) {
    event.preventDefault();
    // The button stays enabled while the file is read (a disabled one would lose focus): once at a time.
    if (phase.step === 'checking') return;
    setProblem(null);
    if (!file) {
      setMissingFile(true);
      input.current?.focus();
      return;
    }
    setPhase({ step: 'checking' });
    try {
      const upload = await readUpload(file);
      const preview = await importFile(agreement.id, upload, { dryRun: true, table });
      setPhase({ step: 'preview', upload, table, preview, errors: preview.errors });
      // Errors speak through their alert; otherwise the summary is said here (focus is on the heading).
      if (preview.errors.length === 0) announce(summary(preview, preview.errors));
    } catch (caught) {
      const error = asApiError(caught);
      setProblem(error);
      setPhase({ step: 'choose' });
    }
  }

  async function onConfirm() {
    if (phase.step !== 'preview') return;
    const { upload, table, preview } = phase;
    setProblem(null);
    setPhase({ ...phase, step: 'importing' });
    try {
      const result = await importFile(agreement.id, upload, { dryRun: false, table });
      setPhase({ step: 'done', result });
      setFile(null);
      if (input.current) input.current.value = '';
      // The result takes focus (the buttons that were focused are gone), which reads it.
      onImported();
    } catch (caught) {
      const error = asApiError(caught);
      // Rows in error now (someone changed the plan since the dry run): shown in the table, not importable.
      const errors = rowErrors(error);
      setProblem(error);
      setPhase({ step: 'preview', upload, table, preview, errors: errors.length > 0 ? errors : phase.errors });
    }
  }

  const counts = (result: ImportResult) => ({
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
  });
  const summary = (result: ImportResult, errors: ImportError[]) =>
    errors.length > 0
      ? t('exchange.previewErrors', { count: errors.length })
      : result.changes.length === 0
        ? t('exchange.nothingToChange')
        : t('exchange.previewSummary', counts(result));

  const busy = phase.step === 'checking' || phase.step === 'importing';
  const shown = phase.step === 'preview' || phase.step === 'importing' ? phase : null;
  return (
    <>
      <h3>{t('exchange.importTitle')}</h3>
      <form class="form form-wide" noValidate onSubmit={(event) => void onCheck(event)}>
        <p class="field-hint">{t('exchange.importLead')}</p>
        <div class="field">
          <label for="import-file">{t('exchange.file')}</label>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept={`.xlsx,.csv,${XLSX_TYPE},text/csv`}
            disabled={busy}
            aria-describedby={missingFile ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={missingFile ? 'true' : undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setMissingFile(false);
              setProblem(null);
              setPhase({ step: 'choose' });
            }}
          />
          <span id="import-file-hint" class="field-hint">
            {t('exchange.fileHint')}
          </span>
          {missingFile && (
            <span id="import-file-error" class="field-error">
              {t('exchange.fileMissing')}
            </span>
          )}
        </div>
        {csv && (
          <div class="field">
            <label for="import-table">{t('exchange.csvTable')}</label>
            <select
              id="import-table"
              value={table}
              disabled={busy || shown !== null}
              onChange={(event) => setTable(event.currentTarget.value as ImportTable)}
            >
              {IMPORT_TABLES.map((value) => (
                <option key={value} value={value}>
                  {t(`exchange.table.${value}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="form-actions">
          <button type="submit" class="button" disabled={shown !== null}>
            {t('exchange.check')}
          </button>
          <Working when={phase.step === 'checking'} text={t('exchange.checking')} />
        </div>
      </form>

      {problem && (
        <ProblemMessage
          error={withoutRowErrors(problem)}
          lead={t(phase.step === 'preview' ? 'exchange.importRefused' : 'exchange.fileRefused')}
        />
      )}
      {problem && !shown && rowErrors(problem).length > 0 && <ErrorsTable errors={rowErrors(problem)} />}

      {shown && (
        <section class="import-preview" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title" ref={previewHeading} tabIndex={-1} class="focus-target">
            {t('exchange.previewTitle', { file: shown.upload.name })}
          </h3>
          {shown.errors.length > 0 ? (
            <p class="notice notice-error" role="alert">
              <strong>{summary(shown.preview, shown.errors)}</strong> {t('exchange.fixErrors')}
            </p>
          ) : (
            <p class="notice">
              <strong>{summary(shown.preview, shown.errors)}</strong>
            </p>
          )}
          <dl class="facts facts-wide import-counts">
            <Fact term={t('exchange.created')}>{shown.preview.created}</Fact>
            <Fact term={t('exchange.updated')}>{shown.preview.updated}</Fact>
            <Fact term={t('exchange.unchanged')}>{shown.preview.unchanged}</Fact>
            <Fact term={t('exchange.errors')}>{shown.errors.length}</Fact>
          </dl>
          {shown.preview.changes.length > 0 && <ChangesTable changes={shown.preview.changes} />}
          {shown.errors.length > 0 && <ErrorsTable errors={shown.errors} />}
          <div class="form-actions">
            <button
              type="button"
              class="button"
              disabled={shown.errors.length > 0 || shown.preview.changes.length === 0}
              aria-describedby={shown.errors.length > 0 ? 'import-confirm-why' : undefined}
              onClick={() => void onConfirm()}
            >
              {t('exchange.confirm')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              disabled={busy}
              onClick={() => {
                reset();
                announce(t('exchange.cancelled'));
                input.current?.focus();
              }}
            >
              {t('exchange.cancel')}
            </button>
            {shown.errors.length > 0 && (
              <span id="import-confirm-why" class="field-hint">
                {t('exchange.confirmBlocked')}
              </span>
            )}
            <Working when={phase.step === 'importing'} text={t('exchange.importing')} />
          </div>
        </section>
      )}

      {phase.step === 'done' && (
        <div class="notice" role="status">
          <p ref={resultText} tabIndex={-1} class="focus-target">
            <strong>{t('exchange.imported', counts(phase.result))}</strong>
          </p>
        </div>
      )}
    </>
  );
}

interface FileColumn<Row> {
  label: string;
  cell: (row: Row) => string | number;
  numeric?: boolean;
  /** The file's own text (Swedish), or the server's message (English). */
  lang?: 'sv' | 'en';
}

/** Rows of the file by sheet and row (its changes, its errors): a region of its own that scrolls sideways. */
function FileRows<Row>({
  id,
  class: className,
  caption,
  columns,
  rows,
  rowKey,
}: {
  id: string;
  class: string;
  caption: string;
  columns: FileColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string | number;
}) {
  return (
    <div class="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class={className}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((column) => (
                <td key={column.label} class={column.numeric ? 'num' : undefined} lang={column.lang}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangesTable({ changes }: { changes: ImportResult['changes'] }) {
  const { t } = useI18n();
  return (
    <FileRows
      id="import-changes"
      class="import-table"
      caption={t('exchange.changesCaption', { count: changes.length })}
      columns={[
        { label: t('exchange.sheet'), cell: (change) => change.sheet, lang: 'sv' },
        { label: t('exchange.row'), cell: (change) => change.row, numeric: true },
        { label: t('exchange.action'), cell: (change) => t(`exchange.action.${change.action}`) },
        { label: t('exchange.label'), cell: (change) => change.label, lang: 'sv' },
        { label: t('exchange.fields'), cell: (change) => change.fields.join(', '), lang: 'sv' },
      ]}
      rows={changes}
      rowKey={(change) => `${change.sheet}/${change.row}`}
    />
  );
}

function ErrorsTable({ errors }: { errors: ImportError[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <FileRows
      id="import-errors"
      class="import-table import-errors"
      caption={t('exchange.errorsCaption', { count: errors.length })}
      columns={[
        { label: t('exchange.sheet'), cell: (error) => error.sheet, lang: 'sv' },
        { label: t('exchange.row'), cell: (error) => (error.row > 0 ? error.row : '–'), numeric: true },
        { label: t('exchange.column'), cell: (error) => error.column ?? '–', lang: 'sv' },
        { label: t('exchange.message'), cell: (error) => ruleText(i18n, error, error.column ?? error.sheet) },
      ]}
      rows={errors}
      rowKey={(_, i) => i}
    />
  );
}
