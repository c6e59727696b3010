import { api, byId, call, collect, ifMatch, type Schemas } from './client';

// The lägesbilder (situation reports), the problems each found with their causes, and their
// traceability: which activities act on which problem, and the gaps.

export type SituationReport = Schemas['SituationReport'];
export type SituationProblem = Schemas['SituationProblem'];
export type ProblemCategory = Schemas['ProblemCategory'];
export type Traceability = Schemas['Traceability'];
export type TracedActivity = Schemas['TracedActivity'];

export const PROBLEM_CATEGORIES: ProblemCategory[] = [
  'violence',
  'drugs',
  'property',
  'disorder',
  'youth',
  'organisedCrime',
  'welfareCrime',
  'fraud',
  'traffic',
  'insecurity',
  'other',
];

export const listSituationReports = (): Promise<SituationReport[]> =>
  collect((page) => api.GET('/api/v1/situation-reports', { params: { query: page } }));

export const getSituationReport = (id: string): Promise<SituationReport> =>
  call(() => api.GET('/api/v1/situation-reports/{id}', byId(id)));

export const createSituationReport = (body: Schemas['CreateSituationReport']): Promise<SituationReport> =>
  call(() => api.POST('/api/v1/situation-reports', { body }));

export const patchSituationReport = (
  report: SituationReport,
  body: Schemas['PatchSituationReport'],
): Promise<SituationReport> => call(() => api.PATCH('/api/v1/situation-reports/{id}', { ...ifMatch(report), body }));

export const listProblems = (reportId: string): Promise<SituationProblem[]> =>
  call(() => api.GET('/api/v1/situation-reports/{id}/problems', byId(reportId))).then((page) => page.items);

export const getProblem = (id: string): Promise<SituationProblem> =>
  call(() => api.GET('/api/v1/problems/{id}', byId(id)));

export const createProblem = (reportId: string, body: Schemas['CreateProblem']): Promise<SituationProblem> =>
  call(() => api.POST('/api/v1/situation-reports/{id}/problems', { ...byId(reportId), body }));

export const patchProblem = (problem: SituationProblem, body: Schemas['PatchProblem']): Promise<SituationProblem> =>
  call(() => api.PATCH('/api/v1/problems/{id}', { ...ifMatch(problem), body }));

/** The problems of the lägesbild an agreement's plan answers (none when it answers none). */
export const listAgreementProblems = (agreementId: string): Promise<SituationProblem[]> =>
  call(() => api.GET('/api/v1/agreements/{id}/problems', byId(agreementId))).then((page) => page.items);

export const getTraceability = (id: string): Promise<Traceability> =>
  call(() => api.GET('/api/v1/situation-reports/{id}/traceability', byId(id)));
