"""Replies of a few words, each an exclamation, read as stock praise in any language
(``screening.recent.stock_praise``, session 16)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followback.domain import Platform, Profile, RecentPost
from followback.screening.recent import person_evidence, stock_praise, with_recent_posts

SEEN = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _looked(*texts: str, replies: bool = True) -> Profile:
    profile = Profile(
        Platform.MASTODON, "x", "x@example.social", SEEN, display_name="X", bio="Hi",
        has_avatar=True, counts_reported=False,
    )  # fmt: skip
    posts = [RecentPost(t, SEEN, reply=replies) for t in texts]
    return with_recent_posts(profile, [*posts, RecentPost("", SEEN, repost=True)])


@pytest.mark.parametrize(
    "texts",
    [
        ("Đẹp quá! 😍", "Tuyệt vời 👏", "Hay lắm!"),  # Vietnamese
        ("สวยมาก 😍", "เยี่ยม!", "👍👍"),  # Thai
        ("Piękne! 😍", "Super 🔥", "Brawo!!"),  # Polish
    ],
)
def test_exclaimed_replies_of_a_few_words_are_stock_in_any_language(
    texts: tuple[str, ...],
) -> None:
    (reason,) = stock_praise(_looked(*texts))
    assert reason.text == "− 3 of 3 recent posts are replies of a few words and an exclamation"
    assert person_evidence(_looked(*texts), SEEN) == ()


@pytest.mark.parametrize(
    ("texts", "replies"),
    [
        # The same words as captions of its own posts: a person's photos.
        (("Đẹp quá! 😍", "Tuyệt vời 👏", "Hay lắm!"), False),
        # A person's short replies say something: not every one is an exclamation.
        (("haha same", "congrats!!", "see you Sunday"), True),
        # ... or asks.
        (("Đẹp quá! 😍", "Tuyệt vời 👏", "Mua ở đâu vậy?"), True),
        # ... or is longer than three words.
        (("Đẹp quá! 😍", "Tuyệt vời 👏", "Cảm ơn bạn đã chia sẻ công thức này!"), True),
    ],
)
def test_other_short_posts_are_not_stock(texts: tuple[str, ...], replies: bool) -> None:
    assert stock_praise(_looked(*texts, replies=replies)) == ()
