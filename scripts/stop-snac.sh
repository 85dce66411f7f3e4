#!/usr/bin/env bash
# Stop the local snac2 server started by scripts/start-snac.sh and drop its data.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SERVERS="${FOLLOWBACK_SERVERS_DIR:-$ROOT/.tmp/servers}"
STATE="$SERVERS/snac"
[ -d "$STATE" ] || exit 0

if [ -f "$STATE/snac.pid" ]; then
  pid="$(cat "$STATE/snac.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    # setsid made it a process-group leader: signal the group (its children too).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$STATE/snac.pid"
fi
rm -rf "$STATE/data"
rm -f "$SERVERS/mastodon.env"
echo "stop-snac: stopped" >&2
