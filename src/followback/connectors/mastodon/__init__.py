"""Mastodon connector (Mastodon.py): OAuth token, Link-header pagination, direct statuses."""

from followback.connectors.mastodon.client import MastodonConnector, connect

__all__ = ["MastodonConnector", "connect"]
