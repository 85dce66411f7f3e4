"""Follower profiles for screening: read from ``remote_accounts``, fetched when missing.

Missing profiles are read from follower pages (one call returns a page of profiles)
before falling back to one ``fetch_profile`` call per account, since X bills per record.
Loading and saving them is :mod:`followback.store.profiles` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence

from followback.connectors.base import Connector
from followback.domain import NotFoundError, Profile, TransientError
from followback.store.profiles import load_profiles, save_profiles

__all__ = ["fetch_missing_profiles", "load_profiles", "save_profiles"]


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
