#!/usr/bin/env bash
# The whole check, as CI runs it: types, lint, format, then the tests on
# PGlite and on a real PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "typecheck (tsc --noEmit)"
npx tsc --noEmit
step "lint (eslint)"
npx eslint .
step "format (prettier --check)"
npx prettier --check . >/dev/null
step "tests on PGlite"
TEST_DB=pglite npx vitest run
step "tests on PostgreSQL"
bash scripts/with-postgres.sh npx vitest run
