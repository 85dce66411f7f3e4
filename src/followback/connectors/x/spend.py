"""X API spend: count billable records and actions at X's published prices; cap the total.

Prices come from the one dated price table, ``followback/domain/rulebook/x_prices.json``
(X's pay-per-use rates from docs.x.com, with the date they were checked): reads are
charged per resource returned, writes per request. X deduplicates a resource read twice
in one UTC day; this tracker does not, so it errs on the high side. "Owned reads" (the
app owner's own followers, following, posts and mentions) cost $0.001 per resource; they
apply only when the brand owns the developer app, so they are opt-in (``owned_reads``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from followback.domain.platform import Platform
from followback.domain.rulebook import RuleRefusedError, get_rule
from followback.domain.rulebook.prices import x_prices

__all__ = [
    "PRICES_USD",
    "Billable",
    "SpendCapExceededError",
    "SpendLedger",
    "SpendTracker",
]


class Billable(StrEnum):
    """X's billing categories that followback uses."""

    POST_READ = "posts_read"  # per post returned
    USER_READ = "user_read"  # per user returned (lookup)
    FOLLOWS_READ = "follows_read"  # per user returned (followers/following lists)
    DM_EVENT_READ = "dm_event_read"  # per DM event returned
    CONTENT_CREATE = "content_create"  # per request: post, reply
    DM_CREATE = "dm_create"  # per request: send a DM
    USER_INTERACTION_CREATE = "user_interaction_create"  # per request: follow, repost
    INTERACTION_DELETE = "interaction_delete"  # per request: unfollow
    FOLLOW_EVENT = "follow.follow"  # X Activity API, per event delivered
    UNFOLLOW_EVENT = "follow.unfollow"  # X Activity API, per event delivered


PRICES_USD: Mapping[Billable, Decimal] = {item: x_prices().price(item.value) for item in Billable}
OWNED_READ_USD = x_prices().owned_reads[Billable.FOLLOWS_READ.value]
_OWNED = {Billable(k) for k in x_prices().owned_reads}


class SpendLedger(Protocol):
    """Where an account's month of X spend is kept (the store), shared by every process."""

    def month_to_date(self) -> Decimal: ...

    def add(self, usd: Decimal) -> None: ...


class SpendCapExceededError(RuleRefusedError):
    """The X spend cap would be exceeded; nothing was sent (rule ``x.spend_cap``)."""

    def __init__(self, detail: str) -> None:
        super().__init__(get_rule(Platform.X, "spend_cap"), detail)


@dataclass
class SpendTracker:
    """Running X spend for one account, with an optional cap in USD.

    ``charge_reads`` is called after a read with the number of records returned;
    ``check``/``charge_action`` guard a write before it is sent. Thread-safe.
    """

    cap_usd: Decimal | None = None
    owned_reads: bool = False
    counts: dict[Billable, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # This month's spend before this session (from a ledger), so the cap is a month's.
    spent_before_usd: Decimal = Decimal(0)
    ledger: SpendLedger | None = field(default=None, repr=False)

    def keep_with(self, ledger: SpendLedger) -> None:
        """Count this month's stored spend against the cap, and store every charge."""
        self.ledger = ledger
        self.spent_before_usd = ledger.month_to_date()

    def price(self, item: Billable, owned: bool = False) -> Decimal:
        if owned and self.owned_reads and item in _OWNED:
            return OWNED_READ_USD
        return PRICES_USD[item]

    @property
    def spent_usd(self) -> Decimal:
        return self._spent

    _spent: Decimal = field(default=Decimal("0"), init=False)

    def check(self, item: Billable, n: int = 1, owned: bool = False) -> None:
        """Raise :class:`SpendCapExceededError` if ``n`` more of ``item`` would pass the cap."""
        if self.cap_usd is None:
            return
        cost = self.price(item, owned) * n
        spent = self.spent_before_usd + self._spent
        if spent + cost > self.cap_usd:
            raise SpendCapExceededError(
                f"spend cap ${self.cap_usd} reached (spent ${spent} this month, "
                f"{item.value} x{n} would cost ${cost})"
            )

    def charge(self, item: Billable, n: int = 1, owned: bool = False) -> Decimal:
        """Record ``n`` of ``item``; return the running total."""
        if n <= 0:
            return self._spent
        with self._lock:
            self.counts[item] = self.counts.get(item, 0) + n
            cost = self.price(item, owned) * n
            self._spent += cost
            if self.ledger is not None:
                self.ledger.add(cost)
            return self._spent

    def refund(self, item: Billable, n: int = 1) -> None:
        """Take back ``n`` charges of ``item`` X refused before doing anything (a 403)."""
        with self._lock:
            n = min(n, self.counts.get(item, 0))
            self.counts[item] = self.counts.get(item, 0) - n
            self._spent -= self.price(item) * n
            if self.ledger is not None:
                self.ledger.add(-self.price(item) * n)

    def charge_action(self, item: Billable) -> None:
        """Check the cap for one write, then record it (call just before sending)."""
        with self._lock:
            self.check(item)
        self.charge(item)

    def report(self) -> dict[str, str]:
        """Counts and total, as text, for reports and the CLI."""
        out = {item.value: str(n) for item, n in sorted(self.counts.items())}
        out["total_usd"] = f"{self._spent:.3f}"
        if self.ledger is not None:
            out["month_usd"] = f"{self.spent_before_usd + self._spent:.3f}"
        if self.cap_usd is not None:
            out["cap_usd"] = f"{self.cap_usd:.2f}"
        return out
