"""``followback screen accounts``: score a file of profiles with the shipped model."""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import numpy as np
import numpy.typing as npt
import polars as pl
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from followback.bulk import MalformedRow, read_profiles
from followback.domain import ErrorCode, UserError, Verdict, utcnow
from followback.screening import (
    DEFAULT_FOLLOW_BELOW,
    DEFAULT_SKIP_ABOVE,
    ScoreBatch,
    load_default_scorer,
    verdicts,
)

__all__ = ["register"]

_err = Console(stderr=True)
_MAX_LISTED = 20  # malformed rows listed one by one; the rest are counted
_NO_DATA = "no follower, following or post counts in the input"


def _parse_date(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UserError(f"--as-of: not a date: {value!r} (use YYYY-MM-DD)") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _count_records(path: Path) -> int | None:
    if path.name.lower().endswith(".gz"):
        return None  # unknown without decompressing twice; the bar just counts
    with path.open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def accounts(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="CSV, JSONL or JSON file.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="CSV file to write.")],
    as_of: Annotated[
        str | None,
        typer.Option(help="Observation date for rows without probe_time/crawled_at/collected_at."),
    ] = None,
    follow_below: Annotated[float, typer.Option(help="Follow below this bot score.")] = (
        DEFAULT_FOLLOW_BELOW
    ),
    skip_above: Annotated[float, typer.Option(help="Skip above this bot score.")] = (
        DEFAULT_SKIP_ABOVE
    ),
) -> None:
    """Score every account in INPUT; write user_id, bot_score, verdict and reasons to OUT.

    INPUT is a CSV in the users_flat.csv layout (Twitter v1.1 field names; missing columns
    allowed) or JSONL of Bluesky, Mastodon or X profile objects. Timestamps may be ISO 8601
    (with or without an offset), epoch seconds or Twitter's "Wed Oct 10 20:19:24 +0000 2018".
    Malformed rows are reported with their line numbers and skipped. OUT is written only when
    scoring is done, and never onto INPUT.
    """
    if not 0.0 <= follow_below <= skip_above <= 1.0:
        raise UserError("need 0 <= --follow-below <= --skip-above <= 1", ErrorCode.BAD_INPUT)
    when = _parse_date(as_of)
    _check_paths(input_path, output)
    scorer = load_default_scorer()
    total = _count_records(input_path) if input_path.is_file() else None
    with _staged(output) as staging, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=_err, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("reading", total=total)
        table = read_profiles(
            input_path, now=utcnow(), as_of=when, progress=lambda n: bar.advance(task, n)
        )
        bar.update(task, description="scoring", completed=0, total=table.frame.height)
        batch = scorer.score_frame(table.frame)
        known = _has_counts(table.frame)
        # A row with no counts at all is not judged: a person looks (written and counted so).
        verdict = np.where(
            known, verdicts(batch.bot_score, follow_below, skip_above), Verdict.REVIEW.value
        )
        bar.update(task, description="writing")
        _write(staging, table.frame, batch, verdict, known, lambda n: bar.advance(task, n))
    _report(table.malformed)
    _summary(input_path, output, verdict, len(table.malformed), scorer.model_version)


def _check_paths(src: Path, out: Path) -> None:
    """Refuse to overwrite the input, and find an unwritable output before any scoring."""
    same = out.resolve() == src.resolve()
    if not same and out.exists() and src.exists():
        same = os.path.samefile(out, src)  # a hard link is the same file under another name
    if same:
        raise UserError(
            f"--output {out} is the input file; write the results somewhere else "
            "(screen accounts never overwrites its input)",
            ErrorCode.BAD_INPUT,
        )
    if out.is_dir():
        raise UserError(f"--output {out} is a directory; give a file name", ErrorCode.BAD_INPUT)
    if not out.parent.is_dir():
        raise UserError(f"cannot write {out}: no directory {out.parent}", ErrorCode.BAD_INPUT)
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UserError(f"cannot write {out}: permission denied", ErrorCode.BAD_INPUT)


@contextlib.contextmanager
def _staged(out: Path) -> Iterator[Path]:
    """A temporary file beside ``out``, created up front (so a full or read-only disk shows
    before the scoring) and moved onto ``out`` only when everything was written.

    A symlink is written through (its target gets the file; the link stays), and a pipe,
    terminal or device (``-o /dev/stdout``) is written straight into: moving a file onto
    those would replace the link or the device node itself.
    """
    if out.exists() and not out.is_file():  # both follow symlinks: what is written into
        yield out
        return
    target = Path(os.path.realpath(out))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror}", ErrorCode.BAD_INPUT) from exc
    os.close(fd)
    staging = Path(name)
    try:
        yield staging
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)


def _has_counts(frame: pl.DataFrame) -> npt.NDArray[np.bool_]:
    """Per row: whether the input gave any follower, following or post count."""
    return (
        frame.select(
            frame["followers_count"].is_not_null()
            | frame["following_count"].is_not_null()
            | frame["posts_count"].is_not_null()
        )
        .to_series()
        .to_numpy()
    )


def _write(
    path: Path,
    frame: pl.DataFrame,
    batch: ScoreBatch,
    verdict: npt.NDArray[np.str_],
    known: npt.NDArray[np.bool_],
    advance: Callable[[int], None],
) -> None:
    """The output CSV; a row without counts (``known`` False) gets no score or reasons."""
    ids = frame["user_id"].to_list()
    lines = frame["line"].to_list()
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["user_id", "bot_score", "verdict", "reasons", "model_version", "line"])
        for i in range(len(batch)):
            if known[i]:
                row = [ids[i], f"{batch.bot_score[i]:.4f}", verdict[i],
                       "; ".join(r.text for r in batch.reasons(i))]  # fmt: skip
            else:  # nothing to judge by: a person should look, and no score is made up
                row = [ids[i], "", Verdict.REVIEW.value, _NO_DATA]
            out.writerow([*row, batch.model_version, lines[i]])
            if i % 5000 == 4999:
                advance(5000)


def _report(malformed: Sequence[MalformedRow]) -> None:
    for bad in malformed[:_MAX_LISTED]:
        _err.print(f"line {bad.line}: skipped: {bad.message}", highlight=False, markup=False)
    if len(malformed) > _MAX_LISTED:
        _err.print(f"... and {len(malformed) - _MAX_LISTED} more malformed rows skipped")


def _summary(src: Path, out: Path, verdict: npt.NDArray[np.str_], n_bad: int, version: str) -> None:
    counts = {v.value: int((verdict == v.value).sum()) for v in Verdict}
    _err.print(
        f"{src.name}: {len(verdict):,} accounts scored with {version} -> {out}\n"
        f"  follow {counts['follow']:,}  review {counts['review']:,}  skip {counts['skip']:,}"
        f"  malformed rows skipped {n_bad:,}",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Add the ``screen`` command group to the main app."""
    screen = typer.Typer(help="Screen accounts for spam, bots and bought followers.")
    screen.command("accounts")(accounts)
    from followback.cli import learning

    learning.register(screen)
    app.add_typer(screen, name="screen")
