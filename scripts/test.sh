#!/usr/bin/env bash
# npm test: the whole check, as CI runs it. First what it needs from Debian
# (chromium, and postgresql unless TEST_DATABASE_URL is set): installed with
# apt-get when run as root, else one line saying what to install and exit 1
# (scripts/ensure-system-packages.sh). Then types, lint, format, the web client's
# build and size, then the tests on PGlite (with the browser tests in Debian's
# Chromium) and on a real PostgreSQL (where the browser tests skip themselves).
# The checks stop at the first failure; the three test runs all run, and the last
# line sums them up: "tests: N passed, N failed, N skipped", after a line per failed test.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash scripts/ensure-system-packages.sh chromium postgresql

step() { printf '\n== %s\n' "$*"; }

# Each vitest run also writes a JSON report; the last line sums them up.
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
run=0
vitest() {
  run=$((run + 1))
  npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/$run.json" "$@"
}
failed=0

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
TEST_DB=pglite vitest --exclude 'test/web/**' || failed=1
# Apart from the others: two Chromiums drawing charts and running axe take both cores,
# and the process tests' start-up timings should not compete with them.
step "browser tests on PGlite (Debian's Chromium)"
TEST_DB=pglite vitest test/web || failed=1
step "tests on PostgreSQL"
export -f vitest
export reports run
bash scripts/with-postgres.sh bash -c 'vitest' || failed=1
run=$((run + 1)) # that run counted in its own shell

step "done in $(($(date +%s) - started)) s"

node -e '
  const fs = require("node:fs");
  const dir = process.argv[1];
  let passed = 0, failed = 0, skipped = 0;
  const files = fs.readdirSync(dir);
  // A run that broke off before its report (a crash, a cluster that would not start) counts as one failure.
  failed += Math.max(0, Number(process.argv[2]) - files.length);
  for (const file of files) {
    const report = JSON.parse(fs.readFileSync(dir + "/" + file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    // Named again here, at the end, so the failures are in the last lines a CI log keeps.
    for (const suite of report.testResults)
      for (const test of suite.assertionResults)
        if (test.status === "failed")
          console.log(`failed: ${suite.name.replace(process.cwd() + "/", "")} > ${test.fullName}\n  ${(test.failureMessages[0] ?? "").split("\n")[0]}`);
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$reports" "$run"
exit "$failed"
