import { Type, type Static } from 'typebox';
import { Measure } from '../activities/schemas.js';
import { Formed } from '../http/field-errors.js';
import { Text, Timestamp, Uuid, Version, ref } from '../http/schemas.js';

// Years from 1000: PostgreSQL has no year 0, and four digits keep months sortable as text.
export const MONTH_PATTERN = '^[1-9][0-9]{3}-(0[1-9]|1[0-2])$';
export const MonthText = Formed('month', MONTH_PATTERN, {
  description: 'YYYY-MM, year 1000–9999',
  $id: 'Month',
});

export const FollowUp = Type.Object(
  {
    id: ref(Uuid),
    activityId: ref(Uuid),
    month: ref(MonthText),
    outcome: Type.Union([Type.Number(), Type.Null()], { description: 'null: not reported' }),
    target: Type.Union([Type.Number(), Type.Null()], {
      description: "The activity's monthly target as it held in this month",
    }),
    comment: Text(2000, { description: 'Public comment' }),
    internalNote: Type.Optional(Text(5000, { description: 'Only for readers of the agreement; never public' })),
    recordedBy: Type.Optional(
      Type.Union([ref(Uuid), Type.Null()], { description: 'Who recorded it; not shown to the public' }),
    ),
    recordedAt: Timestamp,
    version: Version,
  },
  { $id: 'FollowUp', additionalProperties: false },
);
export type FollowUp = Static<typeof FollowUp>;

export const PutFollowUp = Type.Object(
  {
    outcome: Type.Union([Type.Number({ minimum: 0, maximum: 1e9 }), Type.Null()], {
      description: 'The month\'s outcome (≥ 0), or null for "not reported"',
    }),
    comment: Type.Optional(Text(2000)),
    internalNote: Type.Optional(Text(5000)),
  },
  { $id: 'PutFollowUp', additionalProperties: false },
);
export type PutFollowUp = Static<typeof PutFollowUp>;

export const FollowUpParams = Type.Object({ id: ref(Uuid), month: ref(MonthText) }, { additionalProperties: false });

/** A month of an activity as the one definition of progress (progress/progress.ts) gives it. */
export const monthProgressFields = {
  month: ref(MonthText),
  target: Type.Union([Type.Number(), Type.Null()]),
  outcome: Type.Union([Type.Number(), Type.Null()]),
  state: Type.Union(
    [Type.Literal('reported'), Type.Literal('missing'), Type.Literal('noTarget'), Type.Literal('upcoming')],
    { description: 'noTarget: ended, target 0 and no outcome, which is no miss' },
  ),
};

export const FollowUpGridQuery = Type.Object(
  {
    year: Type.Optional(
      Type.Integer({
        minimum: 1000,
        maximum: 9999,
        description:
          "The year whose months to give, within the agreement's period (400 outside it). By default the year of " +
          'the current month, or, when that lies outside the period, its nearest year: the first before the ' +
          'agreement starts, the last once it has ended.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type FollowUpGridQuery = Static<typeof FollowUpGridQuery>;

export const FollowUpGridMonth = Type.Object(
  {
    ...monthProgressFields,
    recordable: Type.Boolean({ description: 'The caller may record (or correct) this month now' }),
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Only for a recorded month (its outcome may still be null): the version to correct it on',
      }),
    ),
    comment: Type.Optional(Text(2000, { description: 'Only for a recorded month: its public comment' })),
    internalNote: Type.Optional(
      Text(5000, { description: 'Only for a recorded month, and only for readers of the agreement' }),
    ),
  },
  {
    $id: 'FollowUpGridMonth',
    additionalProperties: false,
    description: 'A month with its progress, and what the editor of a recorded month starts from',
  },
);

export const FollowUpGridActivity = Type.Object(
  {
    id: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    focusAreaId: ref(Uuid),
    leadOrganisationId: ref(Uuid),
    measure: ref(Measure),
  },
  {
    $id: 'FollowUpGridActivity',
    additionalProperties: false,
    description: 'What the grid shows of an activity; the whole of it is at GET /activities/{id}',
  },
);

export const FollowUpGridRow = Type.Object(
  {
    activity: ref(FollowUpGridActivity),
    mayRecord: Type.Boolean({ description: 'The caller may record months of this activity' }),
    wholeNumbers: Type.Boolean({ description: "The measure's unit counts: outcomes are whole numbers" }),
    months: Type.Array(ref(FollowUpGridMonth), {
      description: "The months of the year within the agreement's period and the activity's own start–end",
    }),
  },
  { $id: 'FollowUpGridRow', additionalProperties: false },
);

export const FollowUpGrid = Type.Object(
  {
    agreementId: ref(Uuid),
    year: Type.Integer({ minimum: 1000, maximum: 9999, description: 'The year whose months are given' }),
    currentMonth: ref(MonthText),
    reportingDay: Type.Integer({
      minimum: 1,
      maximum: 28,
      description: "The municipality's report day: month M is due on this day of month M+1 (Swedish time)",
    }),
    closedPeriods: Type.Array(Type.String({ description: 'A tertial, YYYY-Tn' }), {
      description: 'The closed (settled) tertials of the agreement: their months cannot be recorded',
    }),
    activities: Type.Array(ref(FollowUpGridRow), { description: 'By title' }),
  },
  {
    $id: 'FollowUpGrid',
    additionalProperties: false,
    description: 'currentMonth: the month being recorded now (Swedish time); the months before it have ended',
  },
);
export type FollowUpGrid = Static<typeof FollowUpGrid>;

export const followUpSchemas = [
  MonthText,
  FollowUp,
  PutFollowUp,
  FollowUpGridMonth,
  FollowUpGridActivity,
  FollowUpGridRow,
  FollowUpGrid,
];
