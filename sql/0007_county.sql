-- The county (issue 15): a county organisation names the county it serves,
-- an indicator may name the Kolada KPI its values come from, and the audit log
-- can name a system actor (e.g. "Kolada") that is no account.

-- SCB länskod: the first two digits of a municipality code (Östergötland = 05).
-- Only an organisation of kind county names one (the service also requires it there).
alter table organisations add column county_code text check (county_code ~ '^[0-9]{2}$');
alter table organisations add constraint organisations_county_code_kind
  check (county_code is null or kind = 'county');

-- A municipality's county is the first two digits of its code: the county page
-- finds all of a county's municipalities through this index.
create index municipalities_county_idx on municipalities ((substr(code, 1, 2)));

-- A Kolada KPI id such as N07403 (Anmälda våldsbrott, antal/100 000 inv).
alter table indicators add column kolada_kpi text check (kolada_kpi ~ '^[A-Z][0-9]{5}$');
create index indicators_kolada_idx on indicators (kolada_kpi) where kolada_kpi is not null;

-- Who made a change when it was no account (or an account on behalf of a system): "Kolada".
alter table audit_events add column actor_name text check (length(actor_name) between 1 and 100);

-- A county's own page: its name and the county-wide programme it runs (for
-- Östergötland: Östergötland tillsammans mot brott). A county without a row is
-- still a county: its municipalities name it.
create table counties (
  code text primary key check (code ~ '^[0-9]{2}$'),
  name text not null check (length(name) between 1 and 200),
  programme_title text not null default '' check (length(programme_title) <= 300),
  programme text not null default '' check (length(programme) <= 10000),
  updated_at timestamptz not null default now()
);
