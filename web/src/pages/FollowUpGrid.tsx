import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FollowUpGridRow } from '../api/followUps';
import type { I18n } from '../i18n/i18n';

// The month grid of Uppföljning: activities as rows, months as columns, the activity column fixed
// while the months scroll; on a narrow screen one card per activity. Either way ONE Tab stop
// (a roving tabindex): arrow keys move between months and activities, Home/End to the first and
// last month (with Ctrl: of the whole grid), Enter or Space opens a month that may be recorded.

export type GridMonth = FollowUpGridRow['months'][number];

export interface Row {
  activity: FollowUpGridRow['activity'];
  mayRecord: boolean;
  wholeNumbers: boolean;
  /** The months of the year shown, recorded or not. */
  months: Map<string, GridMonth>;
}

export function cellText(month: GridMonth | undefined, { t, fmt }: I18n): string {
  if (!month) return t('followUp.outside');
  const target = month.target === null ? '–' : fmt.number(month.target);
  if (month.state === 'missing') return t('followUp.cellMissing', { target });
  if (month.state === 'noTarget') return t('followUp.cellNoTarget');
  if (month.state === 'upcoming' && month.outcome === null) return t('followUp.cellUpcoming', { target });
  return t('followUp.cellValue', { outcome: month.outcome === null ? '–' : fmt.number(month.outcome), target });
}

// Below this width the months do not fit beside the activity: cards instead of a table.
const NARROW = '(max-width: 40rem)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

const clamp = (value: number, last: number) => Math.max(0, Math.min(value, last));

interface GridProps {
  rows: Row[];
  months: string[];
  /** The latest month that may be recorded: where the grid opens. */
  focusMonth: string;
  i18n: I18n;
  onOpen: (row: Row, month: string, opener: HTMLElement) => void;
}

export function MonthGrid({ rows, months, focusMonth, i18n, onOpen }: GridProps) {
  const narrow = useNarrow();
  const container = useRef<HTMLDivElement>(null);
  const startCol = Math.max(
    0,
    months.findLastIndex((month) => month <= focusMonth),
  );
  const [active, setActive] = useState({ row: 0, col: startCol });
  const at = { row: clamp(active.row, rows.length - 1), col: clamp(active.col, months.length - 1) };

  // The months that matter in view: the latest reportable one at the right edge, the ones before it beside it.
  useLayoutEffect(() => {
    const wrap = container.current;
    const head = wrap?.querySelector(`thead [data-col="${startCol}"]`);
    if (!wrap || !head) return;
    const beyond = head.getBoundingClientRect().right - wrap.getBoundingClientRect().right;
    if (beyond > 0) wrap.scrollLeft += beyond;
  }, [narrow, startCol]);

  function onKeyDown(event: KeyboardEvent) {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!from || event.altKey || event.metaKey) return;
    let row = Number(from.dataset.row);
    let col = Number(from.dataset.col);
    const move = MOVES[event.key];
    if (move) [row, col] = [row + move[0], col + move[1]];
    else if (event.key === 'Home') [row, col] = [event.ctrlKey ? 0 : row, 0];
    else if (event.key === 'End') [row, col] = [event.ctrlKey ? rows.length - 1 : row, months.length - 1];
    else {
      // Space on a month that only shows its value would scroll the page away.
      if (event.key === ' ' && from.tagName !== 'BUTTON') event.preventDefault();
      return;
    }
    event.preventDefault();
    row = clamp(row, rows.length - 1);
    col = clamp(col, months.length - 1);
    setActive({ row, col });
    container.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  }

  // A click (or focus coming back from the dialog) moves the Tab stop too.
  function onFocusIn(event: FocusEvent) {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (cell) setActive({ row: Number(cell.dataset.row), col: Number(cell.dataset.col) });
  }

  const cell = (row: Row, r: number, month: string, c: number) => (
    <Cell
      row={row}
      month={month}
      position={{ 'data-row': r, 'data-col': c }}
      tabStop={r === at.row && c === at.col}
      i18n={i18n}
      onOpen={onOpen}
    />
  );

  // The caption stands outside the scrolling, so it stays in view as the months scroll.
  return (
    <>
      <p id="grid-caption" class="grid-caption">
        {i18n.t('followUp.gridCaption')}
      </p>
      <div
        ref={container}
        class={narrow ? undefined : 'table-wrap grid-wrap'}
        onKeyDown={onKeyDown}
        onFocusIn={onFocusIn}
      >
        {narrow ? (
          <MonthCards rows={rows} months={months} focusMonth={months[startCol]} i18n={i18n} cell={cell} />
        ) : (
          <MonthTable rows={rows} months={months} focusMonth={months[startCol]} i18n={i18n} cell={cell} />
        )}
      </div>
    </>
  );
}

