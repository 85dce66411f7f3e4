"""Per-account follow-back policy, stored so the API can edit it; seeded from followback.toml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from followback.config import AccountSettings, LimitOverride, PolicySettings
from followback.domain import (
    DEFAULT_CAPABILITIES,
    Capabilities,
    ConfigError,
    ErrorCode,
    Platform,
    UserError,
    utcnow,
)
from followback.engine.pacing import apply_limit_overrides
from followback.engine.policy import Policy
from followback.store.tables import AccountPolicyRow

__all__ = ["PolicyRepo", "StoredPolicy", "account_capabilities", "seed_from_settings"]


class StoredPolicy:
    """A validated policy plus limit overrides, as stored for one account."""

    def __init__(self, settings: PolicySettings, limits: Mapping[str, LimitOverride]) -> None:
        self.settings = settings
        self.limits = dict(limits)
        self.policy = Policy(settings)

    def limit_overrides(self) -> dict[str, tuple[int, int]]:
        return {name: (o.capacity, o.period_s) for name, o in self.limits.items()}


def _validate(policy: Mapping[str, Any], limits: Mapping[str, Any]) -> StoredPolicy:
    try:
        settings = PolicySettings(**policy)
        overrides = {k: LimitOverride(**v) for k, v in limits.items()}
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise UserError(
            f"invalid policy: {key}: {err['msg']}", ErrorCode.BAD_INPUT, key=key
        ) from exc
    return StoredPolicy(settings, overrides)


class PolicyRepo:
    """Reads and writes account policies within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, account_id: int) -> StoredPolicy | None:
        row = self.session.get(AccountPolicyRow, account_id)
        return None if row is None else _validate(row.policy, row.limits)

    def get(self, account_id: int) -> StoredPolicy:
        """The account's policy; the defaults when none was stored yet."""
        return self.find(account_id) or StoredPolicy(PolicySettings(), {})

    def record(
        self,
        account_id: int,
        policy: Mapping[str, Any],
        limits: Mapping[str, Any] | None = None,
        *,
        by: str,
        at: datetime | None = None,
    ) -> StoredPolicy:
        """Validate and store the policy (raises :class:`UserError` naming a bad key)."""
        stored = _validate(policy, limits or {})
        row = self.session.get(AccountPolicyRow, account_id)
        data = stored.settings.model_dump(mode="json")
        lim = {k: v.model_dump(mode="json") for k, v in stored.limits.items()}
        if row is None:
            row = AccountPolicyRow(brand_account_id=account_id)
            self.session.add(row)
        row.policy = data
        row.limits = lim
        row.version = stored.policy.version
        row.updated_at = at or utcnow()
        row.updated_by = by
        self.session.flush()
        return stored


def seed_from_settings(session: Session, accounts: Iterable[AccountSettings]) -> int:
    """Store each configured account's policy from the file; returns how many changed.

    What a person saved in the dashboard wins over the file; what the file wrote before is
    replaced when the file changes, so a value edited in followback.toml (a blocked keyword
    added after the first run) takes effect, as ``[accounts.listen]`` does. Accounts not
    connected yet are left alone (they are seeded once connected).
    """
    from followback.store.accounts import AccountRepo

    repo = AccountRepo(session)
    policies = PolicyRepo(session)
    seeded = 0
    for acct in accounts:
        row = repo.find_row(acct.platform, acct.handle)
        if row is None:
            continue
        stored = session.get(AccountPolicyRow, row.id)
        if stored is not None and (
            stored.updated_by != "config" or _same(policies.get(row.id), acct)
        ):
            continue
        policies.record(
            row.id,
            acct.policy.model_dump(mode="json"),
            {k: v.model_dump(mode="json") for k, v in acct.limits.items()},
            by="config",
        )
        seeded += 1
    return seeded


def _same(stored: StoredPolicy, acct: AccountSettings) -> bool:
    return stored.settings == acct.policy and stored.limits == acct.limits


def account_capabilities(
    platform: Platform, stored: StoredPolicy, base: Capabilities | None = None
) -> Capabilities:
    """The platform's capabilities with the account's limit overrides applied."""
    caps = base or DEFAULT_CAPABILITIES[platform]
    try:
        return apply_limit_overrides(caps, stored.limit_overrides())
    except ValueError as exc:
        raise ConfigError(f"account limits: {exc}", key="limits") from exc
