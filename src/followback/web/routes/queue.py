"""The review queue: screened followers waiting for a person; approve or skip one or many."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions import review
from followback.actions.intents import list_person_follows
from followback.domain.errors import ErrorCode, UserError
from followback.store.dashboard import (
    QueueItem,
    QueueQuery,
    count_lanes,
    count_queue,
    list_accounts,
    list_queue,
    queue_cursor,
    queue_ids,
)
from followback.store.people import PeopleRepo
from followback.web.commands import review_decisions
from followback.web.context import (
    Agent,
    Principal,
    Viewer,
    WebContext,
    get_context,
    render,
)

__all__ = ["router"]

router = APIRouter()

PAGE_SIZE = 50
States = Literal["pending", "approved", "skipped", "reported"]
Verdicts = Literal["follow", "skip", "review"]
Lanes = Literal["recommended", "needs_a_look", "screened_out"]


class QueuePage(BaseModel):
    total: int
    lanes: dict[str, int] = Field(
        description="decisions matching the other filters in each lane: recommended (approve "
        "in one click), needs_a_look, screened_out"
    )
    # The read model itself is the response schema (pydantic serialises dataclasses).
    items: list[QueueItem]
    next: str | None = Field(
        None, description="pass as `after` for the next page (keyset); null on the last page"
    )


class ReviewBody(BaseModel):
    ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(min_length=1, max_length=500)
    action: Literal["approve", "skip"]
    note: str | None = Field(None, max_length=2000)


class ReviewResult(BaseModel):
    action: str
    applied: list[int]
    enqueued: int = Field(description="follow actions put in the outbox")
    batch_ids: list[str]


def _query(
    account: int | None,
    state: str | None,
    verdict: str | None,
    min_score: float | None,
    max_score: float | None,
    q: str | None,
    limit: int,
    offset: int,
    lane: str | None = None,
    after: str | None = None,
) -> QueueQuery:
    return QueueQuery(
        account_id=account,
        state=state or None,
        verdict=verdict or None,
        lane=lane or None,
        min_score=min_score,
        max_score=max_score,
        search=q or None,
        limit=limit,
        offset=offset,
        after=after or None,
    )


@router.get("/api/queue", response_model=QueuePage, tags=["queue"])
def api_queue(
    request: Request,
    me: Viewer,
    account: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    state: States | None = "pending",
    verdict: Verdicts | None = None,
    lane: Lanes | None = None,
    min_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    max_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    after: Annotated[str | None, Query(max_length=400)] = None,
) -> QueuePage:
    """Screened followers, highest priority first; filter by account, state, verdict, lane
    (recommended: approve in one click; needs_a_look), score. Page with ``after`` = the
    previous page's ``next`` (fast at any depth); ``offset`` still works."""
    query = _query(account, state, verdict, min_score, max_score, q, limit, offset, lane, after)
    with get_context(request).store.read() as session:
        items = list_queue(session, query)
        total = count_queue(session, query)
        lanes = count_lanes(session, query)
    nxt = queue_cursor(items[-1]) if len(items) == limit else None
    return QueuePage(total=total, lanes=lanes, items=items, next=nxt)


@router.post("/api/queue", response_model=ReviewResult, tags=["queue"])
def api_review(request: Request, me: Agent, body: ReviewBody) -> ReviewResult:
    """Approve or skip one or many pending decisions (X refuses bulk approval)."""
    ctx = get_context(request)
    reports = review_decisions(
        ctx.store, body.ids, body.action, member=me.name, clock=ctx.clock, note=body.note
    )
    return ReviewResult(
        action=body.action,
        applied=sorted(i for r in reports for i in r.decision_ids),
        enqueued=sum(r.enqueued for r in reports),
        batch_ids=[r.batch_id for r in reports if r.batch_id],
    )


class BulkBody(BaseModel):
    """Approve or skip every pending decision matching these filters (the queue's own)."""

    action: Literal["approve", "skip"]
    expected: int = Field(
        ge=1, le=10**7, description="the count the person was shown; refused if it changed"
    )
    account: int | None = Field(None, ge=1, le=2**31 - 1)
    verdict: Verdicts | None = None
    lane: Lanes | None = Field(None, description="recommended: approve them all in one click")
    min_score: float | None = Field(None, ge=0, le=1)
    max_score: float | None = Field(None, ge=0, le=1)
    q: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=2000)


