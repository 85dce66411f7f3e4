"""Web adapter: the dashboard (server-rendered pages) and the JSON REST API under ``/api``."""

from followback.web.app import create_app

__all__ = ["create_app"]
