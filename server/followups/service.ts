import { visibleAgreement } from '../agreements/service.js';
import { assertOutcome, countsWholeNumbers, visibleActivity } from '../activities/service.js';
import type { Activity } from '../activities/schemas.js';
import { targetHistory, toActivities, type LoadedActivity } from '../activities/store.js';
import type { Agreement } from '../agreements/schemas.js';
import type { Executor } from '../db/database.js';
import { requireVersion, runChange, type BasedOn, type Change, type ServiceDeps } from '../domain/changes.js';
import { Forbidden, invalidField, NotFound, StaleVersion } from '../domain/errors.js';
import { canManage, isActivityPartner, viewerOf, type Actor, type ReadLevel } from '../domain/policy.js';
import { currentMonth, monthOfDate } from '../progress/months.js';
import { activityProgress, type TargetChange } from '../progress/progress.js';
import type { FollowUp, FollowUpGrid, PutFollowUp } from './schemas.js';
import * as store from './store.js';
import { broken } from '../domain/field-rules.js';
import { assertMonthOpen, closedTertialOf, closedTertials } from '../periods/service.js';

// The monthly follow-up: who may record a month, which months may be
// recorded, and a correction only from the version read. The spreadsheet
// import applies the same month rule and writes through writeMonth.

/**
 * The months that may be recorded for an activity: within its agreement's period
 * and its own start–end, up to the current month (first > last: none).
 */
export function recordableMonths(
  agreement: { periodStart: string; periodEnd: string },
  activity: { startDate: string | null; endDate: string | null },
  now: Date,
): { first: string; last: string } {
  const first = [agreement.periodStart, activity.startDate]
    .filter((d): d is string => d !== null)
    .map(monthOfDate)
    .sort()
    .at(-1)!;
  const last = [agreement.periodEnd, activity.endDate, `${currentMonth(now)}-01`]
    .filter((d): d is string => d !== null)
    .map(monthOfDate)
    .sort()[0]!;
  return { first, last };
}

/** The month rule: whether a month is one of those recordableMonths gives. */
export function isRecordable(month: string, months: { first: string; last: string }): boolean {
  return month >= months.first && month <= months.last;
}

/** Editors of the municipality, or partners of a shared activity, record its months. */
function mayRecord(actor: Actor | null, activity: Activity, municipalityId: string): boolean {
  return canManage(actor, municipalityId) || isActivityPartner(actor, { ...activity, municipalityId });
}

function assertMayRecord(actor: Actor | null, loaded: LoadedActivity) {
  if (mayRecord(actor, loaded.activity, loaded.municipalityId)) return;
  throw new Forbidden('Only editors of this municipality, or partners of a shared activity, may record it.');
}

/** The targets that apply to each activity's months, by its id: none once an activity has no measure. */
export async function measuredTargetsOf(
  db: Executor,
  activities: readonly Activity[],
): Promise<Map<string, TargetChange[]>> {
  const history = await targetHistory(
    db,
    activities.filter((activity) => activity.measure).map((activity) => activity.id),
  );
  return new Map(activities.map((activity) => [activity.id, activity.measure ? (history.get(activity.id) ?? []) : []]));
}

/** The targets that apply to a loaded activity: none once it has no measure. */
function measuredTargets(found: LoadedActivity): TargetChange[] {
  return found.activity.measure ? found.targets : [];
}

export async function listFollowUps(deps: ServiceDeps, actor: Actor | null, activityId: string): Promise<FollowUp[]> {
  const { db } = deps.database;
  const found = await visibleActivity(db, actor, activityId);
  const targets = measuredTargets(found);
  const rows = await store.listFollowUpRows(db, [found.activity.id]);
  return rows.map((row) => store.toFollowUp(row, targets, found.level));
}

export async function getFollowUp(
  deps: ServiceDeps,
  actor: Actor | null,
  activityId: string,
  month: string,
): Promise<FollowUp> {
  const { db } = deps.database;
  const found = await visibleActivity(db, actor, activityId);
  const row = await store.findFollowUpRow(db, found.activity.id, month);
  if (!row) throw new NotFound(`The follow-up of ${month}`);
  return store.toFollowUp(row, measuredTargets(found), found.level);
}

/**
 * The follow-up grid of an agreement: every activity with a measure the caller may read, in a
 * promise or not, its months over the agreement's period, its recorded months, and which months
 * the caller may record now. The client shows it per promise, focus area or lead organisation.
 */
