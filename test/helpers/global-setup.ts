import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPgliteDatabase, createPostgresDatabase } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrate.js';
import { databaseUrl, testDatabaseKind } from './database-kind.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDataDir: string;
    templateDatabase: string;
  }
}

// One migrated template per run; each test file copies it (see database.ts).
export default async function setup(project: TestProject) {
  if (testDatabaseKind() === 'postgres') {
    const admin = new pg.Client({ connectionString: databaseUrl() });
    await admin.connect();
    const template = `lk_template_${process.pid}`;
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const database = createPostgresDatabase(databaseUrl(template), { timeoutMs: 5000 });
    await migrate(database);
    await database.close();
    project.provide('templateDatabase', template);
    project.provide('templateDataDir', '');
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'lk_test_%' or datname = $1`,
        [template],
      );
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'lk-template-'));
  const pglite = await PGlite.create();
  const database = await createPgliteDatabase(undefined, pglite);
  await migrate(database);
  const dump = await pglite.dumpDataDir('none');
  await database.close();
  const file = join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateDataDir', file);
  project.provide('templateDatabase', '');
  return () => rm(dir, { recursive: true, force: true });
}
