"""What a notification says: a small, platform-free event any part of followback can raise."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["NotifyEvent", "Severity"]


class Severity(StrEnum):
    """How urgent an event is; channels can ask for a minimum."""

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is ``other`` or more urgent."""
        return self.rank >= other.rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


@dataclass(frozen=True, slots=True)
class NotifyEvent:
    """One thing a person should hear about.

    ``kind`` is a short dotted name (``listen.spike``, ``inbox.assigned``, ``inbox.sla``,
    ``inbox.severe_complaint``, ``notify.test``) that channels may filter on. ``key`` makes
    raising the same event twice harmless: an event whose key was already recorded for a
    channel is not sent again there (default: one key per kind, title and url).
    """

    kind: str
    title: str
    body: str = ""
    url: str = ""
    severity: Severity = Severity.INFO
    brand_account_id: int | None = None
    key: str = ""
    fields: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.kind.strip():
            raise ValueError("a notification needs a kind")
        if not self.title.strip():
            raise ValueError("a notification needs a title")
        if not isinstance(self.severity, Severity):
            object.__setattr__(self, "severity", Severity(self.severity))

    @property
    def dedupe_key(self) -> str:
        """The idempotency key: ``key`` if given, else kind, account, title and url."""
        if self.key:
            return self.key[:200]
        account = "" if self.brand_account_id is None else str(self.brand_account_id)
        return f"{self.kind}|{account}|{self.title}|{self.url}"[:200]
