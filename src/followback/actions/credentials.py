"""Stored platform credentials and X spend: renewing under the account's lock, saving,
marking an account that needs a new login, and adding to the month's X spend.

The connectors call these through :mod:`followback.services.connect`'s keepers; the
sealing (encryption) is the caller's, so nothing here sees a key.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from decimal import Decimal

from followback.domain import AuthExpiredError
from followback.store import AccountRepo, Store
from followback.store.x_usage import XSpendRepo

__all__ = ["add_x_spend", "renew_credentials", "save_credentials"]

Seal = Callable[[Mapping[str, str]], bytes]
Unseal = Callable[[bytes | None], dict[str, str]]


async def renew_credentials(
    store: Store,
    account_id: int,
    current: Mapping[str, str],
    renew_with: Callable[[dict[str, str]], Awaitable[dict[str, str]]],
    *,
    seal: Seal,
    unseal: Unseal,
) -> dict[str, str]:
    """Renew under the account's row lock, or reuse what another worker renewed meanwhile.

    The lock is held across the platform call on purpose: X's refresh token works once, so
    two workers renewing at the same time would lock the account out. A refusal
    (``AuthExpiredError``: the refresh token or app password no longer works) marks the
    account ``needs_reauth``, since only a new login helps, and is raised again.
    """
    try:
        with store.session() as s:
            row = AccountRepo(s).lock_credentials(account_id)
            stored = unseal(row.credentials)
            if stored and stored != dict(current):
                return stored  # another worker renewed while we waited for the lock
            renewed = await renew_with(dict(current))
            AccountRepo(s).store_credentials(account_id, seal(renewed))
            return renewed
    except AuthExpiredError:
        with store.session() as s:
            AccountRepo(s).mark_needs_reauth(account_id)
        raise


def save_credentials(store: Store, account_id: int, sealed: bytes) -> None:
    """Store credentials the platform handed over outside a renewal (sealed already)."""
    with store.session() as s:
        AccountRepo(s).store_credentials(account_id, sealed)


def add_x_spend(store: Store, account_id: int, usd: Decimal, at: datetime) -> Decimal:
    """Add ``usd`` (negative for a refund) to the account's X spend this month; the total."""
    with store.session() as s:
        return XSpendRepo(s).add(account_id, usd, at)
