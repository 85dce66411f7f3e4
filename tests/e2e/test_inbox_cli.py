"""The inbox from the command line on a saved sandbox network: list, show, assign, reply,
hand-off, done, SLA, and the team commands."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from followback.cli.main import app
from followback.connectors.sandbox import SandboxNetwork
from followback.connectors.sandbox.network import WorldParams
from followback.domain import FollowMode, Platform, Role
from followback.inbox.classify import Classification
from followback.services.inbox import poll_inbox
from followback.store import AccountRepo, open_store
from followback.store.audit import AuditRepo
from followback.store.inbox import InboxRepo
from followback.store.team import TeamRepo

runner = CliRunner()


class _Keywords:
    def classify(self, texts: Sequence[str]) -> list[Classification]:
        return [
            Classification(
                0.9 if "refund" in t else 0.1,
                "refund" in t,
                3 if "refund" in t else 1,
                "negative" if "refund" in t else "neutral",
                "complaint" if "refund" in t else "question",
                "en",
                "test",
            )
            for t in texts
        ]


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    state = tmp_path / "sandbox.pkl"
    net = SandboxNetwork(seed=5)
    world = net.add_brand("acme", followers=50, params=WorldParams(messages_per_day=0.0))
    net.peer_mention("acme", 900_000_001, "@acme where is my refund? two weeks now")
    net.peer_mention("acme", 900_000_002, "@acme do you ship to Spain?")
    store = open_store(url)
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.SANDBOX, "acme", world.remote_id, FollowMode.REVIEW, server=str(state)
        )
        TeamRepo(s).add_member("ana", Role.AGENT)
    asyncio.run(
        poll_inbox(store, net.connector("acme"), account_id, clock=net.time, classifier=_Keywords())
    )
    net.save(state)
    store.dispose()
    return url


def _run(*args: str, input: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_work_a_complaint_from_the_command_line(db: str) -> None:
    listed = json.loads(_run("inbox", "list", "--json", "--db", db))["conversations"]
    assert [c["is_complaint"] for c in listed] == [True, False]
    complaint = listed[0]["id"]

    _run("inbox", "assign", str(complaint), "ana", "--db", db)
    preview = json.loads(
        _run("inbox", "handoff", str(complaint), "--as", "ana", "--dry-run", "--json", "--db", db)
    )
    assert preview["sent"] is False and preview["can_dm"] is False
    dry = _run("inbox", "reply", str(complaint), "On it!", "--as", "ana", "--dry-run", "--db", db)
    assert "would send" in dry
    sent = json.loads(
        _run("inbox", "reply", str(complaint), "On it!", "--as", "ana", "--json", "--db", db)
    )
    assert sent["sent"] is True and sent["remote_id"]

    thread = json.loads(_run("inbox", "show", str(complaint), "--json", "--db", db))
    out = [m for m in thread["messages"] if m["direction"] == "out"]
    assert [(m["written_by"], m["text"]) for m in out] == [("ana", "On it!")]
    assert thread["conversation"]["assignee"] == "ana"
    assert thread["conversation"]["first_response_at"] is not None
    # Shown by handle, not by the platform id: in JSON and in the text view.
    handle = thread["conversation"]["contact_handle"]
    assert handle and handle != thread["conversation"]["contact_remote_id"]
    text = _run("inbox", "show", str(complaint), "--db", db)
    assert f"@{handle}" in text
    assert f"  {thread['conversation']['contact_remote_id']}: " not in text

    unanswered = json.loads(_run("inbox", "list", "--unanswered", "--json", "--db", db))
    assert [c["id"] for c in unanswered["conversations"]] == [listed[1]["id"]]
    _run("inbox", "done", str(complaint), "--db", db)
    remaining = json.loads(_run("inbox", "list", "--json", "--db", db))["conversations"]
    assert [c["id"] for c in remaining] == [listed[1]["id"]]
    # With --all the closed one is listed again, and says it is done.
    everything = _run("inbox", "list", "--all", "--db", db)
    cells = [[c.strip() for c in line.split("│")] for line in everything.splitlines()]
    rows = {r[1]: " ".join(r) for r in cells if len(r) > 2 and r[1].isdigit()}
    assert "DONE" in rows[str(complaint)] and "DONE" not in rows[str(listed[1]["id"])]
    sla = json.loads(_run("inbox", "sla", "--json", "--db", db))
    assert sla["summary"]["answered"] == 1 and sla["summary"]["conversations"] == 2


def test_reply_as_an_unknown_member_fails_clearly(db: str) -> None:
    result = runner.invoke(app, ["inbox", "reply", "1", "hi", "--as", "zed", "--db", db])
    assert result.exit_code != 0
    assert "no team member named 'zed'" in str(result.exception)


def test_team_add_list_and_set_role(db: str) -> None:
    _run(
        "team",
        "add",
        "bo",
        "--role",
        "viewer",
        "--password-stdin",
        "--db",
        db,
        input="a long password\n",
    )
    _run("team", "set-role", "bo", "agent", "--db", db)
    members = json.loads(_run("team", "list", "--json", "--db", db))["members"]
    assert {m["name"]: m["role"] for m in members} == {"ana": "agent", "bo": "agent"}
    store = open_store(db)
    with store.session() as s:
        assert TeamRepo(s).verify_password("bo", "a long password") is not None
    store.dispose()


def test_poll_reads_new_messages_with_the_shipped_models(db: str, tmp_path: Path) -> None:
    state = tmp_path / "sandbox.pkl"
    net = SandboxNetwork.load(state)
    net.peer_mention("acme", 900_000_003, "@acme you charged me twice and nobody answers!!")
    net.save(state)

    first = json.loads(_run("inbox", "poll", "--json", "--db", db))
    again = json.loads(_run("inbox", "poll", "--json", "--db", db))

    assert (first["new_messages"], first["complete"]) == (1, True)
    assert again["new_messages"] == 0
    thread = json.loads(_run("inbox", "list", "--json", "--db", db))["conversations"]
    newest = next(c for c in thread if c["contact_remote_id"] == "900000003")
    assert newest["awaiting_reply"] is True


def test_assign_done_and_tag_refuse_an_unknown_acting_member(db: str) -> None:
    # `--as zed` (a typo, or nobody) was accepted by assign and done and written to the
    # audit log as the one who did it; reply already refused it.
    for args in (
        ("inbox", "assign", "1", "ana", "--as", "zed"),
        ("inbox", "done", "1", "--as", "zed"),
    ):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code != 0
        assert "no team member named 'zed'" in str(result.exception)
    result = runner.invoke(
        app, ["inbox", "tag", "1", "vip", "--db", db], env={"FOLLOWBACK_MEMBER": "zed"}
    )
    assert result.exit_code != 0
    store = open_store(db)
    with store.read() as s:
        conv = InboxRepo(s).get_row(1)
        assert (conv.assignee, conv.status, list(conv.tags or [])) == (None, "open", [])
        assert not [e for e in AuditRepo(s).list(None, None, None, limit=50) if e.actor == "zed"]
    store.dispose()
    _run("inbox", "done", "1", "--as", "ana", "--db", db)


def test_the_list_shows_each_customers_latest_words(db: str) -> None:
    # The list showed who and how urgent, never what was said: a team had to `show` each.
    listed = json.loads(_run("inbox", "list", "--json", "--db", db))["conversations"]
    assert [c["snippet"] for c in listed] == [
        "@acme where is my refund? two weeks now",
        "@acme do you ship to Spain?",
    ]
    text = _run("inbox", "list", "--db", db)
    assert "where is my" in text and "ship to" in text
    assert "@acme" not in text  # the leading mention of the brand is dropped


def test_the_hand_off_says_why_it_queued_a_follow_back() -> None:
    from followback.cli.inbox import offer_line

    assert offer_line(False, False).endswith("(so DMs can open)")
    assert "so DMs can open" not in offer_line(True, True)  # Mastodon: a DM works already
    assert offer_line(True, True).startswith("would queue")
