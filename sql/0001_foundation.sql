-- Foundation: municipalities, organisations, accounts, sessions, tokens,
-- idempotency keys and the audit log.

create table municipalities (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[0-9]{4}$'),
  name text not null check (length(name) between 1 and 200),
  county text not null check (length(county) between 1 and 200),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('municipality', 'police', 'county', 'other')),
  municipality_id uuid references municipalities (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organisations_municipality_idx on organisations (municipality_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null check (length(email) between 3 and 254),
  name text not null check (length(name) between 1 and 200),
  password_hash text not null,
  role text not null check (role in ('admin', 'editor', 'partner', 'viewer')),
  organisation_id uuid not null references organisations (id),
  disabled boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- E-mails are unique whatever their case.
create unique index users_email_key on users (lower(email));
create index users_organisation_idx on users (organisation_id);

-- Only a hash of the session id is stored: a leaked table grants no session.
create table sessions (
  id_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  token_hash text not null unique,
  label text,
  expires_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);

-- A POST with an Idempotency-Key is done at most once per caller and key.
create table idempotency_keys (
  actor_key text not null,
  key text not null,
  request_hash text not null,
  status integer,
  headers jsonb,
  body text,
  created_at timestamptz not null default now(),
  primary key (actor_key, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);

create table audit_events (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  action text not null check (action in ('create', 'update', 'delete')),
  entity_type text not null,
  entity_id uuid not null,
  municipality_id uuid,
  before jsonb,
  after jsonb
);
create index audit_events_entity_idx on audit_events (entity_type, entity_id, id);
