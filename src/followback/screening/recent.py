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
# A link written out in a post's text (a scheme, or a host with a path): a post made
# without the client's link markup (Bluesky facets) still links. The host is group 1.
_LINK = re.compile(
    r"(?:https?://|\b)((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?/\S*|https?://(\S+)", re.I
)
_MENTION = re.compile(r"@[\w.@-]+")
_SPACE = re.compile(r"\s+")
_PITCH = re.compile(r"(?i)\b(?:" + "|".join(PITCH_PATTERNS) + r")\b|18\+|🔞")


def normalise_text(text: str) -> str:
    """Text with links, mentions, case and spacing removed: copy-paste spam that only
    varies its link or its target still compares equal."""
    text = _MENTION.sub(" ", _URL.sub(" ", text.lower()))
    return _SPACE.sub(" ", text).strip()


def _host(text: str) -> str:
    """The site the first link written in ``text`` points to ("" when none)."""
    m = _LINK.search(text)
    if m is None:
        return ""
    host = (m.group(1) or m.group(2).split("/")[0]).lower()
    return host.removeprefix("www.")


def _one_site_share(hosts: Sequence[str]) -> float:
    """Share of own posts linking to the site most of them link to: a link dropper sends
    every post to one destination; a person links to many. 0 below 3 own posts or when
    no site appears twice."""
    linked = Counter(h for h in hosts if h)
    if len(hosts) < 3 or not linked:
        return 0.0
    top = linked.most_common(1)[0][1]
    return top / len(hosts) if top >= 2 else 0.0


def summarize(posts: Sequence[RecentPost]) -> dict[str, float | int | str]:
    """The ``recent_*`` Profile fields for ``posts`` (all zero when there are none)."""
    n = len(posts)
    if n == 0:
        return {"recent_posts_sampled": 0}
    own = [p for p in posts if not p.repost]
    hosts = [_host(p.text) for p in own]
    linked = [p.has_link or bool(h) for p, h in zip(own, hosts, strict=True)]
    pitched = [bool(_PITCH.search(p.text)) for p in own]
    # A plain reply said twice ("Thanks for sharing this.") is politeness, not copy-paste
    # spam: a reply that neither links nor sells counts as a copy only from its third time.
    plain = [
        p.reply and not (link or pitch) for p, link, pitch in zip(own, linked, pitched, strict=True)
    ]
    texts = [normalise_text(p.text) for p in own]
    counts = Counter(t for t in texts if len(t) >= 8)  # "thanks!" twice is not spam
    plain_counts = Counter(t for t, is_plain in zip(texts, plain, strict=True) if is_plain)
    duplicates = sum(c for t, c in counts.items() if c > 1 and (c >= 3 or plain_counts[t] < c))
    declared = [p.language.split("-")[0].lower() for p in posts if p.language]
    languages = set(declared)
    return {
        "recent_posts_sampled": n,
        "recent_reply_share": sum(p.reply for p in posts) / n,
        "recent_repost_share": sum(p.repost for p in posts) / n,
        "recent_duplicate_share": duplicates / len(own) if own else 0.0,
        "recent_link_share": sum(linked) / len(own) if own else 0.0,
        "recent_one_link_share": _one_site_share(hosts),
        "recent_spam_share": sum(pitched) / len(own) if own else 0.0,
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


def _link_reasons(profile: Profile) -> tuple[Reason, ...]:
    """Every post sending readers to one site, else most posts carrying a link."""
    if profile.recent_one_link_share >= 0.75:
        share = f"{profile.recent_one_link_share:.0%}"
        return (Reason("recent:one_link", f"− {share} of recent posts link to the same site"),)
    if profile.recent_link_share >= 0.75 and profile.recent_posts_sampled >= 3:
        share = f"{profile.recent_link_share:.0%}"
        return (Reason("recent:links", f"− {share} of recent posts carry a link"),)
    return ()


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
    out.extend(_link_reasons(profile))
    if profile.recent_spam_share >= 0.5:
        sell = f"− {profile.recent_spam_share:.0%} of recent posts sell something"
        out.append(Reason("recent:spam", sell))
    reposts = share(profile.recent_repost_share)
    if reposts == n and n >= 2:
        out.append(Reason("recent:reposts", f"− all {n} recent posts are reposts"))
    if not out:
        out.append(Reason("recent:sampled", f"{n} recent posts read"))
    return tuple(out)
