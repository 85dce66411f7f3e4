"""Following few and never posting, with a name or a bio, as evidence of a newcomer (pure).

A follower that has not posted yet, follows fewer than a hundred accounts and has given
itself a display name or a bio is what a person who just joined, or who only reads,
looks like: they follow a few friends, the brand, a feed. A bought follower is bought to
follow: it follows hundreds to thousands of the vendor's clients. Measured in session 20
before the rule was written:

- on every evaluation population (held-out sets a-t, the two generators, the varied one,
  the lookalikes, the desks), 107 genuine accounts have this shape (name-only,
  bio-only, name-and-photo lurkers) and 2 unwanted ones (a bought follower named "Kofi"
  following 64 from the archetype generator, one named "Tiffany" following 20 among the
  desks); a fully bare account (no name, no bio) stays for a person: two of the held-out
  bought followers are bare and follow 12 and 45;
- on the 3,351 purchased Twitter followers of cresci-2015, 8 (0.2%) never posted and
  follow from 1 to 99.

Only where the server reports counts (snac says 0 for everyone), never for a name or
bio that sells (:func:`~followback.screening.recent.bio_sells`), and only when nothing
else speaks against it: the caller keeps it away from spam words, labels and soft rules,
as for the other evidence.
"""

from __future__ import annotations

from followback.domain import Profile, Reason
from followback.screening.recent import bio_sells, own_posts_sampled

__all__ = ["NEWCOMER_FOLLOWS_UNDER", "newcomer_evidence"]

NEWCOMER_FOLLOWS_UNDER = 100


def newcomer_evidence(profile: Profile) -> tuple[Reason, ...]:
    """``+ follows 38 and has not posted yet, with a display name: a newcomer or a reader``
    for a follower with a display name or a bio, no posts of its own and from 1 to fewer
    than :data:`NEWCOMER_FOLLOWS_UNDER` follows; empty otherwise or where counts are
    unknown."""
    if not profile.counts_reported or profile.posts_count > 0:
        return ()
    if not 0 < profile.following_count < NEWCOMER_FOLLOWS_UNDER:
        # It follows the brand at least: a count of 0 is the server's blank, not a fact.
        return ()
    if profile.recent_sampled and own_posts_sampled(profile) > 0:
        return ()  # posts of its own were read: person_evidence judges those
    named = (("a display name", profile.display_name), ("a bio", profile.bio))
    has = [what for what, text in named if text.strip()]
    if not has or bio_sells(profile):
        # A spam account that has not posted yet may sell in its bio in words the model's
        # lists lack ("15 000 ₸ в день, пиши 👇"): that is for a person.
        return ()
    text = (
        f"+ follows {profile.following_count:,} and has not posted yet, with "
        f"{' and '.join(has)}: a newcomer or a reader"
    )
    return (Reason("newcomer:few_follows", text),)
