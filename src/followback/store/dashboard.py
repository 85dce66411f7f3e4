"""Read models for the dashboard and API: connected accounts and the review queue.

Writes go through repositories and services; these functions only read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from followback.domain import DEFAULT_CAPABILITIES, Lane, Platform
from followback.domain.people import Person, profile_url
from followback.store.decision_counts import DecisionCountRepo
from followback.store.inbox import latest_inbound_texts_and_language
from followback.store.keyset import SortKey, after, decode_cursor, encode_cursor
from followback.store.people import PeopleRepo, brand_server
from followback.store.tables import (
    BrandAccountRow,
    ContactRow,
    DecisionRow,
    RemoteAccountRow,
)

__all__ = [
    "AccountView",
    "QueueItem",
    "QueueQuery",
    "count_lanes",
    "count_queue",
    "latest_inbound_texts",
    "list_accounts",
    "list_queue",
    "queue_cursor",
    "queue_ids",
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
    pending = DecisionCountRepo(session).by_account("pending")
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
    lane: str | None = None  # a Lane value: recommended / needs_a_look / screened_out
    min_score: float | None = None
    max_score: float | None = None
    search: str | None = None
    limit: int = 50
    offset: int = 0
    after: str | None = None  # a keyset cursor (queue_cursor of the last item seen)


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
    lane: str  # recommended: approve in one click; needs_a_look: a person should read it
    profile_url: str = ""

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
    if q.lane:
        cond.append(DecisionRow.verdict == Lane(q.lane).verdict.value)
    if q.min_score is not None:
        cond.append(DecisionRow.bot_score >= q.min_score)
    if q.max_score is not None:
        cond.append(DecisionRow.bot_score <= q.max_score)
    if q.search:
        # autoescape: "%" and "_" typed in a search are literal characters, not wildcards.
        term = q.search.strip().lstrip("@")
        cond.append(
            or_(
                RemoteAccountRow.handle.icontains(term, autoescape=True),
                RemoteAccountRow.display_name.icontains(term, autoescape=True),
                RemoteAccountRow.bio.icontains(term, autoescape=True),
                # Someone known only from the inbox (a hand-off's follow-back offer).
                DecisionRow.remote_id.in_(
                    select(ContactRow.remote_id).where(
                        ContactRow.handle.icontains(term, autoescape=True)
                    )
                ),
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


# Highest priority first, then oldest; the id makes the order total (keyset paging).
_QUEUE_ORDER: SortKey = (
    (DecisionRow.priority, True),
    (DecisionRow.decided_at, False),
    (DecisionRow.id, False),
)


def queue_cursor(item: QueueItem) -> str:
    """The cursor that continues the queue after ``item``."""
    return encode_cursor([item.priority, item.decided_at, item.id])


def list_queue(session: Session, q: QueueQuery) -> list[QueueItem]:
    """Decisions matching ``q``: highest priority first, then oldest.

    With ``q.after`` the page starts after that cursor's item (an index range scan at any
    depth, and no item shown twice when new ones arrive between pages).
    """
    where = _queue_where(q)
    if q.after:
        where.append(after(_QUEUE_ORDER, decode_cursor(q.after, len(_QUEUE_ORDER))))
    stmt = (
        _queue_from()
        .where(*where)
        .order_by(DecisionRow.priority.desc(), DecisionRow.decided_at, DecisionRow.id)
        .limit(q.limit)
        .offset(q.offset)
    )
    rows = session.execute(stmt).all()
    # Decisions about people with no stored profile (a hand-off's follow-back offer):
    # name them from the inbox rather than by their platform id.
    missing: dict[tuple[str, str | None], list[str]] = {}
    for d, a, p in rows:
        if p is None:
            missing.setdefault((a.platform, brand_server(a)), []).append(d.remote_id)
    known: dict[tuple[str, str], Person] = {}
    for (platform, server), ids in missing.items():
        for rid, person in PeopleRepo(session).lookup(platform, ids, server).items():
            known[(platform, rid)] = person
    return [_item(d, a, p, known.get((a.platform, d.remote_id))) for d, a, p in rows]


def _item(
    d: DecisionRow, a: BrandAccountRow, p: RemoteAccountRow | None, person: Person | None
) -> QueueItem:
    handle = p.handle if p else (person.handle if person else d.remote_id)
    url = (p.url or "") if p else ""
    return QueueItem(
        id=d.id,
        account_id=a.id,
        account_handle=a.handle,
        platform=a.platform,
        remote_id=d.remote_id,
        handle=handle,
        display_name=p.display_name if p else (person.display_name if person else ""),
        bio=p.bio if p else "",
        has_avatar=p.has_avatar if p else False,
        followers_count=(
            p.followers_count if p else (person.followers_count or 0) if person else 0
        ),
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
        lane=Lane.of(d.verdict).value,
        profile_url=url or profile_url(a.platform, handle, brand_server(a)),
    )


def queue_ids(session: Session, q: QueueQuery) -> list[int]:
    """Ids of every decision matching ``q`` (no paging): what "all matching" acts on."""
    stmt = (
        _queue_from()
        .with_only_columns(DecisionRow.id)
        .where(*_queue_where(q))
        .order_by(DecisionRow.priority.desc(), DecisionRow.decided_at, DecisionRow.id)
    )
    return list(session.scalars(stmt))


def _by_verdict(session: Session, q: QueueQuery) -> dict[str, int]:
    """Decisions matching ``q`` per verdict. Filtered by account, state and verdict only,
    they come from the kept counts (a few rows, whatever the queue's length); a search or
    a score range counts the matching decisions."""
    if q.search or q.min_score is not None or q.max_score is not None:
        sub = _queue_from().where(*_queue_where(q)).subquery()
        rows = session.execute(select(sub.c.verdict, func.count()).group_by(sub.c.verdict))
        return {v: int(n) for v, n in rows}
    counts = DecisionCountRepo(session).by_verdict(q.account_id, q.state or None)
    wanted = {q.verdict} if q.verdict else set(counts)
    if q.lane:
        wanted &= {Lane(q.lane).verdict.value}
    return {v: n for v, n in counts.items() if v in wanted}


def count_queue(session: Session, q: QueueQuery) -> int:
    return sum(_by_verdict(session, q).values())


def count_lanes(session: Session, q: QueueQuery) -> dict[str, int]:
    """How many decisions matching ``q`` (whatever its lane) wait in each lane."""
    counts = dict.fromkeys((lane.value for lane in Lane), 0)
    for verdict, n in _by_verdict(session, replace(q, lane=None)).items():
        counts[Lane.of(verdict).value] += int(n)
    return counts


def latest_inbound_texts(session: Session, conversation_ids: list[int]) -> dict[int, str]:
    """Conversation id -> the text of the customer's latest message (for list snippets)."""
    latest = latest_inbound_texts_and_language(session, conversation_ids)
    return {cid: text for cid, (text, _) in latest.items()}
