"""Business hours and holidays per account: ``/api/accounts/{id}/business-hours`` and the
Settings page's form. The SLA clock runs only inside them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from pydantic import BaseModel, Field

from followback.actions.calendars import (
    WEEKDAYS,
    clear_business_calendar,
    record_business_calendar,
)
from followback.inbox.sla import BusinessHours, parse_business_hours
from followback.store.calendars import CalendarRepo
from followback.web.context import Admin, Viewer, WebContext, get_context

__all__ = ["calendar_form", "router"]

router = APIRouter()
AccountId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class BusinessHoursBody(BaseModel):
    opens: str = Field(pattern=r"^\d{1,2}:\d{2}$", examples=["09:00"])
    closes: str = Field(pattern=r"^\d{1,2}:\d{2}$", examples=["18:00"])
    weekdays: list[str] = Field(max_length=7, examples=[["Mon", "Tue", "Wed", "Thu", "Fri"]])
    time_zone: str = Field("UTC", max_length=64, examples=["Europe/Lisbon"])
    holidays: list[str] = Field(
        default_factory=list, max_length=1000, description="dates YYYY-MM-DD (a note may follow)"
    )


class BusinessHoursOut(BaseModel):
    account_id: int
    source: str = Field(description="account (set here), settings (the file) or none")
    hours: str | None
    holidays: list[str]
    updated_by: str | None = None
    updated_at: str | None = None


def _out(ctx: WebContext, account_id: int) -> BusinessHoursOut:
    with ctx.store.read() as s:
        own = CalendarRepo(s).find(account_id)
    if own is not None:
        return BusinessHoursOut(
            account_id=account_id,
            source="account",
            hours=own.hours,
            holidays=[d.isoformat() for d in own.holidays],
            updated_by=own.updated_by,
            updated_at=own.updated_at.isoformat(),
        )
    spec = ctx.settings.inbox.business_hours
    return BusinessHoursOut(
        account_id=account_id,
        source="settings" if spec else "none",
        hours=spec,
        holidays=[],
    )


def _save(ctx: WebContext, actor: str, account_id: int, body: BusinessHoursBody) -> None:
    record_business_calendar(
        ctx.store,
        account_id,
        opens=body.opens,
        closes=body.closes,
        weekdays=body.weekdays,
        time_zone=body.time_zone,
        holidays=body.holidays,
        by=actor,
        clock=ctx.clock,
    )


@router.get(
    "/api/accounts/{account_id}/business-hours", response_model=BusinessHoursOut, tags=["inbox"]
)
def api_business_hours(request: Request, me: Viewer, account_id: AccountId) -> BusinessHoursOut:
    """The account's opening hours and holidays (its own, else the settings file's)."""
    return _out(get_context(request), account_id)


@router.put(
    "/api/accounts/{account_id}/business-hours", response_model=BusinessHoursOut, tags=["inbox"]
)
def api_put_business_hours(
    request: Request, me: Admin, account_id: AccountId, body: BusinessHoursBody
) -> BusinessHoursOut:
    """Set the account's opening hours and holidays (admin); the SLA clock pauses outside."""
    ctx = get_context(request)
    _save(ctx, me.actor, account_id, body)
    return _out(ctx, account_id)


@router.delete(
    "/api/accounts/{account_id}/business-hours", response_model=BusinessHoursOut, tags=["inbox"]
)
def api_delete_business_hours(
    request: Request, me: Admin, account_id: AccountId
) -> BusinessHoursOut:
    """Drop the account's own hours: the settings file's apply again (admin)."""
    ctx = get_context(request)
    clear_business_calendar(ctx.store, account_id, by=me.actor, clock=ctx.clock)
    return _out(ctx, account_id)


def calendar_form(ctx: WebContext, account_id: int) -> dict[str, Any]:
    """What the Settings page's business-hours form shows."""
    out = _out(ctx, account_id)
    hours: BusinessHours | None = parse_business_hours(out.hours) if out.hours else None
    return {
        "source": out.source,
        "opens": hours.start.strftime("%H:%M") if hours else "09:00",
        "closes": hours.end.strftime("%H:%M") if hours else "17:00",
        "weekdays": [WEEKDAYS[i] for i in sorted(hours.weekdays)] if hours else WEEKDAYS[:5],
        "time_zone": hours.tz if hours else "UTC",
        "holidays": "\n".join(out.holidays),
        "updated_by": out.updated_by,
        "all_weekdays": WEEKDAYS,
    }
