"""Linking one person's accounts across platforms, on explicit public signals only.

A team member links two contacts and says which signal shows they are one person: a
verified link on one profile pointing to the other (Mastodon's checked profile links, a
Bluesky domain handle), the same verified domain on both, or the person saying so in a
message. Look-alike names, photos or writing style are never a reason: they are how
impersonators work, and linking on them would show one customer another's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from followback.domain.errors import ErrorCode, UserError

__all__ = ["LinkEvidence", "LinkRequest", "check_link"]

MIN_NOTE = 5
MAX_NOTE = 500


class LinkEvidence(StrEnum):
    VERIFIED_LINK = "verified_link"  # a verified profile link points to the other account
    SAME_DOMAIN = "same_domain"  # both accounts are verified for the same domain
    SAID_SO = "said_so"  # the person told the brand, in a message, that both are theirs


@dataclass(frozen=True, slots=True)
class LinkRequest:
    contact_id: int
    other_contact_id: int
    evidence: LinkEvidence
    note: str  # where the signal is, e.g. "their Mastodon profile's verified link"


def check_link(contact_id: int, other_contact_id: int, evidence: str, note: str) -> LinkRequest:
    """A valid link request, or :class:`UserError` naming what is wrong."""
    if contact_id == other_contact_id:
        raise UserError("a contact cannot be linked to itself", ErrorCode.BAD_INPUT, field="other")
    try:
        kind = LinkEvidence(evidence)
    except ValueError:
        allowed = ", ".join(e.value for e in LinkEvidence)
        raise UserError(
            f"evidence {evidence!r} is not a public signal we link on; use one of {allowed}",
            ErrorCode.BAD_INPUT,
            field="evidence",
        ) from None
    text = note.strip()
    if not MIN_NOTE <= len(text) <= MAX_NOTE:
        raise UserError(
            f"say where the signal is ({MIN_NOTE}-{MAX_NOTE} characters), e.g. "
            "'verified link on their Mastodon profile'",
            ErrorCode.BAD_INPUT,
            field="note",
        )
    return LinkRequest(contact_id, other_contact_id, kind, text)
