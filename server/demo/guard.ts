import type { Config } from '../config.js';
import type { Executor } from '../db/database.js';
import { demoAccounts } from './data.js';

// The demo's accounts share a password printed in the README. Reachable from
// the network, anyone could sign in as the demo admin: the process refuses to
// start so (unless DEMO_PUBLIC=true says it is meant), and with DEMO_PUBLIC the
// demo accounts read only what the public reads and change nothing.

const DEMO_EMAILS = demoAccounts.map((account) => account.email.toLowerCase());

/** 127.0.0.0/8, ::1 and localhost: a server only this machine reaches. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** Whether the database holds a demo account that can sign in. */
export async function hasDemoAccounts(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), 'in', DEMO_EMAILS))
    .where('disabled', '=', false)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether this account is one of the demo's. */
export async function isDemoAccount(db: Executor, userId: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  return row !== undefined && DEMO_EMAILS.includes(row.email.toLowerCase());
}

/**
 * Why the process must not start, in one line, or null: demo data (to be)
 * loaded, a HOST others reach, and no DEMO_PUBLIC=true.
 */
export async function exposedDemo(config: Config, db: Executor): Promise<string | null> {
  if (isLoopback(config.host) || config.demoPublic) return null;
  if (!config.demoData && !(await hasDemoAccounts(db))) return null;
  return (
    `refusing to start: the demo accounts (their password is in README.md) would be reachable from the network on HOST=${config.host}. ` +
    'Run the demo with HOST=127.0.0.1; for real use start with DATABASE_URL (or DEMO_DATA=false) on a database without the demo; ' +
    'for a public demo whose accounts read only what the public reads, set DEMO_PUBLIC=true.'
  );
}
