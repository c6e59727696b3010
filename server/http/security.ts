import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problems } from './problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** @fastify/helmet's own per-route options, read from the route's config. */
    helmet?: typeof docsHelmet | ReturnType<typeof embedHelmet>;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Headers on every response (by @fastify/helmet): a Content-Security-Policy that
 * runs only the app's own scripts and may not be framed, nosniff, a referrer
 * policy; HSTS only on a response that went out over TLS.
 */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // Swagger UI draws its icons from data: URLs.
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The API documentation's pages (Swagger UI) set one inline style; there, and only
 * there, inline styles are let through. Scripts stay our own everywhere.
 */
export const docsHelmet = {
  contentSecurityPolicy: { useDefaults: false, directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"] } },
};

/**
 * Embed pages (/inbadda/…) hold no session and no action, so any site may frame them
 * (frame-ancestors *, no X-Frame-Options); they run no script, and their inline styles
 * only by hash. Every other page keeps frame-ancestors 'none'.
 */
export function embedHelmet(styleHashes: readonly string[]) {
  return {
    frameguard: false as const,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...directives,
        defaultSrc: ["'none'"],
        scriptSrc: ["'none'"],
        connectSrc: ["'none'"],
        styleSrc: styleHashes.map((hash) => `'${hash}'`),
        formAction: ["'none'"],
        frameAncestors: ['*'],
      },
    },
  };
}

export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Sent below, and only over TLS: over plain HTTP it means nothing and misleads.
    strictTransportSecurity: false,
    // For browsers older than frame-ancestors.
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') {
      void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    // What a signed-in caller reads is theirs alone: no cache may keep it.
    const credentialed =
      request.actor !== null || request.headers.authorization !== undefined || request.headers.cookie !== undefined;
    if (request.url.startsWith('/api/') && (credentialed || reply.hasHeader('set-cookie'))) {
      void reply.header('cache-control', 'no-store');
    }
  });
}

/** The app's own origin as the browser names it, from the Host the request came to. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * A change that rides on the session cookie must come from the app's own pages.
 * Browsers send Origin with every such request and Sec-Fetch-Site with most:
 * either naming another site refuses it. A bearer token is not sent by the
 * browser on its own, so token requests need no such check; neither do callers
 * that send neither header (scripts, curl), which no other site can make a browser be.
 */
export function registerCrossSiteCheck(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (/^bearer\s/i.test(request.headers.authorization ?? '')) return;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw problems.crossSite();
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin(request)) throw problems.crossSite();
  });
}
