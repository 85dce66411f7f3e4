"""Read bulk profile files into the columnar profile frame.

Accepted inputs (detected from the file, not from flags):

* CSV with Twitter v1.1 field names (``users_flat.csv`` layout, the raw cresci-2015 and
  cresci-2017 tables, the kaggle files); missing columns are allowed, extra columns ignored;
* headerless tab- or space-separated numeric files (caverlee-2011's ``*.txt``, ids-and-labels
  ``*.dat``), optionally gzipped;
* JSONL, a JSON list, or a Bot Repository ``.tar.gz`` of Bluesky, Mastodon, X (v2) or
  Twitter v1.1 profile objects (a ``{"created_at": probe, "user": {...}}`` wrapper is unwrapped).

Rows are collected as strings (one cheap Python step per row) and then parsed, validated and
converted in one vectorised polars pass. A row that cannot be used is reported with its line
number in :attr:`ProfileTable.malformed` and left out; it never stops the read.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import tarfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import polars as pl

from followback.domain import ErrorCode, UserError
from followback.screening.frame import PROFILE_SCHEMA

__all__ = ["LENGTH_COLUMNS", "MalformedRow", "ProfileTable", "read_profiles"]

# Optional columns carried next to PROFILE_SCHEMA when a file gives lengths but not the text
# (caverlee-2011); features.py prefers the text and falls back to these.
LENGTH_COLUMNS: dict[str, pl.DataType] = {"handle_length": pl.Int64(), "bio_length": pl.Int64()}

_FIELDS = (
    "user_id", "handle", "display_name", "bio", "url", "followers", "following", "posts",
    "created_at", "observed_at", "has_avatar", "default_avatar", "avatar_url", "bot_flag",
    "locked", "language", "platform", "handle_length", "bio_length",
)  # fmt: skip

# Header aliases (lower-cased), first match wins; the order matters where files carry several
# (kaggle's ``status`` is the last tweet, so ``statuses_count`` must win).
_ALIASES: dict[str, tuple[str, ...]] = {
    "user_id": ("user_id", "id_str", "id", "userid", "did"),
    "handle": ("screen_name", "handle", "username", "acct"),
    "display_name": ("name", "display_name", "displayname"),
    "bio": ("description", "bio", "note"),
    "url": ("url", "website"),
    "followers": ("followers_count", "followerscount", "followers", "follower"),
    "following": ("friends_count", "following_count", "followscount", "follows_count", "friend"),
    "posts": ("statuses_count", "posts_count", "postscount", "tweet_count", "status"),
    "created_at": ("created_at", "createdat"),
    "observed_at": ("probe_time", "crawled_at", "collected_at", "observed_at", "updated"),
    "has_avatar": ("has_avatar",),
    "default_avatar": ("default_profile_image",),
    "avatar_url": ("profile_image_url", "profile_image_url_https", "avatar"),
    "bot_flag": ("bot_flag",),  # never ``bot``: in research CSVs that column is the label
    "locked": ("protected", "locked"),
    "language": ("lang", "language"),
    "platform": ("platform",),
    "handle_length": ("screen_name_length",),
    "bio_length": ("description_length", "bio_len"),
}

_HEADERLESS = {
    8: ("user_id", "created_at", "collected_at", "friends_count", "followers_count",
        "statuses_count", "screen_name_length", "description_length"),
    2: ("user_id", "label"),
}  # fmt: skip

# Tried in order after _time() has normalised ISO 8601 (see there).
_TIME_FORMATS = (
    "%b %d %H:%M:%S %z %Y",  # Twitter v1.1, weekday cut off first (see _time)
    "%Y-%m-%dT%H:%M:%S%.f%:z",
    "%Y-%m-%dT%H:%M:%S%:z",
    "%Y-%m-%dT%H:%M:%S%.f",  # no offset: UTC
    "%Y-%m-%dT%H:%M:%S",
    "%d-%m-%Y %H:%M",  # kaggle
    "%m/%d/%Y %H:%M",  # kaggle
    "%Y-%m-%d",
)
# Epoch values above this are milliseconds (as seconds they would be after the year 5000).
_EPOCH_MS_ABOVE = 1e11
_MISSING = ("", "NULL", "null", "None", "NaN", "nan")
_TRUE = ("1", "1.0", "true", "True", "TRUE", "t", "yes")
_FIELD_LIMIT = 1 << 24  # a huge bio is odd, not malformed
_CHUNK = 50_000
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class MalformedRow:
    """An input row that was skipped, with its 1-based line (or record) number and why."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class ProfileTable:
    """Profiles read from a file: the frame (PROFILE_SCHEMA + ``line`` + length columns +
    requested extra columns) and the rows that were skipped."""

    frame: pl.DataFrame
    malformed: tuple[MalformedRow, ...]
    has_ids: bool


