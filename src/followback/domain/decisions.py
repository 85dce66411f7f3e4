"""Screening verdicts, follow decisions and the actions that carry them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

__all__ = [
    "Action",
    "ActionKind",
    "ActionState",
    "Decision",
    "DecisionState",
    "Lane",
    "Reason",
    "Verdict",
]


class Verdict(StrEnum):
    """What screening and policy concluded about an account."""

    FOLLOW = "follow"  # follow back
    SKIP = "skip"  # screened out (spam, bot, values clash, opt-out, ...)
    REVIEW = "review"  # a person should look


class Lane(StrEnum):
    """Where a pending decision waits in the review queue."""

    RECOMMENDED = "recommended"  # screening says follow back: approve in one click
    NEEDS_A_LOOK = "needs_a_look"  # screening is unsure, or a rule asks a person to look
    SCREENED_OUT = "screened_out"  # screening says skip

    @classmethod
    def of(cls, verdict: str) -> Lane:
        """The lane of a decision with ``verdict``."""
        return {
            Verdict.FOLLOW.value: cls.RECOMMENDED,
            Verdict.SKIP.value: cls.SCREENED_OUT,
        }.get(verdict, cls.NEEDS_A_LOOK)

    @property
    def verdict(self) -> Verdict:
        """The verdict whose decisions wait in this lane."""
        return {
            Lane.RECOMMENDED: Verdict.FOLLOW,
            Lane.SCREENED_OUT: Verdict.SKIP,
            Lane.NEEDS_A_LOOK: Verdict.REVIEW,
        }[self]

    @property
    def label(self) -> str:
        """How the lane is named to a person."""
        return {
            Lane.RECOMMENDED: "Recommended",
            Lane.SCREENED_OUT: "Screened out",
            Lane.NEEDS_A_LOOK: "Needs a look",
        }[self]


@dataclass(frozen=True, slots=True)
class Reason:
    """One plain-words reason behind a verdict, with the rule that produced it."""

    rule: str
    text: str

    def __str__(self) -> str:
        return self.text


class DecisionState(StrEnum):
    """Where a decision is in its life."""

    PENDING = "pending"  # waiting for a person (review mode or grey zone)
    APPROVED = "approved"  # will be / was acted on
    SKIPPED = "skipped"  # decided not to act
    REPORTED = "reported"  # dry-run: decided, never acted


@dataclass(frozen=True, slots=True)
class Decision:
    """What was decided about one account, by which rule or person, and why."""

    brand_account_id: int
    remote_id: str
    verdict: Verdict
    reasons: tuple[Reason, ...]
    decided_at: datetime
    decided_by: str  # "policy:<version>", "model:<version>" or "member:<name>"
    bot_score: float | None = None
    model_version: str | None = None
    priority: float = 0.0
    profile_fingerprint: str = ""


class ActionKind(StrEnum):
    """Something followback does on a platform for a brand."""

    FOLLOW = "follow"
    UNFOLLOW = "unfollow"
    REPLY = "reply"
    REPOST = "repost"
    DM = "dm"


class ActionState(StrEnum):
    """Outbox states: the intent is committed before the platform call."""

    PENDING = "pending"  # committed intent, not attempted
    IN_FLIGHT = "in_flight"  # attempt started; reconcile against the platform on restart
    DONE = "done"
    FAILED = "failed"  # gave up; see error (and the dead-letter table)
    CANCELLED = "cancelled"
    # The platform's rules leave this write to a person (X: follow from the intent link);
    # followback confirms it from what the platform shows afterwards.
    AWAITING_PERSON = "awaiting_person"


@dataclass(frozen=True, slots=True)
class Action:
    """One outbound action, keyed for idempotency."""

    brand_account_id: int
    kind: ActionKind
    target: str
    idempotency_key: str
    requested_by: str
    state: ActionState = ActionState.PENDING
    batch_id: str | None = None
    payload: dict[str, str] = field(default_factory=dict)
