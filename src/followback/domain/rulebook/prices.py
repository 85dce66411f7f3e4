"""X's price table, read from ``x_prices.json``: the one place X's prices are written down,
with the date they were checked and their source. Spend tracking, the month's forecast and
``followback rules`` all read it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["XPriceTable", "x_prices"]


def _decimals(raw: Any, what: str) -> dict[str, Decimal]:
    if not isinstance(raw, Mapping):
        raise ValueError(f"x_prices.json: {what} must be an object")
    return {str(k): Decimal(str(v)) for k, v in raw.items()}


@dataclass(frozen=True, slots=True)
class XPriceTable:
    """Prices in USD: ``reads`` per resource returned, ``owned_reads`` for the brand's own
    data read by its own developer app, ``writes`` per request, ``events`` per X Activity
    API event delivered."""

    checked: str
    source: str
    reads: Mapping[str, Decimal]
    owned_reads: Mapping[str, Decimal]
    writes: Mapping[str, Decimal]
    events: Mapping[str, Decimal]
    post_reads_monthly_cap: int

    def price(self, item: str, *, owned: bool = False) -> Decimal:
        """The price of one ``item`` (a read, a write or an event name)."""
        if owned and item in self.owned_reads:
            return self.owned_reads[item]
        for table in (self.reads, self.writes, self.events):
            if item in table:
                return table[item]
        raise KeyError(f"x_prices.json has no price for {item!r}")


@cache
def x_prices() -> XPriceTable:
    """The packaged price table (read once)."""
    text = resources.files(__package__).joinpath("x_prices.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    return XPriceTable(
        checked=str(raw["checked"]),
        source=str(raw["source"]),
        reads=_decimals(raw["reads_per_resource"], "reads_per_resource"),
        owned_reads=_decimals(raw["owned_reads_per_resource"], "owned_reads_per_resource"),
        writes=_decimals(raw["writes_per_request"], "writes_per_request"),
        events=_decimals(raw["activity_events"], "activity_events"),
        post_reads_monthly_cap=int(raw["post_reads_monthly_cap"]),
    )
