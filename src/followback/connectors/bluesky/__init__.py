"""Bluesky connector (atproto): app-password login, cursors, records, chat, Jetstream."""

from followback.connectors.bluesky.client import DEFAULT_SERVER, BlueskyConnector, connect

__all__ = ["DEFAULT_SERVER", "BlueskyConnector", "connect"]
