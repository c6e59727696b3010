-- The cooperation: goals and indicators, agreements and their plans,
-- activities with their monthly follow-ups, and citizen promises.

create table goals (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities (id),
  title text not null check (length(title) between 1 and 300),
  description text not null default '' check (length(description) <= 5000),
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index goals_municipality_idx on goals (municipality_id);

create table indicators (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references goals (id),
  title text not null check (length(title) between 1 and 300),
  source text not null check (length(source) between 1 and 300),
  unit text not null check (length(unit) between 1 and 50),
  direction text not null check (direction in ('increase', 'decrease')),
  baseline_period text check (baseline_period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  baseline_value double precision,
  target_period text check (target_period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  target_value double precision,
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((baseline_period is null) = (baseline_value is null)),
  check ((target_period is null) = (target_value is null))
);
create index indicators_goal_idx on indicators (goal_id);

create table indicator_values (
  indicator_id uuid not null references indicators (id) on delete cascade,
  period text not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  "group" text not null check ("group" in ('all', 'women', 'men')),
  value double precision not null,
  updated_at timestamptz not null default now(),
  primary key (indicator_id, period, "group")
);

create table agreements (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities (id),
  title text not null check (length(title) between 1 and 300),
  period_start date not null,
  period_end date not null,
  status text not null default 'draft' check (status in ('draft', 'active', 'ended')),
  summary text not null default '' check (length(summary) <= 20000),
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start)
);
create index agreements_municipality_idx on agreements (municipality_id);

create table agreement_parties (
  agreement_id uuid not null references agreements (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  primary key (agreement_id, organisation_id)
);
create index agreement_parties_organisation_idx on agreement_parties (organisation_id);

create table agreement_goals (
  agreement_id uuid not null references agreements (id) on delete cascade,
  goal_id uuid not null references goals (id),
  primary key (agreement_id, goal_id)
);
create index agreement_goals_goal_idx on agreement_goals (goal_id);

create table focus_areas (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references agreements (id),
  title text not null check (length(title) between 1 and 300),
  description text not null default '' check (length(description) <= 5000),
  position integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index focus_areas_agreement_idx on focus_areas (agreement_id, position);

create table activities (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references agreements (id),
  focus_area_id uuid not null references focus_areas (id),
  title text not null check (length(title) between 1 and 300),
  description text not null default '' check (length(description) <= 5000),
  lead_organisation_id uuid not null references organisations (id),
  area text check (length(area) between 1 and 200),
  start_date date,
  end_date date,
  status text not null default 'planned' check (status in ('planned', 'ongoing', 'done', 'delayed', 'cancelled')),
  comment text not null default '' check (length(comment) <= 2000),
  shared boolean not null default false,
  published boolean not null default false,
  measure_label text check (length(measure_label) between 1 and 200),
  measure_unit text check (length(measure_unit) between 1 and 50),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (end_date is null or start_date is null or end_date >= start_date),
  check ((measure_label is null) = (measure_unit is null))
);
create index activities_agreement_idx on activities (agreement_id);
create index activities_focus_area_idx on activities (focus_area_id);
create index activities_lead_idx on activities (lead_organisation_id);

create table activity_partners (
  activity_id uuid not null references activities (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  primary key (activity_id, organisation_id)
);
create index activity_partners_organisation_idx on activity_partners (organisation_id);

-- The monthly target as it changed: each month is measured against the
-- target that held in it, so a new target never rewrites the past.
create table activity_targets (
  activity_id uuid not null references activities (id) on delete cascade,
  valid_from text not null check (valid_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  monthly_target double precision check (monthly_target >= 0),
  primary key (activity_id, valid_from)
);

create table follow_ups (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references activities (id),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  outcome double precision check (outcome >= 0),
  comment text not null default '' check (length(comment) <= 2000),
  internal_note text not null default '' check (length(internal_note) <= 5000),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (activity_id, month)
);

create table promises (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities (id),
  agreement_id uuid references agreements (id),
  title text not null check (length(title) between 1 and 300),
  period_start date not null,
  period_end date not null,
  text text not null check (length(text) between 1 and 20000),
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start)
);
create index promises_municipality_idx on promises (municipality_id);

create table promise_activities (
  promise_id uuid not null references promises (id) on delete cascade,
  activity_id uuid not null references activities (id),
  position integer not null,
  primary key (promise_id, activity_id)
);
create index promise_activities_activity_idx on promise_activities (activity_id);
