"""Opening the database: SQLite (WAL) by default, PostgreSQL by URL; migrations via Alembic."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from followback.domain.errors import ErrorCode, StoreError, UserError

__all__ = [
    "DatabaseError",
    "DatabaseUnreachable",
    "DuplicateRow",
    "ReadOnlyError",
    "Store",
    "StoreSession",
    "describe_store_error",
    "open_store",
    "redact_url",
]

# The names callers outside the store use, so that they need not import SQLAlchemy (the
# import contract forbids it): the session type a repository takes, and the error raised
# when the database itself fails (restart, failover, lost connection).
StoreSession = Session
DatabaseError = SQLAlchemyError
DatabaseUnreachable = OperationalError  # the server or file cannot be reached or locked
DuplicateRow = IntegrityError  # a unique key another transaction committed first

_READ_ONLY = "followback.read_only"


class ReadOnlyError(StoreError):
    """A write was attempted in a :meth:`Store.read` session.

    The CLI, the web routes and the workers read through ``Store.read``; every change of
    state goes through an action (:mod:`followback.actions`), which opens its own
    transaction with :meth:`Store.session`. This error is a programming mistake, not bad
    input: it names the write so it can be moved into an action.
    """


def _refuse_flush(session: Session, _tx: UOWTransaction | None, _instances: object) -> None:
    if session.info.get(_READ_ONLY) and (session.new or session.dirty or session.deleted):
        changed = [type(o).__name__ for o in (*session.new, *session.dirty, *session.deleted)]
        raise ReadOnlyError(
            f"write in a read-only session ({', '.join(sorted(set(changed)))}): "
            "state changes belong in followback.actions"
        )


def _refuse_dml(state: ORMExecuteState) -> None:
    if state.session.info.get(_READ_ONLY) and (
        state.is_insert or state.is_update or state.is_delete
    ):
        raise ReadOnlyError(
            "INSERT/UPDATE/DELETE in a read-only session: state changes belong in "
            "followback.actions"
        )


def redact_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def _normalise(url: str) -> str:
    # psycopg 3 is our PostgreSQL driver; accept plain postgres:// URLs too.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers (dashboard) run while a writer (worker) commits.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _check_sqlite_path(url: str, *, create_dirs: bool) -> None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.parent.exists():
        if not create_dirs:
            raise UserError(
                f"the directory {path.parent} for the database does not exist; create it "
                f"first (mkdir -p {path.parent}) or check the --db URL",
                ErrorCode.DATABASE,
            )
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.exists() and path.is_dir():
        raise UserError(f"database path {path} is a directory", ErrorCode.DATABASE)
    if not path.exists():
        # It will hold password hashes, credentials and customers' messages: owner only.
        # SQLite gives its -wal and -shm files the database file's mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as exc:
            raise UserError(
                f"cannot create the database file {path}: {exc}", ErrorCode.DATABASE
            ) from exc


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    location = resources.files("followback.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    cfg.attributes["engine"] = engine
    return cfg


class Store:
    """A database engine plus a session factory."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self.sessions, "before_flush", _refuse_flush)
        event.listen(self.sessions, "do_orm_execute", _refuse_dml)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Database errors (a locked file, a server gone) propagate as SQLAlchemy errors, so
        workers can wait and retry; the CLI and web handlers turn them into one clear line
        with :func:`describe_store_error`.
        """
        with self.sessions() as session, session.begin():
            yield session

    def ping(self) -> None:
        """Ask the database for nothing (``SELECT 1``); raises when it cannot be reached."""
        with self.read() as s:
            s.execute(text("SELECT 1"))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session that only reads: any write raises :class:`ReadOnlyError`, and the
        transaction is rolled back at the end. For the CLI, web routes and workers; state
        changes go through :mod:`followback.actions` (which use :meth:`session`)."""
        with self.sessions(info={_READ_ONLY: True}) as session:
            try:
                yield session
                # A change never flushed would vanish silently with the rollback: refuse it.
                _refuse_flush(session, None, None)
            finally:
                # Detach first: a rollback would expire the rows read, which callers use
                # after the block (as with ``session``, whose commit does not expire them).
                session.expunge_all()
                session.rollback()

    def migrate(self) -> None:
        """Bring the schema to the newest migration."""
        try:
            command.upgrade(_alembic_config(self.engine), "head")
        except OperationalError as exc:
            raise _store_error(self.engine.url.render_as_string(), exc) from exc

    def is_migrated(self) -> bool:
        return inspect(self.engine).has_table("alembic_version")

    def dispose(self) -> None:
        self.engine.dispose()


def describe_store_error(store_or_url: Store | str | None, exc: Exception) -> UserError:
    """A :class:`UserError` saying what went wrong, naming the database (password hidden)."""
    if isinstance(store_or_url, Store):
        store_or_url = store_or_url.engine.url.render_as_string()
    return _store_error(store_or_url, exc)


def _store_error(url: str | None, exc: Exception) -> UserError:
    text = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else repr(exc)
    if "locked" in text:
        hint = "the database file is locked by another process"
    elif "unable to open" in text:
        hint = "the database file cannot be opened (check the path and permissions)"
    elif "Connection refused" in text or "could not connect" in text or "connection" in text:
        hint = "the database server is unreachable"
    else:
        hint = "the database could not be used"
    where = f": {redact_url(url)}" if url else ""
    return UserError(f"{hint}{where} ({text})", ErrorCode.DATABASE)


def open_store(
    url: str, *, migrate: bool = True, echo: bool = False, create_dirs: bool = True
) -> Store:
    """Open (and by default migrate) the database at ``url``.

    A new SQLite file is created readable by its owner only (0600). ``create_dirs=False``
    refuses a missing parent directory with a clear error instead of creating it.

    Raises :class:`UserError` with code ``database`` naming the URL (password hidden)
    when the database cannot be reached, opened or migrated.
    """
    url = _normalise(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(f"not a database URL: {url!r}", ErrorCode.DATABASE) from exc
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_path(url, create_dirs=create_dirs)
        kwargs["connect_args"] = {"timeout": 10}
    else:
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 5}
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise UserError(
            f"unsupported database URL {redact_url(url)}: {exc}", ErrorCode.DATABASE
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    try:
        with engine.connect():
            pass
        if migrate:
            store.migrate()
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _store_error(url, exc) from exc
    except StoreError:
        engine.dispose()
        raise
    return store
