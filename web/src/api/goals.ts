import { api, call, collect, ifMatch, type Schemas } from './client';

// The municipality's goals (their indicators: indicators.ts).

export type Goal = Schemas['Goal'];

export const listGoals = (): Promise<Goal[]> =>
  collect((page) => api.GET('/api/v1/goals', { params: { query: page } }));

export const createGoal = (body: Schemas['CreateGoal']): Promise<Goal> =>
  call(() => api.POST('/api/v1/goals', { body }));

export const patchGoal = (goal: Goal, body: Schemas['PatchGoal']): Promise<Goal> =>
  call(() => api.PATCH('/api/v1/goals/{id}', { ...ifMatch(goal), body }));
