import type { Activity, Measure } from '../activities/schemas.js';
import { outcomeIssue } from '../activities/service.js';
import type { PutFollowUp } from '../followups/schemas.js';
import { isRecordable, recordableMonths } from '../followups/service.js';
import { checkFollowUpField } from './fields.js';
import {
  changedSince,
  filledRows,
  type ColumnsAt,
  type ImportFacts,
  type PlanDraft,
  type RowCells,
} from './import-rows.js';
import { FOLLOW_UP_SHEET, type FollowUpKey } from './layout.js';
import type { Grid, ImportIssue } from './reading.js';
import type { FollowUpRow } from './store.js';
import { broken } from '../domain/field-rules.js';
import { closedTertialOf } from '../periods/service.js';

// The sheet Uppföljning: each row records a month of an activity, or corrects
// the month recorded. Which months may be recorded is the follow-ups
// service's month rule; the writes go through its writeMonth (see applyImport).

type Cells = RowCells<FollowUpKey>;

/** The month a row is about: its activity, and what is recorded for it. */
interface MonthOfRow {
  activity: Activity;
  month: string;
  existing: FollowUpRow | null;
}

/** The values a row gives; undefined for a column left out. */
interface MonthValues {
  outcome: number | null | undefined;
  comment: string | undefined;
  internalNote: string | undefined;
}

/** The activity and month a row names, or null when they cannot be taken (an issue says why). */
function monthOfRow(
  cells: Cells,
  facts: ImportFacts,
  structural: ImportIssue[],
  seen: Map<string, number>,
): MonthOfRow | null {
  const activityId = cells.get('activityId') as string | null;
  if (activityId === null) {
    cells.issue('activityId', broken('required'));
    return null;
  }
  const activity = facts.activities.get(activityId);
  if (!activity) {
    cells.foreign('activityId', broken('unknown-reference', { item: 'activity' }), structural);
    return null;
  }
  const id = cells.get('id') as string | null;
  const named = id === null ? null : (facts.followUpsById.get(id) ?? null);
  if (id !== null && !named) {
    cells.foreign('id', broken('unknown-reference', { item: 'followUp' }), structural);
    return null;
  }
  const month = cells.get('month') as string | null;
  if (month === null) {
    cells.issue('month', broken('required'));
    return null;
  }
  const key = `${activity.id} ${month}`;
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    cells.issue('month', broken('duplicate-row', { row: earlier }));
    return null;
  }
  seen.set(key, cells.row);
  const existing = facts.followUpAt.get(key) ?? null;
  if (named && named !== existing) {
    cells.issue('id', broken('other-follow-up'));
    return null;
  }
  return { activity, month, existing };
}

/**
 * Utfall, Kommentar and Intern anteckning, checked as the JSON API checks them
 * (a changed outcome by the measure as the import leaves it); null when one breaks a rule.
 */
function monthValues(cells: Cells, measure: Measure | null, existing: FollowUpRow | null): MonthValues | null {
  const values: MonthValues = {
    outcome: cells.has('outcome') ? (cells.get('outcome') as number | null) : undefined,
    comment: cells.has('comment') ? (cells.text('comment') ?? '') : undefined,
    internalNote: cells.has('internalNote') ? (cells.text('internalNote') ?? '') : undefined,
  };
  let valid = true;
  for (const field of ['outcome', 'comment', 'internalNote'] as const) {
    if (values[field] === undefined) continue;
    const issue =
      checkFollowUpField(field, values[field]) ??
      (field === 'outcome' ? outcomeIssue(measure, values.outcome ?? null, existing?.outcome) : null);
    if (issue) {
      valid = false;
      cells.issue(field, issue);
    }
  }
  return valid ? values : null;
}

/** The columns whose values differ from what is recorded (a month not recorded: null outcome, blank texts). */
function changedColumns(cells: Cells, values: MonthValues, existing: FollowUpRow | null): string[] {
  const changed: string[] = [];
  const { outcome, comment, internalNote } = values;
  if (outcome !== undefined && outcome !== (existing?.outcome ?? null)) changed.push(cells.header('outcome'));
  if (comment !== undefined && comment !== (existing?.comment ?? '')) changed.push(cells.header('comment'));
  if (internalNote !== undefined && internalNote !== (existing?.internalNote ?? '')) {
    changed.push(cells.header('internalNote'));
  }
  return changed;
}

/** Why the month cannot be written as the row has it (the month rule, or a version since changed); null if it can. */
function monthIssue(cells: Cells, { activity, month, existing }: MonthOfRow, facts: ImportFacts, plan: PlanDraft) {
  // As the JSON API: only the months of the agreement and the activity, up to this one.
  const months = recordableMonths(facts.agreement, plan.planned.get(activity.id) ?? activity, facts.now);
  if (!isRecordable(month, months)) {
    return { key: 'month' as const, rule: broken('month-not-recordable', { first: months.first, last: months.last }) };
  }
  // As the JSON API: a settled tertial changes no more until an editor reopens it.
  const period = closedTertialOf(facts.closedPeriods, month);
  if (period) return { key: 'month' as const, rule: broken('period-closed', { period }) };
  const version = cells.get('version') as number | null;
  if (existing && version !== null && version !== existing.version) {
    return { key: 'version' as const, rule: changedSince(version, existing.version) };
  }
  return null;
}

/** A row without errors as its write: the month recorded or corrected, or nothing. */
function planMonthWrite(cells: Cells, target: MonthOfRow, values: MonthValues, facts: ImportFacts, plan: PlanDraft) {
  const { activity, month, existing } = target;
  const changed = changedColumns(cells, values, existing);
  // A month not recorded, left blank, records nothing; a recorded one left as it is changes nothing.
  if (changed.length === 0) {
    plan.unchanged++;
    return;
  }
  const issue = monthIssue(cells, target, facts, plan);
  if (issue) {
    cells.issue(issue.key, issue.rule);
    return;
  }
  const { outcome, comment, internalNote } = values;
  const input: PutFollowUp = {
    outcome: outcome !== undefined ? outcome : (existing?.outcome ?? null),
    ...(comment === undefined ? {} : { comment }),
    ...(internalNote === undefined ? {} : { internalNote }),
  };
  plan.writes.push({
    kind: 'followUp',
    change: {
      sheet: FOLLOW_UP_SHEET,
      row: cells.row,
      action: existing ? 'update' : 'create',
      itemId: existing?.id ?? null,
      label: `${activity.title} ${month}`,
      fields: changed,
    },
    activity,
    month,
    input,
    existing,
  });
}

/**
 * Plans the sheet Uppföljning: its writes, unchanged rows and errors into the
 * plan. After the activities: a month follows its activity's period as the
 * import leaves it.
 */
export function planFollowUps(grid: Grid, at: ColumnsAt<FollowUpKey>, facts: ImportFacts, plan: PlanDraft): void {
  const seen = new Map<string, number>();
  for (const cells of filledRows(grid, at, plan.errors, 'version')) {
    const target = monthOfRow(cells, facts, plan.structural, seen);
    if (!target) continue;
    const { measure } = plan.planned.get(target.activity.id) ?? target.activity;
    const values = monthValues(cells, measure, target.existing);
    if (values) planMonthWrite(cells, target, values, facts, plan);
  }
}
