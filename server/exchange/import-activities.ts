import type { Activity, CreateActivity, Measure } from '../activities/schemas.js';
import { periodIssue } from '../db/checks.js';
import type { ActivityStatus } from '../db/schema.js';
import { measureIssues, sameMeasure } from '../activities/service.js';
import { sameMonthTargets } from '../progress/progress.js';
import { checkActivityField, checkMeasureField, parseMonthTargets } from './fields.js';
import {
  changedSince,
  filledRows,
  normal,
  type ColumnsAt,
  type ImportFacts,
  type PlanDraft,
  type RowCells,
} from './import-rows.js';
import { ACTIVITY_SHEET, STATUS_LABELS, type ActivityKey } from './layout.js';
import type { Grid, ImportIssue } from './reading.js';
import type { ImportChange } from './schemas.js';
import { broken, type Broken } from '../domain/field-rules.js';

// The sheet Aktivitetsplan: each row adds an activity (no Id) or changes the
// one its Id names. Each column is mapped to the field it sets by a small
// mapper of its own, checked as the JSON API checks that field; the writes go
// through the activities service (see applyImport).

/** A row on its way to a write: the activity it changes (null: a new one), the fields set and the columns naming them. */
interface ActivityDraft {
  cells: RowCells<ActivityKey>;
  current: Activity | null;
  fields: Partial<CreateActivity>;
  changed: string[];
}

/** A column (or columns) of the sheet to the field it sets: an issue, or the field in the draft. */
type ColumnMapper = (draft: ActivityDraft, facts: ImportFacts) => void;

/** Sets a field checked against the JSON API's schema, unless it is what the activity already has. */
function set<F extends keyof CreateActivity>(
  draft: ActivityDraft,
  key: ActivityKey,
  field: F,
  value: CreateActivity[F],
  same: boolean,
) {
  const { cells, current } = draft;
  if (current && same) return;
  const issue = checkActivityField(field, value);
  if (issue) {
    cells.issue(key, issue);
    return;
  }
  draft.fields[field] = value;
  // A new activity names the columns it fills in.
  if (current || !(value === null || value === '' || (Array.isArray(value) && value.length === 0))) {
    draft.changed.push(cells.header(key));
  }
}

/** The text of a column an activity cannot do without; null (and an issue) when blank. */
function required(draft: ActivityDraft, key: ActivityKey): string | null {
  const value = draft.cells.text(key);
  if (value === null || value === undefined) {
    draft.cells.issue(key, draft.current ? broken('blank') : broken('needed-for-new'));
  }
  return value ?? null;
}

/** Whether the row sets this column: a new activity always sets the ones it needs. */
const givenOrNew = (draft: ActivityDraft, key: ActivityKey) => draft.cells.has(key) || !draft.current;

const focusAreaColumn: ColumnMapper = (draft, facts) => {
  if (!givenOrNew(draft, 'focusArea')) return;
  const title = required(draft, 'focusArea');
  if (title === null) return;
  const found = facts.resolveFocusArea(title);
  if ('issue' in found) draft.cells.issue('focusArea', found.issue);
  else set(draft, 'focusArea', 'focusAreaId', found.id, found.id === draft.current?.focusAreaId);
};

const titleColumn: ColumnMapper = (draft) => {
  if (!givenOrNew(draft, 'title')) return;
  const title = required(draft, 'title');
  if (title !== null) set(draft, 'title', 'title', title, title === draft.current?.title);
};

type OptionalField = 'description' | 'comment' | 'area' | 'startDate' | 'endDate';

/** A column whose blank cell clears its field: to '' (text) or null (area, dates). */
const optionalColumn =
  (key: OptionalField, blank: '' | null): ColumnMapper =>
  (draft) => {
    if (!draft.cells.has(key)) return;
    const value = (draft.cells.text(key) ?? blank) as CreateActivity[OptionalField];
    set(draft, key, key, value, value === draft.current?.[key]);
  };

