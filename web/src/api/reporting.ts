import { api, byId, call, callEmpty, type Schemas } from './client';

// The reporting duty: the caller's tasks, how punctually each organisation reports,
// settled tertials, and the caller's own reminder setting.

export type Task = Schemas['Task'];
export type CompletenessReport = Schemas['CompletenessReport'];
export type ClosedPeriod = Schemas['ClosedPeriod'];
export type User = Schemas['User'];

export const getMyTasks = async (): Promise<Task[]> => (await call(() => api.GET('/api/v1/me/tasks'))).items;

export const getCompleteness = (municipalityId: string, from?: string, to?: string): Promise<CompletenessReport> =>
  call(() =>
    api.GET('/api/v1/reports/completeness', {
      params: { query: { municipalityId, ...(from ? { from } : {}), ...(to ? { to } : {}) } },
    }),
  );

/** The same rows as CSV: a plain link (the session cookie goes with it). */
export const completenessCsvHref = (municipalityId: string) =>
  `/api/v1/reports/completeness.csv?${new URLSearchParams({ municipalityId }).toString()}`;

export const listClosedPeriods = async (agreementId: string): Promise<ClosedPeriod[]> =>
  (await call(() => api.GET('/api/v1/agreements/{id}/closed-periods', byId(agreementId)))).items;

export const closePeriod = (agreementId: string, period: string): Promise<ClosedPeriod> =>
  call(() => api.POST('/api/v1/agreements/{id}/closed-periods', { ...byId(agreementId), body: { period } }));

export const reopenPeriod = (agreementId: string, period: string): Promise<void> =>
  callEmpty(() =>
    api.DELETE('/api/v1/agreements/{id}/closed-periods/{period}', { params: { path: { id: agreementId, period } } }),
  );

/** Turns one's own e-mail reminders on or off, from the version of the account read. */
export const setReminders = (me: User, reminders: boolean): Promise<User> =>
  call(() => api.PATCH('/api/v1/auth/me', { body: { reminders }, headers: { 'If-Match': `"${me.version}"` } }));

/** The day month M is due: the municipality's report day of M+1. */
export function dueDateOf(month: string, reportingDay: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${String(reportingDay).padStart(2, '0')}`;
}
