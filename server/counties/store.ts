import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { listIndicatorValues } from '../goals/store.js';
import { openDataRows } from '../opendata/store.js';
import type { OpenDataRow, OpenDataSet } from '../opendata/schemas.js';
import { lightOf } from '../progress/progress.js';
import { publishedPromises } from '../promises/progress.js';
import type { CountyDashboard, CountyIndicator, CountyMunicipality, CountyPromise } from './schemas.js';

// The county's public view: every query here is for all of the county's
// municipalities at once (a fixed number of queries, however many there are).

interface CountyMunicipalityRow {
  id: string;
  code: string;
  name: string;
  county: string;
}

/** The county's municipalities by name, and its own row (name, programme) if it has one; null: no such county. */
async function findCounty(db: Executor, code: string) {
  const municipalities: CountyMunicipalityRow[] = await db
    .selectFrom('municipalities')
    .select(['id', 'code', 'name', 'county'])
    .where(sql<string>`substr(code, 1, 2)`, '=', code)
    .orderBy('name')
    .orderBy('code')
    .execute();
  if (municipalities.length === 0) return null;
  const row = await db.selectFrom('counties').selectAll().where('code', '=', code).executeTakeFirst();
  // Without a row of its own, the county is called what its municipalities call it (the most of them).
  const counted = new Map<string, number>();
  for (const m of municipalities) counted.set(m.county, (counted.get(m.county) ?? 0) + 1);
  const named = [...counted.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    county: {
      code,
      name: row?.name ?? named,
      programme: row && row.programmeTitle !== '' ? { title: row.programmeTitle, text: row.programme } : null,
    },
    updatedAt: row?.updatedAt ?? null,
    municipalities,
  };
}

async function activeAgreements(db: Executor, municipalityIds: readonly string[]) {
  const rows = await db
    .selectFrom('agreements')
    .select(['id', 'municipalityId', 'title', 'periodStart', 'periodEnd', 'updatedAt'])
    .where('municipalityId', 'in', municipalityIds)
    .where('status', '=', 'active')
    .where('published', '=', true)
    .orderBy('periodStart', 'desc')
    .orderBy('id')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.municipalityId)) latest.set(row.municipalityId, row);
  return { latest, changedAt: rows.map((row) => row.updatedAt) };
}

async function promisesByMunicipality(db: Executor, municipalityIds: readonly string[], now: Date) {
  const today = now.toISOString().slice(0, 10);
  const { promises, progress } = await publishedPromises(db, municipalityIds, now);
  const byMunicipality = new Map<string, (CountyPromise & { measured: CountyMunicipality['progressToDate'][] })[]>();
  const changedAt: Date[] = [];
  promises.forEach((promise, index) => {
    const activities = progress[index] ?? [];
    const measured = activities.filter(({ activity }) => activity.measure !== null);
    const target = measured.reduce((sum, entry) => sum + entry.progress.targetToDate, 0);
    const outcome = measured.reduce((sum, entry) => sum + entry.progress.outcomeToDate, 0);
    const value = target > 0 ? outcome / target : null;
    changedAt.push(new Date(promise.updatedAt), ...activities.map((entry) => entry.changedAt));
    const entry = {
      id: promise.id,
      title: promise.title,
      periodStart: promise.periodStart,
      periodEnd: promise.periodEnd,
      current: promise.periodStart <= today && today <= promise.periodEnd,
      activities: activities.length,
      targetToDate: target,
      outcomeToDate: outcome,
      progress: value,
      light: lightOf(value, 'ongoing'),
      missingMonths: measured.reduce((sum, e) => sum + e.progress.missingMonths.length, 0),
      measured: measured.map((e) => ({
        targetToDate: e.progress.targetToDate,
        outcomeToDate: e.progress.outcomeToDate,
        progress: e.progress.progress,
        light: e.progress.light,
      })),
    };
    const list = byMunicipality.get(promise.municipalityId);
    if (list) list.push(entry);
    else byMunicipality.set(promise.municipalityId, [entry]);
  });
  return { byMunicipality, changedAt };
}

