import { targetHistory, toActivities, visibleActivities } from '../activities/store.js';
import type { Activity } from '../activities/schemas.js';
import type { Executor } from '../db/database.js';
import { swedishOrder } from '../exchange/sheets.js';
import { listFollowUpRows } from '../followups/store.js';
import { inIndicatorValueOrder } from '../goals/store.js';
import type { Viewer } from '../domain/policy.js';
import { findMunicipalityByCode } from '../municipalities/store.js';
import { organisationsNamedBy } from '../organisations/store.js';
import { targetFor } from '../progress/progress.js';
import { publishedPromises } from '../promises/progress.js';
import { publicActivityCounts, publicProblemRows } from '../situations/store.js';
import type { OpenDataMunicipality, OpenDataRow, OpenDataSet } from './schemas.js';

// What the public may read, as flat rows: published items only, public fields
// only (never an internal note, who recorded a month, or an unpublished item).

const PUBLIC: Viewer = { kind: 'public' };

async function organisationNames(db: Executor, activities: readonly Activity[]): Promise<Map<string, string>> {
  return new Map((await organisationsNamedBy(db, activities)).map((row) => [row.id, row.name]));
}

const partnerNames = (activity: Activity, names: Map<string, string>) =>
  activity.partnerOrganisationIds
    .map((id) => names.get(id) ?? id)
    .sort(swedishOrder)
    .join('; ');

async function promiseRows(db: Executor, municipalityIds: readonly string[], now: Date): Promise<OpenDataRow[]> {
  const { promises, progress } = await publishedPromises(db, municipalityIds, now);
  const names = await organisationNames(
    db,
    progress.flat().map((entry) => entry.activity),
  );
  return promises.flatMap((promise, index) => {
    const head = {
      municipality_id: promise.municipalityId,
      promise_id: promise.id,
      promise_title: promise.title,
      promise_period_start: promise.periodStart,
      promise_period_end: promise.periodEnd,
      promise_text: promise.text,
    };
    const activities = progress[index] ?? [];
    if (activities.length === 0) {
      return [
        {
          ...head,
          ...Object.fromEntries(
            [
              'activity_id',
              'activity_title',
              'lead_organisation',
              'partner_organisations',
              'area',
              'status',
              'start_date',
              'end_date',
              'measure_label',
              'measure_unit',
              'monthly_target',
              'target_to_date',
              'outcome_to_date',
              'progress',
              'missing_months',
            ].map((name) => [name, null]),
          ),
        },
      ];
    }
    return activities.map(({ activity, progress: result }) => {
      const measured = activity.measure !== null;
      return {
        ...head,
        activity_id: activity.id,
        activity_title: activity.title,
        lead_organisation: names.get(activity.leadOrganisationId) ?? null,
        partner_organisations: partnerNames(activity, names),
        area: activity.area,
        status: activity.status,
        start_date: activity.startDate,
        end_date: activity.endDate,
        measure_label: activity.measure?.label ?? null,
        measure_unit: activity.measure?.unit ?? null,
        monthly_target: activity.measure?.monthlyTarget ?? null,
        target_to_date: measured ? result.targetToDate : null,
        outcome_to_date: measured ? result.outcomeToDate : null,
        progress: measured ? result.progress : null,
        missing_months: measured ? result.missingMonths.length : null,
      };
    });
  });
}

async function followUpRows(db: Executor, municipalityIds: readonly string[]): Promise<OpenDataRow[]> {
  const rows = await visibleActivities(db, PUBLIC)
    .select('agreements.municipalityId as municipalityOfAgreement')
    .where('agreements.municipalityId', 'in', municipalityIds)
    .orderBy('activities.title')
    .orderBy('activities.id')
    .execute();
  const targets = await targetHistory(
    db,
    rows.map((row) => row.id),
  );
  const activities = await toActivities(db, rows, targets);
  const municipalityOf = new Map(rows.map((row) => [row.id, row.municipalityOfAgreement]));
  const names = await organisationNames(db, activities);
  const followUps = await listFollowUpRows(
    db,
    activities.map((activity) => activity.id),
  );
  const byActivity = new Map<string, typeof followUps>();
  for (const row of followUps) byActivity.set(row.activityId, [...(byActivity.get(row.activityId) ?? []), row]);
  return activities.flatMap((activity) =>
    (byActivity.get(activity.id) ?? []).map((row) => ({
      municipality_id: municipalityOf.get(activity.id) ?? null,
      activity_id: activity.id,
      activity_title: activity.title,
      agreement_id: activity.agreementId,
      lead_organisation: names.get(activity.leadOrganisationId) ?? '',
      measure_label: activity.measure?.label ?? null,
      measure_unit: activity.measure?.unit ?? null,
      month: row.month,
      target: activity.measure ? targetFor(targets.get(activity.id) ?? [], row.month) : null,
      outcome: row.outcome,
      comment: row.comment,
      recorded_at: row.recordedAt.toISOString(),
    })),
  );
}

