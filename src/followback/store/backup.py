"""Data care: backup and restore.

- :func:`export_data` writes every table as JSON Lines into one zip file (plus a manifest
  with the schema revision and row counts), streaming so large databases fit in memory.
- :func:`import_data` restores such a file into an *empty* database of the same schema
  revision, on SQLite or PostgreSQL, in one transaction: it either all lands or nothing.

Retention and forgetting a person change state: they are actions, in
:mod:`followback.actions.datacare`.
"""

from __future__ import annotations

import base64
import json
import os
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, LargeBinary, Table, func, select, text

from followback.domain import utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.store.tables import (
    Base,
    UtcDateTime,
)

__all__ = ["FORMAT_VERSION", "export_data", "import_data", "schema_revision"]

FORMAT_VERSION = 1
_BATCH = 1000
_MANIFEST = "manifest.json"


def schema_revision(conn: Connection) -> str | None:
    """The Alembic revision the database is at (``None`` if unmigrated)."""
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:
        return None


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _encode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        value = row[col.name]
        if value is None:
            out[col.name] = None
        elif isinstance(col.type, LargeBinary):
            out[col.name] = base64.b64encode(value).decode("ascii")
        elif isinstance(value, datetime):
            out[col.name] = value.isoformat()
        else:
            out[col.name] = value
    return out


def _decode(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name not in table.columns:
            raise UserError(
                f"backup column {table.name}.{name} is not in this schema", ErrorCode.BAD_INPUT
            )
        col_type = table.columns[name].type
        if value is None:
            out[name] = None
        elif isinstance(col_type, LargeBinary):
            out[name] = base64.b64decode(value)
        elif isinstance(col_type, UtcDateTime):
            out[name] = datetime.fromisoformat(value)
        else:
            out[name] = value
    return out


def export_data(store: Store, path: Path) -> dict[str, int]:
    """Write every table of ``store`` to the zip file ``path``; return rows per table.

    The archive holds password hashes and customers' messages, so it is created readable
    by its owner only (0600). A write that fails (a full disk, a vanished directory) is a
    :class:`UserError` naming the file, and the half-written ``.partial`` is removed.
    """
    tmp = path.with_name(path.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        raise UserError(f"cannot write the backup {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as raw:
            counts = _write_archive(store, raw)
        tmp.replace(path)  # a half-written backup never takes the name of a good one
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write the backup {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts


def _write_archive(store: Store, raw: IO[bytes]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with (
        store.engine.connect() as conn,
        zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        revision = schema_revision(conn)
        for table in _tables():
            counts[table.name] = _export_table(conn, zf, table)
        manifest = {
            "format": FORMAT_VERSION,
            "revision": revision,
            "exported_at": utcnow().isoformat(),
            "dialect": store.dialect,
            "tables": counts,
        }
        zf.writestr(_MANIFEST, json.dumps(manifest, indent=2))
    return counts


def _export_table(conn: Connection, zf: zipfile.ZipFile, table: Table) -> int:
    n = 0
    order = list(table.primary_key.columns)
    result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(
        select(table).order_by(*order)
    )
    with zf.open(f"tables/{table.name}.jsonl", "w") as fh:
        for row in result.mappings():
            fh.write(json.dumps(_encode(table, dict(row)), ensure_ascii=False).encode())
            fh.write(b"\n")
            n += 1
    return n


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads(zf.read(_MANIFEST))
    except KeyError:
        raise UserError(f"{path}: not a followback backup (no {_MANIFEST})") from None
    if manifest.get("format") != FORMAT_VERSION:
        raise UserError(f"{path}: backup format {manifest.get('format')!r} is not supported")
    return manifest


def _lines(fh: IO[bytes]) -> Iterator[dict[str, Any]]:
    for raw in fh:
        if raw.strip():
            yield json.loads(raw)


def import_data(store: Store, path: Path) -> dict[str, int]:
    """Restore the backup ``path`` into ``store``, which must be migrated and empty.

    Raises :class:`UserError` when the file is not a backup, its schema revision differs
    from the database's, or the database already holds data. Nothing is written then.
    """
    if not path.is_file():
        raise UserError(f"no backup file at {path}", ErrorCode.NOT_FOUND)
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise UserError(f"{path}: not a zip file: {exc}") from exc
    with zf, store.engine.begin() as conn:
        manifest = _read_manifest(zf, path)
        revision = schema_revision(conn)
        if manifest.get("revision") != revision:
            raise UserError(
                f"{path}: backup is at schema revision {manifest.get('revision')!r}, the "
                f"database at {revision!r}; migrate both to the same revision first",
                ErrorCode.CONFLICT,
            )
        tables = {t.name: t for t in _tables()}
        unknown = set(manifest.get("tables", {})) - set(tables)
        if unknown:
            raise UserError(f"{path}: unknown tables {sorted(unknown)}", ErrorCode.BAD_INPUT)
        _check_empty(conn, list(tables.values()))
        counts = {
            name: _import_table(conn, zf, table)
            for name, table in tables.items()
            if name in manifest.get("tables", {})
        }
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn, list(tables.values()))
    return counts


def _check_empty(conn: Connection, tables: list[Table]) -> None:
    busy = [t.name for t in tables if conn.execute(select(func.count()).select_from(t)).scalar()]
    if busy:
        raise UserError(
            f"import needs an empty database; these tables hold data: {', '.join(busy)}",
            ErrorCode.CONFLICT,
        )


def _import_table(conn: Connection, zf: zipfile.ZipFile, table: Table) -> int:
    n = 0
    batch: list[dict[str, Any]] = []
    with zf.open(f"tables/{table.name}.jsonl") as fh:
        for data in _lines(fh):
            batch.append(_decode(table, data))
            if len(batch) >= _BATCH:
                conn.execute(table.insert(), batch)
                n += len(batch)
                batch = []
    if batch:
        conn.execute(table.insert(), batch)
        n += len(batch)
    return n


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    # Rows were inserted with explicit ids; move each serial sequence past the largest.
    for table in tables:
        if "id" not in table.columns or len(table.primary_key.columns) != 1:
            continue
        seq = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
        ).scalar()
        if seq:
            top = f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1"  # noqa: S608 - our names
            conn.execute(text(f"SELECT setval('{seq}', {top}, false)"))
