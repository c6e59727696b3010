-- Targets of single calendar months that replace the monthly target in that month
-- every year ({"07": 0}: no target in July, a summer break). Kept in the target
-- history, so a change holds from its month on as a changed monthly target does.
alter table activity_targets
  add column month_targets jsonb not null default '{}'::jsonb
  check (jsonb_typeof(month_targets) = 'object');
