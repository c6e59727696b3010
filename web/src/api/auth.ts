import { api, call, callEmpty } from './client';
import type { User } from './users';

// The session: who is signed in, signing in and out. The session itself is the HttpOnly cookie.

export const getMe = (): Promise<User> => call(() => api.GET('/api/v1/auth/me'));

export const login = (email: string, password: string): Promise<User> =>
  call(() => api.POST('/api/v1/auth/login', { body: { email, password } }));

export const logout = (): Promise<void> => callEmpty(() => api.POST('/api/v1/auth/logout'));
