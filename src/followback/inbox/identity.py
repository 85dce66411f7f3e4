"""Linking one person's accounts across platforms, on explicit public signals only.

A team member links two contacts and says which signal shows they are one person: a
verified link on one profile pointing to the other (Mastodon's checked profile links, a
Bluesky domain handle), the same verified domain on both, or the person saying so in a
message. Look-alike names, photos or writing style are never a reason: they are how
impersonators work, and linking on them would show one customer another's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from followback.domain.errors import ErrorCode, UserError

__all__ = [
    "Candidate",
    "LinkEvidence",
    "LinkRequest",
    "Suggestion",
    "candidate_handles",
    "check_link",
    "suggest_links",
]

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


@dataclass(frozen=True, slots=True)
class Candidate:
    """A contact on another platform who has written to the brand."""

    contact_id: int
    platform: str
    handle: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    contact_id: int
    platform: str
    handle: str
    evidence: LinkEvidence
    note: str


def _bluesky_domain(handle: str) -> str | None:
    """A Bluesky handle that is the person's own domain (checked by Bluesky through DNS or
    HTTPS), not a name under a hosting provider's domain."""
    h = handle.lower().lstrip("@")
    return None if h.endswith((".bsky.social", ".bsky.app")) or "." not in h else h


def _match(url: str, c: Candidate) -> tuple[LinkEvidence, str] | None:
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path.rstrip("/")
    handle = c.handle.lower().lstrip("@")
    if c.platform == "bluesky":
        if host == "bsky.app" and path.lower() == f"/profile/{handle}":
            return LinkEvidence.VERIFIED_LINK, f"verified profile link to {url}"
        if host and host == _bluesky_domain(handle):
            return LinkEvidence.SAME_DOMAIN, f"verified link to {host}, their Bluesky handle"
    if c.platform == "mastodon" and "@" in handle:
        user, _, server = handle.partition("@")
        if host == server and path.lower() in (f"/@{user}", f"/users/{user}"):
            return LinkEvidence.VERIFIED_LINK, f"verified profile link to {url}"
    return None


def suggest_links(
    verified_urls: Sequence[str], candidates: Sequence[Candidate]
) -> list[Suggestion]:
    """Contacts a profile's *verified* links point to (a Bluesky profile or domain handle, a
    Mastodon profile). Only suggestions: a team member still decides to link."""
    found: dict[int, Suggestion] = {}
    for url in verified_urls:
        for c in candidates:
            hit = _match(url, c)
            if hit is not None and c.contact_id not in found:
                found[c.contact_id] = Suggestion(c.contact_id, c.platform, c.handle, *hit)
    return list(found.values())


def candidate_handles(verified_urls: Sequence[str]) -> set[str]:
    """Handles (lower case) the verified links could name, to look contacts up by."""
    out: set[str] = set()
    for url in verified_urls:
        parts = urlsplit(url)
        host, path = (parts.hostname or "").lower(), parts.path.rstrip("/").lower()
        if not host:
            continue
        out.add(host)  # a Bluesky domain handle
        if host == "bsky.app" and path.startswith("/profile/"):
            out.add(path.removeprefix("/profile/"))
        for prefix in ("/@", "/users/"):
            if path.startswith(prefix) and "/" not in path.removeprefix(prefix):
                out.add(f"{path.removeprefix(prefix)}@{host}")
    return out
