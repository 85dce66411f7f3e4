"""Listening end to end on the local AT Protocol network: posts that name the brand without an
@ reach the inbox after ``followback run --once``, classified, once; a mention stays one message.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select
from typer.testing import CliRunner

from connector_support import BLUESKY_URL, bluesky_account, bluesky_process
from followback.cli.main import app
from followback.store import open_store
from followback.store.tables import ConversationRow, MessageRow

pytestmark = [
    pytest.mark.bluesky,
    pytest.mark.slow,
    pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
]

KEY = Fernet.generate_key().decode()


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


async def _post_as(account: dict[str, str], text: str, facets: list[dict] | None = None) -> str:
    from followback.connectors.bluesky import BlueskyConnector

    assert BLUESKY_URL
    conn = BlueskyConnector(
        account["handle"], {"app_password": account["appPassword"]}, BLUESKY_URL
    )
    try:
        record: dict[str, object] = {"text": text, "createdAt": _now()}
        if facets:
            record["facets"] = facets
        return await conn._create_record("app.bsky.feed.post", record, "post")
    finally:
        await conn.aclose()


def _run_once(tmp_path: Path, db: str, config: Path) -> dict[str, object]:
    env = {**os.environ, "FOLLOWBACK_SECRET_KEY": KEY, "FOLLOWBACK_CONFIG": str(config)}
    env.pop("FOLLOWBACK_SANDBOX_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "followback.cli", "run", "--once", "--db", db, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return dict(json.loads(proc.stdout))


def test_heard_posts_reach_the_inbox_once(tmp_path: Path) -> None:
    brand, peer = bluesky_account("brand"), bluesky_account("peer")
    name = f"zq{secrets.token_hex(3)} outdoors"  # a brand name nobody else posts
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    connected = CliRunner().invoke(
        app,
        [
            "connect",
            "bluesky",
            "--handle",
            brand["handle"],
            "--server",
            str(BLUESKY_URL),
            "--token-stdin",
            "--db",
            db,
            "--json",
        ],
        input=brand["appPassword"] + "\n",
        env={"FOLLOWBACK_SECRET_KEY": KEY},
    )
    assert connected.exit_code == 0, connected.output
    config = tmp_path / "followback.toml"
    config.write_text(
        f'[[accounts]]\nplatform = "bluesky"\nhandle = "{brand["handle"]}"\n'
        f'[accounts.listen]\nkeywords = ["{name}"]\nexclude = ["{name} corp"]\n',
        encoding="utf-8",
    )
    complaint = f"my {name} tent leaked all night and support never answered. terrible, refund me"
    heard_uri = asyncio.run(_post_as(peer, complaint))
    asyncio.run(_post_as(peer, f"{name} corp announces quarterly results"))  # excluded
    mention_text = f"@{brand['handle']} is {name} open on sundays?"
    end = len(f"@{brand['handle']}".encode())
    mention_uri = asyncio.run(
        _post_as(
            peer,
            mention_text,
            [
                {
                    "index": {"byteStart": 0, "byteEnd": end},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": brand["did"]}],
                }
            ],
        )
    )
    bluesky_process()

    first = _run_once(tmp_path, db, config)
    assert first["jobs"] == {"ok": 1}
    store = open_store(db)
    with store.session() as s:
        rows = {m.remote_id: m for m in s.scalars(select(MessageRow))}
        heard = rows[heard_uri]
        assert heard.kind == "heard" and heard.author_id == peer["did"]
        assert heard.classification["is_complaint"] is True
        assert {"severity", "sentiment", "intent"} <= set(heard.classification)
        conv = s.get(ConversationRow, heard.conversation_id)
        assert conv is not None and "heard" in conv.tags and conv.is_complaint
        # The mention is one message, a mention (the mentions stream owns it).
        assert rows[mention_uri].kind == "mention"
        assert not any("corp announces" in m.text for m in rows.values())
        count = len(rows)
    store.dispose()

    _run_once(tmp_path, db, config)
    store = open_store(db)
    with store.session() as s:
        again = list(s.scalars(select(MessageRow)))
        assert len(again) == count
        assert sum(m.remote_id == heard_uri for m in again) == 1
    store.dispose()
