"""``followback x webhook register|status|remove`` and the webhook path of the sync, against
recorded X answers (vcrpy cassettes written from docs.x.com by write_cassettes.py; replay
only: any request not recorded fails the test, and every recorded one must be sent)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select
from typer.testing import CliRunner

from connector_support import replay_only
from followback.actions.x_webhook import record_x_webhook_delivery
from followback.cli.main import app
from followback.connectors.retry import RetryPolicy
from followback.connectors.x import XConnector
from followback.domain import Direction, FollowMode, Platform
from followback.domain.errors import UserError
from followback.engine.rulegate import FACT_X_ACTIVITY
from followback.services.sync import STREAM_FOLLOWERS
from followback.store import AccountRepo, Store, open_store
from followback.store.edges import EdgeRepo, TrackingStateRepo
from followback.store.facts import FactRepo
from followback.store.tables import AuditRow, FollowEventRow
from followback.store.x_webhooks import XWebhookRepo

pytestmark = pytest.mark.x

ME, ZOE, TOMAS = "1500000000000000001", "1600000000000000011", "1600000000000000013"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
KEY = Fernet.generate_key()
CONSUMER_SECRET = "consumer-secret-of-the-x-app-42"
APP_TOKEN = "AAAAAAAAAAAAAAAAAAAAAapp-bearer-token-42"
PUBLIC = "https://followback.example.com"
WEBHOOK_ID = "1976325569252868200"

recorded = replay_only("x")


def _tape(name: str) -> Any:
    return recorded.use_cassette(f"{name}.yaml", allow_playback_repeats=False)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[str, Store]]:
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(url)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acmecoffee", ME, FollowMode.REVIEW)
    assert account_id == 1  # the recorded webhook URL is /hooks/x/1
    yield url, store
    store.dispose()


def _cli(url: str, *args: str) -> tuple[int, str, BaseException | None]:
    env = {
        "FOLLOWBACK_SECRET_KEY": KEY.decode(),
        "FOLLOWBACK_X_CONSUMER_SECRET": CONSUMER_SECRET,
        "FOLLOWBACK_X_APP_BEARER_TOKEN": APP_TOKEN,
        "FOLLOWBACK_MEMBER": "ana",
    }
    result = CliRunner().invoke(app, ["x", "webhook", *args, "--db", url, "--json"], env=env)
    return result.exit_code, result.output, result.exception


def _json(out: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out[out.index("{") :])
    return data


def test_register_creates_the_webhook_and_points_the_stream_subscriptions_at_it(
    db: tuple[str, Store],
) -> None:
    url, store = db
    with _tape("webhook_register") as tape:
        code, out, _ = _cli(url, "register", "--public-url", PUBLIC)
        assert tape.all_played, "a recorded request was not sent"
    assert code == 0, out
    data = _json(out)
    assert data["webhook_id"] == WEBHOOK_ID and data["url"] == f"{PUBLIC}/hooks/x/1"
    assert data["subscription_ids"] == ["1976325569252868096", "1976325569252868097"]
    assert not data["reused"]
    assert CONSUMER_SECRET not in out and APP_TOKEN not in out
    with store.read() as s:
        hook = XWebhookRepo(s).find(1)
        audit = s.scalars(select(AuditRow).where(AuditRow.verb == "x.webhook.register")).one()
    assert hook is not None and hook.webhook_id == WEBHOOK_ID
    # Encrypted at rest: neither secret is readable in the stored bytes.
    assert CONSUMER_SECRET.encode() not in hook.secrets and APP_TOKEN.encode() not in hook.secrets
    assert audit.actor == "ana" and audit.detail["webhook_id"] == WEBHOOK_ID


def test_register_again_revalidates_an_invalid_webhook_and_creates_missing_subscriptions(
    db: tuple[str, Store],
) -> None:
    url, _ = db
    with _tape("webhook_register_again") as tape:
        code, out, _ = _cli(url, "register", "--public-url", PUBLIC)
        assert tape.all_played
    assert code == 0, out
    assert _json(out)["reused"] is True


def test_status_reports_x_s_verdict_and_remove_deletes_it_at_x_and_here(
    db: tuple[str, Store],
) -> None:
    url, store = db
    with _tape("webhook_register"):
        assert _cli(url, "register", "--public-url", PUBLIC)[0] == 0
    with _tape("webhook_status") as tape:
        code, out, _ = _cli(url, "status")
        assert tape.all_played
    assert code == 0, out
    assert _json(out)["valid"] is True and _json(out)["events_last_day"] == 0
    with _tape("webhook_remove") as tape:
        code, out, _ = _cli(url, "remove")
        assert tape.all_played
    assert code == 0, out and _json(out)["deleted_at_x"] is True
    with store.read() as s:
        assert XWebhookRepo(s).find(1) is None
        verbs = [a.verb for a in s.scalars(select(AuditRow).order_by(AuditRow.id))]
    assert verbs == ["x.webhook.register", "x.webhook.remove"]


def test_an_address_x_would_refuse_is_refused_before_any_call(db: tuple[str, Store]) -> None:
    url, store = db
    with _tape("webhook_no_calls"):
        for bad in ("http://followback.example.com", "https://followback.example.com:8443"):
            _, _, error = _cli(url, "register", "--public-url", bad)
            # A UserError: `followback` prints its message and exits with code 2.
            assert isinstance(error, UserError) and "webhook URL" in str(error)
    with store.read() as s:
        assert XWebhookRepo(s).find(1) is None


def _hooked(store: Store) -> None:
    from followback.credentials import encrypt_credentials

    sealed = encrypt_credentials({"consumer_secret": CONSUMER_SECRET, "app_bearer_token": "t"}, KEY)
    with store.session() as s:
        XWebhookRepo(s).save(
            1, url=f"{PUBLIC}/hooks/x/1", secrets=sealed, by="cli", at=NOW, webhook_id=WEBHOOK_ID
        )
        FactRepo(s).record(1, FACT_X_ACTIVITY, True, evidence="accepted", at=NOW)
        EdgeRepo(s).record_arrivals(
            1, Direction.FOLLOWER, [(TOMAS, NOW)], seen_at=NOW, via="sync", event=False
        )
        data = {"since_full": 0, "last_full_at": NOW.isoformat()}
        TrackingStateRepo(s).record(1, STREAM_FOLLOWERS, NOW, data=data)


def _connector() -> XConnector:
    conn = XConnector(
        {"access_token": "secret-access-token-123"},
        retry=RetryPolicy(attempts=1, initial_s=0, max_s=0, jitter_s=0),
    )
    conn._me = ME
    return conn


def test_with_a_webhook_the_sync_reads_no_stream_and_calls_x_not_at_all(
    db: tuple[str, Store],
) -> None:
    from followback.services.sync import sync_account

    _, store = db
    _hooked(store)
    with _tape("webhook_no_calls"):
        report = asyncio.run(sync_account(store, _connector(), 1, clock=lambda: NOW))
    assert report.source == "x_webhook" and not report.full
    assert report.calls_by_method == {} and report.records == 0


def test_an_event_read_from_the_stream_and_delivered_by_webhook_counts_once(
    db: tuple[str, Store],
) -> None:
    from followback.services.x_activity import read_x_follow_events

    _, store = db
    with _tape("activity_follow_events"):
        read = asyncio.run(read_x_follow_events(store, _connector(), 1, clock=lambda: NOW))
    assert read.arrivals == [ZOE]
    _hooked(store)
    # X delivers the stream's first event (same event id) to the webhook as well.
    user = {"data": {"id": ZOE, "username": "zoe_a"}}
    payload = {"source": user, "target": {"data": {"id": ME, "username": "acmecoffee"}}}
    event = {"event_uuid": "-7953119945885597316", "event_type": "follow.follow"}
    body = json.dumps({"data": {**event, "filter": {"user_id": ME}, "payload": payload}}).encode()
    digest = hmac.new(CONSUMER_SECRET.encode(), body, hashlib.sha256).digest()
    done = record_x_webhook_delivery(
        store,
        1,
        body,
        "sha256=" + base64.b64encode(digest).decode(),
        key=KEY,
        clock=lambda: NOW,
    )
    assert done.events == 1 and done.applied.repeats == 1 and done.applied.new == 0
    with store.read() as s:
        kinds = [e.kind for e in s.scalars(select(FollowEventRow).order_by(FollowEventRow.id))]
    assert kinds.count("followed") == 1


def test_status_says_plainly_when_the_stream_can_miss_events(db: tuple[str, Store]) -> None:
    url, store = db
    env = {"FOLLOWBACK_SECRET_KEY": KEY.decode()}

    def status() -> tuple[str, str]:
        shown = CliRunner().invoke(app, ["status", "--db", url], env=env)
        data = CliRunner().invoke(app, ["status", "--db", url, "--json"], env=env)
        assert shown.exit_code == 0 and data.exit_code == 0, shown.output
        return json.loads(data.output)["accounts"][0]["x_follow_events"], shown.output

    with store.session() as s:
        FactRepo(s).record(1, FACT_X_ACTIVITY, True, evidence="accepted", at=NOW)
    path, text = status()
    assert path == "stream"
    assert "missed" in " ".join(text.split()) and "safety net" in " ".join(text.split())
    _hooked(store)
    path, text = status()
    assert path == "webhook" and "no gaps" in " ".join(text.split())


def test_replay_asks_x_to_deliver_the_last_day_again(db: tuple[str, Store]) -> None:
    from followback.actions.x_webhook import request_x_webhook_replay
    from followback.connectors.x.webhook import XWebhookAdmin

    _, store = db
    _hooked(store)
    at = datetime(2026, 11, 30, 9, 0, 30, tzinfo=UTC)
    admin = XWebhookAdmin(APP_TOKEN)
    with _tape("webhook_replay") as tape:
        with pytest.raises(UserError, match="24 hours"):  # refused before any call
            request_x_webhook_replay(store, admin, 1, hours=48, by="ana", clock=lambda: at)
        done = request_x_webhook_replay(store, admin, 1, hours=24, by="ana", clock=lambda: at)
        assert tape.all_played
    assert done.job_id == "1976325569252868300"
    assert (done.since, done.until) == (
        datetime(2026, 11, 29, 9, 0, tzinfo=UTC),
        at.replace(second=0),
    )
    with store.read() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.verb == "x.webhook.replay")).one()
    assert audit.actor == "ana" and audit.detail["job_id"] == done.job_id


def test_a_registration_x_refuses_says_why_and_leaves_the_stream_in_place(
    db: tuple[str, Store],
) -> None:
    from followback.domain import RejectedError
    from followback.services.x_activity import describe_follow_path

    url, store = db
    with _tape("webhook_register_crc_failed") as tape:
        _, out, error = _cli(url, "register", "--public-url", PUBLIC)
        assert tape.all_played
    assert isinstance(error, RejectedError) and "CrcValidationFailed" in str(error)
    assert CONSUMER_SECRET not in out
    with store.read() as s:
        hook = XWebhookRepo(s).find(1)
    # The secrets stay stored (for the next try); no webhook id, so syncs keep the stream.
    assert hook is not None and hook.webhook_id == ""
    assert describe_follow_path(bool(hook.webhook_id), True, 96)[0] == "stream"
