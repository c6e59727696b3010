import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Formed } from '../http/field-errors.js';
import { Text, Uuid, ref } from '../http/schemas.js';

// Years from 1000, as for months: PostgreSQL has no year 0.
export const DateOnly = Formed('date', '^[1-9]', {
  format: 'date',
  $id: 'Date',
  description: 'YYYY-MM-DD, year 1000–9999',
});
/** The period rule of server/db/checks.ts, as the API document states it. */
export const PERIOD_RULE = 'periodEnd is on or after periodStart and less than 10 years after it (else 400).';
/** The period an agreement or a promise covers; PERIOD_RULE holds between the two. */
export const PeriodFields = { periodStart: ref(DateOnly), periodEnd: ref(DateOnly) };
export const AgreementStatus = Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('ended')], {
  $id: 'AgreementStatus',
});
const Ids = (description: string) => Type.Array(ref(Uuid), { uniqueItems: true, maxItems: 100, description });

export const Agreement = ItemObject('Agreement', {
  municipalityId: ref(Uuid),
  title: Text(300, { minLength: 1 }),
  ...PeriodFields,
  status: ref(AgreementStatus),
  summary: Text(20000, { description: 'Summary of the lägesbild' }),
  partyIds: Ids('The organisations party to the agreement'),
  goalIds: Ids('The municipal goals the agreement serves'),
  situationReportId: Type.Union([ref(Uuid), Type.Null()], {
    description: 'The lägesbild (situation report) the plan answers: its activities act on its problems',
  }),
  published: Type.Boolean(),
});
export type Agreement = Static<typeof Agreement>;

export const CreateAgreement = InputObject(
  'CreateAgreement',
  {
    municipalityId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    ...PeriodFields,
    status: Type.Optional(ref(AgreementStatus)),
    summary: Type.Optional(Text(20000)),
    partyIds: Type.Optional(Ids('Organisation ids')),
    goalIds: Type.Optional(Ids('Goal ids of the same municipality')),
    situationReportId: Type.Optional(
      Type.Union([ref(Uuid), Type.Null()], {
        description:
          'A lägesbild of the same municipality (else 400); changing it while activities act on problems of ' +
          'the one answered now is 409',
      }),
    ),
    published: Type.Optional(Type.Boolean()),
  },
  { description: PERIOD_RULE },
);
export type CreateAgreement = Static<typeof CreateAgreement>;

export const PatchAgreement = PatchOf(CreateAgreement, 'PatchAgreement');
export type PatchAgreement = Static<typeof PatchAgreement>;

export const AgreementListQuery = ListQueryWith({
  municipalityId: Type.Optional(ref(Uuid)),
  status: Type.Optional(ref(AgreementStatus)),
});

export const FocusArea = ItemObject('FocusArea', {
  agreementId: ref(Uuid),
  title: Text(300, { minLength: 1 }),
  description: Text(5000),
  position: Type.Integer({ minimum: 0, maximum: 10000 }),
});
export type FocusArea = Static<typeof FocusArea>;

export const CreateFocusArea = InputObject('CreateFocusArea', {
  title: Text(300, { minLength: 1 }),
  description: Type.Optional(Text(5000)),
  position: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 10000, description: 'Order in the plan; default: last' }),
  ),
});
export type CreateFocusArea = Static<typeof CreateFocusArea>;

export const PatchFocusArea = PatchOf(CreateFocusArea, 'PatchFocusArea');
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
