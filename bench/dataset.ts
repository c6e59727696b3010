import { sql } from 'kysely';
import type { Database } from '../server/db/database.js';

// A large, realistically shaped data set, generated inside the database with
// generate_series (one script, one transaction): the same SQL on PGlite and
// PostgreSQL. Ids are md5 of a name, so two runs build the same rows.
//
// Municipalities spread over the 21 counties. Per municipality: a goal with 2 indicators (7 years × all/women/men), an
// ended agreement 2020–2022 and an active one 2023–2026, each with 4 focus
// areas and ACTIVITIES activities (6 in 7 with a monthly measure, 9 in 10
// published), and 3 published promises of 15 activities each. Every measured
// activity has a follow-up for about 19 months in 20 from its agreement's
// start up to last month: about 40 months each.

export interface BenchShape {
  municipalities: number;
  activitiesPerAgreement: number;
  activitiesPerPromise: number;
  /** The last month that has ended, 'YYYY-MM': follow-ups run up to it. */
  lastMonth: string;
}

export interface BenchCounts {
  municipalities: number;
  agreements: number;
  activities: number;
  followUps: number;
  promises: number;
}

function script(shape: BenchShape): string {
  const m = shape.municipalities;
  const n = shape.activitiesPerAgreement;
  const p = shape.activitiesPerPromise;
  if (!/^\d{4}-\d{2}$/.test(shape.lastMonth)) throw new Error(`bad month ${shape.lastMonth}`);
  const lastMonth = `${shape.lastMonth}-01`;
  // Agreement j of municipality i; activity k of it; promise q (1: 2021–22 in agreement 1, 2–3: 2023–26 in agreement 2).
  const agreement = (i: string, j: string) => `md5('a' || ${i} || '-' || ${j})::uuid`;
  const activity = (i: string, j: string, k: string) => `md5('x' || ${i} || '-' || ${j} || '-' || ${k})::uuid`;
  return `
begin;

-- Spread over Sweden's 21 counties (a code's first two digits, SCB): 290 make about 14 each.
insert into municipalities (id, code, name, county)
select md5('m' || i)::uuid, c.county || lpad((10 + (i - 1) / 21)::text, 2, '0'), 'Benchkommun ' || i,
       'Benchlän ' || c.county
from generate_series(1, ${m}) i
cross join lateral (select (array['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17',
                                  '18', '19', '20', '21', '22', '23', '24', '25'])[1 + (i - 1) % 21] as county) c;

insert into organisations (id, name, kind, municipality_id)
select md5('o' || i || '-' || k)::uuid,
       (array['Kommunen', 'Lokalpolisområdet', 'Bostadsbolaget'])[k] || ' ' || i,
       (array['municipality', 'police', 'other'])[k],
       md5('m' || i)::uuid
from generate_series(1, ${m}) i, generate_series(1, 3) k;

insert into goals (id, municipality_id, title, description, published)
select md5('g' || i)::uuid, md5('m' || i)::uuid, 'Ett tryggt Benchkommun ' || i, 'Benchmarkdata', true
from generate_series(1, ${m}) i;

insert into indicators (id, goal_id, title, source, unit, direction,
                        baseline_period, baseline_value, target_period, target_value, published)
select md5('i' || i || '-' || k)::uuid, md5('g' || i)::uuid, 'Andel trygga ' || k, 'Medborgarenkäten', 'procent',
       'increase', '2019', 20, '2026', 40, true
from generate_series(1, ${m}) i, generate_series(1, 2) k;

insert into indicator_values (indicator_id, period, "group", value)
select md5('i' || i || '-' || k)::uuid, y::text, g,
       15 + 2 * (y - 2019) + case g when 'men' then 12 when 'all' then 6 else 0 end
from generate_series(1, ${m}) i, generate_series(1, 2) k, generate_series(2019, 2025) y,
     unnest(array['all', 'women', 'men']) g;

insert into agreements (id, municipality_id, title, period_start, period_end, status, summary, published)
select ${agreement('i', 'j')}, md5('m' || i)::uuid, 'Samverkansöverenskommelse ' || j,
       case j when 1 then date '2020-01-01' else date '2023-01-01' end,
       case j when 1 then date '2022-12-31' else date '2026-12-31' end,
       case j when 1 then 'ended' else 'active' end,
       repeat('Lägesbild i sammandrag. ', 40), true
from generate_series(1, ${m}) i, generate_series(1, 2) j;

insert into agreement_parties (agreement_id, organisation_id)
select ${agreement('i', 'j')}, md5('o' || i || '-' || k)::uuid
from generate_series(1, ${m}) i, generate_series(1, 2) j, generate_series(1, 2) k;

insert into agreement_goals (agreement_id, goal_id)
select ${agreement('i', 'j')}, md5('g' || i)::uuid
from generate_series(1, ${m}) i, generate_series(1, 2) j;

insert into focus_areas (id, agreement_id, title, position)
select md5('f' || i || '-' || j || '-' || f)::uuid, ${agreement('i', 'j')}, 'Fokusområde ' || f, f
from generate_series(1, ${m}) i, generate_series(1, 2) j, generate_series(0, 3) f;

insert into activities (id, agreement_id, focus_area_id, title, description, lead_organisation_id, area,
                        status, shared, published, measure_label, measure_unit)
select ${activity('i', 'j', 'k')}, ${agreement('i', 'j')}, md5('f' || i || '-' || j || '-' || (k % 4))::uuid,
       'Aktivitet ' || k, repeat('Beskrivning av aktiviteten. ', 8), md5('o' || i || '-' || (1 + k % 2))::uuid,
       (array['Centrum', 'Norr', 'Söder', 'Öster', 'Väster'])[1 + k % 5],
       case j when 1 then 'done' else 'ongoing' end, k % 2 = 1, k % 10 <> 0,
       case when k % 7 <> 0 then 'genomförda insatser' end, case when k % 7 <> 0 then 'antal' end
from generate_series(1, ${m}) i, generate_series(1, 2) j, generate_series(1, ${n}) k;

insert into activity_partners (activity_id, organisation_id)
select ${activity('i', 'j', 'k')}, md5('o' || i || '-3')::uuid
from generate_series(1, ${m}) i, generate_series(1, 2) j, generate_series(1, ${n}) k;

insert into activity_targets (activity_id, valid_from, monthly_target)
select ${activity('i', 'j', 'k')}, case j when 1 then '2020-01' else '2023-01' end, 1 + k % 8
from generate_series(1, ${m}) i, generate_series(1, 2) j, generate_series(1, ${n}) k
where k % 7 <> 0;

insert into follow_ups (activity_id, month, outcome, comment, internal_note, recorded_at, created_at, updated_at)
select a.id, to_char(mon, 'YYYY-MM'),
       case when h % 97 = 0 then null else round(t.monthly_target * (0.4 + (abs(h) % 1000) / 1000.0)) end,
       case when h % 3 = 0 then 'Genomfört enligt plan.' else '' end,
       case when h % 11 = 0 then 'Intern anteckning.' else '' end,
       mon + interval '1 month 4 days', mon + interval '1 month 4 days', mon + interval '1 month 4 days'
from activities a
join agreements ag on ag.id = a.agreement_id
join activity_targets t on t.activity_id = a.id
cross join lateral generate_series(ag.period_start::timestamp,
                                   least(ag.period_end, date '${lastMonth}')::timestamp,
                                   interval '1 month') mon
cross join lateral (select hashtext(a.id::text || mon::text) as h) drawn
where h % 20 <> 0;

insert into promises (id, municipality_id, agreement_id, title, period_start, period_end, text, published)
select md5('p' || i || '-' || q)::uuid, md5('m' || i)::uuid, ${agreement('i', 'case q when 1 then 1 else 2 end')},
       'Medborgarlöfte ' || q,
       (array[date '2021-01-01', date '2023-01-01', date '2025-01-01'])[q],
       (array[date '2022-12-31', date '2024-12-31', date '2026-12-31'])[q],
       'Vi lovar att öka tryggheten. ' || repeat('Aktiviteter och ansvar. ', 20), true
from generate_series(1, ${m}) i, generate_series(1, 3) q;

-- Promise 3 continues a third of promise 2's activities, as a new promise does.
insert into promise_activities (promise_id, activity_id, position)
select md5('p' || i || '-' || q)::uuid,
       ${activity('i', 'case q when 1 then 1 else 2 end', `(case q when 3 then ${Math.floor((p * 2) / 3)} else 0 end + s)`)},
       s - 1
from generate_series(1, ${m}) i, generate_series(1, 3) q, generate_series(1, ${p}) s;

commit;
analyze;
`;
}

/** Builds the data set into an empty, migrated database and counts what it made. */
export async function loadBenchData(database: Database, shape: BenchShape): Promise<BenchCounts> {
  await database.runScript(script(shape));
  const count = async (table: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db)).rows[0]!.n;
  return {
    municipalities: await count('municipalities'),
    agreements: await count('agreements'),
    activities: await count('activities'),
    followUps: await count('follow_ups'),
    promises: await count('promises'),
  };
}
