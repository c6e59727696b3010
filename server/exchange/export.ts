import type { Agreement } from '../agreements/schemas.js';
import type { Executor } from '../db/database.js';
import { recordableMonths } from '../followups/service.js';
import type { ReadLevel } from '../domain/policy.js';
import { monthRange } from '../progress/months.js';
import { targetFor } from '../progress/progress.js';
import { monthTargetsText } from './fields.js';
import { problemsAtLevel } from '../situations/store.js';
import type { Problem } from '../situations/schemas.js';
import {
  activityColumns,
  CATEGORY_LABELS,
  followUpColumns,
  SITUATION_SHEET,
  situationColumns,
  GROUP_LABELS,
  indicatorColumns,
  NAME_SEPARATOR,
  STATUS_LABELS,
  TABLES,
  type LayoutColumn,
  type TableName,
} from './layout.js';
import { swedishOrder, type CellValue, type Sheet } from './sheets.js';
import {
  listAgreementIndicatorValues,
  listOrganisations,
  loadAgreementContents,
  type AgreementContents,
} from './store.js';

// An agreement as the three tables of the layout, holding only what the reader may read.

type Values<C extends readonly LayoutColumn[]> = Record<C[number]['key'], CellValue>;

function sheetOf<C extends readonly LayoutColumn[]>(
  name: string,
  columns: C,
  rows: Values<C>[],
  level: ReadLevel,
): Sheet {
  const shown = columns.filter((column) => !column.internal || level === 'internal');
  return {
    name,
    columns: shown.map((column) => ({ header: column.header, kind: column.kind })),
    rows: rows.map((row) => shown.map((column) => row[column.key as C[number]['key']])),
  };
}

/** The plan's activities as rows of Aktivitetsplan, organisations, focus areas and problems by name. */
function activityRows(
  contents: AgreementContents,
  names: ReadonlyMap<string, string>,
  problems: readonly Problem[],
): Values<typeof activityColumns>[] {
  const focusTitles = new Map(contents.focusAreas.map((area) => [area.id, area.title]));
  const problemTitles = new Map(problems.map((problem) => [problem.id, problem.title]));
  return contents.activities.map((activity) => ({
    id: activity.id,
    version: activity.version,
    focusArea: focusTitles.get(activity.focusAreaId) ?? null,
    title: activity.title,
    description: activity.description,
    lead: names.get(activity.leadOrganisationId) ?? activity.leadOrganisationId,
    partners: activity.partnerOrganisationIds
      .map((id) => names.get(id) ?? id)
      .sort(swedishOrder)
      .join(NAME_SEPARATOR),
    area: activity.area,
    startDate: activity.startDate,
    endDate: activity.endDate,
    status: STATUS_LABELS[activity.status],
    comment: activity.comment,
    measureLabel: activity.measure?.label ?? null,
    measureUnit: activity.measure?.unit ?? null,
    monthlyTarget: activity.measure?.monthlyTarget ?? null,
    monthTargets: monthTargetsText(activity.measure?.monthTargets),
    shared: activity.shared,
    published: activity.published,
    problems: activity.problemIds.flatMap((id) => problemTitles.get(id) ?? []).join(NAME_SEPARATOR),
  }));
}

/** The rows of Lägesbild: each problem, then each of its causes, with the activities acting on it (0: a gap). */
function situationRows(contents: AgreementContents, problems: readonly Problem[]) {
  const rows: Values<typeof situationColumns>[] = [];
  const on = (acts: (activity: AgreementContents['activities'][number]) => boolean) => {
    const titles = contents.activities.filter(acts).map((activity) => activity.title);
    return { activities: titles.join(NAME_SEPARATOR), activityCount: titles.length };
  };
  for (const problem of problems) {
    const head = {
      problemId: problem.id,
      problem: problem.title,
      category: CATEGORY_LABELS[problem.category],
      areas: problem.areas.join(NAME_SEPARATOR),
    };
    rows.push({
      ...head,
      cause: null,
      ...on((activity) => activity.problemIds.includes(problem.id)),
      internalNote: problem.internalNote ?? null,
    });
    for (const cause of problem.causes) {
      rows.push({
        ...head,
        cause: cause.title,
        ...on((activity) => activity.causeIds.includes(cause.id)),
        internalNote: null,
      });
    }
  }
  return rows;
}

