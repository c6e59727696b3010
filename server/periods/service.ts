import { visibleAgreement } from '../agreements/service.js';
import type { Executor } from '../db/database.js';
import { runChange, type ServiceDeps } from '../domain/changes.js';
import { Conflict, invalidField, NotFound, PeriodClosed, type InputPart } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import { assertCanManage, type Actor } from '../domain/policy.js';
import { monthsOfTertial } from '../progress/deadlines.js';
import { currentMonth, monthOfDate, tertialOf } from '../progress/months.js';
import type { ClosedPeriod } from './schemas.js';
import * as store from './store.js';

// Settled tertials: an editor closes a tertial of an agreement once it has
// ended, so the steering group reads numbers that no longer move; none of its
// months may change (the follow-up's month rule asks monthIsOpen) until an
// editor reopens it. Both are audited.

export async function listClosedPeriods(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
): Promise<{ items: ClosedPeriod[] }> {
  const { item } = await visibleAgreement(deps.database.db, actor, agreementId);
  return { items: await store.listClosedPeriods(deps.database.db, item.id) };
}

/** The closed tertials of an agreement, to check many months at once (the import). */
export function closedTertials(db: Executor, agreementId: string): Promise<Set<string>> {
  return store.closedTertials(db, agreementId);
}

/** The closed tertial a month lies in, or null. */
export function closedTertialOf(closed: ReadonlySet<string>, month: string): string | null {
  const tertial = tertialOf(month);
  return closed.has(tertial) ? tertial : null;
}

/** Refuses (409, naming the period) a change to a month in one of these closed tertials. */
export function assertMonthOpen(
  closed: ReadonlySet<string>,
  month: string,
  field: { in: InputPart; path: string } = { in: 'params', path: '/month' },
): void {
  const period = closedTertialOf(closed, month);
  if (period) throw new PeriodClosed(period, [{ ...field, ...broken('period-closed', { period }) }]);
}

export function closePeriod(
  deps: ServiceDeps,
  actor: Actor,
  agreementId: string,
  period: string,
): Promise<ClosedPeriod> {
  return runChange(deps, actor, async (change) => {
    const { item: agreement } = await visibleAgreement(change.trx, actor, agreementId);
    assertCanManage(actor, agreement.municipalityId);
    const months = monthsOfTertial(period);
    const first = monthOfDate(agreement.periodStart);
    const last = monthOfDate(agreement.periodEnd);
    if (months.at(-1)! < first || months[0]! > last) {
      throw invalidField(
        'body',
        '/period',
        broken('period-outside-agreement', { first, last }),
        'Not a tertial of this agreement.',
      );
    }
    if (months.at(-1)! >= currentMonth(change.now)) {
      throw invalidField('body', '/period', broken('period-not-ended', { period }), `${period} has not ended yet.`);
    }
    const closed = await store.insertClosedPeriod(change.trx, agreement.id, period, actor.userId, change.now);
    if (!closed) throw new Conflict(`${period} is closed already.`);
    await change.audit({
      action: 'create',
      entityType: 'closedPeriod',
      entityId: closed.id,
      municipalityId: agreement.municipalityId,
      after: closed,
    });
    return closed;
  });
}

export function reopenPeriod(deps: ServiceDeps, actor: Actor, agreementId: string, period: string): Promise<void> {
  return runChange(deps, actor, async (change) => {
    const { item: agreement } = await visibleAgreement(change.trx, actor, agreementId);
    const closed = await store.findClosedPeriod(change.trx, agreement.id, period);
    if (!closed) throw new NotFound(`The closed period ${period}`);
    assertCanManage(actor, agreement.municipalityId);
    await store.deleteClosedPeriod(change.trx, closed.id);
    await change.audit({
      action: 'delete',
      entityType: 'closedPeriod',
      entityId: closed.id,
      municipalityId: agreement.municipalityId,
      before: closed,
    });
  });
}
