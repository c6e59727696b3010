import { api, call, callEmpty } from './client';
import type { User } from './users';

// The session: who is signed in, signing in and out. The session itself is the HttpOnly cookie.

export const getMe = (): Promise<User> => call(() => api.GET('/api/v1/auth/me'));

export const login = (email: string, password: string, code?: string): Promise<User> =>
  call(() => api.POST('/api/v1/auth/login', { body: { email, password, ...(code ? { oneTimeCode: code } : {}) } }));

/** Whether single sign-on through the municipality's identity provider is offered. */
export const getSignInOptions = () => call(() => api.GET('/api/v1/auth/sign-in-options'));

/** Where the browser goes to sign in through the identity provider (a full page load, not the API client). */
export const SINGLE_SIGN_ON_URL = '/api/v1/auth/oidc/login';

export const logout = (): Promise<void> => callEmpty(() => api.POST('/api/v1/auth/logout'));
