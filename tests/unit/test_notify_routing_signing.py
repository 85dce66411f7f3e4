"""Notification events: routing to channels, webhook signatures, payload shapes."""

from __future__ import annotations

import pytest

from followback.config import NotifyChannelSettings, NotifySettings
from followback.domain.errors import ConfigError
from followback.notify import (
    NotifyEvent,
    Severity,
    chat_payload,
    email_message,
    routes_to,
    sign,
    verify,
    webhook_payload,
)


def _chat(**kw: object) -> NotifyChannelSettings:
    return NotifyChannelSettings(name="c", kind="chat", url="https://chat.invalid/hook", **kw)


def test_severity_filters_channels() -> None:
    ch = _chat(min_severity="warning")
    assert not routes_to(ch, NotifyEvent("x.y", "t", severity=Severity.INFO))
    assert routes_to(ch, NotifyEvent("x.y", "t", severity=Severity.WARNING))
    assert routes_to(ch, NotifyEvent("x.y", "t", severity=Severity.CRITICAL))


def test_kind_prefixes_and_disabled_channels() -> None:
    ch = _chat(kinds=["listen"])
    assert routes_to(ch, NotifyEvent("listen.spike", "t"))
    assert routes_to(ch, NotifyEvent("listen", "t"))
    assert not routes_to(ch, NotifyEvent("listening.other", "t"))
    assert not routes_to(ch, NotifyEvent("inbox.sla", "t"))
    assert not routes_to(_chat(enabled=False), NotifyEvent("listen.spike", "t"))


def test_event_needs_kind_and_title_and_has_a_stable_key() -> None:
    with pytest.raises(ValueError, match="kind"):
        NotifyEvent(" ", "t")
    with pytest.raises(ValueError, match="title"):
        NotifyEvent("k", "")
    a = NotifyEvent("k", "t", url="u", brand_account_id=1)
    assert a.dedupe_key == NotifyEvent("k", "t", url="u", brand_account_id=1).dedupe_key
    assert a.dedupe_key != NotifyEvent("k", "t", url="u", brand_account_id=2).dedupe_key
    assert NotifyEvent("k", "t", key="mine").dedupe_key == "mine"
    assert NotifyEvent("k", "t", severity="critical").severity is Severity.CRITICAL  # type: ignore[arg-type]


def test_signature_round_trip_and_tampering() -> None:
    body = b'{"kind":"listen.spike"}'
    sig = sign("s3cret", "1700000000", body)
    assert sig.startswith("sha256=") and len(sig) == 7 + 64
    assert verify("s3cret", "1700000000", body, sig, now=1700000100)
    assert not verify("s3cret", "1700000000", body + b" ", sig)
    assert not verify("other", "1700000000", body, sig)
    assert not verify("s3cret", "1700000001", body, sig)
    assert not verify("s3cret", "1700000000", body, sig, now=1700009999)  # too old: replay
    assert not verify("s3cret", "not-a-time", body, sig, now=1700000000)


def test_payloads_carry_the_event() -> None:
    event = NotifyEvent(
        "listen.spike",
        "Complaints spiking",
        body="12 today",
        url="https://fb.invalid/inbox",
        severity=Severity.CRITICAL,
        fields={"baseline": "2"},
    )
    hook = webhook_payload(event)
    assert hook["kind"] == "listen.spike" and hook["severity"] == "critical"
    assert hook["fields"] == {"baseline": "2"}
    text = str(chat_payload(event)["text"])
    assert "*[CRITICAL] Complaints spiking*" in text
    assert "<https://fb.invalid/inbox|Open in followback>" in text
    mail = email_message(
        NotifyChannelSettings(name="m", kind="email", to=["a@x.invalid"], from_addr="f@x.invalid"),
        event,
    )
    assert mail["Subject"] == "[CRITICAL] Complaints spiking"
    assert "baseline: 2" in mail.get_content()


def test_bad_channel_settings_are_named() -> None:
    from followback.config import Settings

    with pytest.raises(ValueError, match="needs `to` and `from_addr`"):
        NotifyChannelSettings(name="m", kind="email", to=["a@x.invalid"])
    with pytest.raises(ValueError, match="http"):
        NotifyChannelSettings(name="w", kind="webhook", url="ftp://x")
    with pytest.raises(ValueError, match="unique"):
        NotifySettings(channels=[_chat(), _chat()])
    assert Settings(notify={"channels": [{"name": "c", "kind": "chat", "url": "https://a"}]})
    assert ConfigError  # the loader turns these into ConfigError naming the key
