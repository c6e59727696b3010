#!/usr/bin/env bash
# The whole check, as CI runs it: types, lint, format, the web client's build and
# size, then the tests on PGlite (with the browser tests in Debian's Chromium) and on
# a real PostgreSQL (where the browser tests skip themselves).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "typecheck (tsc --noEmit, server and web)"
npx tsc --noEmit
npm run --silent web:typecheck
step "lint (eslint)"
npx eslint .
step "format (prettier --check)"
npx prettier --check . >/dev/null
step "web client (vite build, size)"
npm run --silent web:build >/dev/null
npm run --silent web:size
step "tests on PGlite"
TEST_DB=pglite npx vitest run --exclude 'test/web/**'
# Apart from the others: two Chromiums drawing charts and running axe take both cores,
# and the process tests' start-up timings should not compete with them.
step "browser tests on PGlite (Debian's Chromium)"
TEST_DB=pglite npx vitest run test/web
step "tests on PostgreSQL"
bash scripts/with-postgres.sh npx vitest run
