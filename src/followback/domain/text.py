"""Text forms shared by the pure parts (screening, inbox): one home for accent folding."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Café" matches "cafe", "Vélo"
    matches "velo"): NFKD, case-folded, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
