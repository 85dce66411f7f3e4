"""``followback inbox classify`` and ``followback inbox response-times``: bulk message files.

The ``inbox`` sub-app is exposed as :data:`inbox_app` so the inbox workflow's commands can be
added to the same group (``from followback.cli.inbox_bulk import inbox_app``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from followback.bulk.messages import (
    BadRow,
    classify_csv,
    count_lines,
    open_text,
    read_twcs_response_times,
)
from followback.domain import ErrorCode, UserError
from followback.inbox.classify import load_default_classifier

__all__ = ["inbox_app", "register"]

inbox_app = typer.Typer(
    name="inbox",
    help="The engagement inbox: classify messages, measure response times.",
    no_args_is_help=True,
)

_MAX_BAD_SHOWN = 20


def register(app: typer.Typer) -> None:
    """Add the ``inbox`` group to the main app."""
    app.add_typer(inbox_app, name="inbox")


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise UserError(f"no such file: {path}", ErrorCode.NOT_FOUND, path=str(path))
    return path


def _report_bad(console: Console, bad: list[BadRow]) -> None:
    if not bad:
        return
    console.print(f"[yellow]{len(bad)} bad row(s)[/yellow] (kept going):", highlight=False)
    for row in bad[:_MAX_BAD_SHOWN]:
        console.print(f"  line {row.line}: {row.message}", highlight=False, markup=False)
    if len(bad) > _MAX_BAD_SHOWN:
        console.print(f"  ... and {len(bad) - _MAX_BAD_SHOWN} more", highlight=False)


@inbox_app.command("classify")
def classify_command(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="CSV file with a header.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="CSV file to write.")],
    text_column: Annotated[str, typer.Option(help="Column holding the message text.")] = "text",
    followers_column: Annotated[
        str | None, typer.Option(help="Column with the author's follower count (for priority).")
    ] = None,
    author_column: Annotated[
        str | None,
        typer.Option(help="Column identifying the author; earlier rows become their history."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=100_000)] = 512,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Classify every message in a CSV: adds complaint_score, is_complaint, severity,
    sentiment, intent and priority to each row, keeping every input column and the order."""
    _existing(input_path)
    if output.resolve() == input_path.resolve():
        raise UserError("--output must differ from INPUT", ErrorCode.BAD_INPUT)
    console = Console(stderr=True)
    classifier = load_default_classifier()
    total = count_lines(input_path)
    bar = Progress(
        TextColumn("classifying"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("lines"),
        TimeElapsedColumn(),
        console=console,
        disable=not progress,
        transient=True,
    )
    with bar, open_text(input_path) as src, open_text(output, "w") as dst:
        task = bar.add_task("classify", total=max(total, 1))
        report = classify_csv(
            src,
            dst,
            classifier,
            text_column,
            followers_column=followers_column,
            author_column=author_column,
            batch_size=batch_size,
            on_progress=lambda lines: bar.update(task, completed=lines),
        )
    console.print(
        f"classified {report.rows} row(s) -> {output} (model {classifier.version})",
        highlight=False,
    )
    _report_bad(console, report.bad_rows)


@inbox_app.command("response-times")
def response_times_command(
    input_path: Annotated[
        Path, typer.Argument(metavar="INPUT", help="CSV in the Customer Support on Twitter layout.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Per-brand median and 90th-percentile first-response times (brand reply minus the
    customer tweet it answers), busiest brand first."""
    with open_text(_existing(input_path)) as src:
        report = read_twcs_response_times(src)
    err = Console(stderr=True)
    if as_json:
        doc = {
            "brands": [asdict(b) for b in report.brands],
            "bad_rows": [asdict(b) for b in report.bad_rows],
        }
        typer.echo(json.dumps(doc, indent=2))
    else:
        table = Table("brand", "responses", "median (min)", "p90 (min)")
        for b in report.brands:
            table.add_row(
                b.brand,
                str(b.responses),
                f"{b.median_seconds / 60:.1f}",
                f"{b.p90_seconds / 60:.1f}",
            )
        Console().print(table)
    _report_bad(err, report.bad_rows)
