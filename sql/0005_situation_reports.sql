-- The lawful cycle (Lag 2023:196, Brå's method): a municipality's lägesbild
-- (situation report) with the problems it found and each problem's causes
-- (orsaksanalys); the activities of a plan tied to the problems and causes
-- they act on; the lägesbild an agreement's plan answers; and the tertial and
-- year analyses (reviews) of an agreement.

create table situation_reports (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references municipalities (id),
  title text not null check (length(title) between 1 and 300),
  period_start date not null,
  period_end date not null,
  mapping text not null default '' check (length(mapping) <= 50000),
  analysis text not null default '' check (length(analysis) <= 50000),
  -- [{title, url?}]: where the mapping comes from.
  sources jsonb not null default '[]'::jsonb check (jsonb_typeof(sources) = 'array'),
  status text not null default 'draft' check (status in ('draft', 'adopted')),
  adopted_at date,
  adopted_by text check (length(adopted_by) between 1 and 200),
  -- Never public: what must stay inside (sources that cannot be named, names of places under watch …).
  internal_note text not null default '' check (length(internal_note) <= 5000),
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start)
);
create index situation_reports_municipality_idx on situation_reports (municipality_id, period_start);

create table problems (
  id uuid primary key default gen_random_uuid(),
  situation_report_id uuid not null references situation_reports (id),
  title text not null check (length(title) between 1 and 300),
  description text not null default '' check (length(description) <= 5000),
  category text not null check (
    category in (
      'violence', 'drugs', 'property', 'disorder', 'youth', 'organisedCrime',
      'welfareCrime', 'fraud', 'traffic', 'insecurity', 'other'
    )
  ),
  -- Places, as activities name theirs (Skäggetorp, Innerstaden …).
  areas text[] not null default '{}',
  position integer not null default 0,
  internal_note text not null default '' check (length(internal_note) <= 5000),
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index problems_situation_report_idx on problems (situation_report_id, position);
create index problems_areas_idx on problems using gin (areas);

-- The orsaksanalys: a problem's causes, in order. They change with their problem
-- (a PATCH of its causes replaces the list), so they carry no version of their own.
create table problem_causes (
  id uuid primary key default gen_random_uuid(),
  problem_id uuid not null references problems (id) on delete cascade,
  title text not null check (length(title) between 1 and 300),
  description text not null default '' check (length(description) <= 5000),
  position integer not null
);
create index problem_causes_problem_idx on problem_causes (problem_id, position);

-- Which problems and causes an activity acts on. No cascade from the problem's
-- side: a problem or cause still acted on cannot go (the API answers 409 first).
create table activity_problems (
  activity_id uuid not null references activities (id) on delete cascade,
  problem_id uuid not null references problems (id),
  primary key (activity_id, problem_id)
);
create index activity_problems_problem_idx on activity_problems (problem_id);

create table activity_causes (
  activity_id uuid not null references activities (id) on delete cascade,
  cause_id uuid not null references problem_causes (id),
  primary key (activity_id, cause_id)
);
create index activity_causes_cause_idx on activity_causes (cause_id);

-- The lägesbild an agreement's plan (åtgärdsplan) answers.
alter table agreements add column situation_report_id uuid references situation_reports (id);
create index agreements_situation_report_idx on agreements (situation_report_id);

-- Tertialanalys (2026-T1 … 2026-T3) and årsanalys (2026) of an agreement: one per period.
create table reviews (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references agreements (id),
  period text not null check (period ~ '^[1-9][0-9]{3}(-T[1-3])?$'),
  text text not null check (length(text) between 1 and 20000),
  priorities text not null default '' check (length(priorities) <= 10000),
  status text not null default 'draft' check (status in ('draft', 'final')),
  published boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (agreement_id, period)
);
