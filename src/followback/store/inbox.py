"""The inbox: contact → conversation → message, idempotent on the platform's message id.

Ingest is find-or-create at every level, so re-reading a page (a retried poll, a crash
half-way through a page) adds nothing twice and loses nothing. Threads stay together: a
reply joins the conversation of the message it answers when we have that message, else the
conversation of its thread root (see :mod:`followback.inbox.threading`).

Reads return plain dataclasses (:class:`ConversationSummary`, :class:`ThreadView`) so the
dashboard and CLI never touch rows. Writes happen in the caller's session (one transaction).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from followback.domain import (
    ConversationStatus,
    Direction,
    ErrorCode,
    InboundMessage,
    MessageKind,
    Platform,
    Role,
    UserError,
)
from followback.domain.people import profile_url
from followback.inbox.sla import ConversationTimes, SlaPolicy, SlaState, first_response_status
from followback.inbox.threading import channel_of, thread_key
from followback.store import keyset
from followback.store.audit import AuditRepo
from followback.store.edges import EdgeRepo
from followback.store.message_days import MessageDayRepo
from followback.store.tables import (
    ActionRow,
    BrandAccountRow,
    ContactRow,
    ConversationRow,
    MessageRow,
    RemoteAccountRow,
)
from followback.store.team import TeamRepo

__all__ = [
    "ConversationSummary",
    "InboxRepo",
    "IngestResult",
    "MessageView",
    "ThreadView",
    "conversation_cursor",
    "latest_inbound_texts_and_language",
]


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """One row of the inbox list."""

    id: int
    brand_account_id: int
    platform: str
    contact_handle: str
    contact_remote_id: str
    contact_followers: int
    channel: str  # public | private
    status: str
    assignee: str | None
    tags: list[str]
    priority: float
    is_complaint: bool
    severity: int
    sentiment: str
    opened_at: datetime
    last_inbound_at: datetime | None
    last_outbound_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    automated_replies: int
    contact_name: str = ""  # display name, when the contact's profile is known
    contact_url: str = ""  # their profile on the platform

    @property
    def contact_label(self) -> str:
        """``Display Name (@handle)`` or ``@handle``, for plain-text lists."""
        at = f"@{self.contact_handle}"
        return f"{self.contact_name} ({at})" if self.contact_name else at

    @property
    def awaiting_reply(self) -> bool:
        """The customer wrote last: an open conversation with no answer since."""
        if self.status != ConversationStatus.OPEN or self.last_inbound_at is None:
            return False
        return self.last_outbound_at is None or self.last_outbound_at < self.last_inbound_at

    def times(self) -> ConversationTimes:
        return ConversationTimes(
            self.id,
            self.opened_at,
            self.first_response_at,
            self.resolved_at,
            self.brand_account_id,
        )


# Complaints first, then highest priority, then oldest; the id makes the order total.
_INBOX_ORDER: keyset.SortKey = (
    (ConversationRow.is_complaint, True),
    (ConversationRow.priority, True),
    (ConversationRow.opened_at, False),
    (ConversationRow.id, False),
)


def conversation_cursor(c: ConversationSummary) -> str:
    """The keyset cursor that continues the inbox list after ``c``."""
    return keyset.encode_cursor([c.is_complaint, c.priority, c.opened_at, c.id])


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    remote_id: str
    kind: str
    direction: str  # in | out
    author_id: str
    text: str
    created_at: datetime
    in_reply_to_id: str | None
    written_by: str | None
    classification: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ThreadView:
    conversation: ConversationSummary
    messages: list[MessageView]


@dataclass(frozen=True, slots=True)
class IngestResult:
    conversation_id: int
    message_id: int
    created: bool  # False when the message was already stored


def _message_view(row: MessageRow) -> MessageView:
    return MessageView(
        row.id,
        row.remote_id,
        row.kind,
        row.direction,
        row.author_id,
        row.text,
        row.created_at,
        row.in_reply_to_id,
        row.written_by,
        dict(row.classification or {}),
    )


def _best_handle(contact: ContactRow, profile_handle: str | None) -> str:
    # An X DM without the author's expansion stores the id as the handle; the follower
    # profile, when there is one, knows better.
    if contact.handle == contact.remote_id and profile_handle:
        return profile_handle
    return contact.handle


def _later(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a


def _contact_stmt(platform: Platform, remote_id: str) -> Any:
    """The contact of one author on one platform (at most one row: unique)."""
    return select(ContactRow).where(
        ContactRow.platform == platform.value, ContactRow.remote_id == remote_id
    )


def _thread_stmt(account_id: int, key: str) -> Any:
    """The account's conversation of one thread key (at most one row: unique)."""
    return select(ConversationRow).where(
        ConversationRow.brand_account_id == account_id, ConversationRow.thread_key == key
    )


