import type { Activity, CreateActivity, PatchActivity } from '../activities/schemas.js';
import type { Agreement } from '../agreements/schemas.js';
import type { PutFollowUp } from '../followups/schemas.js';
import { parseCell } from './fields.js';
import type { LayoutColumn } from './layout.js';
import type { Grid, GridRow, ImportIssue } from './reading.js';
import type { ImportChange } from './schemas.js';
import type { FollowUpRow } from './store.js';
import { broken, type Broken } from '../domain/field-rules.js';

// The pieces every sheet's planner shares: what a plan holds, names to ids,
// a sheet's columns by header, and a row's cells read as their columns' kinds.

export type Value = string | number | boolean | null;

/** A month recorded or corrected, with what writeMonth needs. */
export interface FollowUpWrite {
  kind: 'followUp';
  change: ImportChange;
  activity: Activity;
  month: string;
  input: PutFollowUp;
  existing: FollowUpRow | null;
}

/** One change a row makes, with what the service function that writes it needs. */
export type Write =
  | { kind: 'createActivity'; change: ImportChange; input: CreateActivity }
  | { kind: 'updateActivity'; change: ImportChange; before: Activity; patch: PatchActivity }
  | FollowUpWrite;

export interface ImportPlan {
  writes: Write[];
  unchanged: number;
  errors: ImportIssue[];
}

/** A plan as the sheets' planners fill it in, row by row. */
export interface PlanDraft extends ImportPlan {
  /** Rows naming items that are not this agreement's: the whole file is refused (400). */
  structural: ImportIssue[];
  /** Activities' start, end and measure as the import leaves them, for the months their follow-ups may have and hold. */
  planned: Map<string, Pick<Activity, 'startDate' | 'endDate' | 'measure'>>;
}

export const emptyPlan = (): PlanDraft => ({
  writes: [],
  unchanged: 0,
  errors: [],
  structural: [],
  planned: new Map(),
});

/** A name as compared: spaces collapsed, case ignored. */
export const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Why a row's Version no longer holds: the item has changed since the export. */
export const changedSince = (exported: number, stored: number) => broken('changed-since-export', { exported, stored });

export type Resolved = { id: string } | { issue: Broken };

/** A name to the one item it names among these, preferring those `preferred` says. */
export function resolver<T extends { id: string }>(items: readonly T[], nameOf: (item: T) => string, what: string) {
  const byName = new Map<string, T[]>();
  for (const item of items) byName.set(normal(nameOf(item)), [...(byName.get(normal(nameOf(item))) ?? []), item]);
  return (name: string, preferred: (item: T) => boolean = () => false): Resolved => {
    const found = byName.get(normal(name)) ?? [];
    if (found.length === 1) return { id: found[0]!.id };
    const narrowed = found.filter(preferred);
    if (narrowed.length === 1) return { id: narrowed[0]!.id };
    if (found.length === 0) return { issue: broken('unknown-name', { item: what, name: name.trim() }) };
    return { issue: broken('ambiguous-name', { item: what, count: found.length }) };
  };
}

export type ColumnsAt<K extends string> = Map<K, { index: number; column: LayoutColumn<K> }>;

/** The layout's columns of a grid, by index; issues for unknown, repeated and missing headers. */
export function mapColumns<C extends LayoutColumn>(grid: Grid, columns: readonly C[], issues: ImportIssue[]) {
  const byHeader = new Map(columns.map((column) => [normal(column.header), column]));
  const at = new Map<C['key'], { index: number; column: C }>();
  grid.headers.forEach((header, index) => {
    if (header === '') return;
    const column = byHeader.get(normal(header));
    if (!column) {
      const known = columns.map((c) => c.header).join(', ');
      issues.push({ sheet: grid.sheet, row: 1, column: header, ...broken('unknown-column', { columns: known }) });
    } else if (at.has(column.key)) {
      issues.push({ sheet: grid.sheet, row: 1, column: header, ...broken('duplicate-column') });
    } else {
      at.set(column.key, { index, column });
    }
  });
  for (const column of columns) {
    if (column.required && !at.has(column.key)) {
      issues.push({ sheet: grid.sheet, row: 1, column: column.header, ...broken('missing-column') });
    }
  }
  return at;
}

/** One row's cells by key, parsed; an issue per cell that is not of its column's kind. */
export function rowReader<K extends string>(grid: Grid, at: ColumnsAt<K>, row: GridRow, errors: ImportIssue[]) {
  const values = new Map<K, Value>();
  let failed = false;
  for (const [key, { index, column }] of at) {
    if (column.readOnly) continue;
    const parsed = parseCell(row.cells[index] ?? null, column.kind, grid.decimalComma);
    if (parsed.ok) values.set(key, parsed.value);
    else {
      failed = true;
      errors.push({ sheet: grid.sheet, row: row.row, column: column.header, ...parsed.rule });
    }
  }
  const header = (key: K) => at.get(key)?.column.header ?? key;
  return {
    row: row.row,
    failed,
    has: (key: K) => values.has(key),
    get: (key: K) => values.get(key) ?? null,
    text: (key: K) => values.get(key) as string | null | undefined,
    header,
    /** Every given column blank but these. */
    blankBut: (...keys: K[]) => [...values.entries()].every(([key, value]) => keys.includes(key) || value === null),
    /** A row error in this row, at this column. */
    issue: (key: K, rule: Broken) => errors.push({ sheet: grid.sheet, row: row.row, column: header(key), ...rule }),
    /** This row names an item that is not this agreement's. */
    foreign: (key: K, rule: Broken, structural: ImportIssue[]) =>
      structural.push({ sheet: grid.sheet, row: row.row, column: header(key), ...rule }),
  };
}

export type RowCells<K extends string> = ReturnType<typeof rowReader<K>>;

/** Each row of a sheet whose cells all read as their kinds and that holds more than `ignored` (its Version). */
export function* filledRows<K extends string>(grid: Grid, at: ColumnsAt<K>, errors: ImportIssue[], ignored: K) {
  for (const row of grid.rows) {
    const cells = rowReader(grid, at, row, errors);
    if (cells.failed || cells.blankBut(ignored)) continue;
    yield cells;
  }
}

/** What the rows are checked against: the agreement, its plan and months as stored, and names to ids. */
export interface ImportFacts {
  agreement: Agreement;
  now: Date;
  activities: ReadonlyMap<string, Activity>;
  organisationName: ReadonlyMap<string, string>;
  /** An organisation by name, preferring the agreement's parties and its municipality's organisations. */
  resolveOrganisation: (name: string) => Resolved;
  resolveFocusArea: (title: string) => Resolved;
  /** A problem of the lägesbild the plan answers, by title. */
  resolveProblem: (title: string) => Resolved;
  /** The causes of each problem of that lägesbild. */
  causesOf: ReadonlyMap<string, readonly string[]>;
  followUpsById: ReadonlyMap<string, FollowUpRow>;
  /** By `${activityId} ${month}`. */
  followUpAt: ReadonlyMap<string, FollowUpRow>;
  /** The agreement's closed (settled) tertials: none of their months may change. */
  closedPeriods: ReadonlySet<string>;
}
