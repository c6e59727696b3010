import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/database.js';
import { REPORTING_TIME_ZONE } from '../progress/deadlines.js';
import type { Counts } from './schemas.js';

// The reporting duty in SQL, set-based: every due month of many activities (and
// of many municipalities at once) in one query, by the rule of
// progress/deadlines.ts. A month is "in scope" as the follow-up's month rule
// has it (followups/service.ts recordableMonths): within the agreement's period
// and the activity's own start–end; its target is the one that held in it
// (progress.ts targetFor: the latest change at or before the month, else the
// first; that calendar month's own target, else the monthly target).

/** One month of a measured activity with a target above 0. */
export interface DueMonthRow {
  activityId: string;
  activityTitle: string;
  agreementId: string;
  municipalityId: string;
  leadOrganisationId: string;
  month: string;
  target: number;
  dueDate: string;
  /** An outcome is recorded now. */
  reported: boolean;
  /** Recorded no later than the due date (Swedish time). */
  onTime: boolean;
  /** The month lies in a closed tertial of its agreement. */
  closed: boolean;
}

/** Which activities: a condition on `a` (activities) and `ag` (agreements). */
export type ActivityCondition = RawBuilder<boolean>;

/** The query of every month from `from` to `to` of the activities the condition picks, with a target above 0. */
function dueMonths(condition: ActivityCondition, window: { from: string; to: string }) {
  return sql`
    with scoped as (
      select a.id as activity_id, a.title as activity_title, a.agreement_id, ag.municipality_id,
             a.lead_organisation_id, m.reporting_day,
             to_char(greatest(ag.period_start, coalesce(a.start_date, ag.period_start)), 'YYYY-MM') as first_month,
             to_char(least(ag.period_end, coalesce(a.end_date, ag.period_end)), 'YYYY-MM') as last_month
      from activities a
      join agreements ag on ag.id = a.agreement_id
      join municipalities m on m.id = ag.municipality_id
      where a.measure_label is not null
        and ag.period_start <= to_date(${window.to}, 'YYYY-MM') + interval '1 month'
        and ag.period_end >= to_date(${window.from}, 'YYYY-MM')
        and ${condition}
    ),
    months as (
      select s.*, to_char(g, 'YYYY-MM') as month
      from scoped s
      cross join lateral generate_series(
        to_date(greatest(s.first_month, ${window.from}), 'YYYY-MM'),
        to_date(least(s.last_month, ${window.to}), 'YYYY-MM'),
        interval '1 month') g
    ),
    -- Each target change holds from its month (the first: from the start) until the next change.
    targets as (
      select t.activity_id, t.monthly_target, t.month_targets,
             case when row_number() over w = 1 then '0000-00' else t.valid_from end as valid_from,
             coalesce(lead(t.valid_from) over w, '9999-99') as valid_to
      from activity_targets t
      where t.activity_id in (select activity_id from scoped)
      window w as (partition by t.activity_id order by t.valid_from)
    ),
    targeted as (
      select mo.*,
             case when t.monthly_target is null then null
                  else coalesce((t.month_targets ->> substr(mo.month, 6))::double precision, t.monthly_target) end
               as target
      from months mo
      join targets t on t.activity_id = mo.activity_id and mo.month >= t.valid_from and mo.month < t.valid_to
    ),
    dated as (
      select tg.*,
             (to_date(tg.month, 'YYYY-MM') + interval '1 month' + (tg.reporting_day - 1) * interval '1 day')::date
               as due_date
      from targeted tg
      where tg.target > 0
    )
    select d.activity_id, d.activity_title, d.agreement_id, d.municipality_id, d.lead_organisation_id, d.month,
           d.target, to_char(d.due_date, 'YYYY-MM-DD') as due_date,
           coalesce(f.outcome is not null, false) as reported,
           coalesce(f.outcome is not null
             and f.first_reported_at < (d.due_date + 1)::timestamp at time zone ${REPORTING_TIME_ZONE}, false)
             as on_time,
           cp.id is not null as closed
    from dated d
    left join follow_ups f
      on f.activity_id = d.activity_id and f.month = d.month and f.month between ${window.from} and ${window.to}
    left join closed_periods cp
      on cp.agreement_id = d.agreement_id
     and cp.period = substr(d.month, 1, 4) || '-T' || ((substr(d.month, 6, 2)::int + 3) / 4)`;
}

/** The due months the condition picks, each with its state. */
export async function dueMonthRows(
  db: Executor,
  condition: ActivityCondition,
  window: { from: string; to: string },
): Promise<DueMonthRow[]> {
  const { rows } =
    await sql<DueMonthRow>`${dueMonths(condition, window)} order by d.due_date, d.activity_title, d.month`.execute(db);
  return rows;
}

/** Activities of these municipalities. */
export function inMunicipalities(ids: readonly string[]): ActivityCondition {
  if (ids.length === 0) return sql<boolean>`false`;
  return sql<boolean>`ag.municipality_id in (${sql.join(ids)})`;
}

/** Published activities only: what the public reads. */
export function publishedOnly(): ActivityCondition {
  return sql<boolean>`a.published`;
}

/** Both conditions. */
export function both(a: ActivityCondition, b: ActivityCondition): ActivityCondition {
  return sql<boolean>`(${a} and ${b})`;
}

/** The months an editor of the municipality may record. */
export function recordedByEditorOf(municipalityId: string): ActivityCondition {
  return sql<boolean>`ag.municipality_id = ${municipalityId}`;
}

/** The shared activities an organisation leads or takes part in: what its partners may record. */
export function recordedByPartnerOf(organisationId: string): ActivityCondition {
  return sql<boolean>`(a.shared and (a.lead_organisation_id = ${organisationId} or exists (
    select 1 from activity_partners ap where ap.activity_id = a.id and ap.organisation_id = ${organisationId})))`;
}

/**
 * Counts of the due months (due date before `today`) per municipality, in one
 * query for any number of municipalities.
 */
export async function countsByMunicipality(
  db: Executor,
  condition: ActivityCondition,
  window: { from: string; to: string },
  today: string,
): Promise<Map<string, Omit<Counts, 'onTimeShare'>>> {
  const { rows } = await sql<{ municipalityId: string; due: number; onTime: number; late: number; missing: number }>`
    select municipality_id, count(*)::int as due,
           count(*) filter (where on_time)::int as on_time,
           count(*) filter (where reported and not on_time)::int as late,
           count(*) filter (where not reported)::int as missing
    from (${dueMonths(condition, window)} where d.due_date < ${today}::date) due
    group by municipality_id`.execute(db);
  return new Map(rows.map(({ municipalityId, ...counts }) => [municipalityId, counts]));
}

/** Lead organisations' names by id. */
export async function organisationNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
