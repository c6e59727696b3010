import type { ActivityStatus, ProblemCategory, ValueGroup } from '../db/schema.js';
import type { CellKind } from './sheets.js';

// The layout of the agreement's spreadsheets, the same out (export) and in
// (import): sheet names, Swedish headers, what each column holds. An import
// must use these headers; a column it leaves out keeps what is stored.

export interface LayoutColumn<K extends string = string> {
  key: K;
  header: string;
  kind: CellKind;
  /** For import: ignored (shown for reading only). */
  readOnly?: boolean;
  /** For import: the column must be there (its cells may be blank). */
  required?: boolean;
  /** In exports only for readers of the agreement's internal notes. */
  internal?: boolean;
}

const column = <K extends string>(key: K, header: string, kind: CellKind, extra: Partial<LayoutColumn> = {}) => ({
  key,
  header,
  kind,
  ...extra,
});

export const ACTIVITY_SHEET = 'Aktivitetsplan';
export const FOLLOW_UP_SHEET = 'Uppföljning';
export const INDICATOR_SHEET = 'Indikatorer';
/** The problems of the lägesbild the plan answers, their causes and the activities on each: for reading only. */
export const SITUATION_SHEET = 'Lägesbild';

export const activityColumns = [
  column('id', 'Id', 'id', { required: true }),
  column('version', 'Version', 'integer'),
  column('focusArea', 'Fokusområde', 'text'),
  column('title', 'Aktivitet', 'text'),
  column('description', 'Beskrivning', 'text'),
  column('lead', 'Ansvarig', 'text'),
  column('partners', 'Partner', 'text'),
  column('area', 'Område', 'text'),
  column('startDate', 'Startdatum', 'date'),
  column('endDate', 'Slutdatum', 'date'),
  column('status', 'Status', 'text'),
  column('comment', 'Kommentar', 'text'),
  column('measureLabel', 'Mått', 'text'),
  column('measureUnit', 'Enhet', 'text'),
  column('monthlyTarget', 'Mål per månad', 'number'),
  column('monthTargets', 'Mål för vissa månader', 'text'),
  column('shared', 'Delad', 'boolean'),
  column('published', 'Publicerad', 'boolean'),
  // The titles of the problems (of the lägesbild the plan answers) the activity acts on, separated by semicolons.
  column('problems', 'Problem', 'text'),
] as const satisfies readonly LayoutColumn[];

export const followUpColumns = [
  column('id', 'Id', 'id'),
  column('version', 'Version', 'integer'),
  column('activityId', 'Aktivitets-id', 'id', { required: true }),
  column('activity', 'Aktivitet', 'text', { readOnly: true }),
  column('month', 'Månad', 'month', { required: true }),
  column('target', 'Mål', 'number', { readOnly: true }),
  column('outcome', 'Utfall', 'number'),
  column('comment', 'Kommentar', 'text'),
  column('internalNote', 'Intern anteckning', 'text', { internal: true }),
] as const satisfies readonly LayoutColumn[];

export const indicatorColumns = [
  column('indicatorId', 'Indikator-id', 'id'),
  column('goal', 'Kommunmål', 'text'),
  column('indicator', 'Indikator', 'text'),
  column('source', 'Källa', 'text'),
  column('unit', 'Enhet', 'text'),
  column('period', 'Period', 'text'),
  column('group', 'Grupp', 'text'),
  column('value', 'Värde', 'number'),
  column('baselinePeriod', 'Utgångsläge, period', 'text'),
  column('baselineValue', 'Utgångsläge, värde', 'number'),
  column('targetPeriod', 'Målperiod', 'text'),
  column('targetValue', 'Målvärde', 'number'),
] as const satisfies readonly LayoutColumn[];

export const situationColumns = [
  column('problemId', 'Problem-id', 'id'),
  column('problem', 'Problem', 'text'),
  column('category', 'Kategori', 'text'),
  column('areas', 'Områden', 'text'),
  column('cause', 'Orsak', 'text'),
  column('activities', 'Aktiviteter', 'text'),
  column('activityCount', 'Antal aktiviteter', 'integer'),
  column('internalNote', 'Intern anteckning', 'text', { internal: true }),
] as const satisfies readonly LayoutColumn[];

/** The Swedish words of the problem categories, as the web client says them. */
export const CATEGORY_LABELS: Record<ProblemCategory, string> = {
  violence: 'Våld',
  drugs: 'Narkotika',
  property: 'Egendomsbrott',
  disorder: 'Ordningsstörningar',
  youth: 'Ungdomsbrottslighet',
  organisedCrime: 'Organiserad brottslighet',
  welfareCrime: 'Välfärdsbrottslighet',
  fraud: 'Bedrägerier',
  traffic: 'Trafiksäkerhet',
  insecurity: 'Otrygghet',
  other: 'Övrigt',
};

export type ActivityKey = (typeof activityColumns)[number]['key'];
export type FollowUpKey = (typeof followUpColumns)[number]['key'];

/** The same words as the web client's (sv.json, status.*): one word per status everywhere. */
export const STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Planerad',
  ongoing: 'Pågår',
  done: 'Genomförd',
  delayed: 'Försenad',
  cancelled: 'Inställd',
};

export const GROUP_LABELS: Record<ValueGroup, string> = { all: 'Alla', women: 'Kvinnor', men: 'Män' };

/** Organisation names in one cell (partners): separated by semicolons. */
export const NAME_SEPARATOR = '; ';

/** The export's tables, by the name `?table=` takes. */
export const TABLES = {
  activities: { sheet: ACTIVITY_SHEET, columns: activityColumns },
  followups: { sheet: FOLLOW_UP_SHEET, columns: followUpColumns },
  indicators: { sheet: INDICATOR_SHEET, columns: indicatorColumns },
} as const;
export type TableName = keyof typeof TABLES;
