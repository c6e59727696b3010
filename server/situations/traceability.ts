import type { Activity } from '../activities/schemas.js';
import { insiderFor, toActivities, visibleActivities } from '../activities/store.js';
import { visibleAgreements } from '../agreements/store.js';
import type { Executor } from '../db/database.js';
import type { ReadLevel, Viewer } from '../domain/policy.js';
import { loadProgress } from '../promises/progress.js';
import type { ActivityProgress } from '../promises/schemas.js';
import type { SituationReport, TracedActivity, Traceability } from './schemas.js';
import { actedOn, actingActivities, listProblems } from './store.js';

// A lägesbild's traceability, the chain Brå asks for: each problem and cause
// with the activities acting on it and their progress to date, and the two
// gaps: problems no activity acts on, activities acting on no problem. What a
// reader may not see is left out of the lists; whether something is a gap is
// judged on all of it, so a published problem acted on by unpublished work is
// not shown as forgotten.

function traced(activity: Activity, progress: ActivityProgress | undefined): TracedActivity {
  return {
    activityId: activity.id,
    agreementId: activity.agreementId,
    title: activity.title,
    status: activity.status,
    area: activity.area,
    published: activity.published,
    measure: activity.measure,
    targetToDate: progress?.targetToDate ?? 0,
    outcomeToDate: progress?.outcomeToDate ?? 0,
    progress: progress?.progress ?? null,
    light: progress?.light ?? null,
    countedMonths: progress?.countedMonths ?? null,
    missingMonths: progress?.missingMonths ?? [],
  };
}

/** The agreements answering the lägesbild and their activities, as the viewer may read them, each with its progress to date. */
async function answeringPlans(db: Executor, viewer: Viewer, reportId: string, now: Date) {
  const agreements = await visibleAgreements(db, viewer)
    .where('agreements.situationReportId', '=', reportId)
    .orderBy('agreements.periodStart')
    .orderBy('agreements.id')
    .execute();
  if (agreements.length === 0) return { agreements, activities: [] };
  const rows = await visibleActivities(db, viewer)
    .where(
      'activities.agreementId',
      'in',
      agreements.map((agreement) => agreement.id),
    )
    .orderBy('activities.title')
    .orderBy('activities.id')
    .execute();
  // Ties to problems the viewer may not see do not show.
  const activities = await toActivities(db, rows, undefined, await insiderFor(db, viewer, rows));
  const progress = await loadProgress(
    db,
    agreements.map((agreement) => ({
      start: agreement.periodStart,
      end: agreement.periodEnd,
      activityIds: activities.filter((activity) => activity.agreementId === agreement.id).map((a) => a.id),
    })),
    now,
  );
  const progressOf = new Map(progress.flat().map((entry) => [entry.activity.id, entry.progress]));
  return {
    agreements,
    activities: activities.map((activity) => ({ activity, traced: traced(activity, progressOf.get(activity.id)) })),
  };
}

export async function traceability(
  db: Executor,
  viewer: Viewer,
  report: SituationReport,
  level: ReadLevel,
  now: Date,
): Promise<Traceability> {
  const problems = await listProblems(db, report.id, level);
  const plans = await answeringPlans(db, viewer, report.id, now);
  const causeIds = problems.flatMap((problem) => problem.causes.map((cause) => cause.id));
  const acted = await actedOn(
    db,
    problems.map((problem) => problem.id),
    causeIds,
  );
  const acting = await actingActivities(
    db,
    plans.activities.map(({ activity }) => activity.id),
  );
  const on = (test: (activity: Activity) => boolean) =>
    plans.activities.filter(({ activity }) => test(activity)).map((entry) => entry.traced);
  return {
    situationReportId: report.id,
    agreements: plans.agreements.map((agreement) => ({ id: agreement.id, title: agreement.title })),
    problems: problems.map((problem) => ({
      problem: {
        id: problem.id,
        title: problem.title,
        category: problem.category,
        areas: problem.areas,
        published: problem.published,
      },
      activities: on((activity) => activity.problemIds.includes(problem.id)),
      causes: problem.causes.map((cause) => ({
        cause,
        activities: on((activity) => activity.causeIds.includes(cause.id)),
      })),
    })),
    problemsWithoutActivity: problems.filter((problem) => !acted.problems.has(problem.id)).map((p) => p.id),
    causesWithoutActivity: causeIds.filter((id) => !acted.causes.has(id)),
    // Work that was over before the period the lägesbild describes had ended cannot answer it.
    activitiesWithoutProblem: on(
      (activity) => !acting.has(activity.id) && (activity.endDate === null || activity.endDate > report.periodEnd),
    ),
  };
}
