import { loadActivity } from '../activities/store.js';
import { loadAgreement, loadFocusArea } from '../agreements/store.js';
import type { Executor } from '../db/database.js';
import type { EntityType, ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import { viewerOf, type Actor, type ReadLevel } from '../domain/policy.js';
import { loadGoal, loadIndicator } from '../goals/store.js';
import { loadPromise } from '../promises/store.js';
import { findReviewRowById } from '../reviews/store.js';
import { loadProblem, loadSituationReport } from '../situations/store.js';
import type { AuditEvent } from './schemas.js';
import { auditedMunicipality, listAuditEvents } from './store.js';

// The audit log is read only, item by item: an item's history is shown to those
// who may read the item whole.

/** How much of an existing item the actor may read; undefined when the item is gone. */
async function levelOfItem(db: Executor, actor: Actor, type: EntityType, id: string): Promise<ReadLevel | undefined> {
  const viewer = viewerOf(actor);
  const level = (found: { level: ReadLevel } | null) => found?.level;
  switch (type) {
    case 'municipality':
    case 'organisation':
    case 'user':
    case 'apiToken':
    case 'session':
    case 'signIn':
      return actor.role === 'admin' ? 'internal' : 'none';
    case 'goal':
      return level(await loadGoal(db, id, viewer));
    case 'indicator':
    case 'indicatorValue':
      return level(await loadIndicator(db, id, viewer));
    case 'agreement':
      return level(await loadAgreement(db, id, viewer));
    case 'focusArea':
      return level(await loadFocusArea(db, id, viewer));
    case 'activity':
      return level(await loadActivity(db, id, viewer));
    case 'promise':
      return level(await loadPromise(db, id, viewer));
    case 'followUp': {
      const row = await db.selectFrom('followUps').select('activityId').where('id', '=', id).executeTakeFirst();
      return row ? level(await loadActivity(db, row.activityId, viewer)) : undefined;
    }
    case 'situationReport':
      return level(await loadSituationReport(db, id, viewer));
    case 'problem':
      return level(await loadProblem(db, id, viewer));
    case 'review': {
      const row = await findReviewRowById(db, id);
      return row ? level(await loadAgreement(db, row.agreementId, viewer)) : undefined;
    }
    case 'closedPeriod': {
      // A reopened tertial is gone: its history is then its municipality's (mayReadHistory).
      const row = await db.selectFrom('closedPeriods').select('agreementId').where('id', '=', id).executeTakeFirst();
      return row ? level(await loadAgreement(db, row.agreementId, viewer)) : undefined;
    }
  }
}

/**
 * The history of an item is for those who read the item whole (internal
 * notes included). Of a deleted item, for its municipality's readers and admins.
 */
async function mayReadHistory(db: Executor, actor: Actor, type: EntityType, id: string): Promise<boolean> {
  const level = await levelOfItem(db, actor, type, id);
  if (level !== undefined) return level === 'internal';
  if (actor.role === 'admin') return true;
  const municipalityId = await auditedMunicipality(db, type, id);
  return (
    municipalityId !== undefined &&
    municipalityId !== null &&
    (actor.role === 'editor' || actor.role === 'viewer') &&
    actor.municipalityId === municipalityId
  );
}

/** An item's history, oldest first, a page at a time; NotFound for those who may not read it. */
export async function listHistory(
  deps: ServiceDeps,
  actor: Actor,
  query: Parameters<typeof listAuditEvents>[1] & { entityType: EntityType },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const { db } = deps.database;
  if (!(await mayReadHistory(db, actor, query.entityType, query.entityId))) throw new NotFound('The item');
  return listAuditEvents(db, query);
}
