"""The follow-back commands as a person uses them: queue, approve, skip, undo, audit."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine_support import StubScorer, add_sandbox_account
from followback.cli.main import app
from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import DecisionState, FollowMode, Platform, Reason, UserError, Verdict
from followback.services.decide import decide_account
from followback.services.sync import sync_account
from followback.store import AccountRepo, open_store
from followback.store.decisions import DecisionRepo

QUIET = WorldParams(new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0)


def _review_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, brands: dict[str, int], seed: int
) -> str:
    """A database with sandbox accounts (handle -> followers) in review mode, each with a
    screened queue."""
    for key in list(os.environ):
        if key.startswith("FOLLOWBACK_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("FOLLOWBACK_CONFIG", str(tmp_path / "none.toml"))
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(url)
    net = SandboxNetwork(seed=seed)
    for handle, followers in brands.items():
        net.add_brand(handle, followers=followers, params=QUIET)
        account_id = add_sandbox_account(store, handle, FollowMode.REVIEW)

        async def go(handle: str = handle, account_id: int = account_id) -> None:
            conn = net.connector(handle)
            await sync_account(store, conn, account_id, clock=net.time)
            await decide_account(store, conn, account_id, clock=net.time, scorer=StubScorer())

        asyncio.run(go())
    store.dispose()
    return url


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database with one sandbox account in review mode and a screened queue."""
    return _review_db(tmp_path, monkeypatch, {"acme": 40}, seed=5)


