"""Data care: backup and restore, retention, and forgetting a person on request.

- :func:`export_data` writes every table as JSON Lines into one zip file (plus a manifest
  with the schema revision and row counts), streaming so large databases fit in memory.
- :func:`import_data` restores such a file into an *empty* database of the same schema
  revision, on SQLite or PostgreSQL, in one transaction: it either all lands or nothing.
- :func:`apply_retention` deletes messages, follow events, audit entries and dead letters
  older than the configured number of days.
- :func:`forget_person` deletes what followback holds about one remote person (profile and
  snapshots, follow edges and events, decisions, checks and actions about them, contact,
  conversations and messages) and redacts mentions of them everywhere else text is kept
  (the brand's replies in other threads, audit entries, dead letters, notifications; see
  ``followback.store.forget``), leaving one audit entry that records the request without
  personal data.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, LargeBinary, Table, delete, func, or_, select, text, update

from followback.config import RetentionSettings
from followback.domain import Platform, utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.store.audit import AuditRepo
from followback.store.forget import (
    Identity,
    delete_dependents,
    delete_rows_about,
    redact_mentions,
)
from followback.store.tables import (
    ActionRow,
    AuditRow,
    Base,
    BrandAccountRow,
    ContactRow,
    ConversationRow,
    DeadLetterRow,
    DecisionRow,
    ExperimentAssignmentRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
    ProfileSnapshotRow,
    RemoteAccountRow,
    UtcDateTime,
)

__all__ = [
    "FORMAT_VERSION",
    "ForgetReport",
    "apply_retention",
    "export_data",
    "forget_person",
    "import_data",
    "schema_revision",
]

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


def apply_retention(
    store: Store, settings: RetentionSettings, now: datetime | None = None
) -> dict[str, int]:
    """Delete data older than the retention settings allow; return rows deleted per table."""
    now = now or utcnow()
    plan: list[tuple[str, int | None, Any, Any]] = [
        ("messages", settings.messages_days, MessageRow, MessageRow.created_at),
        ("follow_events", settings.events_days, FollowEventRow, FollowEventRow.at),
        ("audit_log", settings.audit_days, AuditRow, AuditRow.at),
        ("dead_letters", settings.dead_letters_days, DeadLetterRow, DeadLetterRow.at),
    ]
    deleted: dict[str, int] = {}
    with store.session() as s:
        for name, days, row, column in plan:
            if days is None:
                continue
            cutoff = now - timedelta(days=days)
            result = s.execute(delete(row).where(column < cutoff))
            deleted[name] = int(getattr(result, "rowcount", 0) or 0)
        if any(deleted.values()):
            AuditRepo(s).record("retention", "retention_applied", "data", at=now, deleted=deleted)
    return deleted


@dataclass
class ForgetReport:
    """What :func:`forget_person` deleted (counts only) and the request's reference."""

    request_id: str
    deleted: dict[str, int] = field(default_factory=dict)
    redacted_audit: int = 0
    redacted: dict[str, int] = field(default_factory=dict)  # rows whose mentions were redacted


def _resolve_person(store: Store, ref: str) -> list[tuple[str, str, set[str]]]:
    """``(platform, remote_id, names)`` for each identity ``ref`` names."""
    platform, sep, rest = ref.partition(":")
    if not sep or platform not in {p.value for p in Platform}:
        platform, rest = "", ref
    key = rest.strip()
    handle = key.lstrip("@")
    found: dict[tuple[str, str], set[str]] = {}
    with store.session() as s:
        for model in (RemoteAccountRow, ContactRow):
            stmt = select(model.platform, model.remote_id, model.handle).where(
                or_(
                    model.remote_id == key,
                    func.lower(model.handle) == handle.lower(),
                    func.lower(model.handle) == "@" + handle.lower(),
                )
            )
            if platform:
                stmt = stmt.where(model.platform == platform)
            for p, rid, h in s.execute(stmt):
                found.setdefault((p, rid), set()).update({rid, h, h.lstrip("@")})
    if not found:
        raise UserError(f"followback holds no data about {ref!r}", ErrorCode.NOT_FOUND)
    platforms = {p for p, _ in found}
    if len(found) > 1 and not platform and len(platforms) > 1:
        raise UserError(
            f"{ref!r} names people on several platforms ({', '.join(sorted(platforms))}); "
            "write platform:handle",
            ErrorCode.BAD_INPUT,
        )
    return [(p, rid, names) for (p, rid), names in found.items()]


