import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { Type } from 'typebox';
import type { AccessRule } from './access.js';
import { PROBLEM_CONTENT_TYPE } from './problems.js';
import { docsHelmet } from './security.js';

/** A problem response for a route's schema, where a status needs saying beyond the defaults below. */
export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: Type.Ref('Problem') } },
});

/** The problem statuses a route can answer, derived from what it declares. */
function problemStatuses(route: RouteOptions): Record<number, string> {
  const methods = ([] as string[]).concat(route.method);
  const schema = route.schema ?? {};
  const access: AccessRule | undefined = route.config?.access;
  const writes = methods.some((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method));
  const versioned = methods.some((method) => ['PATCH', 'DELETE'].includes(method));
  const statuses: Record<number, string> = {};
  if (schema.body || schema.querystring || schema.params) statuses[400] = 'The request is not valid';
  if (access !== 'public') statuses[401] = 'Not signed in';
  if (Array.isArray(access)) statuses[403] = 'Your role may not do this';
  if (schema.params) statuses[404] = 'No such item, or not one you may see';
  if (writes) {
    statuses[403] = Array.isArray(access)
      ? 'Your role may not do this, or the request came from another site'
      : 'The request came from another site (Origin or Sec-Fetch-Site)';
    statuses[409] = 'The change conflicts with what is stored';
    statuses[429] = 'Too many writes (or failed sign-ins) in a short time; see Retry-After';
  }
  if (versioned) {
    statuses[412] = 'The item changed since you read it (If-Match is stale)';
    statuses[428] = 'If-Match is required';
  }
  if (schema.body) {
    statuses[413] = 'The body is too large';
    statuses[415] = 'The body is not JSON';
  }
  if (methods.includes('POST') && route.config?.idempotent !== false) {
    statuses[422] = 'The Idempotency-Key was used for another request';
  }
  statuses[500] = 'Unexpected error';
  if (!route.url.endsWith('/healthz')) statuses[503] = 'The database is not reachable';
  return statuses;
}

/** @fastify/swagger before any route, so it sees them all; each route gets its problem responses. */
export async function registerOpenApi(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide) return;
    const response = (route.schema?.response ?? {}) as Record<string, unknown>;
    for (const [status, description] of Object.entries(problemStatuses(route))) {
      response[status] ??= problemResponse(description);
    }
    const access: AccessRule | undefined = route.config?.access;
    // Public routes need no credentials; the others take the session cookie or a bearer token.
    const security: Record<string, string[]>[] = access === 'public' ? [] : [{ session: [] }, { bearer: [] }];
    route.schema = { ...route.schema, response, security };
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Löfteskollen API',
        version: '1',
        description:
          'Local crime-prevention cooperation between a municipality and the Police: agreements, activity plans, citizen promises (medborgarlöften) and their monthly follow-up.',
      },
      servers: [],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lk_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    // Shared schemas become components named by their $id.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
}

export async function registerDocs(app: FastifyInstance) {
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(async (docs) => {
    // The documentation pages are public, like the document they show.
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public', helmet: docsHelmet };
    });
    await docs.register(swaggerUi, { routePrefix: '/docs' });
  });
}
