"""Platform evaluation: a brand on a local server, a population of followers made through
the platform's API, ``followback run --once``, and the decisions tallied per kind.

``evaluate(platform, personas)`` returns an :class:`Outcome` per follower; ``tally``
turns outcomes into the shares the issue asks for (people recommended, unwanted screened
out, each sent to review). Shared by ``tests/integration/test_platform_screening.py`` and
``bench/bench_platform_eval.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connector_support import SNAC_TIMEOUT_S, snac_drained, snac_paths
from platform_population import (
    BLOCKED_KEYWORD,
    GENUINE,
    BlueskyPopulation,
    Created,
    Persona,
    SnacPopulation,
    filler,
)
from platform_population_desks import BRAND_NAME

BLUESKY_URL = os.environ.get("FOLLOWBACK_TEST_BLUESKY_URL")
BLUESKY_CONTROL = os.environ.get("FOLLOWBACK_TEST_BLUESKY_CONTROL")
MASTODON_URL = os.environ.get("FOLLOWBACK_TEST_MASTODON_URL")


@dataclass(frozen=True)
class Outcome:
    persona: Persona
    verdict: str  # follow (recommended), review (needs a look), skip (screened out), none
    bot_score: float | None
    reasons: tuple[str, ...]


def available(platform: str) -> bool:
    """The platform's local server is configured (and answers)."""
    import httpx

    if platform == "bluesky":
        url = f"{BLUESKY_CONTROL}/info" if BLUESKY_URL and BLUESKY_CONTROL else None
    else:
        url = f"{MASTODON_URL}/api/v1/instance" if MASTODON_URL and snac_paths() else None
    if url is None:
        return False
    try:
        return httpx.get(url, timeout=SNAC_TIMEOUT_S).status_code == 200
    except httpx.HTTPError:
        return False


async def _populate(
    platform: str, personas: Sequence[Persona], seed: int, fillers: int
) -> tuple[dict[str, str], list[Created], int]:
    """Brand credentials (for ``followback connect``), the created followers, API calls."""
    rng = random.Random(seed)
    if platform == "bluesky":
        assert BLUESKY_URL and BLUESKY_CONTROL
        pop: Any = BlueskyPopulation(BLUESKY_URL, BLUESKY_CONTROL)
        brand = await pop.account("evalbrand")
        # A brand has a name (support desks that bear it are impersonators).
        await pop._xrpc(brand["jwt"], "com.atproto.repo.putRecord", {
            "repo": brand["did"], "collection": "app.bsky.actor.profile", "rkey": "self",
            "record": {"$type": "app.bsky.actor.profile", "displayName": BRAND_NAME},
        })  # fmt: skip
        creds = {
            "handle": brand["handle"],
            "app_password": brand["appPassword"],
            "remote_id": brand["did"],
        }
    else:
        assert MASTODON_URL
        assert snac_paths() is not None
        pop = SnacPopulation(MASTODON_URL)
        name, token = await pop.user("evalbrand")
        creds = {"handle": name, "token": token}
        me = await pop._api(
            token, "PATCH", "/api/v1/accounts/update_credentials",
            files={"display_name": (None, BRAND_NAME)},
        )  # fmt: skip
        creds["remote_id"] = str(me["id"])
    try:
        created = [await pop.create(p.for_brand(BRAND_NAME), rng) for p in personas]
        extra = [await pop.create(filler(i), rng) for i in range(fillers)]
        brand = creds["remote_id" if platform == "bluesky" else "handle"]
        await pop.act([*created, *extra], brand, rng)
        # Every follow is delivered (the brand's notifications list them), and the
        # thousands of deliveries among the population are done before the next test
        # uses snac: they held up other tests' mentions by a minute (CI, 2026-11-30).
        if platform == "mastodon" and not await snac_drained():
            warnings.warn("snac's delivery queue did not empty in 4 minutes", stacklevel=1)
        return creds, created, pop.calls
    finally:
        await pop.aclose()


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "followback.cli", *args],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        cwd=cwd,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"followback {args[0]} failed: {proc.stderr[-3000:]}")
    out = proc.stdout
    return dict(json.loads(out[out.index("{") :])) if "{" in out else {}


