#!/usr/bin/env bash
# Stop the throwaway cluster started by pg-start.sh and remove its data.
set -uo pipefail
state=${1:?usage: pg-stop.sh STATE_DIR}
[ -f "$state/bindir" ] || exit 0
bindir=$(cat "$state/bindir")
run_as=()
[ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
"${run_as[@]}" "$bindir/pg_ctl" -D "$state/pgdata" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$state"