/** The rows of Uppföljning: per activity, every month that may be recorded (with a measure) and every recorded one. */
function followUpRows(
  agreement: Agreement,
  contents: AgreementContents,
  level: ReadLevel,
  now: Date,
): Values<typeof followUpColumns>[] {
  const rows: Values<typeof followUpColumns>[] = [];
  for (const activity of contents.activities) {
    const recorded = new Map((contents.followUps.get(activity.id) ?? []).map((row) => [row.month, row]));
    const targets = activity.measure ? (contents.targets.get(activity.id) ?? []) : [];
    // Every month that may be recorded, for an activity with a measure; and whatever is recorded.
    const { first, last } = recordableMonths(agreement, activity, now);
    const months = new Set([...(activity.measure ? monthRange(first, last) : []), ...recorded.keys()]);
    for (const month of [...months].sort()) {
      const row = recorded.get(month);
      rows.push({
        id: row?.id ?? null,
        // Version 0: not recorded when exported (an import then tells when someone recorded it since).
        version: row?.version ?? 0,
        activityId: activity.id,
        activity: activity.title,
        month,
        target: targets.length > 0 ? targetFor(targets, month) : null,
        outcome: row?.outcome ?? null,
        comment: row?.comment ?? '',
        internalNote: level === 'internal' ? (row?.internalNote ?? '') : null,
      });
    }
  }
  return rows;
}

/** The rows of Indikatorer: one per value of the indicators of the goals the agreement serves. */
async function indicatorRows(db: Executor, agreement: Agreement, level: ReadLevel) {
  const values = await listAgreementIndicatorValues(db, agreement, level);
  return values.map((value): Values<typeof indicatorColumns> => ({
    indicatorId: value.indicatorId,
    goal: value.goalTitle,
    indicator: value.indicatorTitle,
    source: value.source,
    unit: value.unit,
    period: value.period,
    group: GROUP_LABELS[value.group],
    value: value.value,
    baselinePeriod: value.baselinePeriod,
    baselineValue: value.baselineValue,
    targetPeriod: value.targetPeriod,
    targetValue: value.targetValue,
  }));
}

/** The tables of an agreement (all three, or the one asked for), as the reader at this level may see them. */
export async function agreementSheets(
  db: Executor,
  agreement: Agreement,
  level: ReadLevel,
  now: Date,
  only?: TableName,
): Promise<Sheet[]> {
  const wanted = (table: TableName) => only === undefined || only === table;
  const sheets: Sheet[] = [];
  let situation: Sheet | undefined;
  if (wanted('activities') || wanted('followups')) {
    const contents = await loadAgreementContents(db, agreement.id, level);
    const names = new Map((await listOrganisations(db)).map((row) => [row.id, row.name]));
    const problems =
      agreement.situationReportId === null ? [] : await problemsAtLevel(db, agreement.situationReportId, level);
    if (wanted('activities')) {
      sheets.push(sheetOf(TABLES.activities.sheet, activityColumns, activityRows(contents, names, problems), level));
    }
    // The workbook also lists the lägesbild's problems and causes with the activities on each (for reading), last.
    if (only === undefined)
      situation = sheetOf(SITUATION_SHEET, situationColumns, situationRows(contents, problems), level);
    if (wanted('followups')) {
      const rows = followUpRows(agreement, contents, level, now);
      sheets.push(sheetOf(TABLES.followups.sheet, followUpColumns, rows, level));
    }
  }
  if (wanted('indicators')) {
    const rows = await indicatorRows(db, agreement, level);
    sheets.push(sheetOf(TABLES.indicators.sheet, indicatorColumns, rows, level));
  }
  if (situation) sheets.push(situation);
  return sheets;
}
