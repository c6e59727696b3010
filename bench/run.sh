#!/usr/bin/env bash
# npm run bench (and bench:check, with --check): every figure of bench/main.ts, on PGlite
# and on a real PostgreSQL. With TEST_DATABASE_URL set, that server is used; otherwise
# scripts/with-postgres.sh makes a throwaway cluster from Debian's PostgreSQL and removes
# it afterwards. Without any PostgreSQL, only PGlite is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${TEST_DATABASE_URL:-}" ] || ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  # fsync on, as in production: a write is acknowledged once it is on disk.
  BENCH_DB="${BENCH_DB:-both}" POSTGRES_FSYNC=on exec bash scripts/with-postgres.sh npx tsx bench/main.ts "$@"
fi
echo "bench: no PostgreSQL found (apt-get install -y postgresql); measuring PGlite only" >&2
BENCH_DB="${BENCH_DB:-pglite}" exec npx tsx bench/main.ts "$@"
