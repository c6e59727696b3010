import { api, byId, call, collect, ifMatch, type Schemas } from './client';

// An agreement's activities, each with its monthly measure (their months: followUps.ts).

export type Activity = Schemas['Activity'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type CreateActivity = Schemas['CreateActivity'];
export type Measure = Schemas['Measure'];

export const listActivities = (agreementId: string): Promise<Activity[]> =>
  collect((page) => api.GET('/api/v1/activities', { params: { query: { ...page, agreementId } } }));

export const getActivity = (id: string): Promise<Activity> => call(() => api.GET('/api/v1/activities/{id}', byId(id)));

export const createActivity = (body: CreateActivity): Promise<Activity> =>
  call(() => api.POST('/api/v1/activities', { body }));

export const patchActivity = (activity: Activity, body: Schemas['PatchActivity']): Promise<Activity> =>
  call(() => api.PATCH('/api/v1/activities/{id}', { ...ifMatch(activity), body }));
