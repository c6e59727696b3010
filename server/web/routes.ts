import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpProblem, sendProblem, type NotFoundPage } from '../http/problems.js';
import { projectRoot } from '../paths.js';

// The built web client (web/dist, made by `vite build`), served by the API's own process:
// - GET /assets/* — the hashed bundles, cached for a year;
// - GET of every client page (web/src/routes.json, shared with the client's router) — index.html.
// Nothing else: an unknown path reaches the one not-found handler, which answers a browser asking
// for a page with index.html and 404 (notFoundPage): the client shows its own "not found" page.

export const webDistDir = join(projectRoot, 'web', 'dist');

/** The client's page routes, in Fastify's syntax: the one list the server and the client's router share. */
export const clientRoutesFile = join(projectRoot, 'web', 'src', 'routes.json');

/** The paths the server answers itself: never a client page, and never given the client's "not found" page. */
const SERVER_PATHS = /^\/(api|assets|docs|openapi\.json|healthz|readyz)(\/|$)/;

export function clientRoutes(file = clientRoutesFile): string[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const paths = typeof parsed === 'object' && parsed !== null ? Object.values(parsed) : [];
  if (paths.length === 0 || !paths.every((path) => typeof path === 'string' && path.startsWith('/'))) {
    throw new Error(`${file}: expected an object of page names to paths starting with "/"`);
  }
  const list = paths as string[];
  const reserved = list.filter((path) => SERVER_PATHS.test(path));
  if (reserved.length > 0) throw new Error(`${file}: client pages may not use server paths: ${reserved.join(', ')}`);
  return list;
}

const notBuilt = () =>
  new HttpProblem(
    'web-not-built',
    'The web client has not been built: run `npm run build` (or `npm run web:build`) and reload.',
  );

export interface WebRoutesOptions {
  /** Where the built client is; web/dist by default. */
  distDir?: string;
}

export async function webRoutes(app: FastifyInstance, options: WebRoutesOptions) {
  const distDir = options.distDir ?? webDistDir;
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(`the web client is not built (${indexFile} is missing): the API runs, its pages answer 503`);
  }

  // Every route here, @fastify/static's own included, is public and kept out of the OpenAPI document.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: 'public' };
    route.schema = { ...route.schema, hide: true };
  });

  // Vite names every asset by its content hash, so a cached copy never goes stale.
  await app.register(fastifyStatic, {
    root: join(distDir, 'assets'),
    prefix: '/assets/',
    preCompressed: true,
    maxAge: '365d',
    immutable: true,
    index: false,
    suppressWarning: true,
  });

  for (const url of clientRoutes()) {
    app.get(url, { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      if (!existsSync(indexFile)) return sendProblem(reply, notBuilt());
      // Always revalidated, so a new build is picked up at once.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', distDir, { cacheControl: false });
    });
  }
}

/**
 * The client's "not found" page for a browser asking for HTML at a path nobody answers (GET or HEAD,
 * outside the server's own paths): index.html with 404, so the reader gets the page in their language.
 * Programs, and every path under /api, get the problem document.
 */
export function notFoundPage(distDir = webDistDir): NotFoundPage {
  const indexFile = join(distDir, 'index.html');
  return (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    if (SERVER_PATHS.test(path) || !/\btext\/html\b/.test(request.headers.accept ?? '')) return undefined;
    if (!existsSync(indexFile)) return undefined;
    return readFile(indexFile).then((html) =>
      reply.code(404).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html),
    );
  };
}
