"""X connector (tweepy, API v2, OAuth 2.0 user context) with a spend tracker and cap."""

from followback.connectors.x.client import XConnector, connect
from followback.connectors.x.spend import Billable, SpendCapExceededError, SpendTracker

__all__ = ["Billable", "SpendCapExceededError", "SpendTracker", "XConnector", "connect"]
