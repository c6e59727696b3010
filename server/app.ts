import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TSchema } from 'typebox';
import { sessionOrTokenActor } from './auth/authenticate.js';
import { auditRoutes } from './audit/routes.js';
import { auditSchemas } from './audit/schemas.js';
import { authRoutes } from './auth/routes.js';
import { authSchemas } from './auth/schemas.js';
import type { AppDeps } from './deps.js';
import { activityRoutes } from './activities/routes.js';
import { activitySchemas } from './activities/schemas.js';
import { agreementRoutes } from './agreements/routes.js';
import { agreementSchemas } from './agreements/schemas.js';
import { exchangeRoutes } from './exchange/routes.js';
import { exchangeSchemas } from './exchange/schemas.js';
import { followUpRoutes } from './followups/routes.js';
import { followUpSchemas } from './followups/schemas.js';
import { goalRoutes } from './goals/routes.js';
import { goalSchemas } from './goals/schemas.js';
import { healthRoutes } from './health/routes.js';
import { historyRoutes } from './history/routes.js';
import { areaRoutes } from './areas/routes.js';
import { areaSchemas } from './areas/schemas.js';
import { searchRoutes } from './search/routes.js';
import { searchSchemas } from './search/schemas.js';
import { embedRoutes } from './embeds/routes.js';
import { historySchemas } from './history/schemas.js';
import { mfaRoutes } from './mfa/routes.js';
import { mfaSchemas } from './mfa/schemas.js';
import { oidcRoutes } from './oidc/routes.js';
import { oidcSchemas } from './oidc/schemas.js';
import { sessionRoutes } from './sessions/routes.js';
import { sessionSchemas } from './sessions/schemas.js';
import { registerAccessControl } from './http/access.js';
import { registerIdempotency } from './http/idempotency.js';
import { registerDocs, registerOpenApi } from './http/openapi.js';
import { PublicDocuments } from './http/public-documents.js';
import { currentDate } from './progress/months.js';
import { frameworkErrors, registerProblemHandlers } from './http/problems.js';
import { sharedSchemas } from './http/schemas.js';
import { registerCrossSiteCheck, registerSecurityHeaders } from './http/security.js';
import { lazySerializers } from './http/serialization.js';
import { registerWriteThrottle } from './http/throttle.js';
import { registerValidation } from './http/validation.js';
import { municipalityRoutes } from './municipalities/routes.js';
import { municipalitySchemas } from './municipalities/schemas.js';
import { organisationRoutes } from './organisations/routes.js';
import { organisationSchemas } from './organisations/schemas.js';
import { openDataRoutes } from './opendata/routes.js';
import { openDataSchemas } from './opendata/schemas.js';
import { promiseRoutes } from './promises/routes.js';
import { promiseSchemas } from './promises/schemas.js';
import { publicRoutes } from './public/routes.js';
import { publicSchemas } from './public/schemas.js';
import { reportRoutes } from './reports/routes.js';
import { reportSchemas } from './reports/schemas.js';
import { reviewRoutes } from './reviews/routes.js';
import { reviewSchemas } from './reviews/schemas.js';
import { situationRoutes } from './situations/routes.js';
import { situationSchemas } from './situations/schemas.js';
import { tokenRoutes } from './tokens/routes.js';
import { tokenSchemas } from './tokens/schemas.js';
import { userRoutes } from './users/routes.js';
import { userSchemas } from './users/schemas.js';
import { notFoundPage, webRoutes } from './web/routes.js';
import { countyRoutes } from './counties/routes.js';
import { countySchemas } from './counties/schemas.js';
import { registerKoladaJob } from './kolada/job.js';
import { koladaRoutes } from './kolada/routes.js';
import { koladaSchemas } from './kolada/schemas.js';
import { reportingRoutes } from './reporting/routes.js';
import { reportingSchemas } from './reporting/schemas.js';
import { periodRoutes } from './periods/routes.js';
import { periodSchemas } from './periods/schemas.js';
import { registerReminders } from './reminders/job.js';

