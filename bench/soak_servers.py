"""Server soak: the outbox against the local AT Protocol network and snac2, through faults.

For each local server (``FOLLOWBACK_TEST_BLUESKY_URL`` + ``_CONTROL``; snac2 at
``FOLLOWBACK_TEST_MASTODON_URL`` with its data directory under ``FOLLOWBACK_SERVERS_DIR``):

1. a brand and a few peers are created, uniquely named for this run (Bluesky through the
   network's control API, snac2 with its own ``adduser``); each peer follows the brand and
   mentions it;
2. the outbox gets a follow-back of every peer and a reply to every mention (and, on snac2,
   a DM to every peer once the follows are done), with the brand's connector pointed at
   :class:`fault_proxy.FaultProxy`: writes are applied and their answer dropped, connections
   reset, 429s with Retry-After, 503s and delays;
3. ``--procs`` worker processes run the outbox (``run_actions``) with a short lease; one of
   them is SIGKILLed the first time an action is seen in flight, then at random every
   ``--kill-every`` seconds, and started again;
4. then the servers are read directly (no proxy) and compared with followback's records.

Prints per server one line, e.g. ``soak[bluesky]: actions=12 faults=9 kills=3
duplicate_follows=0 duplicate_replies=0 duplicate_dms=0 unreconciled=0 over_lease=0
disagreements=0 seconds=21.4``, and exits non-zero if any count but the first three is not 0.
``over_lease`` counts actions seen in flight longer than one lease plus a few seconds for a
worker to start after a kill: an action orphaned by a kill must be reconciled within one
lease.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fault_proxy import FaultProxy, FaultRates

from followback.domain import ActionKind, ActionState, FollowMode, Platform
from followback.store import AccountRepo, open_store
from followback.store.actions import ActionRepo
from followback.store.tables import ActionRow

ROOT = Path(__file__).resolve().parents[1]
WRITE_FAULTS = FaultRates(drop=0.15, reset=0.08, limited=0.08, unavailable=0.08, delay=0.05)
READ_FAULTS = FaultRates(drop=0.0, reset=0.03, limited=0.02, unavailable=0.03, delay=0.03)
# An orphaned action is claimed again once its lease ends, by a worker that may itself be
# starting up after a kill (imports take seconds on a loaded 2-core machine).
LEASE_SLACK_S = 6.0


def log(msg: str) -> None:
    print(f"[soak-servers {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- the worker process ----------------------------------------------------------------


def worker(db: str, account_id: int, lease_s: float, until: float) -> None:
    """Run the outbox until ``until`` (epoch seconds); the orchestrator may kill it anytime."""
    from followback.domain import utcnow
    from followback.services import act
    from followback.services.act import run_actions
    from followback.services.connect import connector_for

    act.RETRY_BASE_S = 0.5  # seconds, not minutes: the soak lasts a minute
    if os.environ.get("SOAK_NO_READ_BACK"):  # the baseline: retry without reading back
        from followback.actions import outbox

        async def never_found(*_: Any) -> None:
            return None

        outbox._read_back = never_found  # type: ignore[assignment]
    store = open_store(db)

    async def once() -> None:
        if os.environ.get("SOAK_DEBUG"):
            log(f"worker {os.getpid()}: run")
        conn = connector_for(store, account_id)
        try:
            report = await run_actions(
                store, conn, account_id, clock=utcnow, lease=timedelta(seconds=lease_s)
            )
            if os.environ.get("SOAK_DEBUG"):
                log(f"worker {os.getpid()}: {report.as_dict()}")
        finally:
            await conn.aclose()

    while time.time() < until:
        try:
            asyncio.run(once())
        except Exception as exc:
            log(f"worker {os.getpid()}: {type(exc).__name__}: {exc}")
        time.sleep(0.2)


# --- servers -----------------------------------------------------------------------------


@dataclass
class Peer:
    remote_id: str
    handle: str
    mention: str  # the id of its post mentioning the brand


@dataclass
class Setup:
    platform: Platform
    handle: str
    remote_id: str
    upstream: str
    credentials: dict[str, str]
    peers: list[Peer] = field(default_factory=list)
    dms: bool = False


def _bluesky_account(control: str, prefix: str) -> dict[str, str]:
    handle = f"{prefix}{secrets.token_hex(3)}.test"
    response = httpx.post(
        f"{control}/accounts",
        json={"handle": handle, "displayName": prefix, "description": "soak"},
        timeout=60,
    )
    response.raise_for_status()
    return dict(response.json())


async def _bluesky(url: str, control: str, peers: int) -> Setup:
    from followback.connectors.bluesky import BlueskyConnector

    brand = _bluesky_account(control, "sb")
    setup = Setup(
        Platform.BLUESKY, brand["handle"], brand["did"], url, {"app_password": brand["appPassword"]}
    )
    for _ in range(peers):
        made = _bluesky_account(control, "sp")
        conn = BlueskyConnector(made["handle"], {"app_password": made["appPassword"]}, url)
        await conn.follow(brand["did"])
        text = f"@{brand['handle']} where is my order?"
        facet = {
            "index": {"byteStart": 0, "byteEnd": len(f"@{brand['handle']}".encode())},
            "features": [{"$type": "app.bsky.richtext.facet#mention", "did": brand["did"]}],
        }
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        uri = await conn._create_record(
            "app.bsky.feed.post", {"text": text, "createdAt": now, "facets": [facet]}, "post"
        )
        setup.peers.append(Peer(made["did"], made["handle"], uri))
        await conn.aclose()
    httpx.post(f"{control}/process", timeout=60).raise_for_status()  # the AppView indexes
    return setup


def _snac_user(snac: str, data: str, base: str, name: str) -> str:
    subprocess.run([snac, "adduser", data, name], input=b"\n", capture_output=True, check=True)
    out = subprocess.run([snac, "resetpwd", data, name], capture_output=True, text=True, check=True)
    password = (out.stdout + out.stderr).split()[-1]
    response = httpx.post(
        f"{base}/oauth/x-snac-get-token",
        data={"login": name, "passwd": password, "redir": "", "cid": "", "state": ""},
        timeout=30,
    )
    response.raise_for_status()
    token = response.text.strip()
    if not re.fullmatch(r"[0-9a-f]{16,}", token):
        raise RuntimeError(f"snac gave no token for {name}")
    return token


async def _mastodon(url: str, snac: str, data: str, peers: int) -> Setup:
    from followback.connectors.mastodon import MastodonConnector

    tag = secrets.token_hex(3)
    host = httpx.URL(url).netloc.decode()  # snac's domain: the host, with a port if not 80
    token = _snac_user(snac, data, url, f"sb{tag}")
    brand = MastodonConnector(url, token)
    me = await brand.whoami()
    await brand.aclose()
    setup = Setup(
        Platform.MASTODON, me.handle, me.remote_id, url, {"access_token": token}, dms=True
    )
    for i in range(peers):
        conn = MastodonConnector(url, _snac_user(snac, data, url, f"sp{tag}{i}"))
        peer = await conn.whoami()
        await conn.follow(me.remote_id)
        mention = await conn._post(
            "mention", f"@{me.handle}@{host} where is my order?", visibility="public"
        )
        setup.peers.append(Peer(peer.remote_id, f"{peer.handle}@{host}", mention))
        await conn.aclose()
    return setup


# --- the run -----------------------------------------------------------------------------


def _enqueue(db: str, setup: Setup, proxy_url: str, kinds: tuple[ActionKind, ...]) -> int:
    from followback.credentials import encrypt_credentials

    store = open_store(db)
    now = datetime.now(UTC)
    with store.session() as s:
        accounts = AccountRepo(s)
        row = accounts.find_row(setup.platform, setup.handle)
        if row is None:
            account_id = accounts.add(
                setup.platform,
                setup.handle,
                setup.remote_id,
                FollowMode.AUTO,
                encrypt_credentials(setup.credentials),
                proxy_url,
            )
        else:
            account_id = row.id
        repo = ActionRepo(s)
        for i, peer in enumerate(setup.peers):
            for kind in kinds:
                target = peer.mention if kind is ActionKind.REPLY else peer.remote_id
                text = {
                    ActionKind.REPLY: f"On its way, {i}! ({secrets.token_hex(2)})",
                    ActionKind.DM: f"Here is your tracking link, {i} ({secrets.token_hex(2)})",
                }.get(kind, "")
                repo.enqueue(
                    account_id,
                    kind,
                    target,
                    key=f"soak:{kind.value}:{target}",
                    requested_by="soak",
                    at=now,
                    payload={"text": text} if text else {},
                )
    store.dispose()
    return account_id


@dataclass
class Workers:
    db: str
    account_id: int
    lease_s: float
    until: float
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    started: list[float] = field(default_factory=list)
    kills: int = 0

    def spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                self.db,
                str(self.account_id),
                str(self.lease_s),
                str(self.until),
            ],
            stdout=subprocess.DEVNULL,
        )

    def start(self, n: int) -> None:
        self.procs = [self.spawn() for _ in range(n)]
        self.started = [time.time()] * n

    def kill_one(self, rng: random.Random, min_age_s: float) -> None:
        """SIGKILL a worker that has been up ``min_age_s`` (one still importing does nothing;
        0 kills any)."""
        now = time.time()
        grown = [i for i, t in enumerate(self.started) if now - t >= min_age_s]
        if not grown:
            return
        i = rng.choice(grown)
        self.procs[i].send_signal(signal.SIGKILL)
        self.procs[i].wait()
        self.kills += 1
        self.procs[i] = self.spawn()
        self.started[i] = time.time()

    def stop(self) -> None:
        for proc in self.procs:
            proc.send_signal(signal.SIGKILL)
            proc.wait()


def _open_actions(db: str, account_id: int) -> tuple[int, dict[int, float]]:
    """Actions not done yet, and how long each in-flight one has been in flight (s)."""
    store = open_store(db)
    now = datetime.now(UTC)
    with store.session() as s:
        rows = list(s.scalars(select(ActionRow).where(ActionRow.brand_account_id == account_id)))
    store.dispose()
    open_ = [r for r in rows if r.state in (ActionState.PENDING.value, ActionState.IN_FLIGHT.value)]
    ages = {
        r.id: (now - r.attempted_at.replace(tzinfo=UTC)).total_seconds()
        for r in rows
        if r.state == ActionState.IN_FLIGHT.value and r.attempted_at is not None
    }
    return len(open_), ages


def _phase(
    db: str,
    account_id: int,
    args: argparse.Namespace,
    rng: random.Random,
    deadline: float,
    kill: bool = True,
) -> tuple[int, int]:
    """Run workers (killing one at random now and then, with ``kill``) until every action
    is done or ``deadline``; returns (kills, actions in flight longer than a lease)."""
    workers = Workers(db, account_id, args.lease, deadline)
    workers.start(args.procs)
    over: set[int] = set()
    next_kill = time.time() + rng.expovariate(1 / args.kill_every)
    try:
        while time.time() < deadline:
            time.sleep(0.3)
            pending, ages = _open_actions(db, account_id)
            over |= {i for i, age in ages.items() if age > args.lease + LEASE_SLACK_S}
            if pending == 0:
                break
            if kill and ages and workers.kills == 0:
                # The risky moment, once per phase: a write is in flight. On an idle machine
                # the handful of actions is done before any worker is --kill-every old, and
                # the run killed nobody (CI, 2026-11-30: kills=0 on both servers).
                workers.kill_one(rng, 0.0)
            elif kill and time.time() >= next_kill:
                workers.kill_one(rng, args.kill_every)
                next_kill = time.time() + rng.expovariate(1 / args.kill_every)
    finally:
        workers.stop()
    return workers.kills, len(over)


# --- reading the servers back -------------------------------------------------------------


@dataclass
class Check:
    duplicate_follows: int = 0
    duplicate_replies: int = 0
    duplicate_dms: int = 0
    disagreements: list[str] = field(default_factory=list)


def _actions(db: str, account_id: int) -> list[ActionRow]:
    store = open_store(db)
    with store.session() as s:
        rows = list(s.scalars(select(ActionRow).where(ActionRow.brand_account_id == account_id)))
        s.expunge_all()
    store.dispose()
    return rows


async def _check_bluesky(setup: Setup, rows: list[ActionRow]) -> Check:
    from followback.connectors.bluesky import BlueskyConnector

    conn = BlueskyConnector(setup.handle, setup.credentials, setup.upstream)
    check = Check()
    follows = Counter(
        str(r["value"].get("subject")) for r in await conn._own_records("app.bsky.graph.follow", 5)
    )
    posts = Counter(
        (
            str(((r["value"].get("reply") or {}).get("parent") or {}).get("uri")),
            r["value"].get("text"),
        )
        for r in await conn._own_records("app.bsky.feed.post", 5)
    )
    await conn.aclose()
    check.duplicate_follows = sum(n - 1 for n in follows.values() if n > 1)
    check.duplicate_replies = sum(n - 1 for n in posts.values() if n > 1)
    for row in rows:
        done = row.state == ActionState.DONE.value
        if row.kind == ActionKind.FOLLOW.value and done != (follows[row.target] > 0):
            check.disagreements.append(
                f"follow {row.target}: {row.state}, server {follows[row.target]}"
            )
        if row.kind == ActionKind.REPLY.value:
            on_server = posts[(row.target, row.payload.get("text"))]
            if done != (on_server > 0):
                check.disagreements.append(f"reply {row.id}: {row.state}, server {on_server}")
    return check


def _normal(html: str) -> str:
    from followback.connectors.payload import strip_html

    return " ".join(strip_html(html).split())


async def _check_mastodon(setup: Setup, rows: list[ActionRow]) -> Check:
    from followback.connectors.mastodon import MastodonConnector

    conn = MastodonConnector(setup.upstream, setup.credentials["access_token"])
    statuses = await conn._own_recent()  # public statuses and DMs (from the home timeline)
    check = Check()
    for row in rows:
        done = row.state == ActionState.DONE.value
        if row.kind == ActionKind.FOLLOW.value:
            following = (await conn.get_relationship(row.target)).following
            if done != following:
                check.disagreements.append(f"follow {row.target}: {row.state}, server {following}")
            continue
        text = str(row.payload.get("text", ""))
        found = [st for st in statuses if text in _normal(str(st.get("content") or ""))]
        if row.kind == ActionKind.REPLY.value:
            check.duplicate_replies += max(0, len(found) - 1)
        else:
            check.duplicate_dms += max(0, len(found) - 1)
        if done != bool(found):
            check.disagreements.append(f"{row.kind} {row.id}: {row.state}, server {len(found)}")
    await conn.aclose()
    return check


# --- main ---------------------------------------------------------------------------------


async def _prepare(platform: str, args: argparse.Namespace) -> Setup | None:
    if platform == "bluesky":
        url = os.environ.get("FOLLOWBACK_TEST_BLUESKY_URL")
        control = os.environ.get("FOLLOWBACK_TEST_BLUESKY_CONTROL")
        return await _bluesky(url, control, args.peers) if url and control else None
    url = os.environ.get("FOLLOWBACK_TEST_MASTODON_URL")
    servers = Path(os.environ.get("FOLLOWBACK_SERVERS_DIR", ROOT / ".tmp" / "servers"))
    cache = Path(os.environ.get("FOLLOWBACK_CACHE_DIR", Path.home() / ".cache" / "followback"))
    snac, data = cache / "snac2/root/usr/bin/snac", servers / "snac" / "data"
    if not url or not snac.exists() or not data.exists():
        return None
    return await _mastodon(url, str(snac), str(data), args.peers)


def run_platform(platform: str, args: argparse.Namespace, rng: random.Random) -> bool:
    t0 = time.time()
    setup = asyncio.run(_prepare(platform, args))
    if setup is None:
        print(f"soak[{platform}]: not run: the local server is not running (see scripts/start-*)")
        return False
    proxy = FaultProxy(setup.upstream, WRITE_FAULTS, READ_FAULTS, seed=rng.randrange(1 << 30))
    proxy.start()
    tmp = Path(tempfile.mkdtemp(prefix="followback-soak-servers-"))
    db = f"sqlite:///{tmp / 'soak.db'}"
    open_store(db).dispose()  # migrate once, before the workers start
    env_key = "FOLLOWBACK_SECRET_KEY"
    if not os.environ.get(env_key):
        from cryptography.fernet import Fernet

        os.environ[env_key] = Fernet.generate_key().decode()
    account_id = _enqueue(db, setup, proxy.url, (ActionKind.FOLLOW, ActionKind.REPLY))
    kills, over = _phase(db, account_id, args, rng, time.time() + args.seconds)
    if setup.dms:  # a DM needs the follow-back: a second phase once the follows are done
        _enqueue(db, setup, proxy.url, (ActionKind.DM,))
        more, over2 = _phase(db, account_id, args, rng, time.time() + args.seconds)
        kills, over = kills + more, over + over2
    # Then the workers run on without kills (faults still on) for a bounded while: what is
    # still open after that was not reconciled.
    _, over3 = _phase(db, account_id, args, rng, time.time() + args.seconds, kill=False)
    over += over3
    proxy.stop()
    rows = _actions(db, account_id)
    check = asyncio.run(
        (_check_bluesky if setup.platform is Platform.BLUESKY else _check_mastodon)(setup, rows)
    )
    unreconciled = sum(r.state != ActionState.DONE.value for r in rows)
    for r in rows:
        if r.state != ActionState.DONE.value:
            log(f"{platform}: {r.kind} {r.id} {r.state} after {r.attempts} attempts: {r.error}")
    for problem in check.disagreements[:10]:
        log(f"{platform}: {problem}")
    print(
        f"soak[{platform}]: actions={len(rows)} faults={sum(proxy.counts.values())} "
        f"kills={kills} duplicate_follows={check.duplicate_follows} "
        f"duplicate_replies={check.duplicate_replies} duplicate_dms={check.duplicate_dms} "
        f"unreconciled={unreconciled} over_lease={over} "
        f"disagreements={len(check.disagreements)} seconds={time.time() - t0:.1f}",
        flush=True,
    )
    log(f"{platform}: faults by kind {dict(proxy.counts)}")
    return not (
        check.duplicate_follows
        or check.duplicate_replies
        or check.duplicate_dms
        or unreconciled
        or over
        or check.disagreements
    )


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        db, account_id, lease, until = sys.argv[2:6]
        worker(db, int(account_id), float(lease), float(until))
        return 0
    p = argparse.ArgumentParser(description="followback server soak (local Bluesky and snac2)")
    p.add_argument("--seconds", type=float, default=40.0, help="bound of each phase")
    p.add_argument("--peers", type=int, default=4)
    p.add_argument("--procs", type=int, default=2, help="worker processes")
    p.add_argument("--lease", type=float, default=8.0, help="outbox lease, seconds")
    p.add_argument("--kill-every", type=float, default=5.0, help="mean seconds between kills")
    p.add_argument("--platforms", default="bluesky,mastodon")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument(
        "--no-read-back",
        action="store_true",
        help="baseline: workers retry without reading back first (expect duplicates)",
    )
    args = p.parse_args()
    if args.no_read_back:
        os.environ["SOAK_NO_READ_BACK"] = "1"
    rng = random.Random(args.seed)
    ok = [run_platform(name, args, rng) for name in args.platforms.split(",")]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
