#!/usr/bin/env bash
# The whole check, as CI runs it: types, lint, format, the web client's build and
# size, then the tests on PGlite (with the browser tests in Debian's Chromium) and on
# a real PostgreSQL (where the browser tests skip themselves).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# Each vitest run also writes a JSON report; the last line sums them up.
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
run=0
vitest() {
  run=$((run + 1))
  npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/$run.json" "$@"
}

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
TEST_DB=pglite vitest --exclude 'test/web/**'
# Apart from the others: two Chromiums drawing charts and running axe take both cores,
# and the process tests' start-up timings should not compete with them.
step "browser tests on PGlite (Debian's Chromium)"
TEST_DB=pglite vitest test/web
step "tests on PostgreSQL"
export -f vitest
export reports run
bash scripts/with-postgres.sh bash -c 'vitest'

node -e '
  const fs = require("node:fs");
  const dir = process.argv[1];
  let passed = 0, failed = 0, skipped = 0;
  for (const file of fs.readdirSync(dir)) {
    const report = JSON.parse(fs.readFileSync(dir + "/" + file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$reports"
