"""The engagement inbox as application services: poll, suggest reposts, service levels.

Each function wires the store, a connector and the pure inbox core (:mod:`followback.inbox`):

* :func:`poll_inbox` reads mentions, replies, quotes and (where the platform offers them)
  DMs, page by page. Each page is stored, classified and prioritised in one transaction
  together with the stream's cursor, so a poll that fails half-way loses nothing and a
  re-poll duplicates nothing.

Sending (replies, DMs, the hand-off) and assigning are actions: see
:mod:`followback.actions.messages` and :mod:`followback.actions.conversations`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from followback.actions.inbound import (
    ClassifierLike,
    Ingested,
    record_held_back,
    record_inbound_page,
    record_stream_failure,
)
from followback.connectors.base import AccountEventStream, Connector, HeldBackMessages, Page
from followback.domain import (
    ActionKind,
    ActionState,
    Clock,
    ConnectorError,
    InboundMessage,
    Platform,
    StageError,
)
from followback.inbox.community import RepostCandidate, suggest_reposts
from followback.inbox.sla import (
    SlaPolicy,
    SlaStatus,
    SlaSummary,
    first_response_status,
    parse_business_hours,
    sla_alerts,
    summarise,
)
from followback.services.stream_cursor import read_stream_window
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo
from followback.store.edges import TrackingStateRepo
from followback.store.inbox import InboxRepo

__all__ = [
    "DMS_STREAM",
    "HELD_BACK_STREAM",
    "MENTIONS_JETSTREAM",
    "MENTIONS_STREAM",
    "ClassifierLike",
    "InboxReport",
    "SlaReport",
    "poll_inbox",
    "sla_policy",
    "sla_report",
    "suggest_community_reposts",
]

MENTIONS_STREAM = "inbox.mentions"
DMS_STREAM = "inbox.dms"
HELD_BACK_STREAM = "inbox.held_back"  # Mastodon notification requests (filtered)
MENTIONS_JETSTREAM = "inbox.jetstream_mentions"  # the mention stream's cursor (time_us)
MAX_PAGES_PER_POLL = 50  # bounds one poll; the next poll continues from the saved cursor
HANDOFF_TAG = "handoff"


@dataclass
class InboxReport:
    """What one poll did. ``errors`` holds connector failures (the poll stops that stream)."""

    fetched: int = 0
    new_messages: int = 0
    duplicates: int = 0
    complaints: int = 0
    pages: int = 0
    streams: dict[str, int] = field(default_factory=dict)
    errors: list[StageError] = field(default_factory=list)
    requests_accepted: int = 0  # notification requests (Mastodon's filter) let through
    stream_fallback: str = ""  # why mentions were polled although a stream is configured
    # Streams left alone after failing polls in a row -> when they are read again (ISO).
    paused: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.errors


# -- polling --------------------------------------------------------------------------
def _stream_state(
    store: Store, account_id: int, stream: str
) -> tuple[str | None, int, datetime | None]:
    """``stream``'s cursor, its failed polls in a row, and until when it is paused (None:
    not), from one read of its state."""
    with store.read() as s:
        row = TrackingStateRepo(s).find(account_id, stream)
    data = (row.data or {}) if row else {}
    until = data.get("paused_until")
    return (
        row.cursor if row else None,
        int(data.get("failures", 0)),
        datetime.fromisoformat(until) if until else None,
    )


def _platform(store: Store, account_id: int) -> Platform:
    with store.read() as s:
        return AccountRepo(s).get(account_id).platform


def _count(report: InboxReport, ingested: Ingested) -> None:
    report.new_messages += ingested.new_messages
    report.duplicates += ingested.duplicates
    report.complaints += ingested.complaints


async def _poll_unless_paused(
    store: Store,
    stream: str,
    account_id: int,
    clock: Clock,
    report: InboxReport,
    poll: Callable[[str | None], Awaitable[None]],
) -> None:
    """Run ``poll`` (one stream's poll, from its saved cursor) unless failing polls in a row
    paused ``stream`` (``stream_pause``); count a failure, or clear the count after a good
    poll."""
    cursor, failures, paused_until = _stream_state(store, account_id, stream)
    if paused_until is not None and clock() < paused_until:
        report.paused[stream] = paused_until.isoformat()
        return
    try:
        await poll(cursor)
    except ConnectorError as exc:
        error = StageError.of(stream, exc)
        report.errors.append(error)
        until = record_stream_failure(store, account_id, stream, error, clock())
        if until is not None:
            report.paused[stream] = until.isoformat()
        return
    if failures:
        record_stream_failure(store, account_id, stream, None, clock())


async def _poll_stream(
    store: Store,
    fetch: Callable[[str | None], Awaitable[Page[InboundMessage]]],
    stream: str,
    account_id: int,
    platform: Platform,
    clock: Clock,
    classifier: ClassifierLike,
    report: InboxReport,
    cursor: str | None,
) -> None:
    before = report.new_messages
    for _ in range(MAX_PAGES_PER_POLL):
        page = await fetch(cursor)
        now = clock()
        # The page's messages and the cursor past them commit together, or not at all.
        ingested = record_inbound_page(
            store, account_id, platform, page.items, classifier, now,
            stream=stream, cursor=page.next_cursor,
        )  # fmt: skip
        _count(report, ingested)
        report.pages += 1
        report.fetched += len(page.items)
        if not page.items or page.next_cursor is None or page.next_cursor == cursor:
            break
        cursor = page.next_cursor
    report.streams[stream] = report.new_messages - before


async def poll_inbox(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    classifier: ClassifierLike | None = None,
) -> InboxReport:
    """Read new mentions, replies, quotes and DMs of ``account_id`` into the inbox.

    Each new message is classified (complaint, severity, sentiment, intent, language) and
    given a priority from that, the author's reach and their history with the brand; its
    conversation's priority, complaint flag, severity and sentiment follow. A connector error
    stops that stream and is listed in ``report.errors``; what was stored stays stored and
    the next poll resumes from the last committed cursor.
    """
    if classifier is None:
        from followback.inbox.classify import load_default_classifier

        classifier = load_default_classifier()
    with store.read() as s:
        AccountRepo(s).get_row(account_id)  # a clear error for an unknown account
    report = InboxReport()
    streams: list[tuple[str, Callable[[str | None], Awaitable[Page[InboundMessage]]]]] = []
    streamed = False
    if connector.capabilities.mentions and isinstance(connector, AccountEventStream):
        streamed = connector.streams_account_events and await _stream_mentions(
            store, connector, account_id, clock, classifier, report
        )
    if connector.capabilities.mentions and not streamed:
        streams.append((MENTIONS_STREAM, connector.fetch_mentions))
    if connector.capabilities.dms:
        streams.append((DMS_STREAM, connector.fetch_dms))
    for stream, fetch in streams:
        poll = partial(
            _poll_stream, store, fetch, stream, account_id, connector.platform, clock,
            classifier, report,
        )  # fmt: skip
        await _poll_unless_paused(store, stream, account_id, clock, report, poll)
    if isinstance(connector, HeldBackMessages):
        try:
            await _poll_held_back(store, connector, account_id, clock, classifier, report)
        except ConnectorError as exc:
            report.errors.append(StageError.of(HELD_BACK_STREAM, exc))
    return report


async def _stream_mentions(
    store: Store,
    connector: AccountEventStream,
    account_id: int,
    clock: Clock,
    classifier: ClassifierLike,
    report: InboxReport,
) -> bool:
    """Mentions, replies and quotes from the event stream (Bluesky's Jetstream) since its
    cursor; False when this poll must read notifications instead (no recent cursor: the
    stream starts now; or the stream is down). See :mod:`followback.services.stream_cursor`.
    """
    window = await read_stream_window(
        store, account_id, MENTIONS_JETSTREAM, clock(),
        lambda start, until: connector.read_mention_events(cursor_us=start, until_us=until),
    )  # fmt: skip
    if isinstance(window, str):
        report.stream_fallback = window
        return False
    messages = window.items
    before = report.new_messages
    ingested = record_inbound_page(
        store, account_id, _platform(store, account_id), messages, classifier, clock(),
        stream=MENTIONS_JETSTREAM, cursor=window.resume,
    )  # fmt: skip
    _count(report, ingested)
    report.fetched += len(messages)
    report.streams[MENTIONS_JETSTREAM] = report.new_messages - before
    return True


async def _poll_held_back(
    store: Store,
    connector: HeldBackMessages,
    account_id: int,
    clock: Clock,
    classifier: ClassifierLike,
    report: InboxReport,
) -> None:
    """Messages the server's notification policy held back (Mastodon 4.3+: strangers,
    new accounts, private mentions), read into the inbox so no complaint is lost.

    The messages commit first; only then are the requests accepted on the server, so a
    crash in between reads them again next time (ingestion is idempotent on message id).
    """
    messages, request_ids = await connector.fetch_held_back_messages()
    if not request_ids:
        return
    before = report.new_messages
    now = clock()
    ingested = record_held_back(
        store, account_id, _platform(store, account_id), messages, classifier, now, request_ids
    )
    _count(report, ingested)
    report.fetched += len(messages)
    await connector.accept_notification_requests(request_ids)
    report.requests_accepted += len(request_ids)
    report.streams[HELD_BACK_STREAM] = report.new_messages - before


# -- community ------------------------------------------------------------------------------
def suggest_community_reposts(
    store: Store, account_id: int, *, limit: int = 10, scan: int = 500
) -> list[RepostCandidate]:
    """Followers' recent positive public posts about the brand, worth reposting.

    Looks at the latest ``scan`` inbound public messages; skips authors who do not follow
    the brand (per the tracked follower edges) and posts already reposted.
    """
    with store.read() as s:
        repo = InboxRepo(s)
        rows = repo.recent_public_inbound(account_id, scan)
        reposted = ActionRepo(s).targets(account_id, ActionKind.REPOST, list(ActionState))
        followers = {a: repo.is_follower(account_id, a) for a in {r.author_id for r in rows}}
        candidates = [
            RepostCandidate(
                message_id=r.id,
                remote_id=r.remote_id,
                author_id=r.author_id,
                text=r.text,
                sentiment=str(r.classification.get("sentiment", "neutral")),
                is_complaint=bool(r.classification.get("is_complaint", False)),
                is_follower=followers[r.author_id],
                public=True,
                already_reposted=r.remote_id in reposted,
                score=1.0 - float(r.classification.get("complaint_score", 1.0)),
            )
            for r in rows
        ]
    return suggest_reposts(candidates, limit=limit)


# -- service levels and assignment ----------------------------------------------------------
def sla_policy(first_response_minutes: int, business_hours: str | None = None) -> SlaPolicy:
    """An :class:`SlaPolicy` from settings (``settings.inbox``); bad hours raise ``UserError``."""
    hours = parse_business_hours(business_hours) if business_hours else None
    return SlaPolicy(first_response_minutes=first_response_minutes, business_hours=hours)


@dataclass(frozen=True, slots=True)
class SlaReport:
    summary: SlaSummary
    alerts: list[SlaStatus]  # unanswered and breached or at risk, longest wait first


def sla_report(
    store: Store, policy: SlaPolicy, now: datetime, account_id: int | None = None
) -> SlaReport:
    """First-response and resolution figures of every conversation, and the current alerts."""
    with store.read() as s:
        times = InboxRepo(s).sla_times(account_id)
    statuses = [first_response_status(t, now, policy) for t in times]
    return SlaReport(summarise(statuses), sla_alerts(times, now, policy))
