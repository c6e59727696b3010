import { Type, type Static } from 'typebox';
import { Measure } from '../activities/schemas.js';
import { DateOnly, PERIOD_RULE } from '../agreements/schemas.js';
import { MonthText } from '../followups/schemas.js';
import { ItemMeta, ListQuery, Text, Uuid, ref } from '../http/schemas.js';

const ActivityIds = Type.Array(ref(Uuid), { uniqueItems: true, maxItems: 200, description: 'In the order shown' });

export const CitizenPromise = Type.Object(
  {
    id: ref(Uuid),
    municipalityId: ref(Uuid),
    agreementId: Type.Union([ref(Uuid), Type.Null()]),
    title: Text(300, { minLength: 1 }),
    periodStart: ref(DateOnly),
    periodEnd: ref(DateOnly),
    text: Text(20000, { minLength: 1, description: '"Vi lovar att …"' }),
    activityIds: ActivityIds,
    published: Type.Boolean(),
    ...ItemMeta,
  },
  { $id: 'CitizenPromise', additionalProperties: false, description: 'A medborgarlöfte' },
);
export type CitizenPromise = Static<typeof CitizenPromise>;

export const CreatePromise = Type.Object(
  {
    municipalityId: ref(Uuid),
    agreementId: Type.Optional(Type.Union([ref(Uuid), Type.Null()])),
    title: Text(300, { minLength: 1 }),
    periodStart: ref(DateOnly),
    periodEnd: ref(DateOnly),
    text: Text(20000, { minLength: 1 }),
    activityIds: ActivityIds,
    published: Type.Optional(Type.Boolean()),
  },
  {
    $id: 'CreatePromise',
    additionalProperties: false,
    description: PERIOD_RULE,
  },
);
export type CreatePromise = Static<typeof CreatePromise>;

export const PatchPromise = Type.Partial(CreatePromise, {
  $id: 'PatchPromise',
  additionalProperties: false,
  minProperties: 1,
});
export type PatchPromise = Static<typeof PatchPromise>;

export const PromiseListQuery = Type.Object(
  { ...ListQuery.properties, municipalityId: Type.Optional(ref(Uuid)), agreementId: Type.Optional(ref(Uuid)) },
  { additionalProperties: false },
);

const Rollup = {
  targetToDate: Type.Number(),
  outcomeToDate: Type.Number(),
  progress: Type.Union([Type.Number(), Type.Null()], {
    description: 'outcomeToDate ÷ targetToDate; null when the target is 0',
  }),
  missingMonths: Type.Array(ref(MonthText)),
};

export const ActivityProgress = Type.Object(
  {
    activityId: ref(Uuid),
    title: Type.String(),
    measure: Type.Union([ref(Measure), Type.Null()]),
    months: Type.Array(
      Type.Object(
        {
          month: ref(MonthText),
          target: Type.Union([Type.Number(), Type.Null()]),
          outcome: Type.Union([Type.Number(), Type.Null()]),
          state: Type.Union([Type.Literal('reported'), Type.Literal('missing'), Type.Literal('upcoming')]),
        },
        { additionalProperties: false },
      ),
    ),
    ...Rollup,
    tertials: Type.Array(
      Type.Object(
        { tertial: Type.String({ description: 'YYYY-T1 (jan–apr), -T2 (maj–aug), -T3 (sep–dec)' }), ...Rollup },
        { additionalProperties: false },
      ),
    ),
    years: Type.Array(Type.Object({ year: Type.String(), ...Rollup }, { additionalProperties: false })),
  },
  { $id: 'ActivityProgress', additionalProperties: false },
);
export type ActivityProgress = Static<typeof ActivityProgress>;

export const PromiseProgress = Type.Object(
  {
    promiseId: ref(Uuid),
    activities: Type.Array(ref(ActivityProgress)),
  },
  { $id: 'PromiseProgress', additionalProperties: false },
);
export type PromiseProgress = Static<typeof PromiseProgress>;

export const promiseSchemas = [CitizenPromise, CreatePromise, PatchPromise, ActivityProgress, PromiseProgress];
