import { api, call, collect, type Schemas } from './client';

// The writes of the admin and plan-editing pages, and the reads only they need.
// PATCH and DELETE send If-Match with the version the form was filled from.

const PAGE = 500;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export type Account = Schemas['User'];
export type Organisation = Schemas['Organisation'];
export type CreateUser = Schemas['CreateUser'];
export type PatchUser = Schemas['PatchUser'];
export type CreateOrganisation = Schemas['CreateOrganisation'];
export type PatchOrganisation = Schemas['PatchOrganisation'];
export type CreateActivity = Schemas['CreateActivity'];
export type PatchActivity = Schemas['PatchActivity'];

export const listAccounts = (): Promise<Account[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/users', { params: { query: { limit: PAGE, cursor } } })));

export const createAccount = (body: CreateUser): Promise<Account> => call(() => api.POST('/api/v1/users', { body }));

export const patchAccount = (account: Account, body: PatchUser): Promise<Account> =>
  call(() =>
    api.PATCH('/api/v1/users/{id}', { params: { path: { id: account.id } }, body, headers: ifMatch(account.version) }),
  );

export const getAccount = (id: string): Promise<Account> =>
  call(() => api.GET('/api/v1/users/{id}', { params: { path: { id } } }));

export const listOrganisationRecords = (): Promise<Organisation[]> =>
  collect((cursor) => call(() => api.GET('/api/v1/organisations', { params: { query: { limit: PAGE, cursor } } })));

export const createOrganisation = (body: CreateOrganisation): Promise<Organisation> =>
  call(() => api.POST('/api/v1/organisations', { body }));

export const getOrganisation = (id: string): Promise<Organisation> =>
  call(() => api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }));

export const patchOrganisation = (organisation: Organisation, body: PatchOrganisation): Promise<Organisation> =>
  call(() =>
    api.PATCH('/api/v1/organisations/{id}', {
      params: { path: { id: organisation.id } },
      body,
      headers: ifMatch(organisation.version),
    }),
  );

export const createActivity = (body: CreateActivity): Promise<Schemas['Activity']> =>
  call(() => api.POST('/api/v1/activities', { body }));

export const getActivity = (id: string): Promise<Schemas['Activity']> =>
  call(() => api.GET('/api/v1/activities/{id}', { params: { path: { id } } }));

export const patchActivity = (activity: Schemas['Activity'], body: PatchActivity): Promise<Schemas['Activity']> =>
  call(() =>
    api.PATCH('/api/v1/activities/{id}', {
      params: { path: { id: activity.id } },
      body,
      headers: ifMatch(activity.version),
    }),
  );

export type CreatePromise = Schemas['CreatePromise'];
export type PatchPromise = Schemas['PatchPromise'];

export const listAgreementPromises = (agreementId: string): Promise<Schemas['CitizenPromise'][]> =>
  collect((cursor) =>
    call(() => api.GET('/api/v1/promises', { params: { query: { limit: PAGE, cursor, agreementId } } })),
  );

export const createPromise = (body: CreatePromise): Promise<Schemas['CitizenPromise']> =>
  call(() => api.POST('/api/v1/promises', { body }));

export const getPromise = (id: string): Promise<Schemas['CitizenPromise']> =>
  call(() => api.GET('/api/v1/promises/{id}', { params: { path: { id } } }));

export const patchPromise = (
  promise: Schemas['CitizenPromise'],
  body: PatchPromise,
): Promise<Schemas['CitizenPromise']> =>
  call(() =>
    api.PATCH('/api/v1/promises/{id}', {
      params: { path: { id: promise.id } },
      body,
      headers: ifMatch(promise.version),
    }),
  );

export type CreateAgreement = Schemas['CreateAgreement'];
export type CreateFocusArea = Schemas['CreateFocusArea'];

export const createAgreement = (body: CreateAgreement): Promise<Schemas['Agreement']> =>
  call(() => api.POST('/api/v1/agreements', { body }));

export const getAgreement = (id: string): Promise<Schemas['Agreement']> =>
  call(() => api.GET('/api/v1/agreements/{id}', { params: { path: { id } } }));

export const patchAgreement = (
  agreement: Schemas['Agreement'],
  body: Schemas['PatchAgreement'],
): Promise<Schemas['Agreement']> =>
  call(() =>
    api.PATCH('/api/v1/agreements/{id}', {
      params: { path: { id: agreement.id } },
      body,
      headers: ifMatch(agreement.version),
    }),
  );

export const createFocusArea = (agreementId: string, body: CreateFocusArea): Promise<Schemas['FocusArea']> =>
  call(() => api.POST('/api/v1/agreements/{id}/focus-areas', { params: { path: { id: agreementId } }, body }));

export const patchFocusArea = (
  focusArea: Schemas['FocusArea'],
  body: Schemas['PatchFocusArea'],
): Promise<Schemas['FocusArea']> =>
  call(() =>
    api.PATCH('/api/v1/focus-areas/{id}', {
      params: { path: { id: focusArea.id } },
      body,
      headers: ifMatch(focusArea.version),
    }),
  );

export type Indicator = Schemas['Indicator'];
export type Goal = Schemas['Goal'];

export const listIndicators = async (goalId: string): Promise<Indicator[]> =>
  (await call(() => api.GET('/api/v1/goals/{id}/indicators', { params: { path: { id: goalId } } }))).items;

export const createGoal = (body: Schemas['CreateGoal']): Promise<Goal> =>
  call(() => api.POST('/api/v1/goals', { body }));

export const patchGoal = (goal: Goal, body: Schemas['PatchGoal']): Promise<Goal> =>
  call(() =>
    api.PATCH('/api/v1/goals/{id}', { params: { path: { id: goal.id } }, body, headers: ifMatch(goal.version) }),
  );

export const createIndicator = (goalId: string, body: Schemas['CreateIndicator']): Promise<Indicator> =>
  call(() => api.POST('/api/v1/goals/{id}/indicators', { params: { path: { id: goalId } }, body }));

export const putIndicatorValue = (
  indicatorId: string,
  body: Schemas['PutIndicatorValue'],
): Promise<Schemas['IndicatorValue']> =>
  call(() => api.PUT('/api/v1/indicators/{id}/values', { params: { path: { id: indicatorId } }, body }));

export const getIndicator = (id: string): Promise<Indicator> =>
  call(() => api.GET('/api/v1/indicators/{id}', { params: { path: { id } } }));

export const patchIndicator = (indicator: Indicator, body: Schemas['PatchIndicator']): Promise<Indicator> =>
  call(() =>
    api.PATCH('/api/v1/indicators/{id}', {
      params: { path: { id: indicator.id } },
      body,
      headers: ifMatch(indicator.version),
    }),
  );

export const listIndicatorValues = async (indicatorId: string): Promise<Schemas['IndicatorValue'][]> =>
  (await call(() => api.GET('/api/v1/indicators/{id}/values', { params: { path: { id: indicatorId } } }))).items;
