"""Keyset ("seek") pagination: the next page starts after the last row's sort key.

``OFFSET n`` makes the database read and throw away ``n`` rows for every page, so deep
pages of a million-row list get slower and slower, and a row inserted ahead of the reader
between two pages shifts everything by one (a row shown twice, or one never shown).
A keyset cursor names the last row seen by its sort key (ending with the unique id), and
the next page is ``WHERE (sort key) > cursor ORDER BY ... LIMIT n``: an index range scan
whatever the depth, and stable under inserts.

Cursors are opaque to clients: URL-safe base64 of a JSON list of the key's values.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, false, literal, or_, tuple_
from sqlalchemy.sql.elements import ColumnElement

from followback.domain.errors import ErrorCode, UserError

__all__ = ["SortKey", "after", "decode_cursor", "encode_cursor"]

# (column, descending?) in ORDER BY order; the last one must be unique (the row id).
SortKey = Sequence[tuple[Any, bool]]


def encode_cursor(values: Sequence[Any]) -> str:
    """The cursor of a row whose sort-key values are ``values``."""
    out: list[Any] = []
    for v in values:
        out.append({"t": v.isoformat()} if isinstance(v, datetime) else v)
    raw = json.dumps(out, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The values a cursor carries; a clear 422 error if it was not made by us."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != size:
            raise ValueError("wrong length")
        return [
            datetime.fromisoformat(v["t"]) if isinstance(v, dict) and set(v) == {"t"} else v
            for v in values
        ]
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError) as exc:
        raise UserError(
            "the 'after' cursor is not one this server gave out; start from the first page",
            ErrorCode.BAD_INPUT,
            field="after",
        ) from exc


def after(key: SortKey, values: Sequence[Any]) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order ``key`` sorts them.

    When every column sorts the same way this is a row comparison ``(a, b) < (x, y)``,
    which the database answers with one index range scan. With mixed directions
    (priority descending, then oldest first) a row comparison cannot express the order,
    so it is ``(a < x) OR (a = x AND b > y) OR ...``, plus the redundant bound
    ``a <= x`` that lets the planner start the index scan at the cursor instead of
    filtering every row before it (measured by bench/bench_web.py's deep pages).
    """
    if len(values) != len(key):
        return false()
    directions = {descending for _, descending in key}
    if len(directions) == 1:
        # Typed binds, so a UTC column's own conversion applies (SQLite keeps naive UTC).
        row = tuple_(*(c for c, _ in key))
        at = tuple_(*(literal(v, type_=c.type) for (c, _), v in zip(key, values, strict=True)))
        return row < at if directions.pop() else row > at
    clauses = []
    for i, (column, descending) in enumerate(key):
        equal = [k[0] == v for k, v in zip(key[:i], values[:i], strict=True)]
        beyond = column < values[i] if descending else column > values[i]
        clauses.append(and_(*equal, beyond))
    first, descending = key[0]
    bound = first <= values[0] if descending else first >= values[0]
    return and_(bound, or_(*clauses))
