import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import {
  createPgliteDatabase,
  createPostgresDatabase,
  pgliteParsers,
  type Database,
} from '../../server/db/database.js';
import { databaseUrl, testDatabaseKind } from './database-kind.js';

/** A fresh, migrated database of its own for one test file: a copy of the run's template. */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'postgres') {
    const name = `lk_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl() });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
    } finally {
      await admin.end();
    }
    return createPostgresDatabase(databaseUrl(name), { timeoutMs: 5000 });
  }
  const tarball = await readFile(inject('templateDataDir'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([tarball]), parsers: pgliteParsers });
  return createPgliteDatabase(undefined, pglite);
}
