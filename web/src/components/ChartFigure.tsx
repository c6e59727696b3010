import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ChartConfiguration } from '../charts';
import { useI18n } from '../i18n/i18n';

export interface TableColumn {
  label: string;
  /** Aligned right. */
  numeric?: boolean;
  /** Its cells are text from the API (the municipality's Swedish). */
  lang?: 'sv';
}

export interface TableRow {
  /** Where the row's header may repeat. */
  key?: string;
  header: string;
  cells: string[];
}

export interface ChartTable {
  caption: string;
  /** The first column heads the rows. */
  columns: TableColumn[];
  rows: TableRow[];
}

/** A table of rows named by their first cell: under its caption, or named by a heading (labelledBy). */
export function DataTable({
  table,
  labelledBy,
  class: className,
}: {
  table: Omit<ChartTable, 'caption'> & { caption?: string };
  labelledBy?: string;
  class?: string;
}) {
  const [rowHeader, ...cellColumns] = table.columns;
  return (
    <table class={className} aria-labelledby={labelledBy}>
      {table.caption !== undefined && <caption>{table.caption}</caption>}
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={i} scope="col" class={column.numeric ? 'num' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key ?? row.header}>
            <th scope="row" lang={rowHeader?.lang}>
              {row.header}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i} class={cellColumns[i]?.numeric ? 'num' : undefined} lang={cellColumns[i]?.lang}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A chart that everyone can read: a <canvas role="img"> whose label says what it shows,
 * and the same numbers in a real table behind a "Visa som tabell" button.
 * `config` must keep its identity while its data is the same (useMemo), or the chart is redrawn.
 */
export function ChartFigure({
  label,
  config,
  table,
}: {
  label: string;
  config: ChartConfiguration;
  table: ChartTable;
}) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [open, setOpen] = useState(false);
  const tableId = useId();

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    // chart.js comes in its own chunk, fetched the first time a chart is drawn.
    void import('../charts').then(({ Chart }) => {
      if (!cancelled && canvas.current) chart = new Chart(canvas.current, config);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);

  return (
    <div class="chart">
      <div class="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <button
        type="button"
        class="button button-secondary table-toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen(!open)}
      >
        {t('chart.showTable')}
      </button>
      <div id={tableId} class="table-wrap" hidden={!open}>
        <DataTable table={table} />
      </div>
    </div>
  );
}
