import type { Activity, CreateActivity, Measure, PatchActivity } from '../activities/schemas.js';
import { writeActivityChange, writeNewActivity } from '../activities/service.js';
import { targetHistory } from '../activities/store.js';
import type { Agreement } from '../agreements/schemas.js';
import { periodIssue } from '../db/checks.js';
import type { Executor } from '../db/database.js';
import type { ActivityStatus } from '../db/schema.js';
import type { PutFollowUp } from '../followups/schemas.js';
import { recordableMonths, writeMonth } from '../followups/service.js';
import type { Change } from '../domain/changes.js';
import { checkActivityField, checkFollowUpField, checkMeasureField, parseCell } from './fields.js';
import {
  ACTIVITY_SHEET,
  activityColumns,
  FOLLOW_UP_SHEET,
  followUpColumns,
  STATUS_LABELS,
  type ActivityKey,
  type FollowUpKey,
  type LayoutColumn,
} from './layout.js';
import { layoutProblem, toFieldError, type Grid, type GridRow, type ImportIssue } from './reading.js';
import type { ImportChange, ImportError, ImportResult } from './schemas.js';
import { listOrganisations, loadAgreementContents, type FollowUpRow } from './store.js';
import { RowErrors } from '../domain/errors.js';

// An import, in two steps: plan (read the file against what is stored: what
// each row creates or changes, and what is wrong with it) and apply (write the
// plan through the same store functions as the JSON API, each change with its
// audit event). A dry run plans only; a real run plans and applies in one
// transaction, and only when the plan has no errors.

type Value = string | number | boolean | null;

type Write =
  | { kind: 'createActivity'; change: ImportChange; input: CreateActivity }
  | { kind: 'updateActivity'; change: ImportChange; before: Activity; patch: PatchActivity }
  | {
      kind: 'followUp';
      change: ImportChange;
      activity: Activity;
      month: string;
      input: PutFollowUp;
      existing: FollowUpRow | null;
    };

export interface ImportPlan {
  writes: Write[];
  unchanged: number;
  errors: ImportIssue[];
}

const MAX_LISTED_ERRORS = 1000;

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** A name to the one item it names among these, preferring those `preferred` says. */
function resolver<T extends { id: string }>(items: readonly T[], nameOf: (item: T) => string, what: string) {
  const byName = new Map<string, T[]>();
  for (const item of items) byName.set(normal(nameOf(item)), [...(byName.get(normal(nameOf(item))) ?? []), item]);
  return (name: string, preferred: (item: T) => boolean = () => false): { id: string } | { message: string } => {
    const found = byName.get(normal(name)) ?? [];
    if (found.length === 1) return { id: found[0]!.id };
    const narrowed = found.filter(preferred);
    if (narrowed.length === 1) return { id: narrowed[0]!.id };
    if (found.length === 0) return { message: `names no ${what} (“${name.trim()}”)` };
    return { message: `is the name of ${found.length} ${what}s; rename one of them` };
  };
}

const STATUS_BY_NAME = new Map<string, ActivityStatus>(
  (Object.entries(STATUS_LABELS) as [ActivityStatus, string][]).flatMap(([status, label]) => [
    [normal(label), status],
    [status, status],
  ]),
);

const sameMeasure = (a: Measure | null, b: Measure | null) =>
  a === b ||
  (a !== null && b !== null && a.label === b.label && a.unit === b.unit && a.monthlyTarget === b.monthlyTarget);

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The layout's columns of a grid, by index; issues for unknown, repeated and missing headers. */
function mapColumns<C extends LayoutColumn>(grid: Grid, columns: readonly C[], issues: ImportIssue[]) {
  const byHeader = new Map(columns.map((column) => [normal(column.header), column]));
  const at = new Map<C['key'], { index: number; column: C }>();
  grid.headers.forEach((header, index) => {
    if (header === '') return;
    const column = byHeader.get(normal(header));
    if (!column) {
      issues.push({
        sheet: grid.sheet,
        row: 1,
        column: header,
        message: `is not a column of ${grid.sheet} (its columns: ${columns.map((c) => c.header).join(', ')})`,
      });
    } else if (at.has(column.key)) {
      issues.push({ sheet: grid.sheet, row: 1, column: header, message: 'is there twice' });
    } else {
      at.set(column.key, { index, column });
    }
  });
  for (const column of columns) {
    if (column.required && !at.has(column.key)) {
      issues.push({ sheet: grid.sheet, row: 1, column: column.header, message: 'is missing: the import needs it' });
    }
  }
  return at;
}

