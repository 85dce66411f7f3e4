"""People as the team sees them: a handle, a display name and a link to their profile.

Every list, log and detail names a person this way instead of a numeric platform id
(X user ids and Bluesky DIDs mean nothing to a team).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlparse

__all__ = ["Person", "profile_url"]


def _server_host(server: str | None) -> str:
    if not server:
        return ""
    parsed = urlparse(server if "://" in server else f"https://{server}")
    return parsed.netloc


def profile_url(platform: str, handle: str, server: str | None = None) -> str:
    """The public profile page of ``handle`` on ``platform`` ("" when it cannot be known).

    Mastodon handles are ``user@server`` for remote accounts and ``user`` for accounts on
    the brand's own server, so ``server`` (the brand account's) completes the short form.
    """
    name = handle.strip().lstrip("@")
    if not name:
        return ""
    if platform == "bluesky":
        return f"https://bsky.app/profile/{quote(name)}"
    if platform == "x":
        return f"https://x.com/{quote(name)}"
    if platform == "mastodon":
        user, _, host = name.partition("@")
        host = host or _server_host(server)
        return f"https://{host}/@{quote(user)}" if host and user else ""
    return ""


@dataclass(frozen=True, slots=True)
class Person:
    """A remote account as shown to the team."""

    platform: str
    remote_id: str
    handle: str
    display_name: str = ""
    url: str = ""
    followers_count: int | None = None

    @property
    def known(self) -> bool:
        """False when all we have is the platform's id (no handle was ever seen)."""
        return bool(self.handle) and self.handle != self.remote_id

    @property
    def label(self) -> str:
        """``Display Name (@handle)``, or ``@handle`` alone, for plain-text logs and the CLI."""
        at = f"@{self.handle}" if self.handle else self.remote_id
        return f"{self.display_name} ({at})" if self.display_name else at
