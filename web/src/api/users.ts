import { api, byId, call, collect, ifMatch, type Schemas } from './client';

// Accounts (admins only, but for the signed-in reader's own, which GET /auth/me gives).

export type User = Schemas['User'];
export type Role = Schemas['Role'];

export const listUsers = (): Promise<User[]> =>
  collect((page) => api.GET('/api/v1/users', { params: { query: page } }));

export const getUser = (id: string): Promise<User> => call(() => api.GET('/api/v1/users/{id}', byId(id)));

export const createUser = (body: Schemas['CreateUser']): Promise<User> =>
  call(() => api.POST('/api/v1/users', { body }));

export const patchUser = (user: User, body: Schemas['PatchUser']): Promise<User> =>
  call(() => api.PATCH('/api/v1/users/{id}', { ...ifMatch(user), body }));
