"""A worker process for the SIGKILL test: runs the outbox against a file-backed sandbox.

Usage: python followback_kill_worker.py DB_URL NETWORK_FILE ACCOUNT_ID KILL_AT

The sandbox network is saved to its file the moment a follow lands, as a real platform
would keep it. With ``KILL_AT`` > 0 the process SIGKILLs itself right before its
KILL_AT-th SQL statement, so it dies at any point: mid-transaction, between the commit of
the intent and the platform call, between the call and the commit of its result.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from followback.connectors.sandbox import SandboxConnector, SandboxNetwork
from followback.services.act import run_actions
from followback.store import open_store


class DurableConnector:
    """The sandbox connector, persisting the network after every call that changes it."""

    def __init__(self, inner: SandboxConnector, net: SandboxNetwork, path: Path) -> None:
        self.inner, self.net, self.path = inner, net, path
        self.platform = inner.platform
        self.capabilities = inner.capabilities

    async def get_relationship(self, remote_id: str) -> Any:
        return await self.inner.get_relationship(remote_id)

    async def follow(self, remote_id: str, **kw: object) -> str:
        ref = await self.inner.follow(remote_id)
        self.net.save(self.path)
        return ref

    async def unfollow(self, remote_id: str) -> None:
        await self.inner.unfollow(remote_id)
        self.net.save(self.path)


def main() -> None:
    db_url, net_file, account, kill_at = (
        sys.argv[1],
        Path(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
    )
    store = open_store(db_url, migrate=False)
    count = {"n": 0}

    @event.listens_for(store.engine, "before_cursor_execute")
    def _maybe_die(*_args: Any) -> None:
        count["n"] += 1
        if kill_at and count["n"] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    net = SandboxNetwork.load(net_file)
    conn = DurableConnector(net.connector("acme"), net, net_file)
    asyncio.run(
        run_actions(
            store,
            conn,
            account,
            clock=net.time,
            lease=timedelta(0),  # type: ignore[arg-type]
        )
    )


if __name__ == "__main__":
    main()
