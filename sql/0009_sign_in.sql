-- Sign-in a municipality can adopt (issue 17): single sign-on through the
-- municipality's OpenID provider, a second factor (TOTP with recovery codes),
-- sessions a person can see and end, and sign-in attempts in the audit log.

-- An organisation whose accounts sign in only through the identity provider:
-- their passwords stop working.
alter table organisations add column sso_required boolean not null default false;

-- A second factor: the TOTP secret (base32) once confirmed, the one being
-- enrolled until then, and the last time step used (a code is good once).
alter table users
  add column totp_secret text,
  add column totp_pending_secret text,
  add column totp_enabled_at timestamptz,
  add column totp_last_step bigint;

-- Ten single-use recovery codes per person, stored as SHA-256 only.
create table recovery_codes (
  user_id uuid not null references users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);

-- What a person sees of their sessions: an id to name one by, where and with
-- what it was opened, and how (password, password+totp, oidc). A session still
-- to enrol a second factor (MFA_REQUIRED) has second_factor = false and may do
-- nothing else.
alter table sessions
  add column id uuid not null default gen_random_uuid(),
  add column address text,
  add column user_agent text,
  add column method text not null default 'password'
    check (method in ('password', 'password+totp', 'password+recovery', 'oidc')),
  add column second_factor boolean not null default true;
create unique index sessions_id_idx on sessions (id);

-- Where an API token was last used from.
alter table api_tokens
  add column last_used_address text,
  add column last_used_agent text;

-- A single sign-on under way: state, nonce and the PKCE verifier, keyed by a
-- hash of the random id the browser holds in a short-lived cookie. Each row is
-- used once.
create table oidc_logins (
  id_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  expires_at timestamptz not null
);
create index oidc_logins_expires_idx on oidc_logins (expires_at);

-- Sign-ins and refused attempts are audit events too.
alter table audit_events drop constraint audit_events_action_check;
alter table audit_events
  add constraint audit_events_action_check
  check (action in ('create', 'update', 'delete', 'sign-in', 'refused'));
