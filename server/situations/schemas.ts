import { Type, type Static } from 'typebox';
import { ActivityStatus, Measure } from '../activities/schemas.js';
import { DateOnly, PERIOD_RULE, PeriodFields } from '../agreements/schemas.js';
import { MonthText } from '../followups/schemas.js';
import { Formed } from '../http/field-errors.js';
import { InputObject, ItemObject, ListQueryWith, PatchOf } from '../http/item-schemas.js';
import { Text, Uuid, ref } from '../http/schemas.js';
import { ActivityProgress } from '../promises/schemas.js';

// The lägesbild (situation report) of a municipality, the problems it found and
// each problem's causes (orsaksanalys), and its traceability: which activities
// act on which problem and cause, and the two gaps Brå names.

export const SituationReportStatus = Type.Union([Type.Literal('draft'), Type.Literal('adopted')], {
  $id: 'SituationReportStatus',
  description: 'draft, or adopted (antagen) by a body such as Kommunstyrelsen; a draft is never public',
});

export const ProblemCategory = Type.Union(
  [
    Type.Literal('violence'),
    Type.Literal('drugs'),
    Type.Literal('property'),
    Type.Literal('disorder'),
    Type.Literal('youth'),
    Type.Literal('organisedCrime'),
    Type.Literal('welfareCrime'),
    Type.Literal('fraud'),
    Type.Literal('traffic'),
    Type.Literal('insecurity'),
    Type.Literal('other'),
  ],
  { $id: 'ProblemCategory' },
);

/** A link to a source: http or https only, so a page showing it never runs a script. */
const WebAddress = Formed('web-address', '^https?://', {
  format: 'uri',
  maxLength: 2000,
  description: 'An http(s) address',
});
const Source = Type.Object(
  {
    title: Text(300, { minLength: 1, description: 'e.g. "Medborgarenkäten 2024", "Polisens lägesbild"' }),
    url: Type.Optional(WebAddress),
  },
  { additionalProperties: false },
);
const Sources = Type.Array(Source, { maxItems: 50, description: 'Where the mapping comes from' });
const InternalNote = Text(5000, { description: 'Only for readers of the municipality’s work; never public' });
const AdoptedBy = Text(200, { minLength: 1, description: 'Who adopted it, e.g. "Kommunstyrelsen"' });

const PUBLIC_RULE =
  'The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, ' +
  'never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, ' +
  'admins) read everything.';

export const SituationReport = ItemObject(
  'SituationReport',
  {
    municipalityId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    ...PeriodFields,
    mapping: Text(50000, { description: 'Kartläggning: crime, its scope and consequences, other facts' }),
    analysis: Text(50000, { description: 'The analysis of the mapping' }),
    sources: Sources,
    status: ref(SituationReportStatus),
    adoptedAt: Type.Union([ref(DateOnly), Type.Null()]),
    adoptedBy: Type.Union([AdoptedBy, Type.Null()]),
    internalNote: Type.Optional(InternalNote),
    published: Type.Boolean(),
  },
  { description: `A lägesbild (Lag 2023:196 4 §): the period it describes, usually a year. ${PUBLIC_RULE}` },
);
export type SituationReport = Static<typeof SituationReport>;

export const CreateSituationReport = InputObject(
  'CreateSituationReport',
  {
    municipalityId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    ...PeriodFields,
    mapping: Type.Optional(Text(50000)),
    analysis: Type.Optional(Text(50000)),
    sources: Type.Optional(Sources),
    status: Type.Optional(ref(SituationReportStatus)),
    adoptedAt: Type.Optional(
      Type.Union([ref(DateOnly), Type.Null()], { description: 'Adopted without one: the day it is adopted' }),
    ),
    adoptedBy: Type.Optional(Type.Union([AdoptedBy, Type.Null()])),
    internalNote: Type.Optional(InternalNote),
    published: Type.Optional(Type.Boolean()),
  },
  { description: `${PERIOD_RULE} Adopting it keeps its problems.` },
);
export type CreateSituationReport = Static<typeof CreateSituationReport>;

export const PatchSituationReport = PatchOf(CreateSituationReport, 'PatchSituationReport');
export type PatchSituationReport = Static<typeof PatchSituationReport>;

export const SituationReportListQuery = ListQueryWith({ municipalityId: Type.Optional(ref(Uuid)) });

export const Cause = Type.Object(
  {
    id: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    description: Text(5000),
  },
  { $id: 'Cause', additionalProperties: false, description: 'One cause of a problem (orsaksanalys)' },
);
export type Cause = Static<typeof Cause>;

