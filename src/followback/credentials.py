"""Platform credentials, encrypted at rest, never shown.

Credentials are small string maps (``{"app_password": ...}``, ``{"access_token": ...}``)
sealed with Fernet (AES-128-CBC + HMAC-SHA256). The key comes from the environment
variable ``FOLLOWBACK_SECRET_KEY``; failing that, from the OS keyring (service
``followback``, entry ``credentials-key``); and on machines with no keyring (servers,
containers), from a key file readable only by its owner (``FOLLOWBACK_KEY_FILE``, by
default ``secret.key`` in the user's data directory). ``followback init`` creates it, and
:func:`load_key` creates one on first use, so nobody makes a key by hand.
:class:`Credentials` never prints its values, and :class:`RedactingFilter` scrubs
tokens from log records, including the SDKs' own debug logging.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from followback.domain.errors import ConfigError

__all__ = [
    "ENV_KEY",
    "KEYRING_ENTRY",
    "KEYRING_SERVICE",
    "KEY_FILE_ENV",
    "Credentials",
    "KeyLocation",
    "RedactingFilter",
    "decrypt",
    "decrypt_credentials",
    "default_key_file",
    "encrypt",
    "encrypt_credentials",
    "ensure_key",
    "install_log_redaction",
    "load_key",
    "redact",
]

ENV_KEY = "FOLLOWBACK_SECRET_KEY"
KEY_FILE_ENV = "FOLLOWBACK_KEY_FILE"
KEYRING_SERVICE = "followback"
KEYRING_ENTRY = "credentials-key"


class Credentials(Mapping[str, str]):
    """A read-only credential map whose ``repr`` and ``str`` show the keys, never the values."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, str] | None = None, **kwargs: str) -> None:
        merged = {**(data or {}), **kwargs}
        for key, value in merged.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise ConfigError("credentials must map text keys to text values", key=str(key))
        self._data: dict[str, str] = merged

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Credentials({', '.join(f'{k}=<redacted>' for k in sorted(self._data))})"

    __str__ = __repr__

    def __reduce__(self) -> Any:  # pickling would copy secrets into queues and caches
        raise TypeError("Credentials cannot be pickled; store them with encrypt_credentials")


def _keyring_key(create: bool) -> bytes | None:
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
        if stored:
            return stored.encode()
        if not create:
            return None
        key = Fernet.generate_key()
        keyring.set_password(KEYRING_SERVICE, KEYRING_ENTRY, key.decode())
        return key
    except (NoKeyringError, KeyringError, RuntimeError):
        return None


def default_key_file(env: Mapping[str, str] | None = None) -> Path:
    """``$FOLLOWBACK_KEY_FILE``, else ``secret.key`` in the user's data directory."""
    env = os.environ if env is None else env
    configured = env.get(KEY_FILE_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("followback", appauthor=False)) / "secret.key"


def _file_key(path: Path, create: bool) -> bytes | None:
    """The key in ``path`` (refused if others can read it); created 0600 when absent."""
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise ConfigError(
                f"{path} can be read by other users (mode {mode:o}): run `chmod 600 {path}`",
                key=KEY_FILE_ENV,
            )
        return path.read_bytes().strip() or None
    if not create:
        return None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Fernet.generate_key()
    # O_EXCL: two processes starting at once never write two different keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip() or None
    with os.fdopen(fd, "wb") as fh:
        fh.write(key + b"\n")
    return key


@dataclass(frozen=True, slots=True)
class KeyLocation:
    """Where the credentials key lives (never the key itself)."""

    where: str  # "environment", "OS keyring" or the key file's path
    created: bool


def _resolve_key(
    env: Mapping[str, str], create: bool, key_file: Path | None
) -> tuple[bytes | None, KeyLocation]:
    raw = env.get(ENV_KEY, "").strip()
    if raw:
        return raw.encode(), KeyLocation("environment", False)
    path = key_file or default_key_file(env)
    if path.exists():  # a key file made earlier wins over creating a keyring entry
        return _file_key(path, False), KeyLocation(str(path), False)
    stored = _keyring_key(False)
    if stored:
        return stored, KeyLocation("OS keyring", False)
    if create:
        made = _keyring_key(True)
        if made:
            return made, KeyLocation("OS keyring", True)
        return _file_key(path, True), KeyLocation(str(path), True)
    return None, KeyLocation(str(path), False)


