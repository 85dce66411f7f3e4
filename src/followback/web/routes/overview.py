"""The overview page (audience, growth, churn, inactivity, response times) and its API."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from followback.store.dashboard import list_accounts
from followback.store.overview import build_overview
from followback.web.charts import bar_chart, line_chart
from followback.web.context import Viewer, get_context, render

__all__ = ["router"]

router = APIRouter()


class Health(BaseModel):
    status: str
    database: str


@router.get("/api/health", response_model=Health, tags=["meta"])
def api_health(request: Request) -> Health:
    """Liveness and database reachability; needs no login and reveals nothing else."""
    ctx = get_context(request)
    ctx.store.ping()
    return Health(status="ok", database=ctx.store.dialect)


@router.get("/api/metrics", tags=["metrics"])
def api_metrics(
    request: Request,
    me: Viewer,
    account: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    days: Annotated[int, Query(ge=2, le=365)] = 30,
) -> dict[str, Any]:
    """Audience figures and daily series for one account (or all accounts together)."""
    ctx = get_context(request)
    with ctx.store.read() as session:
        data = build_overview(session, account, ctx.clock(), days)
    return {"account": account, "days": days, **data.as_dict()}


@router.get("/", include_in_schema=False)
def overview_page(request: Request, me: Viewer) -> Response:
    ctx = get_context(request)
    raw = request.query_params.get("account", "")
    account = int(raw) if raw.isdigit() else None
    from datetime import timedelta

    from followback.store.listening import ListenRepo
    from followback.web.listen_charts import volume_chart

    with ctx.store.read() as session:
        data = build_overview(session, account, ctx.clock())
        accounts = list_accounts(session)
        today = ctx.clock().date()
        volume = ListenRepo(session).daily_volume(account, today - timedelta(days=27), today)
    charts = {
        "followers": line_chart(data.followers_series, "Followers over time"),
        "flow": bar_chart(data.days, data.gains, data.losses, "New and lost followers per day"),
        "response": line_chart(
            data.response_series, "Median first response (minutes) per day", color="#8a4fd8"
        ),
        "volume": volume_chart(volume, "Posts naming the brand per day"),
    }
    return render(
        request, "overview.html", me, data=data, charts=charts, accounts=accounts, account=account
    )
