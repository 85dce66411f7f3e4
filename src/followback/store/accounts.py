"""Brand accounts: the accounts followback manages."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from followback.domain import BrandAccount, FollowMode, Platform, utcnow
from followback.domain.errors import ConflictError, ErrorCode, UserError
from followback.store.tables import BrandAccountRow

__all__ = ["AccountRepo", "to_domain"]


def to_domain(row: BrandAccountRow) -> BrandAccount:
    return BrandAccount(
        id=row.id,
        platform=Platform(row.platform),
        handle=row.handle,
        remote_id=row.remote_id,
        mode=FollowMode(row.mode),
        name=row.name,
    )


class AccountRepo:
    """Reads and writes brand accounts within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        platform: Platform,
        handle: str,
        remote_id: str,
        mode: FollowMode,
        credentials_encrypted: bytes | None = None,
        server: str | None = None,
        name: str = "",
    ) -> int:
        """Add an account; raises :class:`ConflictError` if it is already connected."""
        row = BrandAccountRow(
            platform=platform.value,
            handle=handle,
            remote_id=remote_id,
            mode=mode.value,
            credentials=credentials_encrypted,
            server=server,
            name=name,
            created_at=utcnow(),
        )
        self.session.add(row)
        try:
            self.session.flush()
        except IntegrityError as exc:
            raise ConflictError(
                f"{platform.value} account {handle!r} is already connected"
            ) from exc
        return row.id

    def upsert(
        self,
        platform: Platform,
        handle: str,
        remote_id: str,
        mode: FollowMode,
        credentials_encrypted: bytes | None = None,
        server: str | None = None,
        name: str = "",
    ) -> int:
        """Add the account, or update its credentials, mode and server (and its display
        name, when one is given) if it exists."""
        row = self.find_row(platform, handle)
        if row is None:
            return self.add(platform, handle, remote_id, mode, credentials_encrypted, server, name)
        if name:
            row.name = name
        row.remote_id = remote_id
        row.mode = mode.value
        row.server = server
        if credentials_encrypted is not None:
            row.credentials = credentials_encrypted
            row.needs_reauth = False
            row.auth_failures = 0
        return row.id

    def find_row(self, platform: Platform, handle: str) -> BrandAccountRow | None:
        stmt = select(BrandAccountRow).where(
            BrandAccountRow.platform == platform.value, BrandAccountRow.handle == handle
        )
        return self.session.scalars(stmt).first()

    def get_row(self, account_id: int) -> BrandAccountRow:
        row = self.session.get(BrandAccountRow, account_id)
        if row is None:
            raise UserError(f"no brand account with id {account_id}", ErrorCode.NOT_FOUND)
        return row

    def get(self, account_id: int) -> BrandAccount:
        return to_domain(self.get_row(account_id))

    def list(self) -> list[BrandAccount]:
        rows = self.session.scalars(select(BrandAccountRow).order_by(BrandAccountRow.id))
        return [to_domain(r) for r in rows]

    def resolve(self, ref: str) -> BrandAccount:
        """Find an account by id, ``handle`` or ``platform:handle``; raise if none or ambiguous."""
        if ref.isdigit():
            return self.get(int(ref))
        platform, _, handle = ref.rpartition(":")
        matches = [
            a
            for a in self.list()
            if a.handle.lstrip("@") == handle.lstrip("@")
            and (not platform or a.platform == platform)
        ]
        if not matches:
            raise UserError(f"no brand account {ref!r}", ErrorCode.NOT_FOUND)
        if len(matches) > 1:
            raise UserError(
                f"{ref!r} matches several accounts; write platform:handle", ErrorCode.BAD_INPUT
            )
        return matches[0]

    def set_mode(self, account_id: int, mode: FollowMode) -> None:
        self.get_row(account_id).mode = mode.value

    def lock_credentials(self, account_id: int) -> BrandAccountRow:
        """The account's row, locked for this transaction (one renewal of its credentials
        at a time): ``FOR UPDATE`` on PostgreSQL; on SQLite a no-op write first, which
        takes the database's write lock at once."""
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.execute(
                update(BrandAccountRow)
                .where(BrandAccountRow.id == account_id)
                .values(auth_failures=BrandAccountRow.auth_failures)
            )
            return self.get_row(account_id)
        stmt = (
            select(BrandAccountRow)
            .where(BrandAccountRow.id == account_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        row = self.session.scalars(stmt).first()
        if row is None:
            raise UserError(f"no account with id {account_id}", ErrorCode.NOT_FOUND)
        return row

    def store_credentials(self, account_id: int, sealed: bytes) -> None:
        """Renewed credentials (already encrypted) replace the stored ones."""
        row = self.get_row(account_id)
        row.credentials = sealed
        row.auth_failures = 0

    def mark_needs_reauth(self, account_id: int) -> None:
        """The platform refused a renewal: only a new login (``followback connect``) helps."""
        self.get_row(account_id).needs_reauth = True

    def clear_auth_failures(self, account_id: int) -> bool:
        """Forget counted auth failures after a success (not once re-authentication is due)."""
        row = self.session.get(BrandAccountRow, account_id)
        if row is None or not row.auth_failures or row.needs_reauth:
            return False
        row.auth_failures = 0
        return True

    def usable_ids(self) -> Sequence[int]:
        """Ids of the connected accounts whose credentials have not been refused."""
        stmt = (
            select(BrandAccountRow.id)
            .where(BrandAccountRow.needs_reauth.is_(False))
            .order_by(BrandAccountRow.id)
        )
        return list(self.session.scalars(stmt))

    def is_usable(self, account_id: int) -> bool:
        """True when the account exists and does not wait for a new login."""
        row = self.session.get(BrandAccountRow, account_id)
        return row is not None and not row.needs_reauth

    def record_auth_failure(self, account_id: int, threshold: int = 3) -> bool:
        """Count an expired-auth failure; return True once the account needs re-authentication."""
        row = self.get_row(account_id)
        row.auth_failures += 1
        if row.auth_failures >= threshold:
            row.needs_reauth = True
        return row.needs_reauth
