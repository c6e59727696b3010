import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { basedOn, created, withEtag } from '../http/versioning.js';
import { CreateUser, PatchUser, User, UserListQuery } from './schemas.js';
import * as users from './service.js';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/users',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'List accounts, ordered by e-mail (admin)',
        querystring: UserListQuery,
        response: { 200: Page(ref(User)) },
      },
    },
    async (request) => users.listUsers(deps, request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'getUser',
        tags,
        summary: 'Get one account (admin)',
        params: IdParams,
        response: { 200: ref(User) },
      },
    },
    async (request, reply) => withEtag(reply, await users.getUser(deps, request.params.id)),
  );

  app.post(
    '/users',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Create an account (admin)',
        body: ref(CreateUser),
        response: { 201: ref(User) },
      },
    },
    async (request, reply) => {
      const user = await users.createUser(deps, request.actor, request.body);
      return created(reply, user, `/api/v1/users/${user.id}`);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        operationId: 'updateUser',
        tags,
        summary: 'Change an account: role, organisation, password, disabled (admin); needs If-Match',
        params: IdParams,
        body: ref(PatchUser),
        response: { 200: ref(User) },
      },
    },
    async (request, reply) =>
      withEtag(reply, await users.updateUser(deps, request.actor, request.params.id, basedOn(request), request.body)),
  );
};