const leadColumn: ColumnMapper = (draft, facts) => {
  const { current } = draft;
  if (!givenOrNew(draft, 'lead')) return;
  const name = required(draft, 'lead');
  const currentName = current ? (facts.organisationName.get(current.leadOrganisationId) ?? '') : null;
  // The lead named as stored stays, even where another organisation has the same name.
  if (name === null || (currentName !== null && normal(name) === normal(currentName))) return;
  const found = facts.resolveOrganisation(name);
  if ('issue' in found) draft.cells.issue('lead', found.issue);
  else set(draft, 'lead', 'leadOrganisationId', found.id, found.id === current?.leadOrganisationId);
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

const partnersColumn: ColumnMapper = (draft, facts) => {
  const { cells, current } = draft;
  if (!cells.has('partners')) return;
  const names = (cells.text('partners') ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const ids: string[] = [];
  let unknown = false;
  for (const name of names) {
    // A partner named as stored is that partner, even where another organisation has the same name.
    const known = current?.partnerOrganisationIds.find(
      (partnerId) => normal(facts.organisationName.get(partnerId) ?? '') === normal(name),
    );
    const found = known ? { id: known } : facts.resolveOrganisation(name);
    if ('issue' in found) {
      unknown = true;
      cells.issue('partners', found.issue);
    } else if (!ids.includes(found.id)) ids.push(found.id);
  }
  if (unknown) return;
  set(
    draft,
    'partners',
    'partnerOrganisationIds',
    ids,
    current !== null && sameSet(ids, current.partnerOrganisationIds),
  );
};

const STATUS_BY_NAME = new Map<string, ActivityStatus>(
  (Object.entries(STATUS_LABELS) as [ActivityStatus, string][]).flatMap(([status, label]) => [
    [normal(label), status],
    [status, status],
  ]),
);
const NOT_A_STATUS = broken('one-of', { allowed: Object.values(STATUS_LABELS).join(', ') });

const statusColumn: ColumnMapper = (draft) => {
  const { cells, current } = draft;
  if (!cells.has('status')) return;
  const name = cells.text('status');
  if (name === null || name === undefined) {
    if (current) cells.issue('status', NOT_A_STATUS);
    return;
  }
  const status = STATUS_BY_NAME.get(normal(name));
  if (!status) cells.issue('status', NOT_A_STATUS);
  else set(draft, 'status', 'status', status, status === current?.status);
};

const MEASURE_KEYS = ['measureLabel', 'measureUnit', 'monthlyTarget'] as const;
const MEASURE_FIELDS = ['label', 'unit', 'monthlyTarget'] as const;

/** Mål för vissa månader as the row leaves them (a column left out keeps them); undefined when the cell cannot be read. */
function monthTargetsOf({ cells, current }: ActivityDraft): Record<string, number> | undefined {
  if (!cells.has('monthTargets')) return { ...current?.measure?.monthTargets };
  const parsed = parseMonthTargets(cells.text('monthTargets') ?? null);
  if (parsed.ok) return parsed.value;
  cells.issue('monthTargets', parsed.rule);
  return undefined;
}

/** Whether the measure keeps the JSON API's rules and its unit's (a count takes whole numbers); an issue for each it breaks. */
function measureFits(draft: ActivityDraft, measure: Measure): boolean {
  const { cells } = draft;
  let valid = true;
  const issue = (key: ActivityKey, rule: Broken) => {
    valid = false;
    cells.issue(key, rule);
  };
  MEASURE_FIELDS.forEach((field, index) => {
    const rule = checkMeasureField(field, measure[field]);
    if (rule) issue(MEASURE_KEYS[index]!, rule);
  });
  const monthTargets = checkMeasureField('monthTargets', measure.monthTargets ?? {});
  if (monthTargets) issue('monthTargets', monthTargets);
  if (!valid) return false;
  for (const { path, rule } of measureIssues(measure)) {
    issue(path === '/monthlyTarget' ? 'monthlyTarget' : 'monthTargets', rule);
  }
  return valid;
}

/**
 * Mått, Enhet and Mål per månad: one measure, all three or none, with Mål för
 * vissa månader if it has any; a column left out keeps its part.
 */
const measureColumns: ColumnMapper = (draft) => {
  const { cells, fields, changed } = draft;
  const keys = [...MEASURE_KEYS, 'monthTargets'] as const;
  if (!keys.some((key) => cells.has(key))) return;
  const was = draft.current?.measure ?? null;
  const parts = MEASURE_KEYS.map((key, index) =>
    cells.has(key) ? cells.get(key) : (was?.[MEASURE_FIELDS[index]!] ?? null),
  );
  const monthTargets = monthTargetsOf(draft);
  if (monthTargets === undefined) return;
  // Mål för vissa månader is named only where it changes: most rows leave it blank.
  const given = keys
    .filter((key) => cells.has(key))
    .filter((key) => key !== 'monthTargets' || !sameMonthTargets(monthTargets, was?.monthTargets))
    .map((key) => cells.header(key));
  if (parts.every((value) => value === null)) {
    if (Object.keys(monthTargets).length > 0) {
      cells.issue('monthTargets', broken('measure-needed'));
    } else if (was !== null) {
      fields.measure = null;
      changed.push(...given);
    }
    return;
  }
  const missing = parts.findIndex((value) => value === null);
  if (missing >= 0) {
    cells.issue(MEASURE_KEYS[missing]!, broken('measure-incomplete'));
    return;
  }
  const measure: Measure = {
    label: parts[0] as string,
    unit: parts[1] as string,
    monthlyTarget: parts[2] as number,
    ...(Object.keys(monthTargets).length > 0 ? { monthTargets } : {}),
  };
  // A measure as stored stays (one stored before the whole-number rule too), as the activities service keeps it.
  if (!sameMeasure(measure, was) && measureFits(draft, measure)) {
    fields.measure = measure;
    changed.push(...given);
  }
};

/**
 * Problem: the titles of the problems the activity acts on, of the lägesbild its
 * plan answers, separated by semicolons. The causes it acts on stay but for
 * those of problems the row leaves out, which go with them.
 */
const problemsColumn: ColumnMapper = (draft, facts) => {
  const { cells, current } = draft;
  if (!cells.has('problems')) return;
  const titles = (cells.text('problems') ?? '')
    .split(';')
    .map((title) => title.trim())
    .filter((title) => title !== '');
  const ids: string[] = [];
  let unknown = false;
  for (const title of titles) {
    const found = facts.resolveProblem(title);
    if ('issue' in found) {
      unknown = true;
      cells.issue('problems', found.issue);
    } else if (!ids.includes(found.id)) ids.push(found.id);
  }
  if (unknown) return;
  const same = current !== null && sameSet(ids, current.problemIds);
  set(draft, 'problems', 'problemIds', ids, same);
  if (current && !same) {
    const kept = current.causeIds.filter((causeId) => ids.some((id) => facts.causesOf.get(id)?.includes(causeId)));
    if (kept.length !== current.causeIds.length) draft.fields.causeIds = kept;
  }
};

/** Delad, Publicerad: Ja or Nej. */
const flagColumn =
  (key: 'shared' | 'published'): ColumnMapper =>
  (draft) => {
    const { cells, current } = draft;
    if (!cells.has(key)) return;
    const value = cells.get(key) as boolean | null;
    if (value === null) {
      if (current) cells.issue(key, broken('yes-or-no'));
      return;
    }
    set(draft, key, key, value, value === current?.[key]);
  };

/** The activity's start and end as the row leaves them. */
function plannedPeriod({ fields, current }: ActivityDraft) {
  return {
    startDate: fields.startDate !== undefined ? fields.startDate : (current?.startDate ?? null),
    endDate: fields.endDate !== undefined ? fields.endDate : (current?.endDate ?? null),
  };
}

/** The period rule of the store (periodIssue), on the period as the row leaves it. */
const periodColumns: ColumnMapper = (draft) => {
  const { startDate, endDate } = plannedPeriod(draft);
  const period = startDate && endDate ? periodIssue(startDate, endDate) : null;
  if (period !== null) draft.cells.issue(draft.cells.has('endDate') ? 'endDate' : 'startDate', period);
};

/** The sheet's columns, in the order their issues and changed columns are listed. */
const ACTIVITY_COLUMNS: readonly ColumnMapper[] = [
  focusAreaColumn,
  titleColumn,
  optionalColumn('description', ''),
  leadColumn,
  partnersColumn,
  optionalColumn('area', null),
  optionalColumn('startDate', null),
  optionalColumn('endDate', null),
  statusColumn,
  optionalColumn('comment', ''),
  measureColumns,
  flagColumn('shared'),
  flagColumn('published'),
  problemsColumn,
  periodColumns,
];

/** The activity a row changes (null: it adds one), or undefined when its Id cannot be taken. */
function activityOfRow(
  cells: RowCells<ActivityKey>,
  facts: ImportFacts,
  structural: ImportIssue[],
  seen: Map<string, number>,
): Activity | null | undefined {
  const id = cells.get('id') as string | null;
  if (id === null) return null;
  const current = facts.activities.get(id);
  if (!current) {
    cells.foreign('id', broken('unknown-reference', { item: 'activity' }), structural);
    return undefined;
  }
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    cells.issue('id', broken('duplicate-row', { row: earlier }));
    return undefined;
  }
  seen.set(id, cells.row);
  return current;
}

/** A row without errors as its write: a new activity, a change from the version exported, or nothing. */
function planActivityWrite(draft: ActivityDraft, agreementId: string, plan: PlanDraft) {
  const { cells, current, fields, changed } = draft;
  const change = (action: ImportChange['action'], itemId: string | null, label: string): ImportChange => ({
    sheet: ACTIVITY_SHEET,
    row: cells.row,
    action,
    itemId,
    label,
    fields: changed,
  });
  if (!current) {
    const input: CreateActivity = {
      ...fields,
      agreementId,
      focusAreaId: fields.focusAreaId!,
      title: fields.title!,
      leadOrganisationId: fields.leadOrganisationId!,
    };
    plan.writes.push({ kind: 'createActivity', change: change('create', null, input.title), input });
    return;
  }
  plan.planned.set(current.id, {
    ...plannedPeriod(draft),
    measure: fields.measure !== undefined ? fields.measure : current.measure,
  });
  if (changed.length === 0) {
    plan.unchanged++;
    return;
  }
  const version = cells.get('version') as number | null;
  if (version !== null && version !== current.version) {
    cells.issue('version', changedSince(version, current.version));
    return;
  }
  const label = fields.title ?? current.title;
  plan.writes.push({
    kind: 'updateActivity',
    change: change('update', current.id, label),
    before: current,
    patch: fields,
  });
}

/** Plans the sheet Aktivitetsplan: its writes, unchanged rows and errors into the plan. */
export function planActivities(grid: Grid, at: ColumnsAt<ActivityKey>, facts: ImportFacts, plan: PlanDraft): void {
  const seen = new Map<string, number>();
  for (const cells of filledRows(grid, at, plan.errors, 'version')) {
    const current = activityOfRow(cells, facts, plan.structural, seen);
    if (current === undefined) continue;
    const draft: ActivityDraft = { cells, current, fields: {}, changed: [] };
    const errorsBefore = plan.errors.length;
    for (const mapColumn of ACTIVITY_COLUMNS) mapColumn(draft, facts);
    if (plan.errors.length > errorsBefore) continue;
    planActivityWrite(draft, facts.agreement.id, plan);
  }
}
