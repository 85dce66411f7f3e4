"""Read models for the dashboard and API: small queries shaped for one page each.

Writes go through repositories and services; these functions only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from followback.domain import DEFAULT_CAPABILITIES, Platform
from followback.domain.errors import ErrorCode, UserError
from followback.store.tables import (
    BrandAccountRow,
    ContactRow,
    ConversationRow,
    DecisionRow,
    MessageRow,
    RemoteAccountRow,
)

__all__ = [
    "AccountView",
    "ConversationView",
    "MessageView",
    "QueueItem",
    "QueueQuery",
    "count_queue",
    "get_conversation",
    "list_accounts",
    "list_conversations",
    "list_messages",
    "list_queue",
    "sla_state",
]


@dataclass(frozen=True, slots=True)
class AccountView:
    """A connected brand account as the dashboard shows it."""

    id: int
    platform: str
    handle: str
    name: str
    mode: str
    needs_reauth: bool
    bulk_approval_allowed: bool
    pending_reviews: int = 0


def _bulk_allowed(platform: str) -> bool:
    try:
        caps = DEFAULT_CAPABILITIES.get(Platform(platform))
    except ValueError:
        return True
    return True if caps is None else caps.bulk_approval_allowed


def list_accounts(session: Session) -> list[AccountView]:
    pending = dict(
        session.execute(
            select(DecisionRow.brand_account_id, func.count())
            .where(DecisionRow.state == "pending", DecisionRow.superseded.is_(False))
            .group_by(DecisionRow.brand_account_id)
        ).all()
    )
    rows = session.scalars(select(BrandAccountRow).order_by(BrandAccountRow.id))
    return [
        AccountView(
            id=r.id,
            platform=r.platform,
            handle=r.handle,
            name=r.name,
            mode=r.mode,
            needs_reauth=r.needs_reauth,
            bulk_approval_allowed=_bulk_allowed(r.platform),
            pending_reviews=int(pending.get(r.id, 0)),
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """Filters of the review queue. ``None`` does not filter."""

    account_id: int | None = None
    state: str | None = "pending"
    verdict: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    search: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One screened follower, with the profile a reviewer needs to decide."""

    id: int
    account_id: int
    account_handle: str
    platform: str
    remote_id: str
    handle: str
    display_name: str
    bio: str
    has_avatar: bool
    followers_count: int
    following_count: int
    posts_count: int
    bot_score: float | None
    verdict: str
    state: str
    reasons: list[dict[str, str]]
    decided_at: datetime
    decided_by: str
    reviewed_by: str | None
    priority: float

    @property
    def initials(self) -> str:
        source = (self.display_name or self.handle or "?").strip("@ ")
        parts = source.split()
        letters = "".join(p[0] for p in parts[:2]) if parts else "?"
        return letters.upper()


def _queue_where(q: QueueQuery) -> list[Any]:
    cond: list[Any] = [DecisionRow.superseded.is_(False)]
    if q.account_id is not None:
        cond.append(DecisionRow.brand_account_id == q.account_id)
    if q.state:
        cond.append(DecisionRow.state == q.state)
    if q.verdict:
        cond.append(DecisionRow.verdict == q.verdict)
    if q.min_score is not None:
        cond.append(DecisionRow.bot_score >= q.min_score)
    if q.max_score is not None:
        cond.append(DecisionRow.bot_score <= q.max_score)
    if q.search:
        like = f"%{q.search.strip().lstrip('@')}%"
        cond.append(
            or_(
                RemoteAccountRow.handle.ilike(like),
                RemoteAccountRow.display_name.ilike(like),
                RemoteAccountRow.bio.ilike(like),
            )
        )
    return cond


def _queue_from() -> Any:
    return (
        select(DecisionRow, BrandAccountRow, RemoteAccountRow)
        .join(BrandAccountRow, BrandAccountRow.id == DecisionRow.brand_account_id)
        .outerjoin(
            RemoteAccountRow,
            and_(
                RemoteAccountRow.platform == BrandAccountRow.platform,
                RemoteAccountRow.remote_id == DecisionRow.remote_id,
            ),
        )
    )


def _reasons(raw: list[Any]) -> list[dict[str, str]]:
    out = []
    for r in raw:
        if isinstance(r, dict):
            out.append({"rule": str(r.get("rule", "")), "text": str(r.get("text", ""))})
        else:
            out.append({"rule": "", "text": str(r)})
    return out


def list_queue(session: Session, q: QueueQuery) -> list[QueueItem]:
    """Decisions matching ``q``: highest priority first, then oldest."""
    stmt = (
        _queue_from()
        .where(*_queue_where(q))
        .order_by(DecisionRow.priority.desc(), DecisionRow.decided_at, DecisionRow.id)
        .limit(q.limit)
        .offset(q.offset)
    )
    items = []
    for d, a, p in session.execute(stmt):
        items.append(
            QueueItem(
                id=d.id,
                account_id=a.id,
                account_handle=a.handle,
                platform=a.platform,
                remote_id=d.remote_id,
                handle=p.handle if p else d.remote_id,
                display_name=p.display_name if p else "",
                bio=p.bio if p else "",
                has_avatar=p.has_avatar if p else False,
                followers_count=p.followers_count if p else 0,
                following_count=p.following_count if p else 0,
                posts_count=p.posts_count if p else 0,
                bot_score=d.bot_score,
                verdict=d.verdict,
                state=d.state,
                reasons=_reasons(d.reasons),
                decided_at=d.decided_at,
                decided_by=d.decided_by,
                reviewed_by=d.reviewed_by,
                priority=d.priority,
            )
        )
    return items


def count_queue(session: Session, q: QueueQuery) -> int:
    sub = _queue_from().where(*_queue_where(q)).subquery()
    return int(session.scalar(select(func.count()).select_from(sub)) or 0)


