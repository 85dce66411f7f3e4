"""Audit entries: who or what did what to whom, when and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followback.domain.people import Person

__all__ = ["AuditEntry", "describe_detail", "describe_value"]


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
    # The person ``target`` names (a follower's id or a conversation's contact), when known.
    who: Person | None = None


def describe_value(value: object) -> str:
    """One detail value in plain words: lists joined, maps as ``key: value``, no Python repr."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(
            f"{str(k).replace('_', ' ')}: {describe_value(v)}" for k, v in value.items()
        )
    if isinstance(value, list | tuple | set):
        return ", ".join(describe_value(v) for v in value) or "none"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def describe_detail(detail: dict[str, object]) -> list[tuple[str, str]]:
    """``(label, text)`` pairs of an entry's details, empty values left out."""
    return [
        (key.replace("_", " "), describe_value(value))
        for key, value in detail.items()
        if value is not None and value != "" and value != []
    ]
