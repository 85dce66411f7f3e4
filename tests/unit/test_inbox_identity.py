"""Linking one person across platforms: explicit public signals only, named and located."""

from __future__ import annotations

import pytest

from followback.domain import UserError
from followback.inbox.identity import (
    Candidate,
    LinkEvidence,
    candidate_handles,
    check_link,
    suggest_links,
)


def test_a_named_public_signal_links() -> None:
    req = check_link(1, 2, "verified_link", "  verified link on their Mastodon profile ")
    assert req.evidence is LinkEvidence.VERIFIED_LINK
    assert req.note == "verified link on their Mastodon profile"


@pytest.mark.parametrize(
    ("a", "b", "evidence", "note", "problem"),
    [
        (1, 1, "said_so", "they told us", "cannot be linked to itself"),
        (1, 2, "same_name", "both called Ana", "not a public signal we link on"),
        (1, 2, "same_photo", "same avatar", "not a public signal we link on"),
        (1, 2, "said_so", "yes", "say where the signal is"),
        (1, 2, "said_so", "x" * 501, "say where the signal is"),
    ],
)
def test_anything_else_is_refused_by_name(
    a: int, b: int, evidence: str, note: str, problem: str
) -> None:
    with pytest.raises(UserError, match=problem):
        check_link(a, b, evidence, note)


def test_verified_links_suggest_the_contacts_they_point_to() -> None:
    urls = [
        "https://bsky.app/profile/tove.bsky.social",
        "https://tove.example",
        "https://social.example/@tove",
        "https://tove2.bsky.social",
    ]
    handles = candidate_handles(urls)
    assert {"tove.bsky.social", "tove.example", "tove@social.example"} <= handles
    candidates = [
        Candidate(1, "bluesky", "tove.bsky.social"),
        Candidate(2, "bluesky", "tove.example"),
        Candidate(3, "mastodon", "tove@social.example"),
        Candidate(4, "bluesky", "tove2.bsky.social"),  # a provider's domain is not theirs
        Candidate(6, "bluesky", "tove.bsky.team"),  # a look-alike is never suggested
    ]
    found = {s.contact_id: s.evidence for s in suggest_links(urls, candidates)}
    assert found == {
        1: LinkEvidence.VERIFIED_LINK,
        2: LinkEvidence.SAME_DOMAIN,
        3: LinkEvidence.VERIFIED_LINK,
    }
    assert suggest_links([], candidates) == []
    assert candidate_handles(["not a url"]) == set()