@dataclass(frozen=True, slots=True)
class ConversationView:
    """A conversation in the inbox list, with its SLA state."""

    id: int
    account_id: int
    account_handle: str
    platform: str
    contact_handle: str
    contact_followers: int
    channel: str
    status: str
    assignee: str | None
    tags: list[str]
    priority: float
    is_complaint: bool
    severity: int
    sentiment: str
    opened_at: datetime
    last_inbound_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    snippet: str = ""
    sla: str = "ok"
    minutes_waiting: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def sla_state(
    opened_at: datetime, first_response_at: datetime | None, now: datetime, sla_minutes: int
) -> tuple[str, int | None]:
    """``met``, ``late`` (answered after the SLA), ``breached``, ``due`` (last quarter) or ``ok``.

    Also returns the minutes waited so far when still unanswered.
    """
    limit_s = sla_minutes * 60
    if first_response_at is not None:
        took = (first_response_at - opened_at).total_seconds()
        return ("met" if took <= limit_s else "late"), None
    waited = (now - opened_at).total_seconds()
    minutes = max(0, int(waited // 60))
    if waited > limit_s:
        return "breached", minutes
    if waited > 0.75 * limit_s:
        return "due", minutes
    return "ok", minutes


def _conv_view(
    c: ConversationRow, contact: ContactRow, account: BrandAccountRow, now: datetime, sla: int
) -> ConversationView:
    state, waited = sla_state(c.opened_at, c.first_response_at, now, sla)
    return ConversationView(
        id=c.id,
        account_id=account.id,
        account_handle=account.handle,
        platform=account.platform,
        contact_handle=contact.handle,
        contact_followers=contact.followers_count,
        channel=c.channel,
        status=c.status,
        assignee=c.assignee,
        tags=[str(t) for t in c.tags],
        priority=c.priority,
        is_complaint=c.is_complaint,
        severity=c.severity,
        sentiment=c.sentiment,
        opened_at=c.opened_at,
        last_inbound_at=c.last_inbound_at,
        first_response_at=c.first_response_at,
        resolved_at=c.resolved_at,
        sla=state if c.status != "done" or c.first_response_at else "closed",
        minutes_waiting=waited if c.status != "done" else None,
    )


def list_conversations(
    session: Session,
    *,
    now: datetime,
    sla_minutes: int,
    account_id: int | None = None,
    status: str | None = "open",
    assignee: str | None = None,
    complaints_only: bool = False,
    limit: int = 100,
) -> list[ConversationView]:
    """Conversations by priority (highest first), then oldest."""
    stmt = (
        select(ConversationRow, ContactRow, BrandAccountRow)
        .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
        .join(BrandAccountRow, BrandAccountRow.id == ConversationRow.brand_account_id)
    )
    if account_id is not None:
        stmt = stmt.where(ConversationRow.brand_account_id == account_id)
    if status:
        stmt = stmt.where(ConversationRow.status == status)
    if assignee:
        stmt = stmt.where(ConversationRow.assignee == assignee)
    if complaints_only:
        stmt = stmt.where(ConversationRow.is_complaint.is_(True))
    stmt = stmt.order_by(
        ConversationRow.priority.desc(), ConversationRow.opened_at, ConversationRow.id
    ).limit(limit)
    views = [_conv_view(c, ct, a, now, sla_minutes) for c, ct, a in session.execute(stmt)]
    snippets = _last_inbound_text(session, [v.id for v in views])
    return [_with_snippet(v, snippets.get(v.id, "")) for v in views]


def _with_snippet(v: ConversationView, text: str) -> ConversationView:
    from dataclasses import replace

    return replace(v, snippet=text[:140])


def _last_inbound_text(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    latest = (
        select(MessageRow.conversation_id, func.max(MessageRow.id).label("mid"))
        .where(MessageRow.conversation_id.in_(ids), MessageRow.direction == "in")
        .group_by(MessageRow.conversation_id)
        .subquery()
    )
    stmt = select(MessageRow.conversation_id, MessageRow.text).join(
        latest, latest.c.mid == MessageRow.id
    )
    return {cid: text for cid, text in session.execute(stmt)}


def get_conversation(
    session: Session, conversation_id: int, *, now: datetime, sla_minutes: int
) -> ConversationView:
    """One conversation; raises :class:`UserError` (``not_found``)."""
    found = session.execute(
        select(ConversationRow, ContactRow, BrandAccountRow)
        .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
        .join(BrandAccountRow, BrandAccountRow.id == ConversationRow.brand_account_id)
        .where(ConversationRow.id == conversation_id)
    ).first()
    if found is None:
        raise UserError(
            f"no conversation with id {conversation_id}", ErrorCode.NOT_FOUND, id=conversation_id
        )
    c, ct, a = found
    return _conv_view(c, ct, a, now, sla_minutes)


@dataclass(frozen=True, slots=True)
class MessageView:
    """One message of a thread."""

    id: int
    remote_id: str
    kind: str
    direction: str
    author_id: str
    text: str
    created_at: datetime
    written_by: str | None
    classification: dict[str, Any]


def list_messages(session: Session, conversation_id: int) -> list[MessageView]:
    """The thread, oldest first."""
    rows = session.scalars(
        select(MessageRow)
        .where(MessageRow.conversation_id == conversation_id)
        .order_by(MessageRow.created_at, MessageRow.id)
    )
    return [
        MessageView(
            id=m.id,
            remote_id=m.remote_id,
            kind=m.kind,
            direction=m.direction,
            author_id=m.author_id,
            text=m.text,
            created_at=m.created_at,
            written_by=m.written_by,
            classification=dict(m.classification or {}),
        )
        for m in rows
    ]
