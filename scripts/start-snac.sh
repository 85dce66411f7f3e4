#!/usr/bin/env bash
# Start a local snac2 server (a small ActivityPub server with the Mastodon client API)
# for the Mastodon connector tests.
#
# snac2 2.75 comes from Debian's bookworm-backports archive: the .deb is fetched with
# `apt-get download` (the backports source is added if missing) and unpacked with
# `dpkg -x` into a cache outside the repo; nothing is installed system-wide. The server
# listens on 127.0.0.1 port 80: snac only recognises @user@host mentions whose host has
# no port, so a port in the host name would break mentions. Users "brand" and "peer01"
# ... "peer16" are created; their API tokens come from snac's login endpoint ("oauthtest"
# signs in through the OAuth form instead). Writes:
#   $STATE/mastodon.env   FOLLOWBACK_TEST_MASTODON_URL, FOLLOWBACK_TEST_MASTODON_TOKENS
# Stop with scripts/stop-snac.sh. Idempotent: a running server is reused.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SERVERS="${FOLLOWBACK_SERVERS_DIR:-$ROOT/.tmp/servers}"
STATE="$SERVERS/snac"
CACHE="${FOLLOWBACK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/followback}/snac2"
ADDR="${FOLLOWBACK_SNAC_ADDR:-127.0.0.1}"
PORT="${FOLLOWBACK_SNAC_PORT:-80}"
USERS=(brand $(seq -f "peer%02g" 1 "${FOLLOWBACK_SNAC_PEERS:-16}"))
ENV_FILE="$SERVERS/mastodon.env"
mkdir -p "$STATE" "$CACHE"
log() { echo "start-snac: $*" >&2; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

if [ -f "$STATE/snac.pid" ] && kill -0 "$(cat "$STATE/snac.pid")" 2>/dev/null && [ -s "$ENV_FILE" ]; then
  log "already running"; cat "$ENV_FILE"; exit 0
fi
t0=$(date +%s)

# --- Fetch and unpack snac2 from bookworm-backports --------------------------------------
SNAC="$CACHE/root/usr/bin/snac"
if [ ! -x "$SNAC" ]; then
  if ! apt-cache policy snac2 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
      log "adding Debian bookworm-backports to apt sources"
      printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
    fi
    $SUDO apt-get update -qq >&2
  fi
  log "downloading snac2"
  (cd "$CACHE" && apt-get download -qq snac2 >&2 2>/dev/null || apt-get download snac2 >&2)
  dpkg -x "$(ls -t "$CACHE"/snac2_*.deb | head -1)" "$CACHE/root"
fi
for lib in libcurl.so.4 libssl.so.3; do
  if ! ldconfig -p | grep -q "$lib"; then
    log "installing snac2's libraries"
    $SUDO apt-get install -y -qq libcurl4 libssl3 >&2; break
  fi
done

# --- A fresh data directory -----------------------------------------------------------
DATA="$STATE/data"
rm -rf "$DATA" "$SERVERS/snac-peer-counter"
# snac init asks: address, port, host name, URL prefix, admin email.
printf '%s\n%s\n%s\n\n\n' "$ADDR" "$PORT" "$ADDR" | "$SNAC" init "$DATA" >/dev/null 2>&1
python3 - "$DATA/server.json" <<'PY'
import json, sys
path = sys.argv[1]
cfg = json.load(open(path))
# num_threads: snac delivers between its own users by HTTP to itself, from the same
# thread pool that answers requests. With its default of 4, four deliveries waiting on
# each other timed out (requeued a minute later) and 24 mentions took 16-19 s to arrive;
# with 16, 6-7 s and no requeues (measured 2026-11-30).
# queue_timeout(_2): a delivery to itself that takes longer than its default 6 s (8 s the
# second time) is requeued for a minute, then two, ...: on CI's two busy cores a test
# found one of its 30 mentions missing after its queue wait (2026-12-01), most likely
# such a requeue. A local delivery that is slow is not lost, so it may take a minute.
cfg.update(protocol="http", disable_sandbox=True, badlogin_retries=100000,
           queue_retry_minutes=1, dbglevel=0, num_threads=16,
           queue_timeout=60, queue_timeout_2=60)
json.dump(cfg, open(path, "w"), indent=4)
PY
# adduser mostly waits (about 0.6 s each): create the users in parallel.
printf '%s\n' "${USERS[@]}" | xargs -P 8 -I{} sh -c 'printf "\n" | "$0" adduser "$1" "$2" >/dev/null 2>&1' "$SNAC" "$DATA" {}
for user in "${USERS[@]}"; do
  [ -d "$DATA/user/$user" ] || { log "could not create user $user"; exit 1; }
done

# --- Run it ----------------------------------------------------------------------------
setsid "$SNAC" httpd "$DATA" > "$STATE/snac.log" 2>&1 < /dev/null & echo $! > "$STATE/snac.pid"
BASE="http://$ADDR"; [ "$PORT" = 80 ] || BASE="$BASE:$PORT"
for _ in $(seq 1 100); do
  if curl -fsS "$BASE/api/v1/instance" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$(cat "$STATE/snac.pid")" 2>/dev/null; then
    log "snac failed to start:"; tail -20 "$STATE/snac.log" >&2; exit 1
  fi
  sleep 0.1
done

# --- API tokens from the login endpoint --------------------------------------------------
token_for() {
  local user="$1" password
  password="$("$SNAC" resetpwd "$DATA" "$user" 2>&1 | awk '{print $NF}')"
  curl -fsS -X POST "$BASE/oauth/x-snac-get-token" \
    --data-urlencode "login=$user" --data-urlencode "passwd=$password" \
    --data-urlencode redir= --data-urlencode cid= --data-urlencode state=
}
mkdir -p "$STATE/tokens"
pids=()
for user in "${USERS[@]}"; do token_for "$user" > "$STATE/tokens/$user" & pids+=($!); done
wait "${pids[@]}"
TOKENS=""
for user in "${USERS[@]}"; do
  token="$(cat "$STATE/tokens/$user")"
  if ! [[ "$token" =~ ^[0-9a-f]{16,}$ ]]; then log "no token for $user"; exit 1; fi
  TOKENS="$TOKENS${TOKENS:+,}$user:$token"
done
rm -rf "$STATE/tokens"
# A user who signs in through snac's OAuth login form (tests/.../test_connect_oauth.py).
printf "\n" | "$SNAC" adduser "$DATA" oauthtest >/dev/null 2>&1
OAUTH_PASSWORD="$("$SNAC" resetpwd "$DATA" oauthtest 2>&1 | awk '{print $NF}')"
umask 077
cat > "$ENV_FILE" <<EOF
export FOLLOWBACK_TEST_MASTODON_URL=$BASE
export FOLLOWBACK_TEST_MASTODON_TOKENS=$TOKENS
export FOLLOWBACK_TEST_MASTODON_LOGIN=oauthtest:$OAUTH_PASSWORD
EOF
log "snac2 up at $BASE in $(( $(date +%s) - t0 ))s"
cat "$ENV_FILE"
