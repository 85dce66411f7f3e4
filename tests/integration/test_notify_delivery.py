"""Notifications delivered to a local SMTP server and a local HTTP receiver, with retries."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from followback.config import NotifyChannelSettings, NotifySettings
from followback.domain import UserError
from followback.notify import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    NotifyEvent,
    Severity,
    deliver_pending,
    notify,
    record_notification,
    send_test,
    verify,
)
from followback.store import Store
from followback.store.audit import AuditRepo
from followback.store.notifications import NotificationRepo
from notify_support import http_receiver, smtp_receiver

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SPIKE = NotifyEvent(
    "listen.spike",
    "Complaints about Acme are spiking",
    body="14 complaints today against a usual 2",
    url="http://127.0.0.1/inbox",
    severity=Severity.CRITICAL,
)


class Sleeps(list[float]):
    def __call__(self, s: float) -> None:
        self.append(s)


def _settings(*channels: NotifyChannelSettings, **kw: object) -> NotifySettings:
    return NotifySettings(channels=list(channels), backoff_s=0.5, **kw)


def test_email_reaches_the_smtp_server(store: Store) -> None:
    with smtp_receiver() as smtp:
        ch = NotifyChannelSettings(
            name="ops",
            kind="email",
            to=["ops@brand.invalid", "lead@brand.invalid"],
            from_addr="followback@brand.invalid",
            smtp_host=smtp.host,
            smtp_port=smtp.port,
        )
        report = notify(store, _settings(ch), SPIKE, clock=lambda: NOW)
    assert [d.state for d in report.sent] == ["sent"]
    (msg,) = smtp.messages
    assert msg["Subject"] == "[CRITICAL] Complaints about Acme are spiking"
    assert "14 complaints today" in msg.get_payload()
    assert smtp.envelopes == [
        ("followback@brand.invalid", ["ops@brand.invalid", "lead@brand.invalid"])
    ]


def test_signed_webhook_verifies_and_chat_gets_slack_text(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FB_HOOK_SECRET", "whsec-test")
    with http_receiver() as hook, http_receiver() as chat:
        settings = _settings(
            NotifyChannelSettings(
                name="hook", kind="webhook", url=hook.url + "/in", secret_env="FB_HOOK_SECRET"
            ),
            NotifyChannelSettings(name="chat", kind="chat", url=chat.url + "/services/T/B/X"),
        )
        report = notify(store, settings, SPIKE, clock=lambda: NOW)
    assert sorted(d.channel for d in report.sent) == ["chat", "hook"]
    (req,) = hook.requests
    headers = {k.lower(): v for k, v in req["headers"].items()}
    assert verify(
        "whsec-test",
        headers[TIMESTAMP_HEADER.lower()],
        req["body"],
        headers[SIGNATURE_HEADER.lower()],
        now=time.time(),
    )
    assert json.loads(req["body"])["kind"] == "listen.spike"
    assert json.loads(chat.requests[0]["body"])["text"].startswith("*[CRITICAL] Complaints")


def test_retries_with_backoff_then_succeeds_and_logs_tries(store: Store) -> None:
    sleeps = Sleeps()
    with http_receiver() as hook:
        hook.statuses = [500, 503]
        ch = NotifyChannelSettings(name="hook", kind="webhook", url=hook.url)
        report = notify(store, _settings(ch), SPIKE, clock=lambda: NOW, sleep=sleeps)
    assert len(hook.requests) == 3
    assert sleeps == [0.5, 1.0]  # doubling waits between tries
    (d,) = report.sent
    assert d.attempts == 3 and d.error is None and d.sent_at == NOW


def test_unreachable_channel_stays_pending_then_fails_after_max_attempts(store: Store) -> None:
    with http_receiver() as hook:
        hook.statuses = [500] * 20
        ch = NotifyChannelSettings(name="hook", kind="webhook", url=hook.url)
        settings = _settings(ch, attempts=2, max_attempts=4)
        first = notify(store, settings, SPIKE, clock=lambda: NOW, sleep=Sleeps())
        assert [d.state for d in first.retrying] == ["pending"]
        assert first.retrying[0].error is not None and "HTTP 500" in first.retrying[0].error
        # Not due again at once: the next run waits.
        assert deliver_pending(store, settings, clock=lambda: NOW, sleep=Sleeps()).all == []
        later = NOW + timedelta(hours=2)
        second = deliver_pending(store, settings, clock=lambda: later, sleep=Sleeps())
    assert [d.state for d in second.failed] == ["failed"]
    assert second.failed[0].attempts == 4
    assert len(hook.requests) == 4


def test_same_event_twice_is_sent_once(store: Store) -> None:
    with http_receiver() as chat:
        settings = _settings(NotifyChannelSettings(name="chat", kind="chat", url=chat.url))
        notify(store, settings, SPIKE, clock=lambda: NOW)
        again = notify(store, settings, SPIKE, clock=lambda: NOW)
    assert again.all == []
    assert len(chat.requests) == 1


def test_event_queued_in_a_transaction_is_routed_at_delivery(store: Store) -> None:
    with http_receiver() as chat:
        settings = _settings(
            NotifyChannelSettings(name="chat", kind="chat", url=chat.url),
            NotifyChannelSettings(
                name="quiet", kind="chat", url=chat.url + "/q", min_severity="critical"
            ),
        )
        event = NotifyEvent("inbox.assigned", "Assigned to you", severity=Severity.INFO)
        with store.session() as s:
            # Queued at the test's clock: with the wall clock it was due only before NOW (12:00 UTC
            # on 2026-11-30) and the test failed every day after that hour.
            assert len(record_notification(s, event, at=NOW)) == 1
        report = deliver_pending(store, settings, clock=lambda: NOW)
    assert [d.channel for d in report.sent] == ["chat"]
    assert [r["path"] for r in chat.requests] == ["/"]
    with store.session() as s:
        log = NotificationRepo(s).list_recent()
    assert [(d.channel, d.state) for d in log] == [("chat", "sent")]


def test_rolled_back_change_sends_nothing(store: Store) -> None:
    settings = _settings(NotifyChannelSettings(name="chat", kind="chat", url="http://127.0.0.1:9"))
    with pytest.raises(RuntimeError), store.session() as s:
        record_notification(s, SPIKE)
        raise RuntimeError("the change failed")
    assert deliver_pending(store, settings, clock=lambda: NOW).all == []


def test_send_test_reaches_the_named_channel_and_is_audited(store: Store) -> None:
    with http_receiver() as chat, smtp_receiver() as smtp:
        settings = _settings(
            NotifyChannelSettings(
                name="chat", kind="chat", url=chat.url, min_severity="critical", kinds=["x"]
            ),
            NotifyChannelSettings(
                name="mail",
                kind="email",
                to=["a@brand.invalid"],
                from_addr="f@brand.invalid",
                smtp_host=smtp.host,
                smtp_port=smtp.port,
            ),
        )
        report = send_test(store, settings, actor="ana", channel="chat", clock=lambda: NOW)
        assert [d.channel for d in report.sent] == ["chat"] and not smtp.messages
        both = send_test(store, settings, actor="ana", clock=lambda: NOW + timedelta(seconds=1))
        assert sorted(d.channel for d in both.sent) == ["chat", "mail"]
        with pytest.raises(UserError, match="no enabled channel named 'nope'"):
            send_test(store, settings, actor="ana", channel="nope")
    with store.session() as s:
        assert [e.verb for e in AuditRepo(s).list(verb="notify.test")] == ["notify.test"] * 2


def test_rejected_recipient_is_an_error_not_a_silent_success(store: Store) -> None:
    with smtp_receiver() as smtp:
        smtp.fail_next = 1
        ch = NotifyChannelSettings(
            name="ops",
            kind="email",
            to=["reject@brand.invalid"],
            from_addr="f@brand.invalid",
            smtp_host=smtp.host,
            smtp_port=smtp.port,
        )
        report = notify(store, _settings(ch, attempts=2), SPIKE, clock=lambda: NOW, sleep=Sleeps())
    (d,) = report.retrying
    assert d.attempts == 2 and d.error is not None and "refused" in d.error.lower()
