import { Type, type Static } from 'typebox';
import { Uuid, ref } from '../http/schemas.js';
import { BrokenRuleFields } from '../http/problems.js';

export const ExportCsvQuery = Type.Object(
  {
    table: Type.Union([Type.Literal('activities'), Type.Literal('followups'), Type.Literal('indicators')], {
      description: 'activities: the sheet Aktivitetsplan; followups: Uppföljning; indicators: Indikatorer',
    }),
  },
  { additionalProperties: false },
);

export const ImportQuery = Type.Object(
  {
    dryRun: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'true (the default): check and report, write nothing; false: write it all, or nothing',
      }),
    ),
    table: Type.Optional(
      Type.Union([Type.Literal('activities'), Type.Literal('followups')], {
        description: 'Which table a CSV file is (required for text/csv; not taken with an xlsx workbook)',
      }),
    ),
  },
  { additionalProperties: false },
);

const Sheet = Type.String({ description: 'The sheet: Aktivitetsplan or Uppföljning (a CSV file: the table’s sheet)' });
const Row = Type.Integer({ minimum: 1, description: 'The row number the spreadsheet shows (the header is row 1)' });

export const ImportChange = Type.Object(
  {
    sheet: Sheet,
    row: Row,
    action: Type.Union([Type.Literal('create'), Type.Literal('update')]),
    itemId: Type.Union([ref(Uuid), Type.Null()], {
      description: 'The activity or follow-up changed or created (a dry run: null for one it would create)',
    }),
    label: Type.String({ description: 'What changes: the activity’s title, or title and month' }),
    fields: Type.Array(Type.String(), { description: 'The columns (headers) whose values change or are set' }),
  },
  { $id: 'ImportChange', additionalProperties: false },
);

export const ImportError = Type.Object(
  {
    sheet: Sheet,
    row: Row,
    column: Type.Union([Type.String(), Type.Null()], { description: 'The column’s header; null for the whole row' }),
    ...BrokenRuleFields,
  },
  { $id: 'ImportError', additionalProperties: false },
);

export const ImportResult = Type.Object(
  {
    dryRun: Type.Boolean(),
    created: Type.Integer({ minimum: 0, description: 'Rows that create an item (a dry run: would create)' }),
    updated: Type.Integer({ minimum: 0, description: 'Rows that change an item' }),
    unchanged: Type.Integer({ minimum: 0, description: 'Rows that change nothing' }),
    changes: Type.Array(Type.Unsafe<Static<typeof ImportChange>>(Type.Ref('ImportChange'))),
    errors: Type.Array(Type.Unsafe<Static<typeof ImportError>>(Type.Ref('ImportError')), {
      description: 'Rows that cannot be imported as they are (at most 1000 listed); a real run writes only when empty',
    }),
  },
  { $id: 'ImportResult', additionalProperties: false },
);
export type ImportResult = Static<typeof ImportResult>;
export type ImportChange = Static<typeof ImportChange>;
export type ImportError = Static<typeof ImportError>;

export const exchangeSchemas = [ImportChange, ImportError, ImportResult];
