"""Queue notifications, then deliver them with retries; every try is logged in the store.

Two steps, so a state change never waits on a mail server: :func:`record_notification`
queues an event inside the caller's transaction (it commits or rolls back with the change
that raised it), and :func:`deliver_pending` sends what is due after commit, retrying with
exponential backoff and leaving failures pending for the next run until ``max_attempts``.
:func:`notify` does both for callers that hold no transaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from followback.config import NotifyChannelSettings, NotifySettings
from followback.domain import ErrorCode, UserError, utcnow
from followback.domain.clock import Clock
from followback.notify.channels import DeliveryError, Sender, send
from followback.notify.event import NotifyEvent, Severity
from followback.store.audit import AuditRepo
from followback.store.engine import Store, StoreSession
from followback.store.notifications import Delivery, NotificationRepo

__all__ = [
    "DeliveryReport",
    "deliver_pending",
    "notify",
    "record_notification",
    "routes_to",
    "send_test",
]

# Across runs a failing delivery waits 1, 2, 4 ... minutes (capped at an hour) between runs.
_RUN_BACKOFF = timedelta(minutes=1)
# The channel name of an event queued before it was routed to channels (see record_notification).
UNROUTED = ""
_RUN_BACKOFF_MAX = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What one delivery run did."""

    sent: list[Delivery]
    retrying: list[Delivery]
    failed: list[Delivery]

    @property
    def all(self) -> list[Delivery]:
        return [*self.sent, *self.retrying, *self.failed]


def routes_to(channel: NotifyChannelSettings, event: NotifyEvent) -> bool:
    """True when ``channel`` wants ``event`` (enabled, severe enough, a kind it listens to)."""
    if not channel.enabled:
        return False
    if not event.severity.at_least(Severity(channel.min_severity)):
        return False
    return not channel.kinds or any(
        event.kind == k or event.kind.startswith(k.rstrip(".") + ".") for k in channel.kinds
    )


def _values(event: NotifyEvent) -> dict[str, object]:
    return {
        "event_key": event.dedupe_key,
        "kind": event.kind[:64],
        "severity": event.severity.value,
        "title": event.title,
        "body": event.body,
        "url": event.url,
        "brand_account_id": event.brand_account_id,
        "fields": dict(event.fields),
    }


def record_notification(
    session: StoreSession,
    event: NotifyEvent,
    settings: NotifySettings | None = None,
    *,
    channels: Sequence[NotifyChannelSettings] | None = None,
    at: datetime | None = None,
) -> list[int]:
    """Queue ``event``; return the new deliveries' ids (none when it was queued before).

    Joins the caller's transaction, so the notification commits or rolls back with the change
    that raised it. Without ``settings`` (an action that has no configuration at hand) the
    event is queued once and routed to the channels that want it when it is delivered; with
    ``settings`` it is routed now; with ``channels`` it goes to exactly those. An event already
    queued (same key) is not queued again, so raising an alert on every run sends it once.
    """
    repo = NotificationRepo(session)
    when = at or utcnow()
    if channels is None and settings is None:
        queued = repo.add(UNROUTED, _values(event), at=when)
        return [] if queued is None else [queued]
    chosen = (
        list(channels)
        if channels is not None
        else [c for c in (settings.channels if settings else []) if routes_to(c, event)]
    )
    ids = [repo.add(c.name, _values(event), at=when) for c in chosen]
    return [i for i in ids if i is not None]


def _route_queued(store: Store, settings: NotifySettings, now: datetime) -> None:
    """Turn events queued without routing into one delivery per channel that wants them."""
    with store.session() as s:
        repo = NotificationRepo(s)
        for d in repo.list_due(now, channel=UNROUTED):
            event = _event(d)
            for c in settings.channels:
                if routes_to(c, event):
                    repo.add(c.name, _values(event), at=d.created_at)
            repo.mark_routed(d.id, at=now)


def _event(d: Delivery) -> NotifyEvent:
    return NotifyEvent(
        kind=d.kind,
        title=d.title,
        body=d.body,
        url=d.url,
        severity=Severity(d.severity),
        brand_account_id=d.brand_account_id,
        key=d.event_key,
        fields=d.fields,
    )


