"""A decision's reasons say each thing once: when the model's reasons already name a
platform signal, the plain-words line about the same signal is not added again."""

from __future__ import annotations

from datetime import UTC, datetime

from followback.domain import Platform, Profile, Reason, Verdict
from followback.engine.policy import Evaluation
from followback.services.decide import _with_signals

AT = datetime(2026, 11, 1, tzinfo=UTC)
PROFILE = Profile(
    Platform.MASTODON, "1", "ana@social.example", AT, verified_links=1, pinned_post=True
)


def _ev(*reasons: Reason) -> Evaluation:
    return Evaluation(Verdict.REVIEW, reasons, reasons[0].rule, "p1")


def test_platform_lines_are_added_when_the_model_did_not_mention_them() -> None:
    ev = _ev(Reason("grey_zone", "unsure"), Reason("model:activity", "− no posts"))
    texts = [r.text for r in _with_signals(ev, PROFILE)]
    assert texts == ["unsure", "− no posts", "+ 1 verified link", "+ pinned a post"]


def test_what_the_model_said_is_not_repeated() -> None:
    ev = _ev(
        Reason("grey_zone", "unsure"),
        Reason("model:verified", "+ 1 verified link on the profile"),
    )
    texts = [r.text for r in _with_signals(ev, PROFILE)]
    assert texts == ["unsure", "+ 1 verified link on the profile", "+ pinned a post"]
