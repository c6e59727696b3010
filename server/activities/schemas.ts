import { Type, type Static, type TNumber, type TOptional } from 'typebox';
import { DateOnly } from '../agreements/schemas.js';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Text, Uuid, ref } from '../http/schemas.js';

export const ActivityStatus = Type.Union(
  [
    Type.Literal('planned'),
    Type.Literal('ongoing'),
    Type.Literal('done'),
    Type.Literal('delayed'),
    Type.Literal('cancelled'),
  ],
  { $id: 'ActivityStatus' },
);

const Target = (description: string) => Type.Number({ minimum: 0, maximum: 1e9, description });

/** Units that count things: their targets and outcomes are whole numbers (compared trimmed, in lower case). */
export const COUNT_UNITS: readonly string[] = ['antal', 'st', 'st.', 'styck', 'stycken'];

/** The calendar months, as a month's last two digits ('2026-07' → '07'). */
export const CALENDAR_MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

const monthTargetProperties = Object.fromEntries(
  CALENDAR_MONTHS.map((month) => [month, Type.Optional(Target('The target of this calendar month'))]),
) as Record<(typeof CALENDAR_MONTHS)[number], TOptional<TNumber>>;

export const Measure = Type.Object(
  {
    label: Text(200, { minLength: 1, description: 'What is counted, e.g. "trygghetsvandringar"' }),
    unit: Text(50, {
      minLength: 1,
      description:
        `e.g. "antal". A count (${COUNT_UNITS.map((unit) => `"${unit}"`).join(', ')}; any case) takes whole ` +
        'numbers only, in targets and outcomes; other units ("timmar", "%", "kr") take decimals',
    }),
    monthlyTarget: Target('Target per month; a change holds from the current month on'),
    monthTargets: Type.Optional(
      Type.Object(monthTargetProperties, {
        additionalProperties: false,
        description:
          'Targets of single calendar months that replace monthlyTarget in that month every year, ' +
          'e.g. {"07": 0} for a summer break (a month with target 0 is no miss); changes hold as monthlyTarget’s do',
      }),
    ),
  },
  { $id: 'Measure', additionalProperties: false },
);
export type Measure = Static<typeof Measure>;

const OrganisationIds = Type.Array(ref(Uuid), { uniqueItems: true, maxItems: 100 });
const ProblemIds = Type.Array(ref(Uuid), {
  uniqueItems: true,
  maxItems: 100,
  description:
    'The problems the activity acts on: problems of the lägesbild its agreement answers (situationReportId), ' +
    'else 400. Readers outside the agreement see only the ties to problems the public reads',
});
const CauseIds = Type.Array(ref(Uuid), {
  uniqueItems: true,
  maxItems: 200,
  description: 'The causes (orsaksanalys) it acts on: causes of the problems in problemIds, else 400',
});
const Area = Text(200, { minLength: 1, description: 'Geographic area, e.g. Skäggetorp, Innerstaden, Berga, Ryd' });

export const Activity = ItemObject('Activity', {
  agreementId: ref(Uuid),
  focusAreaId: ref(Uuid),
  title: Text(300, { minLength: 1 }),
  description: Text(5000),
  leadOrganisationId: ref(Uuid),
  partnerOrganisationIds: OrganisationIds,
  area: Type.Union([Area, Type.Null()]),
  startDate: Type.Union([ref(DateOnly), Type.Null()]),
  endDate: Type.Union([ref(DateOnly), Type.Null()]),
  status: ref(ActivityStatus),
  comment: Text(2000, { description: 'Public comment on the status' }),
  shared: Type.Boolean({ description: 'Partners (lead or partner organisations) may update it' }),
  published: Type.Boolean(),
  measure: Type.Union([ref(Measure), Type.Null()]),
  problemIds: ProblemIds,
  causeIds: CauseIds,
});
export type Activity = Static<typeof Activity>;

const activityFields = {
  title: Text(300, { minLength: 1 }),
  description: Type.Optional(Text(5000)),
  partnerOrganisationIds: Type.Optional(OrganisationIds),
  area: Type.Optional(Type.Union([Area, Type.Null()])),
  startDate: Type.Optional(Type.Union([ref(DateOnly), Type.Null()])),
  endDate: Type.Optional(Type.Union([ref(DateOnly), Type.Null()])),
  status: Type.Optional(ref(ActivityStatus)),
  comment: Type.Optional(Text(2000)),
  shared: Type.Optional(Type.Boolean()),
  published: Type.Optional(Type.Boolean()),
  measure: Type.Optional(Type.Union([ref(Measure), Type.Null()])),
  problemIds: Type.Optional(ProblemIds),
  causeIds: Type.Optional(CauseIds),
};

export const CreateActivity = InputObject('CreateActivity', {
  agreementId: ref(Uuid),
  focusAreaId: ref(Uuid),
  leadOrganisationId: ref(Uuid),
  ...activityFields,
});
export type CreateActivity = Static<typeof CreateActivity>;

export const PatchActivity = PatchOf(CreateActivity, 'PatchActivity', {
  description: 'Partners may send only status and comment',
});
export type PatchActivity = Static<typeof PatchActivity>;

/** What a partner organisation may change of a shared activity. */
export const PARTNER_FIELDS: readonly string[] = ['status', 'comment'];

export const ActivityListQuery = ListQueryWith({
  agreementId: Type.Optional(ref(Uuid)),
  focusAreaId: Type.Optional(ref(Uuid)),
  status: Type.Optional(ref(ActivityStatus)),
  organisationId: Type.Optional(ref(Uuid)),
  area: Type.Optional(Text(200, { minLength: 1 })),
});

export const activitySchemas = [ActivityStatus, Measure, Activity, CreateActivity, PatchActivity];
