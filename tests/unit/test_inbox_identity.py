"""Linking one person across platforms: explicit public signals only, named and located."""

from __future__ import annotations

import pytest

from followback.domain import UserError
from followback.inbox.identity import LinkEvidence, check_link


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
