#!/usr/bin/env bash
# Stop the local AT Protocol network and its PostgreSQL cluster (see start-bluesky.sh).
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${FOLLOWBACK_SERVERS_DIR:-$ROOT/.tmp/servers}/bluesky"
[ -d "$STATE" ] || exit 0

if [ -f "$STATE/node.pid" ]; then
  pid="$(cat "$STATE/node.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    # setsid made it a process-group leader: signal the group (its children too).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$STATE/node.pid"
fi

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -n "$PG_BIN" ] && [ -f "$STATE/pgdata/PG_VERSION" ]; then
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -m fast -w stop >/dev/null 2>&1 || true
  else
    "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -m fast -w stop >/dev/null 2>&1 || true
  fi
fi
# The cluster is throwaway: a fresh one next time keeps runs independent.
rm -rf "$STATE/pgdata" "$STATE/pg.port" "$STATE/ready.json"
rm -f "$STATE/../bluesky.env"
echo "stop-bluesky: stopped" >&2
