"""Plain words for the platform-native signals of a profile (pure).

The model's own reasons say which learned signals pushed a score; these say what the
platform itself tells about the account (verification, verified links, labels from
moderation services, a pinned post, lists and feeds made for others), in the queue's
"+ / −" style, so a person reviewing sees them whatever the model made of them.
"""

from __future__ import annotations

from followback.domain import Profile, Reason

__all__ = ["MODERATION_LABELS", "platform_reasons"]

# Labels moderation services put on accounts that a brand should not follow back.
MODERATION_LABELS = frozenset(
    {"spam", "impersonation", "scam", "misleading", "intolerant", "rude", "threat",
     "follow-farming", "inauthentic", "!hide", "!warn"}
)  # fmt: skip


def platform_reasons(profile: Profile) -> tuple[Reason, ...]:
    """What the platform says about ``profile``, strongest first (empty when nothing)."""
    out: list[Reason] = []
    flagged = sorted(MODERATION_LABELS.intersection(profile.labels))
    if flagged:
        out.append(Reason("signal:labels", f"− labelled {', '.join(flagged)} by moderation"))
    if "withheld" in profile.labels:
        out.append(Reason("signal:withheld", "− withheld in some countries"))
    if profile.verified:
        out.append(Reason("signal:verified", "+ verified by the platform"))
    if profile.verified_links:
        n = profile.verified_links
        out.append(Reason("signal:links", f"+ {n} verified link{'s' if n != 1 else ''}"))
    if profile.associated_count:
        n = profile.associated_count
        out.append(Reason("signal:made", f"+ made {n} list{'s' if n != 1 else ''}/feeds/packs"))
    if profile.pinned_post:
        out.append(Reason("signal:pinned", "+ pinned a post"))
    return tuple(out)
