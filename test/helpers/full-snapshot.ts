// Everything a database holds, to compare two databases exactly: every row of
// every table (schema_migrations among them) as PostgreSQL prints it, in primary
// key order; every sequence's position; and the schema (columns, constraints,
// indexes, triggers, functions). Runs on pg and PGlite alike, through `query`.

export type Query = (text: string) => Promise<Record<string, unknown>[]>;

export interface FullSnapshot {
  /** Rows per table ("schema.table"), each as row_to_json text: timestamps keep their microseconds. */
  tables: Record<string, string[]>;
  sequences: Record<string, { lastValue: string; isCalled: boolean }>;
  schema: Record<'columns' | 'constraints' | 'indexes' | 'triggers' | 'functions', string[]>;
}

const USER_SCHEMAS = `n.nspname <> 'information_schema' and n.nspname !~ '^pg_'`;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function texts(query: Query, text: string): Promise<string[]> {
  return (await query(text)).map((row) => String(row.t));
}

export async function fullSnapshot(query: Query): Promise<FullSnapshot> {
  const snapshot: FullSnapshot = {
    tables: {},
    sequences: {},
    schema: { columns: [], constraints: [], indexes: [], triggers: [], functions: [] },
  };
  const tables = await query(`
    select n.nspname as schema, c.relname as name, c.oid::int as oid
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and ${USER_SCHEMAS}
    order by 1, 2`);
  for (const table of tables) {
    const key = `${String(table.schema)}.${String(table.name)}`;
    const primaryKey = await texts(
      query,
      `select quote_ident(a.attname) as t
       from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = ${Number(table.oid)} and i.indisprimary
       order by array_position(i.indkey::int2[], a.attnum)`,
    );
    const order = primaryKey.length > 0 ? primaryKey.map((column) => `t.${column}`).join(', ') : 't::text';
    snapshot.tables[key] = await texts(
      query,
      `select row_to_json(t)::text as t from ${quote(String(table.schema))}.${quote(String(table.name))} t order by ${order}`,
    );
  }
  const sequences = await query(`
    select n.nspname as schema, c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'S' and ${USER_SCHEMAS}
    order by 1, 2`);
  for (const sequence of sequences) {
    const [row] = await query(
      `select last_value::text as v, is_called from ${quote(String(sequence.schema))}.${quote(String(sequence.name))}`,
    );
    snapshot.sequences[`${String(sequence.schema)}.${String(sequence.name)}`] = {
      lastValue: String(row!.v),
      isCalled: Boolean(row!.is_called),
    };
  }
  snapshot.schema.columns = await texts(
    query,
    `select concat_ws(' ', table_schema || '.' || table_name || '.' || column_name, data_type, column_default,
              is_nullable, is_identity, identity_generation) as t
     from information_schema.columns where table_schema <> 'information_schema' and table_schema !~ '^pg_'
     order by 1`,
  );
  snapshot.schema.constraints = await texts(
    query,
    `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(c.oid) as t
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace where ${USER_SCHEMAS} order by 1`,
  );
  snapshot.schema.indexes = await texts(
    query,
    `select schemaname || '.' || indexname || ' ' || indexdef as t from pg_indexes
     where schemaname <> 'information_schema' and schemaname !~ '^pg_' order by 1`,
  );
  snapshot.schema.triggers = await texts(
    query,
    `select pg_get_triggerdef(tg.oid) as t from pg_trigger tg
     join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where not tg.tgisinternal and ${USER_SCHEMAS} order by 1`,
  );
  snapshot.schema.functions = await texts(
    query,
    `select p.oid::regprocedure::text || ' ' || pg_get_functiondef(p.oid) as t
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where p.prokind in ('f', 'p') and ${USER_SCHEMAS} order by 1`,
  );
  return snapshot;
}

/** Rows per table, for a report line. */
export function rowCounts(snapshot: FullSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot.tables).map(([table, rows]) => [table, rows.length]));
}
