import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { deleteSessionsOfUser } from '../credentials/sessions.js';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { withChange } from '../http/legacy.js';
import { IdParams, Page, ref } from '../http/schemas.js';
import { withEtag } from '../http/versioning.js';
import { expectedVersion } from '../http/legacy.js';
import { CreateUser, PatchUser, User, UserListQuery } from './schemas.js';
import * as store from './store.js';
import { NotFound } from '../domain/errors.js';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

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
    async (request) => store.listUsers(db, request.query),
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
    async (request, reply) => {
      const user = await store.findUser(db, request.params.id);
      if (!user) throw new NotFound('The account');
      return withEtag(reply, user);
    },
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
      const user = await withChange(deps, request, async (trx, audit, now) => {
        const created = await store.createUser(trx, request.body, now);
        await audit({
          action: 'create',
          entityType: 'user',
          entityId: created.id,
          municipalityId: created.municipalityId,
          after: created,
        });
        return created;
      });
      return withEtag(reply.code(201).header('location', `/api/v1/users/${user.id}`), user);
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
    async (request, reply) => {
      const version = expectedVersion(request);
      const actor = actorOf(request);
      const user = await withChange(deps, request, async (trx, audit, now) => {
        const before = await store.findUser(trx, request.params.id);
        if (!before) throw new NotFound('The account');
        const after = await store.updateUser(trx, before.id, version, request.body, now);
        // A new password or a disabled account ends the sessions it had
        // (all but the caller's own, when admins change their own password).
        if (request.body.password !== undefined || after.disabled) {
          const keep = after.id === actor.userId && !after.disabled ? actor.sessionHash : null;
          await deleteSessionsOfUser(trx, after.id, keep);
        }
        // The audit shows that the password changed, never the password.
        const passwordChanged = request.body.password !== undefined ? { passwordChanged: true } : {};
        await audit({
          action: 'update',
          entityType: 'user',
          entityId: after.id,
          municipalityId: after.municipalityId,
          before,
          after: { ...after, ...passwordChanged },
        });
        return after;
      });
      return withEtag(reply, user);
    },
  );
};
