"""``followback listen``: what an account listens for, listening now, volume and X budget."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from typing import Annotated, Any

import typer

from followback.cli.common import (
    AccountOption,
    ConfigOption,
    DbOption,
    JsonOption,
    MemberOption,
    account_store,
    console,
    member_name,
    print_json,
    with_connector,
)
from followback.domain import utcnow

__all__ = ["register"]

listen_app = typer.Typer(help="Listening: hear the brand when nobody tags it.")

KeywordOption = Annotated[
    list[str] | None, typer.Option("--keyword", help="Replace keywords (repeat).")
]
HashtagOption = Annotated[
    list[str] | None, typer.Option("--hashtag", help="Replace hashtags (repeat).")
]
ExcludeOption = Annotated[
    list[str] | None, typer.Option("--exclude", help="Replace exclusions (repeat).")
]


@listen_app.command("show")
def show_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """What the account listens for, and the newest post seen per search term."""
    from followback.store.listening import ListenRepo

    with account_store(db, config, account) as (store, account_id), store.read() as s:
        repo = ListenRepo(s)
        settings, marks = repo.get(account_id), repo.marks(account_id)
    data = {"account_id": account_id, **settings.model_dump(mode="json"), "marks": marks}
    if json_out:
        print_json(data)
        return
    for key in ("keywords", "hashtags", "exclude"):
        console.print(f"{key}: {', '.join(data[key]) or '-'}", highlight=False)
    console.print(f"x monthly budget: ${settings.x_monthly_budget_usd:.2f}", highlight=False)
    for term, mark in marks.items():
        console.print(f"  {term}: newest seen {mark.get('at', '?')}", highlight=False)


@listen_app.command("set")
def set_command(
    account: AccountOption = None,
    keyword: Annotated[
        list[str] | None, typer.Option("--keyword", help="Replace keywords (repeat).")
    ] = None,
    hashtag: Annotated[
        list[str] | None, typer.Option("--hashtag", help="Replace hashtags (repeat).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Replace exclusions (repeat).")
    ] = None,
    x_budget: Annotated[
        float | None, typer.Option("--x-budget", help="X recent-search budget, USD per month.")
    ] = None,
    full_text_search: Annotated[
        bool | None,
        typer.Option("--full-text-search/--no-full-text-search", help="Mastodon keyword search."),
    ] = None,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Change what the account listens for (admins); options not given stay as they are."""
    from followback.actions.listening import apply_listen_rules

    changes: dict[str, Any] = {}
    for key, value in (("keywords", keyword), ("hashtags", hashtag), ("exclude", exclude)):
        if value is not None:
            changes[key] = [v for v in value if v.strip()]
    if x_budget is not None:
        changes["x_monthly_budget_usd"] = x_budget
    if full_text_search is not None:
        changes["full_text_search"] = full_text_search
    actor = member_name(member)
    with account_store(db, config, account) as (store, account_id):
        saved = apply_listen_rules(store, account_id, changes, member=actor)
    if json_out:
        print_json(
            {
                "account_id": account_id,
                "changed": saved.changed,
                **saved.settings.model_dump(mode="json"),
            }
        )
    else:
        console.print("saved" if saved.changed else "no change")


@listen_app.command("run")
def run_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Listen now (``followback run`` does this every cycle) and print what was heard."""
    from followback.services.listen import listen_account

    with account_store(db, config, account) as (store, account_id):
        report = with_connector(
            store, account_id, lambda c: listen_account(store, c, account_id, clock=utcnow)
        )
    data = asdict(report)
    if json_out:
        print_json(data)
        return
    console.print(
        f"heard {report.new_messages} new ({report.complaints} complaints) in "
        f"{report.terms} terms; {report.duplicates} already stored, "
        f"{report.addressed} left to mentions{'; ' + report.skipped if report.skipped else ''}",
        highlight=False,
    )
    for error in report.errors:
        console.print(f"[red]{error}[/red]", highlight=False)
    if report.spike is not None and report.spike.spike:
        console.print(f"[red]complaint spike:[/red] {report.spike.reason}", highlight=False)


@listen_app.command("volume")
def volume_command(
    account: AccountOption = None,
    days: Annotated[int, typer.Option("--days", min=1, max=366, help="Days back.")] = 28,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Posts naming the brand per day (mentions, heard) with the complaint share."""
    from followback.store.listening import ListenRepo

    with account_store(db, config, account) as (store, account_id):
        today = utcnow().date()
        with store.read() as s:
            rows = ListenRepo(s).daily_volume(account_id, today - timedelta(days=days - 1), today)
    if json_out:
        print_json([{**asdict(r), "complaint_share": round(r.complaint_share, 4)} for r in rows])
        return
    for r in rows:
        console.print(
            f"{r.day} mentions={r.mentions} heard={r.heard} complaints={r.complaints} "
            f"({r.complaint_share:.0%})",
            highlight=False,
        )


@listen_app.command("budget")
def budget_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """X recent search this month: budget, spent, left, and posts the rest pays for."""
    from followback.connectors.x.spend import PRICES_USD, Billable
    from followback.services.listen import budget_of
    from followback.store.listening import ListenRepo

    with account_store(db, config, account) as (store, account_id):
        with store.read() as s:
            settings = ListenRepo(s).get(account_id)
        b = budget_of(store, account_id, settings, PRICES_USD[Billable.POST_READ], utcnow())
    data = {
        "month": b.month,
        "budget_usd": str(b.budget_usd),
        "spent_usd": str(b.spent_usd),
        "remaining_usd": str(b.remaining_usd),
        "posts_read": b.posts,
        "price_per_post_usd": str(b.price_usd),
        "posts_affordable": b.affordable_posts,
    }
    if json_out:
        print_json(data)
        return
    console.print(
        f"{b.month}: budget ${b.budget_usd:.2f}, spent ${b.spent_usd:.3f} on {b.posts} posts, "
        f"left ${b.remaining_usd:.3f} = {b.affordable_posts} posts at ${b.price_usd}/post",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Add ``followback listen`` to ``app``."""
    app.add_typer(listen_app, name="listen")
