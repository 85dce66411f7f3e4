"""A planted complaint spike reaches a chat channel after one ``run --once`` service run."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest

from followback.config import NotifySettings
from followback.domain import FollowMode, InboundMessage, MessageKind, Platform
from followback.store import AccountRepo, open_store
from followback.store.inbox import InboxRepo
from followback.workers.service import ServiceOptions, run_service
from notify_support import http_receiver

pytestmark = pytest.mark.slow


def test_planted_spike_is_delivered_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWBACK_SANDBOX_URL", raising=False)
    from followback.services.connect import connector_for

    store = open_store(f"sqlite:///{tmp_path / 'fb.db'}")
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.DRY_RUN)
    # The sandbox lives in simulated time: plant the complaints on its calendar.
    now = connector_for(store, account_id).network.time()  # type: ignore[attr-defined]
    with store.session() as s:
        repo = InboxRepo(s)
        n = 0
        for back in range(28, -1, -1):  # one complaint a day, then 60 today
            for _ in range(1 if back else 60):
                n += 1
                day = (now - timedelta(days=back)).replace(hour=0, minute=0)
                msg = InboundMessage(
                    Platform.SANDBOX,
                    f"planted{n}",
                    f"u{n}",
                    f"u{n}",
                    "broken",
                    MessageKind.HEARD,
                    day,
                )
                repo.record_inbound(account_id, msg, classification={"is_complaint": True}, at=now)
    with http_receiver() as chat:
        notify = NotifySettings(
            channels=[{"name": "chat", "kind": "chat", "url": chat.url, "kinds": ["listen"]}]
        )
        for _ in range(2):  # the second run finds the same spike: no second alert today
            options = ServiceOptions(once=True, queue=False, notify=notify)
            summary = asyncio.run(run_service(store, options, install_signals=False))
            assert summary.outcomes == {"ok": 1}
    texts = [json.loads(r["body"])["text"] for r in chat.requests]
    assert len(texts) == 1 and "spiking" in texts[0] and "acme" in texts[0]
    store.dispose()
