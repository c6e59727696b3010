import { visibleAgreement } from '../agreements/service.js';
import { assertOutcome, countsWholeNumbers, visibleActivity } from '../activities/service.js';
import type { Activity, Measure } from '../activities/schemas.js';
import { measureOf, partnersOf, targetHistory, type LoadedActivity } from '../activities/store.js';
import type { Agreement } from '../agreements/schemas.js';
import type { Executor } from '../db/database.js';
import { requireVersion, runChange, type BasedOn, type Change, type ServiceDeps } from '../domain/changes.js';
import { Forbidden, invalidField, NotFound, StaleVersion } from '../domain/errors.js';
import { canManage, isActivityPartner, viewerOf, type Actor, type ReadLevel } from '../domain/policy.js';
import { currentMonth, monthOfDate } from '../progress/months.js';
import { monthsProgress, type TargetChange } from '../progress/progress.js';
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
function mayRecord(
  actor: Actor | null,
  activity: Pick<Activity, 'shared' | 'leadOrganisationId' | 'partnerOrganisationIds'>,
  municipalityId: string,
): boolean {
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
 * The year the grid gives: the one asked for, which must lie in the agreement's period; by
 * default the current year, or the period's nearest year when the agreement has not started or has ended.
 */
function gridYear(agreement: { periodStart: string; periodEnd: string }, now: Date, asked?: number): number {
  const first = Number(agreement.periodStart.slice(0, 4));
  const last = Number(agreement.periodEnd.slice(0, 4));
  if (asked === undefined) return Math.min(last, Math.max(first, Number(currentMonth(now).slice(0, 4))));
  if (asked < first || asked > last) {
    const rule = broken('period-outside', { first: agreement.periodStart, last: agreement.periodEnd });
    throw invalidField('query', '/year', rule, `The year ${rule.message}.`);
  }
  return asked;
}

/**
 * A year of the follow-up grid of an agreement: every activity with a measure the caller may
 * read, in a promise or not, its months of that year, which of them the caller may record now,
 * and what a recorded month holds. The client shows it per promise, focus area or lead organisation.
 */
export async function getFollowUpGrid(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
  askedYear?: number,
): Promise<FollowUpGrid> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const { item: agreement, level } = await visibleAgreement(db, actor, agreementId);
  const year = gridYear(agreement, now, askedYear);
  const rows = await store.measuredActivityRows(db, viewerOf(actor), agreement.id);
  const targets = await targetHistory(
    db,
    rows.map((row) => row.id),
  );
  const partners = await partnersOf(
    db,
    rows.map((row) => row.id),
  );
  const activities = rows.flatMap((row): GridActivity[] => {
    const measure = measureOf(row, targets.get(row.id));
    return measure ? [{ ...row, measure, partnerOrganisationIds: partners.get(row.id) ?? [] }] : [];
  });
  const recorded = await store.recordedMonths(
    db,
    activities.map((activity) => activity.id),
    { first: `${year}-01`, last: `${year}-12` },
  );
  // Grouped in one pass: a year of an agreement holds a thousand recorded months or more.
  const recordedBy = new Map<string, Map<string, store.RecordedMonth>>();
  for (const row of recorded) {
    const months = recordedBy.get(row.activityId);
    if (months) months.set(row.month, row);
    else recordedBy.set(row.activityId, new Map([[row.month, row]]));
  }
  const closed = await closedTertials(db, agreement.id);
  // The year's part of the period: its months are those of the whole period that fall in the year.
  const period = {
    start: [agreement.periodStart, `${year}-01-01`].sort()[1]!,
    end: [agreement.periodEnd, `${year}-12-31`].sort()[0]!,
  };
  return {
    agreementId: agreement.id,
    year,
    currentMonth: currentMonth(now),
    reportingDay: await store.reportingDayOf(db, agreement.municipalityId),
    closedPeriods: [...closed].sort(),
    activities: activities.map((activity) =>
      gridRow(
        actor,
        { agreement, period, level, now, closed },
        {
          activity,
          targets: targets.get(activity.id) ?? [],
          recorded: recordedBy.get(activity.id) ?? new Map(),
        },
      ),
    ),
  };
}

interface GridContext {
  agreement: Agreement;
  /** The part of the agreement's period that the grid gives. */
  period: { start: string; end: string };
  level: ReadLevel;
  now: Date;
  closed: ReadonlySet<string>;
}

/** A measured activity as the grid needs it: what it shows, and what says who may record which month. */
type GridActivity = Pick<
  Activity,
  'id' | 'title' | 'focusAreaId' | 'leadOrganisationId' | 'startDate' | 'endDate' | 'status' | 'shared'
> & { measure: Measure; partnerOrganisationIds: string[] };

/** One activity of the grid: its months by the one definition of progress, each marked recordable or not. */
function gridRow(
  actor: Actor | null,
  { agreement, period, level, now, closed }: GridContext,
  {
    activity,
    targets,
    recorded,
  }: { activity: GridActivity; targets: TargetChange[]; recorded: ReadonlyMap<string, store.RecordedMonth> },
): FollowUpGrid['activities'][number] {
  const may = mayRecord(actor, activity, agreement.municipalityId);
  const window = recordableMonths(agreement, activity, now);
  const outcomes = new Map<string, number | null>();
  for (const [month, row] of recorded) outcomes.set(month, row.outcome);
  const months = monthsProgress({ period, activity, targets, outcomes, now });
  const { id, title, focusAreaId, leadOrganisationId, measure } = activity;
  return {
    activity: { id, title, focusAreaId, leadOrganisationId, measure },
    mayRecord: may,
    wholeNumbers: countsWholeNumbers(measure.unit),
    months: months.map((month) => {
      const row = recorded.get(month.month);
      return {
        ...month,
        recordable: may && isRecordable(month.month, window) && closedTertialOf(closed, month.month) === null,
        ...(row ? store.toRecordedMonth(row, level) : {}),
      };
    }),
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