export async function getFollowUpGrid(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
): Promise<FollowUpGrid> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const { item: agreement, level } = await visibleAgreement(db, actor, agreementId);
  const rows = await store.measuredActivityRows(db, viewerOf(actor), agreement.id);
  const targets = await targetHistory(
    db,
    rows.map((row) => row.id),
  );
  const activities = (await toActivities(db, rows, targets, () => level === 'internal')).filter(
    (activity) => activity.measure !== null,
  );
  const recorded = await store.listFollowUpRows(
    db,
    activities.map((activity) => activity.id),
  );
  // Grouped in one pass: an agreement holds thousands of recorded months.
  const recordedBy = new Map<string, store.FollowUpRow[]>();
  for (const row of recorded) {
    const rows = recordedBy.get(row.activityId);
    if (rows) rows.push(row);
    else recordedBy.set(row.activityId, [row]);
  }
  const closed = await closedTertials(db, agreement.id);
  return {
    agreementId: agreement.id,
    currentMonth: currentMonth(now),
    reportingDay: await store.reportingDayOf(db, agreement.municipalityId),
    closedPeriods: [...closed].sort(),
    activities: activities.map((activity) =>
      gridRow(actor, agreement, level, now, {
        closed,
        activity,
        targets: targets.get(activity.id) ?? [],
        recorded: recordedBy.get(activity.id) ?? [],
      }),
    ),
  };
}

/** One activity of the grid: its months by the one definition of progress, each marked recordable or not. */
function gridRow(
  actor: Actor | null,
  agreement: Agreement,
  level: ReadLevel,
  now: Date,
  {
    activity,
    targets,
    recorded,
    closed,
  }: { activity: Activity; targets: TargetChange[]; recorded: store.FollowUpRow[]; closed: ReadonlySet<string> },
): FollowUpGrid['activities'][number] {
  const may = mayRecord(actor, activity, agreement.municipalityId);
  const window = recordableMonths(agreement, activity, now);
  const { months } = activityProgress({
    period: { start: agreement.periodStart, end: agreement.periodEnd },
    activity,
    targets,
    outcomes: new Map(recorded.map((row) => [row.month, row.outcome])),
    now,
  });
  return {
    activity,
    mayRecord: may,
    wholeNumbers: activity.measure !== null && countsWholeNumbers(activity.measure.unit),
    months: months.map((month) => ({
      ...month,
      recordable: may && isRecordable(month.month, window) && closedTertialOf(closed, month.month) === null,
    })),
    followUps: recorded.map((row) => store.toFollowUp(row, targets, level)),
  };
}

/**
 * Records a month, already allowed, within a change: creates it, or replaces
 * `existing` at `version`; one audit event either way.
 */
export async function writeMonth(
  change: Change,
  month: { activity: Activity; municipalityId: string; month: string; targets: Parameters<typeof store.toFollowUp>[1] },
  input: PutFollowUp,
  existing: { row: store.FollowUpRow; version: number } | null,
): Promise<FollowUp> {
  assertOutcome(month.activity.measure, input.outcome, existing?.row.outcome);
  const recordedBy = change.actor?.userId ?? null;
  const row = existing
    ? await store.replaceFollowUp(change.trx, existing.row.id, existing.version, input, recordedBy, change.now)
    : await store.createFollowUp(change.trx, month.activity.id, month.month, input, recordedBy, change.now);
  const after = store.toFollowUp(row, month.targets, 'internal');
  await change.audit({
    action: existing ? 'update' : 'create',
    entityType: 'followUp',
    entityId: row.id,
    municipalityId: month.municipalityId,
    before: existing ? store.toFollowUp(existing.row, month.targets, 'internal') : undefined,
    after,
  });
  return after;
}

/** Records a month (created) or corrects it from the version read (replaced). */
export function recordFollowUp(
  deps: ServiceDeps,
  actor: Actor,
  activityId: string,
  month: string,
  input: PutFollowUp,
  basedOn: BasedOn,
): Promise<{ created: boolean; followUp: FollowUp }> {
  return runChange(deps, actor, async (change) => {
    const found = await visibleActivity(change.trx, actor, activityId);
    assertMayRecord(actor, found);
    const agreement = { periodStart: found.period.start, periodEnd: found.period.end };
    const { first, last } = recordableMonths(agreement, found.activity, change.now);
    if (!isRecordable(month, { first, last })) {
      throw invalidField(
        'params',
        '/month',
        broken('month-not-recordable', { first, last }),
        `Months from ${first} to ${last} can be recorded for this activity.`,
      );
    }
    const { row: existing, closed } = await store.monthForChange(change.trx, found.activity, month);
    // A settled tertial changes no more until an editor reopens it: 409 naming the period.
    assertMonthOpen(closed, month);
    // If-Match names a version of a recorded month; for a month not recorded it matches nothing.
    if (!existing && basedOn !== 'none') {
      throw new StaleVersion('This month has not been recorded yet; send it without If-Match.');
    }
    const targets = measuredTargets(found);
    const followUp = await writeMonth(
      change,
      { activity: found.activity, municipalityId: found.municipalityId, month, targets },
      input,
      existing ? { row: existing, version: requireVersion(basedOn) } : null,
    );
    return { created: !existing, followUp };
  });
}
