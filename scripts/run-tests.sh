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

# Local platform servers for connector tests. Each start script installs what it needs,
# starts its server on 127.0.0.1 and writes the variables the tests read to
# .tmp/servers/<name>.env; a server that fails to start fails the run (no silent skips).
export FOLLOWBACK_SERVERS_DIR="$PWD/.tmp/servers"
for s in scripts/start-*.sh; do
  [ -f "$s" ] || continue
  echo "== $s"
  bash "$s" >/dev/null
done
set -a
for f in "$FOLLOWBACK_SERVERS_DIR"/*.env; do
  [ -f "$f" ] || continue
  # shellcheck disable=SC1090
  source "$f"
done
set +a

echo "== tests"
$BIN/pytest -n 2 -p no:cacheprovider "$@"

# The fault soak (issue: production operation) runs on every full test run, unless the
# caller selected a subset of tests.
if [ $# -eq 0 ]; then
  echo "== fault soak"
  $BIN/python bench/soak.py --seconds "${SOAK_SECONDS:-120}"
  echo "== server soak (local AT Protocol network and snac2, through a fault proxy)"
  $BIN/python bench/soak_servers.py --seconds "${SERVER_SOAK_SECONDS:-40}"
fi
