import { loadActivity } from '../activities/store.js';
import { loadAgreement, loadFocusArea } from '../agreements/store.js';
import type { Executor } from '../db/database.js';
import { loadGoal, loadIndicator } from '../goals/store.js';
import type { Actor } from '../domain/policy.js';
import { viewerOf, type ReadLevel } from '../domain/policy.js';
import { loadPromise } from '../promises/store.js';
import { auditedMunicipality } from './store.js';
import type { EntityType } from './schemas.js';

/** How much of an existing item the actor may read; undefined when the item is gone. */
async function levelOfItem(db: Executor, actor: Actor, type: EntityType, id: string): Promise<ReadLevel | undefined> {
  const viewer = viewerOf(actor);
  const level = (found: { level: ReadLevel } | null) => found?.level;
  switch (type) {
    case 'municipality':
    case 'organisation':
    case 'user':
    case 'apiToken':
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
  }
}

/**
 * The history of an item is for those who read the item whole (internal
 * notes included). Of a deleted item, for its municipality's readers and admins.
 */
export async function mayReadHistory(db: Executor, actor: Actor, type: EntityType, id: string): Promise<boolean> {
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
