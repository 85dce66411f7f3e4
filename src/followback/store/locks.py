"""One ``followback run`` per SQLite file: a process lock next to the database.

Without a shared queue (PostgreSQL has one) two runs on one SQLite file would both screen
and act on every account. The second is refused with a clear message instead. The lock is
an advisory ``flock`` on ``<database>.run-lock``: the kernel drops it when the process
ends, so a crashed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager

from followback.domain.errors import ErrorCode, UserError
from followback.store.engine import Store

__all__ = ["exclusive_run"]


@contextmanager
def exclusive_run(store: Store) -> Iterator[None]:
    """Hold the run lock of ``store``'s SQLite file; raise ``UserError`` if another holds it.

    A no-op on PostgreSQL (its job queue shares work between processes safely) and for
    in-memory databases.
    """
    database = store.engine.url.database
    if store.dialect != "sqlite" or not database or database == ":memory:":
        yield
        return
    fd = os.open(f"{database}.run-lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(
                f"another `followback run` is already working on {database}; wait for it to "
                "finish (or stop it) - two would screen and act on every account twice",
                ErrorCode.CONFLICT,
            ) from None
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
