"""Bulk message files: classify a CSV of messages, and measure brand response times.

Both readers use the standard ``csv`` module on text decoded as UTF-8 (a BOM is dropped and
undecodable bytes become U+FFFD) so every input value is written back exactly as it was read.
A row that cannot be used is reported as a :class:`BadRow` with its 1-based line number and
why; it never stops the run. In ``classify`` a bad row still produces an output row (its
values, padded or cut to the header, with the classification columns left empty), so the
output has one row per input row, in order.
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, TextIO

from followback.domain import ErrorCode, UserError
from followback.inbox.classify import Classification, MessageClassifier
from followback.inbox.priority import priority

__all__ = [
    "OUTPUT_COLUMNS",
    "TWCS_TIME_FORMAT",
    "BadRow",
    "BrandResponseTimes",
    "ClassifyReport",
    "ResponseTimesReport",
    "classify_csv",
    "count_lines",
    "first_response_times",
    "open_text",
    "percentile",
    "read_twcs_response_times",
]

OUTPUT_COLUMNS = ("complaint_score", "is_complaint", "severity", "sentiment", "intent", "priority")
TWCS_TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"  # "Tue Oct 31 22:10:47 +0000 2017"
_TWCS_REQUIRED = ("tweet_id", "author_id", "inbound", "created_at", "in_response_to_tweet_id")

# A whole post in one cell can exceed csv's 128 KiB default; the classifier reads only the
# first 2,000 characters anyway, but the row must still be read to be copied through.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True, slots=True)
class BadRow:
    """An input row that could not be (fully) used: 1-based line number where it starts."""

    line: int
    message: str


@dataclass
class ClassifyReport:
    rows: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)


def open_text(path: Path, mode: str = "r") -> TextIO:
    """Open a CSV for reading (UTF-8, BOM dropped, bad bytes replaced) or writing (UTF-8)."""
    try:
        if mode == "r":
            return path.open("r", encoding="utf-8-sig", errors="replace", newline="")
        return path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise UserError(f"cannot open {path}: {exc.strerror}", ErrorCode.BAD_INPUT) from exc


def count_lines(path: Path) -> int:
    """Physical lines in a file, counted in binary chunks (for a progress total)."""
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def _records(
    reader: Iterator[list[str]], lines: Callable[[], int]
) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """(start line, values or None, csv error) for each record; csv errors do not stop it."""
    start = lines() + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, None, f"unreadable CSV record: {exc}"
        else:
            yield start, values, None
        start = lines() + 1


# --------------------------------------------------------------------------- classify


class _RowWriter(Protocol):
    def writerow(self, row: Iterable[str], /) -> object: ...


@dataclass
class _Pending:
    line: int
    values: list[str]
    text: str | None  # None: bad row, not classified
    author: str
    followers: int


def classify_csv(
    src: TextIO,
    dst: TextIO,
    classifier: MessageClassifier,
    text_column: str,
    *,
    followers_column: str | None = None,
    author_column: str | None = None,
    batch_size: int = 512,
    on_progress: Callable[[int], None] | None = None,
) -> ClassifyReport:
    """Copy ``src`` to ``dst`` adding :data:`OUTPUT_COLUMNS`, classifying in batches.

    Priority uses ``followers_column`` (0 when absent or not a number) and, when
    ``author_column`` is given, the author's earlier rows in this file as their history with
    the brand. ``on_progress`` receives the number of physical lines consumed so far.
    """
    reader = csv.reader(src)
    header = next(reader, None)
    if header is None:
        raise UserError("the input file is empty", ErrorCode.BAD_INPUT)
    index = _column_index(header, text_column, followers_column, author_column)
    clash = sorted(set(header) & set(OUTPUT_COLUMNS))
    if clash:
        raise UserError(f"the input already has output column(s) {', '.join(clash)}")
    writer = csv.writer(dst)
    writer.writerow([*header, *OUTPUT_COLUMNS])
    report = ClassifyReport()
    history: dict[str, tuple[int, int]] = {}
    batch: list[_Pending] = []
    for line, values, error in _records(reader, lambda: reader.line_num):
        batch.append(_pending(line, values, error, len(header), index, report))
        if len(batch) >= batch_size:
            _flush(batch, writer, classifier, history)
            report.rows += len(batch)
            batch = []
            if on_progress:
                on_progress(reader.line_num)
    _flush(batch, writer, classifier, history)
    report.rows += len(batch)
    if on_progress:
        on_progress(reader.line_num)
    return report


def _column_index(
    header: Sequence[str], text: str, followers: str | None, author: str | None
) -> tuple[int, int | None, int | None]:
    def find(name: str) -> int:
        if name not in header:
            raise UserError(
                f"no column {name!r} in the input; columns are: {', '.join(header)}",
                ErrorCode.BAD_INPUT,
                column=name,
            )
        return list(header).index(name)

    return (
        find(text),
        find(followers) if followers else None,
        find(author) if author else None,
    )


def _pending(
    line: int,
    values: list[str] | None,
    error: str | None,
    width: int,
    index: tuple[int, int | None, int | None],
    report: ClassifyReport,
) -> _Pending:
    text_i, followers_i, author_i = index
    if values is None or len(values) != width:
        got = "no" if values is None else str(len(values))
        report.bad_rows.append(BadRow(line, error or f"expected {width} fields, got {got}"))
        cells = (values or [])[:width]
        return _Pending(line, cells + [""] * (width - len(cells)), None, "", 0)
    if any("\ufffd" in v for v in values):  # open_text replaces undecodable bytes with it
        report.bad_rows.append(BadRow(line, "bytes that are not UTF-8 were replaced by U+FFFD"))
    followers = 0
    if followers_i is not None and values[followers_i].strip():
        try:
            followers = max(int(float(values[followers_i])), 0)
        except (ValueError, OverflowError):
            report.bad_rows.append(
                BadRow(line, f"followers {values[followers_i]!r} is not a number; used 0")
            )
    author = values[author_i] if author_i is not None else ""
    return _Pending(line, values, values[text_i], author, followers)


def _flush(
    batch: list[_Pending],
    writer: _RowWriter,
    classifier: MessageClassifier,
    history: dict[str, tuple[int, int]],
) -> None:
    good = [p for p in batch if p.text is not None]
    results = iter(classifier.classify([p.text or "" for p in good]))
    for p in batch:
        if p.text is None:
            writer.writerow([*p.values, *([""] * len(OUTPUT_COLUMNS))])
            continue
        c = next(results)
        writer.writerow([*p.values, *_cells(c, _priority(c, p, history))])


def _priority(c: Classification, p: _Pending, history: dict[str, tuple[int, int]]) -> float:
    """Priority with the author's earlier rows as history (none without an author column)."""
    if not p.author:
        return priority(c, p.followers, 0, 0)
    messages, complaints = history.get(p.author, (0, 0))
    history[p.author] = (messages + 1, complaints + int(c.is_complaint))
    return priority(c, p.followers, messages, complaints)