class _Collector:
    """Column-wise string buffers; one append per field per row."""

    def __init__(self, extra: Sequence[str]) -> None:
        self.extra = tuple(extra)
        self.cols: dict[str, list[str | None]] = {f: [] for f in (*_FIELDS, *self.extra)}
        self.lines: list[int] = []
        self.malformed: list[MalformedRow] = []

    def add(self, line: int, values: dict[str, str | None]) -> None:
        self.lines.append(line)
        for name, col in self.cols.items():
            col.append(values.get(name))

    def bad(self, line: int, message: str) -> None:
        self.malformed.append(MalformedRow(line, message))


def read_profiles(
    path: Path,
    *,
    now: datetime,
    as_of: datetime | None = None,
    extra_columns: Sequence[str] = (),
    progress: Callable[[int], None] | None = None,
) -> ProfileTable:
    """Read ``path`` into a profile frame.

    Account age needs an observation time: a row's own ``probe_time`` / ``crawled_at`` /
    ``collected_at`` wins, else ``as_of``, else ``now``. ``extra_columns`` (e.g. ``label``)
    are passed through as strings. ``progress`` receives the number of records just read.
    """
    if not path.is_file():
        raise UserError(f"no such file: {path}", ErrorCode.NOT_FOUND)
    collector = _Collector(extra_columns)
    name = path.name.lower()
    if name.endswith((".tar.gz", ".tgz")):
        _read_records(_tar_records(path), collector, progress)
    elif name.endswith((".jsonl", ".ndjson", ".json", ".jsonl.gz", ".json.gz")):
        with _open_text(path) as fh:
            _read_records(_json_records(fh), collector, progress)
    else:
        with _open_text(path) as fh:
            _read_delimited(fh, collector, progress)
    if not collector.lines and collector.malformed:
        first = collector.malformed[0]
        raise UserError(
            f"{path}: none of its {len(collector.malformed)} records is a profile "
            f"(line {first.line}: {first.message})",
            ErrorCode.BAD_INPUT,
        )
    default_time = (as_of or now).timestamp()
    frame, bad = _to_frame(collector, default_time)
    malformed = sorted([*collector.malformed, *bad], key=lambda m: m.line)
    has_ids = any(v for v in collector.cols["user_id"][:1000])
    return ProfileTable(frame, tuple(malformed), has_ids)


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) or, with its byte-order mark, UTF-16; else refuse clearly.

    Without the check a UTF-16 file decodes as UTF-8 to NUL-riddled text that matches no
    column, and every row would be "scored" with an empty id.
    """
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as gz:
            head = gz.read(4096)
    else:
        with path.open("rb") as fh:
            head = fh.read(4096)
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise UserError(f"{path}: UTF-32 text is not supported; convert it to UTF-8")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head:
        raise UserError(
            f"{path}: the file holds NUL bytes (UTF-16 without a byte-order mark, or not "
            "text); convert it to UTF-8"
        )
    return "utf-8-sig"


def _open_text(path: Path) -> TextIO:
    # Research files come as UTF-8 with or without BOM and a few in latin-1: undecodable bytes
    # become U+FFFD in text fields rather than failing the run.
    encoding = _encoding(path)
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding=encoding, errors="replace", newline="")
    return path.open(encoding=encoding, errors="replace", newline="")


# --------------------------------------------------------------------------- delimited text


def _read_delimited(fh: TextIO, out: _Collector, progress: Callable[[int], None] | None) -> None:
    first = fh.readline()
    if not first:
        return
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    tokens = first.split() if delimiter == "," and "," not in first else None
    rest: Iterable[str] = fh
    if tokens is not None or _is_numeric_row(first.rstrip("\r\n").split(delimiter)):
        # Headerless numeric files: caverlee-2011 (8 tab fields) or id-and-label lists.
        header = list(_HEADERLESS.get(len(tokens or first.split(delimiter)), ()))
        if not header:
            raise UserError("cannot tell this file's columns: no header and unknown layout")
        rest = _chain([first], fh)
        if len(header) == 2:  # id-and-label lists mix tabs and runs of spaces
            rest = (" ".join(line.split()) + "\n" for line in rest)
            delimiter = " "
        start = 1
    else:
        header = next(csv.reader([first], delimiter=delimiter))
        start = 2
    _read_rows(rest, header, delimiter, start, out, progress)


def _chain(head: list[str], tail: Iterable[str]) -> Iterator[str]:
    yield from head
    yield from tail


def _is_numeric_row(fields: list[str]) -> bool:
    return len(fields) > 1 and fields[0].strip().isdigit()


def _read_rows(
    lines: Iterable[str],
    header: list[str],
    delimiter: str,
    start: int,
    out: _Collector,
    progress: Callable[[int], None] | None,
) -> None:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    keys = [h.strip().lower() for h in header]
    index = _column_index(keys, out.extra)
    if not any(field in index for field in _ALIASES):
        shown = ", ".join(h.strip() for h in header[:8]) + (", ..." if len(header) > 8 else "")
        raise UserError(
            f"none of the known profile columns in the header ({shown}); expected e.g. "
            "user_id, screen_name, followers_count, friends_count, statuses_count",
            ErrorCode.BAD_INPUT,
        )
    width = len(keys)
    reader = csv.reader(lines, delimiter=delimiter)
    line, count = start, 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.bad(line, f"unreadable CSV: {exc}")
            line = start + reader.line_num
            continue
        row_line, line = line, start + reader.line_num
        if not row:
            continue
        if len(row) != width and not (len(row) > width and not any(row[width:])):
            out.bad(row_line, f"expected {width} fields, found {len(row)}")
            continue
        out.add(row_line, {f: row[i] for f, i in index.items()})
        count += 1
        if progress is not None and count % 10_000 == 0:
            progress(10_000)
    if progress is not None:
        progress(count % 10_000)


def _column_index(keys: list[str], extra: Sequence[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in keys:
                index[field] = keys.index(alias)
                break
    if "collected_at" in keys and "observed_at" not in index:
        index["observed_at"] = keys.index("collected_at")
    for name in extra:
        if name.lower() in keys:
            index[name] = keys.index(name.lower())
    return index


# --------------------------------------------------------------------------- JSON objects


def _json_records(fh: TextIO) -> Iterator[tuple[int, Any]]:
    first = fh.readline()
    if first.lstrip().startswith("["):  # one JSON array: records are numbered from 1
        try:
            items = json.loads(first + fh.read())
        except json.JSONDecodeError as exc:
            yield exc.lineno, exc
            return
        except RecursionError:
            yield 1, _too_deep()
            return
        yield from enumerate(items if isinstance(items, list) else [items], start=1)
        return
    for number, line in enumerate(_chain([first], fh), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            obj = exc
        except RecursionError:  # one hostile line is one skipped row, not a crashed run
            obj = _too_deep()
        yield number, obj


def _too_deep() -> json.JSONDecodeError:
    return json.JSONDecodeError("nested too deeply", "", 0)


def _tar_records(path: Path) -> Iterator[tuple[int, Any]]:
    with tarfile.open(path, "r:gz") as tar:
        for member in tar.getmembers():
            if not (member.isfile() and member.name.endswith(".json")):
                continue
            fh = tar.extractfile(member)
            if fh is not None:
                yield from _json_records(io.TextIOWrapper(fh, encoding="utf-8-sig"))


def _read_records(
    records: Iterable[tuple[int, Any]], out: _Collector, progress: Callable[[int], None] | None
) -> None:
    count = 0
    for number, obj in records:
        count += 1
        if isinstance(obj, json.JSONDecodeError):
            out.bad(number, f"invalid JSON: {obj.msg}")
            continue
        values = _map_object(obj)
        if values is None:
            out.bad(number, "not a Bluesky, Mastodon or X profile object")
            continue
        for name in out.extra:
            raw = obj.get(name) if isinstance(obj, dict) else None
            values[name] = None if raw is None else str(raw)
        out.add(number, values)
        if progress is not None and count % 10_000 == 0:
            progress(10_000)
    if progress is not None:
        progress(count % 10_000)


def _s(value: Any) -> str | None:
    """Stringify a JSON scalar the way the CSV path sees it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _map_object(obj: Any) -> dict[str, str | None] | None:
    if not isinstance(obj, dict):
        return None
    observed = obj.get("observed_at") or obj.get("crawled_at") or obj.get("collected_at")
    if isinstance(obj.get("user"), dict):  # Bot Repository: {"created_at": probe, "user": ...}
        observed = observed or obj.get("created_at")
        obj = obj["user"]
    observed = observed or obj.get("probe_time") or obj.get("crawled_at")
    observed = observed or obj.get("collected_at") or obj.get("observed_at")
    if "did" in obj:
        values = _map_bluesky(obj)
    elif "acct" in obj or "note" in obj:
        values = _map_mastodon(obj)
    elif "public_metrics" in obj or ("username" in obj and "screen_name" not in obj):
        values = _map_x_v2(obj)
    elif "screen_name" in obj or "id_str" in obj:
        keys = {k.lower(): k for k in obj}
        idx = _column_index(list(keys), ())
        names = list(keys.values())
        values = {f: _s(obj[names[i]]) for f, i in idx.items()}
        values["platform"] = "x"
    else:
        return None
    values["observed_at"] = _s(observed)
    return values


