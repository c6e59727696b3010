import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Executor } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from './access.js';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  municipalityId?: string | null;
  /** The item as the API shows it (never secrets such as password hashes). */
  before?: unknown;
  after?: unknown;
}

/** Writes one audit event; call it with the transaction that makes the change. */
export async function recordAudit(trx: Executor, actor: Actor | null, entry: AuditEntry, at: Date): Promise<void> {
  await trx
    .insertInto('auditEvents')
    .values({
      occurredAt: at,
      actorId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      municipalityId: entry.municipalityId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/**
 * Runs a change in one transaction and hands it the way to audit itself, so
 * the change and its audit event are committed together or not at all.
 */
export function withChange<T>(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  request: FastifyRequest,
  work: (trx: Transaction<DB>, audit: (entry: AuditEntry) => Promise<void>, now: Date) => Promise<T>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.database.db
    .transaction()
    .execute((trx) => work(trx, (entry) => recordAudit(trx, request.actor, entry, now), now));
}
