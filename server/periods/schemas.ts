import { Type, type Static } from 'typebox';
import { Formed } from '../http/field-errors.js';
import { Timestamp, Uuid, ref } from '../http/schemas.js';

/** A tertial (T1 jan–apr, T2 maj–aug, T3 sep–dec), as Polisen publishes follow-ups. */
export const TertialText = Formed('tertial', '^[1-9][0-9]{3}-T[1-3]$', {
  description: 'YYYY-Tn: T1 January–April, T2 May–August, T3 September–December',
  examples: ['2026-T1'],
  $id: 'TertialPeriod',
});

export const ClosedPeriod = Type.Object(
  {
    id: ref(Uuid),
    agreementId: ref(Uuid),
    period: ref(TertialText),
    closedBy: Type.Union(
      [Type.Object({ id: ref(Uuid), name: Type.String() }, { additionalProperties: false }), Type.Null()],
      {
        description: 'Who closed it; null when that account is gone',
      },
    ),
    closedAt: Timestamp,
  },
  { $id: 'ClosedPeriod', additionalProperties: false },
);
export type ClosedPeriod = Static<typeof ClosedPeriod>;

export const ClosedPeriodList = Type.Object(
  { items: Type.Array(ref(ClosedPeriod), { description: 'By period' }) },
  { $id: 'ClosedPeriodList', additionalProperties: false },
);

export const ClosePeriod = Type.Object(
  { period: ref(TertialText) },
  { $id: 'ClosePeriod', additionalProperties: false },
);
export type ClosePeriod = Static<typeof ClosePeriod>;

export const ClosedPeriodParams = Type.Object(
  { id: ref(Uuid), period: ref(TertialText) },
  { additionalProperties: false },
);

export const periodSchemas = [TertialText, ClosedPeriod, ClosedPeriodList, ClosePeriod];
