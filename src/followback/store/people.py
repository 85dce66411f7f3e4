"""Who a platform id is: handle, display name and profile link, from what followback has seen.

A follower's profile (``remote_accounts``) is the richest source; someone who only wrote
to the brand is known from the inbox (``contacts``). A handle that is only the platform's
id (an X DM without the author's expansion, for example) never hides a real one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import CompoundSelect, Select, String, cast, or_, select
from sqlalchemy.orm import Session

from followback.domain.people import Person, profile_url
from followback.store.tables import (
    BrandAccountRow,
    ContactRow,
    ConversationRow,
    RemoteAccountRow,
)

__all__ = ["SEARCH_ESCAPE", "PeopleRepo", "brand_server", "search_pattern"]

_CHUNK = 500


SEARCH_ESCAPE = "\\"


def search_pattern(text: str) -> str:
    """An ILIKE pattern for a search box: ``@ana`` finds ``ana.bsky.social``.

    ``%`` and ``_`` typed in the box are literal: use with ``ilike(p, escape=SEARCH_ESCAPE)``.
    """
    term = text.strip().lstrip("@")
    for char in (SEARCH_ESCAPE, "%", "_"):
        term = term.replace(char, SEARCH_ESCAPE + char)
    return f"%{term}%"


def brand_server(row: BrandAccountRow) -> str | None:
    """The brand's server: stored, or the domain of a Mastodon handle ``brand@server``."""
    if row.server:
        return row.server
    _, _, host = row.handle.lstrip("@").partition("@")
    return host or None


class PeopleRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def lookup(
        self, platform: str, remote_ids: Iterable[str], server: str | None = None
    ) -> dict[str, Person]:
        """``remote_id -> Person`` for every id given (the id itself when nothing is known)."""
        wanted = sorted(set(remote_ids))
        found: dict[str, Person] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            profiles = self.session.execute(
                select(
                    RemoteAccountRow.remote_id,
                    RemoteAccountRow.handle,
                    RemoteAccountRow.display_name,
                    RemoteAccountRow.url,
                    RemoteAccountRow.followers_count,
                ).where(
                    RemoteAccountRow.platform == platform, RemoteAccountRow.remote_id.in_(chunk)
                )
            ).all()
            for rid, handle, name, url, followers in profiles:
                found[rid] = Person(
                    platform,
                    rid,
                    handle,
                    name or "",
                    url or profile_url(platform, handle, server),
                    followers,
                )
            contacts = self.session.execute(
                select(ContactRow.remote_id, ContactRow.handle, ContactRow.followers_count).where(
                    ContactRow.platform == platform, ContactRow.remote_id.in_(chunk)
                )
            ).all()
            for rid, handle, followers in contacts:
                known = found.get(rid)
                if known is None or (not known.known and handle and handle != rid):
                    found[rid] = Person(
                        platform, rid, handle, "", profile_url(platform, handle, server), followers
                    )
        for rid in wanted:
            found.setdefault(rid, Person(platform, rid, rid))
        return found

    def lookup_for_account(self, account_id: int, remote_ids: Iterable[str]) -> dict[str, Person]:
        """Like :meth:`lookup`, on the platform (and server) of brand account ``account_id``."""
        row = self.session.get(BrandAccountRow, account_id)
        if row is None:
            return {rid: Person("", rid, rid) for rid in remote_ids}
        return self.lookup(row.platform, remote_ids, brand_server(row))

    def conversation_people(self, conversation_ids: Iterable[int]) -> dict[int, Person]:
        """``conversation id -> its contact`` (for log lines about conversations)."""
        ids = sorted(set(conversation_ids))
        if not ids:
            return {}
        rows = self.session.execute(
            select(
                ConversationRow.id,
                ContactRow.platform,
                ContactRow.remote_id,
                BrandAccountRow.server,
                BrandAccountRow.handle,
            )
            .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
            .join(BrandAccountRow, BrandAccountRow.id == ConversationRow.brand_account_id)
            .where(ConversationRow.id.in_(ids))
        ).all()
        out: dict[int, Person] = {}
        by_platform: dict[tuple[str, str | None], list[tuple[int, str]]] = {}
        for cid, platform, rid, server, brand_handle in rows:
            host = server or (brand_handle.lstrip("@").partition("@")[2] or None)
            by_platform.setdefault((platform, host), []).append((cid, rid))
        for (platform, server), pairs in by_platform.items():
            people = self.lookup(platform, [rid for _, rid in pairs], server)
            for cid, rid in pairs:
                out[cid] = people[rid]
        return out

    def ids_matching(self, text: str) -> CompoundSelect[Any]:
        """Platform ids of everyone whose handle or display name matches ``text``."""
        like = search_pattern(text)
        profiles = select(RemoteAccountRow.remote_id).where(
            or_(
                RemoteAccountRow.handle.ilike(like, escape=SEARCH_ESCAPE),
                RemoteAccountRow.display_name.ilike(like, escape=SEARCH_ESCAPE),
            )
        )
        contacts = select(ContactRow.remote_id).where(
            ContactRow.handle.ilike(like, escape=SEARCH_ESCAPE)
        )
        return profiles.union(contacts)

    def conversation_ids_matching(self, text: str) -> Select[Any]:
        """Conversation ids (as text, as the audit log stores them) of matching contacts."""
        like = search_pattern(text)
        return (
            select(cast(ConversationRow.id, String))
            .join(ContactRow, ContactRow.id == ConversationRow.contact_id)
            .where(
                or_(
                    ContactRow.handle.ilike(like, escape=SEARCH_ESCAPE),
                    ContactRow.remote_id.in_(
                        select(RemoteAccountRow.remote_id).where(
                            RemoteAccountRow.display_name.ilike(like, escape=SEARCH_ESCAPE)
                        )
                    ),
                )
            )
        )
