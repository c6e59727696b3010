import type { Agreement } from '../agreements/schemas.js';
import { visibleAgreement } from '../agreements/service.js';
import { requireVersion, runChange, type BasedOn, type ServiceDeps } from '../domain/changes.js';
import { NotFound, StaleVersion, invalidField } from '../domain/errors.js';
import { broken } from '../domain/field-rules.js';
import { assertCanManage, type Actor } from '../domain/policy.js';
import type { PutReview, Review } from './schemas.js';
import * as store from './store.js';

// The tertial and year analyses of an agreement: read as the agreement is
// (insiders read drafts; the public a final, published analysis), written by
// the editors of its municipality, one per period, each change audited.

/** A period's first and last day: "2026-T2" → 2026-05-01 … 2026-08-31; "2026" → the year. */
export function periodDays(period: string): { first: string; last: string } {
  const year = period.slice(0, 4);
  if (period.length === 4) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const tertial = Number(period.slice(-1));
  const firstMonth = String(tertial * 4 - 3).padStart(2, '0');
  const lastMonth = String(tertial * 4).padStart(2, '0');
  const lastDay = lastMonth === '04' ? '30' : '31';
  return { first: `${year}-${firstMonth}-01`, last: `${year}-${lastMonth}-${lastDay}` };
}

function assertWithinAgreement(agreement: Agreement, period: string) {
  const { first, last } = periodDays(period);
  if (last < agreement.periodStart || first > agreement.periodEnd) {
    const rule = broken('period-outside', { first: agreement.periodStart, last: agreement.periodEnd });
    throw invalidField('params', '/period', rule, `The period ${rule.message}.`);
  }
}

export async function listReviews(deps: ServiceDeps, actor: Actor | null, agreementId: string): Promise<Review[]> {
  const { item, level } = await visibleAgreement(deps.database.db, actor, agreementId);
  return store.listReviews(deps.database.db, item.id, level);
}

export async function getReview(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
  period: string,
): Promise<Review> {
  const { db } = deps.database;
  const { item, level } = await visibleAgreement(db, actor, agreementId);
  const row = await store.findReviewRow(db, item.id, period);
  const review = row && store.toReview(row);
  if (!review || !store.readsReview(level, review)) throw new NotFound('The analysis');
  return review;
}

/** Writes a period's analysis (created) or replaces it from the version read (replaced). */
export function putReview(
  deps: ServiceDeps,
  actor: Actor | null,
  agreementId: string,
  period: string,
  input: PutReview,
  basedOn: BasedOn,
): Promise<{ created: boolean; review: Review }> {
  return runChange(deps, actor, async (change) => {
    const { item: agreement } = await visibleAgreement(change.trx, actor, agreementId);
    assertCanManage(actor, agreement.municipalityId);
    assertWithinAgreement(agreement, period);
    const existing = await store.findReviewRow(change.trx, agreement.id, period);
    if (!existing && basedOn !== 'none') {
      throw new StaleVersion('There is no analysis of this period yet; send it without If-Match.');
    }
    const before = existing && store.toReview(existing);
    const review = before
      ? await store.replaceReview(change.trx, before.id, requireVersion(basedOn), input, change.now)
      : await store.createReview(change.trx, agreement.id, period, input, change.now);
    await change.audit({
      action: before ? 'update' : 'create',
      entityType: 'review',
      entityId: review.id,
      municipalityId: agreement.municipalityId,
      before: before ?? undefined,
      after: review,
    });
    return { created: !before, review };
  });
}
