import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';

/** What every feature's routes are given: passed in, never imported as singletons. */
export interface AppDeps {
  config: Readonly<Config>;
  database: Database;
  clock: Clock;
}
