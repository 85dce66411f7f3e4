"""Defensive readers for platform payloads, shared by every connector's ``mapping.py``.

Required fields raise :class:`~followback.connectors.errors.MalformedPayloadError` naming
the payload and the field; optional fields fall back to safe defaults. Text is
normalised (NFC, control characters dropped) and clipped, so odd Unicode or a huge bio
cannot hurt what comes after.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from followback.connectors.errors import MalformedPayloadError

__all__ = [
    "MAX_TEXT",
    "clean_text",
    "opt_bool",
    "opt_datetime",
    "opt_int",
    "opt_str",
    "parse_datetime",
    "req_datetime",
    "req_mapping",
    "req_str",
    "strip_html",
]

MAX_TEXT = 10_000  # characters kept of any free text (bio, post, message)

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP = {"\n", "\t", "\u200d"}  # newlines, tabs and the emoji joiner survive
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<\s*(br|/p)\s*/?\s*>", re.IGNORECASE)


def clean_text(value: str, limit: int = MAX_TEXT) -> str:
    """NFC-normalise, drop control and unassigned characters, clip to ``limit``."""
    text = unicodedata.normalize("NFC", value)
    text = "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _CONTROL)
    return text[:limit]


def strip_html(value: str) -> str:
    """Plain text of an HTML fragment (Mastodon bios and statuses)."""
    text = _BREAK.sub("\n", value)
    return html.unescape(_TAG.sub("", text)).strip()


def req_mapping(obj: Any, key: str, where: str) -> Mapping[str, Any]:
    value = obj.get(key) if isinstance(obj, Mapping) else None
    if not isinstance(value, Mapping):
        raise MalformedPayloadError(f"{where}: field {key!r} is missing or not an object")
    return value


def req_str(obj: Mapping[str, Any], key: str, where: str) -> str:
    """A required, non-empty string (ids are often numbers: those are accepted as text)."""
    value = obj.get(key) if isinstance(obj, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise MalformedPayloadError(f"{where}: field {key!r} is missing or not a string")
    return clean_text(str(value), 2048)


def opt_str(obj: Mapping[str, Any], key: str, limit: int = MAX_TEXT) -> str:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        value = str(value)
    return clean_text(value, limit) if isinstance(value, str) else ""


def opt_int(obj: Mapping[str, Any], key: str) -> int:
    """A non-negative count; strings of digits are accepted, anything else is 0."""
    value = obj.get(key)
    if isinstance(value, bool):
        return 0
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and value >= 0 else 0


def opt_bool(obj: Mapping[str, Any], key: str) -> bool:
    value = obj.get(key)
    return value if isinstance(value, bool) else False


def parse_datetime(value: Any) -> datetime | None:
    """A timezone-aware UTC datetime from ISO 8601 text, a date, a datetime or epoch seconds."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def opt_datetime(obj: Mapping[str, Any], key: str) -> datetime | None:
    return parse_datetime(obj.get(key))


def req_datetime(obj: Mapping[str, Any], key: str, where: str) -> datetime:
    parsed = parse_datetime(obj.get(key))
    if parsed is None:
        raise MalformedPayloadError(f"{where}: field {key!r} is missing or not a date")
    return parsed
