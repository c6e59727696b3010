import type { Executor } from '../db/database.js';
import type { ClosedPeriod } from './schemas.js';

// Closed (settled) tertials of agreements, with who closed them.

function closedPeriods(db: Executor) {
  return db
    .selectFrom('closedPeriods')
    .leftJoin('users', 'users.id', 'closedPeriods.closedBy')
    .select([
      'closedPeriods.id',
      'closedPeriods.agreementId',
      'closedPeriods.period',
      'closedPeriods.closedBy',
      'closedPeriods.closedAt',
      'users.name as closedByName',
    ]);
}

type Row = {
  id: string;
  agreementId: string;
  period: string;
  closedBy: string | null;
  closedAt: Date;
  closedByName: string | null;
};

function toClosedPeriod(row: Row): ClosedPeriod {
  return {
    id: row.id,
    agreementId: row.agreementId,
    period: row.period,
    closedBy: row.closedBy === null ? null : { id: row.closedBy, name: row.closedByName ?? '' },
    closedAt: row.closedAt.toISOString(),
  };
}

export async function listClosedPeriods(db: Executor, agreementId: string): Promise<ClosedPeriod[]> {
  const rows = await closedPeriods(db).where('closedPeriods.agreementId', '=', agreementId).orderBy('period').execute();
  return rows.map(toClosedPeriod);
}

export async function findClosedPeriod(
  db: Executor,
  agreementId: string,
  period: string,
): Promise<ClosedPeriod | null> {
  const row = await closedPeriods(db)
    .where('closedPeriods.agreementId', '=', agreementId)
    .where('closedPeriods.period', '=', period)
    .executeTakeFirst();
  return row ? toClosedPeriod(row) : null;
}

/** Closes a tertial; null when it was closed already (by a concurrent request too). */
export async function insertClosedPeriod(
  db: Executor,
  agreementId: string,
  period: string,
  closedBy: string | null,
  at: Date,
): Promise<ClosedPeriod | null> {
  const inserted = await db
    .insertInto('closedPeriods')
    .values({ agreementId, period, closedBy, closedAt: at })
    .onConflict((conflict) => conflict.columns(['agreementId', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? findClosedPeriod(db, agreementId, period) : null;
}

export async function deleteClosedPeriod(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('closedPeriods').where('id', '=', id).execute();
}

/** The closed tertials of an agreement. */
export async function closedTertials(db: Executor, agreementId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('closedPeriods').select('period').where('agreementId', '=', agreementId).execute();
  return new Set(rows.map((row) => row.period));
}