const CauseInput = Type.Object(
  {
    id: Type.Optional(ref(Uuid)),
    title: Text(300, { minLength: 1 }),
    description: Type.Optional(Text(5000)),
  },
  {
    additionalProperties: false,
    description:
      'A cause with the id of one of the problem’s causes keeps that cause (and what acts on it); without, a new one',
  },
);
const Causes = Type.Array(CauseInput, {
  maxItems: 30,
  description:
    'The causes, in order: replaces the list. A cause left out goes, unless an activity acts on it (409); an id that ' +
    'is not one of this problem’s causes is 400',
});
const Areas = Type.Array(Text(200, { minLength: 1 }), {
  uniqueItems: true,
  maxItems: 30,
  description: 'Places, as activities name theirs: ["Skäggetorp"]',
});

export const Problem = ItemObject(
  'SituationProblem',
  {
    situationReportId: ref(Uuid),
    title: Text(300, { minLength: 1 }),
    description: Text(5000),
    category: ref(ProblemCategory),
    areas: Areas,
    causes: Type.Array(ref(Cause)),
    position: Type.Integer({ minimum: 0, maximum: 10000 }),
    internalNote: Type.Optional(InternalNote),
    published: Type.Boolean(),
  },
  { description: `A problem a lägesbild found, with its causes. ${PUBLIC_RULE}` },
);
export type Problem = Static<typeof Problem>;

export const CreateProblem = InputObject('CreateProblem', {
  title: Text(300, { minLength: 1 }),
  description: Type.Optional(Text(5000)),
  category: ref(ProblemCategory),
  areas: Type.Optional(Areas),
  causes: Type.Optional(Causes),
  position: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 10000, description: 'Order in the lägesbild; default: last' }),
  ),
  internalNote: Type.Optional(InternalNote),
  published: Type.Optional(Type.Boolean()),
});
export type CreateProblem = Static<typeof CreateProblem>;
export type CauseInput = Static<typeof CauseInput>;

export const PatchProblem = PatchOf(CreateProblem, 'PatchProblem');
export type PatchProblem = Static<typeof PatchProblem>;

// Traceability.

export const TracedActivity = Type.Object(
  {
    activityId: ref(Uuid),
    agreementId: ref(Uuid),
    title: Type.String(),
    status: ref(ActivityStatus),
    area: Type.Union([Type.String(), Type.Null()]),
    published: Type.Boolean(),
    measure: Type.Union([ref(Measure), Type.Null()]),
    targetToDate: Type.Number(),
    outcomeToDate: Type.Number(),
    progress: ActivityProgress.properties.progress,
    light: ActivityProgress.properties.light,
    countedMonths: Type.Union(
      [Type.Object({ first: ref(MonthText), last: ref(MonthText) }, { additionalProperties: false }), Type.Null()],
      { description: 'The months counted: within its agreement’s period and its own start–end, ended' },
    ),
    missingMonths: Type.Array(ref(MonthText)),
  },
  {
    $id: 'TracedActivity',
    additionalProperties: false,
    description: 'An activity with its progress to date over its agreement’s period (the one definition of progress)',
  },
);
export type TracedActivity = Static<typeof TracedActivity>;

const ProblemSummary = Type.Object(
  {
    id: ref(Uuid),
    title: Type.String(),
    category: ref(ProblemCategory),
    areas: Type.Array(Type.String()),
    published: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const Traceability = Type.Object(
  {
    situationReportId: ref(Uuid),
    agreements: Type.Array(Type.Object({ id: ref(Uuid), title: Type.String() }, { additionalProperties: false }), {
      description: 'The agreements whose plans answer this lägesbild (situationReportId), as the reader sees them',
    }),
    problems: Type.Array(
      Type.Object(
        {
          problem: ProblemSummary,
          activities: Type.Array(ref(TracedActivity), { description: 'The activities acting on the problem' }),
          causes: Type.Array(
            Type.Object(
              {
                cause: ref(Cause),
                activities: Type.Array(ref(TracedActivity), { description: 'The activities acting on this cause' }),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'In the lägesbild’s order' },
    ),
    problemsWithoutActivity: Type.Array(ref(Uuid), {
      description: 'The problems no activity the reader sees acts on (a gap Brå names)',
    }),
    causesWithoutActivity: Type.Array(ref(Uuid), { description: 'The causes no activity the reader sees acts on' }),
    activitiesWithoutProblem: Type.Array(ref(TracedActivity), {
      description:
        'The activities of the answering agreements that act on no problem (the other gap), but for those that ' +
        'had ended by the end of the period the lägesbild describes',
    }),
  },
  {
    $id: 'Traceability',
    additionalProperties: false,
    description:
      'Per problem and cause the activities acting on it with their progress to date; the problems no activity acts ' +
      'on; the activities acting on no problem. Each reader sees what they may read: the public the published ' +
      'problems and activities.',
  },
);
export type Traceability = Static<typeof Traceability>;

export const situationSchemas = [
  SituationReportStatus,
  ProblemCategory,
  SituationReport,
  CreateSituationReport,
  PatchSituationReport,
  Cause,
  Problem,
  CreateProblem,
  PatchProblem,
  TracedActivity,
  Traceability,
];