def _checked(key: bytes | None, where: str) -> bytes:
    if not key:
        raise ConfigError(
            f"no credentials key (none in {ENV_KEY}, the OS keyring or {where}): run "
            "`followback init` (it creates one in the OS keyring, or in a file only you can "
            f"read), set {ENV_KEY}, or point {KEY_FILE_ENV} at the key file",
            key=ENV_KEY,
        )
    try:
        Fernet(key)
    except ValueError as exc:
        name = ENV_KEY if where == "environment" else where
        raise ConfigError(
            f"{name} is not a valid key: it must be 32 url-safe base64-encoded bytes",
            key=ENV_KEY,
        ) from exc
    return key


def load_key(
    env: Mapping[str, str] | None = None, *, create: bool = True, key_file: Path | None = None
) -> bytes:
    """The Fernet key: ``FOLLOWBACK_SECRET_KEY``, else the key file if there is one, else
    the OS keyring, else a new key file (created 0600 when ``create``)."""
    env = os.environ if env is None else env
    key, location = _resolve_key(env, create, key_file)
    return _checked(key, location.where)


def ensure_key(env: Mapping[str, str] | None = None, key_file: Path | None = None) -> KeyLocation:
    """Make sure a credentials key exists (creating it if needed); say where it is."""
    env = os.environ if env is None else env
    key, location = _resolve_key(env, True, key_file)
    _checked(key, location.where)
    return location


def encrypt_credentials(credentials: Mapping[str, str], key: bytes | None = None) -> bytes:
    """Seal ``credentials`` for storage."""
    payload = json.dumps(dict(Credentials(credentials)), sort_keys=True).encode()
    return Fernet(key or load_key()).encrypt(payload)


def decrypt_credentials(sealed: bytes, key: bytes | None = None) -> Credentials:
    """Open credentials sealed by :func:`encrypt_credentials`."""
    try:
        payload = Fernet(key or load_key(create=False)).decrypt(sealed)
    except InvalidToken as exc:
        raise ConfigError(
            "stored credentials cannot be decrypted: the key differs from the one that "
            f"encrypted them (check {ENV_KEY}, {KEY_FILE_ENV} or the OS keyring)",
            key=ENV_KEY,
        ) from exc
    data = json.loads(payload)
    if not isinstance(data, dict):
        raise ConfigError("stored credentials are not a map", key=ENV_KEY)
    return Credentials(data)


# Short names used by the services layer.
encrypt = encrypt_credentials
decrypt = decrypt_credentials


# --- Log redaction ---------------------------------------------------------------------

_PATTERNS = (
    # Authorization headers and bearer tokens, in any quoting.
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer|basic|dpop)\s+)[^\s'\",}]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    # key=value and "key": "value" for secret-looking names.
    re.compile(
        r"(?i)((?:access_?token|refresh_?token|access_?jwt|refresh_?jwt|app_?password|password"
        r"|client_?secret|secret|token)['\"]?\s*[:=]\s*['\"]?)[^\s'\"&,}]+"
    ),
    # Bluesky app passwords look like xxxx-xxxx-xxxx-xxxx.
    re.compile(r"()\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b"),
    # JWTs.
    re.compile(r"()\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
)
REDACTED = "<redacted>"


def redact(text: str) -> str:
    """``text`` with anything that looks like a credential replaced by ``<redacted>``."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that rewrites each record's message with credentials redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


# Loggers of the SDKs that can log request headers at DEBUG level.
SDK_LOGGERS = (
    "tweepy",
    "tweepy.client",
    "mastodon",
    "httpx",
    "httpcore",
    "atproto",
    "requests_oauthlib",
)


def install_log_redaction(root: logging.Logger | None = None) -> RedactingFilter:
    """Attach one :class:`RedactingFilter` to the SDK loggers and to ``root``'s handlers."""
    flt = RedactingFilter()
    root = root or logging.getLogger()
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(flt)
    for name in SDK_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(flt)
    return flt
