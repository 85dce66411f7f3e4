"""A follower whose name or handle carries the brand's whole name (pure).

The model's impersonation signals (``impersonation.py``) need a desk word or a claim to be
official in a language their lists know ("Acme Support", "Acme ✔ Official"). Held-out
followers in session 15 said the same in words those lists lack: "Acme Kundeservice",
"Acme Müşteri Destek", "Acme 🎁 Yılbaşı Çekilişi", "Acme Sorteos Oficial". Few accounts
but the brand's own carry its whole name, so a follower recommended on its looks that does
waits for a person. Never screened out on this alone: an employee ("Jo at Acme") or a fan
page may carry it too. (Kept apart from ``impersonation.py``, whose text is part of the
model's version: a change there needs a retrained model.)
"""

from __future__ import annotations

from functools import lru_cache

from followback.domain import Profile, Reason
from followback.domain.text import fold, handle_local
from followback.screening.impersonation import BrandIdentity

__all__ = ["names_brand"]

# A whole name shorter than this ("Lyon") starts too many people's names.
_MIN_NAME = 5


def _alnum(text: str) -> str:
    """Letters and digits, case and accents folded ("KÜTAHYA ÇİNİ" -> "kutahyacini")."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


@lru_cache(maxsize=64)
def _brand_names(brand: BrandIdentity) -> tuple[tuple[str, str], ...]:
    """(joined, as written) for each of the brand's whole names and handles: folded once
    per brand, not once per follower (the identity is frozen, so it keys the cache)."""
    out: dict[str, str] = {}
    for w in (*brand.names, *(handle_local(h) for h in brand.handles)):
        out.setdefault(_alnum(w), w.strip())  # a name as written before a handle
    return tuple((k, v) for k, v in out.items() if len(k) >= _MIN_NAME)


def names_brand(profile: Profile, brand: BrandIdentity) -> tuple[Reason, ...]:
    """Evidence when ``profile``'s display name or handle starts with one of the brand's
    whole names (letters and digits only, any case: "acmeshop" in "ACME SHOP | Destek");
    empty for the brand's own accounts, accounts the platform verifies, and everyone else.
    Only a name that *starts* with the brand's counts: a person "in Paris" follows a city's
    account, a desk or a giveaway puts the brand first."""
    own = {h.lstrip("@").casefold() for h in brand.handles}
    if profile.verified or profile.remote_id in brand.remote_ids:
        return ()
    if profile.handle.lstrip("@").casefold() in own:
        return ()
    said = (_alnum(profile.display_name), _alnum(handle_local(profile.handle)))
    for joined, written in _brand_names(brand):
        if any(s.startswith(joined) for s in said):
            return (Reason("brand:named", f"− its name carries the brand's name ({written})"),)
    return ()
