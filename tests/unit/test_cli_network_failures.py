"""A network failure is one line that says what happened and what followback will do."""

from __future__ import annotations

import httpx
import pytest

from followback.cli import main as cli_main
from followback.domain import OutcomeUnknownError, RateLimitedError, TransientError


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], exc: BaseException
) -> str:
    def boom(**_: object) -> None:
        raise exc

    monkeypatch.setattr(cli_main.cli, "main", boom)
    with pytest.raises(SystemExit) as info:
        cli_main.main()
    assert info.value.code == cli_main.EXIT_FAILURE
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("exc", "says"),
    [
        (
            OutcomeUnknownError(
                "no answer after sending: the reply may have been posted; followback will "
                "check before retrying"
            ),
            "may have been posted; followback will check before retrying",
        ),
        (TransientError("bluesky: get post: network error"), "nothing was sent: try again"),
        (RateLimitedError("x: reply: rate limited", 90), "try again in 90 s"),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            "checked on the platform before followback retries it",
        ),
    ],
)
def test_one_line_for_each_network_failure(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    exc: BaseException,
    says: str,
) -> None:
    assert says in _run(monkeypatch, capsys, exc)


def test_a_file_error_is_not_called_a_network_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `followback report -o /proc/nope` said "network error (FileNotFoundError)".
    import errno

    def boom(**_: object) -> None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/proc/nope")

    monkeypatch.setattr(cli_main.cli, "main", boom)
    with pytest.raises(SystemExit) as info:
        cli_main.main()
    assert info.value.code == cli_main.EXIT_USER
    err = capsys.readouterr().err.strip()
    assert err == "error: /proc/nope: No such file or directory (check the path)"


def test_a_refused_connection_is_still_a_network_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _run(monkeypatch, capsys, ConnectionRefusedError(111, "Connection refused"))
    assert "network error (ConnectionRefusedError)" in err
