"""Stored follower profiles (``remote_accounts``): load them for screening, save what was
fetched. (Fetching missing ones from the platform is :mod:`followback.services.profiles`.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.domain import Platform, Profile
from followback.store.tables import RemoteAccountRow

__all__ = ["load_profiles", "save_profiles"]

_FIELDS = (
    "handle",
    "display_name",
    "bio",
    "url",
    "followers_count",
    "following_count",
    "posts_count",
    "created_at",
    "has_avatar",
    "bot_flag",
    "locked",
    "language",
    "last_post_at",
    "moved_to",
    "suspended",
    "observed_at",
)


# Profile fields kept in the ``signals`` JSON column, with the types they load back as.
_SIGNALS: dict[str, type] = {
    "verified": bool,
    "verified_links": int,
    "pinned_post": bool,
    "associated_count": int,
    "has_banner": bool,
    "counts_reported": bool,
    "recent_sampled": bool,
    "recent_posts_sampled": int,
    "recent_reply_share": float,
    "recent_repost_share": float,
    "recent_repost_sources": int,
    "recent_duplicate_share": float,
    "recent_link_share": float,
    "recent_one_link_share": float,
    "recent_spam_share": float,
    "recent_languages": int,
    "recent_own_site_share": float,
    "recent_selling_share": float,
    "recent_hard_sell_share": float,
    "recent_language": str,
}


def _signals_of(p: Profile) -> dict[str, Any]:
    """The non-default signals of ``p`` (defaults are left out to keep rows small)."""
    defaults = Profile(platform=p.platform, remote_id="", handle="", observed_at=p.observed_at)
    out = {k: getattr(p, k) for k in _SIGNALS if getattr(p, k) != getattr(defaults, k)}
    if p.discoverable is not None:
        out["discoverable"] = p.discoverable
    return out


def _signals_from(raw: dict[str, Any] | None) -> dict[str, Any]:
    raw = raw if isinstance(raw, dict) else {}
    out: dict[str, Any] = {k: kind(raw[k]) for k, kind in _SIGNALS.items() if k in raw}
    if isinstance(raw.get("discoverable"), bool):
        out["discoverable"] = raw["discoverable"]
    return out


def _to_profile(platform: Platform, row: RemoteAccountRow) -> Profile:
    data: dict[str, Any] = {f: getattr(row, f) for f in _FIELDS}
    data.update(_signals_from(row.signals))
    return Profile(platform=platform, remote_id=row.remote_id, labels=tuple(row.labels), **data)


def load_profiles(
    session: Session, platform: Platform, remote_ids: Sequence[str]
) -> dict[str, Profile]:
    """Stored profiles of ``remote_ids`` (those the store knows)."""
    out: dict[str, Profile] = {}
    for start in range(0, len(remote_ids), 500):
        stmt = select(RemoteAccountRow).where(
            RemoteAccountRow.platform == platform.value,
            RemoteAccountRow.remote_id.in_(remote_ids[start : start + 500]),
        )
        out.update({r.remote_id: _to_profile(platform, r) for r in session.scalars(stmt)})
    return out


def save_profiles(session: Session, platform: Platform, profiles: Iterable[Profile]) -> None:
    """Insert or refresh profiles in ``remote_accounts``: one upsert sent for all the
    profiles at once (a first import screens every follower; a statement per profile made saving
    10,000 of them take 9,000 round trips, most of the cycle's CPU). The last profile of a
    remote id wins, as it did when each was written in turn."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    latest: dict[str, dict[str, Any]] = {}
    for p in profiles:
        values: dict[str, Any] = {f: getattr(p, f) for f in _FIELDS}
        values.update(labels=list(p.labels), signals=_signals_of(p), fingerprint=p.fingerprint)
        latest[p.remote_id] = {"platform": platform.value, "remote_id": p.remote_id, **values}
    if not latest:
        return
    stmt = insert(cast(Table, RemoteAccountRow.__table__))
    refreshed = {c: stmt.excluded[c] for c in (*_FIELDS, "labels", "signals", "fingerprint")}
    # A Core executemany: one compiled statement, sent in batches by the driver.
    session.connection().execute(
        stmt.on_conflict_do_update(index_elements=["platform", "remote_id"], set_=refreshed),
        list(latest.values()),
    )
