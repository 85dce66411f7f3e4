"""Being followed as evidence of a person (pure).

A follower the model is unsure of, whom many more accounts follow than it follows itself,
has people who chose to follow it: nobody follows a bought follower. On the research
collections in ``../shared/data/bots`` (cresci-2017), 0.1% of the 3,351 bought followers
are followed by at least 10 accounts and by at least twice as many as they follow, against
17% of the genuine accounts; the social spambots 0.7%. Pornography bots often are (58% of
pronbots-2019), which is why the words of a profile still keep it for a person (the caller
checks them, as for the own-words rule). Only where the server reports counts: snac says 0
for every account.
"""

from __future__ import annotations

from followback.domain import Profile, Reason

__all__ = ["FOLLOWED_BY_AT_LEAST", "FOLLOWED_RATIO", "followed_evidence"]

FOLLOWED_BY_AT_LEAST = 10
FOLLOWED_RATIO = 2  # followed by at least this many times as many accounts as it follows


def followed_evidence(profile: Profile) -> tuple[Reason, ...]:
    """``+ followed by 13, follows 3: others chose to follow it`` for an account that many
    more accounts follow than it follows; empty otherwise or where counts are unknown."""
    if not profile.counts_reported:
        return ()
    followers, following = profile.followers_count, profile.following_count
    if followers < FOLLOWED_BY_AT_LEAST or followers < FOLLOWED_RATIO * following:
        return ()
    text = f"+ followed by {followers:,}, follows {following:,}: others chose to follow it"
    return (Reason("followed:by_others", text),)