# How long an unanswered complaint makes its author's next message elsewhere (a new post,
# a DM) a follow-up of it: a customer chases within days, not weeks.
CHASE_WINDOW = timedelta(days=7)


def _awaits_answer(conv: ConversationRow) -> bool:
    """An open complaint the brand has not answered since the customer last wrote."""
    return (
        conv.is_complaint
        and conv.status == ConversationStatus.OPEN.value
        and (
            conv.last_outbound_at is None
            or (conv.last_inbound_at is not None and conv.last_outbound_at < conv.last_inbound_at)
        )
    )


class InboxRepo:
    """Reads and writes the inbox within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- ingest ------------------------------------------------------------------------
    def existing_remote_ids(self, platform: Platform, remote_ids: Iterable[str]) -> set[str]:
        """Which of ``remote_ids`` are already stored."""
        ids = list(remote_ids)
        if not ids:
            return set()
        stmt = select(MessageRow.remote_id).where(
            MessageRow.platform == platform.value, MessageRow.remote_id.in_(ids)
        )
        return set(self.session.scalars(stmt))

    def author_history(
        self, platform: Platform, author_ids: Iterable[str]
    ) -> dict[str, tuple[int, int]]:
        """``author_id -> (earlier inbound messages, earlier complaint conversations)``."""
        ids = list(set(author_ids))
        if not ids:
            return {}
        msgs = select(MessageRow.author_id, func.count()).where(
            MessageRow.platform == platform.value,
            MessageRow.direction == "in",
            MessageRow.author_id.in_(ids),
        )
        counts = {a: n for a, n in self.session.execute(msgs.group_by(MessageRow.author_id))}
        complaints_stmt = (
            select(ContactRow.remote_id, func.count(ConversationRow.id))
            .join(ConversationRow, ConversationRow.contact_id == ContactRow.id)
            .where(
                ContactRow.platform == platform.value,
                ContactRow.remote_id.in_(ids),
                ConversationRow.is_complaint.is_(True),
            )
            .group_by(ContactRow.remote_id)
        )
        complaints = {a: n for a, n in self.session.execute(complaints_stmt)}
        return {
            a: (int(counts.get(a, 0)), min(int(complaints.get(a, 0)), int(counts.get(a, 0))))
            for a in ids
        }

    def find_or_create_contact(
        self, platform: Platform, remote_id: str, handle: str, followers: int, at: datetime
    ) -> ContactRow:
        stmt = _contact_stmt(platform, remote_id)
        row = self.session.scalars(stmt).first()
        if row is None:
            row = ContactRow(
                platform=platform.value,
                remote_id=remote_id,
                handle=handle,
                followers_count=followers,
                created_at=at,
            )
            try:
                # A savepoint: a concurrent poller may create the same contact first.
                with self.session.begin_nested():
                    self.session.add(row)
            except IntegrityError:
                row = self.session.scalars(stmt).one()
        else:
            if handle and handle != remote_id:  # an id-only handle never hides a real one
                row.handle = handle
            row.followers_count = followers
        return row

    def _parent_conversation(
        self, account_id: int, contact: ContactRow, msg: InboundMessage
    ) -> ConversationRow | None:
        """The conversation with this same person that holds the post ``msg`` answers (or
        its thread root). Another person's conversation is never joined: their reply under
        someone else's complaint is theirs to be answered (see ``followback.inbox.threading``)."""
        refs = [r for r in (msg.in_reply_to_id, msg.thread_root_id) if r]
        if msg.kind is MessageKind.DM or not refs:
            return None
        stmt = (
            select(ConversationRow)
            .join(MessageRow, MessageRow.conversation_id == ConversationRow.id)
            .where(
                MessageRow.platform == msg.platform.value,
                MessageRow.remote_id.in_(refs),
                ConversationRow.brand_account_id == account_id,
                ConversationRow.contact_id == contact.id,
            )
        )
        return self.session.scalars(stmt).first()

    def awaits_answer_to_complaint(
        self, account_id: int, msg: InboundMessage, *, or_elsewhere: bool = False
    ) -> bool:
        """Whether ``msg`` would join an open conversation of its author's whose complaint the
        brand has not answered yet (no reply since the customer last wrote). With
        ``or_elsewhere``, also whether, opening a new conversation (a new post, a DM), another
        of its author's such complaints had news within :data:`CHASE_WINDOW` before it."""
        contact = self.session.scalars(_contact_stmt(msg.platform, msg.author_id)).first()
        if contact is None:
            return False
        conv = self._existing_conversation(account_id, contact, msg)
        if conv is not None or not or_elsewhere:
            return conv is not None and _awaits_answer(conv)
        stmt = select(ConversationRow).where(
            ConversationRow.brand_account_id == account_id,
            ConversationRow.contact_id == contact.id,
            ConversationRow.is_complaint.is_(True),
            ConversationRow.status == ConversationStatus.OPEN.value,
            ConversationRow.last_inbound_at >= msg.created_at - CHASE_WINDOW,
        )
        return any(_awaits_answer(c) for c in self.session.scalars(stmt))

    def unanswered_after(
        self, conversation_id: int, author_id: str, after: datetime, *, besides: str
    ) -> list[MessageRow]:
        """The author's inbound messages in a conversation written at or after ``after``
        (other than the message ``besides``, by remote id) and before the brand next wrote
        there, oldest first (follow-ups stored before the complaint they follow: a poll
        stores pages newest first on some servers). At, not only after: snac stamps posts
        to the second, so a follow-up written right after its complaint has its time."""
        stmt = (
            select(MessageRow)
            .where(
                MessageRow.conversation_id == conversation_id,
                MessageRow.created_at >= after,
                MessageRow.remote_id != besides,
            )
            .order_by(MessageRow.created_at, MessageRow.id)
        )
        out = []
        for row in self.session.scalars(stmt):
            if row.direction == "out":
                break
            if row.author_id == author_id:
                out.append(row)
        return out

    def reclassify(
        self, message: MessageRow, classification: dict[str, Any], priority: float
    ) -> None:
        """Replace a stored message's classification; its conversation's priority is raised
        to the message's new one and marked a complaint if the message now is one."""
        was = bool(message.classification.get("is_complaint"))
        message.classification = {**classification, "priority": priority}
        conv = self.get_row(message.conversation_id)
        conv.priority = max(conv.priority, priority)
        if classification.get("is_complaint"):
            conv.is_complaint = True
            if not was:
                # The daily complaint counts read this message as it is now.
                MessageDayRepo(self.session).record_complaint(
                    conv.brand_account_id, message.kind, message.created_at
                )

    def _existing_conversation(
        self, account_id: int, contact: ContactRow, msg: InboundMessage
    ) -> ConversationRow | None:
        """The stored conversation ``msg`` joins: the one with this person holding the post
        it answers, else the one of its thread key; None when it would open a new one."""
        parent = self._parent_conversation(account_id, contact, msg)
        if parent is not None:
            return parent
        return self.session.scalars(_thread_stmt(account_id, thread_key(msg))).first()

    def _conversation_for(
        self, account_id: int, contact: ContactRow, msg: InboundMessage, at: datetime
    ) -> ConversationRow:
        row = self._existing_conversation(account_id, contact, msg)
        if row is not None:
            return row
        key = thread_key(msg)
        row = ConversationRow(
            brand_account_id=account_id,
            contact_id=contact.id,
            thread_key=key,
            channel=channel_of(msg),
            status=ConversationStatus.OPEN.value,
            tags=[],
            priority=0.0,
            is_complaint=False,
            severity=1,
            sentiment="neutral",
            opened_at=msg.created_at,
            automated_replies=0,
        )
        try:
            with self.session.begin_nested():
                self.session.add(row)
        except IntegrityError:
            row = self.session.scalars(_thread_stmt(account_id, key)).one()
        return row

    def record_inbound(
        self,
        account_id: int,
        msg: InboundMessage,
        *,
        classification: dict[str, Any] | None = None,
        priority: float = 0.0,
        at: datetime,
    ) -> IngestResult:
        """Store ``msg`` once (find-or-create contact, conversation, message).

        A message already stored (same platform and message id) changes nothing. A new one
        updates its conversation: reopened if done, priority raised to the message's,
        complaint flag and severity kept at their highest, sentiment set to the latest.
        """
        stmt = select(MessageRow).where(
            MessageRow.platform == msg.platform.value, MessageRow.remote_id == msg.remote_id
        )
        existing = self.session.scalars(stmt).first()
        if existing is not None:
            return IngestResult(existing.conversation_id, existing.id, False)
        contact = self.find_or_create_contact(
            msg.platform, msg.author_id, msg.author_handle, msg.author_followers, at
        )
        conv = self._conversation_for(account_id, contact, msg, at)
        cls = dict(classification or {})
        cls["priority"] = priority
        row = MessageRow(
            conversation_id=conv.id,
            platform=msg.platform.value,
            remote_id=msg.remote_id,
            kind=msg.kind.value,
            direction="in",
            author_id=msg.author_id,
            text=msg.text,
            created_at=msg.created_at,
            in_reply_to_id=msg.in_reply_to_id,
            classification=cls,
        )
        try:
            # A savepoint: a concurrent poller may store the same message first.
            with self.session.begin_nested():
                self.session.add(row)
        except IntegrityError:
            existing = self.session.scalars(stmt).one()
            return IngestResult(existing.conversation_id, existing.id, False)
        self._absorb(conv, msg.created_at, cls, priority)
        # The daily volume the overview and listening read, in the same transaction.
        MessageDayRepo(self.session).record(
            account_id, row.kind, msg.created_at, complaint=bool(cls.get("is_complaint"))
        )
        return IngestResult(conv.id, row.id, True)

    @staticmethod
    def _absorb(
        conv: ConversationRow, created_at: datetime, cls: dict[str, Any], priority: float
    ) -> None:
        if conv.status == ConversationStatus.DONE.value:
            conv.status = ConversationStatus.OPEN.value
            conv.resolved_at = None
            conv.priority = 0.0
        conv.last_inbound_at = _later(conv.last_inbound_at, created_at)
        conv.priority = max(conv.priority, priority)
        if cls.get("is_complaint"):
            conv.is_complaint = True
            conv.severity = max(conv.severity, int(cls.get("severity", 1)))
        if "sentiment" in cls:
            conv.sentiment = str(cls["sentiment"])

    # -- reads ---------------------------------------------------------------------------
    def _summaries(self, stmt: Any) -> list[ConversationSummary]:
        rows = self.session.execute(stmt).all()
        return [
            ConversationSummary(
                id=c.id,
                brand_account_id=c.brand_account_id,
                platform=p.platform,
                contact_handle=_best_handle(p, profile_handle),
                contact_remote_id=p.remote_id,
                contact_followers=p.followers_count,
                channel=c.channel,
                status=c.status,
                assignee=c.assignee,
                tags=list(c.tags or []),
                priority=c.priority,
                is_complaint=c.is_complaint,
                severity=c.severity,
                sentiment=c.sentiment,
                opened_at=c.opened_at,
                last_inbound_at=c.last_inbound_at,
                last_outbound_at=last_out,
                first_response_at=c.first_response_at,
                resolved_at=c.resolved_at,
                automated_replies=c.automated_replies,
                contact_name=name or "",
                contact_url=url or profile_url(p.platform, p.handle, server or brand_host),
            )
            for c, p, last_out, name, url, server, profile_handle, brand_handle in rows
            for brand_host in [brand_handle.lstrip("@").partition("@")[2] or None]
        ]

    def _base(self) -> tuple[Any, Any]:  # (select of 8 columns, last-out subquery)
        last_out = ConversationRow.last_outbound_at
        stmt = (
            select(
                ConversationRow,
                ContactRow,
                last_out.label("last_out"),
                RemoteAccountRow.display_name,
                RemoteAccountRow.url,
                BrandAccountRow.server,
                RemoteAccountRow.handle,
                BrandAccountRow.handle,
            )
            .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
            .join(BrandAccountRow, BrandAccountRow.id == ConversationRow.brand_account_id)
            .outerjoin(
                RemoteAccountRow,
                and_(
                    RemoteAccountRow.platform == ContactRow.platform,
                    RemoteAccountRow.remote_id == ContactRow.remote_id,
                ),
            )
        )
        return stmt, last_out

    def _filtered(
        self,
        account_id: int | None,
        status: ConversationStatus | None,
        unanswered: bool,
        complaints: bool,
        assignee: str | None,
        search: str | None,
    ) -> Any:
        stmt, last_out = self._base()
        if account_id is not None:
            stmt = stmt.where(ConversationRow.brand_account_id == account_id)
        if status is not None:
            stmt = stmt.where(ConversationRow.status == status.value)
        if complaints:
            stmt = stmt.where(ConversationRow.is_complaint.is_(True))
        if assignee is not None:
            stmt = stmt.where(ConversationRow.assignee == assignee)
        if unanswered:
            stmt = stmt.where(
                ConversationRow.status == ConversationStatus.OPEN.value,
                ConversationRow.last_inbound_at.is_not(None),
                or_(last_out.is_(None), last_out < ConversationRow.last_inbound_at),
            )
        if search and search.strip():
            like = f"%{search.strip().lstrip('@')}%"
            text_like = f"%{search.strip()}%"
            stmt = stmt.where(
                or_(
                    ContactRow.handle.ilike(like),
                    RemoteAccountRow.display_name.ilike(like),
                    ConversationRow.id.in_(
                        select(MessageRow.conversation_id).where(MessageRow.text.ilike(text_like))
                    ),
                )
            )
        return stmt

    def list_conversations(
        self,
        account_id: int | None = None,
        *,
        status: ConversationStatus | None = ConversationStatus.OPEN,
        unanswered: bool = False,
        complaints: bool = False,
        assignee: str | None = None,
        sla: tuple[SlaPolicy, datetime] | None = None,
        search: str | None = None,
        limit: int = 100,
        offset: int = 0,
        after: str | None = None,
    ) -> list[ConversationSummary]:
        """Conversations, complaints first, then by priority (highest), then oldest first.

        ``after`` (a :func:`conversation_cursor`) starts the page after that conversation.

        ``unanswered`` keeps those where the customer wrote last; ``sla=(policy, now)``
        keeps those breaching the first-response target (or at risk of it); ``search``
        matches the contact's handle or name, or the text of any message.
        """
        stmt = self._filtered(account_id, status, unanswered, complaints, assignee, search)
        if after:
            stmt = stmt.where(keyset.after(_INBOX_ORDER, keyset.decode_cursor(after, 4)))
        stmt = stmt.order_by(
            ConversationRow.is_complaint.desc(),
            ConversationRow.priority.desc(),
            ConversationRow.opened_at,
            ConversationRow.id,
        )
        if sla is None:
            return self._summaries(stmt.limit(limit).offset(offset))
        policy, now = sla
        alerts = [
            s
            for s in self._summaries(stmt)
            if first_response_status(s.times(), now, policy).state
            in (SlaState.BREACHED, SlaState.AT_RISK)
        ]
        return alerts[offset : offset + limit]

    def count_matching(
        self,
        account_id: int | None = None,
        *,
        status: ConversationStatus | None = ConversationStatus.OPEN,
        unanswered: bool = False,
        complaints: bool = False,
        assignee: str | None = None,
        search: str | None = None,
    ) -> int:
        """How many conversations :meth:`list_conversations` would list without paging."""
        sub = self._filtered(
            account_id, status, unanswered, complaints, assignee, search
        ).subquery()
        return int(self.session.scalar(select(func.count()).select_from(sub)) or 0)

    def open_counts_by_assignee(self) -> dict[str, int]:
        """Open conversations held by each member (for capacity)."""
        stmt = (
            select(ConversationRow.assignee, func.count())
            .where(
                ConversationRow.status == ConversationStatus.OPEN.value,
                ConversationRow.assignee.is_not(None),
            )
            .group_by(ConversationRow.assignee)
        )
        return {str(name): int(n) for name, n in self.session.execute(stmt)}

    def next_open(self, after: int | None, member: str | None) -> int | None:
        """The conversation to work next: open and waiting for the brand, mine or nobody's,
        complaints and priority first; never ``after`` itself."""
        stmt, last_out = self._base()
        stmt = stmt.where(
            ConversationRow.status == ConversationStatus.OPEN.value,
            ConversationRow.last_inbound_at.is_not(None),
            or_(last_out.is_(None), last_out < ConversationRow.last_inbound_at),
            or_(ConversationRow.assignee.is_(None), ConversationRow.assignee == member),
        )
        if after is not None:
            stmt = stmt.where(ConversationRow.id != after)
        stmt = stmt.order_by(
            (ConversationRow.assignee == member).desc(),
            ConversationRow.is_complaint.desc(),
            ConversationRow.priority.desc(),
            ConversationRow.opened_at,
            ConversationRow.id,
        ).limit(1)
        found = self._summaries(stmt)
        return found[0].id if found else None

    def count_open(self, account_id: int | None = None) -> dict[str, int]:
        """The inbox header's counts: open, unanswered (the customer wrote last) and
        complaints among the open conversations. Reads the open conversations' own rows
        (the kept ``last_outbound_at``), not their messages."""
        waiting = and_(
            ConversationRow.last_inbound_at.is_not(None),
            or_(
                ConversationRow.last_outbound_at.is_(None),
                ConversationRow.last_outbound_at < ConversationRow.last_inbound_at,
            ),
        )

        def one(cond: Any) -> Any:
            return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

        stmt = select(
            func.count(), one(waiting), one(ConversationRow.is_complaint.is_(True))
        ).where(ConversationRow.status == ConversationStatus.OPEN.value)
        if account_id is not None:
            stmt = stmt.where(ConversationRow.brand_account_id == account_id)
        counts = self.session.execute(stmt).one()
        return {"open": int(counts[0]), "unanswered": int(counts[1]), "complaints": int(counts[2])}

    def count_conversations(self, account_id: int | None = None) -> dict[str, int]:
        """Counts for dashboards and the demo: :meth:`count_open`'s, done and messages."""
        done = select(func.count()).where(ConversationRow.status == ConversationStatus.DONE.value)
        msg_stmt = select(func.count(MessageRow.id)).join(
            ConversationRow, ConversationRow.id == MessageRow.conversation_id
        )
        if account_id is not None:
            done = done.where(ConversationRow.brand_account_id == account_id)
            msg_stmt = msg_stmt.where(ConversationRow.brand_account_id == account_id)
        return self.count_open(account_id) | {
            "done": int(self.session.scalar(done) or 0),
            "messages": int(self.session.scalar(msg_stmt) or 0),
        }

    def rebuild_last_outbound(self) -> None:
        """Set every conversation's ``last_outbound_at`` from its messages (the migration
        that added the column, and data written in bulk SQL)."""
        latest = (
            select(func.max(MessageRow.created_at))
            .where(MessageRow.conversation_id == ConversationRow.id, MessageRow.direction == "out")
            .scalar_subquery()
        )
        self.session.execute(
            update(ConversationRow)
            .values(last_outbound_at=latest)
            .execution_options(synchronize_session=False)
        )

    def get_row(self, conversation_id: int) -> ConversationRow:
        row = self.session.get(ConversationRow, conversation_id)
        if row is None:
            raise UserError(
                f"no conversation with id {conversation_id}",
                ErrorCode.NOT_FOUND,
                id=conversation_id,
            )
        return row

    def get_summary(self, conversation_id: int) -> ConversationSummary:
        stmt, _ = self._base()
        found = self._summaries(stmt.where(ConversationRow.id == conversation_id))
        if not found:
            raise UserError(
                f"no conversation with id {conversation_id}",
                ErrorCode.NOT_FOUND,
                id=conversation_id,
            )
        return found[0]

    def get_thread(self, conversation_id: int) -> ThreadView:
        """The conversation and its messages, oldest first."""
        summary = self.get_summary(conversation_id)
        stmt = (
            select(MessageRow)
            .where(MessageRow.conversation_id == conversation_id)
            .order_by(MessageRow.created_at, MessageRow.id)
        )
        return ThreadView(summary, [_message_view(r) for r in self.session.scalars(stmt)])

    def contact_of(self, conversation_id: int) -> ContactRow:
        row = self.get_row(conversation_id)
        contact = self.session.get(ContactRow, row.contact_id)
        if contact is None:  # only possible if the foreign key was bypassed
            raise UserError(f"conversation {conversation_id} has no contact", ErrorCode.NOT_FOUND)
        return contact

    def latest_inbound(self, conversation_id: int) -> MessageRow | None:
        stmt = (
            select(MessageRow)
            .where(MessageRow.conversation_id == conversation_id, MessageRow.direction == "in")
            .order_by(MessageRow.created_at.desc(), MessageRow.id.desc())
        )
        return self.session.scalars(stmt).first()

    def customer_wrote_privately(self, conversation_id: int) -> bool:
        """True when the contact sent the brand a DM (so a private answer is solicited)."""
        contact = self.contact_of(conversation_id)
        stmt = select(func.count(MessageRow.id)).where(
            MessageRow.platform == contact.platform,
            MessageRow.author_id == contact.remote_id,
            MessageRow.kind == MessageKind.DM.value,
            MessageRow.direction == "in",
        )
        return bool(self.session.scalar(stmt))

    def sla_times(self, account_id: int | None = None) -> list[ConversationTimes]:
        """Opening, first-response and resolution times of every conversation."""
        stmt = select(
            ConversationRow.id,
            ConversationRow.opened_at,
            ConversationRow.first_response_at,
            ConversationRow.resolved_at,
            ConversationRow.brand_account_id,
        ).order_by(ConversationRow.id)
        if account_id is not None:
            stmt = stmt.where(ConversationRow.brand_account_id == account_id)
        return [ConversationTimes(*r) for r in self.session.execute(stmt)]

    # -- working the inbox -------------------------------------------------------------
    def assign(self, conversation_id: int, member: str | None, *, by: str, at: datetime) -> None:
        """Assign to an active agent or admin (``None`` unassigns)."""
        row = self.get_row(conversation_id)
        if member is not None:
            TeamRepo(self.session).get_active(member, Role.AGENT)
        row.assignee = member
        AuditRepo(self.session).record(
            by, "inbox.assign", str(conversation_id), row.brand_account_id, at, assignee=member
        )

    def tag(
        self,
        conversation_id: int,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> list[str]:
        """Add and remove tags (lower-cased, trimmed); returns the tags now set."""
        row = self.get_row(conversation_id)
        tags = [t for t in (row.tags or []) if t not in {r.strip().lower() for r in remove}]
        for t in add:
            clean = t.strip().lower()
            if not clean:
                raise UserError("a tag cannot be empty", ErrorCode.BAD_INPUT)
            if clean not in tags:
                tags.append(clean)
        row.tags = tags
        return tags

    def mark_done(self, conversation_id: int, *, by: str, at: datetime) -> None:
        """Close the conversation; a new message from the customer reopens it."""
        row = self.get_row(conversation_id)
        if row.status == ConversationStatus.DONE.value:
            return
        row.status = ConversationStatus.DONE.value
        row.resolved_at = at
        AuditRepo(self.session).record(
            by, "inbox.done", str(conversation_id), row.brand_account_id, at
        )

    def record_outbound(
        self,
        conversation_id: int,
        *,
        remote_id: str,
        text: str,
        written_by: str,
        at: datetime,
        in_reply_to_id: str | None = None,
        automated: bool = False,
    ) -> int:
        """Record a reply the brand sent; sets the first-response time on the first one."""
        conv = self.get_row(conversation_id)
        contact = self.contact_of(conversation_id)
        row = MessageRow(
            conversation_id=conversation_id,
            platform=contact.platform,
            remote_id=remote_id,
            kind=MessageKind.OUTBOUND.value,
            direction="out",
            author_id="brand",
            text=text,
            created_at=at,
            in_reply_to_id=in_reply_to_id,
            written_by=written_by,
            classification={},
        )
        self.session.add(row)
        conv.last_outbound_at = _later(conv.last_outbound_at, at)
        if conv.first_response_at is None:
            conv.first_response_at = at
        if automated:
            conv.automated_replies += 1
        self.session.flush()
        AuditRepo(self.session).record(
            written_by,
            "inbox.reply",
            str(conversation_id),
            conv.brand_account_id,
            at,
            message=remote_id,
            automated=automated,
        )
        return row.id

    # -- outbox for replies and DMs ----------------------------------------------------
    def find_action(self, idempotency_key: str) -> ActionRow | None:
        stmt = select(ActionRow).where(ActionRow.idempotency_key == idempotency_key)
        return self.session.scalars(stmt).first()

    def recent_public_inbound(self, account_id: int, limit: int) -> list[MessageRow]:
        """The account's latest ``limit`` inbound public messages, newest first."""
        stmt = (
            select(MessageRow)
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .where(
                ConversationRow.brand_account_id == account_id,
                ConversationRow.channel == "public",
                MessageRow.direction == "in",
            )
            .order_by(MessageRow.created_at.desc(), MessageRow.id.desc())
            .limit(limit)
        )
        return list(self.session.scalars(stmt))

    def other_conversations(
        self, contact_id: int, excluding: int, limit: int = 20
    ) -> list[ConversationRow]:
        """The contact's other conversations, newest first."""
        stmt = (
            select(ConversationRow)
            .where(ConversationRow.contact_id == contact_id, ConversationRow.id != excluding)
            .order_by(ConversationRow.opened_at.desc())
            .limit(limit)
        )
        return list(self.session.scalars(stmt))

    def is_follower(self, account_id: int, remote_id: str) -> bool:
        """True when ``remote_id`` currently follows the brand (from the tracked edges)."""
        return bool(EdgeRepo(self.session).find_active(account_id, Direction.FOLLOWER, [remote_id]))


def latest_inbound_texts_and_language(
    session: Session, conversation_ids: Sequence[int]
) -> dict[int, tuple[str, str]]:
    """Conversation id -> (text, detected language) of the customer's latest message."""
    if not conversation_ids:
        return {}
    latest = (
        select(MessageRow.conversation_id, func.max(MessageRow.id).label("mid"))
        .where(MessageRow.conversation_id.in_(conversation_ids), MessageRow.direction == "in")
        .group_by(MessageRow.conversation_id)
        .subquery()
    )
    stmt = select(MessageRow.conversation_id, MessageRow.text, MessageRow.classification).join(
        latest, latest.c.mid == MessageRow.id
    )
    return {
        cid: (text, str((cls or {}).get("language", "")))
        for cid, text, cls in session.execute(stmt)
    }
