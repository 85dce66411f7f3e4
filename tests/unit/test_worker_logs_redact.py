"""JSON logs never carry tokens or message bodies."""

from __future__ import annotations

import io
import json
import logging

import pytest

from followback.workers.logs import (
    JsonFormatter,
    configure_logging,
    logging_configured,
    redact,
)


def _emit(msg: str, **extra: object) -> dict[str, object]:
    record = logging.LogRecord("t", logging.INFO, __file__, 1, msg, None, None)
    for k, v in extra.items():
        setattr(record, k, v)
    return json.loads(JsonFormatter().format(record))


def test_secret_fields_and_dm_bodies_are_redacted() -> None:
    out = _emit("posted", access_token="abc123", text="my private dm", account_id=7)
    assert out["access_token"] == "[redacted]"
    assert out["text"] == "[redacted]"
    assert out["account_id"] == 7
    assert out["msg"] == "posted"


def test_tokens_inside_free_text_are_masked() -> None:
    out = _emit("call failed: Authorization: Bearer sk-live-999 token=qwerty")
    assert "sk-live-999" not in str(out["msg"])
    assert "qwerty" not in str(out["msg"])


def test_nested_values_are_redacted_recursively() -> None:
    assert redact({"creds": {"password": "pw", "user": "ana"}}) == {
        "creds": {"password": "[redacted]", "user": "ana"}
    }


def test_configure_logging_writes_one_json_object_per_line() -> None:
    stream = io.StringIO()
    configure_logging("INFO", stream)
    try:
        logging.getLogger("followback.test").info("hello", extra={"job": "cycle"})
    finally:
        logging.getLogger().handlers.clear()
    line = json.loads(stream.getvalue().strip())
    assert line["msg"] == "hello" and line["job"] == "cycle" and line["level"] == "info"


def test_a_command_s_logging_set_up_ends_with_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`run` in-process (a test, an embedding program) used to leave the root logger at INFO
    with a handler on that call's stderr: once closed, later records anywhere failed with
    "Logging error", and library INFO lines leaked into the next command's output."""
    root = logging.getLogger()
    before = (root.handlers[:], root.level, logging.getLogger("httpx").level)
    stream = io.StringIO()
    with logging_configured("DEBUG", stream):
        logging.getLogger("followback.test").info("inside")
        assert root.level == logging.DEBUG
    assert '"msg": "inside"' in stream.getvalue()
    stream.close()
    assert (root.handlers, root.level, logging.getLogger("httpx").level) == before
    logging.getLogger("vcr.cassette").info("after the command")
    assert "Logging error" not in capsys.readouterr().err
