import type { Selectable } from 'kysely';
import { targetHistory, toActivities } from '../activities/store.js';
import type { Activity } from '../activities/schemas.js';
import { listFocusAreas } from '../agreements/store.js';
import type { Agreement, FocusArea } from '../agreements/schemas.js';
import type { Executor } from '../db/database.js';
import type { FollowUpsTable, OrganisationRow } from '../db/schema.js';
import { listFollowUpRows } from '../followups/store.js';
import { inIndicatorValueOrder } from '../goals/store.js';
import type { ReadLevel } from '../domain/policy.js';
import type { TargetChange } from '../progress/progress.js';
import { swedishOrder } from './sheets.js';

// The queries of the exchange: an agreement's plan, months and indicators as
// the reader may see them (export), and the facts an import is checked against.

export type FollowUpRow = Selectable<FollowUpsTable>;

export interface AgreementContents {
  focusAreas: FocusArea[];
  /** In the plan's order: by focus area, then title. */
  activities: Activity[];
  targets: Map<string, TargetChange[]>;
  /** By activity, oldest month first. */
  followUps: Map<string, FollowUpRow[]>;
}

/**
 * The plan of an agreement and its recorded months. Readers below 'internal'
 * get the published activities only (and the caller leaves out internal notes).
 */
export async function loadAgreementContents(
  db: Executor,
  agreementId: string,
  level: ReadLevel,
): Promise<AgreementContents> {
  const focusAreas = await listFocusAreas(db, agreementId);
  let query = db.selectFrom('activities').selectAll().where('agreementId', '=', agreementId);
  if (level !== 'internal') query = query.where('published', '=', true);
  const rows = await query.execute();
  const targets = await targetHistory(
    db,
    rows.map((row) => row.id),
  );
  const place = new Map(focusAreas.map((area, index) => [area.id, index]));
  const activities = (await toActivities(db, rows, targets, () => level === 'internal')).sort(
    (a, b) =>
      (place.get(a.focusAreaId) ?? 0) - (place.get(b.focusAreaId) ?? 0) ||
      swedishOrder(a.title, b.title) ||
      (a.id < b.id ? -1 : 1),
  );
  const followUps = new Map<string, FollowUpRow[]>();
  for (const row of await listFollowUpRows(
    db,
    activities.map((activity) => activity.id),
  )) {
    followUps.set(row.activityId, [...(followUps.get(row.activityId) ?? []), row]);
  }
  return { focusAreas, activities, targets, followUps };
}

/** Every organisation, for names in and out: a handful per municipality. */
export async function listOrganisations(
  db: Executor,
): Promise<Pick<OrganisationRow, 'id' | 'name' | 'municipalityId'>[]> {
  return db.selectFrom('organisations').select(['id', 'name', 'municipalityId']).orderBy('name').execute();
}

export interface IndicatorValueRow {
  goalTitle: string;
  indicatorId: string;
  indicatorTitle: string;
  source: string;
  unit: string;
  period: string;
  group: 'all' | 'women' | 'men';
  value: number;
  baselinePeriod: string | null;
  baselineValue: number | null;
  targetPeriod: string | null;
  targetValue: number | null;
}

/** The values of the indicators of the goals the agreement serves; below 'internal', published goals and indicators only. */
export async function listAgreementIndicatorValues(
  db: Executor,
  agreement: Pick<Agreement, 'id'>,
  level: ReadLevel,
): Promise<IndicatorValueRow[]> {
  let query = db
    .selectFrom('agreementGoals')
    .innerJoin('goals', 'goals.id', 'agreementGoals.goalId')
    .innerJoin('indicators', 'indicators.goalId', 'goals.id')
    .innerJoin('indicatorValues', 'indicatorValues.indicatorId', 'indicators.id')
    .select([
      'goals.title as goalTitle',
      'indicators.id as indicatorId',
      'indicators.title as indicatorTitle',
      'indicators.source',
      'indicators.unit',
      'indicatorValues.period',
      'indicatorValues.group',
      'indicatorValues.value',
      'indicators.baselinePeriod',
      'indicators.baselineValue',
      'indicators.targetPeriod',
      'indicators.targetValue',
    ])
    .where('agreementGoals.agreementId', '=', agreement.id);
  if (level !== 'internal') query = query.where('goals.published', '=', true).where('indicators.published', '=', true);
  return inIndicatorValueOrder(query).execute();
}
