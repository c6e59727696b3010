import type { Selectable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ReviewsTable } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import { StaleVersion } from '../domain/errors.js';
import type { ReadLevel } from '../domain/policy.js';
import type { PutReview, Review } from './schemas.js';

// The queries of an agreement's tertial and year analyses.

type ReviewRow = Selectable<ReviewsTable>;

export function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    agreementId: row.agreementId,
    period: row.period,
    text: row.text,
    priorities: row.priorities,
    status: row.status,
    published: row.published,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Whether a reader at this level of the agreement reads the analysis: the public only a final, published one. */
export const readsReview = (level: ReadLevel, review: Pick<Review, 'status' | 'published'>) =>
  level === 'internal' || (level === 'public' && review.status === 'final' && review.published);

/** An agreement's analyses as a reader at this level may read them, by period (a year after its tertials). */
export async function listReviews(db: Executor, agreementId: string, level: ReadLevel): Promise<Review[]> {
  const rows = await db
    .selectFrom('reviews')
    .selectAll()
    .where('agreementId', '=', agreementId)
    .orderBy('period')
    .execute();
  return rows.map(toReview).filter((review) => readsReview(level, review));
}

export async function findReviewRow(db: Executor, agreementId: string, period: string) {
  return db
    .selectFrom('reviews')
    .selectAll()
    .where('agreementId', '=', agreementId)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function findReviewRowById(db: Executor, id: string) {
  return db.selectFrom('reviews').select(['id', 'agreementId']).where('id', '=', id).executeTakeFirst();
}

export async function createReview(
  db: Executor,
  agreementId: string,
  period: string,
  input: PutReview,
  at: Date,
): Promise<Review> {
  const row = await db
    .insertInto('reviews')
    .values({ agreementId, period, ...input, createdAt: at, updatedAt: at })
    .onConflict((conflict) => conflict.columns(['agreementId', 'period']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleVersion('Someone wrote this analysis just now; read it and retry with If-Match.');
  return toReview(row);
}

export async function replaceReview(db: Executor, id: string, version: number, input: PutReview, at: Date) {
  return toReview(await updateVersioned(db, 'reviews', id, version, input, at));
}

/** The final, published analyses of a municipality's published agreements: what its dashboard shows, newest period first. */
export async function publishedReviews(db: Executor, municipalityId: string) {
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('agreements', 'agreements.id', 'reviews.agreementId')
    .selectAll('reviews')
    .select('agreements.title as agreementTitle')
    .where('agreements.municipalityId', '=', municipalityId)
    .where('agreements.published', '=', true)
    .where('reviews.status', '=', 'final')
    .where('reviews.published', '=', true)
    .orderBy('reviews.period', 'desc')
    .orderBy('agreements.periodStart', 'desc')
    .orderBy('reviews.id')
    .execute();
  return rows.map((row) => ({ review: toReview(row), agreementTitle: row.agreementTitle }));
}