def _map_bluesky(obj: dict[str, Any]) -> dict[str, str | None]:
    labels = obj.get("labels") or []
    bot = any(isinstance(lab, dict) and lab.get("val") == "bot" for lab in labels)
    return {
        "platform": "bluesky",
        "user_id": _s(obj.get("did")),
        "handle": _s(obj.get("handle")),
        "display_name": _s(obj.get("displayName", "")),
        "bio": _s(obj.get("description", "")),
        "url": None,  # Bluesky profiles have no link field: unknown, not "no link"
        "followers": _s(obj.get("followersCount")),
        "following": _s(obj.get("followsCount")),
        "posts": _s(obj.get("postsCount")),
        "created_at": _s(obj.get("createdAt")),
        "has_avatar": _s(bool(obj.get("avatar"))),
        "bot_flag": _s(bot),
    }


def _map_mastodon(obj: dict[str, Any]) -> dict[str, str | None]:
    fields = obj.get("fields") or []
    link = next(
        (
            _TAG.sub("", str(f.get("value", "")))
            for f in fields
            if isinstance(f, dict) and "http" in str(f.get("value", ""))
        ),
        "",
    )
    avatar = str(obj.get("avatar") or "")
    return {
        "platform": "mastodon",
        "user_id": _s(obj.get("id")),
        "handle": _s(obj.get("acct") or obj.get("username")),
        "display_name": _s(obj.get("display_name", "")),
        "bio": _TAG.sub(" ", str(obj.get("note") or "")).strip(),
        "url": link,  # ``url`` on Mastodon is the profile page, not the owner's link
        "followers": _s(obj.get("followers_count")),
        "following": _s(obj.get("following_count")),
        "posts": _s(obj.get("statuses_count")),
        "created_at": _s(obj.get("created_at")),
        "has_avatar": _s(bool(avatar) and "missing.png" not in avatar),
        "bot_flag": _s(bool(obj.get("bot"))),
        "locked": _s(bool(obj.get("locked"))),
    }


