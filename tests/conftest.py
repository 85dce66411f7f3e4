"""Shared fixtures: a migrated store on SQLite (always) and PostgreSQL (when configured).

The store fixture is parametrised: every test that takes ``store`` runs on SQLite, and on
PostgreSQL when ``FOLLOWBACK_TEST_PG_URL`` is set (``make test`` starts a throwaway
cluster and sets it). Each PostgreSQL test gets its own schema, so tests can run in
parallel and commit freely.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from followback.store import Store, open_store

PG_URL = os.environ.get("FOLLOWBACK_TEST_PG_URL")

_BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.pg)]


def _pg_store(schema: str) -> Store:
    from sqlalchemy import create_engine, event

    assert PG_URL
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    store = open_store(PG_URL, migrate=False)

    @event.listens_for(store.engine, "connect")
    def _search_path(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute(f'SET search_path TO "{schema}"')
        cur.close()
        dbapi_conn.commit()

    store.engine.dispose()
    store.migrate()
    return store


def _drop_pg_schema(schema: str) -> None:
    from sqlalchemy import create_engine

    assert PG_URL
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=_BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A freshly migrated store on each backend."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
        yield s
        s.dispose()
        return
    if not PG_URL:
        pytest.skip("FOLLOWBACK_TEST_PG_URL not set (make test sets it)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    s = _pg_store(schema)
    yield s
    s.dispose()
    _drop_pg_schema(schema)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.dispose()


@pytest.fixture(autouse=True)
def _no_outbound_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Block connections to anything but loopback: real platform calls only under -m live."""
    if request.node.get_closest_marker("live"):
        return
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and not (str(host).startswith("127.") or host in ("localhost", "::1")):
            raise RuntimeError(f"outbound network blocked in tests: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


SNAC_GROUP = "snac2"
BROWSER_GROUP = "browser"


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the group marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every Mastodon test runs on one xdist worker, one at a time (``--dist loadgroup``,
    set in pyproject): they share one snac2, whose four threads also deliver between its
    own users. A population of 70 users being made on one worker held up the other
    worker's mentions by a minute and its sign-in page past httpx's timeout (CI,
    2026-11-30). The recorded Mastodon tests in the group take well under a second.

    The other browser tests run on one worker too, in file order: they share one demo
    database per worker, and a page test that reads what an earlier test did (an approval
    in the audit log) failed in CI when xdist sent the two to different workers."""
    grouping = bool(getattr(config.option, "loadgroup", False))  # set on xdist workers
    for item in items:
        if item.get_closest_marker("mastodon"):
            group = SNAC_GROUP
        elif item.get_closest_marker("browser"):
            group = BROWSER_GROUP
        else:
            continue
        item.add_marker(pytest.mark.xdist_group(group))
        if grouping and "@" not in item.nodeid:
            _suffix_group(item, group)


def _suffix_group(item: pytest.Item, group: str) -> None:
    """Give the item the ``@group`` node id suffix xdist schedules groups by.

    pytest-xdist 3.8 adds it by setting ``item._nodeid``, which pytest 9.2 no longer reads
    (``nodeid`` now comes from ``item._id``), so every group was spread over both workers.
    This sets the id pytest 9.2 reads, to the string xdist meant to set.
    """
    from _pytest.nodeid import NodeId

    item._id = NodeId.parse(f"{item.nodeid}@{group}")  # type: ignore[attr-defined]
