"""An account's retention analyses as one value, and its exact text form for keeping.

The Retention page shows the follow-back experiment, the two observational comparisons
and the weekly cohorts. At millions of followers they take seconds to compute (survival
models over every arrival and first contact), so the service computes them and keeps the
result; :func:`encode` and :func:`decode` turn it into text and back *exactly*: every
float goes through JSON's shortest round-trip form (``NaN`` included), datetimes keep
their microseconds and zone, and the cohort tables go through Arrow IPC, which keeps
each column's type. Pure: no I/O.
"""

from __future__ import annotations

import base64
import io
import json
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from typing import Any

import polars as pl

from followback.tracking.experiment import ExperimentResult
from followback.tracking.retention import AdjustedComparison

__all__ = ["FORMAT", "RetentionAnalyses", "decode", "encode"]

FORMAT = 1  # bumped when the encoded shape changes; older kept text is then recomputed


@dataclass(frozen=True)
class RetentionAnalyses:
    """What the Retention page shows beyond the audience counts, for one account.

    ``as_of`` is the time the analyses ran as of (the account's last sync, or the clock
    when it had none); ``sla_minutes`` and ``holdout_days`` are the settings they used.
    """

    as_of: datetime
    sla_minutes: int
    holdout_days: int
    experiment: ExperimentResult
    observational: AdjustedComparison
    sla: AdjustedComparison
    cohorts: pl.DataFrame

    def same_as(self, other: RetentionAnalyses) -> bool:
        """Equal in every figure (``==`` cannot say so: data frames and ``NaN``)."""
        return encode(self) == encode(other)


def _frame_text(frame: pl.DataFrame) -> str:
    buf = io.BytesIO()
    frame.write_ipc(buf, compression="uncompressed")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _to_plain(value: Any) -> Any:
    if isinstance(value, pl.DataFrame):
        return {"ipc": _frame_text(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_to_plain(v) for v in value]
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):  # numpy's float64 too: JSON writes the shortest exact form
        return float(value)
    raise TypeError(f"cannot keep a {type(value).__name__} in retention analyses")


def _from_plain(kind: Any, value: Any) -> Any:
    """``value`` (from :func:`_to_plain`) as the annotated type ``kind``."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(kind) if a is not type(None)]
        return _from_plain(inner, value)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_from_plain(item, v) for v in value]
    if origin is tuple:
        item = typing.get_args(kind)[0]  # tuple[X, ...]
        return tuple(_from_plain(item, v) for v in value)
    if kind is pl.DataFrame:
        return pl.read_ipc(io.BytesIO(base64.b64decode(value["ipc"])))
    if kind is datetime:
        return datetime.fromisoformat(value)
    if isinstance(kind, type) and is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _from_plain(hints[f.name], value[f.name]) for f in fields(kind)})
    if kind is float:
        return float(value)
    return value


def encode(analyses: RetentionAnalyses) -> str:
    """The analyses as JSON text (with a format number)."""
    return json.dumps({"format": FORMAT, **_to_plain(analyses)}, sort_keys=True)


def decode(text: str) -> RetentionAnalyses | None:
    """The analyses :func:`encode` wrote, or ``None`` for text of another format (kept
    by an older version: the caller recomputes)."""
    plain = json.loads(text)
    if plain.pop("format", None) != FORMAT:
        return None
    result: RetentionAnalyses = _from_plain(RetentionAnalyses, plain)
    return result
