import { api, byId, call, callEmpty, type Schemas } from './client';

// The signed-in person's own account: the second factor, sessions and API tokens.

export type MfaStatus = Schemas['MfaStatus'];
export type MfaEnrolment = Schemas['MfaEnrolment'];
export type MySessions = Schemas['MySessions'];

export const getSecondFactor = (): Promise<MfaStatus> => call(() => api.GET('/api/v1/auth/mfa'));

export const beginEnrolment = (): Promise<MfaEnrolment> => call(() => api.POST('/api/v1/auth/mfa'));

export const confirmEnrolment = (code: string): Promise<string[]> =>
  call(() => api.POST('/api/v1/auth/mfa/confirm', { body: { oneTimeCode: code } })).then(
    (answer) => answer.recoveryCodes,
  );

export const listMySessions = (): Promise<MySessions> => call(() => api.GET('/api/v1/auth/sessions'));

export const endMySession = (id: string): Promise<void> =>
  callEmpty(() => api.DELETE('/api/v1/auth/sessions/{id}', byId(id)));

export const endMyOtherSessions = (): Promise<void> => callEmpty(() => api.DELETE('/api/v1/auth/sessions'));

export const revokeMyToken = (id: string): Promise<void> =>
  callEmpty(() => api.DELETE('/api/v1/auth/tokens/{id}', byId(id)));
