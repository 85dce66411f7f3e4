"""``followback sync`` and ``followback report``: follower tracking from the command line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from followback.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    console,
    open_settings_and_store,
    print_json,
    resolve_accounts,
)
from followback.connectors.base import Connector
from followback.domain import Clock, utcnow
from followback.store import Store

__all__ = ["register"]


def _clock_of(connector: Connector) -> Clock:
    # A simulated network (the sandbox) keeps its own time; syncing against it must use
    # that time, or edges would be stamped with the wall clock of a different world.
    network = getattr(connector, "network", None)
    clock = getattr(network, "time", None)
    return clock if callable(clock) else utcnow


async def _sync_all(
    store: Store,
    ids: list[int],
    full: bool | None,
    full_every: int,
    x_activity_s: float | None = None,
) -> list[dict[str, Any]]:
    from followback.services.connect import connector_for
    from followback.services.sync import sync_account

    out = []
    for account_id in ids:
        connector = connector_for(store, account_id)
        try:
            report = await sync_account(
                store,
                connector,
                account_id,
                clock=_clock_of(connector),
                full=full,
                full_every=full_every,
                x_activity_seconds=x_activity_s,
            )
        finally:
            await connector.aclose()
        out.append(report.as_dict())
    return out


def _print_reports(reports: list[dict[str, Any]]) -> None:
    table = Table(title="Follower sync")
    for col in ("account", "kind", "followers", "following", "new", "left", "calls", "records"):
        table.add_column(col, justify="left" if col in ("account", "kind") else "right")
    table.add_column("cost", justify="right")
    notes = []
    for r in reports:
        if r["source"] == "x_activity":
            notes.append(
                f"account {r['account_id']}: X Activity API events, no follower listing; "
                f"{r['confirmed_follows']} follow-backs confirmed"
            )
        if r["stream_fallback"]:
            notes.append(f"account {r['account_id']}: {r['stream_fallback']}")
        reasons: dict[str, int] = {}
        for reason in r["departed"].values():
            reasons[reason] = reasons.get(reason, 0) + 1
        if reasons:
            why = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
            notes.append(f"account {r['account_id']}: left by reason: {why}")
        if r["unchecked_departures"]:
            notes.append(
                f"account {r['account_id']}: {r['unchecked_departures']} departures not "
                "checked (profile-check cap), counted as unfollows"
            )
        table.add_row(
            str(r["account_id"]),
            ("baseline" if r["baseline"] else "full") if r["full"] else "incr.",
            str(r["followers"]),
            str(r["following"]),
            str(r["new_count"]),
            str(r["departed_count"]),
            str(r["calls"]),
            str(r["records"]),
            f"${r['cost_usd']:.2f}",
        )
    console.print(table)
    for note in notes:
        console.print(note, highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``sync`` and ``report`` to the ``followback`` app."""

    @app.command("sync")
    def sync(
        account: Annotated[
            str | None, typer.Argument(help="Account id, handle or platform:handle (default: all).")
        ] = None,
        full: Annotated[
            bool | None,
            typer.Option(
                "--full/--incremental",
                help="Force a full follower scan (catches unfollows) or an incremental one; "
                "default: full every service.full_reconcile_every syncs.",
            ),
        ] = None,
        x_activity_seconds: Annotated[
            float | None,
            typer.Option(
                "--x-activity-seconds",
                min=0,
                help="X: read follow and unfollow events from the X Activity API for this "
                "long instead of listing followers, where the plan includes it (detected "
                "from X's answer; else newest first); 0 lists followers. Default: the "
                "account's setting (connect x --activity-seconds, 20).",
            ),
        ] = None,
        as_json: JsonOption = False,
        db: DbOption = None,
        config: ConfigOption = None,
    ) -> None:
        """Sync followers and following; show arrivals, departures, API calls and cost."""
        settings, store = open_settings_and_store(db, config)
        try:
            ids = resolve_accounts(store, account)
            reports = asyncio.run(
                _sync_all(
                    store, ids, full, settings.service.full_reconcile_every, x_activity_seconds
                )
            )
        finally:
            store.dispose()
        if as_json:
            print_json(reports[0] if account else reports)
        else:
            _print_reports(reports)

    @app.command("report")
    def report(
        output: Annotated[Path, typer.Option("--output", "-o", help="Directory to write into.")],
        account: Annotated[
            str | None, typer.Option("--account", "-a", help="One account (default: all).")
        ] = None,
        db: DbOption = None,
        config: ConfigOption = None,
    ) -> None:
        """Write the HTML report (real plots) and CSV exports; print index.html's path."""
        from followback.services.report import write_report

        settings, store = open_settings_and_store(db, config)
        try:
            account_id = resolve_accounts(store, account)[0] if account else None
            sla = settings.inbox.first_response_sla_minutes
            index = write_report(store, account_id, output, clock=utcnow, sla_minutes=sla)
        finally:
            store.dispose()
        typer.echo(str(index))
