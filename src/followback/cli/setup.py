"""``followback init`` and ``followback status``.

``init`` is the whole first day: it writes followback.toml, creates the key that encrypts
platform credentials (in the OS keyring when there is one, else in a file only its owner
can read) and the first admin login of the dashboard (password prompted, read from
stdin, or generated and printed once).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from followback.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    console,
    open_settings_and_store,
    print_json,
)
from followback.config import Settings, default_db_url, load_settings
from followback.domain import DEFAULT_CAPABILITIES, Platform, utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.domain.server import ServerFacts
from followback.store import AccountRepo, Store, redact_url
from followback.store.server_facts import ServerFactsRepo

__all__ = ["CONFIG_TEMPLATE", "register"]

CONFIG_TEMPLATE = """\
# followback settings. Environment variables override this file:
# FOLLOWBACK_DB_URL, FOLLOWBACK_SECRET_KEY, and nested keys with "__",
# e.g. FOLLOWBACK_SERVICE__PORT=9000.

# Where followback keeps its data. SQLite (default) for one brand on one machine;
# PostgreSQL (postgresql://user@host/db) for many accounts and several workers.
db_url = "{db_url}"

[service]
host = "127.0.0.1"        # dashboard / API address
port = 8000
sync_interval_s = 900     # how often to sync followers and screen new ones
full_reconcile_every = 24 # a full follower scan every N syncs, to catch unfollows
inbox_interval_s = 120    # how often to poll mentions and messages

[inbox]
first_response_sla_minutes = 60
# business_hours = "09:00-17:00 Mon-Fri UTC"

# One [[accounts]] block per brand account. Connect it with `followback connect`.
# mode: "auto" (act without review; the default only on Mastodon), "review"
# (a person approves; the default on X and Bluesky) or "dry-run" (never act).
[[accounts]]
platform = "mastodon"
handle = "yourbrand@mastodon.example"
# mode = "auto"

[accounts.policy]
follow_below = 0.35       # bot_score below this: follow back
skip_above = 0.75         # bot_score above this: screen out; in between: review
blocked_keywords = []     # e.g. ["casino", "adult"]
blocked_regexes = []      # e.g. ["(?i)buy\\\\s+followers"]
blocked_domains = []      # link domains you never follow back
competitor_handles = []
languages = []            # empty: any language
allow = []                # always follow these handles
deny = []                 # never follow these handles
follow_locked = false     # follow locked/protected accounts?
min_account_age_days = 0
min_posts = 0
respect_opt_out = true    # honour #nobot, #noautofollow and platform bot flags
holdout_share = 0.0       # share of eligible followers not followed back, to measure the effect
holdout_days = 30
unfollow_min_gap_days = 7

# Limits default to each platform's published rules; override one like this:
# [accounts.limits.follows_day]
# capacity = 300
# period_s = 86400

# The team that works the review queue and the inbox: admin, agent or viewer.
# Add members with `followback team add NAME --role agent --password-stdin`.
[[team]]
name = "{admin}"
role = "admin"
"""


def _admin_name(given: str | None) -> str:
    if given:
        return given.strip()
    if sys.stdin.isatty():
        answer: str = typer.prompt(
            "Name of the first admin (your dashboard login)", default="admin"
        )
        return answer.strip()
    return "admin"


def _admin_password(from_stdin: bool) -> tuple[str, bool]:
    """The password and whether it was generated (then it is printed once)."""
    from followback.actions.first_day import generate_password

    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UserError("--password-stdin: standard input is empty", ErrorCode.BAD_INPUT)
        return line, False
    if sys.stdin.isatty():
        answer: str = typer.prompt(
            "Password (empty: generate one)",
            default="",
            hide_input=True,
            confirmation_prompt=True,
            show_default=False,
        )
        if answer:
            return answer, False
    return generate_password(), True


def init(
    path: Annotated[Path, typer.Argument(help="Where to write the settings file.")] = Path(
        "followback.toml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    db: DbOption = None,
    admin: Annotated[
        str | None, typer.Option("--admin", help="Login name of the first admin (prompted).")
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the admin's password from the first stdin line (else prompted, or "
            "generated and printed once).",
        ),
    ] = False,
) -> None:
    """Start a fresh install: followback.toml, the credentials key and the first admin login."""
    from followback.actions.first_day import record_first_admin
    from followback.credentials import ensure_key
    from followback.domain import utcnow
    from followback.store import open_store

    if path.exists() and not force:
        raise UserError(f"{path} exists; pass --force to overwrite it", ErrorCode.CONFLICT)
    db_url = db or os.environ.get("FOLLOWBACK_DB_URL") or default_db_url()
    name = _admin_name(admin)
    password, generated = _admin_password(password_stdin)
    path.write_text(CONFIG_TEMPLATE.format(db_url=db_url, admin=name), encoding="utf-8")
    load_settings(path)  # the template must always load
    console.print(f"wrote {path}")
    key = ensure_key()
    verb = "created" if key.created else "found"
    console.print(f"credentials key: {verb} in {key.where}", highlight=False, soft_wrap=True)
    store = open_store(db_url)
    try:
        result = record_first_admin(store, name, password, clock=utcnow)
    finally:
        store.dispose()
    if not result.created:
        console.print(
            f"admin login: kept ({', '.join(result.existing_admins)} already administer "
            "this database)",
            highlight=False,
            soft_wrap=True,
        )
    elif generated:
        console.print(
            f"admin login: {name} / password: {password}  (shown once: keep it safe, change it "
            f"with `followback team set-password {name} --password-stdin`)",
            highlight=False,
            soft_wrap=True,
        )
    else:
        console.print(f"admin login: {name} (password set)", highlight=False)
    console.print(
        "next: `followback connect mastodon|bluesky|x`, then `followback serve` and log in",
        highlight=False,
        soft_wrap=True,
    )


def status(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Show the database, connected accounts and their follow-back modes."""
    settings, store = open_settings_and_store(db, config)
    with store.read() as s:
        accounts = AccountRepo(s).list()
        reauth = {r.id for r in (AccountRepo(s).get_row(a.id) for a in accounts) if r.needs_reauth}
        facts = {a.id: ServerFactsRepo(s).find(a.id) for a in accounts}
    rows: list[dict[str, object]] = [
        {
            "id": a.id,
            "platform": a.platform.value,
            "handle": a.handle,
            "mode": a.mode.value,
            "needs_reauth": a.id in reauth,
            "bulk_approval": DEFAULT_CAPABILITIES[a.platform].bulk_approval_allowed,
            "server": _server_summary(facts[a.id]),
        }
        for a in accounts
    ]
    _add_x_forecasts(store, settings, rows)
    data = {
        "database": redact_url(settings.db_url),
        "backend": store.dialect,
        "accounts": rows,
        "configured_accounts": len(settings.accounts),
        "team": len(settings.team),
    }
    store.dispose()
    if as_json:
        print_json(data)
        return
    console.print(f"database: {data['database']} ({data['backend']})")
    table = Table("id", "platform", "handle", "mode", "needs reauth")
    for a in rows:
        table.add_row(*(str(a[k]) for k in ("id", "platform", "handle", "mode", "needs_reauth")))
    console.print(table if rows else "no accounts connected yet")
    for a in rows:
        lines = a.get("x_forecast_lines")
        if isinstance(lines, list):
            console.print(f"account #{a['id']} (x:{a['handle']}):", highlight=False)
            for line in lines:
                console.print(f"  {line}", highlight=False, soft_wrap=True)
    for a in rows:
        for line in _server_lines(a["server"]):
            console.print(f"#{a['id']} {a['handle']}: {line}", highlight=False, markup=False)