/** Each municipality's published indicators of published goals, with the latest value per group. */
async function indicatorsByMunicipality(db: Executor, municipalityIds: readonly string[]) {
  const rows = await db
    .selectFrom('indicators')
    .innerJoin('goals', 'goals.id', 'indicators.goalId')
    .selectAll('indicators')
    .select('goals.municipalityId')
    .where('goals.municipalityId', 'in', municipalityIds)
    .where('goals.published', '=', true)
    .where('indicators.published', '=', true)
    .orderBy('goals.title')
    .orderBy('indicators.createdAt')
    .orderBy('indicators.id')
    .execute();
  const values = await listIndicatorValues(
    db,
    rows.map((row) => row.id),
  );
  const valuesOf = new Map<string, typeof values>();
  for (const value of values) {
    const list = valuesOf.get(value.indicatorId);
    if (list) list.push(value);
    else valuesOf.set(value.indicatorId, [value]);
  }
  const byMunicipality = new Map<string, CountyIndicator[]>();
  for (const row of rows) {
    const own = valuesOf.get(row.id) ?? [];
    // The latest period any group has a value for: women and men of the same year, side by side.
    const period = own.reduce<string | null>((max, v) => (max === null || v.period > max ? v.period : max), null);
    const at = (group: string) => own.find((v) => v.period === period && v.group === group)?.value ?? null;
    const indicator: CountyIndicator = {
      id: row.id,
      title: row.title,
      source: row.source,
      unit: row.unit,
      direction: row.direction,
      kolada: row.koladaKpi === null ? null : { kpi: row.koladaKpi },
      period,
      all: at('all'),
      women: at('women'),
      men: at('men'),
    };
    const list = byMunicipality.get(row.municipalityId);
    if (list) list.push(indicator);
    else byMunicipality.set(row.municipalityId, [indicator]);
  }
  const changedAt = [...rows.map((row) => row.updatedAt), ...values.map((v) => new Date(v.updatedAt))];
  return { byMunicipality, changedAt };
}

function rollUp(measured: readonly CountyMunicipality['progressToDate'][]): CountyMunicipality['progressToDate'] {
  const targetToDate = measured.reduce((sum, e) => sum + e.targetToDate, 0);
  const outcomeToDate = measured.reduce((sum, e) => sum + e.outcomeToDate, 0);
  const progress = targetToDate > 0 ? outcomeToDate / targetToDate : null;
  return { targetToDate, outcomeToDate, progress, light: lightOf(progress, 'ongoing') };
}

/** The county's dashboard, or null for a county no municipality belongs to. */
export async function loadCountyDashboard(
  db: Executor,
  code: string,
  now: Date,
): Promise<
  | (Omit<CountyDashboard, 'lightThresholds' | 'reportingWindow' | 'municipalities'> & {
      municipalities: Omit<CountyMunicipality, 'reporting'>[];
    })
  | null
> {
  const found = await findCounty(db, code);
  if (!found) return null;
  const ids = found.municipalities.map((m) => m.id);
  const agreements = await activeAgreements(db, ids);
  const promises = await promisesByMunicipality(db, ids, now);
  const indicators = await indicatorsByMunicipality(db, ids);
  const municipalities = found.municipalities.map((m): Omit<CountyMunicipality, 'reporting'> => {
    const own = promises.byMunicipality.get(m.id) ?? [];
    const agreement = agreements.latest.get(m.id);
    const ownIndicators = indicators.byMunicipality.get(m.id) ?? [];
    return {
      municipality: { id: m.id, code: m.code, name: m.name },
      hasData: agreement !== undefined || own.length > 0 || ownIndicators.length > 0,
      agreement: agreement
        ? {
            id: agreement.id,
            title: agreement.title,
            periodStart: agreement.periodStart,
            periodEnd: agreement.periodEnd,
          }
        : null,
      promises: own.map(({ measured: _, ...promise }) => promise),
      progressToDate: rollUp(own.filter((p) => p.current).flatMap((p) => p.measured)),
      indicators: ownIndicators,
    };
  });
  const changed = [...agreements.changedAt, ...promises.changedAt, ...indicators.changedAt];
  if (found.updatedAt) changed.push(found.updatedAt);
  const last = changed.reduce<Date | null>((max, d) => (max === null || d > max ? d : max), null);
  return { county: found.county, municipalities, lastChangedAt: last?.toISOString() ?? null };
}

/** A data set of every municipality of the county, each row with its municipality's code; null: no such county. */
export async function loadCountyOpenData(
  db: Executor,
  code: string,
  set: OpenDataSet['name'],
  now: Date,
): Promise<{ county: { code: string; name: string }; items: OpenDataRow[] } | null> {
  const found = await findCounty(db, code);
  if (!found) return null;
  const codeOf = new Map(found.municipalities.map((m) => [m.id, m.code]));
  const rows = await openDataRows(
    db,
    found.municipalities.map((m) => m.id),
    set,
    now,
  );
  const items = rows
    .map(({ municipality_id: id, ...row }) => ({ municipality_code: codeOf.get(String(id)) ?? '', ...row }))
    // By municipality code, each municipality's rows in their own order.
    .map((row, index) => ({ row, index }))
    .sort((a, b) =>
      a.row.municipality_code === b.row.municipality_code
        ? a.index - b.index
        : a.row.municipality_code < b.row.municipality_code
          ? -1
          : 1,
    )
    .map(({ row }) => row);
  return { county: { code: found.county.code, name: found.county.name }, items };
}
