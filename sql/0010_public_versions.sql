-- A version per municipality of what the public may read of it, raised by every
-- change that touches the municipality (in the change's own transaction), and one
-- for changes that touch every municipality (scope 'all': an organisation's name).
-- Every server process keeps the public documents it built under the versions it
-- read first, and asks again before each answer: a write through any process is
-- in the next public read of every process.
create table public_versions (
  scope text primary key,
  version bigint not null
);
