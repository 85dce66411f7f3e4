"""OAuth applications registered with platform servers and authorizations in progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from followback.store.tables import OAuthClientRow, OAuthFlowRow

__all__ = ["OAuthClient", "OAuthFlow", "OAuthRepo"]


@dataclass(frozen=True, slots=True)
class OAuthClient:
    client_id: str
    client_secret: bytes  # still encrypted


@dataclass(frozen=True, slots=True)
class OAuthFlow:
    platform: str
    server: str | None
    redirect_uri: str
    client_id: str
    verifier: bytes  # still encrypted
    started_by: str
    expires_at: datetime


class OAuthRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_client(self, platform: str, server: str, redirect_uri: str) -> OAuthClient | None:
        row = self.session.scalar(
            select(OAuthClientRow).where(
                OAuthClientRow.platform == platform,
                OAuthClientRow.server == server,
                OAuthClientRow.redirect_uri == redirect_uri,
            )
        )
        return None if row is None else OAuthClient(row.client_id, row.client_secret)

    def record_client(
        self,
        platform: str,
        server: str,
        redirect_uri: str,
        client_id: str,
        client_secret: bytes,
        at: datetime,
    ) -> None:
        """Keep a registered application (replacing an older one for the same place)."""
        self.session.execute(
            delete(OAuthClientRow).where(
                OAuthClientRow.platform == platform,
                OAuthClientRow.server == server,
                OAuthClientRow.redirect_uri == redirect_uri,
            )
        )
        self.session.add(
            OAuthClientRow(
                platform=platform,
                server=server,
                redirect_uri=redirect_uri,
                client_id=client_id,
                client_secret=client_secret,
                created_at=at,
            )
        )

    def record_flow(self, state_hash: str, flow: OAuthFlow, at: datetime) -> None:
        """Remember an authorization being started; expired ones are purged on the way."""
        self.session.execute(delete(OAuthFlowRow).where(OAuthFlowRow.expires_at < at))
        self.session.add(
            OAuthFlowRow(
                state_hash=state_hash,
                platform=flow.platform,
                server=flow.server,
                redirect_uri=flow.redirect_uri,
                client_id=flow.client_id,
                verifier=flow.verifier,
                started_by=flow.started_by,
                created_at=at,
                expires_at=flow.expires_at,
            )
        )

    def take_flow(self, state_hash: str, at: datetime) -> OAuthFlow | None:
        """The authorization with this state, removed so it is used once; None when unknown
        or expired."""
        row = self.session.get(OAuthFlowRow, state_hash, with_for_update=True)
        if row is None:
            return None
        self.session.delete(row)
        self.session.flush()
        if row.expires_at <= at:
            return None
        return OAuthFlow(
            row.platform,
            row.server,
            row.redirect_uri,
            row.client_id,
            row.verifier,
            row.started_by,
            row.expires_at,
        )
