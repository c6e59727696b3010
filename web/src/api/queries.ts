import {
  api,
  call,
  collect,
  type Activity,
  type Agreement,
  type CitizenPromise,
  type Dashboard,
  type FollowUp,
  type PromiseProgress,
  type FocusArea,
  type Goal,
  type Municipality,
  type OrganisationName,
  type User,
} from './client';

// The reads and writes the pages make, one function each. Lists are read whole (every page).

const PAGE = 500;

export const getDashboard = (code: string): Promise<Dashboard> =>
  call(() => api.GET('/api/v1/public/municipalities/{code}/dashboard', { params: { path: { code } } }));

export const listMunicipalities = (): Promise<Municipality[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/municipalities', { params: { query: { limit: PAGE, cursor } } })));

export const listPromises = (): Promise<CitizenPromise[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/promises', { params: { query: { limit: PAGE, cursor } } })));

export const listGoals = (): Promise<Goal[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/goals', { params: { query: { limit: PAGE, cursor } } })));

export const listAgreements = (): Promise<Agreement[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/agreements', { params: { query: { limit: PAGE, cursor } } })));

/** One page always holds them all (nextCursor null). */
export const listFocusAreas = async (agreementId: string): Promise<FocusArea[]> =>
  (await call(() => api.GET('/api/v1/agreements/{id}/focus-areas', { params: { path: { id: agreementId } } }))).items;

export const listActivities = (agreementId: string): Promise<Activity[]> =>
  collect((cursor) =>
    call(() => api.GET('/api/v1/activities', { params: { query: { limit: PAGE, cursor, agreementId } } })),
  );

/** Needs a session: the public gets organisation names from the dashboard instead. */
export const listOrganisations = (): Promise<OrganisationName[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/organisations', { params: { query: { limit: PAGE, cursor } } })));

export const getMe = (): Promise<User> => call(() => api.GET('/api/v1/auth/me'));

export const login = (email: string, password: string): Promise<User> =>
  call(() => api.POST('/api/v1/auth/login', { body: { email, password } }));

export async function logout(): Promise<void> {
  await call(async () => {
    const result = await api.POST('/api/v1/auth/logout');
    // 204 has no body: openapi-fetch gives data undefined, which is success here.
    return { ...result, data: result.response.ok ? null : undefined };
  });
}

export const getPromise = (id: string): Promise<CitizenPromise> =>
  call(() => api.GET('/api/v1/promises/{id}', { params: { path: { id } } }));

export const getActivity = (id: string): Promise<Activity> =>
  call(() => api.GET('/api/v1/activities/{id}', { params: { path: { id } } }));

export const getPromiseProgress = (id: string): Promise<PromiseProgress> =>
  call(() => api.GET('/api/v1/promises/{id}/progress', { params: { path: { id } } }));

/** One page holds every month of an activity. */
export const listFollowUps = async (activityId: string): Promise<FollowUp[]> =>
  (await call(() => api.GET('/api/v1/activities/{id}/follow-ups', { params: { path: { id: activityId } } }))).items;

export interface FollowUpInput {
  outcome: number | null;
  comment: string;
  internalNote: string;
}

/** Records a month (no If-Match: the first time) or replaces it (If-Match: the version read, as "N"). */
export const putFollowUp = (activityId: string, month: string, body: FollowUpInput, version: number | null) =>
  call(() =>
    api.PUT('/api/v1/activities/{id}/follow-ups/{month}', {
      params: { path: { id: activityId, month } },
      body,
      headers: version === null ? {} : { 'If-Match': `"${version}"` },
    }),
  );
