"""Audit entries: who or what did what to whom, when and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["AuditEntry"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit log.

    ``actor`` is ``member:<name>``, ``policy:<version>``, ``model:<version>`` or ``system``.
    """

    at: datetime
    actor: str
    verb: str
    brand_account_id: int | None
    target: str
    detail: dict[str, object] = field(default_factory=dict)
