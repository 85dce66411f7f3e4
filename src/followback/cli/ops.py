"""Operations: ``run``, ``worker``, ``export``, ``import``, ``forget`` and ``retention``."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from followback.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    console,
    open_settings_and_store,
    opened_store,
    print_json,
)
from followback.config import Settings
from followback.domain import BrandAccount
from followback.domain.errors import UserError
from followback.inbox.sla import SlaPolicy
from followback.store import AccountRepo, Store

__all__ = ["register"]

_err = Console(stderr=True)

WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Accounts worked on at once in this process.")
]
MetricsPortOption = Annotated[
    int | None,
    typer.Option("--metrics-port", help="Serve /healthz and /metrics on this port (0: any)."),
]
IntervalOption = Annotated[
    float | None,
    typer.Option("--interval", help="Seconds between cycles (default: service.sync_interval_s)."),
]


def _open_waiting(
    db: str | None, config: Path | None, wait_s: float = 60.0
) -> tuple[Settings, Store]:
    """Open the store; while the database server is unreachable (a restart), keep trying.

    A service started by a supervisor during a database restart should come up once the
    database is back rather than exit; any other problem (bad URL, bad file) fails at once.
    """
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return open_settings_and_store(db, config)
        except UserError as exc:
            if "unreachable" not in exc.message or time.monotonic() >= deadline:
                raise
        time.sleep(2.0)


def run(
    once: Annotated[bool, typer.Option("--once", help="One cycle per account, then exit.")] = False,
    workers: WorkersOption = 1,
    metrics_port: MetricsPortOption = None,
    interval: IntervalOption = None,
    log_level: Annotated[str, typer.Option("--log-level")] = "INFO",
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Run the service: sync, screen, act and poll the inbox for every connected account."""
    from followback.store.locks import exclusive_run
    from followback.workers.logs import logging_configured
    from followback.workers.service import ServiceOptions, run_service

    with logging_configured(log_level):
        settings, store = _open_waiting(db, config)
        options = ServiceOptions(
            once=once,
            workers=workers,
            interval_s=interval or float(settings.service.sync_interval_s),
            inbox_interval_s=float(settings.service.inbox_interval_s),
            metrics_port=metrics_port,
            retention=settings.retention,
            notify=settings.notify,
            sla=_sla(settings),
            inbox=settings.inbox,
        )
        try:
            with exclusive_run(store):
                summary = asyncio.run(run_service(store, options))
            waiting = _waiting_for_login(store)
        finally:
            store.dispose()
    data = {
        "accounts": summary.accounts,
        "jobs": summary.outcomes,
        "seconds": summary.seconds,
        "needs_reauth": [a.id for a in waiting],
        "problems": summary.problems,
    }
    if json_out:
        print_json(data)
    else:
        jobs = ", ".join(f"{k}={v}" for k, v in sorted(summary.outcomes.items())) or "none"
        console.print(f"run: accounts={summary.accounts} jobs: {jobs} in {summary.seconds:.1f}s")
    for line in summary.problems:
        _err.print(line, highlight=False, markup=False, soft_wrap=True)
    for a in waiting:
        # Skipped without a word, a refused login left `run` doing nothing ("accounts=0").
        _err.print(
            f"account #{a.id} ({a.platform.value} {a.handle}): the platform refused its "
            f"credentials; skipped until you run `followback connect {a.platform.value} "
            f"--handle {a.handle}`",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if once and summary.outcomes.get("dead"):
        raise typer.Exit(1)  # cron should notice: see dead_letters


def _waiting_for_login(store: Store) -> list[BrandAccount]:
    """Connected accounts the service skips until someone logs in again."""
    with store.read() as s:
        repo = AccountRepo(s)
        usable = set(repo.usable_ids())
        return [a for a in repo.list() if a.id not in usable]


def worker(
    workers: WorkersOption = 1,
    metrics_port: MetricsPortOption = None,
    log_level: Annotated[str, typer.Option("--log-level")] = "INFO",
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Work the shared PostgreSQL queue (start as many as you like, on any machine)."""
    from followback.domain.errors import ErrorCode
    from followback.workers.logs import logging_configured
    from followback.workers.service import ServiceOptions, run_worker

    with logging_configured(log_level):
        settings, store = _open_waiting(db, config)
        if store.dialect != "postgresql":
            store.dispose()
            raise UserError(
                "`followback worker` needs PostgreSQL (db_url = postgresql://...); with SQLite "
                "use `followback run`, which works in one process",
                ErrorCode.BAD_CONFIG,
            )
        options = ServiceOptions(
            workers=workers,
            interval_s=float(settings.service.sync_interval_s),
            inbox_interval_s=float(settings.service.inbox_interval_s),
            metrics_port=metrics_port,
        )
        try:
            asyncio.run(run_worker(store, options))
        finally:
            store.dispose()


def export(
    file: Annotated[Path, typer.Argument(help="Backup file to write (a zip of JSON Lines).")],
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Back up every table to FILE."""
    from followback.store.backup import export_data

    with opened_store(db, config) as (_, store):
        counts = export_data(store, file)
    if json_out:
        print_json({"file": str(file), "tables": counts})
    else:
        console.print(f"exported {sum(counts.values())} rows from {len(counts)} tables to {file}")


def import_(
    file: Annotated[Path, typer.Argument(help="Backup file written by `followback export`.")],
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Restore FILE into an empty database (SQLite or PostgreSQL)."""
    from followback.store.backup import import_data

    with opened_store(db, config) as (_, store):
        counts = import_data(store, file)
    if json_out:
        print_json({"file": str(file), "tables": counts})
    else:
        console.print(f"imported {sum(counts.values())} rows into {len(counts)} tables")


def forget(
    account: Annotated[
        str, typer.Argument(help="The person: platform:remote_id, platform:@handle or @handle.")
    ],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Delete everything held about one person (a data-protection request)."""
    from followback.actions.datacare import forget_person

    if not yes:
        typer.confirm(f"Delete all data about {account}?", abort=True)
    with opened_store(db, config) as (_, store):
        report = forget_person(store, account, actor="cli")
    if json_out:
        print_json(
            {
                "request_id": report.request_id,
                "deleted": report.deleted,
                "redacted_audit": report.redacted_audit,
                "redacted": report.redacted,
            }
        )
    else:
        total = sum(report.deleted.values())
        console.print(f"forgot {account}: {total} rows deleted (request {report.request_id})")


def retention(
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Apply the retention settings now (``followback run`` does so daily)."""
    from followback.actions.datacare import apply_retention

    with opened_store(db, config) as (settings, store):
        deleted = apply_retention(store, settings.retention)
    if json_out:
        print_json({"deleted": deleted})
    else:
        console.print(
            "retention: "
            + (", ".join(f"{k}={v}" for k, v in deleted.items()) or "nothing configured")
        )


def _sla(settings: Settings) -> SlaPolicy:
    from followback.services.inbox import sla_policy

    return sla_policy(settings.inbox.first_response_sla_minutes, settings.inbox.business_hours)


def register(app: typer.Typer) -> None:
    """Add the operations commands to ``app``."""
    app.command("run")(run)
    app.command("worker")(worker)
    app.command("export")(export)
    app.command("import")(import_)
    app.command("forget")(forget)
    app.command("retention")(retention)
