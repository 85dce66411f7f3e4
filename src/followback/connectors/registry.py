"""Connector lookup by platform, through the ``followback.connectors`` entry-point group.

Built-in connectors register through the same group as third-party ones, so there is
one way in and no ``if platform == ...`` chains.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.metadata import entry_points
from typing import Protocol

from followback.connectors.base import Connector
from followback.domain import Platform
from followback.domain.errors import ErrorCode, UserError

__all__ = ["ConnectorFactory", "available_platforms", "get_factory"]

GROUP = "followback.connectors"


class ConnectorFactory(Protocol):
    """Builds a connected :class:`Connector` for one brand account."""

    def __call__(
        self, handle: str, credentials: Mapping[str, str], server: str | None = None
    ) -> Connector: ...


def available_platforms() -> list[str]:
    """Platform names with an installed connector."""
    return sorted(ep.name for ep in entry_points(group=GROUP))


def get_factory(platform: Platform | str) -> ConnectorFactory:
    """The factory registered for ``platform``; a :class:`UserError` names missing ones."""
    name = platform.value if isinstance(platform, Platform) else platform
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            factory: ConnectorFactory = ep.load()
            return factory
    raise UserError(
        f"no connector installed for platform {name!r}; installed: "
        + (", ".join(available_platforms()) or "none"),
        ErrorCode.UNKNOWN_PLATFORM,
    )
