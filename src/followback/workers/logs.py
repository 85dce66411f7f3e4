"""Structured JSON logs through the stdlib ``logging``, with secrets and DM bodies redacted.

One JSON object per line: ``ts``, ``level``, ``logger``, ``msg`` and any ``extra=`` fields.
Fields whose names suggest a secret or a message body are replaced by ``"[redacted]"``, and
bearer tokens or ``token=...`` pairs inside free text are masked too, so a careless log
call cannot leak a credential or a private message.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

__all__ = ["JsonFormatter", "configure_logging", "logging_configured", "redact"]

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
_SECRET_KEYS = re.compile(
    r"token|secret|password|passwd|credential|authorization|cookie|api_key|apikey|"
    r"private_key|session|^text$|^body$|dm_text|message_text",
    re.IGNORECASE,
)
_SECRET_TEXT = re.compile(
    r"(?i)(bearer\s+|(?:access_|refresh_)?token[\"']?\s*[=:]\s*[\"']?|"
    r"password[\"']?\s*[=:]\s*[\"']?|secret[\"']?\s*[=:]\s*[\"']?)[^\s\"',;&]+"
)
REDACTED = "[redacted]"


def redact(value: Any, key: str = "") -> Any:
    """``value`` with secret-looking fields and inline tokens masked (recursively)."""
    if key and _SECRET_KEYS.search(key):
        return REDACTED
    if isinstance(value, str):
        return _SECRET_TEXT.sub(lambda m: m.group(1) + REDACTED, value)
    if isinstance(value, dict):
        return {str(k): redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return redact(str(value))


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON line; never emits tokens or message bodies."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                out[key] = redact(value, key)
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = record.exc_info[0].__name__
            out["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(out, ensure_ascii=False, default=str)


# Libraries that chatter at INFO (HTTP requests, job polling); only their warnings are kept.
_QUIETED = ("httpx", "httpcore", "procrastinate", "uvicorn.access", "alembic")


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """Send every logger's records to ``stream`` (stderr) as JSON lines."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in _QUIETED:
        logging.getLogger(name).setLevel(logging.WARNING)


@contextmanager
def logging_configured(level: str = "INFO", stream: TextIO | None = None) -> Iterator[None]:
    """:func:`configure_logging` for the length of a command, then the logging set-up as it
    was. A command run in-process (tests, an embedding program) otherwise leaves the root
    logger at ``level`` with a handler on the stderr of that one call: once that stream is
    closed, every later record anywhere in the process fails with "Logging error", and
    libraries' INFO records land in the next command's output."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level, [logging.getLogger(n).level for n in _QUIETED]
    configure_logging(level, stream)
    try:
        yield
    finally:
        handlers, root_level, quieted = saved
        root.handlers[:] = handlers
        root.setLevel(root_level)
        for name, was in zip(_QUIETED, quieted, strict=True):
            logging.getLogger(name).setLevel(was)
