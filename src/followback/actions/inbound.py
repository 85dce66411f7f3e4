"""The inbox poll's state changes: store a page of inbound messages with the stream's
cursor past them, start an event stream's cursor, and record held-back messages let in.

:func:`followback.services.inbox.poll_inbox` reads the platform; every change it makes to
the store goes through these functions, one transaction each, so a page's messages and
the cursor past them commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Protocol

from followback.actions.conversations import SEVERE_COMPLAINT, record_severe_complaint
from followback.domain import InboundMessage, Platform
from followback.domain.stages import StageError, stream_pause
from followback.inbox.classify import Classification
from followback.inbox.followup import follow_up, reads_as_chase
from followback.inbox.priority import priority
from followback.store import AuditRepo, Store, StoreSession
from followback.store.edges import TrackingStateRepo
from followback.store.inbox import InboxRepo

__all__ = [
    "ClassifierLike",
    "Ingested",
    "record_held_back",
    "record_inbound_page",
    "record_stream_cursor",
    "record_stream_failure",
]


_FIELDS = frozenset(f.name for f in fields(Classification))


class ClassifierLike(Protocol):
    def classify(self, texts: Sequence[str]) -> list[Classification]: ...


@dataclass(frozen=True, slots=True)
class Ingested:
    """What storing one page of inbound messages changed."""

    new_messages: int = 0
    duplicates: int = 0  # already stored (ingestion is idempotent on the platform id)
    complaints: int = 0


def _ingest(
    s: StoreSession,
    account_id: int,
    platform: Platform,
    items: Sequence[InboundMessage],
    classifier: ClassifierLike,
    now: datetime,
) -> Ingested:
    repo = InboxRepo(s)
    known = repo.existing_remote_ids(platform, (m.remote_id for m in items))
    # Oldest first, so a complaint is stored before a follow-up of it on the same page.
    fresh = sorted((m for m in items if m.remote_id not in known), key=lambda m: m.created_at)
    duplicates = len(items) - len(fresh)
    if not fresh:
        return Ingested(0, duplicates)
    new = complaints = 0
    labels = classifier.classify([m.text for m in fresh])
    history = repo.author_history(platform, (m.author_id for m in fresh))
    for msg, first_label in zip(fresh, labels, strict=True):
        # A follow-up to a complaint nobody has answered yet is one too ("any thoughts?").
        # (The store is asked only when the lift could change something.)
        chasing = not first_label.is_complaint and first_label.intent != "praise"
        waiting = chasing and repo.awaits_answer_to_complaint(
            account_id, msg, or_elsewhere=reads_as_chase(msg.text)
        )
        label = follow_up(first_label, msg.text, waiting)
        seen, complained = history.get(msg.author_id, (0, 0))
        score = priority(label, max(msg.author_followers, 0), seen, min(complained, seen))
        result = repo.record_inbound(
            account_id, msg, classification=asdict(label), priority=score, at=now
        )
        if not result.created:
            duplicates += 1
            continue
        new += 1
        complaints += int(label.is_complaint)
        if label.is_complaint:
            # Its follow-ups may have been stored first (a later page of this poll, read
            # earlier): they follow up an unanswered complaint too.
            followers = max(msg.author_followers, 0)
            _lift_stored_follow_ups(
                repo, result.conversation_id, msg, followers, (seen, complained)
            )
        if label.is_complaint and label.severity >= SEVERE_COMPLAINT:
            # Queued in this transaction: the alert exists exactly when the message does.
            record_severe_complaint(s, result.conversation_id, msg.text)
        history[msg.author_id] = (seen + 1, complained + int(label.is_complaint))
    return Ingested(new, duplicates, complaints)


def _lift_stored_follow_ups(
    repo: InboxRepo,
    conversation_id: int,
    complaint: InboundMessage,
    followers: int,
    history: tuple[int, int],
) -> None:
    """Re-read the author's messages stored after ``complaint`` in its conversation (and
    before the brand's next reply) as follow-ups of it."""
    seen, complained = history
    for row in repo.unanswered_after(
        conversation_id, complaint.author_id, complaint.created_at, besides=complaint.remote_id
    ):
        stored = {k: v for k, v in row.classification.items() if k in _FIELDS}
        if stored.get("is_complaint") or set(stored) != _FIELDS:
            continue
        before = Classification(**{**stored, "reasons": tuple(stored["reasons"])})
        after = follow_up(before, row.text, True)
        if after is before:
            continue
        score = priority(after, followers, seen, min(complained, seen))
        repo.reclassify(row, asdict(after), score)


def record_inbound_page(
    store: Store,
    account_id: int,
    platform: Platform,
    items: Sequence[InboundMessage],
    classifier: ClassifierLike,
    now: datetime,
    *,
    stream: str,
    cursor: str | None,
) -> Ingested:
    """Store a page of inbound messages (classified, prioritised, severe complaints
    alerted) and move ``stream``'s cursor to ``cursor`` (None: keep it), together."""
    with store.session() as s:
        ingested = _ingest(s, account_id, platform, items, classifier, now)
        TrackingStateRepo(s).record(account_id, stream, now, cursor=cursor, keep_cursor=not cursor)
    return ingested


def record_stream_cursor(
    store: Store, account_id: int, stream: str, cursor: str, now: datetime
) -> None:
    """An event stream starts (or goes on) from ``cursor``."""
    with store.session() as s:
        TrackingStateRepo(s).record(account_id, stream, now, cursor=cursor)


def record_held_back(
    store: Store,
    account_id: int,
    platform: Platform,
    items: Sequence[InboundMessage],
    classifier: ClassifierLike,
    now: datetime,
    request_ids: Sequence[str],
) -> Ingested:
    """Store messages the server's notification policy held back, with the audit entry
    of the requests about to be accepted (accepted only after this commits)."""
    with store.session() as s:
        ingested = _ingest(s, account_id, platform, items, classifier, now)
        AuditRepo(s).record(
            "followback",
            "inbox.accept_held_back",
            f"account:{account_id}",
            account_id,
            now,
            requests=list(request_ids),
            messages=[m.remote_id for m in items],
        )
    return ingested


def record_stream_failure(
    store: Store, account_id: int, stream: str, error: StageError | None, now: datetime
) -> datetime | None:
    """Count a failed poll of ``stream`` (``error``), or clear the count after a good one
    (``error`` None); return when the stream may be read again if it is now paused.

    The count lives with the stream's cursor (the cursor itself is kept). Pausing is
    audited once, when it starts or lengthens, so a server that keeps failing leaves one
    entry per pause instead of one per cycle.
    """
    with store.session() as s:
        repo = TrackingStateRepo(s)
        row = repo.find(account_id, stream)
        failures = int((row.data or {}).get("failures", 0)) if row else 0
        if error is None:
            if failures:
                cleared = {"failures": 0, "paused_until": None, "last_error": None}
                repo.record(account_id, stream, now, data=cleared, keep_cursor=True)
            return None
        failures += 1
        pause = stream_pause(failures, error.kind)
        until = now + pause if pause else None
        data: dict[str, object] = {
            "failures": failures,
            "paused_until": until.isoformat() if until else None,
            "last_error": str(error)[:300],
        }
        repo.record(account_id, stream, now, data=data, keep_cursor=True)
        if until is not None:
            AuditRepo(s).record(
                "followback",
                "inbox.stream_paused",
                f"account:{account_id}",
                account_id,
                now,
                stream=stream,
                failures=failures,
                until=until.isoformat(),
                error=str(error)[:300],
            )
    return until
