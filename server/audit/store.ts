import type { Executor } from '../db/database.js';
import type { AuditEvent } from './schemas.js';

/** An item's history, oldest first, a page at a time. */
export async function listAuditEvents(
  db: Executor,
  filter: { entityType: string; entityId: string; limit: number; cursor?: string | undefined },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  let query = db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityType', '=', filter.entityType)
    .where('entityId', '=', filter.entityId)
    .orderBy('id')
    .limit(filter.limit + 1);
  if (filter.cursor !== undefined) query = query.where('id', '>', Number(filter.cursor));
  const rows = await query.execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorId: row.actorId,
      actorName: row.actorName,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before ?? null,
      after: row.after ?? null,
    })),
    nextCursor: rows.length > filter.limit ? String(page.at(-1)!.id) : null,
  };
}

/** The municipality the item's events were written under (kept after the item is deleted). */
export async function auditedMunicipality(
  db: Executor,
  entityType: string,
  entityId: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('auditEvents')
    .select('municipalityId')
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.municipalityId;
}
