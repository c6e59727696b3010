import { Type, type Static } from 'typebox';
import { MonthText } from '../followups/schemas.js';
import { Uuid, ref } from '../http/schemas.js';

export const MissingQuery = Type.Object(
  { month: ref(MonthText), municipalityId: ref(Uuid) },
  { additionalProperties: false },
);

const MissingActivity = Type.Object(
  {
    id: ref(Uuid),
    title: Type.String(),
    target: Type.Number({ description: "The month's target, as it held in that month (> 0)" }),
    promises: Type.Array(Type.Object({ id: ref(Uuid), title: Type.String() }, { additionalProperties: false }), {
      description: 'The published promises, covering the month, that hold the activity',
    }),
  },
  { additionalProperties: false },
);

export const MissingReport = Type.Object(
  {
    month: ref(MonthText),
    municipalityId: ref(Uuid),
    organisations: Type.Array(
      Type.Object(
        {
          organisation: Type.Object({ id: ref(Uuid), name: Type.String() }, { additionalProperties: false }),
          activities: Type.Array(MissingActivity),
        },
        { additionalProperties: false },
      ),
      { description: 'Lead organisations by name, each with its activities by title' },
    ),
  },
  {
    $id: 'MissingReport',
    additionalProperties: false,
    description:
      'Who has not reported: per lead organisation, the activities of published promises that have a target for the month and no outcome',
  },
);
export type MissingReport = Static<typeof MissingReport>;

export const reportSchemas = [MissingReport];
