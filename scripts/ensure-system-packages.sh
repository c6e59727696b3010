#!/usr/bin/env bash
# What the tests need from Debian, checked before they run:
#   chromium    the browser tests drive $CHROMIUM_PATH (default /usr/bin/chromium)
#               through playwright-core; no tool ever downloads a browser of its own;
#   postgresql  the server binaries (initdb, pg_ctl, postgres) in $POSTGRES_BINDIR, or
#               else the newest /usr/lib/postgresql/<version>/bin; not needed when
#               TEST_DATABASE_URL names a server.
# Run as root, it installs what is missing (apt-get update once, then
# apt-get install -y) and does nothing when all is there. Run as anyone else, it
# prints one line saying what to install and exits 1.
#
#   bash scripts/ensure-system-packages.sh [chromium] [postgresql]   (none: both)
#
# scripts/with-postgres.sh sources it for postgres_bindir and ensure_system_packages.

postgres_bindir() {
  if [ -n "${POSTGRES_BINDIR:-}" ]; then
    [ -x "$POSTGRES_BINDIR/initdb" ] && echo "$POSTGRES_BINDIR"
    return 0
  fi
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] && [ -x "$initdb" ] && dirname "$initdb"
  return 0
}

# Prints "<package>|<what is missing>" for each needed package that is missing.
missing_system_packages() {
  local need
  for need in "$@"; do
    case "$need" in
      chromium)
        local chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
        [ -x "$chromium" ] || echo "chromium|chromium (no $chromium)"
        ;;
      postgresql)
        [ -n "${TEST_DATABASE_URL:-}" ] && continue
        [ -n "$(postgres_bindir)" ] ||
          echo "postgresql|postgresql (no initdb in ${POSTGRES_BINDIR:-/usr/lib/postgresql/<version>/bin})"
        ;;
      *)
        echo "ensure-system-packages: unknown package '$need' (chromium or postgresql)" >&2
        return 2
        ;;
    esac
  done
}

# "chromium (no /usr/bin/chromium), postgresql (no initdb in …)" from the lines of missing_system_packages.
describe_missing() {
  cut -d'|' -f2 <<<"$1" | paste -sd '\t' - | sed 's/\t/, /g'
}

ensure_system_packages() {
  [ $# -gt 0 ] || set -- chromium postgresql
  local missing packages
  missing=$(missing_system_packages "$@") || return
  [ -n "$missing" ] || return 0
  packages=$(cut -d'|' -f1 <<<"$missing" | paste -sd ' ' -)

  if [ "$(id -u)" != 0 ]; then
    echo "the tests need $(describe_missing "$missing"): install as root with 'apt-get install -y $packages', or run npm test as root, which does it" >&2
    return 1
  fi

  echo "ensure-system-packages: installing $packages with apt-get (missing $(describe_missing "$missing"))"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq $packages >/dev/null

  missing=$(missing_system_packages "$@") || return
  if [ -n "$missing" ]; then
    echo "still missing after apt-get install -y $packages: $(describe_missing "$missing"); check CHROMIUM_PATH and POSTGRES_BINDIR" >&2
    return 1
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  ensure_system_packages "$@"
fi