/** Every schema with an $id: one registry for validation, serialization and OpenAPI components. */
const schemas: TSchema[] = [
  ...sharedSchemas,
  ...municipalitySchemas,
  ...organisationSchemas,
  ...userSchemas,
  ...tokenSchemas,
  ...authSchemas,
  ...goalSchemas,
  ...agreementSchemas,
  ...activitySchemas,
  ...followUpSchemas,
  ...promiseSchemas,
  ...situationSchemas,
  ...reviewSchemas,
  ...publicSchemas,
  ...reportSchemas,
  ...openDataSchemas,
  ...exchangeSchemas,
  ...auditSchemas,
  ...countySchemas,
  ...koladaSchemas,
  ...historySchemas,
  ...areaSchemas,
  ...searchSchemas,
  ...reportingSchemas,
  ...periodSchemas,
  ...mfaSchemas,
  ...sessionSchemas,
  ...oidcSchemas,
];

/**
 * Builds the whole app (the same one in production and tests); never listens.
 * Every Fastify and ajv option lives here; the routes are wired below, in one place.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      // Credentials never reach the log.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    // Trailing slashes and repeated slashes are the same route.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    // Errors the router raises before any route runs (a malformed %-escape) are problems too.
    frameworkErrors,
    // While closing, new requests get a 503 problem from registerProblemHandlers, not Fastify's own body.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerValidation(app, schemas);
  for (const schema of schemas) app.addSchema(schema);
  registerProblemHandlers(app, { notFoundPage: notFoundPage() });
  await registerOpenApi(app);
  await app.register(cookie);
  // After the cookie plugin, whose onSend writes Set-Cookie: a response setting one is never cached.
  await registerSecurityHeaders(app);
  registerCrossSiteCheck(app);
  registerAccessControl(app, sessionOrTokenActor(deps));
  await registerWriteThrottle(app, deps);
  registerIdempotency(app, deps.database.db, deps.clock);

  await app.register(healthRoutes, { deps });
  const api = { prefix: '/api/v1', deps };
  // The public read model: one per app, so each server process keeps its own.
  const documents = new PublicDocuments(
    deps.database.db,
    deps.database.kind === 'pglite',
    () => currentDate(deps.clock.now()),
    deps.config.publicCacheBytes,
  );
  await app.register(authRoutes, api);
  await app.register(municipalityRoutes, api);
  await app.register(organisationRoutes, api);
  await app.register(userRoutes, api);
  await app.register(tokenRoutes, api);
  await app.register(goalRoutes, api);
  await app.register(agreementRoutes, api);
  await app.register(activityRoutes, api);
  await app.register(followUpRoutes, api);
  await app.register(promiseRoutes, { ...api, documents });
  await app.register(situationRoutes, api);
  await app.register(reviewRoutes, api);
  await app.register(publicRoutes, { ...api, documents });
  await app.register(reportRoutes, api);
  await app.register(openDataRoutes, { ...api, documents });
  await app.register(exchangeRoutes, api);
  await app.register(auditRoutes, api);
  await app.register(countyRoutes, { ...api, documents });
  await app.register(koladaRoutes, api);
  registerKoladaJob(app, deps);
  await app.register(historyRoutes, { ...api, documents });
  await app.register(areaRoutes, { ...api, documents });
  await app.register(searchRoutes, api);
  await app.register(embedRoutes, { deps, documents });
  await app.register(reportingRoutes, api);
  await app.register(periodRoutes, api);
  // The job that e-mails reminders of reporting tasks (off without SMTP_URL).
  registerReminders(app, deps);
  await app.register(mfaRoutes, api);
  await app.register(sessionRoutes, api);
  await app.register(oidcRoutes, api);
  await registerDocs(app);
  // The built web client (web/dist) and its pages; last, beside the API, never in front of it.
  await app.register(webRoutes, {});

  return app;
}
