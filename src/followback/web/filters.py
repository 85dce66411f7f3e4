"""Jinja2 filters for the pages: times, percentages and numbers written for people, and
invisible or direction-changing characters shown as visible markers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

__all__ = ["install", "show_hidden"]


def _when(value: datetime | None) -> str:
    return "—" if value is None else f"{value:%Y-%m-%d %H:%M} UTC"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def _minutes(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 60:
        return f"{value:.0f} min"
    return f"{value / 60:.1f} h"


# Characters that change how text around them reads without being seen: bidirectional
# overrides, embeddings and isolates (a name "\u202Egnp.exe" shows as "exe.png"), and
# zero-width spaces and marks that make two different handles look the same. They are
# shown as "\u202E"-style markers wherever a page prints text. Zero-width joiners
# (U+200C/U+200D) are left alone: emoji sequences and several scripts need them.
_HIDDEN = frozenset(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)  # fmt: skip
_MARKERS = {code: f"\\u{code:04X}" for code in _HIDDEN}


def show_hidden(text: str) -> str:
    """``text`` with each invisible or direction-changing character written as ``\\uXXXX``."""
    return text.translate(_MARKERS)


def _finalize(value: Any) -> Any:
    # Applied to every {{ expression }} before autoescaping, so no template can forget it.
    if isinstance(value, str) and not _HIDDEN.isdisjoint(map(ord, value)):
        marked = show_hidden(value)
        # Already-safe markup stays markup: only the marked characters changed.
        return Markup(marked) if isinstance(value, Markup) else marked  # noqa: S704
    return value


def install(env: Environment) -> None:
    """Register the filters on ``env`` and mark hidden characters in everything printed."""
    env.finalize = _finalize
    env.filters["when"] = _when
    env.filters["pct"] = _pct
    env.filters["num"] = _num
    env.filters["minutes"] = _minutes
