"""``followback screen accounts`` on hand-written CSV/JSONL fixtures (and, when present,
on every file in ../shared/data/bots, marked slow)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from followback.cli.screen import register

PAYLOADS = Path(__file__).parents[1] / "payloads" / "screening"
DATA = Path(os.environ.get("FOLLOWBACK_DATA_DIR", Path(__file__).parents[3] / "shared" / "data"))
runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    root = typer.Typer()

    @root.callback()
    def _root() -> None: ...

    register(root)
    return root


def _run(app: typer.Typer, src: Path, out: Path, *extra: str) -> tuple[list[dict[str, str]], str]:
    result = runner.invoke(app, ["screen", "accounts", str(src), "--output", str(out), *extra])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh)), result.output


def test_users_flat_csv_scores_good_rows_and_reports_bad_ones(
    app: typer.Typer, tmp_path: Path
) -> None:
    rows, output = _run(app, PAYLOADS / "users_flat_sample.csv", tmp_path / "out.csv")
    assert [r["user_id"] for r in rows] == ["1001", "1002", "1003", "1004", "1005", "1009"]
    assert set(rows[0]) >= {"user_id", "bot_score", "verdict", "reasons", "model_version"}
    by_id = {r["user_id"]: r for r in rows}
    assert by_id["1002"]["verdict"] == "skip"
    assert "\N{MINUS SIGN} follows 4,900, followed by 12" in by_id["1002"]["reasons"]
    assert by_id["1001"]["verdict"] == "follow"
    # counts all NULL: nothing to judge by, so review and no invented score
    assert by_id["1009"]["verdict"] == "review" and by_id["1009"]["bot_score"] == ""
    for r in rows:
        if r["bot_score"]:
            assert 0.0 <= float(r["bot_score"]) <= 1.0
    # malformed rows: reported with line numbers (a quoted newline shifts them), skipped
    assert "line 8: skipped: expected 26 fields, found 10" in output
    assert "line 9: skipped: followers_count is not a count: lots" in output
    assert "line 10: skipped: created_at is not a date" in output
    assert "line 12: skipped: missing id" in output
    assert "follow" in output and "malformed rows skipped 4" in output


def test_odd_unicode_survives_the_round_trip(app: typer.Typer, tmp_path: Path) -> None:
    rows, _ = _run(app, PAYLOADS / "users_flat_sample.csv", tmp_path / "out.csv")
    unicode_row = next(r for r in rows if r["user_id"] == "1004")
    assert unicode_row["verdict"] in {"follow", "review", "skip"}


def test_jsonl_of_bluesky_mastodon_and_x_profiles(app: typer.Typer, tmp_path: Path) -> None:
    rows, output = _run(app, PAYLOADS / "platforms.jsonl", tmp_path / "out.csv")
    ids = [r["user_id"] for r in rows]
    assert ids == ["did:plc:abc123", "109876", "1500000000000000001", "555"]  # ids as given
    by_id = {r["user_id"]: r for r in rows}
    assert by_id["109876"]["reasons"].startswith("\N{MINUS SIGN} declares itself automated")
    assert by_id["1500000000000000001"]["verdict"] == "skip"
    assert "line 4: skipped: invalid JSON" in output
    assert "line 6: skipped: not a Bluesky, Mastodon or X profile object" in output


def test_missing_columns_and_numeric_only_files(app: typer.Typer, tmp_path: Path) -> None:
    rows, _ = _run(app, PAYLOADS / "minimal_columns.csv", tmp_path / "a.csv")
    assert [r["user_id"] for r in rows] == ["42", "43"]
    assert float(rows[1]["bot_score"]) > float(rows[0]["bot_score"])
    rows, _ = _run(app, PAYLOADS / "numeric_only.txt", tmp_path / "b.csv")  # caverlee layout
    assert [r["user_id"] for r in rows] == ["6301", "777"]
    assert all(r["bot_score"] for r in rows)


def test_huge_bio_and_as_of(app: typer.Typer, tmp_path: Path) -> None:
    src = tmp_path / "huge.csv"
    bio = "🌊 " * 300_000  # 900k characters: larger than csv's default field limit
    with src.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "screen_name", "description", "created_at", "followers_count",
                    "friends_count", "statuses_count"])  # fmt: skip
        w.writerow(["9", "wave", bio, "2024-05-29 00:00:00", "5", "3000", "0"])
    rows, _ = _run(app, src, tmp_path / "out.csv", "--as-of", "2024-06-01")
    assert rows[0]["user_id"] == "9"
    # Following 3,000 with no posts is screened on what the account does, not its age.
    assert rows[0]["verdict"] in {"review", "skip"}
    assert "follows 3,000" in rows[0]["reasons"]
    # --as-of is the snapshot time: the same account two years later follows at a lower rate.
    later, _ = _run(app, src, tmp_path / "later.csv", "--as-of", "2026-06-01")
    assert float(later[0]["bot_score"]) != float(rows[0]["bot_score"])


def test_thresholds_move_verdicts(app: typer.Typer, tmp_path: Path) -> None:
    rows, _ = _run(app, PAYLOADS / "users_flat_sample.csv", tmp_path / "out.csv",
                   "--follow-below", "0.0", "--skip-above", "1.0")  # fmt: skip
    assert {r["verdict"] for r in rows} == {"review"}


def test_bad_arguments_fail_cleanly(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["screen", "accounts", str(tmp_path / "nope.csv"),
                                 "--output", str(tmp_path / "o.csv")])  # fmt: skip
    assert result.exit_code != 0
    src = str(PAYLOADS / "minimal_columns.csv")
    args = ["screen", "accounts", src, "--output", str(tmp_path / "o.csv"), "--as-of", "soon"]
    result = runner.invoke(app, args)
    assert result.exit_code != 0


TIMESTAMPS = [
    "2018-10-10T20:19:24+00:00", "2018-10-10 20:19:24+00:00", "2018-10-10T20:19:24Z",
    "2018-10-10T20:19:24.123Z", "2018-10-10T20:19:24", "2018-10-10T22:19:24+02:00",
    "2018-10-10T15:19:24-0500", "2018-10-10 20:19:24 UTC", "1539202764", "1539202764000",
    "1539202764.0", "Wed Oct 10 20:19:24 +0000 2018",
]  # fmt: skip


def test_every_common_timestamp_form_is_read(app: typer.Typer, tmp_path: Path) -> None:
    src = tmp_path / "times.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "screen_name", "created_at", "probe_time", "followers_count",
                    "friends_count", "statuses_count"])  # fmt: skip
        for i, stamp in enumerate(TIMESTAMPS):
            w.writerow([i, f"user{chr(97 + i)}", stamp, "2018-10-13T20:19:24Z", "5", "30", "4"])
    rows, output = _run(app, src, tmp_path / "out.csv")
    assert "line " not in output and "malformed rows skipped 0" in output
    assert [r["user_id"] for r in rows] == [str(i) for i in range(len(TIMESTAMPS))]
    # the same instant written twelve ways: the same account, the same score
    assert len({r["bot_score"] for r in rows}) == 1


def test_output_is_never_the_input(app: typer.Typer, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes((PAYLOADS / "minimal_columns.csv").read_bytes())
    before = src.read_bytes()
    for target in (src, tmp_path / "." / "in.csv"):
        result = runner.invoke(app, ["screen", "accounts", str(src), "--output", str(target)])
        assert result.exit_code != 0
        assert "is the input file" in str(result.exception or result.output)
    link = tmp_path / "link.csv"
    link.hardlink_to(src)
    result = runner.invoke(app, ["screen", "accounts", str(src), "-o", str(link)])
    assert result.exit_code != 0
    assert src.read_bytes() == before


def test_unwritable_output_is_reported_before_scoring(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import followback.cli.screen as screen

    def no_scoring() -> None:
        raise AssertionError("scored before finding the output unwritable")

    monkeypatch.setattr(screen, "load_default_scorer", no_scoring)
    src = str(PAYLOADS / "minimal_columns.csv")
    for bad in (tmp_path / "missing-dir" / "o.csv", tmp_path):
        result = runner.invoke(app, ["screen", "accounts", src, "--output", str(bad)])
        assert result.exit_code != 0
        assert "cannot write" in str(result.exception) or "directory" in str(result.exception)


def test_a_failed_run_leaves_an_existing_output_alone(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import followback.cli.screen as screen

    out = tmp_path / "out.csv"
    out.write_text("kept\n")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(screen, "_write", broken)
    result = runner.invoke(app, ["screen", "accounts", str(PAYLOADS / "minimal_columns.csv"),
                                 "-o", str(out)])  # fmt: skip
    assert result.exit_code != 0
    assert out.read_text() == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no stray temporary file


def _data_files() -> list[Path]:
    bots = DATA / "bots"
    if not bots.is_dir():
        return []
    return sorted(p for p in bots.rglob("*") if p.is_file() and p.name != "SOURCE.txt")


@pytest.mark.slow
@pytest.mark.parametrize("src", _data_files(), ids=lambda p: str(p.relative_to(DATA / "bots")))
def test_every_file_in_shared_data(app: typer.Typer, tmp_path: Path, src: Path) -> None:
    rows, output = _run(app, src, tmp_path / "out.csv")
    assert rows, output
    assert all(r["verdict"] in {"follow", "review", "skip"} for r in rows)


def test_a_symlinked_output_is_written_through(app: typer.Typer, tmp_path: Path) -> None:
    # The staged file was moved onto the link itself: the link was gone and its target
    # (where the user keeps results) never written.
    (tmp_path / "results").mkdir()
    real = tmp_path / "results" / "out.csv"
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    rows, _ = _run(app, PAYLOADS / "minimal_columns.csv", link)
    assert link.is_symlink() and rows
    assert real.read_bytes() == link.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.csv", "results"]


def test_a_pipe_or_device_output_is_written_into_not_replaced(
    app: typer.Typer, tmp_path: Path
) -> None:
    # `-o /dev/stdout` (or /dev/full) replaced the device node with a regular file.
    import stat

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer open it at once
    try:
        src = str(PAYLOADS / "minimal_columns.csv")
        result = runner.invoke(app, ["screen", "accounts", src, "--output", str(fifo)])
        assert result.exit_code == 0, result.output
        assert stat.S_ISFIFO(fifo.lstat().st_mode)
        written = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert written.startswith(b"user_id,bot_score,verdict")
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]


def test_the_summary_counts_what_the_file_says(app: typer.Typer, tmp_path: Path) -> None:
    # A row with no counts is written as "review" but the summary counted it as "follow".
    src = tmp_path / "mixed.csv"
    src.write_text(
        "screen_name,name,description,followers_count,friends_count,statuses_count\n"
        "nocounts,Someone,a bio,,,\n"
        "person,Ana,bakes bread,120,180,900\n",
        encoding="utf-8",
    )
    rows, output = _run(app, src, tmp_path / "out.csv")
    written = {v: sum(r["verdict"] == v for r in rows) for v in ("follow", "review", "skip")}
    assert rows[0]["verdict"] == "review" and written["review"] >= 1
    summary = " ".join(output.split())
    counts = f"follow {written['follow']} review {written['review']} skip {written['skip']}"
    assert counts in summary
