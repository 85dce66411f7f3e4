#!/usr/bin/env bash
# Run lint, type checks and the test suite against SQLite and a throwaway PostgreSQL.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
state="$PWD/.tmp/pg"

echo "== lint and types"
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/lint-imports
$BIN/mypy

echo "== starting PostgreSQL"
cleanup() { bash scripts/pg-stop.sh "$state"; for s in scripts/stop-*.sh; do [ -x "$s" ] && bash "$s" || true; done; }
trap cleanup EXIT
export FOLLOWBACK_TEST_PG_URL=$(bash scripts/pg-start.sh "$state")
echo "PostgreSQL at $FOLLOWBACK_TEST_PG_URL"

# Local platform servers for connector tests (each start script exports what it started).
for s in scripts/start-*.sh; do
  [ -x "$s" ] || continue
  echo "== $s"
  # shellcheck disable=SC1090
  source "$s"
done

echo "== tests"
$BIN/pytest -n 2 -p no:cacheprovider "$@"
