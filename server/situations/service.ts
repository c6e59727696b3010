import type { Static } from 'typebox';
import { visibleAgreement } from '../agreements/service.js';
import { deleteItem, runChange, type BasedOn, type ServiceDeps } from '../domain/changes.js';
import { managedItems } from '../domain/managed.js';
import { assertCanManage, viewerOf, type Actor } from '../domain/policy.js';
import { currentDate } from '../progress/months.js';
import type {
  CreateProblem,
  CreateSituationReport,
  PatchProblem,
  PatchSituationReport,
  Problem,
  SituationReport,
  SituationReportListQuery,
  Traceability,
} from './schemas.js';
import * as store from './store.js';
import { traceability } from './traceability.js';

// Lägesbilder and their problems: read as the agreement rules say (editors of
// the municipality write; insiders read drafts and internal notes; the public
// what is published and adopted), each change with its audit event.

const reports = managedItems<SituationReport>({
  entityType: 'situationReport',
  what: 'The lägesbild',
  load: async (db, id, viewer) => {
    const found = await store.loadSituationReport(db, id, viewer);
    return found && { item: found.report, municipalityId: found.report.municipalityId, level: found.level };
  },
});

const problems = managedItems<Problem>({
  entityType: 'problem',
  what: 'The problem',
  load: async (db, id, viewer) => {
    const found = await store.loadProblem(db, id, viewer);
    return found && { item: found.problem, municipalityId: found.report.municipalityId, level: found.level };
  },
});

const today = (deps: ServiceDeps) => currentDate(deps.clock.now());

export function listSituationReports(
  deps: ServiceDeps,
  actor: Actor | null,
  query: Static<typeof SituationReportListQuery>,
) {
  return store.listSituationReports(deps.database.db, viewerOf(actor), query);
}

export async function getSituationReport(deps: ServiceDeps, actor: Actor | null, id: string): Promise<SituationReport> {
  return (await reports.visible(deps.database.db, actor, id)).item;
}

export function createSituationReport(
  deps: ServiceDeps,
  actor: Actor | null,
  input: CreateSituationReport,
): Promise<SituationReport> {
  return reports.create(deps, actor, input.municipalityId, (trx, now) =>
    store.createSituationReport(trx, input, now, today(deps)),
  );
}

export function updateSituationReport(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchSituationReport,
): Promise<SituationReport> {
  // Moving it to another municipality needs the right to manage that one too.
  if (patch.municipalityId !== undefined) assertCanManage(actor, patch.municipalityId);
  return reports.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updateSituationReport(trx, before, version, patch, now, today(deps)),
  );
}

/** Deletes a lägesbild with its problems (the audit keeps them), unless something still answers or acts on it (409). */
export function deleteSituationReport(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
): Promise<void> {
  return runChange(deps, actor, async (change) => {
    const held = await store.listProblems(change.trx, id, 'internal');
    await deleteItem(change, basedOn, {
      ...reports.existing(actor, id),
      audited: (report) => ({ ...report, problems: held }),
      remove: (trx, before, version) => store.deleteSituationReport(trx, before.id, version),
    });
  });
}

export async function listProblems(deps: ServiceDeps, actor: Actor | null, reportId: string): Promise<Problem[]> {
  const report = await reports.visible(deps.database.db, actor, reportId);
  return store.listProblems(deps.database.db, report.item.id, report.level);
}

export async function createProblem(
  deps: ServiceDeps,
  actor: Actor | null,
  reportId: string,
  input: CreateProblem,
): Promise<Problem> {
  const report = await reports.visible(deps.database.db, actor, reportId);
  return problems.create(deps, actor, report.municipalityId, (trx, now) =>
    store.createProblem(trx, report.item.id, input, now),
  );
}

export async function getProblem(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Problem> {
  return (await problems.visible(deps.database.db, actor, id)).item;
}

/** Changes a problem; causes, when given, replace the list (a cause sent with its id keeps it). */
export function updateProblem(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  basedOn: BasedOn,
  patch: PatchProblem,
): Promise<Problem> {
  return problems.update(deps, actor, id, basedOn, (trx, before, version, now) =>
    store.updateProblem(trx, before, version, patch, now),
  );
}

/** Deletes a problem and its causes, unless an activity acts on it or one of them (409). */
export function deleteProblem(deps: ServiceDeps, actor: Actor | null, id: string, basedOn: BasedOn): Promise<void> {
  return problems.remove(deps, actor, id, basedOn, (trx, before, version) => store.deleteProblem(trx, before, version));
}

/** The problems of the lägesbild an agreement answers, as the caller may read them; none when it answers none. */
export async function listAgreementProblems(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
): Promise<Problem[]> {
  const { db } = deps.database;
  const { item: agreement } = await visibleAgreement(db, actor, agreementId);
  if (agreement.situationReportId === null) return [];
  const report = await store.loadSituationReport(db, agreement.situationReportId, viewerOf(actor));
  return report ? store.listProblems(db, report.report.id, report.level) : [];
}

export async function getTraceability(deps: ServiceDeps, actor: Actor | null, id: string): Promise<Traceability> {
  const { db } = deps.database;
  const report = await reports.visible(db, actor, id);
  return traceability(db, viewerOf(actor), report.item, report.level, deps.clock.now());
}
