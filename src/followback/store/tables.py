"""Database tables (SQLAlchemy 2 declarative). Schema changes go through Alembic migrations.

Times are stored as timezone-aware UTC (``UtcDateTime``); SQLite gets them back naive and
the type re-attaches UTC, so callers always see aware datetimes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from followback.domain.clock import as_utc

__all__ = [
    "AccountPolicyRow",
    "ActionRow",
    "AuditRow",
    "Base",
    "BrandAccountRow",
    "BusinessCalendarRow",
    "ContactLinkRow",
    "ContactNoteRow",
    "ContactRow",
    "ConversationRow",
    "DeadLetterRow",
    "DecisionCountRow",
    "DecisionRow",
    "ExperimentAssignmentRow",
    "FollowCheckRow",
    "FollowDayRow",
    "FollowEdgeRow",
    "FollowEventRow",
    "LearnedAdjustmentRow",
    "ListenRuleRow",
    "LoginAttemptRow",
    "MessageDayRow",
    "MessageRow",
    "MetricSnapshotRow",
    "NotificationRow",
    "OAuthClientRow",
    "OAuthFlowRow",
    "PresenceRow",
    "ProfileSnapshotRow",
    "RateBucketRow",
    "RemoteAccountRow",
    "ReplyDraftRow",
    "RetentionAnalysisRow",
    "SavedReplyRow",
    "SyncStateRow",
    "TeamMemberRow",
    "UtcDateTime",
    "WebSessionRow",
    "XWebhookEventRow",
    "XWebhookRow",
]


class UtcDateTime(TypeDecorator[datetime]):
    """A DateTime column that only accepts and returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = as_utc(value)
        # SQLite has no time zones: store naive UTC text.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)


class Base(DeclarativeBase):
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class BrandAccountRow(Base):
    """An account followback manages (credentials encrypted at rest)."""

    __tablename__ = "brand_accounts"
    __table_args__ = (UniqueConstraint("platform", "handle"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    handle: Mapped[str] = mapped_column(String(320))
    remote_id: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(16))
    server: Mapped[str | None] = mapped_column(String(500), nullable=True)
    credentials: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    needs_reauth: Mapped[bool] = mapped_column(Boolean, default=False)
    auth_failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]