def _bulk(ctx: WebContext, me: Principal, body: BulkBody) -> tuple[ReviewResult, str | None]:
    """Returns the result and, for one approved batch, ``account:batch`` to offer undo."""
    query = _query(
        body.account,
        "pending",
        body.verdict,
        body.min_score,
        body.max_score,
        body.q,
        1,
        0,
        body.lane,
    )
    with ctx.store.read() as session:
        ids = queue_ids(session, query)
    if len(ids) != body.expected:
        raise UserError(
            f"{len(ids)} accounts match these filters now, not the {body.expected} you were "
            "shown: look at the queue again before acting on all of them",
            ErrorCode.CONFLICT,
            field="expected",
            matching=len(ids),
        )
    reports = review_decisions(
        ctx.store, ids, body.action, member=me.name, clock=ctx.clock, note=body.note
    )
    result = ReviewResult(
        action=body.action,
        applied=sorted(i for r in reports for i in r.decision_ids),
        enqueued=sum(r.enqueued for r in reports),
        batch_ids=[r.batch_id for r in reports if r.batch_id],
    )
    one = reports[0] if len(reports) == 1 and body.action == "approve" else None
    return result, (f"{one.account_id}:{one.batch_id}" if one and one.batch_id else None)


@router.post("/api/queue/bulk", response_model=ReviewResult, tags=["queue"])
def api_bulk(request: Request, me: Agent, body: BulkBody) -> ReviewResult:
    """Approve or skip everything pending that matches the filters; ``expected`` must equal
    the count shown first (``total`` of ``GET /api/queue`` with the same filters)."""
    return _bulk(get_context(request), me, body)[0]


