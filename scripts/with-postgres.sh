#!/usr/bin/env bash
# Runs a command with TEST_DB=postgres against a real PostgreSQL.
# With TEST_DATABASE_URL set, that server is used. Without it, a throwaway
# cluster is made from Debian's PostgreSQL server binaries ($POSTGRES_BINDIR, or
# the newest /usr/lib/postgresql/<version>/bin), started on a free port (as the
# postgres user when run as root; fsync off unless POSTGRES_FSYNC=on), and removed
# afterwards. Where the binaries are missing, scripts/ensure-system-packages.sh
# installs postgresql when run as root, or says in one line what to install.
set -euo pipefail

export TEST_DB=postgres
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  exec "$@"
fi

# shellcheck source=scripts/ensure-system-packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/ensure-system-packages.sh"
ensure_system_packages postgresql
bindir=$(postgres_bindir)

dir=$(mktemp -d /tmp/lk-postgres.XXXXXX)
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${POSTGRES_FSYNC:-off} -c max_connections=200" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port"
"$@"
