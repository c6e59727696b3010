import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { toPromises } from '../promises/store.js';

// The audit events a promise's public history is drawn from, with the organisation of
// whoever made each change (never the person), and the published promises it is shown for.

export interface HistoryEvent {
  id: number;
  occurredAt: Date;
  action: 'create' | 'update' | 'delete';
  entityId: string;
  before: unknown;
  after: unknown;
  organisation: string | null;
}

/** The activity a follow-up's audit event is about: the index on it (sql/0008) has the same expression. */
const followUpActivity = sql<string>`(coalesce(audit_events.after, audit_events.before) ->> 'activityId')`;

function eventsQuery(db: Executor) {
  return (
    db
      .selectFrom('auditEvents')
      .leftJoin('users', 'users.id', 'auditEvents.actorId')
      .leftJoin('organisations', 'organisations.id', 'users.organisationId')
      .select([
        'auditEvents.id',
        'auditEvents.occurredAt',
        'auditEvents.action',
        'auditEvents.entityId',
        'auditEvents.before',
        'auditEvents.after',
        'organisations.name as organisation',
      ])
      // Changes only (the log also holds sign-ins and refusals, of no promise).
      .where('auditEvents.action', 'in', ['create', 'update', 'delete'])
      .$narrowType<{ action: 'create' | 'update' | 'delete' }>()
      .orderBy('auditEvents.id')
  );
}

/** Every audit event of these promises, oldest first. */
export async function promiseEvents(db: Executor, promiseIds: readonly string[]): Promise<HistoryEvent[]> {
  if (promiseIds.length === 0) return [];
  return eventsQuery(db)
    .where('auditEvents.entityType', '=', 'promise')
    .where('auditEvents.entityId', 'in', promiseIds)
    .execute();
}

/** Every audit event of the months of these activities, oldest first. */
export async function followUpEvents(db: Executor, activityIds: readonly string[]): Promise<HistoryEvent[]> {
  if (activityIds.length === 0) return [];
  return eventsQuery(db)
    .where('auditEvents.entityType', '=', 'followUp')
    .where(followUpActivity, 'in', activityIds)
    .execute();
}

export interface PublicActivity {
  title: string;
  unit: string | null;
}

/**
 * The public names of activities: those published now, and those deleted whose last
 * state was published. An activity that is not public has no name here.
 */
export async function publicActivities(db: Executor, ids: readonly string[]): Promise<Map<string, PublicActivity>> {
  const names = new Map<string, PublicActivity>();
  if (ids.length === 0) return names;
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'title', 'measureUnit'])
    .where('id', 'in', ids)
    .where('published', '=', true)
    .execute();
  for (const row of rows) names.set(row.id, { title: row.title, unit: row.measureUnit });
  const gone = ids.filter((id) => !names.has(id));
  if (gone.length === 0) return names;
  const deleted = await db
    .selectFrom('auditEvents')
    .select(['entityId', 'before'])
    .where('entityType', '=', 'activity')
    .where('action', '=', 'delete')
    .where('entityId', 'in', gone)
    .execute();
  for (const row of deleted) {
    const before = row.before as { title?: unknown; published?: unknown; measure?: { unit?: unknown } | null } | null;
    if (before?.published === true && typeof before.title === 'string') {
      names.set(row.entityId, {
        title: before.title,
        unit: typeof before.measure?.unit === 'string' ? before.measure.unit : null,
      });
    }
  }
  return names;
}

/** Published promises, as the public reads them (published activities only), with their municipality's code. */
export async function publishedPromises(db: Executor, filter: { id: string } | { municipalityId: string }) {
  let query = db.selectFrom('promises').selectAll().where('published', '=', true);
  query =
    'id' in filter ? query.where('id', '=', filter.id) : query.where('municipalityId', '=', filter.municipalityId);
  const rows = await query.orderBy('periodStart', 'desc').orderBy('id').execute();
  return toPromises(db, rows, () => 'public');
}

export async function municipalityCode(db: Executor, municipalityId: string): Promise<string> {
  const row = await db
    .selectFrom('municipalities')
    .select('code')
    .where('id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return row.code;
}
