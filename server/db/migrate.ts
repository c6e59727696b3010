import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationsDir } from '../paths.js';
import type { Database } from './database.js';

const ALREADY_APPLIED = 'lofteskollen: migration already applied';

/**
 * Applies the numbered files of sql/ in order, each in its own transaction.
 * An advisory lock lets several processes start against one PostgreSQL: the
 * second waits, then finds the file applied and skips it.
 */
export async function migrate(database: Database, dir = migrationsDir): Promise<string[]> {
  await database.runScript(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const files = (await readdir(dir)).filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name)).sort();
  const applied = new Set(
    (await database.db.selectFrom('schemaMigrations').select('name').execute()).map((row) => row.name),
  );
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const text = await readFile(join(dir, file), 'utf8');
    const name = file.replace(/'/g, "''");
    try {
      await database.runScript(`
        begin;
        select pg_advisory_xact_lock(hashtext('lofteskollen.migrate'));
        do $$ begin
          if exists (select 1 from schema_migrations where name = '${name}') then
            raise exception '${ALREADY_APPLIED}';
          end if;
        end $$;
        ${text};
        insert into schema_migrations (name) values ('${name}');
        commit;`);
      done.push(file);
    } catch (error) {
      if (error instanceof Error && error.message.includes(ALREADY_APPLIED)) continue;
      throw new Error(`Migration ${file} failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
  return done;
}
