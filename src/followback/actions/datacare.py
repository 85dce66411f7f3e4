"""Data care that changes state: retention, and forgetting a person on request.

- :func:`apply_retention` deletes messages, follow events, audit entries and dead letters
  older than the configured number of days.
- :func:`forget_person` deletes what followback holds about one remote person (profile and
  snapshots, follow edges and events, decisions, checks and actions about them, contact,
  conversations and messages) and redacts mentions of them everywhere else text is kept
  (the brand's replies in other threads, audit entries, dead letters, notifications; see
  ``followback.store.forget``), leaving one audit entry that records the request without
  personal data.

(Backup and restore are :mod:`followback.store.backup`.)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from followback.config import RetentionSettings
from followback.domain import Platform, utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.store.audit import AuditRepo
from followback.store.forget import (
    Identity,
    delete_dependents,
    delete_person_rows,
    delete_rows_about,
    find_identities,
    redact_audit_targets,
    redact_mentions,
)
from followback.store.retention import delete_older_than

__all__ = ["ForgetReport", "apply_retention", "forget_person"]


def apply_retention(
    store: Store, settings: RetentionSettings, now: datetime | None = None
) -> dict[str, int]:
    """Delete data older than the retention settings allow; return rows deleted per table."""
    now = now or utcnow()
    days = {
        "messages": settings.messages_days,
        "follow_events": settings.events_days,
        "audit_log": settings.audit_days,
        "dead_letters": settings.dead_letters_days,
    }
    cutoffs = {name: now - timedelta(days=d) for name, d in days.items() if d is not None}
    with store.session() as s:
        deleted = delete_older_than(s, cutoffs)
        if any(deleted.values()):
            AuditRepo(s).record("retention", "retention_applied", "data", at=now, deleted=deleted)
    return deleted


@dataclass
class ForgetReport:
    """What :func:`forget_person` deleted (counts only) and the request's reference."""

    request_id: str
    deleted: dict[str, int] = field(default_factory=dict)
    redacted_audit: int = 0
    redacted: dict[str, int] = field(default_factory=dict)  # rows whose mentions were redacted

    def add(self, into: dict[str, int], counts: dict[str, int]) -> None:
        for name, n in counts.items():
            into[name] = into.get(name, 0) + n


def _resolve_person(store: Store, ref: str) -> list[tuple[str, str, set[str]]]:
    """``(platform, remote_id, names)`` for each identity ``ref`` names."""
    platform, sep, rest = ref.partition(":")
    if not sep or platform not in {p.value for p in Platform}:
        platform, rest = "", ref
    with store.read() as s:
        found = find_identities(s, platform, rest.strip())
    if not found:
        raise UserError(f"followback holds no data about {ref!r}", ErrorCode.NOT_FOUND)
    platforms = {p for p, _ in found}
    if len(found) > 1 and not platform and len(platforms) > 1:
        raise UserError(
            f"{ref!r} names people on several platforms ({', '.join(sorted(platforms))}); "
            "write platform:handle",
            ErrorCode.BAD_INPUT,
        )
    return [(p, rid, names) for (p, rid), names in found.items()]


def forget_person(store: Store, ref: str, *, actor: str = "operator") -> ForgetReport:
    """Delete everything followback holds about the remote person ``ref``.

    ``ref`` is ``platform:remote_id``, ``platform:@handle`` or ``@handle``. The brand's
    own accounts are never touched. Raises :class:`UserError` if nothing matches.
    """
    report = ForgetReport(request_id=uuid.uuid4().hex[:12])
    identities = _resolve_person(store, ref)
    with store.session() as s:
        for platform, remote_id, names in identities:
            who = Identity(platform, remote_id, names)
            report.add(report.deleted, delete_dependents(s, who))  # notes, drafts, ...
            report.add(report.deleted, delete_person_rows(s, platform, remote_id))
            # Every other table with the person's id (found from the metadata), then
            # mentions of them anywhere text is kept: the brand's "cc @ann", dead letters.
            report.add(report.deleted, delete_rows_about(s, who))
            report.add(report.redacted, redact_mentions(s, who))
            report.redacted_audit += redact_audit_targets(s, names, report.request_id)
        AuditRepo(s).record(
            actor,
            "forget",
            f"request:{report.request_id}",
            identities=len(identities),
            deleted=dict(report.deleted),
        )
    return report
