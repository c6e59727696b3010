import { Type, type Static, type TSchema } from 'typebox';
import { MonthText } from '../followups/schemas.js';
import { Timestamp, Uuid, ref } from '../http/schemas.js';
import { MunicipalityCode } from '../municipalities/schemas.js';
import { PromiseAssessment } from '../promises/schemas.js';

// A promise's public history: what the public may see changing, drawn from the audit log.

export const HISTORY_KINDS = [
  'created',
  'assessed',
  'changed',
  'activityAdded',
  'activityRemoved',
  'monthRecorded',
  'monthCorrected',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** The texts of a promise whose changes the history shows. */
export const HISTORY_FIELDS = ['title', 'text', 'periodStart', 'periodEnd'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One of the words of a list, typed as the list's words. */
const OneOf = <W extends string>(words: readonly W[], options: { description?: string } = {}) =>
  Type.Unsafe<W>(
    Type.Union(
      words.map((word) => Type.Literal(word)),
      options,
    ),
  );

export const HistoryEntry = Type.Object(
  {
    id: Type.String({ description: 'Stable: the audit event and the entry within it ("4711.0")' }),
    at: Timestamp,
    kind: OneOf(HISTORY_KINDS, {
      description:
        'created: the promise was added; assessed: its verdict or motivation changed; changed: a text or its ' +
        'period changed (field, before, after); activityAdded / activityRemoved: a published activity joined or ' +
        'left it; monthRecorded / monthCorrected: a month of one of its activities was recorded, or corrected ' +
        '(outcomeBefore, outcomeAfter)',
    }),
    promiseId: ref(Uuid),
    promiseTitle: Type.String({ description: "The promise's title now" }),
    by: Nullable(
      Type.String({ description: 'The organisation of whoever made the change; never the name of a person' }),
    ),
    assessment: Type.Optional(Nullable(ref(PromiseAssessment))),
    previousAssessment: Type.Optional(Nullable(ref(PromiseAssessment))),
    assessmentNote: Type.Optional(Type.String()),
    field: Type.Optional(OneOf(HISTORY_FIELDS)),
    before: Type.Optional(Nullable(Type.String())),
    after: Type.Optional(Nullable(Type.String())),
    activityId: Type.Optional(ref(Uuid)),
    activityTitle: Type.Optional(Type.String()),
    month: Type.Optional(ref(MonthText)),
    outcomeBefore: Type.Optional(Nullable(Type.Number({ description: 'null: not reported' }))),
    outcomeAfter: Type.Optional(Nullable(Type.Number({ description: 'null: not reported' }))),
    unit: Type.Optional(Nullable(Type.String({ description: "The activity's measure unit" }))),
    comment: Type.Optional(Type.String({ description: "The month's public comment" })),
  },
  { $id: 'HistoryEntry', additionalProperties: false },
);
export type HistoryEntry = Static<typeof HistoryEntry>;

export const PromiseHistory = Type.Object(
  {
    promiseId: ref(Uuid),
    title: Type.String(),
    municipalityCode: MunicipalityCode,
    items: Type.Array(ref(HistoryEntry), { description: 'Newest first' }),
  },
  { $id: 'PromiseHistory', additionalProperties: false },
);
export type PromiseHistory = Static<typeof PromiseHistory>;

export const FeedParams = Type.Object({ code: MunicipalityCode }, { additionalProperties: false });
export const FeedQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.Union([Type.Literal('sv'), Type.Literal('en')], { description: 'The language of the texts; sv by default' }),
    ),
  },
  { additionalProperties: false },
);

export const historySchemas = [HistoryEntry, PromiseHistory];
