import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { itemRoutes } from '../http/item-routes.js';
import { CreateUser, PatchUser, User, UserListQuery } from './schemas.js';
import * as users from './service.js';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const routes = itemRoutes(app, tags);

  routes.list(
    {
      path: '/users',
      operationId: 'listUsers',
      access: ['admin'],
      summary: 'List accounts, ordered by e-mail (admin)',
      item: User,
      querystring: UserListQuery,
    },
    (_actor, query) => users.listUsers(deps, query),
  );
  routes.get(
    { path: '/users/:id', operationId: 'getUser', access: ['admin'], summary: 'Get one account (admin)', item: User },
    (_actor, id) => users.getUser(deps, id),
  );
  routes.create(
    {
      path: '/users',
      operationId: 'createUser',
      access: ['admin'],
      summary: 'Create an account (admin)',
      item: User,
      body: CreateUser,
    },
    (actor, body) => users.createUser(deps, actor, body),
  );
  routes.update(
    {
      path: '/users/:id',
      operationId: 'updateUser',
      access: ['admin'],
      summary: 'Change an account: role, organisation, password, disabled (admin); needs If-Match',
      item: User,
      body: PatchUser,
    },
    (actor, id, basedOn, body) => users.updateUser(deps, actor, id, basedOn, body),
  );
};
