-- The reporting duty: each municipality's report day, when a month's outcome
-- was first recorded (to judge it on time or late), settled tertials, each
-- person's choice about reminders, and the claims that send each reminder once.

-- Month M is due on this day of month M+1 (Europe/Stockholm).
alter table municipalities
  add column reporting_day integer not null default 10 check (reporting_day between 1 and 28);

-- Reminders are on until the person turns them off; their language when known.
alter table users add column reminders boolean not null default true;
alter table users add column language text check (language in ('sv', 'en'));

-- When the month's outcome was first recorded: kept by the trigger below for every
-- writer (the API, the import, the demo, a script), never moved by a later correction.
alter table follow_ups add column first_reported_at timestamptz;

create function follow_ups_first_reported() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    new.first_reported_at := coalesce(old.first_reported_at, new.first_reported_at);
  end if;
  if new.outcome is not null and new.first_reported_at is null then
    new.first_reported_at := new.recorded_at;
  end if;
  return new;
end;
$$;
create trigger follow_ups_first_reported
  before insert or update on follow_ups
  for each row execute function follow_ups_first_reported();

-- Months recorded before: the first audit event that gave an outcome, else when recorded.
update follow_ups f
set first_reported_at = coalesce(
  (select min(e.occurred_at) from audit_events e
   where e.entity_type = 'followUp' and e.entity_id = f.id and e.after ->> 'outcome' is not null),
  f.recorded_at)
where f.outcome is not null;

-- A settled tertial of an agreement: none of its months may change until reopened.
create table closed_periods (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references agreements (id) on delete cascade,
  period text not null check (period ~ '^[1-9][0-9]{3}-T[1-3]$'),
  closed_by uuid references users (id) on delete set null,
  closed_at timestamptz not null,
  unique (agreement_id, period)
);

-- One reminder per person, occasion and month, however many processes run: a
-- process claims the row before sending (insert … on conflict do nothing), marks
-- it sent after; a failed send is tried again once retry_at has passed.
create table reminder_sends (
  user_id uuid not null references users (id) on delete cascade,
  occasion text not null check (occasion in ('before', 'after')),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  state text not null check (state in ('sending', 'failed', 'sent', 'nothing')),
  attempts integer not null default 1,
  retry_at timestamptz not null,
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null,
  primary key (user_id, occasion, month)
);
create index reminder_sends_pending_idx on reminder_sends (retry_at) where state in ('sending', 'failed');