def forget_person(store: Store, ref: str, *, actor: str = "operator") -> ForgetReport:
    """Delete everything followback holds about the remote person ``ref``.

    ``ref`` is ``platform:remote_id``, ``platform:@handle`` or ``@handle``. The brand's
    own accounts are never touched. Raises :class:`UserError` if nothing matches.
    """
    report = ForgetReport(request_id=uuid.uuid4().hex[:12])
    identities = _resolve_person(store, ref)
    with store.session() as s:
        for platform, remote_id, names in identities:
            who = Identity(platform, remote_id, names)
            for name, n in delete_dependents(s, who).items():  # notes, drafts, ...
                report.deleted[name] = report.deleted.get(name, 0) + n
            _forget_one(s, platform, remote_id, report)
            # Every other table with the person's id (found from the metadata), then
            # mentions of them anywhere text is kept: the brand's "cc @ann", dead letters.
            for name, n in delete_rows_about(s, who).items():
                report.deleted[name] = report.deleted.get(name, 0) + n
            for name, n in redact_mentions(s, who).items():
                report.redacted[name] = report.redacted.get(name, 0) + n
            redacted = s.execute(
                update(AuditRow)
                .where(AuditRow.target.in_(names))
                .values(target="(forgotten)", detail={"redacted": report.request_id})
            )
            report.redacted_audit += int(getattr(redacted, "rowcount", 0) or 0)
        AuditRepo(s).record(
            actor,
            "forget",
            f"request:{report.request_id}",
            identities=len(identities),
            deleted=dict(report.deleted),
        )
    return report


def _count(report: ForgetReport, name: str, result: Any) -> None:
    report.deleted[name] = report.deleted.get(name, 0) + int(getattr(result, "rowcount", 0) or 0)


def _forget_one(s: Any, platform: str, remote_id: str, report: ForgetReport) -> None:
    brands = select(BrandAccountRow.id).where(BrandAccountRow.platform == platform)
    remote = select(RemoteAccountRow.id).where(
        RemoteAccountRow.platform == platform, RemoteAccountRow.remote_id == remote_id
    )
    contact = select(ContactRow.id).where(
        ContactRow.platform == platform, ContactRow.remote_id == remote_id
    )
    convs = select(ConversationRow.id).where(ConversationRow.contact_id.in_(contact))
    steps: list[tuple[str, Any]] = [
        (
            "profile_snapshots",
            delete(ProfileSnapshotRow).where(ProfileSnapshotRow.remote_account_id.in_(remote)),
        ),
        ("remote_accounts", delete(RemoteAccountRow).where(RemoteAccountRow.id.in_(remote))),
        (
            "follow_edges",
            delete(FollowEdgeRow).where(
                FollowEdgeRow.brand_account_id.in_(brands), FollowEdgeRow.remote_id == remote_id
            ),
        ),
        (
            "follow_events",
            delete(FollowEventRow).where(
                FollowEventRow.brand_account_id.in_(brands), FollowEventRow.remote_id == remote_id
            ),
        ),
        (
            "actions",
            delete(ActionRow).where(
                ActionRow.brand_account_id.in_(brands), ActionRow.target == remote_id
            ),
        ),
        (
            "experiment_assignments",
            delete(ExperimentAssignmentRow).where(
                ExperimentAssignmentRow.brand_account_id.in_(brands),
                ExperimentAssignmentRow.remote_id == remote_id,
            ),
        ),
        (
            "decisions",
            delete(DecisionRow).where(
                DecisionRow.brand_account_id.in_(brands), DecisionRow.remote_id == remote_id
            ),
        ),
        (
            "messages",
            delete(MessageRow).where(
                or_(
                    MessageRow.conversation_id.in_(convs),
                    (MessageRow.platform == platform) & (MessageRow.author_id == remote_id),
                )
            ),
        ),
        ("conversations", delete(ConversationRow).where(ConversationRow.id.in_(convs))),
        ("contacts", delete(ContactRow).where(ContactRow.id.in_(contact))),
    ]
    for name, stmt in steps:
        _count(report, name, s.execute(stmt.execution_options(synchronize_session=False)))
