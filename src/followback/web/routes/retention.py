"""The Retention page (the experiment, cohorts by week, observational comparisons), its CSV
downloads and its API. It shows the report's own retention section, computed by the same
:func:`~followback.services.report.retention_analyses`, so the two always agree; the
service computes them ahead and keeps them
(:mod:`followback.services.retention_analyses`), so a page view of a large account reads
them instead of fitting survival models for seconds."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from markupsafe import Markup

from followback.domain import ErrorCode, UserError
from followback.services.report import (
    RETENTION_FILES,
    retention_csv,
    retention_html,
    write_csv_text,
)
from followback.services.retention_analyses import REFRESH_EVERY_S, RetentionPage, retention_page
from followback.store.dashboard import list_accounts
from followback.web.context import Viewer, get_context, render

__all__ = ["router"]

router = APIRouter()
AccountQuery = Annotated[int | None, Query(ge=1, le=2**31 - 1)]


def _page(request: Request, account: int | None) -> tuple[RetentionPage | None, Any]:
    """The chosen account's counts and kept analyses (the first account when none is
    chosen); analyses of a small account are computed here when missing or out of date."""
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
    return retention_page(ctx.store, account, clock=ctx.clock, sla_minutes=sla), accounts


def _kept(page: RetentionPage) -> dict[str, Any]:
    """When the shown analyses were computed, and whether they are current."""
    kept = page.kept
    return {
        "state": page.state,
        "computed_at": kept.computed_at.isoformat() if kept else None,
        "as_of": kept.as_of.isoformat() if kept else None,
        "seconds": kept.seconds if kept else None,
        "last_sync": page.last_sync.isoformat() if page.last_sync else None,
    }


@router.get("/api/retention", tags=["metrics"])
def api_retention(request: Request, me: Viewer, account: AccountQuery = None) -> dict[str, Any]:
    """The experiment's status and answer, the audience counts and the observational
    comparisons of one account (the first when none is given), as the service last
    computed them (``analyses``: when, and whether they are current; the figures are
    ``null`` until they were first computed)."""
    page, _ = _page(request, account)
    if page is None:
        raise UserError("no accounts yet", ErrorCode.NOT_FOUND)
    body: dict[str, Any] = {
        "account": page.account.id,
        "counts": page.counts.as_dict(),
        "analyses": _kept(page),
        "experiment": None,
        "observational": None,
        "sla": None,
        "downloads": [],
    }
    item = page.analyses
    if item is None:
        return body
    exp = item.experiment
    return body | {
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
        "downloads": [f"/retention/{name}?account={page.account.id}" for name in RETENTION_FILES],
    }


@router.get("/retention/{name}", include_in_schema=False)
def retention_download(
    request: Request, me: Viewer, name: Annotated[str, Path()], account: AccountQuery = None
) -> Response:
    """One of the retention CSVs of the chart or table it names (the report's file)."""
    if name not in RETENTION_FILES:
        raise UserError(f"no download named {name!r}", ErrorCode.NOT_FOUND)
    page, _ = _page(request, account)
    if page is None:
        raise UserError("no accounts yet", ErrorCode.NOT_FOUND)
    if page.analyses is None:
        raise UserError(
            "the retention analyses of this account are not computed yet:"
            " `followback run` computes them within the hour",
            ErrorCode.CONFLICT,
        )
    return Response(
        write_csv_text(*retention_csv([(page.account, page.analyses)], name)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{page.account.handle}-{name}"'},
    )


@router.get("/retention", include_in_schema=False)
def retention_page_view(request: Request, me: Viewer, account: AccountQuery = None) -> Response:
    page, accounts = _page(request, account)
    analyses = page.analyses if page else None
    return render(
        request,
        "retention.html",
        me,
        item=page,
        accounts=accounts,
        account=page.account.id if page else None,
        # our own template, autoescaped
        section=Markup(retention_html(analyses)) if analyses else None,  # noqa: S704
        files=RETENTION_FILES,
        refresh_minutes=round(REFRESH_EVERY_S / 60),
    )
