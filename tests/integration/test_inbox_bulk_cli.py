"""``followback inbox classify`` and ``inbox response-times`` on hand-written CSV fixtures."""

from __future__ import annotations

import csv
import json
import statistics
from datetime import datetime
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from followback.bulk.messages import OUTPUT_COLUMNS, percentile
from followback.cli.inbox_bulk import inbox_app, register
from followback.domain import UserError
from followback.inbox.classify import load_default_classifier
from followback.inbox.priority import priority

PAYLOADS = Path(__file__).parents[1] / "payloads" / "inbox"
runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    # A fresh app with only this group, so the test does not depend on other command modules.
    root = typer.Typer()

    @root.callback()
    def _root() -> None: ...

    register(root)
    return root


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _input_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_inbox_app_is_exposed_for_other_commands() -> None:
    assert isinstance(inbox_app, typer.Typer)
    assert inbox_app.info.name == "inbox"


# --------------------------------------------------------------------------- classify


def test_classify_keeps_columns_and_order(app: typer.Typer, tmp_path: Path) -> None:
    src, out = PAYLOADS / "messages.csv", tmp_path / "out.csv"
    result = runner.invoke(
        app,
        ["inbox", "classify", str(src), "--output", str(out), "--text-column", "text",
         "--followers-column", "followers", "--author-column", "author", "--no-progress",
         "--batch-size", "3"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows, inputs = _read(out), _input_rows(src)
    assert list(rows[0]) == [*inputs[0], *OUTPUT_COLUMNS]
    assert len(rows) == len(inputs) == 8
    for row, given in zip(rows, inputs, strict=True):
        assert {k: row[k] for k in given} == given  # every input value, unchanged, in order
    by_id = {r["id"]: r for r in rows}
    assert by_id["1"]["is_complaint"] == "true" and by_id["1"]["intent"] == "complaint"
    assert by_id["2"]["intent"] == "question"
    assert by_id["3"]["sentiment"] == "positive" and by_id["3"]["is_complaint"] == "false"
    assert by_id["6"]["sentiment"] in ("negative", "neutral", "positive")  # empty text: classified
    assert by_id["8"]["intent"] == "request"
    # The non-numeric follower count is reported and treated as 0; the run goes on.
    assert "line 10: followers 'notanumber' is not a number" in result.output


def test_classify_priority_uses_followers_and_author_history(
    app: typer.Typer, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    args = ["inbox", "classify", str(PAYLOADS / "messages.csv"), "-o", str(out), "--no-progress"]
    extra = ["--followers-column", "followers", "--author-column", "author"]
    assert runner.invoke(app, args + extra).exit_code == 0
    rows = {r["id"]: r for r in _read(out)}
    clf = load_default_classifier()
    first, second = clf.classify_one(rows["1"]["text"]), clf.classify_one(rows["5"]["text"])
    # alice's second message has her first one as history.
    assert float(rows["1"]["priority"]) == pytest.approx(priority(first, 120, 0, 0), abs=0.01)
    expected = priority(second, 120, 1, int(first.is_complaint))
    assert float(rows["5"]["priority"]) == pytest.approx(expected, abs=0.01)
    # Without the optional columns, priority ignores reach and history.
    assert runner.invoke(app, args).exit_code == 0
    plain = {r["id"]: r for r in _read(out)}
    expected = priority(clf.classify_one(rows["3"]["text"]), 0, 0, 0)
    assert float(plain["3"]["priority"]) == pytest.approx(expected, abs=0.01)
    assert float(rows["3"]["priority"]) > float(plain["3"]["priority"])  # 98,000 followers


def test_classify_reports_malformed_rows_and_keeps_going(app: typer.Typer, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = runner.invoke(
        app, ["inbox", "classify", str(PAYLOADS / "malformed.csv"), "-o", str(out)]
    )  # progress bar on (the default): it must not disturb the output or the report
    assert result.exit_code == 0, result.output
    rows = _read(out)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]  # one output row per input record
    assert rows[0]["sentiment"] and rows[0]["priority"]
    for bad in rows[1:]:
        assert all(bad[c] == "" for c in OUTPUT_COLUMNS)
    assert rows[1]["text"] == "too" and rows[1]["extra"] == "many"  # cut to the header
    assert rows[2]["text"] == "too few" and rows[2]["extra"] == ""  # padded
    assert "3 bad row(s)" in result.output
    for line, fields in ((3, 5), (4, 2), (5, 2)):
        assert f"line {line}: expected 3 fields, got {fields}" in result.output


def test_classify_reports_undecodable_bytes_and_classifies_anyway(
    app: typer.Typer, tmp_path: Path
) -> None:
    src, out = tmp_path / "odd.csv", tmp_path / "out.csv"
    src.write_bytes(b'text,n\n"bad \xff\xfe bytes",1\n"nul \x00 here",2\n')
    result = runner.invoke(app, ["inbox", "classify", str(src), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = _read(out)
    assert [r["n"] for r in rows] == ["1", "2"] and all(r["sentiment"] for r in rows)
    assert rows[0]["text"] == "bad \ufffd\ufffd bytes"
    assert "line 2: bytes that are not UTF-8" in result.output and "1 bad row(s)" in result.output


def test_classify_user_errors(app: typer.Typer, tmp_path: Path) -> None:
    src = PAYLOADS / "messages.csv"
    result = runner.invoke(app, ["inbox", "classify", str(src), "-o", str(tmp_path / "o.csv"),
                                 "--text-column", "body", "--no-progress"])  # fmt: skip
    assert isinstance(result.exception, UserError) and "no column 'body'" in str(result.exception)
    result = runner.invoke(app, ["inbox", "classify", str(tmp_path / "missing.csv"), "-o", "x"])
    assert isinstance(result.exception, UserError)
    clash = tmp_path / "clash.csv"
    clash.write_text("text,priority\nhello,1\n", "utf-8")
    result = runner.invoke(app, ["inbox", "classify", str(clash), "-o", str(tmp_path / "o.csv")])
    assert isinstance(result.exception, UserError) and "priority" in str(result.exception)


# --------------------------------------------------------------------------- response times

BAD_TWCS_IDS = {"14", "15", "line two"}  # unreadable date; a tweet split by a raw newline


def _expected_times(path: Path) -> dict[str, list[float]]:
    """An independent reading of the fixture: join replies to the customer tweets they answer."""
    tweets = [r for r in _input_rows(path) if r["tweet_id"] not in BAD_TWCS_IDS and r["inbound"]]
    when = {
        r["tweet_id"]: datetime.strptime(r["created_at"], "%a %b %d %H:%M:%S %z %Y")
        for r in tweets
        if r["created_at"] != "not a date"
    }
    asked = {r["tweet_id"] for r in tweets if r["inbound"] == "True"}
    first: dict[tuple[str, str], float] = {}
    for r in tweets:
        parent = (r["in_response_to_tweet_id"] or "").removesuffix(".0")
        if r["inbound"] == "False" and parent in asked:
            seconds = (when[r["tweet_id"]] - when[parent]).total_seconds()
            if seconds >= 0:
                key = (r["author_id"], parent)
                first[key] = min(seconds, first.get(key, seconds))
    out: dict[str, list[float]] = {}
    for (brand, _), seconds in first.items():
        out.setdefault(brand, []).append(seconds)
    return out


def test_response_times_match_an_independent_computation(app: typer.Typer) -> None:
    path = PAYLOADS / "twcs_small.csv"
    result = runner.invoke(app, ["inbox", "response-times", str(path), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    got = {b["brand"]: b for b in doc["brands"]}
    expected = _expected_times(path)
    assert set(got) == set(expected) == {"AcmeCare", "BetaHelp"}
    for brand, times in expected.items():
        assert got[brand]["responses"] == len(times)
        assert got[brand]["median_seconds"] == pytest.approx(statistics.median(times))
        p90 = statistics.quantiles(times, n=10, method="inclusive")[8]
        assert got[brand]["p90_seconds"] == pytest.approx(p90)
    # Hand-checked: BetaHelp answered in 45 min and in 5 min (the +0100 offset is honoured).
    assert sorted(expected["BetaHelp"]) == [300.0, 2700.0]
    assert got["BetaHelp"]["median_seconds"] == 1500.0
    assert got["BetaHelp"]["p90_seconds"] == pytest.approx(2460.0)
    assert [b["brand"] for b in doc["brands"]] == ["AcmeCare", "BetaHelp"]  # busiest first
    bad_lines = [b["line"] for b in doc["bad_rows"]]
    assert bad_lines == [15, 16, 17, 19]


def test_response_times_table_and_errors(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["inbox", "response-times", str(PAYLOADS / "twcs_small.csv")])
    assert result.exit_code == 0
    assert "AcmeCare" in result.output and "BetaHelp" in result.output
    assert "25.0" in result.output  # BetaHelp median: 1,500 s = 25.0 min
    assert "4 bad row(s)" in result.output
    result = runner.invoke(app, ["inbox", "response-times", str(PAYLOADS / "messages.csv")])
    assert isinstance(result.exception, UserError)
    assert "in_response_to_tweet_id" in str(result.exception)


def test_percentile_matches_statistics() -> None:
    values = [5.0, 1.0, 9.0, 3.0, 7.0, 11.0]
    for q, n_index in ((90, 8), (50, 4), (10, 0)):
        expected = statistics.quantiles(values, n=10, method="inclusive")[n_index]
        assert percentile(values, q) == pytest.approx(expected)
    with pytest.raises(ValueError):
        percentile([], 50)