/** One row's cells by key, parsed; an issue per cell that is not of its column's kind. */
function rowReader<K extends string>(
  grid: Grid,
  at: Map<K, { index: number; column: LayoutColumn<K> }>,
  row: GridRow,
  errors: ImportIssue[],
) {
  const values = new Map<K, Value>();
  let failed = false;
  for (const [key, { index, column }] of at) {
    if (column.readOnly) continue;
    const parsed = parseCell(row.cells[index] ?? null, column.kind, grid.decimalComma);
    if (parsed.ok) values.set(key, parsed.value);
    else {
      failed = true;
      errors.push({ sheet: grid.sheet, row: row.row, column: column.header, message: parsed.message });
    }
  }
  const header = (key: K) => at.get(key)?.column.header ?? key;
  return {
    failed,
    has: (key: K) => values.has(key),
    get: (key: K) => values.get(key) ?? null,
    text: (key: K) => values.get(key) as string | null | undefined,
    header,
    /** Every given column blank but these. */
    blankBut: (...keys: K[]) => [...values.entries()].every(([key, value]) => keys.includes(key) || value === null),
  };
}

export async function planImport(db: Executor, agreement: Agreement, grids: readonly Grid[], now: Date) {
  const contents = await loadAgreementContents(db, agreement.id, 'internal');
  const organisations = await listOrganisations(db);
  const organisationName = new Map(organisations.map((row) => [row.id, row.name]));
  const resolveOrganisation = resolver(organisations, (row) => row.name, 'organisation');
  const inAgreement = (row: (typeof organisations)[number]) =>
    agreement.partyIds.includes(row.id) || row.municipalityId === agreement.municipalityId;
  const resolveFocusArea = resolver(contents.focusAreas, (area) => area.title, 'focus area of this agreement');
  const activities = new Map(contents.activities.map((activity) => [activity.id, activity]));
  const followUpsById = new Map<string, FollowUpRow>();
  const followUpAt = new Map<string, FollowUpRow>();
  for (const rows of contents.followUps.values()) {
    for (const row of rows) {
      followUpsById.set(row.id, row);
      followUpAt.set(`${row.activityId} ${row.month}`, row);
    }
  }

  const structural: ImportIssue[] = [];
  const errors: ImportIssue[] = [];
  const writes: Write[] = [];
  let unchanged = 0;
  /** Activities' start and end as the import leaves them, for the months their follow-ups may have. */
  const plannedDates = new Map<string, { startDate: string | null; endDate: string | null }>();

  const activityGrid = grids.find((grid) => grid.sheet === ACTIVITY_SHEET);
  const followUpGrid = grids.find((grid) => grid.sheet === FOLLOW_UP_SHEET);
  const activityAt = activityGrid ? mapColumns(activityGrid, activityColumns, structural) : null;
  const followUpAt_ = followUpGrid ? mapColumns(followUpGrid, followUpColumns, structural) : null;
  if (structural.length > 0)
    throw layoutProblem('The file does not have the layout of the export; see errors.', structural);

  if (activityGrid && activityAt) {
    const seen = new Map<string, number>();
    for (const row of activityGrid.rows) {
      const cells = rowReader<ActivityKey>(activityGrid, activityAt, row, errors);
      if (cells.failed) continue;
      if (cells.blankBut('version')) continue;
      const issue = (key: ActivityKey, message: string) =>
        errors.push({ sheet: ACTIVITY_SHEET, row: row.row, column: cells.header(key), message });
      const errorsBefore = errors.length;
      const id = cells.get('id') as string | null;
      const current = id === null ? null : (activities.get(id) ?? null);
      if (id !== null && !current) {
        structural.push({
          sheet: ACTIVITY_SHEET,
          row: row.row,
          column: cells.header('id'),
          message: 'names no activity of this agreement',
        });
        continue;
      }
      if (id !== null) {
        const earlier = seen.get(id);
        if (earlier !== undefined) {
          issue('id', `is the same activity as on row ${earlier}`);
          continue;
        }
        seen.set(id, row.row);
      }

      // Each given column to the field it sets, checked as the JSON API checks it.
      const fields: Partial<CreateActivity> = {};
      const changed: string[] = [];
      const set = <F extends keyof CreateActivity>(
        key: ActivityKey,
        field: F,
        value: CreateActivity[F],
        same: boolean,
      ) => {
        if (current && same) return;
        const message = checkActivityField(field, value);
        if (message) return issue(key, message);
        fields[field] = value;
        // A new activity names the columns it fills in.
        if (current || !(value === null || value === '' || (Array.isArray(value) && value.length === 0))) {
          changed.push(cells.header(key));
        }
      };
      const required = (key: ActivityKey) => {
        const value = cells.text(key);
        if (value === null || value === undefined)
          issue(key, current ? 'must not be blank' : 'is needed to add an activity');
        return value ?? null;
      };

      if (cells.has('focusArea') || !current) {
        const title = required('focusArea');
        if (title !== null) {
          const found = resolveFocusArea(title);
          if ('message' in found) issue('focusArea', found.message);
          else set('focusArea', 'focusAreaId', found.id, found.id === current?.focusAreaId);
        }
      }
      if (cells.has('title') || !current) {
        const title = required('title');
        if (title !== null) set('title', 'title', title, title === current?.title);
      }
      if (cells.has('description')) {
        const description = cells.text('description') ?? '';
        set('description', 'description', description, description === current?.description);
      }
      if (cells.has('lead') || !current) {
        const name = required('lead');
        const currentName = current ? (organisationName.get(current.leadOrganisationId) ?? '') : null;
        if (name !== null && (currentName === null || normal(name) !== normal(currentName))) {
          const found = resolveOrganisation(name, inAgreement);
          if ('message' in found) issue('lead', found.message);
          else set('lead', 'leadOrganisationId', found.id, found.id === current?.leadOrganisationId);
        }
      }
      if (cells.has('partners')) {
        const names = (cells.text('partners') ?? '')
          .split(';')
          .map((name) => name.trim())
          .filter((name) => name !== '');
        const ids: string[] = [];
        let unknown = false;
        for (const name of names) {
          // A partner named as stored is that partner, even where another organisation has the same name.
          const known = current?.partnerOrganisationIds.find(
            (partnerId) => normal(organisationName.get(partnerId) ?? '') === normal(name),
          );
          const found = known ? { id: known } : resolveOrganisation(name, inAgreement);
          if ('message' in found) {
            unknown = true;
            issue('partners', found.message);
          } else if (!ids.includes(found.id)) ids.push(found.id);
        }
        if (!unknown) {
          set(
            'partners',
            'partnerOrganisationIds',
            ids,
            current !== null && sameSet(ids, current.partnerOrganisationIds),
          );
        }
      }
      if (cells.has('area')) {
        const area = cells.text('area') ?? null;
        set('area', 'area', area, area === current?.area);
      }
      for (const key of ['startDate', 'endDate'] as const) {
        if (!cells.has(key)) continue;
        const date = cells.text(key) ?? null;
        set(key, key, date, date === current?.[key]);
      }
      if (cells.has('status')) {
        const name = cells.text('status');
        if (name === null || name === undefined) {
          if (current) issue('status', `must be one of ${Object.values(STATUS_LABELS).join(', ')}`);
        } else {
          const status = STATUS_BY_NAME.get(normal(name));
          if (!status) issue('status', `must be one of ${Object.values(STATUS_LABELS).join(', ')}`);
          else set('status', 'status', status, status === current?.status);
        }
      }
      if (cells.has('comment')) {
        const comment = cells.text('comment') ?? '';
        set('comment', 'comment', comment, comment === current?.comment);
      }
      const measureKeys = ['measureLabel', 'measureUnit', 'monthlyTarget'] as const;
      if (measureKeys.some((key) => cells.has(key))) {
        const was = current?.measure ?? null;
        const part = <T>(key: (typeof measureKeys)[number], stored: T | null): T | null =>
          cells.has(key) ? (cells.get(key) as T | null) : stored;
        const label = part<string>('measureLabel', was?.label ?? null);
        const unit = part<string>('measureUnit', was?.unit ?? null);
        const monthlyTarget = part<number>('monthlyTarget', was?.monthlyTarget ?? null);
        const parts = [label, unit, monthlyTarget];
        const given = measureKeys.filter((key) => cells.has(key)).map((key) => cells.header(key));
        if (parts.every((value) => value === null)) {
          if (was !== null) {
            fields.measure = null;
            changed.push(...given);
          }
        } else if (parts.some((value) => value === null)) {
          issue(
            measureKeys[parts.findIndex((value) => value === null)]!,
            'is needed with the other measure columns (Mått, Enhet and Mål per månad go together)',
          );
        } else {
          const measure = { label: label!, unit: unit!, monthlyTarget: monthlyTarget! };
          const fieldNames = ['label', 'unit', 'monthlyTarget'] as const;
          const messages = fieldNames.map((field) => checkMeasureField(field, measure[field]));
          messages.forEach((message, index) => message && issue(measureKeys[index]!, message));
          if (messages.every((message) => message === null) && !sameMeasure(measure, was)) {
            fields.measure = measure;
            changed.push(...given);
          }
        }
      }
      for (const key of ['shared', 'published'] as const) {
        if (!cells.has(key)) continue;
        const value = cells.get(key) as boolean | null;
        if (value === null) {
          if (current) issue(key, 'must be Ja or Nej');
          continue;
        }
        set(key, key, value, value === current?.[key]);
      }
      const startDate = fields.startDate !== undefined ? fields.startDate : (current?.startDate ?? null);
      const endDate = fields.endDate !== undefined ? fields.endDate : (current?.endDate ?? null);
      const period = startDate && endDate ? periodIssue(startDate, endDate) : null;
      if (period !== null) issue(cells.has('endDate') ? 'endDate' : 'startDate', period);
      if (errors.length > errorsBefore) continue;

      if (!current) {
        const input: CreateActivity = {
          ...fields,
          agreementId: agreement.id,
          focusAreaId: fields.focusAreaId!,
          title: fields.title!,
          leadOrganisationId: fields.leadOrganisationId!,
        };
        writes.push({
          kind: 'createActivity',
          change: {
            sheet: ACTIVITY_SHEET,
            row: row.row,
            action: 'create',
            itemId: null,
            label: input.title,
            fields: changed,
          },
          input,
        });
        continue;
      }
      plannedDates.set(current.id, { startDate, endDate });
      if (changed.length === 0) {
        unchanged++;
        continue;
      }
      const version = cells.get('version') as number | null;
      if (version !== null && version !== current.version) {
        issue(
          'version',
          `was ${version} when exported; the activity has changed in Löfteskollen since (now version ${current.version}): export again`,
        );
        continue;
      }
      writes.push({
        kind: 'updateActivity',
        change: {
          sheet: ACTIVITY_SHEET,
          row: row.row,
          action: 'update',
          itemId: current.id,
          label: fields.title ?? current.title,
          fields: changed,
        },
        before: current,
        patch: fields,
      });
    }
  }

  if (followUpGrid && followUpAt_) {
    const seen = new Map<string, number>();
    for (const row of followUpGrid.rows) {
      const cells = rowReader<FollowUpKey>(followUpGrid, followUpAt_, row, errors);
      if (cells.failed) continue;
      if (cells.blankBut('version')) continue;
      const issue = (key: FollowUpKey, message: string) =>
        errors.push({ sheet: FOLLOW_UP_SHEET, row: row.row, column: cells.header(key), message });
      const activityId = cells.get('activityId') as string | null;
      if (activityId === null) {
        issue('activityId', 'needs the activity’s id');
        continue;
      }
      const activity = activities.get(activityId);
      if (!activity) {
        structural.push({
          sheet: FOLLOW_UP_SHEET,
          row: row.row,
          column: cells.header('activityId'),
          message: 'names no activity of this agreement',
        });
        continue;
      }
      const id = cells.get('id') as string | null;
      const named = id === null ? null : (followUpsById.get(id) ?? null);
      if (id !== null && !named) {
        structural.push({
          sheet: FOLLOW_UP_SHEET,
          row: row.row,
          column: cells.header('id'),
          message: 'names no follow-up of this agreement',
        });
        continue;
      }
      const month = cells.get('month') as string | null;
      if (month === null) {
        issue('month', 'needs the month (YYYY-MM)');
        continue;
      }
      const key = `${activity.id} ${month}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        issue('month', `is the same activity and month as on row ${earlier}`);
        continue;
      }
      seen.set(key, row.row);
      const existing = followUpAt.get(key) ?? null;
      if (named && named !== existing) {
        issue('id', 'is the follow-up of another activity or month');
        continue;
      }

      const errorsBefore = errors.length;
      const outcome = cells.has('outcome') ? (cells.get('outcome') as number | null) : undefined;
      const comment = cells.has('comment') ? (cells.text('comment') ?? '') : undefined;
      const internalNote = cells.has('internalNote') ? (cells.text('internalNote') ?? '') : undefined;
      for (const [field, value, column] of [
        ['outcome', outcome, 'outcome'],
        ['comment', comment, 'comment'],
        ['internalNote', internalNote, 'internalNote'],
      ] as const) {
        if (value === undefined) continue;
        const message = checkFollowUpField(field, value);
        if (message) issue(column, message);
      }
      if (errors.length > errorsBefore) continue;

      const changed: string[] = [];
      if (outcome !== undefined && outcome !== (existing?.outcome ?? null)) changed.push(cells.header('outcome'));
      if (comment !== undefined && comment !== (existing?.comment ?? '')) changed.push(cells.header('comment'));
      if (internalNote !== undefined && internalNote !== (existing?.internalNote ?? '')) {
        changed.push(cells.header('internalNote'));
      }
      // A month not recorded, left blank, records nothing; a recorded one left as it is changes nothing.
      if (changed.length === 0) {
        unchanged++;
        continue;
      }
      // As the JSON API: only the months of the agreement and the activity, up to this one.
      const { first, last } = recordableMonths(agreement, plannedDates.get(activity.id) ?? activity, now);
      if (month < first || month > last) {
        issue(
          'month',
          first > last
            ? 'cannot be recorded: no month of this activity can be yet'
            : `cannot be recorded: the activity’s months are ${first} to ${last}`,
        );
        continue;
      }
      const version = cells.get('version') as number | null;
      if (existing && version !== null && version !== existing.version) {
        issue(
          'version',
          version === 0
            ? 'says the month was not recorded when exported; it has been recorded in Löfteskollen since: export again'
            : `was ${version} when exported; the month has changed in Löfteskollen since (now version ${existing.version}): export again`,
        );
        continue;
      }
      const input: PutFollowUp = {
        outcome: outcome !== undefined ? outcome : (existing?.outcome ?? null),
        ...(comment === undefined ? {} : { comment }),
        ...(internalNote === undefined ? {} : { internalNote }),
      };
      writes.push({
        kind: 'followUp',
        change: {
          sheet: FOLLOW_UP_SHEET,
          row: row.row,
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
  }

  if (structural.length > 0) {
    throw layoutProblem('The file names items that are not this agreement’s; see errors.', structural);
  }
  return { writes, unchanged, errors } satisfies ImportPlan;
}

/** The answer of a planned import: what it creates, changes and leaves, and its errors. */
export function importResult(plan: ImportPlan, dryRun: boolean): ImportResult {
  const changes = plan.writes.map((write) => write.change);
  const errors: ImportError[] = plan.errors.slice(0, MAX_LISTED_ERRORS).map((issue) => ({
    sheet: issue.sheet,
    row: issue.row ?? 1,
    column: issue.column,
    message: issue.message,
  }));
  if (plan.errors.length > MAX_LISTED_ERRORS) {
    const last = errors.at(-1)!;
    errors.push({ ...last, column: null, message: `and ${plan.errors.length - MAX_LISTED_ERRORS} more errors` });
  }
  return {
    dryRun,
    created: changes.filter((change) => change.action === 'create').length,
    updated: changes.filter((change) => change.action === 'update').length,
    unchanged: plan.unchanged,
    changes,
    errors,
  };
}

/** A real run with row errors: 422, nothing written, the errors as field errors pointing at /sheet/row/column. */
export function rowErrorsProblem(plan: ImportPlan): RowErrors {
  const listed = plan.errors.slice(0, MAX_LISTED_ERRORS);
  return new RowErrors(
    `${plan.errors.length} row error(s): nothing was imported. Correct them (a dry run lists them) and import again.`,
    listed.map(toFieldError),
  );
}

/**
 * Writes a plan without errors within one change: activities first, then
 * months, each through the service function the JSON API writes with (the
 * version check, the target history, one audit event per change).
 */
export async function applyImport(change: Change, plan: ImportPlan, municipalityId: string): Promise<void> {
  const after = new Map<string, Activity>();
  for (const write of plan.writes) {
    if (write.kind === 'createActivity') {
      write.change.itemId = (await writeNewActivity(change, municipalityId, write.input)).id;
    } else if (write.kind === 'updateActivity') {
      const updated = await writeActivityChange(
        change,
        municipalityId,
        write.before,
        write.before.version,
        write.patch,
      );
      after.set(updated.id, updated);
    }
  }
  const monthWrites = plan.writes.filter((write) => write.kind === 'followUp');
  if (monthWrites.length === 0) return;
  const targets = await targetHistory(change.trx, [...new Set(monthWrites.map((write) => write.activity.id))]);
  for (const write of monthWrites) {
    const activity = after.get(write.activity.id) ?? write.activity;
    const measured = activity.measure ? (targets.get(activity.id) ?? []) : [];
    const written = await writeMonth(
      change,
      { activity, municipalityId, month: write.month, targets: measured },
      write.input,
      write.existing && { row: write.existing, version: write.existing.version },
    );
    write.change.itemId = written.id;
  }
}
