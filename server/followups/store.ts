import { sql, type Selectable } from 'kysely';
import { visibleActivities } from '../activities/store.js';
import type { Executor } from '../db/database.js';
import type { FollowUpsTable } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import type { ReadLevel, Viewer } from '../domain/policy.js';
import { targetFor, type TargetChange } from '../progress/progress.js';
import type { FollowUp, PutFollowUp } from './schemas.js';
import { StaleVersion } from '../domain/errors.js';

/** The API shape; internal notes only for readers who may see them. */
export function toFollowUp(
  row: Selectable<FollowUpsTable>,
  targets: readonly TargetChange[],
  level: ReadLevel,
): FollowUp {
  return {
    id: row.id,
    activityId: row.activityId,
    month: row.month,
    outcome: row.outcome,
    target: targets.length > 0 ? targetFor(targets, row.month) : null,
    comment: row.comment,
    ...(level === 'internal' ? { internalNote: row.internalNote, recordedBy: row.recordedBy } : {}),
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
  };
}

export type FollowUpRow = Selectable<FollowUpsTable>;

/** What the grid gives of a recorded month beside its progress: what its editor starts from. */
export type RecordedMonth = Pick<
  FollowUpRow,
  'activityId' | 'month' | 'outcome' | 'comment' | 'internalNote' | 'version'
>;

/** The grid's fields of a recorded month; internal notes only for readers who may see them. */
export function toRecordedMonth(row: RecordedMonth, level: ReadLevel) {
  return {
    version: row.version,
    comment: row.comment,
    ...(level === 'internal' ? { internalNote: row.internalNote } : {}),
  };
}

/** The activities of an agreement with a measure that the viewer may read, by title. */
export function measuredActivityRows(db: Executor, viewer: Viewer, agreementId: string) {
  return visibleActivities(db, viewer)
    .where('activities.agreementId', '=', agreementId)
    .where('activities.measureLabel', 'is not', null)
    .orderBy('activities.title')
    .orderBy('activities.id')
    .execute();
}

export async function listFollowUpRows(db: Executor, activityIds: readonly string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('followUps')
    .selectAll()
    .where('activityId', 'in', activityIds)
    .orderBy('activityId')
    .orderBy('month')
    .execute();
}

/** The recorded months of these activities from first to last ('YYYY-MM'), by activity and month. */
export async function recordedMonths(
  db: Executor,
  activityIds: readonly string[],
  months: { first: string; last: string },
): Promise<RecordedMonth[]> {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('followUps')
    .select(['activityId', 'month', 'outcome', 'comment', 'internalNote', 'version'])
    .where('activityId', 'in', activityIds)
    .where('month', '>=', months.first)
    .where('month', '<=', months.last)
    .orderBy('activityId')
    .orderBy('month')
    .execute();
}

export async function findFollowUpRow(db: Executor, activityId: string, month: string) {
  return db
    .selectFrom('followUps')
    .selectAll()
    .where('activityId', '=', activityId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/**
 * What a change to a month checks, in one query: the month as recorded (undefined: not yet)
 * and the closed tertials of the activity's agreement.
 */
export async function monthForChange(db: Executor, activity: { id: string; agreementId: string }, month: string) {
  const found = await db
    .selectFrom('agreements')
    .leftJoin('followUps', (join) =>
      join.on('followUps.activityId', '=', activity.id).on('followUps.month', '=', month),
    )
    .selectAll('followUps')
    .select(
      sql<
        string[]
      >`(select coalesce(json_agg(period), '[]') from closed_periods where agreement_id = agreements.id)`.as(
        'closedPeriods',
      ),
    )
    .where('agreements.id', '=', activity.agreementId)
    .executeTakeFirstOrThrow();
  const { closedPeriods, ...row } = found;
  return { row: row.id === null ? undefined : (row as FollowUpRow), closed: new Set(closedPeriods) };
}

/** Records a month not recorded before; a concurrent first record of the same month gets 412. */
export async function createFollowUp(
  db: Executor,
  activityId: string,
  month: string,
  input: PutFollowUp,
  recordedBy: string | null,
  at: Date,
) {
  const row = await db
    .insertInto('followUps')
    .values({ activityId, month, ...input, recordedBy, recordedAt: at, createdAt: at, updatedAt: at })
    .onConflict((conflict) => conflict.columns(['activityId', 'month']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleVersion('Someone recorded this month just now; read it and retry with If-Match.');
  return row;
}

/** Corrects a recorded month, on the version the caller read. */
export async function replaceFollowUp(
  db: Executor,
  id: string,
  version: number,
  input: PutFollowUp,
  recordedBy: string | null,
  at: Date,
) {
  return updateVersioned(db, 'followUps', id, version, { ...input, recordedBy, recordedAt: at }, at);
}

/** The report day of a municipality: month M is due on this day of M+1. */
export async function reportingDayOf(db: Executor, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('municipalities')
    .select('reportingDay')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return row.reportingDay;
}
