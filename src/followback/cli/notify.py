"""``followback notify``: send a test notification, deliver queued ones, show the log."""

from __future__ import annotations

from typing import Annotated

import typer

from followback.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    MemberOption,
    console,
    member_name,
    opened_store,
    print_json,
)
from followback.notify.dispatch import DeliveryReport
from followback.store.notifications import Delivery

__all__ = ["register"]

notify_app = typer.Typer(help="Notifications: e-mail, signed webhooks and chat webhooks.")


def _row(d: Delivery) -> dict[str, object]:
    return {
        "id": d.id,
        "channel": d.channel,
        "kind": d.kind,
        "severity": d.severity,
        "title": d.title,
        "state": d.state,
        "attempts": d.attempts,
        "sent_at": d.sent_at,
        "error": d.error,
    }


def _show(report: DeliveryReport, json_out: bool) -> None:
    if json_out:
        print_json([_row(d) for d in report.all])
        return
    for d in report.all:
        extra = f" ({d.error})" if d.error else ""
        console.print(f"{d.channel}: {d.state} after {d.attempts} tries{extra}", highlight=False)
    if not report.all:
        console.print("nothing to deliver")


@notify_app.command("test")
def test_command(
    channel: Annotated[
        str | None, typer.Option("--channel", help="Only this channel (default: all enabled).")
    ] = None,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Send a test notification now (admins) and say whether each channel took it."""
    from followback.domain import Role
    from followback.notify.dispatch import send_test
    from followback.store.team import TeamRepo

    actor = member_name(member)
    with opened_store(db, config) as (settings, store):
        with store.read() as s:
            TeamRepo(s).get_active(actor, Role.ADMIN)  # as on the dashboard: admins only
        report = send_test(store, settings.notify, actor=actor, channel=channel)
    _show(report, json_out)
    if report.retrying or report.failed:
        raise typer.Exit(1)


@notify_app.command("deliver")
def deliver_command(
    db: DbOption = None, config: ConfigOption = None, json_out: JsonOption = False
) -> None:
    """Deliver queued notifications that are due (``followback run`` does this too)."""
    from followback.notify.dispatch import deliver_pending

    with opened_store(db, config) as (settings, store):
        report = deliver_pending(store, settings.notify)
    _show(report, json_out)


@notify_app.command("log")
def log_command(
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many, newest first.")] = 20,
    channel: Annotated[str | None, typer.Option("--channel", help="Only this channel.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show recent deliveries: channel, state, tries and the last error."""
    from followback.store.notifications import NotificationRepo

    with opened_store(db, config) as (_, store), store.read() as s:
        rows = NotificationRepo(s).list_recent(limit, channel=channel)
    if json_out:
        print_json([_row(d) for d in rows])
        return
    for d in rows:
        when = d.sent_at or d.attempted_at or d.created_at
        err = f" - {d.error}" if d.error else ""
        console.print(
            f"{when:%Y-%m-%d %H:%M} {d.channel} {d.state} x{d.attempts} {d.title}{err}",
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    """Add ``followback notify`` to ``app``."""
    app.add_typer(notify_app, name="notify")
