"""Plain-words reasons behind a bot score, each saying which way it pushes.

The model is additive, so each feature's contribution to the score is exact. Features (and
the platform signals) are grouped into signals a person recognises; for each row the scorer
picks the up to three signals that moved the score most, either way, and this module words
them with the account's own numbers: ``+`` pushes towards following back, ``−`` against
("+ has a display name, bio and avatar", "− follows 900, followed by 3", "− no posts").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from followback.screening.features import SPAM_WORD_PATTERNS

__all__ = [
    "AGAINST",
    "FOR",
    "SIGNALS",
    "SIGNAL_FEATURES",
    "SPAM_MARKS",
    "Facts",
    "agrees",
    "describe",
    "format_age",
]

FOR = "+"  # pushes towards a genuine account (follow back)
AGAINST = "\N{MINUS SIGN}"  # pushes towards spam, bot or bought

# Signal name -> the features (FEATURE_NAMES) and platform signals (SIGNAL_NAMES) whose
# contributions it sums. Order defines signal indices.
SIGNAL_FEATURES: dict[str, tuple[str, ...]] = {
    "profile": (
        "has_name",
        "bio_length",
        "default_avatar",
        "bare_profile",
        "faceless_follower",
        "has_url",
        "name_matches_handle",
        "bio_has_link",
        "bio_link_only",
    ),
    "activity": ("log_posts", "no_posts", "log_posts_per_day"),
    "audience": (
        "log_followers",
        "log_following",
        "log_follow_gap",
        "log_follows_per_day",
        "silent_follower",
    ),
    "age": ("log_age_days",),
    "handle": ("handle_length", "handle_digits"),
    "words": (
        "text_scam",
        "text_money",
        "text_promo",
        "text_adult",
        "text_follow_back",
        "bio_cashtags",
    ),
    "labels": ("label_abuse",),
    "verified": ("verified", "verified_links"),
    "engaged": ("pinned_post", "made_for_others", "posted_recently"),
    "recent_posts": (
        "recent_replies",
        "recent_duplicates",
        "recent_links",
        "recent_spam",
        "recent_reposts",
        "recent_one_link",
    ),
    "impersonation": ("support_desk", "support_bait", "support_brand", "brand_official"),
    "automated": ("says_automated",),
    "bot_flag": (),  # not learned (no research collection has the flag): a fixed floor
}
SIGNALS: tuple[str, ...] = tuple(SIGNAL_FEATURES)

# What name and bio say besides the model's word lists, with no word edge of their own:
# "18+", the adult emoji and cashtags (quoted here; recent.py reads a bio with them).
SPAM_MARKS: str = r"18\+|🔞|🍑|💦|\$[A-Za-z]{2,6}\b"
# The model's own word lists (features.py), scam words first so the quote names the worst.
_SPAM_WORDS = re.compile(r"(?i)\b(" + "|".join(SPAM_WORD_PATTERNS) + rf")\b|({SPAM_MARKS})")


@dataclass(frozen=True, slots=True)
class Facts:
    """The numbers a reason quotes, for one account; None when unknown."""

    followers: int | None
    following: int | None
    posts: int | None
    age_days: float | None
    handle: str | None
    handle_digits: int | None
    handle_length: int | None
    has_name: bool | None
    bio_length: int | None
    bio_link_only: bool | None
    has_avatar: bool | None
    has_url: bool | None
    bio_has_link: bool | None = None
    text: str | None = None  # display name and bio, for quoting spam words
    labels: str | None = None  # moderation labels, comma-joined
    verified: bool = False
    verified_links: int = 0
    pinned_post: bool = False
    made_for_others: bool = False
    posted_recently: bool = False
    recent_sampled: int = 0
    recent_replies: float = 0.0
    recent_duplicates: float = 0.0
    recent_links: float = 0.0
    recent_spam: float = 0.0
    recent_reposts: float = 0.0
    recent_one_link: float = 0.0
    has_banner: bool | None = None  # recorded, not scored: no collection has it
    support_desk: bool = False  # poses as a support desk (impersonation.py)
    support_bait: bool = False  # ... inviting messages, or asking about wallets
    support_brand: bool = False  # ... bearing the brand's own name
    brand_official: bool = False  # the brand's name with a claim to be its official account


def _n(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def format_age(days: float) -> str:
    """Say "3 days", "5 months" or "6 years": the coarsest unit that still says something."""
    if days < 1:
        return "less than a day"
    if days < 61:
        d = math.floor(days)
        return f"{d} day" if d == 1 else f"{d} days"
    if days < 730:
        return f"{math.floor(days / 30.44)} months"
    return f"{math.floor(days / 365.25)} years"


_FLOOD = 20.0  # posts a day from which many posts count against an account
_FEW_FOLLOWS = 20  # following fewer says nothing about an account's audience


def agrees(signal: str, towards_bot: bool, f: Facts) -> bool:  # noqa: C901 - one rule a signal
    """Whether the account's own facts point the way the model pushed.

    The model's terms are measured against a typical account of the research collections
    (years old, thousands of posts), so a sum can push the "wrong" way for the words: four
    posts read as bot-like next to thousands, and being followed by nobody can come out as
    a plus once capped. A reason is shown only when what it says supports its sign;
    otherwise it would read "+ followed by 0, follows 60" or "− 4 posts".
    """
    if signal == "profile":
        shown = (f.has_name, None if f.bio_length is None else f.bio_length > 0, f.has_avatar)
        if towards_bot:
            return not all(shown) or bool(f.bio_link_only or f.bio_has_link)
        return any(shown) or bool(f.has_url)
    if signal == "activity":
        if f.posts is None:
            return False
        per_day = f.posts / max(f.age_days or 0.0, 1.0)
        flood = per_day >= _FLOOD and (f.age_days or 0.0) >= 7
        return (f.posts == 0 or flood) if towards_bot else (f.posts > 0 and not flood)
    if signal == "audience":
        if f.following is None:
            # A server that hides whom an account follows: the push is "follows, never
            # posted" (features.silent_follower), shown only when no posts were found.
            return towards_bot and f.posts == 0
        if f.followers is None:
            return False
        if towards_bot:
            return f.following >= _FEW_FOLLOWS and f.followers < f.following
        return f.followers > 0 and 2 * f.followers >= f.following
    if signal == "age":
        # Being new is no reason to follow, nor (the model caps it) much of one not to.
        if f.age_days is None:
            return False
        return f.age_days < 30 if towards_bot else f.age_days >= 180
    if signal == "handle":
        if towards_bot:
            return bool(f.handle_digits) or (f.handle_length or 0) >= 13
        return f.handle_digits == 0
    if signal == "engaged":
        return not towards_bot and (f.pinned_post or f.made_for_others or f.posted_recently)
    if signal == "verified":
        return not towards_bot and (f.verified or f.verified_links > 0)
    if signal in ("words", "labels", "bot_flag", "impersonation", "automated"):
        return towards_bot
    return True


def describe(signal: str, towards_bot: bool, f: Facts) -> str:
    """Word one signal for one account, prefixed with the way it pushed (``+`` towards
    following back, ``−`` against)."""
    return f"{AGAINST if towards_bot else FOR} {_text(signal, towards_bot, f)}"


def _text(signal: str, towards_bot: bool, f: Facts) -> str:  # noqa: C901 - one branch a signal
    if signal == "profile":
        return _profile(towards_bot, f)
    if signal == "activity":
        return _activity(f)
    if signal == "audience":
        if f.following is None:
            return "follows and does nothing else (the server hides how many it follows)"
        if towards_bot:
            return f"follows {_n(f.following)}, followed by {_n(f.followers)}"
        return f"followed by {_n(f.followers)}, follows {_n(f.following)}"
    if signal == "age":
        if f.age_days is None:
            return "account age unknown"
        age = format_age(f.age_days)
        return f"account created {age} ago" if towards_bot else f"account {age} old"
    if signal == "handle":
        return _handle(towards_bot, f)
    if signal == "words":
        found = _SPAM_WORDS.search(f.text or "")
        if found is None:
            return "profile reads like spam"
        return f"profile says “{(found.group(1) or found.group(2)).lower()}”"
    if signal == "labels":
        return f"labelled {(f.labels or 'as abusive').replace(',', ', ')} by a moderation service"
    if signal == "verified":
        return _verified(f)
    if signal == "engaged":
        return _engaged(f)
    if signal == "recent_posts":
        return _recent(towards_bot, f)
    if signal == "bot_flag":
        return "declares itself automated"
    if signal == "impersonation":
        return _impersonation(f)
    if signal == "automated":
        return "says it is automated"
    raise ValueError(f"unknown signal {signal!r}")


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _profile(towards_bot: bool, f: Facts) -> str:
    parts = {
        "display name": f.has_name,
        "bio": None if f.bio_length is None else f.bio_length > 0,
        "avatar": f.has_avatar,
    }
    if towards_bot:
        if f.bio_link_only:
            return "bio is little more than a link"
        missing = [k for k, v in parts.items() if v is False]
        if missing:
            return f"no {_join(missing, 'or')}"
        return "bio carries a link" if f.bio_has_link else "profile looks generated"
    present = [k for k, v in parts.items() if v]
    if f.has_banner:
        present.append("banner")
    if f.has_url:
        present.append("website")
    return f"has a {_join(present, 'and')}" if present else "profile filled in"


def _activity(f: Facts) -> str:
    if f.posts is None:
        return "post count unknown"
    if f.posts == 0:
        return "no posts"
    noun = "post" if f.posts == 1 else "posts"
    if f.age_days is not None and f.age_days >= 7:
        per_day = f.posts / f.age_days
        if per_day >= 20:
            return f"{_n(f.posts)} {noun}, {per_day:,.0f} a day"
        return f"{_n(f.posts)} {noun} in {format_age(f.age_days)}"
    return f"{_n(f.posts)} {noun}"


def _handle(towards_bot: bool, f: Facts) -> str:
    shown = f"@{f.handle}" if f.handle else "handle"
    if towards_bot and f.handle_digits:
        return f"{shown} has {f.handle_digits} digits"
    if not towards_bot and f.handle_digits == 0:
        return f"{shown} has no digits"
    return f"{shown} of {_n(f.handle_length)} characters"


def _impersonation(f: Facts) -> str:
    if f.brand_official:
        return "calls itself the brand's official account and is not the brand"
    if f.support_brand:
        return "calls itself a support desk and is not the brand"
    if f.support_desk and f.support_bait:
        return "calls itself a support desk and asks to be messaged about orders or wallets"
    if f.support_desk:
        return "calls itself a support desk"
    return "asks to be messaged about a wallet, an account or a recovery phrase"


def _verified(f: Facts) -> str:
    if f.verified:
        return "verified by the platform"
    links = f.verified_links
    return f"{links} verified link{'s' if links != 1 else ''} on the profile"


def _engaged(f: Facts) -> str:
    done = [
        text
        for text, on in (
            ("pinned a post", f.pinned_post),
            ("made lists or feeds", f.made_for_others),
            ("posted in the last 30 days", f.posted_recently),
        )
        if on
    ]
    return _join(done, "and") or "no recent activity"


def _recent(towards_bot: bool, f: Facts) -> str:
    n = f.recent_sampled

    def of(share: float) -> int:
        return round(share * n)

    if towards_bot:
        if f.recent_reposts:
            return f"all {n} recent posts are reposts"
        if f.recent_one_link > max(f.recent_spam, f.recent_duplicates):
            return f"{of(f.recent_one_link)} of {n} recent posts link to the same site"
        if f.recent_spam >= max(f.recent_duplicates, f.recent_links):
            return f"{of(f.recent_spam)} of {n} recent posts sell something"
        if f.recent_duplicates >= f.recent_links:
            return f"{of(f.recent_duplicates)} of {n} recent posts repeat the same text"
        return f"{of(f.recent_links)} of {n} recent posts carry a link"
    return f"{of(f.recent_replies)} of {n} recent posts reply to people"
