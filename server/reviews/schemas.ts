import { Type, type Static } from 'typebox';
import { Formed } from '../http/field-errors.js';
import { InputObject, ItemObject } from '../http/item-schemas.js';
import { Text, Uuid, ref } from '../http/schemas.js';

// The tertial and year analyses of an agreement (tertialanalys, årsanalys): what
// was done, what worked and what did not, and the priorities for the next period.

export const REVIEW_PERIOD_PATTERN = '^[1-9][0-9]{3}(-T[1-3])?$';
export const ReviewPeriod = Formed('review-period', REVIEW_PERIOD_PATTERN, {
  $id: 'ReviewPeriod',
  description: 'A tertial, 2026-T1 (jan–apr), 2026-T2 (maj–aug), 2026-T3 (sep–dec), or a year, 2026',
});

export const ReviewStatus = Type.Union([Type.Literal('draft'), Type.Literal('final')], {
  $id: 'ReviewStatus',
  description: 'draft, or final (fastställd); a draft is never public',
});

export const Review = ItemObject(
  'Review',
  {
    agreementId: ref(Uuid),
    period: ref(ReviewPeriod),
    text: Text(20000, { minLength: 1, description: 'What was done, what worked, what did not' }),
    priorities: Text(10000, { description: 'The priorities for the next period' }),
    status: ref(ReviewStatus),
    published: Type.Boolean(),
  },
  {
    description:
      'The analysis of a tertial or a year of an agreement. Read as the agreement is: insiders read drafts; ' +
      'the public reads a final, published analysis of a published agreement.',
  },
);
export type Review = Static<typeof Review>;

export const PutReview = InputObject(
  'PutReview',
  {
    text: Text(20000, { minLength: 1 }),
    priorities: Type.Optional(Text(10000)),
    status: Type.Optional(ref(ReviewStatus)),
    published: Type.Optional(Type.Boolean()),
  },
  {
    description:
      'priorities, status and published, when left out, keep what was saved (a new analysis: "", draft, not ' +
      'published). The period overlaps the agreement’s period (else 400).',
  },
);
export type PutReview = Static<typeof PutReview>;

export const ReviewParams = Type.Object({ id: ref(Uuid), period: ref(ReviewPeriod) }, { additionalProperties: false });

export const reviewSchemas = [ReviewPeriod, ReviewStatus, Review, PutReview];
