import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildApp } from '../server/app.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { createPostgresDatabase, type Database } from '../server/db/database.js';
import { projectRoot } from '../server/paths.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { makeCallers, signIn } from './helpers/callers.js';
import { as, cooperation, etag, type Callers } from './helpers/cooperation.js';
import { databaseUrl, testDatabaseKind } from './helpers/database-kind.js';
import { serverFreeEnvironment } from './helpers/server-process.js';

// E-mail reminders through a real SMTP server in this
// process: each reminder once however many app instances run on one database,
// none lost while the SMTP server is down or refuses, none twice once sent.

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server (smtp-server) on a port, keeping what arrives; `refuse` makes it answer 451. */
async function mailServer(port = 0) {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refuse) callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A text part of a message as it reads (quoted-printable decoded). */
function textPart(raw: string, type: 'text/plain' | 'text/html'): string {
  const start = raw.indexOf(`Content-Type: ${type}`);
  const body = raw.slice(raw.indexOf('\r\n\r\n', start) + 4);
  const part = body.slice(0, body.search(/\r\n--/));
  const bytes = part
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
}

const subjectOf = (raw: string) => {
  const line = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  // Encoded words (=?UTF-8?Q?…?=), joined.
  return line.replace(/\r\n[ \t]/g, '').replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_m, text: string) =>
    Buffer.from(
      text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8'),
  );
};

const env = (port: number, more: Record<string, string> = {}) => ({
  SMTP_URL: `smtp://127.0.0.1:${port}`,
  MAIL_FROM: 'Löfteskollen <noreply@lofteskollen.test>',
  PUBLIC_URL: 'https://lofteskollen.test/',
  REMINDER_DAYS_BEFORE: '3',
  REMINDER_HOUR: '8',
  REMINDER_CHECK_SECONDS: '3600',
  ...more,
});

/** A second connection to the test app's own database: another server process's view of it. */
async function secondDatabase(t: TestApp): Promise<{ database: Database; close: () => Promise<void> }> {
  if (testDatabaseKind() === 'pglite') return { database: t.database, close: async () => {} };
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  const database = createPostgresDatabase(databaseUrl(rows[0]!.name), { timeoutMs: 5000 });
  return { database, close: () => database.close() };
}

async function waitFor(check: () => boolean, ms: number) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

// 7 June 2026, 08:00 in Sweden: May is due 10 June, so its reminder before (3 days) begins now.
const BEFORE_MAY = '2026-06-07T06:00:00Z';

