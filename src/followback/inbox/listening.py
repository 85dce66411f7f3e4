"""Listening: what a brand listens for, whether a post matches, and how heard posts rank.

Pure functions over a :class:`ListenRule` (keywords and phrases, hashtags, exclusions). The
platforms' search is coarse (Bluesky's local AppView matches substrings, Mastodon matches a
tag, X matches words); every hit is checked here again so that what reaches the inbox is
exactly what the brand asked for, the same way on every platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from followback.domain.text import fold

__all__ = [
    "HEARD_TAG",
    "HEARD_WEIGHT",
    "ListenRule",
    "ReplyCheck",
    "check_heard_reply",
    "heard_priority",
    "x_reply_intent_url",
]

HEARD_TAG: Final = "heard"
# A heard post ranks at this share of the priority the same post would get as a mention:
# below a direct mention of the same severity, reach and history, which asked us directly.
HEARD_WEIGHT: Final = 0.6
_TAG_CHARS = re.compile(r"^[\w]+$")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # Words in order, any run of spaces between them, not inside a longer word.
    words = [re.escape(w) for w in fold(phrase).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


@dataclass(frozen=True)  # no slots: the compiled patterns are cached on the instance
class ListenRule:
    """What one brand account listens for.

    ``keywords`` are words or phrases (case and accents ignored, whole words only);
    ``hashtags`` are tags with or without ``#``; a post containing any ``exclude`` phrase is
    ignored even when it matches.
    """

    keywords: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, keywords: Iterable[str] = (), hashtags: Iterable[str] = (), exclude: Iterable[str] = ()
    ) -> ListenRule:
        """A rule from raw lists: blanks dropped, hashtags without ``#``, duplicates removed."""

        def clean(items: Iterable[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(" ".join(i.split()) for i in items if i.strip()))

        tags = clean(t.strip().lstrip("#") for t in hashtags)
        for tag in tags:
            if not _TAG_CHARS.match(tag):
                raise ValueError(f"hashtag {tag!r}: letters, digits and _ only")
        return cls(clean(keywords), tags, clean(exclude))

    @property
    def empty(self) -> bool:
        return not self.keywords and not self.hashtags

    @cached_property
    def _keyword_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_phrase_pattern(k) for k in self.keywords)

    @cached_property
    def _exclude_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_phrase_pattern(x) for x in self.exclude)

    @cached_property
    def _tags(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.hashtags)

    def matches(self, text: str, tags: Sequence[str] = ()) -> bool:
        """True when ``text`` (or its ``tags``) names a keyword or hashtag and no exclusion."""
        folded = fold(text)
        found = {fold(t.lstrip("#")) for t in tags} | {
            fold(m) for m in re.findall(r"(?<![\w&])#(\w+)", text)
        }
        hit = bool(found & self._tags) or any(p.search(folded) for p in self._keyword_patterns)
        return hit and not any(p.search(folded) for p in self._exclude_patterns)


def heard_priority(mention_priority: float) -> float:
    """The priority of a heard post from the priority it would have as a mention."""
    return round(max(mention_priority, 0.0) * HEARD_WEIGHT, 2)


@dataclass(frozen=True, slots=True)
class ReplyCheck:
    allowed: bool
    reason: str
    intent_url: str | None = None


def x_reply_intent_url(post_id: str, text: str = "") -> str:
    """X's web intent that opens a reply to ``post_id`` for a person to send."""
    from urllib.parse import urlencode

    query = {"in_reply_to": post_id, **({"text": text} if text else {})}
    return "https://x.com/intent/post?" + urlencode(query)


def check_heard_reply(
    *, platform: str, post_id: str, sent_by_person: bool, earlier_replies: int
) -> ReplyCheck:
    """May the brand answer a heard post through the API?

    Never automatically. On X an app may not reply to a post that did not summon the brand,
    so a person answers from the intent link instead. Elsewhere one public reply at most,
    written by a person: we were not asked, and a second unasked reply is pestering.
    """
    if not sent_by_person:
        return ReplyCheck(False, "a heard post is never answered automatically")
    if platform == "x":
        return ReplyCheck(
            False,
            "X does not let an app reply to a post that did not mention the brand; "
            "answer it yourself from the link",
            x_reply_intent_url(post_id),
        )
    if earlier_replies >= 1:
        return ReplyCheck(False, "a heard post gets one public reply at most; it has one")
    return ReplyCheck(True, "one public reply, written by a person")
