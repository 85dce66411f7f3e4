"""``followback demo``: a sandbox brand through a simulated week, then a report and a dashboard."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from followback.cli.common import JsonOption, console, print_json
from followback.config import load_settings
from followback.domain import Clock
from followback.services.demo import (
    DecisionExample,
    DemoResult,
    decision_examples,
    run_demo,
    summary_dict,
)
from followback.store import open_store

__all__ = ["register"]

DEFAULT_DIR = Path(".tmp/demo")


def demo(
    days: Annotated[int, typer.Option(min=1, max=60, help="Simulated days.")] = 7,
    followers: Annotated[
        int, typer.Option(min=10, help="The brand's followers at the start.")
    ] = 5000,
    seed: Annotated[int, typer.Option(help="Seed of the sandbox network.")] = 7,
    workdir: Annotated[
        Path, typer.Option("--dir", help="Where the demo keeps its database, state and report.")
    ] = DEFAULT_DIR,
    serve: Annotated[bool, typer.Option("--serve", help="Serve the dashboard afterwards.")] = False,
    port: Annotated[int, typer.Option(help="Dashboard port with --serve.")] = 8000,
    as_json: JsonOption = False,
) -> None:
    """Run a sandbox brand through a simulated week and show what followback did."""
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "followback.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)  # a demo always starts fresh
    db_url = f"sqlite:///{db_path.resolve()}"
    store = open_store(db_url)
    with Progress(
        TextColumn("simulating"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("hours"),
        TimeElapsedColumn(),
        console=console,
        disable=as_json,
        transient=True,
    ) as bar:
        task = bar.add_task("demo", total=days * 24)
        result = run_demo(
            store,
            workdir,
            days=days,
            followers=followers,
            seed=seed,
            progress=lambda done, total: bar.update(task, completed=done),
        )
    from followback.services.report import write_report

    report = write_report(store, result.account_id, workdir / "report", clock=_end_clock(result))
    data = summary_dict(result)
    data["report"] = str(report.resolve())
    data["database"] = db_url
    examples = {
        "screened_out_examples": decision_examples(store, result.account_id, verdict="skip"),
        "review_queue_top": decision_examples(
            store, result.account_id, verdict="review", state="pending"
        ),
    }
    data.update({k: [asdict(e) for e in v] for k, v in examples.items()})
    if as_json:
        print_json(data)
    else:
        _print_summary(data)
        _print_examples("Screened out, with reasons", examples["screened_out_examples"])
        _print_examples("Review queue (top 5)", examples["review_queue_top"])
        console.print(
            f"pacing: at most {data['actions_per_day_max']} follows in a day, under the "
            f"platform's {data['follow_cap_per_day']} (followback uses at most 80% of any limit)"
        )
        console.print(f"report: {data['report']}")
    if serve:
        _serve(store, db_url, port, result.admin_name, result.admin_password)
    store.dispose()


def _end_clock(result: DemoResult) -> Clock:
    """The simulated clock where the demo stopped, so the report ends at the demo's end."""
    from followback.connectors.sandbox import SandboxNetwork

    return SandboxNetwork.load(result.state_path).time


def _print_summary(data: dict[str, object]) -> None:
    table = Table("", "", title="followback demo: one simulated week", show_header=False)
    labels = {
        "days": "simulated days",
        "followers_start": "followers at start",
        "followers_end": "followers at end (after a closing full scan)",
        "new_followers": "new followers seen",
        "unfollowers": "unfollowers seen",
        "purged": "purged by the platform",
        "deactivated": "deactivated",
        "last_full_scan_at": "last full scan",
        "followed_back": "followed back",
        "screened_out": "screened out (spam, bots, values)",
        "pending_review": "waiting for review",
        "actions_per_day_max": "most follows in one day",
        "follow_cap_per_day": "platform follow cap per day",
        "messages": "messages received",
        "complaints": "complaint conversations",
        "bots_followed_back": "bots followed back (ground truth)",
        "humans_screened_out": "humans screened out (ground truth)",
        "api_calls": "platform API calls",
    }
    for key, label in labels.items():
        table.add_row(label, str(data[key]))
    console.print(table)


def _print_examples(title: str, examples: list[DecisionExample]) -> None:
    table = Table("account", "bot score", "why", title=title, title_justify="left")
    for e in examples:
        score = "—" if e.bot_score is None else f"{e.bot_score:.2f}"
        table.add_row(e.handle, score, e.reasons)
    console.print(table)


def _serve(store: object, db_url: str, port: int, admin: str, password: str | None) -> None:
    import uvicorn

    from followback.web.app import create_app

    os.environ["FOLLOWBACK_DB_URL"] = db_url
    settings = load_settings(db_url=db_url)
    app = create_app(store, settings)  # type: ignore[arg-type]
    console.print(f"dashboard: http://127.0.0.1:{port}/  (Ctrl-C to stop)")
    console.print(f"log in as [bold]{admin}[/bold] with password [bold]{password}[/bold]")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(demo)
