import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemHandlers } from '../../server/http/problems.js';
import { projectRoot } from '../../server/paths.js';
import { clientRoutes, webDistDir, webRoutes } from '../../server/web/routes.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

// The built client served by the API's process: its pages and assets, and nothing more.
// (The browser tests in this folder check what the pages do.)

describe('the web client, served by the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers index.html, revalidated, for every client page', async () => {
    expect(clientRoutes()).toEqual(expect.arrayContaining(['/', '/kommun/:code', '/plan', '/logga-in']));
    for (const path of ['/', '/kommun/0580', '/plan', '/plan/', '/logga-in', '/tillganglighet']) {
      const response = await t.http().get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.text, path).toContain('<div id="app"></div>');
    }
  });

  it('writes no inline script: every script is a file under /assets', async () => {
    const html = (await t.http().get('/')).text;
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, body] of scripts) {
      expect(body!.trim(), tag).toBe('');
      expect(tag).toMatch(/src="\/assets\/[^"]+\.js"/);
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('serves the hashed assets for a year, compressed when the browser takes it', async () => {
    const html = (await t.http().get('/')).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const plain = await t.http().get(script);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const compressed = await t.http().get(script).set('accept-encoding', 'br, gzip');
    expect(compressed.headers['content-encoding']).toBe('br');
  });

  it('leaves every other path to the problem handler: /api stays problem+json', async () => {
    for (const [method, path, status] of [
      ['get', '/api/v1/nope', 404],
      ['delete', '/api/v1/nope', 404],
      ['get', '/api/nope', 404],
      ['get', '/nope', 404],
      ['get', '/kommun/0580/extra', 404],
      ['get', '/assets/missing.js', 404],
      ['post', '/plan', 405],
      ['get', '/api/v1/auth/logout', 405],
    ] as const) {
      const response = await t.http()[method](path);
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(response.headers['content-type'], `${method} ${path}`).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers a browser at an unknown address with the client (its "not found" page) and 404; programs and /api get the problem', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    for (const path of ['/finnsinte', '/kommun', '/kommun/0580/extra', '/plan/x?y=1']) {
      for (const method of ['get', 'head'] as const) {
        const response = await t.http()[method](path).set('accept', browser);
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(response.headers['content-type'], path).toMatch(/^text\/html/);
        expect(response.headers['cache-control'], path).toBe('no-cache');
        if (method === 'get') expect(response.text, path).toContain('<div id="app"></div>');
      }
      expect((await t.http().get(path)).headers['content-type'], path).toMatch(/^application\/problem\+json/);
    }
    for (const [method, path, status] of [
      ['get', '/api/v1/nope', 404],
      ['get', '/api/nope', 404],
      ['get', '/assets/missing.js', 404],
      ['get', '/docs/nope', 404],
      ['post', '/finnsinte', 404],
      ['post', '/plan', 405],
    ] as const) {
      const response = await t.http()[method](path).set('accept', browser);
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(response.headers['content-type'], `${method} ${path}`).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses paths that climb out of the assets', async () => {
    for (const path of ['/assets/../package.json', '/assets/%2e%2e/index.html', '/assets/..%2f..%2fpackage.json']) {
      const response = await t.http().get(path);
      expect([403, 404], path).toContain(response.status);
      expect(response.text, path).not.toContain('"name": "lofteskollen"');
    }
  });

  it('keeps the pages public and out of the OpenAPI document', async () => {
    const web = t.app.accessRules.filter((rule) => !rule.url.startsWith('/api') && rule.url !== '/openapi.json');
    for (const url of [...clientRoutes(), '/assets/*']) {
      expect(web.find((rule) => rule.url === url && rule.method === 'GET')?.access, url).toBe('public');
    }
    const document = (await t.http().get('/openapi.json')).body as { paths: Record<string, unknown> };
    expect(
      Object.keys(document.paths).filter((path) => !path.startsWith('/api/') && !/^\/(healthz|readyz)$/.test(path)),
    ).toEqual([]);
  });

  it('reads its pages from web/dist', () => {
    expect(webDistDir).toBe(join(projectRoot, 'web', 'dist'));
  });
});

describe('without a built client', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lk-no-web-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts, and its pages say the client is not built', async () => {
    const app = Fastify({ logger: false });
    registerProblemHandlers(app);
    await app.register(webRoutes, { distDir: join(dir, 'missing') });
    await app.ready();
    const page = await app.inject({ url: '/kommun/0580' });
    expect(page.statusCode).toBe(503);
    expect(page.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(page.json()).toMatchObject({ type: '/problems/web-not-built', status: 503 });
    expect((await app.inject({ url: '/assets/index.js' })).statusCode).toBe(404);
    await app.close();
  });
});
