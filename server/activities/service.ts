import { loadAgreement } from '../agreements/store.js';
import type { Executor } from '../db/database.js';
import {
  createItem,
  deleteItem,
  requireVersion,
  runChange,
  type BasedOn,
  type Change,
  type Found,
  type ServiceDeps,
} from '../domain/changes.js';
import { Forbidden, Invalid, invalidField, NotFound, type FieldIssue } from '../domain/errors.js';
import { assertCanManage, canManage, isActivityPartner, viewerOf, type Actor } from '../domain/policy.js';
import { currentMonth } from '../progress/months.js';
import { sameMonthTargets } from '../progress/progress.js';
import type { Static } from 'typebox';
import {
  COUNT_UNITS,
  PARTNER_FIELDS,
  type Activity,
  type ActivityListQuery,
  type CreateActivity,
  type Measure,
  type PatchActivity,
} from './schemas.js';
import * as store from './store.js';
import { broken, type Broken } from '../domain/field-rules.js';

// Activities of a plan: who may add, change and delete them, and each change
// with its audit event. The spreadsheet import writes through the same
// functions (writeNewActivity, writeActivityChange).

/** Whether a measure in this unit counts things, so takes whole numbers only (docs/domain.md). */
export function countsWholeNumbers(unit: string): boolean {
  return COUNT_UNITS.includes(unit.trim().toLocaleLowerCase('sv'));
}

/** Why a number breaks the measure's rule (a count takes whole numbers), or null; any number fits no measure. */
export function measureNumberIssue(measure: Pick<Measure, 'unit'> | null, value: number | null): Broken | null {
  if (measure === null || value === null || Number.isInteger(value) || !countsWholeNumbers(measure.unit)) return null;
  return broken('whole-number', { unit: measure.unit.trim() });
}

/** The targets of a measure that break its rule, by their paths within it ('/monthlyTarget', '/monthTargets/07'). */
export function measureIssues(measure: Measure): { path: string; rule: Broken }[] {
  const targets: [string, number | undefined][] = [
    ['/monthlyTarget', measure.monthlyTarget],
    ...Object.entries(measure.monthTargets ?? {}).map(([month, target]): [string, number | undefined] => [
      `/monthTargets/${month}`,
      target,
    ]),
  ];
  return targets.flatMap(([path, target]) => {
    const rule = measureNumberIssue(measure, target ?? null);
    return rule ? [{ path, rule }] : [];
  });
}

/** Whether two measures say the same (none and none alike). */
export const sameMeasure = (a: Measure | null, b: Measure | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.label === b.label &&
    a.unit === b.unit &&
    a.monthlyTarget === b.monthlyTarget &&
    sameMonthTargets(a.monthTargets, b.monthTargets));

/**
 * The measure's rule on a measure written (the body's /measure); a measure
 * sent back as it was stays, so one stored before the rule can be kept.
 */
function assertMeasure(measure: Measure | null | undefined, before: Measure | null) {
  if (!measure || sameMeasure(measure, before)) return;
  const issues: FieldIssue[] = measureIssues(measure).map((issue) => ({
    in: 'body',
    path: `/measure${issue.path}`,
    ...issue.rule,
  }));
  if (issues.length > 0) throw new Invalid('A measure that counts takes whole-number targets.', issues);
}

/** Why a month's outcome breaks the measure's rule, or null; the outcome recorded, sent back as it was, stays. */
export function outcomeIssue(measure: Measure | null, outcome: number | null, recorded: number | null | undefined) {
  return outcome === recorded ? null : measureNumberIssue(measure, outcome);
}

/** The measure's rule on a month's outcome (the body's /outcome). */
export function assertOutcome(measure: Measure | null, outcome: number | null, recorded: number | null | undefined) {
  const rule = outcomeIssue(measure, outcome, recorded);
  if (rule) throw invalidField('body', '/outcome', rule, 'A measure that counts takes a whole-number outcome.');
}