def _add_x_forecasts(store: Store, settings: Settings, rows: list[dict[str, object]]) -> None:
    """For each X account: the detected plan and a month's cost at the measured activity."""
    from followback.cli.x_cost import format_forecast, x_month_forecast
    from followback.engine.rulegate import FACT_X_ACTIVITY, FACT_X_API_FOLLOW
    from followback.services.x_activity import describe_follow_path
    from followback.store.facts import FactRepo
    from followback.store.x_usage import measured_activity
    from followback.store.x_webhooks import XWebhookRepo

    for row in rows:
        if row["platform"] != Platform.X.value:
            continue
        account_id = int(str(row["id"]))
        with store.read() as s:
            activity = measured_activity(s, account_id, utcnow())
            fact = FactRepo(s).find(account_id, FACT_X_API_FOLLOW)
            plan = FactRepo(s).find(account_id, FACT_X_ACTIVITY)
            hook = XWebhookRepo(s).find(account_id)
        api_follow = None if fact is None else bool(fact.value)
        path, line = describe_follow_path(
            hook is not None and bool(hook.webhook_id),
            None if plan is None else bool(plan.value),
            settings.service.full_reconcile_every,
        )
        row["x_follow_events"] = path
        forecast = x_month_forecast(activity, settings, owned_reads=False, api_follow=api_follow)
        owned = x_month_forecast(activity, settings, owned_reads=True, api_follow=api_follow)
        row["x_api_follow"] = api_follow
        row["x_forecast"] = {**forecast.as_dict(), "owned_reads_total_usd": str(owned.total_usd)}
        row["x_forecast_lines"] = [line, *format_forecast(forecast, owned)]


def _server_summary(facts: ServerFacts | None) -> dict[str, object] | None:
    """What the account's own server said about itself (Mastodon), for ``status``."""
    if facts is None:
        return None
    return {
        "checked_at": facts.checked_at.isoformat(),
        "max_characters": facts.max_characters,
        "rules_forbidding_automation": list(facts.forbidding_automation),
        "rules_source": facts.rules_url,
        "notification_filters": (
            None if facts.notification_filters is None else list(facts.notification_filters)
        ),
        "pending_notification_requests": facts.pending_requests,
    }


def _server_lines(summary: object) -> list[str]:
    if not isinstance(summary, dict):
        return []
    lines = []
    filters = summary["notification_filters"]
    if filters:
        lines.append(
            "the server filters notifications from "
            + "; ".join(filters)
            + f" ({summary['pending_notification_requests']} requests waiting; followback "
            "reads them into the inbox)"
        )
    for rule in summary["rules_forbidding_automation"]:
        lines.append(
            f"server rule forbids automation: {rule!r} ({summary['rules_source']}); "
            "automated following is off"
        )
    if summary["max_characters"]:
        lines.append(f"replies up to {summary['max_characters']} characters (the server's limit)")
    return lines


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(status)