async function indicatorRows(db: Executor, municipalityIds: readonly string[]): Promise<OpenDataRow[]> {
  const rows = await db
    .selectFrom('indicatorValues')
    .innerJoin('indicators', 'indicators.id', 'indicatorValues.indicatorId')
    .innerJoin('goals', 'goals.id', 'indicators.goalId')
    .select([
      'goals.municipalityId',
      'goals.id as goalId',
      'goals.title as goalTitle',
      'indicators.id as indicatorId',
      'indicators.title as indicatorTitle',
      'indicators.source',
      'indicators.unit',
      'indicators.direction',
      'indicators.baselinePeriod',
      'indicators.baselineValue',
      'indicators.targetPeriod',
      'indicators.targetValue',
      'indicatorValues.period',
      'indicatorValues.group',
      'indicatorValues.value',
    ])
    .where('goals.municipalityId', 'in', municipalityIds)
    .where('goals.published', '=', true)
    .where('indicators.published', '=', true)
    .$call(inIndicatorValueOrder)
    .execute();
  return rows.map((row) => ({
    municipality_id: row.municipalityId,
    goal_id: row.goalId,
    goal_title: row.goalTitle,
    indicator_id: row.indicatorId,
    indicator_title: row.indicatorTitle,
    source: row.source,
    unit: row.unit,
    direction: row.direction,
    period: row.period,
    group: row.group,
    value: row.value,
    baseline_period: row.baselinePeriod,
    baseline_value: row.baselineValue,
    target_period: row.targetPeriod,
    target_value: row.targetValue,
  }));
}

async function problemRows(db: Executor, municipalityIds: readonly string[]): Promise<OpenDataRow[]> {
  const problems = await publicProblemRows(db, municipalityIds);
  const counts = await publicActivityCounts(
    db,
    problems.map(({ problem }) => problem.id),
    problems.flatMap(({ problem }) => problem.causes.map((cause) => cause.id)),
  );
  return problems.flatMap(({ row, problem }): OpenDataRow[] => {
    const head = {
      municipality_id: row.municipalityId,
      situation_report_id: problem.situationReportId,
      situation_report_title: row.reportTitle,
      period_start: row.reportPeriodStart,
      period_end: row.reportPeriodEnd,
      adopted_at: row.reportAdoptedAt,
      adopted_by: row.reportAdoptedBy,
      problem_id: problem.id,
      problem_title: problem.title,
      problem_description: problem.description,
      category: problem.category,
      areas: problem.areas.join('; '),
    };
    if (problem.causes.length === 0) {
      const none = { cause_id: null, cause_title: null, cause_description: null };
      return [{ ...head, ...none, activity_count: counts.get(problem.id) ?? 0 }];
    }
    return problem.causes.map((cause) => ({
      ...head,
      cause_id: cause.id,
      cause_title: cause.title,
      cause_description: cause.description,
      activity_count: counts.get(cause.id) ?? 0,
    }));
  });
}

/**
 * A data set's rows for these municipalities, in the same few queries for one
 * or many; each row carries `municipality_id` beside the set's columns.
 */
export async function openDataRows(
  db: Executor,
  municipalityIds: readonly string[],
  set: OpenDataSet['name'],
  now: Date,
): Promise<OpenDataRow[]> {
  if (municipalityIds.length === 0) return [];
  switch (set) {
    case 'promises':
      return promiseRows(db, municipalityIds, now);
    case 'followups':
      return followUpRows(db, municipalityIds);
    case 'indicators':
      return indicatorRows(db, municipalityIds);
    case 'problems':
      return problemRows(db, municipalityIds);
  }
}

/** A data set of the municipality with this code, or null when there is none (404). */
export async function loadOpenData(
  db: Executor,
  code: string,
  set: OpenDataSet['name'],
  now: Date,
): Promise<{ municipality: OpenDataMunicipality; items: OpenDataRow[] } | null> {
  const found = await findMunicipalityByCode(db, code);
  if (!found) return null;
  const municipality = { id: found.id, code: found.code, name: found.name, county: found.county };
  // The municipality's own set names no municipality on each row.
  const items = (await openDataRows(db, [found.id], set, now)).map(({ municipality_id: _, ...row }) => row);
  return { municipality, items };
}
