"""Jinja2 filters for the pages: times, percentages and numbers written for people."""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment

__all__ = ["install"]


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


def install(env: Environment) -> None:
    """Register the filters on ``env``."""
    env.filters["when"] = _when
    env.filters["pct"] = _pct
    env.filters["num"] = _num
    env.filters["minutes"] = _minutes
