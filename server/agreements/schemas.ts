import { Type, type Static } from 'typebox';
import { ItemMeta, ListQuery, Text, Uuid, ref } from '../http/schemas.js';

// Years from 1000, as for months: PostgreSQL has no year 0.
export const DateOnly = Type.String({
  format: 'date',
  pattern: '^[1-9]',
  $id: 'Date',
  description: 'YYYY-MM-DD, year 1000–9999',
});
/** The period rule of server/db/checks.ts, as the API document states it. */
export const PERIOD_RULE = 'periodEnd is on or after periodStart and less than 10 years after it (else 400).';
export const AgreementStatus = Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('ended')], {
  $id: 'AgreementStatus',
});
const Ids = (description: string) => Type.Array(ref(Uuid), { uniqueItems: true, maxItems: 100, description });

export const Agreement = Type.Object(
  {
    id: ref(Uuid),
    municipalityId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    periodStart: ref(DateOnly),
    periodEnd: ref(DateOnly),
    status: ref(AgreementStatus),
    summary: Text(20000, { description: 'Summary of the lägesbild' }),
    partyIds: Ids('The organisations party to the agreement'),
    goalIds: Ids('The municipal goals the agreement serves'),
    published: Type.Boolean(),
    ...ItemMeta,
  },
  { $id: 'Agreement', additionalProperties: false },
);
export type Agreement = Static<typeof Agreement>;

export const CreateAgreement = Type.Object(
  {
    municipalityId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    periodStart: ref(DateOnly),
    periodEnd: ref(DateOnly),
    status: Type.Optional(ref(AgreementStatus)),
    summary: Type.Optional(Text(20000)),
    partyIds: Type.Optional(Ids('Organisation ids')),
    goalIds: Type.Optional(Ids('Goal ids of the same municipality')),
    published: Type.Optional(Type.Boolean()),
  },
  {
    $id: 'CreateAgreement',
    additionalProperties: false,
    description: PERIOD_RULE,
  },
);
export type CreateAgreement = Static<typeof CreateAgreement>;

export const PatchAgreement = Type.Partial(CreateAgreement, {
  $id: 'PatchAgreement',
  additionalProperties: false,
  minProperties: 1,
});
export type PatchAgreement = Static<typeof PatchAgreement>;

export const AgreementListQuery = Type.Object(
  { ...ListQuery.properties, municipalityId: Type.Optional(ref(Uuid)), status: Type.Optional(ref(AgreementStatus)) },
  { additionalProperties: false },
);

export const FocusArea = Type.Object(
  {
    id: ref(Uuid),
    agreementId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    description: Text(5000),
    position: Type.Integer({ minimum: 0, maximum: 10000 }),
    ...ItemMeta,
  },
  { $id: 'FocusArea', additionalProperties: false },
);
export type FocusArea = Static<typeof FocusArea>;

export const CreateFocusArea = Type.Object(
  {
    title: Text(300, { minLength: 1 }),
    description: Type.Optional(Text(5000)),
    position: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 10000, description: 'Order in the plan; default: last' }),
    ),
  },
  { $id: 'CreateFocusArea', additionalProperties: false },
);
export type CreateFocusArea = Static<typeof CreateFocusArea>;

export const PatchFocusArea = Type.Partial(CreateFocusArea, {
  $id: 'PatchFocusArea',
  additionalProperties: false,
  minProperties: 1,
});
export type PatchFocusArea = Static<typeof PatchFocusArea>;

export const agreementSchemas = [
  DateOnly,
  AgreementStatus,
  Agreement,
  CreateAgreement,
  PatchAgreement,
  FocusArea,
  CreateFocusArea,
  PatchFocusArea,
];