def _cells(c: Classification, prio: float) -> list[str]:
    return [
        f"{c.complaint_score:.4f}",
        "true" if c.is_complaint else "false",
        str(c.severity),
        c.sentiment,
        c.intent,
        f"{prio:.2f}",
    ]


# --------------------------------------------------------------------------- response times


@dataclass(frozen=True, slots=True)
class BrandResponseTimes:
    """First-response times of one brand, in seconds."""

    brand: str
    responses: int
    median_seconds: float
    p90_seconds: float


@dataclass
class ResponseTimesReport:
    brands: list[BrandResponseTimes]
    bad_rows: list[BadRow]


@dataclass(frozen=True, slots=True)
class _Tweet:
    line: int
    tweet_id: str
    author: str
    inbound: bool
    created_at: datetime
    in_response_to: str


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks
    (Hyndman & Fan type 7, numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("percentile of no values")
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _id(value: str) -> str:
    """TWCS ids, normalised: pandas wrote ``in_response_to_tweet_id`` as ``3.0``."""
    value = value.strip()
    return value[:-2] if value.endswith(".0") else value


def _read_twcs(src: TextIO, bad: list[BadRow]) -> Iterator[_Tweet]:
    reader = csv.reader(src)
    header = next(reader, None) or []
    missing = [c for c in _TWCS_REQUIRED if c not in header]
    if missing:
        raise UserError(
            f"not a Customer Support on Twitter file: missing column(s) {', '.join(missing)}",
            ErrorCode.BAD_INPUT,
        )
    at = {name: header.index(name) for name in _TWCS_REQUIRED}
    for line, values, error in _records(reader, lambda: reader.line_num):
        if values is None or len(values) != len(header):
            got = "no" if values is None else str(len(values))
            bad.append(BadRow(line, error or f"expected {len(header)} fields, got {got}"))
            continue
        inbound = values[at["inbound"]].strip().lower()
        try:
            # Aware already (the format has %z); normalised to UTC.
            stamp = values[at["created_at"]].strip()
            created = datetime.strptime(stamp, TWCS_TIME_FORMAT).astimezone(UTC)
        except ValueError:
            bad.append(BadRow(line, f"unreadable created_at {values[at['created_at']]!r}"))
            continue
        if inbound not in ("true", "false") or not values[at["tweet_id"]].strip():
            bad.append(BadRow(line, "inbound must be True or False and tweet_id non-empty"))
            continue
        yield _Tweet(
            line,
            _id(values[at["tweet_id"]]),
            values[at["author_id"]].strip(),
            inbound == "true",
            created,
            _id(values[at["in_response_to_tweet_id"]]),
        )


def first_response_times(tweets: Iterable[_Tweet], bad: list[BadRow]) -> dict[str, list[float]]:
    """Seconds from each customer tweet to the first reply to it by each brand.

    A brand reply is an outbound tweet whose ``in_response_to_tweet_id`` is an inbound tweet
    in the file; replies to tweets outside the file cannot be timed and are skipped. A reply
    stamped before the tweet it answers is reported as bad.
    """
    inbound: dict[str, datetime] = {}
    replies: list[_Tweet] = []
    for t in tweets:
        if t.inbound:
            inbound[t.tweet_id] = t.created_at
        elif t.in_response_to:
            replies.append(t)
    first: dict[tuple[str, str], float] = {}
    for r in replies:
        asked = inbound.get(r.in_response_to)
        if asked is None:
            continue
        delta = (r.created_at - asked).total_seconds()
        if delta < 0:
            bad.append(BadRow(r.line, "reply is older than the tweet it answers"))
            continue
        key = (r.author, r.in_response_to)
        first[key] = min(delta, first.get(key, delta))
    per_brand: dict[str, list[float]] = {}
    for (brand, _), seconds in first.items():
        per_brand.setdefault(brand, []).append(seconds)
    return per_brand


def read_twcs_response_times(src: TextIO) -> ResponseTimesReport:
    """Per-brand median and 90th-percentile first-response times of a TWCS-layout file,
    busiest brand first."""
    bad: list[BadRow] = []
    times = first_response_times(_read_twcs(src, bad), bad)
    counts = Counter({brand: len(v) for brand, v in times.items()})
    brands = [
        BrandResponseTimes(brand, n, statistics.median(times[brand]), percentile(times[brand], 90))
        for brand, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    bad.sort(key=lambda b: b.line)
    return ResponseTimesReport(brands, bad)
