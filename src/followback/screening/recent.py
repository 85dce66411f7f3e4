"""A compact summary of an account's recent posts, for followers that stay uncertain (pure).

:func:`summarize` turns a few :class:`~followback.domain.RecentPost` into the
``recent_*`` fields of :class:`~followback.domain.Profile`; :func:`recent_reasons` words
what the sample shows, in the queue's "+ / −" style, so a person sees why a second look
moved an account.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from followback.domain import Profile, Reason, RecentPost
from followback.screening.features import PITCH_PATTERNS

__all__ = [
    "majority_language",
    "normalise_text",
    "recent_reasons",
    "scoring_view",
    "summarize",
    "with_recent_posts",
]

# Links, with or without a scheme (Mastodon shows a link as its bare host and path).
_URL = re.compile(r"https?://\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
_MENTION = re.compile(r"@[\w.@-]+")
_SPACE = re.compile(r"\s+")
_PITCH = re.compile(r"(?i)\b(?:" + "|".join(PITCH_PATTERNS) + r")\b|18\+|🔞")


def normalise_text(text: str) -> str:
    """Text with links, mentions, case and spacing removed: copy-paste spam that only
    varies its link or its target still compares equal."""
    text = _MENTION.sub(" ", _URL.sub(" ", text.lower()))
    return _SPACE.sub(" ", text).strip()


def summarize(posts: Sequence[RecentPost]) -> dict[str, float | int | str]:
    """The ``recent_*`` Profile fields for ``posts`` (all zero when there are none)."""
    n = len(posts)
    if n == 0:
        return {"recent_posts_sampled": 0}
    own = [p for p in posts if not p.repost]
    texts = [normalise_text(p.text) for p in own]
    counts = Counter(t for t in texts if len(t) >= 8)  # "thanks!" twice is not spam
    duplicates = sum(c for c in counts.values() if c > 1)
    declared = [p.language.split("-")[0].lower() for p in posts if p.language]
    languages = set(declared)
    return {
        "recent_posts_sampled": n,
        "recent_reply_share": sum(p.reply for p in posts) / n,
        "recent_repost_share": sum(p.repost for p in posts) / n,
        "recent_duplicate_share": duplicates / len(own) if own else 0.0,
        "recent_link_share": sum(p.has_link for p in own) / len(own) if own else 0.0,
        "recent_spam_share": sum(bool(_PITCH.search(p.text)) for p in own) / len(own)
        if own
        else 0.0,
        "recent_languages": len(languages),
        "recent_language": majority_language(declared, n),
    }


def majority_language(declared: Sequence[str], sampled: int) -> str:
    """The language at least half of ``sampled`` posts declare; "" when none does."""
    if not declared:
        return ""
    best, count = Counter(declared).most_common(1)[0]
    return best if count * 2 >= sampled else ""


RECENT_TEXTS = 5  # own posts kept (in memory) for the language rule's detector


def with_recent_posts(profile: Profile, posts: Sequence[RecentPost]) -> Profile:
    """``profile`` carrying the summary of ``posts`` (``recent_sampled`` set even when
    there are none). The platform's own fields are left as they are, so the stored
    profile and its fingerprint do not change with a sample. A few own posts' texts ride
    along (not stored) so the language rule can detect a language no post declares."""
    fields = summarize(posts)
    texts = tuple(p.text for p in posts if not p.repost and p.text.strip())[:RECENT_TEXTS]
    return replace(profile, recent_sampled=True, recent_posts=texts, **fields)  # type: ignore[arg-type]


def scoring_view(profile: Profile) -> Profile:
    """What screening should score: a sampled account has at least as many posts as
    its sample shows own posts, whatever the server counts (snac always says 0). A sample
    that found no posts at all settles a count the server left unknown (see frame.py): the
    account has never posted anything we can see."""
    if not profile.recent_sampled:
        return profile
    if profile.recent_posts_sampled == 0:
        return profile
    own = round(profile.recent_posts_sampled * (1.0 - profile.recent_repost_share))
    if own <= profile.posts_count:
        return profile
    return replace(profile, posts_count=own)


def recent_reasons(profile: Profile) -> tuple[Reason, ...]:
    """Plain words for what the sampled posts show (empty when none were sampled)."""
    n = profile.recent_posts_sampled
    if not profile.recent_sampled:
        return ()
    if n == 0:
        return (Reason("recent:none", "− no posts found"),)
    out: list[Reason] = []

    def share(value: float) -> int:
        return round(value * n)

    replies = share(profile.recent_reply_share)
    if replies:
        out.append(Reason("recent:replies", f"+ {replies} of {n} recent posts reply to people"))
    dup = profile.recent_duplicate_share
    if dup >= 0.5:
        out.append(Reason("recent:duplicates", f"− {dup:.0%} of recent posts repeat one text"))
    if profile.recent_link_share >= 0.75 and n >= 3:
        out.append(
            Reason(
                "recent:links", f"− {profile.recent_link_share:.0%} of recent posts carry a link"
            )
        )
    if profile.recent_spam_share >= 0.5:
        sell = f"− {profile.recent_spam_share:.0%} of recent posts sell something"
        out.append(Reason("recent:spam", sell))
    reposts = share(profile.recent_repost_share)
    if reposts == n and n >= 3:
        out.append(Reason("recent:reposts", f"− all {n} recent posts are reposts"))
    if not out:
        out.append(Reason("recent:sampled", f"{n} recent posts read"))
    return tuple(out)
