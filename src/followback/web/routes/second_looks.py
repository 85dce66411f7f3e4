"""Screening's second looks in the dashboard: what was learned from the brand's decisions
(with a reset), and the "unfollow?" list of followed accounts that turned suspicious."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from followback.actions.learning import reset_learning, resolve_unfollow_check
from followback.services.learning import learning_status
from followback.services.second_looks import list_unfollow_checks
from followback.store.dashboard import list_accounts
from followback.web.context import Agent, Viewer, flash_url, get_context, render

__all__ = ["router"]

router = APIRouter()


@router.get("/second-looks", include_in_schema=False)
def second_looks_page(request: Request, me: Viewer) -> Response:
    ctx = get_context(request)
    with ctx.store.read() as session:
        accounts = list_accounts(session)
    rows = [
        (a, learning_status(ctx.store, a.id), list_unfollow_checks(ctx.store, a.id))
        for a in accounts
    ]
    return render(request, "second_looks.html", me, rows=rows)


@router.post("/second-looks/{account_id}/reset-learning", include_in_schema=False)
def reset_page(
    request: Request, me: Agent, account_id: Annotated[int, Path(ge=1, le=2**31 - 1)]
) -> Response:
    ctx = get_context(request)
    reset_learning(ctx.store, account_id, clock=ctx.clock, by=f"member:{me.name}")
    return RedirectResponse(flash_url(request, "/second-looks", "Learning reset."), 303)


@router.post("/second-looks/{account_id}/answer", include_in_schema=False)
def answer_page(
    request: Request,
    me: Agent,
    account_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    remote_id: Annotated[str, Form(max_length=320)],
    answer: Annotated[str, Form(pattern="^(keep|unfollow)$")],
) -> Response:
    ctx = get_context(request)
    state = resolve_unfollow_check(
        ctx.store, account_id, remote_id, keep=answer == "keep", by=f"member:{me.name}",
        clock=ctx.clock,
    )  # fmt: skip
    flash = "Kept." if state == "kept" else "Unfollow queued."
    return RedirectResponse(flash_url(request, "/second-looks", flash), status_code=303)
