import type { Activity } from '../../server/activities/schemas.js';
import type { Agreement, FocusArea } from '../../server/agreements/schemas.js';
import type { FollowUp } from '../../server/followups/schemas.js';
import type { Goal, Indicator } from '../../server/goals/schemas.js';
import type { CitizenPromise } from '../../server/promises/schemas.js';
import type { Review } from '../../server/reviews/schemas.js';
import type { Problem, SituationReport } from '../../server/situations/schemas.js';
import { etag, type Callers, type cooperation } from './cooperation.js';

// Standing items of the home municipality for tests that only read them (the
// access matrix): one whole chain of the plan in each of three scopes.

/** The month every standing activity has recorded: before the test clock's month (2026-06). */
export const RECORDED_MONTH = '2026-05';

/** One chain of the plan: a goal served by an agreement, down to a recorded month and a promise. */
export interface Chain {
  goal: Goal;
  indicator: Indicator;
  agreement: Agreement;
  focusArea: FocusArea;
  /** Shared and led by the police. */
  activity: Activity;
  followUp: FollowUp;
  promise: CitizenPromise;
  /** The lägesbild the agreement answers: published and adopted in the published chain, else a draft. */
  situationReport: SituationReport;
  /** Of it, published in the published chain; the activity acts on it. */
  problem: Problem;
  /** The agreement's analysis of 2026-T1: final and published in the published chain, else a draft. */
  review: Review;
}

export interface StandingItems {
  /** Everything published; the police is party to the agreement. */
  published: Chain;
  /** Nothing published; the police is party to the agreement (and so to the goal). */
  party: Chain;
  /** Nothing published; only the municipality is party to the agreement, not the police. */
  notParty: Chain;
  /** A goal that was created and deleted: only its history is left. */
  deletedGoal: Goal;
}

type Builders = ReturnType<typeof cooperation>;

async function chain(coop: Builders, published: boolean, partyIds: string[], police: string): Promise<Chain> {
  const goal = await coop.goal({ published });
  const indicator = await coop.indicator(goal.id, { published });
  await coop.editor.put(`/indicators/${indicator.id}/values`, { period: '2025', group: 'all', value: 64 }).expect(201);
  const situationReport = await coop.situationReport({ published, status: published ? 'adopted' : 'draft' });
  const problem = await coop.problem(situationReport.id, { published });
  const agreement = await coop.agreement({
    published,
    partyIds,
    goalIds: [goal.id],
    situationReportId: situationReport.id,
  });
  const focusArea = await coop.focusArea(agreement.id);
  const activity = await coop.activity(focusArea, {
    leadOrganisationId: police,
    shared: true,
    published,
    problemIds: [problem.id],
  });
  const followUp = await coop.followUp(activity.id, RECORDED_MONTH, {
    outcome: 3,
    comment: 'Tre vandringar',
    internalNote: 'En ställdes in',
  });
  const promise = await coop.promise([activity.id], { agreementId: agreement.id, published });
  const review = await coop.review(agreement.id, '2026-T1', { status: published ? 'final' : 'draft', published });
  return { goal, indicator, agreement, focusArea, activity, followUp, promise, situationReport, problem, review };
}

/** Builds the standing items through the API, as the home municipality's editor. */
export async function standingItems(coop: Builders, c: Callers): Promise<StandingItems> {
  const withPolice = [c.homeOrganisation.id, c.police.id];
  const published = await chain(coop, true, withPolice, c.police.id);
  const party = await chain(coop, false, withPolice, c.police.id);
  const notParty = await chain(coop, false, [c.homeOrganisation.id], c.police.id);
  const deletedGoal = await coop.goal({ published: true });
  await coop.editor.delete(`/goals/${deletedGoal.id}`, etag(deletedGoal)).expect(204);
  return { published, party, notParty, deletedGoal };
}
