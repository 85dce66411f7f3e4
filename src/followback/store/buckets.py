"""Durable token buckets in ``rate_buckets``: shared by restarts and worker processes.

A take is atomic over all of an operation's buckets. On PostgreSQL the bucket rows are
locked with ``SELECT ... FOR UPDATE`` for the rest of the caller's transaction; on SQLite
the first statement is a write, which takes the database's single write lock at once
(the ``BEGIN IMMEDIATE`` behaviour), so two processes never read the same token count.
Call :meth:`BucketRepo.take` first in its transaction and commit soon after.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.engine.pacing import BucketSpec, BucketState, take
from followback.store.tables import RateBucketRow

__all__ = ["BucketRepo"]


def _period(spec: BucketSpec) -> float:
    # Stored for people reading the table: seconds to refill an empty bucket.
    return spec.burst / spec.rate if spec.rate > 0 else 0.0


class BucketRepo:
    """Takes tokens from an account's durable buckets within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def lock(self, account_id: int) -> None:
        """On SQLite, take the database's write lock now (a no-op write), before any read.

        Call it as the first statement of a transaction that reads then writes shared
        state; PostgreSQL locks rows instead (``FOR UPDATE``) and needs nothing here.
        """
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.execute(
                update(RateBucketRow)
                .where(RateBucketRow.brand_account_id == account_id)
                .values(tokens=RateBucketRow.tokens)
            )

    def _ensure(self, account_id: int, specs: Sequence[BucketSpec], now: datetime) -> None:
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        for spec in specs:
            self.session.execute(
                insert(RateBucketRow)
                .values(
                    brand_account_id=account_id,
                    name=spec.name,
                    tokens=spec.burst,
                    capacity=spec.burst,
                    period_s=_period(spec),
                    updated_at=now,
                    used_total=0,
                )
                .on_conflict_do_nothing()
            )

    def _rows(self, account_id: int, specs: Sequence[BucketSpec]) -> dict[str, RateBucketRow]:
        stmt = select(RateBucketRow).where(
            RateBucketRow.brand_account_id == account_id,
            RateBucketRow.name.in_([s.name for s in specs]),
        )
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        rows = self.session.scalars(stmt.execution_options(populate_existing=True))
        return {r.name: r for r in rows}

    def take(self, account_id: int, specs: Sequence[BucketSpec], op: str, now: datetime) -> float:
        """Take ``op``'s cost from every bucket that charges it; 0.0 when taken, else the
        seconds to wait before it would fit (nothing is taken then)."""
        specs = [s for s in specs if s.cost(op) > 0]
        if not specs:
            return 0.0
        self.lock(account_id)
        self._ensure(account_id, specs, now)
        rows = self._rows(account_id, specs)
        states = []
        for spec in specs:
            row = rows[spec.name]
            if row.capacity != spec.burst:  # limits changed in the settings
                row.capacity = spec.burst
                row.period_s = _period(spec)
                row.tokens = min(row.tokens, spec.burst)
            states.append(BucketState(row.tokens, row.updated_at.timestamp()))
        new, wait = take(specs, states, op, now.timestamp())
        if wait > 0.0:
            return wait
        for spec, state in zip(specs, new, strict=True):
            row = rows[spec.name]
            row.tokens = state.tokens
            row.updated_at = datetime.fromtimestamp(state.at, UTC)
            row.used_total += spec.cost(op)
        return 0.0

    def levels(self, account_id: int) -> dict[str, float]:
        """Bucket name -> tokens as last stored (for status pages)."""
        stmt = select(RateBucketRow.name, RateBucketRow.tokens).where(
            RateBucketRow.brand_account_id == account_id
        )
        return {name: float(tokens) for name, tokens in self.session.execute(stmt)}
