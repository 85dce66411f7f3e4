"""Decisions: screening verdicts with reasons, the review queue, approvals and skips."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from followback.domain import DecisionState, ErrorCode, Reason, UserError, Verdict
from followback.store.decision_counts import DecisionCountRepo
from followback.store.tables import BrandAccountRow, DecisionRow, RemoteAccountRow

__all__ = [
    "DecisionInput",
    "DecisionRepo",
    "QueueFilter",
    "decision_reasons",
    "parse_filters",
]

_FILTER = re.compile(r"^\s*(verdict|rule|score|handle|state)\s*(<=|>=|=|<|>|~)\s*(.+?)\s*$")


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which decisions to list or act on. ``None`` fields do not filter."""

    state: DecisionState | None = DecisionState.PENDING
    verdict: Verdict | None = None
    rule: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    handle: str | None = None
    limit: int | None = None


def _parse_score(op: str, value: str, fields: dict[str, Any]) -> None:
    try:
        number = float(value)
    except ValueError:
        raise UserError(f"filter score{op}{value}: not a number", ErrorCode.BAD_INPUT) from None
    if op in (">", ">="):
        fields["min_score"] = number
    elif op in ("<", "<="):
        fields["max_score"] = number
    else:
        fields["min_score"] = fields["max_score"] = number


def parse_filters(
    expressions: Iterable[str], state: DecisionState | None = DecisionState.PENDING
) -> QueueFilter:
    """Parse ``verdict=review``, ``rule=grey_zone``, ``score>=0.5``, ``handle~shop``,
    ``state=skipped``; raise :class:`UserError` naming an expression that does not parse."""
    fields: dict[str, Any] = {"state": state}
    for expr in expressions:
        m = _FILTER.match(expr)
        if m is None:
            raise UserError(
                f"cannot read filter {expr!r}; use verdict=, rule=, state=, score<, score>, "
                "handle~",
                ErrorCode.BAD_INPUT,
                filter=expr,
            )
        key, op, value = m.groups()
        if key == "score":
            _parse_score(op, value, fields)
        elif key in ("verdict", "state"):
            enum = Verdict if key == "verdict" else DecisionState
            try:
                fields[key] = enum(value.lower())
            except ValueError:
                known = ", ".join(v.value for v in enum)
                raise UserError(
                    f"filter {expr!r}: unknown {key} {value!r} (known: {known})",
                    ErrorCode.BAD_INPUT,
                ) from None
        elif key == "rule":
            fields["rule"] = value
        else:
            fields["handle"] = value.lstrip("@").lower()
    return QueueFilter(**fields)


def decision_reasons(row: DecisionRow) -> tuple[Reason, ...]:
    """The stored reasons of a decision as domain objects."""
    return tuple(Reason(str(r["rule"]), str(r["text"])) for r in row.reasons)


_CHUNK = 500


@dataclass(frozen=True, slots=True)
class DecisionInput:
    """One decision to store with :meth:`DecisionRepo.record_many`."""

    remote_id: str
    verdict: Verdict
    state: DecisionState
    reasons: tuple[Reason, ...]
    decided_by: str
    decided_at: datetime
    policy_version: str
    bot_score: float | None = None
    model_version: str | None = None
    priority: float = 0.0
    fingerprint: str = ""
    learned_version: str | None = None  # the brand's learned adjustment in force