describe('reminders through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof mailServer>>;
  let t: TestApp;
  let c: Callers;
  let second: { app: FastifyInstance; close: () => Promise<void> };

  beforeAll(async () => {
    smtp = await mailServer();
    t = await startTestApp(env(smtp.port, { REMINDER_CHECK_SECONDS: '1' }));
    t.clock.set('2026-06-01T06:00:00Z');
    c = await makeCallers(t);
    await cooperation(t, c).plan();
    const other = await secondDatabase(t);
    const app = await buildApp({ config: t.config, database: other.database, clock: t.clock });
    await app.ready();
    second = {
      app,
      close: async () => {
        await app.close();
        await other.close();
      },
    };
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
    await smtp?.close();
  });

  it('sends nothing before REMINDER_HOUR nor outside an occasion', async () => {
    t.clock.set('2026-06-07T05:30:00Z'); // 07:30 in Sweden
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('two app instances on one database, ticking every second and run by hand at once, send each reminder once', async () => {
    t.clock.set(BEFORE_MAY);
    // The editor and the police partner have tasks; the other municipality's editor has none.
    await waitFor(() => smtp.received.length >= 2, 8000);
    await Promise.all([t.app.reminders!.runOnce(), second.app.reminders!.runOnce()]);
    await Promise.all([t.app.reminders!.runOnce(), second.app.reminders!.runOnce()]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(
      [c.users.editor.email, c.users.partner.email].sort(),
    );
    const { rows } = await sql<{ state: string; n: number }>`
      select state, count(*)::int as n from reminder_sends group by state`.execute(t.db);
    expect(rows).toEqual([{ state: 'sent', n: 2 }]);
  });

  it('lists the person’s tasks with links, in Swedish, as text and HTML', () => {
    const mail = smtp.received.find((received) => received.to[0] === c.users.partner.email)!;
    expect(mail.from).toBe('noreply@lofteskollen.test');
    expect(subjectOf(mail.raw)).toBe('Påminnelse: rapportera maj 2026 senast 10 juni 2026');
    const text = textPart(mail.raw, 'text/plain');
    console.log(`--- the reminder as it arrived (text) ---\nSubject: ${subjectOf(mail.raw)}\n\n${text}`);
    expect(text).toContain(`Hej ${c.users.partner.name}!`);
    expect(text).toContain('Trygghetsvandringar, maj 2026 (mål 4), senast 10 juni 2026');
    expect(text).toMatch(/https:\/\/lofteskollen\.test\/att-rapportera\?aktivitet=[0-9a-f-]{36}&manad=2026-05/);
    // Not the activity the police neither leads nor shares.
    expect(text).not.toContain('Föräldravandring');
    const html = textPart(mail.raw, 'text/html');
    expect(html).toContain('<a href="https://lofteskollen.test/att-rapportera?aktivitet=');
    expect(html).toContain('lang="sv"');
  });

  it('a person who turned reminders off gets none; English for one who chose it', async () => {
    const partner = as(t, { cookie: await signIn(t, c.users.partner.email) });
    const me = await partner.get('/auth/me').expect(200);
    await partner.patch('/auth/me', { reminders: false }, etag(me.body)).expect(200);
    const editor = as(t, { cookie: await signIn(t, c.users.editor.email) });
    const editorMe = await editor.get('/auth/me').expect(200);
    await editor.patch('/auth/me', { language: 'en' }, etag(editorMe.body)).expect(200);
    smtp.received.length = 0;
    // 11 June, 09:00 in Sweden: the day after May's due date. Set only now, with both choices
    // made: the jobs tick every second, and one may send before the hand-run below does.
    t.clock.set('2026-06-11T07:00:00Z');
    await Promise.all([t.app.reminders!.runOnce(), second.app.reminders!.runOnce()]);
    await waitFor(() => smtp.received.length > 0, 5000);
    expect(smtp.received.map((mail) => mail.to[0])).toEqual([c.users.editor.email]);
    expect(subjectOf(smtp.received[0]!.raw)).toBe('Overdue: May 2026 was due 10 June 2026');
  });
});

describe('an SMTP server that is down or refuses', () => {
  let t: TestApp;
  let c: Callers;
  let port: number;
  let smtp: Awaited<ReturnType<typeof mailServer>> | undefined;

  beforeAll(async () => {
    port = await freePort();
    t = await startTestApp(env(port));
    t.clock.set('2026-06-01T06:00:00Z');
    c = await makeCallers(t);
    await cooperation(t, c).plan();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('fails without crashing, keeps the reminder, and sends it once the server is back', async () => {
    t.clock.set(BEFORE_MAY);
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 0, failed: 2 });
    await t.http().get('/healthz').expect(200);
    const failed = await sql<{ state: string; attempts: number; lastError: string }>`
      select state, attempts, last_error from reminder_sends`.execute(t.db);
    expect(failed.rows.map((row) => row.state)).toEqual(['failed', 'failed']);
    expect(failed.rows[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);

    smtp = await mailServer(port);
    // Not before its retry time: nothing new is claimed, nothing sent twice.
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 0, failed: 0 });
    t.clock.advance(60_000);
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 2, failed: 0 });
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(
      [c.users.editor.email, c.users.partner.email].sort(),
    );
    t.clock.advance(3_600_000);
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('a refusal (451) is tried again later and sent once accepted', async () => {
    smtp!.state.refuse = true;
    smtp!.received.length = 0;
    t.clock.set('2026-06-11T07:00:00Z');
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 0, failed: 2 });
    smtp!.state.refuse = false;
    t.clock.advance(60_000);
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 2, failed: 0 });
    expect(await t.app.reminders!.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp!.received).toHaveLength(2);
  });
});

describe('the configuration of e-mail', () => {
  const error = (environment: Record<string, string>) => {
    try {
      loadConfig(environment);
    } catch (thrown) {
      if (thrown instanceof ConfigError) return thrown.message;
    }
    return '';
  };

  it('refuses a wrong SMTP_URL, naming it and never echoing its password; asks for MAIL_FROM and PUBLIC_URL', () => {
    const wrong = error({
      SMTP_URL: 'http://user:s3cret@mail.example',
      MAIL_FROM: 'a@b.se',
      PUBLIC_URL: 'https://x.se',
    });
    expect(wrong).toContain('SMTP_URL');
    expect(wrong).not.toContain('s3cret');
    expect(error({ SMTP_URL: 'smtp://:25', MAIL_FROM: 'a@b.se', PUBLIC_URL: 'https://x.se' })).toContain('SMTP_URL');
    expect(error({ SMTP_URL: 'smtp://mail.example' })).toContain('MAIL_FROM');
    expect(error({ SMTP_URL: 'smtp://mail.example', MAIL_FROM: 'a@b.se' })).toContain('PUBLIC_URL');
    expect(error({ REMINDER_HOUR: '24' })).toContain('REMINDER_HOUR');
    expect(loadConfig({}).mail).toBeNull();
  });

  it('stops the server at start with one line naming SMTP_URL', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: projectRoot,
      env: { ...serverFreeEnvironment(), SMTP_URL: 'mail.example.com:25' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SMTP_URL');
  });
});
