import { Type, type Static } from 'typebox';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Formed } from '../http/field-errors.js';
import { Text, Timestamp, Uuid, ref } from '../http/schemas.js';

export const Period = Formed('period', '^[1-9][0-9]{3}(-(0[1-9]|1[0-2]))?$', {
  description: 'A year (2021) or a month (2021-05)',
  $id: 'Period',
});
export const ValueGroup = Type.Union([Type.Literal('all'), Type.Literal('women'), Type.Literal('men')], {
  $id: 'ValueGroup',
  description: 'all, women or men: safety indicators carry the gender split where the source has it',
});
const Direction = Type.Union([Type.Literal('increase'), Type.Literal('decrease')], {
  description: 'Which way is better',
});
/** Where an indicator's values come from in Kolada: a KPI, fetched for the goal's municipality. */
export const KoladaSource = Type.Object(
  {
    kpi: Formed('kolada-kpi', '^[A-Z][0-9]{5}$', {
      description: 'A Kolada KPI id, e.g. N07403 (Anmälda våldsbrott, antal/100 000 inv)',
      examples: ['N07403'],
    }),
  },
  {
    $id: 'KoladaSource',
    additionalProperties: false,
    description:
      'The Kolada KPI (kolada.se, CC BY 4.0, "Källa: Kolada") whose yearly values, total, women and men, a daily job and POST …/kolada-sync copy into the indicator',
  },
);
const PeriodValue = Type.Object({ period: ref(Period), value: Type.Number() }, { additionalProperties: false });

export const Goal = ItemObject('Goal', {
  municipalityId: ref(Uuid),
  title: Text(300, { minLength: 1 }),
  description: Text(5000),
  published: Type.Boolean(),
});
export type Goal = Static<typeof Goal>;

export const CreateGoal = InputObject('CreateGoal', {
  municipalityId: ref(Uuid),
  title: Text(300, { minLength: 1 }),
  description: Type.Optional(Text(5000)),
  published: Type.Optional(Type.Boolean()),
});
export type CreateGoal = Static<typeof CreateGoal>;

export const PatchGoal = PatchOf(CreateGoal, 'PatchGoal');
export type PatchGoal = Static<typeof PatchGoal>;

export const GoalListQuery = ListQueryWith({ municipalityId: Type.Optional(ref(Uuid)) });

export const Indicator = ItemObject('Indicator', {
  goalId: ref(Uuid),
  title: Text(300, { minLength: 1 }),
  source: Text(300, {
    minLength: 1,
    description: 'Medborgarenkäten, NTU, Polisens trygghetsmätning, anmälda brott …',
  }),
  unit: Text(50, { minLength: 1 }),
  direction: Direction,
  baseline: Type.Union([PeriodValue, Type.Null()]),
  target: Type.Union([PeriodValue, Type.Null()]),
  kolada: Type.Union([ref(KoladaSource), Type.Null()]),
  published: Type.Boolean(),
});
export type Indicator = Static<typeof Indicator>;

export const CreateIndicator = InputObject('CreateIndicator', {
  title: Text(300, { minLength: 1 }),
  source: Text(300, { minLength: 1 }),
  unit: Text(50, { minLength: 1 }),
  direction: Direction,
  baseline: Type.Optional(Type.Union([PeriodValue, Type.Null()])),
  target: Type.Optional(Type.Union([PeriodValue, Type.Null()])),
  kolada: Type.Optional(Type.Union([ref(KoladaSource), Type.Null()])),
  published: Type.Optional(Type.Boolean()),
});
export type CreateIndicator = Static<typeof CreateIndicator>;

export const PatchIndicator = PatchOf(CreateIndicator, 'PatchIndicator');
export type PatchIndicator = Static<typeof PatchIndicator>;

export const IndicatorValue = Type.Object(
  {
    indicatorId: ref(Uuid),
    period: ref(Period),
    group: ref(ValueGroup),
    value: Type.Number(),
    updatedAt: Timestamp,
  },
  { $id: 'IndicatorValue', additionalProperties: false },
);
export type IndicatorValue = Static<typeof IndicatorValue>;

export const PutIndicatorValue = InputObject('PutIndicatorValue', {
  period: ref(Period),
  group: ref(ValueGroup),
  value: Type.Number(),
});
export type PutIndicatorValue = Static<typeof PutIndicatorValue>;

export const goalSchemas = [
  Period,
  ValueGroup,
  KoladaSource,
  Goal,
  CreateGoal,
  PatchGoal,
  Indicator,
  CreateIndicator,
  PatchIndicator,
  IndicatorValue,
  PutIndicatorValue,
];
