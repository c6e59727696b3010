-- Throttling counters, shared by every server process on the database, and an
-- audit log that can only grow.

-- One fixed window per key ("login-account:<e-mail>", "write:<session>" …):
-- hits so far and when the window ends. Rows of ended windows are reused or swept.
create table throttle_counters (
  key text primary key,
  hits integer not null check (hits >= 0),
  window_ends_at timestamptz not null
);
create index throttle_counters_window_idx on throttle_counters (window_ends_at);

-- The audit log is append-only: no route changes or deletes it, and neither can
-- any statement the app sends. Thinning it out (gallring) after the municipality's
-- archive decision is a database administrator's job, done with this trigger disabled.
create function audit_events_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_events is append-only: % refused', tg_op using errcode = '42501';
end;
$$;
create trigger audit_events_append_only
  before update or delete on audit_events
  for each row execute function audit_events_append_only();
create trigger audit_events_no_truncate
  before truncate on audit_events
  for each statement execute function audit_events_append_only();
