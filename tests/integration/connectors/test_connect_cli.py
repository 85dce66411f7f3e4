"""``followback connect`` against the local servers: verify, store encrypted, refuse bad keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from typer.testing import CliRunner

from connector_support import (
    BLUESKY_URL,
    MASTODON_URL,
    bluesky_account,
    mastodon_host,
    mastodon_tokens,
)
from followback.cli.main import app
from followback.credentials import decrypt_credentials
from followback.domain.errors import UserError
from followback.store import AccountRepo, open_store

KEY = Fernet.generate_key().decode()


def _connect(tmp_path: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    result = CliRunner().invoke(
        app,
        ["connect", *args, "--db", db, "--json"],
        env={"FOLLOWBACK_SECRET_KEY": KEY},
        input=stdin,
    )
    return result.exit_code, result.output, db


@pytest.mark.bluesky
@pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set")
def test_connect_bluesky_stores_encrypted_credentials(tmp_path: Path) -> None:
    account = bluesky_account("cli")
    code, out, db = _connect(
        tmp_path,
        "bluesky",
        "--handle",
        account["handle"],
        "--server",
        str(BLUESKY_URL),
        "--token-stdin",
        stdin=account["appPassword"] + "\n",
    )
    assert code == 0, out
    data = json.loads(out[out.index("{") :])
    assert data["remote_id"] == account["did"] and data["mode"] == "review"
    assert data["dm_access"] is None  # checked, but the local network runs no chat service
    assert account["appPassword"] not in out
    store = open_store(db)
    with store.session() as s:
        row = AccountRepo(s).get_row(data["account_id"])
        assert row.server == BLUESKY_URL and row.credentials is not None
        assert account["appPassword"].encode() not in row.credentials
        creds = decrypt_credentials(row.credentials, KEY.encode())
        assert creds["app_password"] == account["appPassword"]


@pytest.mark.bluesky
@pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set")
def test_connect_bluesky_says_when_dm_access_is_unknown(tmp_path: Path) -> None:
    # The local network runs no chat service: connect said nothing about DM access.
    account = bluesky_account("cli")
    args = ["connect", "bluesky", "--handle", account["handle"], "--server", str(BLUESKY_URL)]
    result = CliRunner().invoke(
        app,
        [*args, "--token-stdin", "--db", f"sqlite:///{tmp_path / 'fb.db'}"],
        env={"FOLLOWBACK_SECRET_KEY": KEY},
        input=account["appPassword"] + "\n",
    )
    assert result.exit_code == 0, result.output
    assert "DM access: unknown" in result.output


@pytest.mark.bluesky
@pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set")
def test_connect_refuses_a_wrong_app_password(tmp_path: Path) -> None:
    account = bluesky_account("cli")
    code, _out, _ = _connect(
        tmp_path,
        "bluesky",
        "--handle",
        account["handle"],
        "--server",
        str(BLUESKY_URL),
        "--token-stdin",
        stdin="aaaa-bbbb-cccc-dddd\n",
    )
    assert code != 0


@pytest.mark.mastodon
@pytest.mark.skipif(not MASTODON_URL, reason="FOLLOWBACK_TEST_MASTODON_URL not set")
def test_connect_mastodon_with_a_token(tmp_path: Path) -> None:
    token = mastodon_tokens()["brand"]
    code, out, _ = _connect(
        tmp_path, "mastodon", "--server", str(MASTODON_URL), "--token-stdin", stdin=token + "\n"
    )
    assert code == 0, out
    data = json.loads(out[out.index("{") :])
    assert data["handle"] == f"brand@{mastodon_host()}" and data["mode"] == "auto"
    assert token not in out


def test_connect_unknown_platform(tmp_path: Path) -> None:
    code, _, _ = _connect(tmp_path, "myspace")
    assert code != 0


@pytest.mark.bluesky
@pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set")
def test_connect_bluesky_keeps_the_labelers_the_brand_subscribes_to(tmp_path: Path) -> None:
    account = bluesky_account("cli")
    code, out, db = _connect(
        tmp_path, "bluesky", "--handle", account["handle"], "--server", str(BLUESKY_URL),
        "--token-stdin", "--labelers", "did:plc:labelerone",
        "--jetstream", "wss://jetstream.example", stdin=account["appPassword"] + "\n",
    )  # fmt: skip
    assert code == 0, out
    data = json.loads(out[out.index("{") :])
    store = open_store(db)
    with store.session() as s:
        row = AccountRepo(s).get_row(data["account_id"])
        assert row.credentials is not None
        creds = decrypt_credentials(row.credentials, KEY.encode())
    assert creds["labelers"] == "did:plc:labelerone"
    assert creds["jetstream_url"] == "wss://jetstream.example"  # the account opted in
    from followback.connectors.bluesky import BlueskyConnector

    conn = BlueskyConnector(account["handle"], creds, str(BLUESKY_URL))
    assert conn.labelers == ("did:plc:ar7c4by46qjdydhdevvrndac", "did:plc:labelerone")


@pytest.mark.parametrize(
    "flag", ["--token", "--app-password", "--refresh-token", "--client-secret"]
)
def test_connect_refuses_a_secret_on_the_command_line(tmp_path: Path, flag: str) -> None:
    # A command line is visible to every user in `ps`: the secret comes on stdin instead.
    db = tmp_path / "fb.db"
    args = ["connect", "mastodon", "--server", "https://x.example", flag, "s3cr3t"]
    result = CliRunner().invoke(app, [*args, "--db", f"sqlite:///{db}"])
    assert isinstance(result.exception, UserError)
    assert "--token-stdin" in result.exception.message
    assert "s3cr3t" not in result.exception.message
    assert not db.exists()  # refused before anything was opened


@pytest.mark.mastodon
@pytest.mark.skipif(not MASTODON_URL, reason="FOLLOWBACK_TEST_MASTODON_URL not set")
def test_requests_and_status_show_what_the_server_says(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from followback.domain.server import ServerFacts
    from followback.store.server_facts import ServerFactsRepo

    token = mastodon_tokens()["brand"]
    code, out, db = _connect(
        tmp_path, "mastodon", "--server", str(MASTODON_URL), "--token-stdin", stdin=token + "\n"
    )
    assert code == 0, out
    env = {"FOLLOWBACK_SECRET_KEY": KEY}
    listed = CliRunner().invoke(app, ["requests", "list", "--db", db, "--json"], env=env)
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.output)["requests"] == []  # snac's brand is not locked

    store = open_store(db)
    with store.session() as s:
        account_id = AccountRepo(s).list()[0].id
        facts = ServerFacts(
            datetime.now(UTC),
            server="https://social.example",
            max_characters=500,
            rules=("No bots or automated following",),
            notification_filters=("accounts created in the past 30 days (filter)",),
            pending_requests=2,
        )
        ServerFactsRepo(s).record(account_id, facts, facts.checked_at)
    store.dispose()
    shown = CliRunner().invoke(app, ["status", "--db", db], env=env)
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert "the server filters notifications from accounts created in the past 30 days" in text
    assert "server rule forbids automation: 'No bots or automated following'" in text
    as_json = CliRunner().invoke(app, ["status", "--db", db, "--json"], env=env)
    assert as_json.exit_code == 0, as_json.output
    server = json.loads(as_json.output)["accounts"][0]["server"]
    assert server["max_characters"] == 500 and server["pending_notification_requests"] == 2


def test_connect_refuses_a_jetstream_that_is_not_a_websocket(tmp_path: Path) -> None:
    args = ["connect", "bluesky", "--handle", "acme.example", "--jetstream", "https://x.example"]
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    result = CliRunner().invoke(
        app, [*args, "--token-stdin", "--db", db], input="abcd-efgh-ijkl-mnop\n",
        env={"FOLLOWBACK_SECRET_KEY": KEY},
    )  # fmt: skip
    assert isinstance(result.exception, UserError)
    assert "wss://" in result.exception.message
