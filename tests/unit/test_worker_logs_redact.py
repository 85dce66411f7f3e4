"""JSON logs never carry tokens or message bodies."""

from __future__ import annotations

import io
import json
import logging

from followback.workers.logs import JsonFormatter, configure_logging, redact


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
