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

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from followback.actions.conversations import (
    SEVERE_COMPLAINT,
    record_severe_complaint,
)
from followback.connectors.base import AccountEventStream, Connector, HeldBackMessages, Page
from followback.domain import (
    ActionKind,
    Clock,
    ConnectorError,
    InboundMessage,
    Platform,
    StageError,
    TransientError,
)
from followback.inbox.classify import Classification
from followback.inbox.community import RepostCandidate, suggest_reposts
from followback.inbox.priority import priority
from followback.inbox.sla import (
    SlaPolicy,
    SlaStatus,
    SlaSummary,
    first_response_status,
    parse_business_hours,
    sla_alerts,
    summarise,
)
from followback.services.stream_cursor import stream_start, to_us
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.tables import (
    ActionRow,
    ConversationRow,
    MessageRow,
    SyncStateRow,
)

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


class ClassifierLike(Protocol):
    def classify(self, texts: Sequence[str]) -> list[Classification]: ...


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

    @property
    def complete(self) -> bool:
        return not self.errors


# -- polling --------------------------------------------------------------------------
def _sync_row(s: Session, account_id: int, stream: str, now: datetime) -> SyncStateRow:
    stmt = select(SyncStateRow).where(
        SyncStateRow.brand_account_id == account_id, SyncStateRow.stream == stream
    )
    row = s.scalars(stmt).first()
    if row is None:
        row = SyncStateRow(brand_account_id=account_id, stream=stream, updated_at=now, data={})
        s.add(row)
        s.flush()
    return row


def _ingest_page(
    s: Session,
    account_id: int,
    platform: Platform,
    items: Sequence[InboundMessage],
    classifier: ClassifierLike,
    now: datetime,
    report: InboxReport,
) -> None:
    repo = InboxRepo(s)
    known = repo.existing_remote_ids(platform, (m.remote_id for m in items))
    fresh = [m for m in items if m.remote_id not in known]
    report.duplicates += len(items) - len(fresh)
    if not fresh:
        return
    labels = classifier.classify([m.text for m in fresh])
    history = repo.author_history(platform, (m.author_id for m in fresh))
    for msg, label in zip(fresh, labels, strict=True):
        seen, complained = history.get(msg.author_id, (0, 0))
        score = priority(label, max(msg.author_followers, 0), seen, min(complained, seen))
        result = repo.record_inbound(
            account_id, msg, classification=asdict(label), priority=score, at=now
        )
        if not result.created:
            report.duplicates += 1
            continue
        report.new_messages += 1
        report.complaints += int(label.is_complaint)
        if label.is_complaint and label.severity >= SEVERE_COMPLAINT:
            # Queued in this transaction: the alert exists exactly when the message does.
            record_severe_complaint(s, result.conversation_id, msg.text)
        history[msg.author_id] = (seen + 1, complained + int(label.is_complaint))


async def _poll_stream(
    store: Store,
    fetch: Callable[[str | None], Awaitable[Page[InboundMessage]]],
    stream: str,
    account_id: int,
    platform: Platform,
    clock: Clock,
    classifier: ClassifierLike,
    report: InboxReport,
) -> None:
    with store.session() as s:
        cursor = _sync_row(s, account_id, stream, clock()).cursor
    before = report.new_messages
    for _ in range(MAX_PAGES_PER_POLL):
        page = await fetch(cursor)
        now = clock()
        # The page's messages and the cursor past them commit together, or not at all.
        with store.session() as s:
            _ingest_page(s, account_id, platform, page.items, classifier, now, report)
            row = _sync_row(s, account_id, stream, now)
            if page.next_cursor is not None:
                row.cursor = page.next_cursor
            row.updated_at = now
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
    with store.session() as s:
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
        try:
            await _poll_stream(
                store, fetch, stream, account_id, connector.platform, clock, classifier, report
            )
        except ConnectorError as exc:
            report.errors.append(StageError.of(stream, exc))
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
    now = clock()
    with store.session() as s:
        row = _sync_row(s, account_id, MENTIONS_JETSTREAM, now)
        start = stream_start(row.cursor, now)
        if start is None:
            row.cursor, row.updated_at = str(to_us(now)), now
            report.stream_fallback = "no recent stream cursor: polled, the stream starts now"
            return False
    try:
        messages, cursor = await connector.read_mention_events(cursor_us=start, until_us=to_us(now))
    except TransientError as exc:
        report.stream_fallback = f"stream unavailable ({exc}): polled"
        return False
    before = report.new_messages
    with store.session() as s:
        platform = AccountRepo(s).get(account_id).platform
        _ingest_page(s, account_id, platform, messages, classifier, clock(), report)
        row = _sync_row(s, account_id, MENTIONS_JETSTREAM, now)
        # Never backwards: events before ``start`` are the stream's rewind overlap.
        row.cursor, row.updated_at = str(max(cursor or start, start)), now
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
    with store.session() as s:
        platform = AccountRepo(s).get(account_id).platform
        _ingest_page(s, account_id, platform, messages, classifier, now, report)
        AuditRepo(s).record(
            "followback",
            "inbox.accept_held_back",
            f"account:{account_id}",
            account_id,
            now,
            requests=request_ids,
            messages=[m.remote_id for m in messages],
        )
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
    with store.session() as s:
        stmt = (
            select(MessageRow)
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .where(
                ConversationRow.brand_account_id == account_id,
                ConversationRow.channel == "public",
                MessageRow.direction == "in",
            )
            .order_by(MessageRow.created_at.desc(), MessageRow.id.desc())
            .limit(scan)
        )
        rows = list(s.scalars(stmt))
        reposted = set(
            s.scalars(
                select(ActionRow.target).where(
                    ActionRow.brand_account_id == account_id,
                    ActionRow.kind == ActionKind.REPOST.value,
                )
            )
        )
        repo = InboxRepo(s)
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
    with store.session() as s:
        times = InboxRepo(s).sla_times(account_id)
    statuses = [first_response_status(t, now, policy) for t in times]
    return SlaReport(summarise(statuses), sla_alerts(times, now, policy))
