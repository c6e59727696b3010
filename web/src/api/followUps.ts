import { api, byId, call, type Schemas } from './client';

// An activity's months: the outcome recorded against the month's target.

export type FollowUp = Schemas['FollowUp'];

/** One page holds every month of an activity. */
export const listFollowUps = async (activityId: string): Promise<FollowUp[]> =>
  (await call(() => api.GET('/api/v1/activities/{id}/follow-ups', byId(activityId)))).items;

/** Records a month (no If-Match: the first time) or replaces it (If-Match: the version read, as "N"). */
export const putFollowUp = (
  activityId: string,
  month: string,
  body: Schemas['PutFollowUp'],
  version: number | null,
): Promise<FollowUp> =>
  call(() =>
    api.PUT('/api/v1/activities/{id}/follow-ups/{month}', {
      params: { path: { id: activityId, month } },
      body,
      headers: version === null ? {} : { 'If-Match': `"${version}"` },
    }),
  );

/** One month of an activity, with its version (for If-Match). */
export const getFollowUp = (activityId: string, month: string): Promise<FollowUp> =>
  call(() => api.GET('/api/v1/activities/{id}/follow-ups/{month}', { params: { path: { id: activityId, month } } }));

export type FollowUpGrid = Schemas['FollowUpGrid'];
export type FollowUpGridRow = Schemas['FollowUpGridRow'];

/**
 * A year of every measured activity of an agreement the reader may see: its months and which of them
 * they may record. Without a year, the server's: the current one, or the period's nearest.
 */
export const getFollowUpGrid = (agreementId: string, year?: number): Promise<FollowUpGrid> =>
  call(() =>
    api.GET('/api/v1/agreements/{id}/follow-up-grid', {
      params: { path: { id: agreementId }, query: year === undefined ? {} : { year } },
    }),
  );
