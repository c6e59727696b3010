-- Public accountability: a verdict on each promise, its public history from
-- the audit log, the way by area, and Swedish full-text search.

-- The verdict (löftesbedömning): an editor's judgement with its motivation.
-- Null: not assessed yet.
alter table promises
  add column assessment text check (
    assessment in ('notStarted', 'onTrack', 'atRisk', 'delayed', 'kept', 'partlyKept', 'notKept')
  ),
  add column assessment_note text not null default '' check (length(assessment_note) <= 1000),
  add column assessed_at timestamptz;

-- A promise's history reads the audit events of its activities' months.
create index audit_events_follow_up_activity_idx
  on audit_events (((coalesce(after, before)) ->> 'activityId'), id)
  where entity_type = 'followUp';

-- Full-text search, Swedish-aware (stemming: "trygghetsvandringar" finds "trygghetsvandring").
create index promises_search_idx
  on promises using gin (to_tsvector('swedish', title || ' ' || text));
create index activities_search_idx
  on activities using gin (to_tsvector('swedish', title || ' ' || description || ' ' || coalesce(area, '')));
