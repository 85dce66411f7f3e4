"""Platforms and follow modes."""

from __future__ import annotations

from enum import StrEnum

from followback.domain.errors import ErrorCode, UserError

__all__ = ["FollowMode", "Platform", "parse_platform"]


class Platform(StrEnum):
    """A social network followback can manage an account on.

    ``sandbox`` is the built-in simulated network (demo, fast tests, benchmarks).
    """

    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    X = "x"
    SANDBOX = "sandbox"


class FollowMode(StrEnum):
    """How the follow-back engine acts for an account.

    ``auto`` acts without review, ``review`` queues screened accounts for a person,
    ``dry_run`` decides and reports but never acts.
    """

    AUTO = "auto"
    REVIEW = "review"
    DRY_RUN = "dry-run"


def parse_platform(name: str) -> Platform:
    """Return the :class:`Platform` called ``name`` or raise a :class:`UserError` naming it."""
    try:
        return Platform(name.strip().lower())
    except ValueError:
        known = ", ".join(p.value for p in Platform)
        raise UserError(
            f"unknown platform {name!r}; known platforms: {known}",
            ErrorCode.UNKNOWN_PLATFORM,
            platform=name,
        ) from None