/** The plan's agreement, managed by the caller: Forbidden when they see it but may not change it; an unseen one is an unknown id. */
async function managedAgreement(db: Executor, actor: Actor | null, agreementId: string) {
  const found = await loadAgreement(db, agreementId, viewerOf(actor));
  if (!found)
    throw invalidField(
      'body',
      '/agreementId',
      broken('unknown-reference', { item: 'agreement' }),
      'The agreement does not exist.',
    );
  assertCanManage(actor, found.agreement.municipalityId);
  return found.agreement;
}

/** Editors of the municipality change everything; partners of a shared activity only its status and comment. */
export function assertMayChangeActivity(actor: Actor | null, loaded: store.LoadedActivity, fields: readonly string[]) {
  if (canManage(actor, loaded.municipalityId)) return;
  if (!isActivityPartner(actor, { ...loaded.activity, municipalityId: loaded.municipalityId })) {
    throw new Forbidden('Only editors of this municipality, or partners of a shared activity, may change it.');
  }
  const other = fields.filter((field) => !PARTNER_FIELDS.includes(field));
  if (other.length > 0) throw new Forbidden(`Partners may change only status and comment, not ${other.join(', ')}.`);
}

const existingActivity = (actor: Actor | null, id: string) => ({
  entityType: 'activity' as const,
  what: 'The activity',
  load: async (trx: Executor): Promise<(Found<Activity> & { loaded: store.LoadedActivity }) | null> => {
    const loaded = await store.loadActivity(trx, id, viewerOf(actor));
    return loaded && { item: loaded.activity, municipalityId: loaded.municipalityId, loaded };
  },
});

export function listActivities(deps: ServiceDeps, actor: Actor | null, query: Static<typeof ActivityListQuery>) {
  return store.listActivities(deps.database.db, viewerOf(actor), query);
}

/** The activity as the caller may see it, with its agreement's facts; NotFound otherwise. */
export async function visibleActivity(db: Executor, actor: Actor | null, id: string): Promise<store.LoadedActivity> {
  const found = await store.loadActivity(db, id, viewerOf(actor));
  if (!found) throw new NotFound('The activity');
  return found;
}

export async function getActivity(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Activity> {
  return (await visibleActivity(deps.database.db, actor, id)).activity;
}

/** Adds an activity, already allowed, within a change; its measure's target holds from this month. */
export function writeNewActivity(change: Change, municipalityId: string, input: CreateActivity): Promise<Activity> {
  assertMeasure(input.measure, null);
  return createItem<Activity>(change, {
    entityType: 'activity',
    municipalityId,
    create: (trx, now) => store.createActivity(trx, input, now, currentMonth(now)),
  });
}

/** Changes an activity, already allowed, from the version read, within a change. */
export async function writeActivityChange(
  change: Change,
  municipalityId: string,
  before: Activity,
  version: number,
  patch: PatchActivity,
): Promise<Activity> {
  assertMeasure(patch.measure, before.measure);
  const after = await store.updateActivity(change.trx, before, version, patch, change.now, currentMonth(change.now));
  await change.audit({ action: 'update', entityType: 'activity', entityId: after.id, municipalityId, before, after });
  return after;
}

export function createActivity(deps: ServiceDeps, actor: Actor | null, input: CreateActivity): Promise<Activity> {
  return runChange(deps, actor, async (change) => {
    const agreement = await managedAgreement(change.trx, actor, input.agreementId);
    return writeNewActivity(change, agreement.municipalityId, input);
  });
}

export function updateActivity(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchActivity,
): Promise<Activity> {
  return runChange(deps, actor, async (change) => {
    // Moving an activity to another plan needs the right to manage that plan.
    if (patch.agreementId !== undefined) await managedAgreement(change.trx, actor, patch.agreementId);
    const loaded = await visibleActivity(change.trx, actor, id);
    assertMayChangeActivity(actor, loaded, Object.keys(patch));
    // Asked after NotFound and Forbidden, so a version tells nothing to those who may not change it.
    return writeActivityChange(change, loaded.municipalityId, loaded.activity, requireVersion(basedOn), patch);
  });
}

export function deleteActivity(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return runChange(deps, actor, (change) =>
    deleteItem(change, basedOn, {
      ...existingActivity(actor, id),
      authorize: ({ municipalityId }) => assertCanManage(actor, municipalityId),
      remove: (trx, before, version) => store.deleteActivity(trx, before.id, version),
    }),
  );
}