def _try(
    channel: NotifyChannelSettings,
    event: NotifyEvent,
    settings: NotifySettings,
    sender: Sender,
    sleep: Callable[[float], None],
) -> tuple[int, str | None]:
    """Up to ``settings.attempts`` tries with doubling waits; (tries, last error or None)."""
    error: str | None = None
    for n in range(settings.attempts):
        if n:
            sleep(settings.backoff_s * 2 ** (n - 1))
        try:
            sender(channel, event)
        except DeliveryError as exc:
            error = str(exc)[:2000]
            continue
        return n + 1, None
    return settings.attempts, error


def deliver_pending(
    store: Store,
    settings: NotifySettings,
    *,
    ids: Sequence[int] | None = None,
    clock: Clock = utcnow,
    sender: Sender | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryReport:
    """Send the due deliveries (or exactly ``ids``) and log each outcome in the store.

    Sending happens outside any transaction; each outcome is committed on its own, so a crash
    mid-run re-sends at most the delivery that was in flight.
    """
    by_name = {c.name: c for c in settings.channels}
    if ids is None:
        _route_queued(store, settings, clock())
    send_one: Sender = sender or (lambda c, e: send(c, e, timeout=settings.timeout_s))
    with store.session() as s:
        due = NotificationRepo(s).list_due(clock(), ids=ids)
    sent: list[Delivery] = []
    retrying: list[Delivery] = []
    failed: list[Delivery] = []
    for d in due:
        channel = by_name.get(d.channel)
        error: str | None
        if channel is None:
            tries, error = 0, f"channel {d.channel!r} is no longer configured"
        else:
            tries, error = _try(channel, _event(d), settings, send_one, sleep)
        now = clock()
        give_up = channel is None or d.attempts + tries >= settings.max_attempts
        wait = min(
            _RUN_BACKOFF * 2 ** max(d.attempts // max(settings.attempts, 1), 0), _RUN_BACKOFF_MAX
        )
        with store.session() as s:
            out = NotificationRepo(s).record_attempt(
                d.id,
                at=now,
                tries=tries,
                error=error,
                next_attempt_at=now + wait,
                give_up=give_up,
            )
        (sent if out.state == "sent" else failed if out.state == "failed" else retrying).append(out)
    return DeliveryReport(sent, retrying, failed)


def notify(
    store: Store,
    settings: NotifySettings,
    event: NotifyEvent,
    *,
    clock: Clock = utcnow,
    sender: Sender | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryReport:
    """Queue ``event`` for the channels that want it and deliver it now."""
    with store.session() as s:
        ids = record_notification(s, event, settings, at=clock())
    if not ids:
        return DeliveryReport([], [], [])
    return deliver_pending(store, settings, ids=ids, clock=clock, sender=sender, sleep=sleep)


def send_test(
    store: Store,
    settings: NotifySettings,
    *,
    actor: str,
    channel: str | None = None,
    clock: Clock = utcnow,
    sender: Sender | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryReport:
    """Send a test notification to ``channel`` (default: every enabled channel), now.

    Severity and kind filters do not apply: the point is to see that the channel works.
    """
    targets = [c for c in settings.channels if c.enabled and (channel is None or c.name == channel)]
    if channel is not None and not targets:
        known = ", ".join(c.name for c in settings.channels) or "none configured"
        raise UserError(f"no enabled channel named {channel!r} ({known})", ErrorCode.NOT_FOUND)
    if not targets:
        raise UserError(
            "no notification channels configured: add a notify.channels block to "
            "followback.toml (docs/notifications.md)"
        )
    now = clock()
    event = NotifyEvent(
        kind="notify.test",
        title="followback test notification",
        body=f"Sent by {actor} to check that this channel works.",
        key=f"notify.test|{actor}|{now.isoformat()}",
    )
    with store.session() as s:
        ids = record_notification(s, event, settings, channels=targets, at=now)
        AuditRepo(s).record(actor, "notify.test", ",".join(c.name for c in targets), at=now)
    return deliver_pending(store, settings, ids=ids, clock=clock, sender=sender, sleep=sleep)
