import { visibleActivity, writeActivityChange } from '../activities/service.js';
import type { Executor } from '../db/database.js';
import { runChange, type ServiceDeps } from '../domain/changes.js';
import { NotFound } from '../domain/errors.js';
import { assertCanManage, type Actor } from '../domain/policy.js';
import { findMunicipalityByCode } from '../municipalities/store.js';
import { organisationsNamedBy } from '../organisations/store.js';
import { loadProgress } from '../promises/progress.js';
import type { AreaList, AreaPage, AreaRenamed, RenameArea } from './schemas.js';
import * as store from './store.js';

// The way by area: the places the public items of a municipality name, what lies in each,
// and an editor's renaming of a place everywhere at once (one audited change per item).

interface Area {
  name: string;
  mentions: store.AreaMention[];
}

/** Swedish order, capitals first: of two spellings as common, "Skäggetorp" names the area, not "skäggetorp". */
const collator = new Intl.Collator('sv', { caseFirst: 'upper' });

/** The mentions grouped by area; each area named as most of its items spell it. */
function groupAreas(mentions: readonly store.AreaMention[]): Map<string, Area> {
  const groups = new Map<string, store.AreaMention[]>();
  for (const mention of mentions) {
    const key = store.areaKey(mention.name);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const areas = new Map<string, Area>();
  for (const [key, group] of groups) {
    const counts = new Map<string, number>();
    for (const { name } of group) counts.set(name.trim(), (counts.get(name.trim()) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]![0];
    areas.set(key, { name, mentions: group });
  }
  return areas;
}

async function municipalityOf(deps: ServiceDeps, code: string) {
  const municipality = await findMunicipalityByCode(deps.database.db, code);
  if (!municipality) throw new NotFound('The municipality');
  return municipality;
}

/** The places a municipality's published items name, by name; NotFound for an unknown code. */
export async function listAreas(deps: ServiceDeps, code: string): Promise<AreaList> {
  const municipality = await municipalityOf(deps, code);
  return {
    municipality: { code: municipality.code, name: municipality.name },
    items: await areaSummaries(deps.database.db, municipality.id),
  };
}

/** The places a municipality's published items name, with how much lies in each, by name (the dashboard's too). */
export async function areaSummaries(db: Executor, municipalityId: string): Promise<AreaList['items']> {
  const areas = groupAreas(await store.areaMentions(db, municipalityId, 'published'));
  const activityIds = [...areas.values()].flatMap((area) => area.mentions.map((mention) => mention.id));
  const promises = await store.promisesHolding(db, activityIds);
  return [...areas.values()]
    .map((area) => {
      const ids = new Set(area.mentions.map((mention) => mention.id));
      return {
        name: area.name,
        activities: area.mentions.filter((mention) => mention.kind === 'activity').length,
        promises: promises.filter((promise) => promise.activityIds.some((id) => ids.has(id))).length,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** One place: its published activities with their progress, and the published promises holding them. */
export async function getArea(deps: ServiceDeps, code: string, name: string): Promise<AreaPage> {
  const { db } = deps.database;
  const municipality = await municipalityOf(deps, code);
  const area = groupAreas(await store.areaMentions(db, municipality.id, 'published')).get(store.areaKey(name));
  if (!area) throw new NotFound('The area');
  const found = await store.publishedActivities(
    db,
    area.mentions.filter((mention) => mention.kind === 'activity').map((mention) => mention.id),
  );
  const progress = await loadProgress(
    db,
    found.map(({ activity, period }) => ({ ...period, activityIds: [activity.id] })),
    deps.clock.now(),
  );
  const promises = await store.promisesHolding(
    db,
    found.map(({ activity }) => activity.id),
  );
  const activities = found.map(({ activity }, index) => ({
    activity,
    progress: progress[index]![0]!.progress,
    promiseIds: promises.filter((promise) => promise.activityIds.includes(activity.id)).map((promise) => promise.id),
  }));
  return {
    municipality: { code: municipality.code, name: municipality.name },
    name: area.name,
    activities,
    promises,
    organisations: await organisationsNamedBy(
      db,
      found.map(({ activity }) => activity),
    ),
  };
}

/**
 * Renames a place everywhere in a municipality at once: every activity naming it (published
 * or not, in any case or spacing) gets the new name, each through its own versioned,
 * audited change, in one transaction. NotFound when no item names it.
 */
export function renameArea(
  deps: ServiceDeps,
  actor: Actor | null,
  municipalityId: string,
  input: RenameArea,
): Promise<AreaRenamed> {
  assertCanManage(actor, municipalityId);
  const to = input.to.trim();
  return runChange(deps, actor, async (change) => {
    const area = groupAreas(await store.areaMentions(change.trx, municipalityId, 'all')).get(store.areaKey(input.from));
    if (!area) throw new NotFound('The area');
    let renamed = 0;
    for (const mention of area.mentions) {
      const loaded = await visibleActivity(change.trx, actor, mention.id);
      if (loaded.activity.area === to) continue;
      await writeActivityChange(change, municipalityId, loaded.activity, loaded.activity.version, { area: to });
      renamed += 1;
    }
    return { name: to, activities: renamed };
  });
}
