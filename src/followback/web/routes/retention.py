"""The Retention page (the experiment, cohorts by week, observational comparisons), its CSV
downloads and its API. It shows the report's own retention section, computed by the same
:func:`~followback.services.report.account_analytics`, so the two always agree."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from markupsafe import Markup

from followback.domain import ErrorCode, UserError
from followback.services.report import (
    RETENTION_FILES,
    AccountAnalytics,
    account_analytics,
    retention_csv,
    retention_html,
    write_csv_text,
)
from followback.store.dashboard import list_accounts
from followback.web.context import Viewer, get_context, render

__all__ = ["router"]

router = APIRouter()
AccountQuery = Annotated[int | None, Query(ge=1, le=2**31 - 1)]


def _analytics(request: Request, account: int | None) -> tuple[AccountAnalytics | None, Any]:
    """The chosen account's analytics (the first account when none is chosen)."""
    ctx = get_context(request)
    with ctx.store.read() as session:
        accounts = list_accounts(session)
        if account is None and accounts:
            account = accounts[0].id
        if account is None:
            return None, accounts
        if all(a.id != account for a in accounts):
            raise UserError(f"no account with id {account}", ErrorCode.NOT_FOUND)
        sla = ctx.settings.inbox.first_response_sla_minutes
        return account_analytics(session, account, ctx.clock(), sla_minutes=sla), accounts


@router.get("/api/retention", tags=["metrics"])
def api_retention(request: Request, me: Viewer, account: AccountQuery = None) -> dict[str, Any]:
    """The experiment's status and answer, the audience counts and the observational
    comparisons of one account (the first when none is given)."""
    item, _ = _analytics(request, account)
    if item is None:
        raise UserError("no accounts yet", ErrorCode.NOT_FOUND)
    exp = item.experiment
    return {
        "account": item.account.id,
        "counts": item.counts.as_dict(),
        "experiment": {
            "status": exp.status,
            "headline": exp.headline,
            "method": exp.method,
            "as_of": exp.as_of.isoformat() if exp.as_of else None,
            "next_look": exp.next_look.isoformat() if exp.next_look else None,
            "hazard_ratio": exp.hazard_ratio,
            "hazard_ratio_lower": exp.hazard_ratio_lower,
            "hazard_ratio_upper": exp.hazard_ratio_upper,
            "risk_reduction": exp.risk_reduction,
            "risk_reduction_lower": exp.risk_reduction_lower,
            "risk_reduction_upper": exp.risk_reduction_upper,
            "events_needed": exp.events_needed,
            "weeks_needed": exp.weeks_needed,
            "arms": [a.__dict__ for a in exp.arms],
        },
        "observational": {
            "message": item.observational.message,
            "method": item.observational.method,
        },
        "sla": {"message": item.sla.message, "method": item.sla.method},
        "downloads": [f"/retention/{name}?account={item.account.id}" for name in RETENTION_FILES],
    }


@router.get("/retention/{name}", include_in_schema=False)
def retention_download(
    request: Request, me: Viewer, name: Annotated[str, Path()], account: AccountQuery = None
) -> Response:
    """One of the retention CSVs of the chart or table it names (the report's file)."""
    if name not in RETENTION_FILES:
        raise UserError(f"no download named {name!r}", ErrorCode.NOT_FOUND)
    item, _ = _analytics(request, account)
    if item is None:
        raise UserError("no accounts yet", ErrorCode.NOT_FOUND)
    return Response(
        write_csv_text(*retention_csv([item], name)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{item.account.handle}-{name}"'},
    )


@router.get("/retention", include_in_schema=False)
def retention_page(request: Request, me: Viewer, account: AccountQuery = None) -> Response:
    item, accounts = _analytics(request, account)
    return render(
        request,
        "retention.html",
        me,
        item=item,
        accounts=accounts,
        account=item.account.id if item else None,
        section=Markup(retention_html(item)) if item else None,  # noqa: S704 - our own template, autoescaped
        files=RETENTION_FILES,
    )