class UndoBody(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    batch_id: str = Field(min_length=1, max_length=64)
    note: str | None = Field(None, max_length=2000)


class UndoFollower(BaseModel):
    remote_id: str
    handle: str
    display_name: str
    profile_url: str
    outcome: Literal[
        "cancelled", "unfollow_queued", "unfollow_pending", "already_unfollowed", "not_followed"
    ]
    text: str = Field(description="what happened, in plain words")
    back_in_review: bool


class UndoResult(BaseModel):
    cancelled: int = Field(description="pending follows cancelled")
    enqueued: int = Field(description="unfollows put in the outbox")
    back_in_review: int = Field(description="decisions put back in the review queue")
    targets: list[str] = Field(description="platform ids unfollowed")
    followers: list[UndoFollower] = Field(description="what happened to each follower")

    def summary(self) -> str:
        return (
            f"Undone: {self.back_in_review} back in review — {self.cancelled} follows "
            f"cancelled before they happened, {self.enqueued} unfollows queued."
        )


def _undo(ctx: WebContext, me: Principal, body: UndoBody) -> UndoResult:
    report = review.undo(
        ctx.store,
        body.account_id,
        member=me.name,
        clock=ctx.clock,
        batch_id=body.batch_id,
        note=body.note,
    )
    with ctx.store.read() as s:
        people = PeopleRepo(s).lookup_for_account(
            body.account_id, [o.remote_id for o in report.outcomes]
        )
    followers = [
        UndoFollower(
            remote_id=o.remote_id,
            handle=people[o.remote_id].handle,
            display_name=people[o.remote_id].display_name,
            profile_url=people[o.remote_id].url,
            outcome=o.outcome,
            text=o.text,
            back_in_review=o.back_in_review,
        )
        for o in report.outcomes
    ]
    return UndoResult(
        cancelled=report.cancelled,
        enqueued=report.enqueued,
        back_in_review=sum(1 for o in report.outcomes if o.back_in_review),
        targets=report.targets,
        followers=followers,
    )


@router.post("/api/queue/undo", response_model=UndoResult, tags=["queue"])
def api_undo(request: Request, me: Agent, body: UndoBody) -> UndoResult:
    """Undo an approval batch: cancel its pending follows, unfollow the ones already made,
    and put every decision back in review; says what happened to each follower."""
    return _undo(get_context(request), me, body)


def _float(value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise UserError(f"score filter {value!r} is not a number", field="score") from None
    if not 0 <= number <= 1:
        raise UserError(f"score filter {value} is outside 0..1", field="score")
    return number


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _undo_param(raw: str | None) -> tuple[int, str] | None:
    account, _, batch = (raw or "").partition(":")
    return (int(account), batch[:64]) if account.isdigit() and batch else None


@router.get("/queue", include_in_schema=False)
def queue_page(request: Request, me: Viewer) -> Response:
    p = request.query_params
    page = max(1, _int(p.get("page")) or 1)
    state = p.get("state", "pending")
    query = _query(
        _int(p.get("account")),
        state if state in ("pending", "approved", "skipped", "reported", "") else "pending",
        p.get("verdict") if p.get("verdict") in ("follow", "skip", "review") else None,
        _float(p.get("min_score")),
        _float(p.get("max_score")),
        (p.get("q") or "")[:200] or None,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
        p.get("lane") if p.get("lane") in ("recommended", "needs_a_look", "screened_out") else None,
    )
    with get_context(request).store.read() as session:
        items = list_queue(session, query)
        total = count_queue(session, query)
        lanes = count_lanes(session, query)
        accounts = list_accounts(session)
    store = get_context(request).store
    shown = [a for a in accounts if query.account_id in (None, a.id)]
    follow_yourself = [(a, p) for a in shown for p in list_person_follows(store, a.id)]
    return render(
        request,
        "queue.html",
        me,
        follow_yourself=follow_yourself,
        items=items,
        total=total,
        lanes=lanes,
        accounts=accounts,
        bulk={a.id: a.bulk_approval_allowed for a in accounts},
        query=query,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        filters={k: v for k, v in p.items() if k not in ("page", "flash", "undo")},
        undo=_undo_param(p.get("undo")),
    )


def _back(back: str) -> str:
    # Return to the same filters, without an earlier flash message.
    if not back.startswith("?"):
        return ""
    pairs = [(k, v) for k, v in parse_qsl(back[1:]) if k not in ("flash", "undo")]
    return f"?{urlencode(pairs)}" if pairs else ""


@router.post("/queue/{decision_id}/{action}", include_in_schema=False)
def queue_one(
    request: Request,
    me: Agent,
    decision_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    action: str,
    note: Annotated[str, Form(max_length=2000)] = "",
    back: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    return _review(request, me, [decision_id], action, note, back)


@router.post("/queue", include_in_schema=False)
def queue_submit(
    request: Request,
    me: Agent,
    action: Annotated[str, Form()],
    ids: Annotated[list[int] | None, Form()] = None,
    note: Annotated[str, Form(max_length=2000)] = "",
    back: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    return _review(request, me, ids or [], action, note, back)


def _review(
    request: Request, me: Principal, ids: list[int], action: str, note: str, back: str
) -> Response:
    ctx = get_context(request)
    reports = review_decisions(
        ctx.store, ids, action, member=me.name, clock=ctx.clock, note=note or None
    )
    applied = [i for r in reports for i in r.decision_ids]
    verb = "Approved" if action == "approve" else "Skipped"
    flash = f"{verb} {len(applied)} account{'s' if len(applied) != 1 else ''}."
    query = _back(back)
    sep = "&" if query else "?"
    extra = {"flash": ctx.signer.dump_flash(flash)}
    if action == "approve" and len(reports) == 1 and reports[0].batch_id:
        extra["undo"] = f"{reports[0].account_id}:{reports[0].batch_id}"
    return RedirectResponse(f"/queue{query}{sep}{urlencode(extra)}", status_code=303)


@router.post("/queue/bulk", include_in_schema=False)
def queue_bulk(
    request: Request,
    me: Agent,
    action: Annotated[Literal["approve", "skip"], Form()],
    expected: Annotated[int, Form(ge=1, le=10**7)],
    account: Annotated[str, Form(max_length=12)] = "",
    verdict: Annotated[str, Form(max_length=16)] = "",
    lane: Annotated[str, Form(max_length=16)] = "",
    min_score: Annotated[str, Form(max_length=16)] = "",
    max_score: Annotated[str, Form(max_length=16)] = "",
    q: Annotated[str, Form(max_length=200)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    back: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    body = BulkBody(
        action=action,
        expected=expected,
        account=_int(account),
        verdict=verdict if verdict in ("follow", "skip", "review") else None,
        lane=lane if lane in ("recommended", "needs_a_look", "screened_out") else None,
        min_score=_float(min_score),
        max_score=_float(max_score),
        q=q or None,
        note=note or None,
    )
    result, undo = _bulk(get_context(request), me, body)
    verb = "Approved" if action == "approve" else "Skipped"
    flash = f"{verb} all {len(result.applied)} matching accounts."
    extra = {"flash": get_context(request).signer.dump_flash(flash)}
    if undo:
        extra["undo"] = undo
    query = _back(back)
    sep = "&" if query else "?"
    return RedirectResponse(f"/queue{query}{sep}{urlencode(extra)}", status_code=303)


@router.post("/queue/undo", include_in_schema=False)
def queue_undo(
    request: Request,
    me: Agent,
    account_id: Annotated[int, Form(ge=1, le=2**31 - 1)],
    batch_id: Annotated[str, Form(max_length=64)],
) -> Response:
    result = _undo(get_context(request), me, UndoBody(account_id=account_id, batch_id=batch_id))
    # A page, not a redirect: the team sees what happened to each follower.
    return render(request, "undo.html", me, result=result)
