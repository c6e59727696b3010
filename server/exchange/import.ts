import type { Activity } from '../activities/schemas.js';
import { writeActivityChange, writeNewActivity } from '../activities/service.js';
import type { Agreement } from '../agreements/schemas.js';
import type { Executor } from '../db/database.js';
import type { Change } from '../domain/changes.js';
import { RowErrors } from '../domain/errors.js';
import { measuredTargetsOf, writeMonth } from '../followups/service.js';
import { planActivities } from './import-activities.js';
import { planFollowUps } from './import-followups.js';
import {
  emptyPlan,
  mapColumns,
  resolver,
  type FollowUpWrite,
  type ImportFacts,
  type ImportPlan,
} from './import-rows.js';
import { ACTIVITY_SHEET, activityColumns, FOLLOW_UP_SHEET, followUpColumns } from './layout.js';
import { clippedRule, layoutProblem, toFieldError, type Grid, type ImportIssue } from './reading.js';
import type { ImportError, ImportResult } from './schemas.js';
import { listOrganisations, loadAgreementContents, type FollowUpRow } from './store.js';
import { listProblems } from '../situations/store.js';
import { broken } from '../domain/field-rules.js';
import { closedTertials } from '../periods/service.js';

// An import, in two steps: plan (read the file against what is stored: what
// each row creates or changes, and what is wrong with it; one planner per
// sheet) and apply (write the plan through the same service functions as the
// JSON API, each change with its audit event). A dry run plans only; a real
// run plans and applies in one transaction, and only when the plan has no errors.

export type { ImportPlan };

const MAX_LISTED_ERRORS = 1000;

/** The agreement's plan and months as stored, and its names, as the rows are checked against them. */
async function loadFacts(db: Executor, agreement: Agreement, now: Date): Promise<ImportFacts> {
  const contents = await loadAgreementContents(db, agreement.id, 'internal');
  const organisations = await listOrganisations(db);
  const resolveOrganisation = resolver(organisations, (row) => row.name, 'organisation');
  const inAgreement = (row: (typeof organisations)[number]) =>
    agreement.partyIds.includes(row.id) || row.municipalityId === agreement.municipalityId;
  const problems =
    agreement.situationReportId === null ? [] : await listProblems(db, agreement.situationReportId, 'internal');
  const followUpsById = new Map<string, FollowUpRow>();
  const followUpAt = new Map<string, FollowUpRow>();
  for (const rows of contents.followUps.values()) {
    for (const row of rows) {
      followUpsById.set(row.id, row);
      followUpAt.set(`${row.activityId} ${row.month}`, row);
    }
  }
  return {
    agreement,
    now,
    activities: new Map(contents.activities.map((activity) => [activity.id, activity])),
    organisationName: new Map(organisations.map((row) => [row.id, row.name])),
    resolveOrganisation: (name) => resolveOrganisation(name, inAgreement),
    resolveFocusArea: resolver(contents.focusAreas, (area) => area.title, 'focusArea'),
    resolveProblem: resolver(problems, (problem) => problem.title, 'problem'),
    causesOf: new Map(problems.map((problem) => [problem.id, problem.causes.map((cause) => cause.id)])),
    followUpsById,
    followUpAt,
    closedPeriods: await closedTertials(db, agreement.id),
  };
}

/** Plans an import of these grids into the agreement; 400 (Invalid) when the file is not the layout or names foreign items. */
export async function planImport(
  db: Executor,
  agreement: Agreement,
  grids: readonly Grid[],
  now: Date,
): Promise<ImportPlan> {
  const facts = await loadFacts(db, agreement, now);
  const plan = emptyPlan();
  const layout: ImportIssue[] = [];
  const activityGrid = grids.find((grid) => grid.sheet === ACTIVITY_SHEET);
  const followUpGrid = grids.find((grid) => grid.sheet === FOLLOW_UP_SHEET);
  const activityAt = activityGrid && mapColumns(activityGrid, activityColumns, layout);
  const followUpAt = followUpGrid && mapColumns(followUpGrid, followUpColumns, layout);
  if (layout.length > 0) throw layoutProblem('The file does not have the layout of the export; see errors.', layout);

  // The activities first: the months a follow-up may have follow its activity's dates as imported.
  if (activityGrid && activityAt) planActivities(activityGrid, activityAt, facts, plan);
  if (followUpGrid && followUpAt) planFollowUps(followUpGrid, followUpAt, facts, plan);
  if (plan.structural.length > 0) {
    throw layoutProblem('The file names items that are not this agreement’s; see errors.', plan.structural);
  }
  const { writes, unchanged, errors } = plan;
  return { writes, unchanged, errors };
}

/** The answer of a planned import: what it creates, changes and leaves, and its errors. */
export function importResult(plan: ImportPlan, dryRun: boolean): ImportResult {
  const changes = plan.writes.map((write) => write.change);
  const errors: ImportError[] = plan.errors.slice(0, MAX_LISTED_ERRORS).map((issue) => ({
    sheet: issue.sheet,
    row: issue.row ?? 1,
    column: issue.column,
    ...clippedRule(issue),
  }));
  if (plan.errors.length > MAX_LISTED_ERRORS) {
    const last = errors.at(-1)!;
    const more = broken('more-errors', { count: plan.errors.length - MAX_LISTED_ERRORS });
    errors.push({ sheet: last.sheet, row: last.row, column: null, ...more });
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
export function rowErrorsOf(plan: ImportPlan): RowErrors {
  const listed = plan.errors.slice(0, MAX_LISTED_ERRORS);
  return new RowErrors(
    `${plan.errors.length} row error(s): nothing was imported. Correct them (a dry run lists them) and import again.`,
    listed.map(toFieldError),
  );
}

/** The months, each through writeMonth with its activity as the activities' writes left it. */
async function applyMonths(
  change: Change,
  writes: readonly FollowUpWrite[],
  after: ReadonlyMap<string, Activity>,
  municipalityId: string,
) {
  const activities = new Map(
    writes.map((write) => [write.activity.id, after.get(write.activity.id) ?? write.activity]),
  );
  const targets = await measuredTargetsOf(change.trx, [...activities.values()]);
  for (const write of writes) {
    const activity = activities.get(write.activity.id)!;
    const written = await writeMonth(
      change,
      { activity, municipalityId, month: write.month, targets: targets.get(activity.id) ?? [] },
      write.input,
      write.existing && { row: write.existing, version: write.existing.version },
    );
    write.change.itemId = written.id;
  }
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
  const monthWrites = plan.writes.filter((write): write is FollowUpWrite => write.kind === 'followUp');
  if (monthWrites.length > 0) await applyMonths(change, monthWrites, after, municipalityId);
}
