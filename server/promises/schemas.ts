import { Type, type Static } from 'typebox';
import { Measure } from '../activities/schemas.js';
import { PERIOD_RULE, PeriodFields } from '../agreements/schemas.js';
import { MonthText, monthProgressFields } from '../followups/schemas.js';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Text, Timestamp, Uuid, ref } from '../http/schemas.js';
import { AT_RISK, ON_TRACK } from '../progress/progress.js';

/** The verdict on a promise (löftesbedömning); the last three only once its period has ended. */
export const ASSESSMENTS = ['notStarted', 'onTrack', 'atRisk', 'delayed', 'kept', 'partlyKept', 'notKept'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
/** The verdicts that judge a promise whose period is over. */
export const FINAL_ASSESSMENTS: readonly Assessment[] = ['kept', 'partlyKept', 'notKept'];

export const PromiseAssessment = Type.Union(
  [
    Type.Literal('notStarted'),
    Type.Literal('onTrack'),
    Type.Literal('atRisk'),
    Type.Literal('delayed'),
    Type.Literal('kept'),
    Type.Literal('partlyKept'),
    Type.Literal('notKept'),
  ],
  {
    $id: 'PromiseAssessment',
    description:
      "An editor's verdict: notStarted, onTrack, atRisk, delayed while the period runs; kept, partlyKept, notKept " +
      'only once the period has ended',
  },
);

const ASSESSMENT_NOTE_MAX = 1000;
const AssessmentNote = Text(ASSESSMENT_NOTE_MAX, {
  description: 'Why: the motivation of the verdict, a sentence or two',
});

const ActivityIds = Type.Array(ref(Uuid), { uniqueItems: true, maxItems: 200, description: 'In the order shown' });

export const CitizenPromise = ItemObject(
  'CitizenPromise',
  {
    municipalityId: ref(Uuid),
    agreementId: Type.Union([ref(Uuid), Type.Null()]),
    title: Text(300, { minLength: 1 }),
    ...PeriodFields,
    text: Text(20000, { minLength: 1, description: '"Vi lovar att …"' }),
    activityIds: ActivityIds,
    published: Type.Boolean(),
    assessment: Type.Union([ref(PromiseAssessment), Type.Null()], { description: 'null: not assessed yet' }),
    assessmentNote: AssessmentNote,
    assessedAt: Type.Union([Timestamp, Type.Null()], {
      description: 'When the verdict or its motivation last changed (set by the server)',
    }),
  },
  { description: 'A medborgarlöfte' },
);
export type CitizenPromise = Static<typeof CitizenPromise>;

export const CreatePromise = InputObject(
  'CreatePromise',
  {
    municipalityId: ref(Uuid),
    agreementId: Type.Optional(Type.Union([ref(Uuid), Type.Null()])),
    title: Text(300, { minLength: 1 }),
    ...PeriodFields,
    text: Text(20000, { minLength: 1 }),
    activityIds: ActivityIds,
    published: Type.Optional(Type.Boolean()),
    assessment: Type.Optional(Type.Union([ref(PromiseAssessment), Type.Null()])),
    assessmentNote: Type.Optional(AssessmentNote),
  },
  { description: `${PERIOD_RULE} A verdict of kept, partlyKept or notKept needs a period that has ended.` },
);
export type CreatePromise = Static<typeof CreatePromise>;

export const PatchPromise = PatchOf(CreatePromise, 'PatchPromise');
export type PatchPromise = Static<typeof PatchPromise>;

export const PromiseListQuery = ListQueryWith({
  municipalityId: Type.Optional(ref(Uuid)),
  agreementId: Type.Optional(ref(Uuid)),
});

const Rollup = {
  targetToDate: Type.Number(),
  outcomeToDate: Type.Number(),
  progress: Type.Union([Type.Number(), Type.Null()], {
    description: 'outcomeToDate ÷ targetToDate; null when the target is 0',
  }),
  missingMonths: Type.Array(ref(MonthText)),
  light: Type.Union([Type.Literal('onTrack'), Type.Literal('atRisk'), Type.Literal('behind'), Type.Null()], {
    description:
      `The traffic light of the progress of these months (the whole: countedMonths): onTrack from ${ON_TRACK}, ` +
      `atRisk from ${AT_RISK} (a delayed activity from ${ON_TRACK} too), behind under it; null with no target ` +
      'so far, or for a done or cancelled activity',
  }),
};

export const ActivityProgress = Type.Object(
  {
    activityId: ref(Uuid),
    title: Type.String(),
    measure: Type.Union([ref(Measure), Type.Null()]),
    months: Type.Array(Type.Object(monthProgressFields, { additionalProperties: false })),
    ...Rollup,
    countedMonths: Type.Union(
      [Type.Object({ first: ref(MonthText), last: ref(MonthText) }, { additionalProperties: false }), Type.Null()],
      { description: 'The months progress and light count: in scope and ended; null when none has ended' },
    ),
    wholeNumbers: Type.Boolean({ description: "The measure's unit counts: targets and outcomes are whole numbers" }),
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

export const LightThresholds = Type.Object(
  { onTrack: Type.Number(), atRisk: Type.Number() },
  {
    $id: 'LightThresholds',
    additionalProperties: false,
    description: 'The shares of the target ActivityProgress.light starts from',
  },
);

export const PromiseProgress = Type.Object(
  {
    promiseId: ref(Uuid),
    activities: Type.Array(ref(ActivityProgress)),
    lightThresholds: ref(LightThresholds),
  },
  { $id: 'PromiseProgress', additionalProperties: false },
);
export type PromiseProgress = Static<typeof PromiseProgress>;

export const promiseSchemas = [
  PromiseAssessment,
  CitizenPromise,
  CreatePromise,
  PatchPromise,
  ActivityProgress,
  LightThresholds,
  PromiseProgress,
];
