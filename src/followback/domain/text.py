"""Text forms shared by the pure parts (screening, inbox): one home for accent folding and
for a handle's local part."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "handle_local"]


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Café" matches "cafe", "Vélo"
    matches "velo"): NFKD, case-folded, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def handle_local(handle: str) -> str:
    """A handle's part before its first dot or "@" ("@acme_help.bsky.social" ->
    "acme_help", "desk@example.social" -> "desk"): what an account chose to be called."""
    return re.split(r"[.@]", handle.lstrip("@"), maxsplit=1)[0]
