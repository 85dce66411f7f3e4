"""``followback listen`` and ``followback notify`` from the command line (in process)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from followback.cli.main import app
from followback.domain import FollowMode, Platform, Role
from followback.store import AccountRepo, open_store
from followback.store.team import TeamRepo
from notify_support import http_receiver


def _db(tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(db)
    with store.session() as s:
        AccountRepo(s).add(Platform.X, "acme", "42", FollowMode.REVIEW)
        TeamRepo(s).add_member("ana", Role.ADMIN)
        TeamRepo(s).add_member("bo", Role.AGENT)
    store.dispose()
    return db


def _run(tmp_path: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, list(args), env={"FOLLOWBACK_CONFIG": str(tmp_path / "followback.toml")}
    )
    return result.exit_code, result.output


def test_listen_set_show_budget_and_volume(tmp_path: Path) -> None:
    db = _db(tmp_path)
    code, out = _run(
        tmp_path,
        "listen",
        "set",
        "--keyword",
        "Acme Outdoors",
        "--keyword",
        "akme",
        "--hashtag",
        "#acmefail",
        "--exclude",
        "acme corp",
        "--x-budget",
        "2.5",
        "--as",
        "ana",
        "--db",
        db,
        "--json",
    )
    assert code == 0, out
    assert json.loads(out)["changed"] is True
    code, out = _run(tmp_path, "listen", "show", "--db", db, "--json")
    shown = json.loads(out)
    assert shown["keywords"] == ["Acme Outdoors", "akme"] and shown["hashtags"] == ["#acmefail"]
    assert shown["x_monthly_budget_usd"] == 2.5
    code, out = _run(tmp_path, "listen", "budget", "--db", db, "--json")
    budget = json.loads(out)
    assert budget["budget_usd"] == "2.5" and budget["spent_usd"] == "0"
    assert budget["posts_affordable"] == 500 and budget["price_per_post_usd"] == "0.005"
    code, out = _run(tmp_path, "listen", "volume", "--days", "3", "--db", db, "--json")
    assert code == 0 and len(json.loads(out)) == 3
    # An agent may not change what the brand listens for; nothing changes.
    code, out = _run(tmp_path, "listen", "set", "--keyword", "x", "--as", "bo", "--db", db)
    assert code != 0
    code, out = _run(tmp_path, "listen", "show", "--db", db, "--json")
    assert json.loads(out)["keywords"] == ["Acme Outdoors", "akme"]


def test_listen_settings_come_from_the_file(tmp_path: Path) -> None:
    db = _db(tmp_path)
    (tmp_path / "followback.toml").write_text(
        '[[accounts]]\nplatform = "x"\nhandle = "acme"\n'
        '[accounts.listen]\nkeywords = ["acme tent"]\nx_monthly_budget_usd = 1.0\n',
        encoding="utf-8",
    )
    code, out = _run(tmp_path, "listen", "show", "--db", db, "--json")
    assert code == 0, out
    assert json.loads(out)["keywords"] == ["acme tent"]


def test_notify_test_and_log(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with http_receiver() as chat:
        (tmp_path / "followback.toml").write_text(
            f'[[notify.channels]]\nname = "chat"\nkind = "chat"\nurl = "{chat.url}"\n',
            encoding="utf-8",
        )
        code, out = _run(tmp_path, "notify", "test", "--as", "ana", "--db", db)
        assert code == 0, out
        assert "chat: sent" in out and len(chat.requests) == 1
    code, out = _run(tmp_path, "notify", "log", "--db", db, "--json")
    log = json.loads(out)
    assert [(d["channel"], d["state"], d["kind"]) for d in log] == [("chat", "sent", "notify.test")]
    code, out = _run(tmp_path, "notify", "deliver", "--db", db)
    assert code == 0 and "nothing to deliver" in out
