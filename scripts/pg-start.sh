#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 on a free port and print its URL.
# Installs Debian's postgresql package when no server binaries are found (no Docker here).
# Usage: scripts/pg-start.sh STATE_DIR   -> writes STATE_DIR/url and STATE_DIR/pgdata
set -euo pipefail
state=${1:?usage: pg-start.sh STATE_DIR}
mkdir -p "$state"
state=$(cd "$state" && pwd)

find_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

if ! bindir=$(find_bindir); then
  echo "pg-start: PostgreSQL server not found; installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
  bindir=$(find_bindir)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data="$state/pgdata"
rm -rf "$data"
mkdir -p "$data"

# PostgreSQL refuses to run as root: run the throwaway cluster as the postgres user
# (created by Debian's package) or as the invoking user when not root.
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  chown -R postgres "$state"
  chmod 755 "$state"
  run_as=(runuser -u postgres --)
fi

"${run_as[@]}" "$bindir/initdb" -D "$data" -U followback --auth=trust -E UTF8 >"$state/initdb.log" 2>&1
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$state/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $state -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U followback followback_test 2>/dev/null \
  || "${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U followback followback_test
echo "postgresql+psycopg://followback@127.0.0.1:$port/followback_test" >"$state/url"
echo "$bindir" >"$state/bindir"
cat "$state/url"