def _map_x_v2(obj: dict[str, Any]) -> dict[str, str | None]:
    metrics = obj.get("public_metrics") or {}
    avatar = str(obj.get("profile_image_url") or "")
    return {
        "platform": "x",
        "user_id": _s(obj.get("id")),
        "handle": _s(obj.get("username")),
        "display_name": _s(obj.get("name", "")),
        "bio": _s(obj.get("description", "")),
        "url": _s(obj.get("url", "")),
        "followers": _s(metrics.get("followers_count")),
        "following": _s(metrics.get("following_count")),
        "posts": _s(metrics.get("tweet_count")),
        "created_at": _s(obj.get("created_at")),
        "has_avatar": _s(bool(avatar) and "default_profile" not in avatar),
        "bot_flag": _s(obj.get("automated", False)),
        "locked": _s(bool(obj.get("protected"))),
    }


# --------------------------------------------------------------------------- vectorised


def _to_frame(out: _Collector, default_time: float) -> tuple[pl.DataFrame, list[MalformedRow]]:
    raw = pl.DataFrame(
        {"line": out.lines, **out.cols},
        schema={"line": pl.Int64(), **{k: pl.String() for k in out.cols}},
    )
    present = {k for k, v in out.cols.items() if any(x is not None for x in v[:1000])}
    parsed = raw.with_columns(**_column_exprs(present))
    problem = pl.concat_str(_checks(present), separator="; ", ignore_nulls=True)
    parsed = parsed.with_columns(_problem=problem, _observed_at=pl.col("_observed_at").fill_null(
        default_time))  # fmt: skip
    is_bad = pl.col("_problem").is_not_null() & (pl.col("_problem") != "")
    bad = [MalformedRow(n, m) for n, m in parsed.filter(is_bad).select("line", "_problem").rows()]
    schema = {**PROFILE_SCHEMA, **LENGTH_COLUMNS}
    frame = parsed.filter(~is_bad).select(
        pl.col("line"),
        *[pl.col(f"_{k}").cast(t).alias(k) for k, t in schema.items()],
        *[pl.col(name) for name in out.extra],
    )
    return frame, bad


