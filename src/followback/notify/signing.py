"""Signing webhook bodies with HMAC-SHA256, and checking a signature on the receiving side.

The scheme follows the common pattern (GitHub, Stripe): the signature covers the timestamp
and the body, so a captured request cannot be replayed later with a new timestamp, and the
receiver compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Followback-Signature"
TIMESTAMP_HEADER = "X-Followback-Timestamp"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The header value ``sha256=<hex>`` for ``body`` sent at ``timestamp`` (Unix seconds)."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    *,
    now: float | None = None,
    tolerance_s: int = 300,
) -> bool:
    """True when ``signature`` is ``sign(secret, timestamp, body)`` and the time is recent.

    ``now`` (Unix seconds) enables the freshness check; receivers should pass it.
    """
    if now is not None:
        try:
            if abs(now - int(timestamp)) > tolerance_s:
                return False
        except ValueError:
            return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)