def _config(tmp: Path, platform: str, handle: str, server: str) -> Path:
    path = tmp / "followback.toml"
    path.write_text(
        "[[accounts]]\n"
        f'platform = "{platform}"\nhandle = "{handle}"\nserver = "{server}"\nmode = "review"\n'
        "[accounts.policy]\n"
        f'blocked_keywords = ["{BLOCKED_KEYWORD}"]\n',
        encoding="utf-8",
    )
    return path


def _stored_handle(platform: str, creds: dict[str, str], server: str) -> str:
    # ``connect mastodon`` stores the account as user@host, and the config must match it.
    if platform == "mastodon":
        from urllib.parse import urlsplit

        return f"{creds['handle']}@{urlsplit(server).hostname}"
    return creds["handle"]


def evaluate(
    platform: str, personas: Sequence[Persona], tmp: Path, *, seed: int = 0, fillers: int = 0
) -> tuple[list[Outcome], dict[str, Any]]:
    """Make ``personas`` follow a new brand on ``platform``, run ``followback run --once``
    on a fresh database and read back each follower's decision. ``fillers`` empty accounts
    are made for bought and spam followers to follow (so they follow many)."""
    from cryptography.fernet import Fernet
    from sqlalchemy import select

    from followback.store import open_store
    from followback.store.tables import AuditRow, DecisionRow

    creds, created, calls = asyncio.run(_populate(platform, personas, seed, fillers))
    server = BLUESKY_URL if platform == "bluesky" else MASTODON_URL
    assert server
    db = f"sqlite:///{tmp / 'eval.db'}"
    env = {
        **os.environ,
        "FOLLOWBACK_SECRET_KEY": Fernet.generate_key().decode(),
        "FOLLOWBACK_CONFIG": str(
            _config(tmp, platform, _stored_handle(platform, creds, server), server)
        ),
    }
    # The secret travels in the environment, never on the command line.
    secret = creds["app_password"] if platform == "bluesky" else creds["token"]
    connect = ["connect", platform, "--handle", creds["handle"], "--server", server]
    _cli(
        [*connect, "--mode", "review", "--db", db, "--json"],
        {**env, "FOLLOWBACK_CONNECT_TOKEN": secret},
        tmp,
    )
    summary = _cli(["run", "--once", "--db", db, "--json"], env, tmp)
    jobs = summary.get("jobs", {})
    if set(jobs) - {"ok"}:
        raise RuntimeError(f"followback run --once did not complete its cycle: {jobs}")
    store = open_store(db)
    try:
        with store.session() as s:
            rows = {
                r.remote_id: r
                for r in s.scalars(select(DecisionRow).where(DecisionRow.superseded.is_(False)))
            }
            audit = s.scalars(
                select(AuditRow).where(AuditRow.verb == "decide").order_by(AuditRow.id.desc())
            ).first()
            decide = dict(audit.detail) if audit else {}
    finally:
        store.dispose()
    outcomes = []
    for c in created:
        row = rows.get(c.remote_id)
        reasons = tuple(str(r.get("text", r)) for r in (row.reasons if row else []))
        outcomes.append(
            Outcome(
                c.persona, row.verdict if row else "none", row.bot_score if row else None, reasons
            )
        )
    return outcomes, {"setup_calls": calls, "run": summary, "decide": decide}


def tally(outcomes: Sequence[Outcome]) -> dict[str, dict[str, float]]:
    """Per group (``people``, each unwanted kind, ``unwanted``): n and verdict shares."""
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault("people" if o.persona.kind in GENUINE else "unwanted", []).append(o)
        groups.setdefault(o.persona.kind, []).append(o)
    out: dict[str, dict[str, float]] = {}
    for name, items in groups.items():
        counts = Counter(o.verdict for o in items)
        n = len(items)
        out[name] = {"n": n, **{v: counts[v] / n for v in ("follow", "review", "skip", "none")}}
    return out
