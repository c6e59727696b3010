import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import type { BasedOn } from '../domain/changes.js';
import type { Actor } from '../domain/policy.js';
import type { AccessRule } from './access.js';
import { IdParams, NoQuery, Page, ref } from './schemas.js';
import { basedOn, created, withEtag } from './versioning.js';

// The routes most items have, declared the same way everywhere: list, create,
// get, change (If-Match) and delete (If-Match). A feature's routes.ts names each
// route it has (path, operationId, access rule, summary, schemas) and the one
// service function it calls; the HTTP around the call (ETag, Location, 204) is here.

type App = Parameters<FastifyPluginAsyncTypebox>[0];
type Item = { id: string; version: number };
type Actorish = Actor | null;

/** What every declaration names: the route, who may call it, and its OpenAPI text. */
interface RouteText {
  path: string;
  operationId: string;
  access: AccessRule;
  summary: string;
}

const Deleted = { 204: Type.Null({ description: 'Deleted' }) };

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

type Declare = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  route: RouteText,
  schema: Record<string, unknown>,
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
) => void;

/** The item routes of one feature, under its OpenAPI tags. */
export function itemRoutes(app: App, tags: string[]) {
  const declare: Declare = (method, { path, operationId, access, summary }, schema, handler) => {
    app.route({ method, url: path, config: { access }, schema: { operationId, tags, summary, ...schema }, handler });
  };
  return { ...readRoutes(declare), ...writeRoutes(declare) };
}

function readRoutes(declare: Declare) {
  return {
    /** A paged list: `?limit&cursor` and the feature's filters. */
    list<T extends TSchema, Q extends TSchema>(
      route: RouteText & { item: T; querystring: Q },
      call: (actor: Actorish, query: Static<Q>) => Promise<{ items: Static<T>[]; nextCursor: string | null }>,
    ) {
      const schema = { querystring: route.querystring, response: { 200: Page(ref(route.item)) } };
      declare('GET', route, schema, async (request) => call(request.actor, request.query as Static<Q>));
    },

    /** The items of one parent (`:id`), few enough that one page always holds them all. */
    listAll<T extends TSchema>(
      route: RouteText & { item: T },
      call: (actor: Actorish, parentId: string) => Promise<Static<T>[]>,
    ) {
      const schema = { params: IdParams, querystring: NoQuery, response: { 200: Page(ref(route.item)) } };
      declare('GET', route, schema, async (request) => ({
        items: await call(request.actor, idOf(request)),
        nextCursor: null,
      }));
    },

    /** One item with its ETag. */
    get<T extends TSchema>(
      route: RouteText & { item: T },
      call: (actor: Actorish, id: string) => Promise<Static<T> & Item>,
    ) {
      const schema = { params: IdParams, response: { 200: ref(route.item) } };
      declare('GET', route, schema, async (request, reply) =>
        withEtag(reply, await call(request.actor, idOf(request))),
      );
    },
  };
}

function writeRoutes(declare: Declare) {
  return {
    /** 201 with the new item, its ETag and its place: `/api/v1{itemPath}/{id}` (itemPath: path unless nested). */
    create<T extends TSchema, B extends TSchema>(
      route: RouteText & { item: T; body: B; itemPath?: string },
      call: (actor: Actorish, body: Static<B>) => Promise<Static<T> & Item>,
    ) {
      const schema = { body: ref(route.body), response: { 201: ref(route.item) } };
      declare('POST', route, schema, async (request, reply) => {
        const item = await call(request.actor, request.body as Static<B>);
        return created(reply, item, `/api/v1${route.itemPath ?? route.path}/${item.id}`);
      });
    },

    /** Create within a parent (`:id`); the new item lives at `/api/v1{itemPath}/{id}`. */
    createIn<T extends TSchema, B extends TSchema>(
      route: RouteText & { item: T; body: B; itemPath: string },
      call: (actor: Actorish, parentId: string, body: Static<B>) => Promise<Static<T> & Item>,
    ) {
      const schema = { params: IdParams, body: ref(route.body), response: { 201: ref(route.item) } };
      declare('POST', route, schema, async (request, reply) => {
        const item = await call(request.actor, idOf(request), request.body as Static<B>);
        return created(reply, item, `/api/v1${route.itemPath}/${item.id}`);
      });
    },

    /** A change based on the version If-Match names; answers the item with its new ETag. */
    update<T extends TSchema, B extends TSchema>(
      route: RouteText & { item: T; body: B },
      call: (actor: Actorish, id: string, basedOn: BasedOn, body: Static<B>) => Promise<Static<T> & Item>,
    ) {
      const schema = { params: IdParams, body: ref(route.body), response: { 200: ref(route.item) } };
      declare('PATCH', route, schema, async (request, reply) =>
        withEtag(reply, await call(request.actor, idOf(request), basedOn(request), request.body as Static<B>)),
      );
    },

    /** A delete based on the version If-Match names; 204. */
    remove(route: RouteText, call: (actor: Actorish, id: string, basedOn: BasedOn) => Promise<void>) {
      declare('DELETE', route, { params: IdParams, response: Deleted }, async (request, reply) => {
        await call(request.actor, idOf(request), basedOn(request));
        return reply.code(204).send(null);
      });
    },
  };
}
