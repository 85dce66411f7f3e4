"""Listening: what each account listens for, the volume chart and its API, X's budget; and
the notifications' "send test" action."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions.listening import apply_listen_rules
from followback.connectors.x.spend import PRICES_USD, Billable
from followback.inbox.signal import detect_spike
from followback.services.listen import BASELINE_DAYS, budget_of
from followback.store import AccountRepo
from followback.store.dashboard import list_accounts
from followback.store.listening import ListenRepo
from followback.store.notifications import NotificationRepo
from followback.web.context import Admin, Viewer, flash_url, get_context, render
from followback.web.listen_charts import volume_chart

__all__ = ["router"]

router = APIRouter()
AccountId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class VolumeDay(BaseModel):
    day: str
    mentions: int
    heard: int
    complaints: int
    complaint_share: float


class VolumeOut(BaseModel):
    account_id: int
    days: list[VolumeDay]
    spike: bool = Field(description="today's complaints are a spike against the baseline")
    spike_reason: str
    baseline_complaints_per_day: float


class ListenOut(BaseModel):
    account_id: int
    settings: dict[str, Any]
    marks: dict[str, dict[str, str]]
    x_budget: dict[str, str]


def _volume(request: Request, account_id: int, days: int) -> VolumeOut:
    ctx = get_context(request)
    today = ctx.clock().date()
    first = today - timedelta(days=max(days, BASELINE_DAYS + 1) - 1)
    with ctx.store.read() as s:
        AccountRepo(s).get_row(account_id)
        series = ListenRepo(s).daily_volume(account_id, first, today)
    verdict = detect_spike(
        [d.complaints for d in series[:-1]][-BASELINE_DAYS:], series[-1].complaints
    )
    shown = series[-days:]
    return VolumeOut(
        account_id=account_id,
        days=[
            VolumeDay(
                day=d.day.isoformat(),
                mentions=d.mentions,
                heard=d.heard,
                complaints=d.complaints,
                complaint_share=round(d.complaint_share, 4),
            )
            for d in shown
        ],
        spike=verdict.spike,
        spike_reason=verdict.reason,
        baseline_complaints_per_day=verdict.baseline,
    )


def _listen(request: Request, account_id: int) -> ListenOut:
    ctx = get_context(request)
    with ctx.store.read() as s:
        AccountRepo(s).get_row(account_id)
        repo = ListenRepo(s)
        settings, marks = repo.get(account_id), repo.marks(account_id)
    b = budget_of(ctx.store, account_id, settings, PRICES_USD[Billable.POST_READ], ctx.clock())
    budget = {
        "month": b.month,
        "budget_usd": f"{b.budget_usd:.2f}",
        "spent_usd": f"{b.spent_usd:.3f}",
        "remaining_usd": f"{b.remaining_usd:.3f}",
        "posts_read": str(b.posts),
        "posts_affordable": str(b.affordable_posts),
        "price_per_post_usd": str(b.price_usd),
    }
    return ListenOut(
        account_id=account_id,
        settings=settings.model_dump(mode="json"),
        marks=marks,
        x_budget=budget,
    )


@router.get("/api/listen/{account_id}/volume", response_model=VolumeOut, tags=["listening"])
def api_volume(
    request: Request,
    me: Viewer,
    account_id: AccountId,
    days: Annotated[int, Query(ge=1, le=366)] = 28,
) -> VolumeOut:
    """Posts naming the brand per day (mentions, heard) with complaint share, and the spike test."""
    return _volume(request, account_id, days)


@router.get("/api/listen/{account_id}", response_model=ListenOut, tags=["listening"])
def api_listen(request: Request, me: Viewer, account_id: AccountId) -> ListenOut:
    """What the account listens for, the newest post seen per term, and X's monthly budget."""
    return _listen(request, account_id)


@router.put("/api/listen/{account_id}", response_model=ListenOut, tags=["listening"])
def api_put_listen(
    request: Request, me: Admin, account_id: AccountId, body: dict[str, Any]
) -> ListenOut:
    """Change what the account listens for (keys of ``[accounts.listen]``; others unchanged)."""
    apply_listen_rules(get_context(request).store, account_id, body, member=me.name, actor=me.actor)
    return _listen(request, account_id)


class TestSent(BaseModel):
    channel: str
    state: str
    attempts: int
    error: str | None


@router.post("/api/notify/test", response_model=list[TestSent], tags=["notifications"])
def api_notify_test(
    request: Request, me: Admin, channel: Annotated[str | None, Query()] = None
) -> list[TestSent]:
    """Send a test notification now to one channel (or every enabled one)."""
    from followback.notify.dispatch import send_test

    ctx = get_context(request)
    report = send_test(ctx.store, ctx.settings.notify, actor=me.actor, channel=channel)
    return [
        TestSent(channel=d.channel, state=d.state, attempts=d.attempts, error=d.error)
        for d in report.all
    ]


# -- pages ----------------------------------------------------------------------------------
def _lines(value: Any) -> list[str]:
    return [v.strip() for v in str(value or "").splitlines() if v.strip()]


@router.get("/listening", include_in_schema=False)
def listening_page(request: Request, me: Viewer) -> Response:
    ctx = get_context(request)
    raw = request.query_params.get("account", "")
    with ctx.store.read() as s:
        accounts = list_accounts(s)
        deliveries = NotificationRepo(s).list_recent(20)
    account_id = int(raw) if raw.isdigit() else (accounts[0].id if accounts else None)
    listen = volume = chart = None
    if account_id is not None:
        listen = _listen(request, account_id)
        volume = _volume(request, account_id, 28)
        with ctx.store.read() as s:
            today = ctx.clock().date()
            series = ListenRepo(s).daily_volume(account_id, today - timedelta(days=27), today)
        chart = volume_chart(series, "Posts naming the brand per day")
    return render(
        request,
        "listening.html",
        me,
        accounts=accounts,
        account=account_id,
        listen=listen,
        volume=volume,
        chart=chart,
        channels=ctx.settings.notify.channels,
        deliveries=deliveries,
    )


@router.post("/listening/{account_id}", include_in_schema=False)
async def listening_submit(request: Request, me: Admin, account_id: AccountId) -> Response:
    form = await request.form()
    changes: dict[str, Any] = {
        "keywords": _lines(form.get("keywords")),
        "hashtags": _lines(form.get("hashtags")),
        "exclude": _lines(form.get("exclude")),
        "full_text_search": form.get("full_text_search") == "on",
        "spike_alert": form.get("spike_alert") == "on",
        "jetstream": form.get("jetstream") == "on",
        "x_monthly_budget_usd": form.get("x_monthly_budget_usd") or 0,
    }
    apply_listen_rules(
        get_context(request).store, account_id, changes, member=me.name, actor=me.actor
    )
    return RedirectResponse(
        flash_url(request, f"/listening?account={account_id}", "Listening saved."), 303
    )


@router.post("/settings/notify/test", include_in_schema=False)
async def notify_test_submit(request: Request, me: Admin) -> Response:
    from followback.notify.dispatch import send_test

    form = await request.form()
    channel = str(form.get("channel") or "") or None
    ctx = get_context(request)
    report = send_test(ctx.store, ctx.settings.notify, actor=me.actor, channel=channel)
    ok = ", ".join(d.channel for d in report.sent) or "none"
    bad = ", ".join(f"{d.channel} ({d.error})" for d in [*report.retrying, *report.failed])
    flash = f"Test sent to: {ok}." + (f" Not delivered: {bad}." if bad else "")
    return RedirectResponse(flash_url(request, "/listening", flash), 303)
