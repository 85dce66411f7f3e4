"""The CLI under careless hands: usage errors, exit codes, files it creates and refuses.

Most cases call ``followback.cli.main.main`` in process (fast); one runs the real
executable to show a usage error is one line, not a traceback.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from followback.cli import main as cli_main
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, open_store
from followback.store.locks import exclusive_run
from followback.workers.service import ServiceSummary


def run_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["followback", *args])
    with pytest.raises(SystemExit) as exit_info:
        cli_main.main()
        raise SystemExit(0)
    out = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 1), out.out, out.err


@pytest.fixture(autouse=True)
def _no_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in list(os.environ):
        if key.startswith("FOLLOWBACK_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("FOLLOWBACK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    "args",
    [
        ("queue", "--limit", "abc"),
        ("queue", "--no-such-option"),
        ("no-such-command",),
        ("audit", "--limit"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWBACK_")}
    proc = subprocess.run(
        [sys.executable, "-m", "followback.cli", *args],
        capture_output=True,
        text=True,
        env={**env, "COLUMNS": "60"},
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in proc.stderr


def test_run_once_exits_1_when_a_job_was_dead_lettered(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    async def dead_run(store: object, options: object) -> ServiceSummary:
        return ServiceSummary(outcomes={"ok": 1, "dead": 1}, accounts=2)

    monkeypatch.setattr("followback.workers.service.run_service", dead_run)
    code, out, _ = run_main(
        monkeypatch, capsys, "run", "--once", "--db", f"sqlite:///{tmp_path / 'fb.db'}"
    )
    assert "dead=1" in out
    assert code == 1


def test_run_once_names_a_stage_a_platform_error_stopped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A Mastodon server that could not be reached showed only "jobs: ok=2".
    from followback.domain import StageError, TransientError
    from followback.services.cycle import CycleReport
    from followback.workers.base import JobOutcome, JobResult

    down = TransientError("mastodon: fetch follow notifications: network error (http://h:1)")
    report = CycleReport(2, errors=[StageError.of("sync", down)])
    report.errors.append(StageError.skipped("decide", "the sync did not complete"))

    async def partial_run(store: object, options: object) -> ServiceSummary:
        summary = ServiceSummary(accounts=2)
        summary.add(JobResult("cycle", 1, JobOutcome.OK, report=CycleReport(1)))
        summary.add(JobResult("cycle", 2, JobOutcome.OK, report=report))
        return summary

    monkeypatch.setattr("followback.workers.service.run_service", partial_run)
    code, out, err = run_main(
        monkeypatch, capsys, "run", "--once", "--db", f"sqlite:///{tmp_path / 'fb.db'}"
    )
    assert code == 0 and "ok=2" in out
    assert [line for line in err.splitlines() if line.startswith("account #")] == [
        "account #2: sync: TransientError: mastodon: fetch follow notifications: network "
        "error (http://h:1); the next cycle tries again"
    ]


def test_run_once_names_each_account_it_skips_for_a_refused_login(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # With every account waiting for a new login, `run --once` printed "accounts=0 jobs:
    # none" and nothing else: the brand never learnt why nothing happened.
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(url)
    with store.session() as s:
        repo = AccountRepo(s)
        refused = repo.add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
        repo.mark_needs_reauth(refused)
    store.dispose()
    code, out, err = run_main(monkeypatch, capsys, "run", "--once", "--db", url)
    assert code == 0 and "accounts=0" in out
    notes = [line for line in err.splitlines() if line.startswith("account #")]
    assert notes == [
        f"account #{refused} (sandbox acme): the platform refused its credentials; skipped "
        "until you run `followback connect sandbox --handle acme`"
    ]
    code, out, _ = run_main(monkeypatch, capsys, "run", "--once", "--json", "--db", url)
    assert json.loads(out)["needs_reauth"] == [refused]


def test_a_named_config_file_that_is_missing_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "fb.db"
    code, _, err = run_main(
        monkeypatch, capsys, "status", "--config", "typo.toml", "--db", f"sqlite:///{db}"
    )
    assert code == 2
    assert "typo.toml" in err
    assert not db.exists()


def test_db_in_a_missing_directory_is_refused_not_created(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "new" / "dir" / "x.db"
    code, _, err = run_main(monkeypatch, capsys, "status", "--db", f"sqlite:///{target}")
    assert code == 2
    assert "does not exist" in " ".join(err.split())
    assert not (tmp_path / "new").exists()


def test_database_and_export_are_readable_by_the_owner_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(os, "umask", os.umask)  # restored by monkeypatch below
    old = os.umask(0o022)
    try:
        db = tmp_path / "fb.db"
        code, _, err = run_main(monkeypatch, capsys, "status", "--db", f"sqlite:///{db}")
        assert code == 0, err
        backup = tmp_path / "backup.zip"
        code, _, err = run_main(
            monkeypatch, capsys, "export", str(backup), "--db", f"sqlite:///{db}"
        )
        assert code == 0, err
    finally:
        os.umask(old)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert zipfile.ZipFile(backup).namelist()


def test_export_on_a_full_disk_is_one_line_and_leaves_no_partial(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def full(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("followback.store.backup._export_table", full)
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    code, _, err = run_main(monkeypatch, capsys, "export", str(tmp_path / "b.zip"), "--db", db)
    assert code == 2
    assert "No space left on device" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if "b.zip" in p.name) == []


def test_a_second_run_on_one_sqlite_file_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(url)
    with store.session() as s:
        AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    ran: list[bool] = []

    async def fake_run(store: object, options: object) -> ServiceSummary:
        ran.append(True)
        return ServiceSummary(outcomes={"ok": 1}, accounts=1)

    monkeypatch.setattr("followback.workers.service.run_service", fake_run)
    try:
        with exclusive_run(store):  # the first `run` holds the lock
            code, _, err = run_main(monkeypatch, capsys, "run", "--once", "--db", url)
        assert code == 2
        assert "already working" in " ".join(err.split())
        assert ran == []
        # Once the first process is gone the next run proceeds.
        code, _, err = run_main(monkeypatch, capsys, "run", "--once", "--db", url)
        assert code == 0, err
        assert ran == [True]
    finally:
        store.dispose()


def _screen(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], src: Path
) -> tuple[int, str, Path]:
    out = src.with_name("out.csv")
    code, _, err = run_main(monkeypatch, capsys, "screen", "accounts", str(src), "-o", str(out))
    return code, " ".join(err.split()), out


def test_screen_a_deeply_nested_jsonl_line_is_one_skipped_row(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = '{"id": "1", "username": "ann", "followers_count": 10, "following_count": 5}'
    src = tmp_path / "in.jsonl"
    src.write_text(good + "\n" + "[" * 200_000 + "]" * 200_000 + "\n" + good.replace("1", "2"))
    code, err, out = _screen(monkeypatch, capsys, src)
    assert code == 0, err
    assert "line 2: skipped" in err and "nested too deeply" in err
    assert len(out.read_text().splitlines()) == 3  # header + two scored rows


def test_screen_utf16_input_is_decoded(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,screen_name,followers_count\n42,ann,10\n", encoding="utf-16")
    code, err, out = _screen(monkeypatch, capsys, src)
    assert code == 0, err
    assert out.read_text().splitlines()[1].startswith("42,")


def test_screen_utf16_without_bom_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes("id,screen_name\n42,ann\n".encode("utf-16-le"))
    code, err, out = _screen(monkeypatch, capsys, src)
    assert code == 2
    assert "UTF-8" in err
    assert not out.exists()


def test_screen_a_file_with_no_known_column_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "in.csv"
    src.write_text("colour,shape\nred,round\nblue,square\n")
    code, err, out = _screen(monkeypatch, capsys, src)
    assert code == 2
    assert "none of the known profile columns" in err and "colour" in err
    assert not out.exists()


def test_screen_a_jsonl_file_with_no_profile_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"colour": "red"}\n{"shape": "round"}\n')
    code, err, out = _screen(monkeypatch, capsys, src)
    assert code == 2
    assert "none of its 2 records is a profile" in err
    assert not out.exists()
