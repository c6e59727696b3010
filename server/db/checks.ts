import type { Executor } from './database.js';
import { invalidField } from '../domain/errors.js';
import { broken, type Broken } from '../domain/field-rules.js';

// Checks a store makes before it writes, each a 400 naming the field.

function invalid(path: string, rule: Broken, detail: string): never {
  throw invalidField('body', path, rule, detail);
}

// Agreements run a few years, promises one or two (docs/domain.md); a longer period
// is a typing error, and would make every month of it a row of each export.
const MAX_PERIOD_YEARS = 10;

/** YYYY-MM-DD as the number YYYYMMDD: comparable, and a year is 10 000. */
const dateNumber = (date: string) => Number(date.replaceAll('-', ''));

/** What is wrong with a period (said of its end), or null: the store's rule, also for the import's rows. */
export function periodIssue(start: string, end: string): Broken | null {
  if (end < start) return broken('end-before-start');
  if (dateNumber(end) >= dateNumber(start) + MAX_PERIOD_YEARS * 10_000) {
    return broken('period-too-long', { years: MAX_PERIOD_YEARS });
  }
  return null;
}

export function assertPeriod(start: string, end: string, endPath = '/periodEnd') {
  const issue = periodIssue(start, end);
  if (issue !== null) invalid(endPath, issue, `The period’s end ${issue.message}.`);
}

type TableWithId = 'municipalities' | 'organisations' | 'goals' | 'situationReports';
const ITEM_OF_TABLE = {
  municipalities: 'municipality',
  organisations: 'organisation',
  goals: 'goal',
  situationReports: 'situationReport',
} as const;

/** Every id names a row of the table (and, with `municipalityId`, one of that municipality). */
export async function assertExisting(
  db: Executor,
  table: TableWithId,
  ids: readonly string[],
  path: string,
  municipalityId?: string,
) {
  if (ids.length === 0) return;
  let query = db.selectFrom(table).select(['id']).where('id', 'in', ids);
  if (municipalityId !== undefined && table !== 'municipalities' && table !== 'organisations') {
    query = query.where('municipalityId', '=', municipalityId);
  }
  const found = new Set((await query.execute()).map((row) => row.id));
  const index = ids.findIndex((id) => !found.has(id));
  if (index >= 0) {
    const many = ids.length > 1 || path.endsWith('Ids');
    invalid(
      many ? `${path}/${index}` : path,
      broken('unknown-reference', { item: ITEM_OF_TABLE[table] }),
      `An id in ${path.slice(1)} names nothing here.`,
    );
  }
}