def run(*args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_queue_lists_pending_decisions_with_reasons(db: str) -> None:
    out = run("queue", "--db", db)
    assert out["total"] > 0
    first = out["items"][0]
    assert first["state"] == "pending" and first["reasons"] and first["handle"]
    grey = run("queue", "--db", db, "--filter", "rule=grey_zone")
    assert all(any(r["rule"] == "grey_zone" for r in i["reasons"]) for i in grey["items"])


def test_queue_splits_recommended_from_needs_a_look(db: str) -> None:
    out = run("queue", "--db", db, "--limit", "1000")
    lanes = out["lanes"]
    assert lanes["recommended"] + lanes["needs_a_look"] + lanes["screened_out"] == out["total"]
    assert lanes["recommended"] > 0 and lanes["needs_a_look"] > 0  # review mode: both wait
    by_lane = {i["lane"] for i in out["items"]}
    assert by_lane <= {"recommended", "needs_a_look", "screened_out"}
    assert all(i["verdict"] == "follow" for i in out["items"] if i["lane"] == "recommended")
    only = run("queue", "--db", db, "--lane", "needs-a-look", "--limit", "1000")
    assert only["total"] == lanes["needs_a_look"]
    assert {i["lane"] for i in only["items"]} == {"needs_a_look"}
    text = CliRunner().invoke(app, ["queue", "--db", db], catch_exceptions=False).output
    assert "Recommended (" in text and "Needs a look (" in text


def test_the_one_click_hint_runs_as_printed(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # It said `followback approve --filter verdict=follow`, which fails without --as (and
    # without --account when several accounts are connected).
    text = CliRunner().invoke(app, ["queue", "-a", "acme", "--db", db]).output
    hint = text.split("approve the recommended ones: ", 1)[1].strip()
    assert hint == "followback approve --filter verdict=follow --account acme --as YOUR_NAME"
    args = [*hint.split()[1:-1], "ana", "--dry-run", "--db", db]
    assert run(*args)["decision_ids"]
    monkeypatch.setenv("FOLLOWBACK_MEMBER", "ana")
    text = CliRunner().invoke(app, ["queue", "--db", db]).output
    assert text.rstrip().endswith(
        "approve the recommended ones: followback approve --filter verdict=follow"
    )


def test_only_what_waits_is_called_pending(db: str) -> None:
    # The screened-out lane was titled "Screened out (3 pending)" (acceptance rehearsal).
    skipped = run("queue", "--db", db, "--filter", "state=skipped", "--limit", "1000")
    assert skipped["total"] > 0
    args = ["queue", "--db", db, "--filter", "state=skipped"]
    text = CliRunner().invoke(app, args, catch_exceptions=False).output
    assert f"Screened out ({skipped['lanes']['screened_out']})" in text
    assert "pending" not in text.split("Screened out", 1)[1]


def test_approve_run_says_what_it_carried_out(db: str) -> None:
    # With --run the follows were made but the text output said only "enqueued".
    first = run("queue", "--db", db)["items"][0]["id"]
    args = ["approve", str(first), "--as", "ana", "--run", "--db", db]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 action(s) enqueued" in result.output
    assert "run now: done 1 (reconciled 0), retried 0, failed 0" in result.output


def test_approve_skip_audit_and_undo_dry_run(db: str) -> None:
    items = run("queue", "--db", db)["items"]
    approved = run("approve", str(items[0]["id"]), "--as", "ana", "--reason", "fan", "--db", db)
    assert approved["decision_ids"] == [items[0]["id"]] and approved["member"] == "ana"
    preview = run("skip", "--all", "--reason", "spam", "--as", "ana", "--dry-run", "--db", db)
    assert preview["dry_run"] and len(preview["decision_ids"]) == len(items) - 1
    assert run("queue", "--db", db)["total"] == len(items) - 1  # the dry run changed nothing
    audit = run("audit", "ana", "--db", db)["items"]
    assert [(e["verb"], e["target"]) for e in audit] == [("approve", items[0]["remote_id"])]
    assert audit[0]["detail"]["note"] == "fan"
    assert approved["enqueued"] == 1
    undo = run("undo", "--batch", approved["batch_id"], "--as", "ana", "--dry-run", "--db", db)
    assert undo["dry_run"] and undo["cancelled"] == 1


def test_undo_says_what_it_did_to_each_follower(db: str) -> None:
    # Undoing the same follow twice printed "0 action(s) enqueued" and nothing else.
    first = run("queue", "--db", db)["items"][0]
    run("approve", str(first["id"]), "--as", "ana", "--run", "--db", db)
    (follow,) = run("audit", "--verb", "follow", "--db", db)["items"]
    action_id = str(follow["detail"]["action_id"])

    def undo_text() -> str:
        args = ["undo", action_id, "--as", "ana", "--db", db]
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        acted = CliRunner().invoke(app, ["act", "--db", db], catch_exceptions=False)
        assert acted.exit_code == 0, acted.output
        return result.output

    assert f"{first['remote_id']}: was followed: an unfollow is queued" in undo_text()
    assert f"{first['remote_id']}: was followed and has been unfollowed since" in undo_text()


def test_acting_without_naming_the_member_is_refused(db: str) -> None:
    result = CliRunner().invoke(app, ["approve", "--all", "--db", db])
    assert isinstance(result.exception, UserError)
    assert "--as MEMBER" in result.exception.message


def test_bulk_approve_on_x_exits_2_with_the_reason(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    store = open_store(url)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acme", "42", FollowMode.REVIEW)
        for i in range(2):
            DecisionRepo(s).record(
                account_id,
                str(i),
                verdict=Verdict.FOLLOW,
                state=DecisionState.PENDING,
                reasons=[Reason("screening", "low score")],
                decided_by="model:stub",
                decided_at=datetime(2026, 11, 1, tzinfo=UTC),
                policy_version="p",
            )
    store.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWBACK_")}
    env["FOLLOWBACK_CONFIG"] = str(tmp_path / "none.toml")
    out = subprocess.run(
        [sys.executable, "-m", "followback.cli", "approve", "--all", "--as", "ana", "--db", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 2
    assert "approved individually" in out.stderr


@pytest.fixture
def db2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Two sandbox accounts in review mode, each with a screened queue (an agency's set-up)."""
    return _review_db(tmp_path, monkeypatch, {"acme": 12, "zeta": 12}, seed=7)


def test_several_accounts_queue_shows_each_and_ids_pick_their_account(db2: str) -> None:
    # With two accounts connected, `followback queue` and `followback approve 12` (the
    # README's commands) failed with "choose one with --account".
    both = run("queue", "--db", db2)["accounts"]
    assert len(both) == 2 and all(q["total"] > 0 for q in both)
    text = CliRunner().invoke(app, ["queue", "--db", db2]).output
    assert "sandbox:acme" in text and "sandbox:zeta" in text
    assert "--account sandbox:zeta" in text  # each account's hint runs as printed
    zeta_id = both[1]["items"][0]["id"]
    out = run("approve", str(zeta_id), "--as", "ana", "--dry-run", "--db", db2)
    assert out["account_id"] == both[1]["account_id"] and out["decision_ids"] == [zeta_id]
    mixed = CliRunner().invoke(
        app, ["approve", str(zeta_id), str(both[0]["items"][0]["id"]), "--as", "ana", "--db", db2]
    )
    assert isinstance(mixed.exception, UserError)
    assert "several accounts (sandbox:acme, sandbox:zeta)" in str(mixed.exception)
    everything = CliRunner().invoke(app, ["approve", "--all", "--as", "ana", "--db", db2])
    assert isinstance(everything.exception, UserError)
    assert "--account sandbox:acme or sandbox:zeta" in str(everything.exception)
    batch = run("approve", str(zeta_id), "--as", "ana", "--db", db2)["batch_id"]
    undone = run("undo", "--batch", batch, "--as", "ana", "--dry-run", "--db", db2)
    assert undone["account_id"] == both[1]["account_id"]


def test_approving_ids_of_which_some_are_closed_approves_the_rest(db: str) -> None:
    # `approve 1 2 3` failed as a whole when a hand-off had approved 2 meanwhile.
    first, second = (i["id"] for i in run("queue", "--db", db)["items"][:2])
    run("approve", str(first), "--as", "ana", "--db", db)
    out = run("approve", str(first), str(second), "--as", "ana", "--db", db)
    assert out["decision_ids"] == [second] and out["already_closed"] == [first]
    text = CliRunner().invoke(app, ["skip", str(first), "--reason", "x", "--as", "ana", "--db", db])
    assert isinstance(text.exception, UserError)  # nothing left to do: still refused
    assert "already approved or superseded" in str(text.exception)
