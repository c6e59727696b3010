import { api, call, type Schemas } from './client';

// The tertial and year analyses of an agreement (tertialanalys, årsanalys).

export type Review = Schemas['Review'];
export type ReviewStatus = Schemas['ReviewStatus'];

const at = (agreementId: string, period: string) => ({ params: { path: { id: agreementId, period } } });

export const listReviews = (agreementId: string): Promise<Review[]> =>
  call(() => api.GET('/api/v1/agreements/{id}/reviews', { params: { path: { id: agreementId } } })).then(
    (page) => page.items,
  );

/** The analysis of a period, or null where there is none the reader may see (read from the list: no 404 to log). */
export const findReview = async (agreementId: string, period: string): Promise<Review | null> =>
  (await listReviews(agreementId)).find((review) => review.period === period) ?? null;

/** Writes a period's analysis; replacing one needs the version it was read at. */
export const putReview = (
  agreementId: string,
  period: string,
  body: Schemas['PutReview'],
  base: Review | null,
): Promise<Review> =>
  call(() =>
    api.PUT('/api/v1/agreements/{id}/reviews/{period}', {
      ...at(agreementId, period),
      ...(base ? { headers: { 'If-Match': `"${base.version}"` } } : {}),
      body,
    }),
  );
