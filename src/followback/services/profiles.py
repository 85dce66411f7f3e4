"""Follower profiles for screening: read from ``remote_accounts``, fetched when missing.

Missing profiles are read from follower pages (one call returns a page of profiles)
before falling back to one ``fetch_profile`` call per account, since X bills per record.
Loading and saving them is :mod:`followback.store.profiles` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence

from followback.connectors.base import Connector
from followback.domain import NotFoundError, Profile, TransientError
from followback.screening.impersonation import BrandIdentity
from followback.store import AccountRepo, StoreSession
from followback.store.listening import ListenRepo
from followback.store.profiles import load_profiles, save_profiles

__all__ = ["brand_identity", "fetch_missing_profiles", "load_profiles", "save_profiles"]


def brand_identity(session: StoreSession, account_id: int) -> BrandIdentity:
    """Who the brand is on the account's platform, for screening (a support desk bearing
    its name is an impersonator): the handles, stored names and remote ids of the brand's
    accounts there, and the display names of their stored profiles."""
    platform = AccountRepo(session).get(account_id).platform
    ours = [a for a in AccountRepo(session).list() if a.platform == platform]
    own = load_profiles(session, platform, [a.remote_id for a in ours])
    # The listening keywords name the brand in posts ("Verdant Soles"): a brand whose
    # account shows no display name (snac shows the user name) is still named by them.
    # Each phrase joins as one word ("verdantsoles"), so a generic word in a phrase
    # ("soles") does not name the brand on its own.
    listens = ListenRepo(session)
    phrases = [
        "".join(ch for ch in keyword if ch.isalnum())
        for a in ours
        if (rule := listens.find(a.id)) is not None
        for keyword in rule.keywords
    ]
    return BrandIdentity.of(
        [a.handle for a in ours],
        [a.name for a in ours] + [p.display_name for p in own.values()] + phrases,
        [a.remote_id for a in ours],
    )


async def fetch_missing_profiles(
    connector: Connector, missing: Sequence[str], *, max_single: int = 500
) -> tuple[list[Profile], int]:
    """Profiles of ``missing`` from the platform, and how many could not be fetched now."""
    wanted = set(missing)
    found: list[Profile] = []
    if len(wanted) > connector.capabilities.page_size // 4:
        cursor: str | None = None
        while wanted:
            page = await connector.list_followers(cursor)
            for p in page.items:
                if p.remote_id in wanted:
                    wanted.discard(p.remote_id)
                    found.append(p)
            if page.next_cursor is None or not page.items:
                break
            cursor = page.next_cursor
    failed = 0
    for rid in sorted(wanted)[:max_single]:
        try:
            found.append(await connector.fetch_profile(rid))
        except (NotFoundError, TransientError):
            failed += 1
    return found, failed + max(0, len(wanted) - max_single)