class RemoteAccountRow(Base):
    """A remote account's latest known profile (full history in profile_snapshots)."""

    __tablename__ = "remote_accounts"
    __table_args__ = (UniqueConstraint("platform", "remote_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    remote_id: Mapped[str] = mapped_column(String(320))
    handle: Mapped[str] = mapped_column(String(320))
    display_name: Mapped[str] = mapped_column(Text, default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    followers_count: Mapped[int] = mapped_column(BigInteger, default=0)
    following_count: Mapped[int] = mapped_column(BigInteger, default=0)
    posts_count: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime | None]
    has_avatar: Mapped[bool] = mapped_column(Boolean, default=True)
    bot_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(16), default="")
    last_post_at: Mapped[datetime | None]
    moved_to: Mapped[str | None] = mapped_column(String(320), nullable=True)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    labels: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Platform-native signals and the recent-posts summary (Profile fields past
    # ``labels``), in one JSON object so a new signal needs no migration.
    signals: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True, default=dict)
    fingerprint: Mapped[str] = mapped_column(String(32), default="")
    observed_at: Mapped[datetime]


class ProfileSnapshotRow(Base):
    """A profile as observed at one time (kept when it changes)."""

    __tablename__ = "profile_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    remote_account_id: Mapped[int] = mapped_column(
        ForeignKey("remote_accounts.id", ondelete="CASCADE"), index=True
    )
    observed_at: Mapped[datetime]
    fingerprint: Mapped[str] = mapped_column(String(32))
    followers_count: Mapped[int] = mapped_column(BigInteger)
    following_count: Mapped[int] = mapped_column(BigInteger)
    posts_count: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class FollowEdgeRow(Base):
    """Who follows whom, since when, until when, and why it ended."""

    __tablename__ = "follow_edges"
    __table_args__ = (
        Index(
            "ix_follow_edges_active",
            "brand_account_id",
            "direction",
            "remote_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
        Index("ix_follow_edges_first_seen", "brand_account_id", "direction", "first_seen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    remote_id: Mapped[str] = mapped_column(String(320))
    direction: Mapped[str] = mapped_column(String(16))
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    via: Mapped[str] = mapped_column(String(32), default="sync")
    holdout: Mapped[bool] = mapped_column(Boolean, default=False)


class FollowEventRow(Base):
    """One change to a follow relationship; never deleted except by ``forget``."""

    __tablename__ = "follow_events"
    __table_args__ = (Index("ix_follow_events_account_at", "brand_account_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    remote_id: Mapped[str] = mapped_column(String(320), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(32), default="sync")
    reason: Mapped[str | None] = mapped_column(String(16), nullable=True)


class DecisionCountRow(Base):
    """How many current (not superseded) decisions an account has in a state and verdict;
    kept by :mod:`followback.store.decision_counts`."""

    __tablename__ = "decision_counts"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(16), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)


class FollowDayRow(Base):
    """Per account and UTC day: follower events by kind and edges opened and closed.

    Kept equal to a ``GROUP BY`` over ``follow_events`` and ``follow_edges`` by the
    repositories that change those (:mod:`followback.store.follow_days`), so the
    dashboard reads one row per day instead of scanning followers.
    """

    __tablename__ = "follow_days"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    arrivals: Mapped[int] = mapped_column(BigInteger, default=0)  # ``followed`` events
    unfollowed: Mapped[int] = mapped_column(BigInteger, default=0)
    purged: Mapped[int] = mapped_column(BigInteger, default=0)  # ``ended``, not deactivated
    deactivated: Mapped[int] = mapped_column(BigInteger, default=0)
    followers_opened: Mapped[int] = mapped_column(BigInteger, default=0)  # by first_seen
    followers_closed: Mapped[int] = mapped_column(BigInteger, default=0)  # by ended_at
    following_opened: Mapped[int] = mapped_column(BigInteger, default=0)
    following_closed: Mapped[int] = mapped_column(BigInteger, default=0)


class MessageDayRow(Base):
    """Per account and UTC day: inbound posts naming the brand (addressed to it, heard by
    listening, and complaints among both). Kept equal to a ``GROUP BY`` over ``messages``
    by :mod:`followback.store.message_days`."""

    __tablename__ = "message_days"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    mentions: Mapped[int] = mapped_column(BigInteger, default=0)
    heard: Mapped[int] = mapped_column(BigInteger, default=0)
    complaints: Mapped[int] = mapped_column(BigInteger, default=0)


class DecisionRow(Base):
    """What was decided about an account, by which rule, model or person, and why."""

    __tablename__ = "decisions"
    __table_args__ = (
        Index("ix_decisions_queue", "brand_account_id", "state", "priority"),
        Index("ix_decisions_remote", "brand_account_id", "remote_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    remote_id: Mapped[str] = mapped_column(String(320))
    verdict: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    bot_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    model_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    policy_version: Mapped[str] = mapped_column(String(64), default="")
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime]
    reviewed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reviewed_at: Mapped[datetime | None]
    review_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    profile_fingerprint: Mapped[str] = mapped_column(String(32), default="")
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    # The brand's learned adjustment in force when this was decided (None: none yet).
    learned_version: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ActionRow(Base):
    """The outbox: an action's intent is committed before the platform call."""

    __tablename__ = "actions"
    __table_args__ = (
        UniqueConstraint("idempotency_key"),
        Index("ix_actions_state", "brand_account_id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(320))
    idempotency_key: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16))
    requested_by: Mapped[str] = mapped_column(String(200))
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL"), nullable=True
    )
    batch_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    not_before: Mapped[datetime | None]
    attempted_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    remote_ref: Mapped[str | None] = mapped_column(String(500), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class RateBucketRow(Base):
    """A durable token bucket: shared across restarts and worker processes."""

    __tablename__ = "rate_buckets"
    __table_args__ = (UniqueConstraint("brand_account_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(64))
    tokens: Mapped[float] = mapped_column(Float)
    capacity: Mapped[float] = mapped_column(Float)
    period_s: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime]
    used_total: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncStateRow(Base):
    """Cursors and counters of incremental syncs, per account and stream."""

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("brand_account_id", "stream"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    stream: Mapped[str] = mapped_column(String(64))
    cursor: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[datetime]
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ExperimentAssignmentRow(Base):
    """One follower's arm in the follow-back experiment, fixed when first assigned.

    Written when the policy first finds the follower eligible for a follow-back; never
    changed afterwards, so the analysis compares the arms as assigned, from ``assigned_at``.
    """

    __tablename__ = "experiment_assignments"
    __table_args__ = (UniqueConstraint("brand_account_id", "remote_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    remote_id: Mapped[str] = mapped_column(String(320))
    arm: Mapped[str] = mapped_column(String(16))
    assigned_at: Mapped[datetime]
    share: Mapped[float] = mapped_column(Float)
    bot_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    scheme: Mapped[str] = mapped_column(String(32))


class MetricSnapshotRow(Base):
    """Per-account counts at one time, for charts over time."""

    __tablename__ = "metric_snapshots"
    __table_args__ = (Index("ix_metric_snapshots_account_at", "brand_account_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    at: Mapped[datetime]
    followers: Mapped[int] = mapped_column(BigInteger)
    following: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RetentionAnalysisRow(Base):
    """An account's retention analyses as the service last computed them (the Retention
    page reads this instead of fitting survival models on each view; see
    :mod:`followback.store.retention_analyses`)."""

    __tablename__ = "retention_analyses"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    computed_at: Mapped[datetime]  # when they were computed (wall clock)
    as_of: Mapped[datetime]  # the time they ran as of (the last sync, or the clock)
    synced_at: Mapped[datetime | None]  # the account's latest sync when they were computed
    sla_minutes: Mapped[int] = mapped_column(Integer)
    holdout_days: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)  # how long computing them took
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # zlib of followback.tracking.analyses


class TeamMemberRow(Base):
    """A named person who works the queue and inbox; password hashed with argon2."""

    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(500), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class ContactRow(Base):
    """A person who wrote to the brand on one platform."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("platform", "remote_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    remote_id: Mapped[str] = mapped_column(String(320))
    handle: Mapped[str] = mapped_column(String(320))
    followers_count: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime]


class ConversationRow(Base):
    """A thread between the brand and a contact."""

    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("brand_account_id", "thread_key"),
        Index("ix_conversations_inbox", "brand_account_id", "status", "priority"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE")
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    thread_key: Mapped[str] = mapped_column(String(400))
    channel: Mapped[str] = mapped_column(String(16))  # public | private
    status: Mapped[str] = mapped_column(String(16))
    assignee: Mapped[str | None] = mapped_column(String(200), nullable=True)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    is_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    severity: Mapped[int] = mapped_column(Integer, default=1)
    sentiment: Mapped[str] = mapped_column(String(16), default="neutral")
    opened_at: Mapped[datetime]
    last_inbound_at: Mapped[datetime | None]
    # The latest reply the brand sent, kept by InboxRepo.record_outbound: the inbox's
    # "waiting" counts and filters read it instead of every conversation's messages.
    last_outbound_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    automated_replies: Mapped[int] = mapped_column(Integer, default=0)


class MessageRow(Base):
    """One message in a conversation; unique on the platform's message id."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("platform", "remote_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    platform: Mapped[str] = mapped_column(String(16))
    remote_id: Mapped[str] = mapped_column(String(320))
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(8))  # in | out
    author_id: Mapped[str] = mapped_column(String(320))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    in_reply_to_id: Mapped[str | None] = mapped_column(String(320), nullable=True)
    written_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    classification: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditRow(Base):
    """Who or what did what to whom, when and why."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    verb: Mapped[str] = mapped_column(String(64))
    brand_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="SET NULL"), nullable=True, index=True
    )
    target: Mapped[str] = mapped_column(String(320))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DeadLetterRow(Base):
    """A job or action that failed for good, with its payload, for a person to look at."""

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    brand_account_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AccountPolicyRow(Base):
    """A brand account's follow-back policy (seeded from followback.toml, edited via the API)."""

    __tablename__ = "account_policies"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    policy: Mapped[dict[str, Any]] = mapped_column(JSON)
    limits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class LearnedAdjustmentRow(Base):
    """The per-account adjustment learned from the brand's own approve/skip decisions.

    ``reset_at`` forgets every decision reviewed before it (a reset keeps the row, with
    empty weights, so training after a reset starts from the reset).
    """

    __tablename__ = "learned_adjustments"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[str] = mapped_column(String(64), default="")
    weights: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    decisions_used: Mapped[int] = mapped_column(Integer, default=0)
    trained_at: Mapped[datetime | None]
    reset_at: Mapped[datetime | None]


class FollowCheckRow(Base):
    """A second look at an account the brand follows: last re-score and any flag.

    ``state`` is ``ok``, ``flagged`` (on the "unfollow?" list for a person), ``kept``
    (a person chose to keep following) or ``unfollowed``.
    """

    __tablename__ = "follow_checks"
    __table_args__ = (Index("ix_follow_checks_state", "brand_account_id", "state"),)

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    remote_id: Mapped[str] = mapped_column(String(320), primary_key=True)
    checked_at: Mapped[datetime]
    fingerprint: Mapped[str] = mapped_column(String(32), default="")
    bot_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="ok")
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resolved_at: Mapped[datetime | None]


class NotificationRow(Base):
    """One event's delivery to one channel: the log of every try, and its outbox."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("event_key", "channel"),
        Index("ix_notifications_state", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_key: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    brand_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="SET NULL"), nullable=True
    )
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16))  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime | None]
    attempted_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class ListenRuleRow(Base):
    """What a brand account listens for (seeded from followback.toml, edited in Settings)."""

    __tablename__ = "listen_rules"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class WebSessionRow(Base):
    """A dashboard session or an API token. Only the secret's SHA-256 is stored, so a copy
    of the database does not hand out live sessions; revoking sets ``revoked_at``."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("team_members.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # session | token
    csrf: Mapped[str] = mapped_column(String(64), default="")
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)


class LoginAttemptRow(Base):
    """Login attempts per address or per (hashed) name in the current window.

    Counted in the database, before the slow password hash, so concurrent guesses and a
    restart do not reset the limit; the dashboard may run as several processes.
    """

    __tablename__ = "login_attempts"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    window_start: Mapped[float] = mapped_column(Float)  # Unix seconds
    count: Mapped[int] = mapped_column(Integer, default=0)


class ReplyDraftRow(Base):
    """A reply written by a member whose role needs approval; an approver sends or rejects it."""

    __tablename__ = "reply_drafts"
    __table_args__ = (Index("ix_reply_drafts_state", "state", "conversation_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending|sent|rejected
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ContactNoteRow(Base):
    """An internal note about a contact, seen by the team only."""

    __tablename__ = "contact_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class OAuthClientRow(Base):
    """An OAuth application registered with a platform server (Mastodon's ``/api/v1/apps``),
    reused for every later connection through the same server and callback address."""

    __tablename__ = "oauth_clients"
    __table_args__ = (UniqueConstraint("platform", "server", "redirect_uri"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server: Mapped[str] = mapped_column(String(500))
    redirect_uri: Mapped[str] = mapped_column(String(1000))
    client_id: Mapped[str] = mapped_column(String(500))
    client_secret: Mapped[bytes] = mapped_column(LargeBinary)  # encrypted with the key
    created_at: Mapped[datetime]


class OAuthFlowRow(Base):
    """One authorization in progress: the state's SHA-256 (the CSRF check), the PKCE
    verifier (encrypted) and who started it. Single use; kept in the database so any web
    process can finish it."""

    __tablename__ = "oauth_flows"

    state_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server: Mapped[str | None] = mapped_column(String(500), nullable=True)
    redirect_uri: Mapped[str] = mapped_column(String(1000))
    client_id: Mapped[str] = mapped_column(String(500))
    verifier: Mapped[bytes] = mapped_column(LargeBinary)  # encrypted with the key
    started_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


# Indexes in the order the lists are paged (migration 0010; see followback.store.keyset).
Index(
    "ix_decisions_queue_order",
    DecisionRow.brand_account_id,
    DecisionRow.state,
    DecisionRow.priority.desc(),
    DecisionRow.decided_at,
    DecisionRow.id,
)
Index(
    "ix_decisions_queue_order_all",
    DecisionRow.state,
    DecisionRow.priority.desc(),
    DecisionRow.decided_at,
    DecisionRow.id,
)
Index(
    "ix_conversations_list_order",
    ConversationRow.brand_account_id,
    ConversationRow.status,
    ConversationRow.is_complaint.desc(),
    ConversationRow.priority.desc(),
    ConversationRow.opened_at,
    ConversationRow.id,
)
Index(
    "ix_conversations_list_order_all",
    ConversationRow.status,
    ConversationRow.is_complaint.desc(),
    ConversationRow.priority.desc(),
    ConversationRow.opened_at,
    ConversationRow.id,
)
Index("ix_audit_at_id", AuditRow.at, AuditRow.id)
Index("ix_audit_account_at_id", AuditRow.brand_account_id, AuditRow.at, AuditRow.id)
# Day ranges the dashboard reads (migration 0018): inbound posts per day, response times.
Index("ix_messages_created_at", MessageRow.created_at)
Index("ix_conversations_opened", ConversationRow.brand_account_id, ConversationRow.opened_at)
Index("ix_conversations_opened_all", ConversationRow.opened_at)
# Answered conversations by when they opened, with their first response (migration 0024):
# the overview's response-time medians read these index entries, not the table.
_ANSWERED = text("first_response_at IS NOT NULL")
Index(
    "ix_conversations_answered",
    ConversationRow.brand_account_id,
    ConversationRow.opened_at,
    ConversationRow.first_response_at,
    sqlite_where=_ANSWERED,
    postgresql_where=_ANSWERED,
)
Index(
    "ix_conversations_answered_all",
    ConversationRow.opened_at,
    ConversationRow.first_response_at,
    sqlite_where=_ANSWERED,
    postgresql_where=_ANSWERED,
)
# Decisions a person reviewed (migration 0020): the learning status counts only those.
Index(
    "ix_decisions_reviewed",
    DecisionRow.brand_account_id,
    DecisionRow.reviewed_at,
    DecisionRow.state,
    DecisionRow.remote_id,
    sqlite_where=text("reviewed_by IS NOT NULL"),
    postgresql_where=text("reviewed_by IS NOT NULL"),
)


class PlatformFactRow(Base):
    """What a platform's own answers showed about a brand account (its X plan allows API
    follows or not, ...): detected, never assumed, with the evidence and when."""

    __tablename__ = "platform_facts"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    evidence: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[datetime]


class BusinessCalendarRow(Base):
    """Opening hours and holidays of one brand account, edited in the dashboard; the SLA
    clock runs only inside them."""

    __tablename__ = "business_calendars"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    hours: Mapped[str] = mapped_column(String(200))  # "09:00-17:00 Mon-Fri Europe/Lisbon"
    holidays: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO dates
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime]


class SavedReplyRow(Base):
    """A saved reply the team keeps in the dashboard (the settings file's
    ``[inbox.saved_replies]`` are offered too; a stored one wins on the same name)."""

    __tablename__ = "saved_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime]


class PresenceRow(Base):
    """Who has a conversation open, and whether they are typing, as last heard from their
    browser. Short-lived: read with an expiry, old rows purged on write. In the database so
    every dashboard process sees everyone."""

    __tablename__ = "conversation_presence"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    member: Mapped[str] = mapped_column(String(200), primary_key=True)
    typing_at: Mapped[datetime | None] = mapped_column(nullable=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)


class ContactLinkRow(Base):
    """A contact's place in a person linked across platforms by a team member: contacts
    with the same ``person_id`` are one person. The evidence is the public signal named."""

    __tablename__ = "contact_links"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    evidence: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text)
    linked_by: Mapped[str] = mapped_column(String(200))
    linked_at: Mapped[datetime]


class XWebhookRow(Base):
    """An X webhook that delivers the brand's follow events (X Activity API) to this install:
    X's webhook id, the public URL it calls, the subscriptions pointed at it, and the app's
    consumer secret and app-only bearer token, encrypted with the credentials key (kept apart
    from the account's user tokens, so reconnecting the account does not lose them)."""

    __tablename__ = "x_webhooks"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    webhook_id: Mapped[str] = mapped_column(String(32), default="")  # "" until X answered
    url: Mapped[str] = mapped_column(String(200))
    subscription_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    secrets: Mapped[bytes] = mapped_column(LargeBinary)  # encrypted with the key
    registered_by: Mapped[str] = mapped_column(String(200))
    registered_at: Mapped[datetime]


class XWebhookEventRow(Base):
    """One X Activity API event already recorded for a brand account, by X's event id:
    X may deliver an event more than once (retries, replays, stream and webhook), and its
    docs ask consumers to de-duplicate by event id."""

    __tablename__ = "x_webhook_events"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    via: Mapped[str] = mapped_column(String(16))  # x_webhook | x_activity (the stream)
    received_at: Mapped[datetime] = mapped_column(index=True)