_COUNTS = (
    ("followers", "followers_count"),
    ("following", "following_count"),
    ("posts", "posts_count"),
    ("handle_length", "handle_length"),
    ("bio_length", "bio_length"),
)


def _given(name: str) -> pl.Expr:
    return pl.col(name).is_not_null() & ~pl.col(name).str.strip_chars().is_in(_MISSING)


def _num(name: str) -> pl.Expr:
    col = pl.col(name).str.strip_chars()
    return pl.when(col.is_in(_MISSING)).then(None).otherwise(col).cast(pl.Float64, strict=False)


def _time(name: str) -> pl.Expr:
    """Parse every common timestamp form to epoch seconds: ISO 8601 with a ``T`` or a space,
    with or without seconds, fractions and an offset (``Z``, ``+00:00``, ``+0000``, ``UTC``;
    none means UTC), epoch seconds or milliseconds, and Twitter's
    ``Wed Oct 10 20:19:24 +0000 2018``."""
    col = pl.col(name).str.strip_chars(" \t\"'")  # kaggle quotes some dates twice
    col = pl.when(col.is_in(_MISSING)).then(None).otherwise(col)
    # "Tue Jun 11 ..." -> "Jun 11 ...": a weekday that disagrees with the date is noise.
    col = col.str.replace(r"^[A-Za-z]{3} ([A-Za-z]{3} )", "$1")
    iso = (
        col.str.replace(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?", "${1}T${2}:${3}")
        .str.replace(r"T(\d{2}:\d{2}):([^0-9]|$)", "T${1}:00${2}")  # no seconds given
        .str.replace(r"\s*(?:Z|UTC|GMT|z)$", "+00:00")
        .str.replace(r"\s*([+-]\d{2}):?(\d{2})$", "${1}:${2}")
    )
    tries = [
        (iso if fmt.startswith("%Y") else col)
        .str.to_datetime(fmt, strict=False, time_unit="ms", time_zone="UTC")
        .dt.epoch("ms")
        for fmt in _TIME_FORMATS
    ]
    number = col.cast(pl.Float64, strict=False)  # epoch seconds, or milliseconds
    epoch_s = pl.when(number.abs() > _EPOCH_MS_ABOVE).then(number / 1000.0).otherwise(number)
    return pl.coalesce([*[t.cast(pl.Float64) / 1000.0 for t in tries], epoch_s])


def _flag(name: str, present: set[str]) -> pl.Expr:
    if name not in present:
        return pl.lit(None, dtype=pl.Boolean())
    return pl.col(name).str.strip_chars().is_in(_TRUE).fill_null(False)


def _checks(present: set[str]) -> list[pl.Expr]:
    """One message per unusable value; a row with any message is skipped."""
    checks: list[pl.Expr] = [
        pl.when(_given(src) & pl.col(f"_{dst}").is_null()).then(
            pl.lit(f"{dst} is not a count: ") + pl.col(src).str.slice(0, 40)
        )
        for src, dst in _COUNTS
    ]
    checks += [
        pl.when(_given(f) & pl.col(f"_{f}").is_null()).then(
            pl.lit(f"{f} is not a date: ") + pl.col(f).str.slice(0, 40)
        )
        for f in ("created_at", "observed_at")
    ]
    if "user_id" in present:
        checks.append(pl.when(~_given("user_id")).then(pl.lit("missing id")))
    return checks


def _column_exprs(present: set[str]) -> dict[str, pl.Expr]:
    exprs: dict[str, pl.Expr] = {}
    for src, dst in _COUNTS:
        value = _num(src)
        ok = (value >= 0) & (value == value.floor()) & (value < 2.0**53)
        exprs[f"_{dst}"] = pl.when(ok).then(value).cast(pl.Int64)
    for field in ("created_at", "observed_at"):
        exprs[f"_{field}"] = _time(field)
    exprs["_user_id"] = pl.col("user_id").fill_null("").str.strip_chars()
    for field in ("handle", "display_name", "bio", "url", "language"):
        exprs[f"_{field}"] = pl.col(field)
    exprs["_platform"] = pl.col("platform").fill_null("x").str.to_lowercase()
    avatar_from_url = pl.when(pl.col("avatar_url").is_not_null()).then(
        ~pl.col("avatar_url").str.contains("default_profile|missing\\.png")
        & (pl.col("avatar_url").str.strip_chars() != "")
    )
    exprs["_has_avatar"] = pl.coalesce(
        [_flag("has_avatar", present), ~_flag("default_avatar", present), avatar_from_url]
    )
    exprs["_bot_flag"] = _flag("bot_flag", present)
    exprs["_locked"] = _flag("locked", present)
    return exprs
