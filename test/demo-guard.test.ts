import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts } from '../server/demo/data.js';
import { isLoopback } from '../server/demo/guard.js';
import { killStrayServers, startServerProcess, stopServerProcess } from './helpers/server-process.js';

// The demo's accounts share a password the README prints. The real server
// process (server/main.ts) with the embedded default, which loads the demo:
// on a HOST others reach it refuses to start, in one line; with DEMO_PUBLIC=true
// it starts, and the demo accounts read only what the public reads and change nothing.
// Both runs use an embedded PGlite directory of their own, whatever TEST_DB says.

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  killStrayServers();
  for (const cleanup of cleanups) await cleanup();
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lk-demo-guard-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return join(dir, 'data');
}

const admin = demoAccounts.find((account) => account.role === 'admin')!;
const editor = demoAccounts.find((account) => account.role === 'editor')!;

describe('which hosts are this machine only', () => {
  it('takes 127.0.0.0/8, ::1 and localhost as loopback, and nothing else', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'lofteskollen.example', '10.0.0.1']) {
      expect(isLoopback(host), host).toBe(false);
    }
  });
});

describe('a demo reachable from the network', () => {
  it('refuses to start on HOST=0.0.0.0, with one line saying why and how to run it', async () => {
    const error = await startServerProcess({ HOST: '0.0.0.0', DATA_DIR: await dataDir() }).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error).not.toBeNull();
    expect(error!.message).toMatch(/"code":2/);
    const stderr = error!.message.split('stderr: ')[1]!.trim();
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^lofteskollen: refusing to start: the demo accounts .* HOST=0\.0\.0\.0/);
    expect(stderr).toMatch(/HOST=127\.0\.0\.1/);
    expect(stderr).toMatch(/DEMO_PUBLIC=true/);
  }, 120_000);

  it('starts with DEMO_PUBLIC=true; the demo accounts then sign in but read only the public part and change nothing', async () => {
    const server = await startServerProcess({ HOST: '0.0.0.0', DEMO_PUBLIC: 'true', DATA_DIR: await dataDir() });
    try {
      const call = (path: string, init: RequestInit = {}) =>
        fetch(server.url + path, { ...init, signal: AbortSignal.timeout(15_000) });
      const login = async (email: string) => {
        const response = await call('/api/v1/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: DEMO_PASSWORD }),
        });
        expect(response.status).toBe(200);
        return response.headers
          .getSetCookie()
          .find((c) => c.startsWith('lk_session='))!
          .split(';')[0]!;
      };
      const adminCookie = await login(admin.email);
      const editorCookie = await login(editor.email);

      // It reads as a viewer of no municipality: what the public reads.
      const me = (await (await call('/api/v1/auth/me', { headers: { cookie: editorCookie } })).json()) as {
        role: string;
      };
      expect(me.role).toBe('viewer');
      const municipalities = (await (await call('/api/v1/municipalities')).json()) as {
        items: { id: string; code: string }[];
      };
      const linkoping = municipalities.items.find((m) => m.code === '0580')!;
      for (const path of [
        `/api/v1/goals?municipalityId=${linkoping.id}`,
        `/api/v1/agreements?municipalityId=${linkoping.id}`,
      ]) {
        const asPublic = await (await call(path)).json();
        const asDemo = await (await call(path, { headers: { cookie: editorCookie } })).json();
        expect(asDemo, path).toEqual(asPublic);
      }

      // Accounts: neither listed nor changed; no second factor on a shared account.
      expect((await call('/api/v1/users', { headers: { cookie: adminCookie } })).status).toBe(403);
      const enrol = await call('/api/v1/auth/mfa', { method: 'POST', headers: { cookie: adminCookie } });
      expect(enrol.status).toBe(403);
      // Publishing (or any change to the plan): refused.
      const goals = (await (await call(`/api/v1/goals?municipalityId=${linkoping.id}`)).json()) as {
        items: { id: string; version: number }[];
      };
      const goal = goals.items[0]!;
      const publish = await call(`/api/v1/goals/${goal.id}`, {
        method: 'PATCH',
        headers: { cookie: adminCookie, 'content-type': 'application/json', 'if-match': `"${goal.version}"` },
        body: JSON.stringify({ published: false }),
      });
      expect([403, 404]).toContain(publish.status);
      // Ending the other visitors' sessions of the same account: refused.
      expect((await call('/api/v1/auth/sessions', { method: 'DELETE', headers: { cookie: adminCookie } })).status).toBe(
        403,
      );
    } finally {
      await stopServerProcess(server);
    }
  }, 180_000);
});
