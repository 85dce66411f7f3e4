"""Repost suggestions: followers' positive public posts, one per author, best first."""

from __future__ import annotations

from followback.inbox.community import RepostCandidate, suggest_reposts


def _c(mid: int, author: str, **kw: object) -> RepostCandidate:
    base: dict[str, object] = {
        "message_id": mid,
        "remote_id": f"m{mid}",
        "author_id": author,
        "text": "love it",
        "sentiment": "positive",
        "is_complaint": False,
        "is_follower": True,
        "public": True,
        "score": 0.5,
    }
    base.update(kw)
    return RepostCandidate(**base)  # type: ignore[arg-type]


def test_only_positive_public_posts_by_followers_not_yet_reposted() -> None:
    picks = suggest_reposts(
        [
            _c(1, "a"),
            _c(2, "b", sentiment="neutral"),
            _c(3, "c", is_follower=False),
            _c(4, "d", is_complaint=True),
            _c(5, "e", public=False),
            _c(6, "f", already_reposted=True),
        ]
    )
    assert [p.message_id for p in picks] == [1]


def test_one_post_per_author_best_first_and_limited() -> None:
    picks = suggest_reposts(
        [_c(1, "a", score=0.2), _c(2, "a", score=0.9), _c(3, "b", score=0.5), _c(4, "c")],
        limit=2,
    )
    assert [p.message_id for p in picks] == [2, 3]
