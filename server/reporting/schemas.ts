import { Type, type Static } from 'typebox';
import { MonthText } from '../followups/schemas.js';
import { Uuid, ref } from '../http/schemas.js';

const DateText = (description: string) => Type.String({ format: 'date', description: `YYYY-MM-DD: ${description}` });

export const Task = Type.Object(
  {
    activityId: ref(Uuid),
    activityTitle: Type.String(),
    agreementId: ref(Uuid),
    month: ref(MonthText),
    target: Type.Number({ description: "The month's target, as it held in that month (> 0)" }),
    dueDate: DateText("the day the month's follow-up is due: the municipality's reportingDay of the next month"),
    overdue: Type.Boolean({ description: 'The due date has passed (Swedish time)' }),
  },
  { $id: 'Task', additionalProperties: false },
);
export type Task = Static<typeof Task>;

export const TaskList = Type.Object(
  {
    items: Type.Array(ref(Task), { description: 'Overdue first, then by due date, activity title and month' }),
  },
  {
    $id: 'TaskList',
    additionalProperties: false,
    description:
      'The months the caller may record (an editor: their municipality’s activities; a partner: the shared ' +
      'activities their organisation leads or takes part in) that have ended, have a target above 0, have no ' +
      'outcome and lie in no closed tertial. Viewers and admins report nothing: their list is empty.',
  },
);
export type TaskList = Static<typeof TaskList>;

export const CompletenessQuery = Type.Object(
  {
    municipalityId: ref(Uuid),
    from: Type.Optional(ref(MonthText)),
    to: Type.Optional(ref(MonthText)),
  },
  { additionalProperties: false },
);
export type CompletenessQuery = Static<typeof CompletenessQuery>;

const counts = {
  due: Type.Integer({ minimum: 0, description: 'Months with a target above 0 whose due date has passed' }),
  onTime: Type.Integer({ minimum: 0, description: 'Of those, the outcome first recorded by the due date' }),
  late: Type.Integer({ minimum: 0, description: 'Of those, the outcome first recorded after the due date' }),
  missing: Type.Integer({ minimum: 0, description: 'Of those, no outcome yet' }),
  onTimeShare: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: 'onTime ÷ due; null when nothing was due',
  }),
};
export const Counts = Type.Object(counts, { $id: 'ReportingCounts', additionalProperties: false });
export type Counts = Static<typeof Counts>;

const OrganisationRef = Type.Object({ id: ref(Uuid), name: Type.String() }, { additionalProperties: false });

export const CompletenessReport = Type.Object(
  {
    municipalityId: ref(Uuid),
    reportingDay: Type.Integer({ minimum: 1, maximum: 28 }),
    from: ref(MonthText),
    to: ref(MonthText),
    items: Type.Array(
      Type.Object(
        {
          organisation: OrganisationRef,
          month: ref(MonthText),
          dueDate: DateText('when the month was due'),
          ...counts,
        },
        { additionalProperties: false },
      ),
      { description: 'Per lead organisation (by name) and month' },
    ),
    organisations: Type.Array(
      Type.Object({ organisation: OrganisationRef, ...counts }, { additionalProperties: false }),
      {
        description: 'Per lead organisation over the whole span, by name',
      },
    ),
    total: ref(Counts),
  },
  {
    $id: 'CompletenessReport',
    additionalProperties: false,
    description:
      'How punctually each lead organisation reports: the months of the activities the caller may read, with a ' +
      'target above 0, whose due date (reportingDay of the next month, Swedish time) has passed.',
  },
);
export type CompletenessReport = Static<typeof CompletenessReport>;

export const reportingSchemas = [Task, TaskList, Counts, CompletenessReport];
