"""The app's routers: each module serves one area's pages and its JSON API."""

from fastapi import APIRouter

from followback.web.routes import (
    audit,
    calendar,
    compose,
    contact,
    inbox,
    listening,
    login,
    oauth,
    overview,
    presence,
    queue,
    retention,
    saved_replies,
    second_looks,
    settings,
    team,
    x_webhook,
)

__all__ = ["ROUTERS"]

ROUTERS: tuple[APIRouter, ...] = (
    login.router,
    overview.router,
    retention.router,
    queue.router,
    second_looks.router,
    compose.router,
    saved_replies.router,
    contact.router,
    inbox.router,
    presence.router,
    audit.router,
    settings.router,
    calendar.router,
    oauth.router,
    listening.router,
    team.router,
    x_webhook.router,
)
