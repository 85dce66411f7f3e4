#!/usr/bin/env bash
# Start a local AT Protocol network (PLC + PDS + AppView) for the Bluesky connector tests.
#
# Installs what it needs on a fresh Debian 12 machine: Node.js (Debian's, if none),
# PostgreSQL (Debian's, if none), @atproto/dev-env (npm, pinned in
# scripts/bluesky-dev-env/package.json). Runs a throwaway PostgreSQL cluster and the
# network on 127.0.0.1 only, and writes the URLs to $STATE/bluesky.env:
#   FOLLOWBACK_TEST_BLUESKY_URL      the PDS (what the connector talks to)
#   FOLLOWBACK_TEST_BLUESKY_CONTROL  the dev-env helper (accounts, process queue)
# Stop with scripts/stop-bluesky.sh. Idempotent: a running network is reused.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${FOLLOWBACK_SERVERS_DIR:-$ROOT/.tmp/servers}/bluesky"
DEVENV="$ROOT/scripts/bluesky-dev-env"
ENV_FILE="$STATE/../bluesky.env"
mkdir -p "$STATE"
log() { echo "start-bluesky: $*" >&2; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

if [ -f "$STATE/node.pid" ] && kill -0 "$(cat "$STATE/node.pid")" 2>/dev/null && [ -s "$ENV_FILE" ]; then
  log "already running"; cat "$ENV_FILE"; exit 0
fi

apt_install() {
  if [ ! -f "$STATE/.apt-updated" ]; then $SUDO apt-get update -qq >&2; touch "$STATE/.apt-updated"; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >&2
}

# --- Node.js and the dev-env package ------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "installing Node.js from Debian"; apt_install nodejs npm libnode-dev python3 make g++
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$NODE_MAJOR" -lt 18 ]; then log "Node.js $NODE_MAJOR is too old (need >= 18)"; exit 1; fi
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)
# Build the native SQLite module against the local Node headers (no header download).
for dir in /usr /usr/local; do
  if [ -f "$dir/include/node/node.h" ]; then NPM_FLAGS+=("--nodedir=$dir"); break; fi
done
STAMP="$DEVENV/node_modules/.followback-stamp"
WANT="$(cat "$DEVENV/package.json" "$DEVENV/package-lock.json" 2>/dev/null | sha256sum | cut -c1-16)-node$NODE_MAJOR"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  log "installing @atproto/dev-env (first run takes about two minutes)"
  t0=$(date +%s)
  if [ -f "$DEVENV/package-lock.json" ]; then
    (cd "$DEVENV" && npm ci "${NPM_FLAGS[@]}" >&2)
  else
    (cd "$DEVENV" && npm install "${NPM_FLAGS[@]}" >&2)
  fi
  if [ ! -f "$DEVENV/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
    log "building better-sqlite3 against local Node headers"
    (cd "$DEVENV" && npm rebuild better-sqlite3 "${NPM_FLAGS[@]}" >&2)
  fi
  echo "$WANT" > "$STAMP"
  log "npm install took $(( $(date +%s) - t0 ))s"
fi

# --- A throwaway PostgreSQL cluster ------------------------------------------------
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  log "installing PostgreSQL from Debian"; apt_install postgresql
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
PGDATA="$STATE/pgdata"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$STATE"; chmod 755 "$STATE" "$(dirname "$STATE")"; fi
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust >/dev/null
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  PG_PORT="$(free_port)"
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$STATE/postgres.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $STATE -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null 2>&1 </dev/null
  echo "$PG_PORT" > "$STATE/pg.port"
fi
PG_PORT="$(cat "$STATE/pg.port")"
DB_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"

# --- The network ---------------------------------------------------------------------
rm -f "$STATE/ready.json"
t0=$(date +%s)
cd "$DEVENV"
DB_POSTGRES_URL="$DB_URL" DB_POSTGRES_SCHEMA=followback \
  setsid node start.js > "$STATE/ready.json" 2> "$STATE/node.log" < /dev/null &
echo $! > "$STATE/node.pid"
cd "$ROOT"
for _ in $(seq 1 600); do
  if [ -s "$STATE/ready.json" ]; then break; fi
  if ! kill -0 "$(cat "$STATE/node.pid")" 2>/dev/null; then
    log "the network failed to start:"; tail -30 "$STATE/node.log" >&2; exit 1
  fi
  sleep 0.5
done
if [ ! -s "$STATE/ready.json" ]; then log "timed out; see $STATE/node.log"; exit 1; fi
PDS="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pds"])' "$STATE/ready.json")"
CONTROL="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["control"])' "$STATE/ready.json")"
cat > "$ENV_FILE" <<EOF
export FOLLOWBACK_TEST_BLUESKY_URL=$PDS
export FOLLOWBACK_TEST_BLUESKY_CONTROL=$CONTROL
EOF
log "network up in $(( $(date +%s) - t0 ))s: PDS $PDS"
cat "$ENV_FILE"