type CellOf = (row: Row, r: number, month: string, c: number) => JSX.Element;

interface LayoutProps {
  rows: Row[];
  months: string[];
  focusMonth: string | undefined;
  i18n: I18n;
  cell: CellOf;
}

function MonthTable({ rows, months, focusMonth, i18n: { t, fmt }, cell }: LayoutProps) {
  return (
    <table class="followup-grid" role="grid" aria-labelledby="grid-caption">
      <thead>
        <tr>
          <th scope="col">{t('followUp.activity')}</th>
          {months.map((month, c) => (
            <th key={month} scope="col" class={month === focusMonth ? 'num month-current' : 'num'} data-col={c}>
              <abbr title={fmt.month(month)}>{fmt.monthName(month)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.activity.id}>
            <th scope="row">
              <ActivityName row={row} />
            </th>
            {months.map((month, c) => (
              <td key={month} class={`num cell-${row.months.get(month)?.state ?? 'outside'}`}>
                {cell(row, r, month, c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MonthCards({ rows, months, focusMonth, cell }: LayoutProps) {
  return (
    <ul class="followup-cards" aria-labelledby="grid-caption">
      {rows.map((row, r) => (
        <li key={row.activity.id} class="followup-card">
          <h3>
            <ActivityName row={row} />
          </h3>
          <ul class="card-months">
            {months.map((month, c) => (
              <li
                key={month}
                class={`cell-${row.months.get(month)?.state ?? 'outside'}${month === focusMonth ? ' month-current' : ''}`}
              >
                {cell(row, r, month, c)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function ActivityName({ row }: { row: Row }) {
  return (
    <>
      <span class="grid-title" lang="sv">
        {row.activity.title}
      </span>
      {row.activity.measure && (
        <span class="small muted grid-measure" lang="sv">
          {row.activity.measure.label}
        </span>
      )}
    </>
  );
}

/** A month of an activity: a button where it may be recorded, else its text; focusable either way (one at a time). */
function Cell({
  row,
  month,
  position,
  tabStop,
  i18n,
  onOpen,
}: {
  row: Row;
  month: string;
  position: { 'data-row': number; 'data-col': number };
  tabStop: boolean;
  i18n: I18n;
  onOpen: GridProps['onOpen'];
}) {
  const { t, fmt } = i18n;
  const progress = row.months.get(month);
  const target = { ...position, 'data-cell': `${row.activity.id}/${month}`, tabIndex: tabStop ? 0 : -1 };
  const content = (
    <>
      <span class="visually-hidden">
        {t('followUp.cellLabel', { activity: row.activity.title, month: fmt.month(month) })}{' '}
      </span>
      <span class="card-month" aria-hidden="true">
        {fmt.shortMonth(month)}
      </span>
      {cellText(progress, i18n)}
    </>
  );
  if (!progress?.recordable) {
    return (
      <span class="cell-text" {...target}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      class="cell-button"
      {...target}
      aria-haspopup="dialog"
      onClick={(event) => onOpen(row, month, event.currentTarget)}
    >
      {content}
    </button>
  );
}
