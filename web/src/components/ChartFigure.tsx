import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Chart, ChartConfiguration } from '../charts';
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

type ChartClass = typeof Chart;

/** chart.js, once its chunk has come: it is fetched the first time a chart is to be drawn. */
let loaded: ChartClass | undefined;
const loadChart = () => import('../charts').then(({ Chart }) => (loaded = Chart));

/** True once the page is about to be printed: a printout shows every chart's table. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = () => setPrinting(true);
    addEventListener('beforeprint', print);
    return () => removeEventListener('beforeprint', print);
  }, []);
  return printing;
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
  const printing = usePrinting();
  const tableId = useId();

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    const draw = (Chart: ChartClass) => {
      if (!cancelled && !chart) chart = new Chart(element, config);
    };
    // A printout shows every chart, also those never scrolled to.
    const drawForPrint = () => (loaded ? draw(loaded) : void loadChart().then(draw));
    addEventListener('beforeprint', drawForPrint);
    // Drawn when it comes near the screen, each chart in a task of its own: a page of
    // many charts neither draws the unseen ones nor blocks input while it draws.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void loadChart().then((Chart) => setTimeout(() => draw(Chart)));
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      removeEventListener('beforeprint', drawForPrint);
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
        {/* Made when shown: a page of many charts would otherwise build thousands of hidden cells. */}
        {(open || printing) && <DataTable table={table} />}
      </div>
    </div>
  );
}