class DecisionRepo:
    """Reads and writes decisions within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def latest_fingerprints(self, account_id: int) -> dict[str, str]:
        """Remote id -> the profile fingerprint of its current (not superseded) decision."""
        stmt = select(DecisionRow.remote_id, DecisionRow.profile_fingerprint).where(
            DecisionRow.brand_account_id == account_id, DecisionRow.superseded.is_(False)
        )
        return {rid: fp for rid, fp in self.session.execute(stmt)}

    def latest_fingerprints_of(
        self, account_id: int, remote_ids: Sequence[str], *, reported: bool = True
    ) -> dict[str, str]:
        """Like :meth:`latest_fingerprints`, for ``remote_ids`` only (``reported=False``:
        leaving out dry-run decisions, which were never acted on)."""
        out: dict[str, str] = {}
        for start in range(0, len(remote_ids), 500):
            stmt = select(DecisionRow.remote_id, DecisionRow.profile_fingerprint).where(
                DecisionRow.brand_account_id == account_id,
                DecisionRow.superseded.is_(False),
                DecisionRow.remote_id.in_(remote_ids[start : start + 500]),
            )
            if not reported:
                stmt = stmt.where(DecisionRow.state != DecisionState.REPORTED.value)
            out.update({rid: fp for rid, fp in self.session.execute(stmt)})
        return out

    def record(
        self,
        account_id: int,
        remote_id: str,
        *,
        verdict: Verdict,
        state: DecisionState,
        reasons: Sequence[Reason],
        decided_by: str,
        decided_at: datetime,
        policy_version: str,
        bot_score: float | None = None,
        model_version: str | None = None,
        priority: float = 0.0,
        fingerprint: str = "",
    ) -> DecisionRow:
        """Store a decision; earlier decisions about the same account are superseded."""
        entry = DecisionInput(
            remote_id=remote_id,
            verdict=verdict,
            state=state,
            reasons=tuple(reasons),
            decided_by=decided_by,
            decided_at=decided_at,
            policy_version=policy_version,
            bot_score=bot_score,
            model_version=model_version,
            priority=priority,
            fingerprint=fingerprint,
        )
        return self.record_many(account_id, [entry])[0]

    def record_many(self, account_id: int, entries: Sequence[DecisionInput]) -> list[DecisionRow]:
        """Store many decisions at once (a screened backlog): one superseding UPDATE per
        chunk and one flush, instead of a round trip per follower."""
        latest = {e.remote_id: e for e in entries}  # one current decision per account
        remote_ids = list(latest)
        counts: list[tuple[tuple[int, str, str], int]] = []
        for start in range(0, len(remote_ids), _CHUNK):
            gone = self.session.execute(
                update(DecisionRow)
                .where(
                    DecisionRow.brand_account_id == account_id,
                    DecisionRow.remote_id.in_(remote_ids[start : start + _CHUNK]),
                    DecisionRow.superseded.is_(False),
                )
                .values(superseded=True)
                .returning(DecisionRow.state, DecisionRow.verdict)
                # "fetch" syncs only the matched rows; the default "evaluate" walks every
                # object in the session, which made screening a large backlog quadratic.
                .execution_options(synchronize_session="fetch")
            )
            counts += [((account_id, st, v), -1) for st, v in gone]
        values = [
            {
                "brand_account_id": account_id,
                "remote_id": e.remote_id,
                "verdict": e.verdict.value,
                "state": e.state.value,
                "reasons": [{"rule": r.rule, "text": r.text} for r in e.reasons],
                "bot_score": e.bot_score,
                "model_version": e.model_version,
                "policy_version": e.policy_version,
                "decided_by": e.decided_by,
                "decided_at": e.decided_at,
                "priority": e.priority,
                "profile_fingerprint": e.fingerprint,
                "superseded": False,
                "learned_version": e.learned_version,
            }
            for e in latest.values()
        ]
        # An ORM bulk INSERT ... RETURNING (batched by the driver) gives the same session
        # objects as add_all + flush at a fraction of the unit of work's per-object cost
        # (a first import records every follower's decision at once).
        rows = (
            list(
                self.session.scalars(
                    insert(DecisionRow).returning(DecisionRow, sort_by_parameter_order=True),
                    values,
                )
            )
            if values
            else []
        )
        counts += [((account_id, r.state, r.verdict), 1) for r in rows]
        DecisionCountRepo(self.session).record(counts)
        by_id = {r.remote_id: r for r in rows}
        return [by_id[e.remote_id] for e in entries]

    def list_matching(self, account_id: int, flt: QueueFilter) -> list[DecisionRow]:
        """Current decisions matching ``flt``: highest priority first, then oldest."""
        stmt = select(DecisionRow).where(
            DecisionRow.brand_account_id == account_id, DecisionRow.superseded.is_(False)
        )
        if flt.state is not None:
            stmt = stmt.where(DecisionRow.state == flt.state.value)
        if flt.verdict is not None:
            stmt = stmt.where(DecisionRow.verdict == flt.verdict.value)
        if flt.min_score is not None:
            stmt = stmt.where(DecisionRow.bot_score >= flt.min_score)
        if flt.max_score is not None:
            stmt = stmt.where(DecisionRow.bot_score <= flt.max_score)
        if flt.handle:
            platform = select(BrandAccountRow.platform).where(BrandAccountRow.id == account_id)
            handles = select(RemoteAccountRow.remote_id).where(
                RemoteAccountRow.platform == platform.scalar_subquery(),
                RemoteAccountRow.handle.icontains(flt.handle, autoescape=True),
            )
            stmt = stmt.where(DecisionRow.remote_id.in_(handles))
        stmt = stmt.order_by(DecisionRow.priority.desc(), DecisionRow.decided_at, DecisionRow.id)
        rows = list(self.session.scalars(stmt))
        if flt.rule:
            rows = [r for r in rows if any(x["rule"] == flt.rule for x in r.reasons)]
        return rows[: flt.limit] if flt.limit is not None else rows

    def get_many(self, account_id: int, ids: Sequence[int]) -> list[DecisionRow]:
        """The decisions with these ids; raise :class:`UserError` naming any that is missing."""
        rows = list(
            self.session.scalars(
                select(DecisionRow)
                .where(DecisionRow.brand_account_id == account_id, DecisionRow.id.in_(ids))
                .order_by(DecisionRow.id)
            )
        )
        missing = sorted(set(ids) - {r.id for r in rows})
        if missing:
            raise UserError(
                f"no decision with id {', '.join(map(str, missing))} for this account",
                ErrorCode.NOT_FOUND,
                ids=missing,
            )
        return rows

    def ids_by_account(self, ids: Sequence[int]) -> dict[int, list[int]]:
        """Brand account id -> the decision ids among ``ids`` it owns (ids that do not exist
        are left out)."""
        stmt = (
            select(DecisionRow.brand_account_id, DecisionRow.id)
            .where(DecisionRow.id.in_(ids))
            .order_by(DecisionRow.id)
        )
        owners: dict[int, list[int]] = {}
        for account_id, decision_id in self.session.execute(stmt):
            owners.setdefault(account_id, []).append(decision_id)
        return owners

    def find_current(self, account_id: int, remote_id: str) -> DecisionRow | None:
        """The account's current (not superseded) decision about ``remote_id``."""
        stmt = select(DecisionRow).where(
            DecisionRow.brand_account_id == account_id,
            DecisionRow.remote_id == remote_id,
            DecisionRow.superseded.is_(False),
        )
        return self.session.scalars(stmt).first()

    def current_ids(self, account_id: int, remote_ids: Sequence[str]) -> list[int]:
        """Ids of the account's current decisions about ``remote_ids``, ascending."""
        if not remote_ids:
            return []
        stmt = select(DecisionRow.id).where(
            DecisionRow.brand_account_id == account_id,
            DecisionRow.remote_id.in_(list(remote_ids)),
            DecisionRow.superseded.is_(False),
        )
        return sorted(self.session.scalars(stmt))

    def apply_review(
        self,
        rows: Iterable[DecisionRow],
        state: DecisionState,
        *,
        reviewer: str,
        note: str | None,
        at: datetime,
    ) -> None:
        """Record a person's approval or skip on each decision."""
        counts: list[tuple[tuple[int, str, str], int]] = []
        for row in rows:
            if not row.superseded:
                counts.append(((row.brand_account_id, row.state, row.verdict), -1))
                counts.append(((row.brand_account_id, state.value, row.verdict), 1))
            row.state = state.value
            row.reviewed_by = reviewer
            row.reviewed_at = at
            row.review_note = note
        DecisionCountRepo(self.session).record(counts)

    def handles(self, platform: str, remote_ids: Iterable[str]) -> dict[str, str]:
        """Remote id -> handle for the accounts the store knows."""
        ids = list(set(remote_ids))
        out: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            stmt = select(RemoteAccountRow.remote_id, RemoteAccountRow.handle).where(
                RemoteAccountRow.platform == platform,
                RemoteAccountRow.remote_id.in_(ids[start : start + 500]),
            )
            out.update({rid: h for rid, h in self.session.execute(stmt)})
        return out
