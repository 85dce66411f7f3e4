"""The audit log: who or what did what to whom, when and why."""

from __future__ import annotations

import builtins
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from followback.domain import AuditEntry, utcnow
from followback.domain.people import Person
from followback.store import keyset
from followback.store.people import PeopleRepo
from followback.store.tables import AuditRow

__all__ = ["PERSON_VERBS", "AuditRepo"]

# Verbs whose target is a remote account's platform id (follows, reviews, undo).
_ORDER: keyset.SortKey = ((AuditRow.at, True), (AuditRow.id, True))  # newest first
PERSON_VERBS = frozenset(
    {"approve", "skip", "undo", "cancel", "follow", "unfollow", "review.reopen"}
)


class AuditRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(
        self,
        actor: str,
        verb: str,
        target: str,
        brand_account_id: int | None = None,
        at: datetime | None = None,
        **detail: object,
    ) -> None:
        """Append one entry (in the caller's transaction, so it commits with the change)."""
        self.session.add(
            AuditRow(
                at=at or utcnow(),
                actor=actor,
                verb=verb,
                target=target,
                brand_account_id=brand_account_id,
                detail=detail,
            )
        )

    def latest_detail(self, verb: str, actor: str | None = None) -> dict[str, object] | None:
        """The detail of the newest ``verb`` entry (by ``actor`` if given), or None."""
        stmt = select(AuditRow.detail).where(AuditRow.verb == verb)
        if actor is not None:
            stmt = stmt.where(AuditRow.actor == actor)
        stmt = stmt.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(1)
        found = self.session.scalars(stmt).first()
        return dict(found) if found is not None else None

    def targets_of_batch(self, brand_account_id: int, verb: str, batch_id: str) -> list[str]:
        """Targets of ``verb`` entries recorded with ``batch_id`` (e.g. a batch's approvals)."""
        stmt = (
            select(AuditRow.target)
            .where(
                AuditRow.brand_account_id == brand_account_id,
                AuditRow.verb == verb,
                AuditRow.detail["batch_id"].as_string() == batch_id,
            )
            .order_by(AuditRow.id)
        )
        return list(dict.fromkeys(self.session.scalars(stmt)))

    def _query(
        self, search: str | None, brand_account_id: int | None, verb: str | None
    ) -> Select[AuditRow]:
        stmt = select(AuditRow)
        if brand_account_id is not None:
            stmt = stmt.where(AuditRow.brand_account_id == brand_account_id)
        if verb:
            stmt = stmt.where(AuditRow.verb == verb)
        if search:
            # autoescape: "%" and "_" typed in a search are literal characters.
            term = search.strip()
            people = PeopleRepo(self.session)
            stmt = stmt.where(
                or_(
                    AuditRow.actor.icontains(term, autoescape=True),
                    AuditRow.target.icontains(term, autoescape=True),
                    AuditRow.verb.icontains(term, autoescape=True),
                    # By handle or name: the log stores platform ids, the team knows handles.
                    AuditRow.target.in_(people.ids_matching(search)),
                    AuditRow.target.in_(people.conversation_ids_matching(search)),
                )
            )
        return stmt

    def _people(self, rows: list[AuditRow]) -> dict[int, Person]:
        """Audit row id -> the person its target names (conversations and platform ids)."""
        people = PeopleRepo(self.session)
        convs = {
            r.id: int(r.target)
            for r in rows
            if r.verb.startswith("inbox.") and r.target.isdigit() and r.brand_account_id
        }
        found = people.conversation_people(convs.values())
        out = {rid: found[cid] for rid, cid in convs.items() if cid in found}
        by_account: dict[int, list[AuditRow]] = {}
        for r in rows:
            if r.id not in convs and r.brand_account_id is not None and r.verb in PERSON_VERBS:
                by_account.setdefault(r.brand_account_id, []).append(r)
        for account_id, group in by_account.items():
            looked = people.lookup_for_account(account_id, [r.target for r in group])
            out.update({r.id: looked[r.target] for r in group})
        return out

    def list(
        self,
        search: str | None = None,
        brand_account_id: int | None = None,
        verb: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AuditEntry]:
        return self.list_page(search, brand_account_id, verb, limit, offset)[0]

    def list_page(
        self,
        search: str | None = None,
        brand_account_id: int | None = None,
        verb: str | None = None,
        limit: int = 100,
        offset: int = 0,
        after: str | None = None,
    ) -> tuple[builtins.list[AuditEntry], str | None]:
        """Entries newest first, and the keyset cursor of the next page (None: last page).

        ``after`` is a cursor this method returned: the page starts right after it.
        """
        stmt = self._query(search, brand_account_id, verb)
        if after:
            stmt = stmt.where(keyset.after(_ORDER, keyset.decode_cursor(after, len(_ORDER))))
        stmt = stmt.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit).offset(offset)
        rows = list(self.session.scalars(stmt))
        people = self._people(rows)
        entries = [
            AuditEntry(
                r.at,
                r.actor,
                r.verb,
                r.brand_account_id,
                r.target,
                dict(r.detail),
                people.get(r.id),
            )
            for r in rows
        ]
        nxt = keyset.encode_cursor([rows[-1].at, rows[-1].id]) if len(rows) == limit else None
        return entries, nxt

    def count(
        self,
        search: str | None = None,
        brand_account_id: int | None = None,
        verb: str | None = None,
    ) -> int:
        """How many entries :meth:`list` would page through with the same filters."""
        sub = self._query(search, brand_account_id, verb).subquery()
        return int(self.session.scalar(select(func.count()).select_from(sub)) or 0)
