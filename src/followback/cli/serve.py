"""``followback serve``: the dashboard and REST API (uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from followback.cli.common import ConfigOption, DbOption, console, open_settings_and_store

__all__ = ["register", "serve"]


def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.", min=1, max=65535)] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    secure_cookies: Annotated[
        bool | None,
        typer.Option(
            "--secure-cookies/--insecure-cookies",
            help="Force the Secure cookie flag on or off (default: on except plain http "
            "on 127.0.0.1/localhost).",
        ),
    ] = None,
) -> None:
    """Serve the dashboard and the JSON API (OpenAPI schema at /api/openapi.json)."""
    import uvicorn

    from followback.web.app import create_app

    settings, store = open_settings_and_store(db, config)
    host = host or settings.service.host
    port = port or settings.service.port
    app = create_app(store, settings, cookie_secure=secure_cookies)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"dashboard: http://{shown}:{port}/  (API: /api, Ctrl-C to stop)")
    # uvicorn would believe X-Forwarded-For from 127.0.0.1 by default, so a client behind a
    # local proxy could pick its own address (and dodge the login limit). The app reads the
    # header itself, only from the proxies listed in service.trusted_proxies.
    uvicorn.run(
        app, host=host, port=port, log_level="warning", access_log=False, proxy_headers=False
    )


def register(app: typer.Typer) -> None:
    app.command()(serve)
