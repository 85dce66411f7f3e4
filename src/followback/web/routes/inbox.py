"""The inbox: conversations by priority with SLA badges, threads, assign, tag, reply,
hand off to a private message, and mark done. Pages and ``/api/inbox``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions import messages
from followback.actions.calendars import with_account_hours
from followback.actions.conversations import (
    apply_bulk,
    apply_tags,
    assign_conversation,
    assign_waiting,
    record_done,
    reopen_conversation,
    routing_rules,
)
from followback.actions.replies import needs_approval, record_draft
from followback.connectors.base import Connector
from followback.domain import ConversationStatus
from followback.inbox.priority import urgency_reasons
from followback.inbox.sla import SlaPolicy, first_response_status
from followback.services import inbox as inbox_service
from followback.store.actions import ActionRepo
from followback.store.dashboard import latest_inbound_texts, list_accounts
from followback.store.drafts import DraftRepo, DraftView
from followback.store.inbox import (
    ConversationSummary,
    InboxRepo,
    MessageView,
    conversation_cursor,
)
from followback.store.inbox_priority import InboxPriorityRepo
from followback.store.team import TeamRepo
from followback.web.contact import contact_panel
from followback.web.context import (
    Agent,
    Principal,
    Viewer,
    WebContext,
    flash_url,
    get_context,
    render,
)
from followback.web.routes.compose import compose_for, final_reply

__all__ = ["router"]

router = APIRouter()
T = TypeVar("T")
PAGE_SIZE = 50
Statuses = Annotated[str | None, Query(pattern="^(open|done)$")]
ConvId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _policy(ctx: WebContext) -> SlaPolicy:
    cfg = ctx.settings.inbox
    base = inbox_service.sla_policy(cfg.first_response_sla_minutes, cfg.business_hours)
    return with_account_hours(ctx.store, base)


def _row(
    ctx: WebContext, c: ConversationSummary, policy: SlaPolicy, since: datetime | None = None
) -> dict[str, Any]:
    """A conversation for the API and templates; ``since``: when the customer's unanswered
    messages began (gives ``urgency``: "waiting 2 h", "SLA in 30 min")."""
    now = ctx.clock()
    status = first_response_status(c.times(), now, policy)
    data = asdict(c)
    for key, value in list(data.items()):
        if hasattr(value, "isoformat"):
            data[key] = value.isoformat()
    data["awaiting_reply"] = c.awaiting_reply
    data["sla"] = {
        "state": status.state.value,
        "waited_minutes": round(status.waited_s / 60, 1),
        "target_minutes": round(status.target_s / 60, 1),
        "due_at": status.due_at.isoformat() if status.due_at else None,
    }
    waiting = since if c.awaiting_reply else None
    data["urgency"] = list(urgency_reasons(waiting, now, policy, c.brand_account_id))
    return data


def _message(m: MessageView) -> dict[str, Any]:
    data = asdict(m)
    data["created_at"] = m.created_at.isoformat()
    return data


def _list(
    ctx: WebContext,
    account: int | None,
    status: str | None,
    complaints: bool,
    assignee: str | None,
    unanswered: bool,
    limit: int,
    offset: int,
    search: str | None = None,
    after: str | None = None,
) -> tuple[list[dict[str, Any]], int, str | None]:
    """One page of conversations and how many match in all."""
    policy = _policy(ctx)
    filters: dict[str, Any] = {
        "status": ConversationStatus(status) if status else None,
        "unanswered": unanswered,
        "complaints": complaints,
        "assignee": assignee or None,
        "search": search or None,
    }
    with ctx.store.read() as s:
        repo = InboxRepo(s)
        rows = repo.list_conversations(account, limit=limit, offset=offset, after=after, **filters)
        total = repo.count_matching(account, **filters)
        snippets = latest_inbound_texts(s, [c.id for c in rows])
        since = InboxPriorityRepo(s).waiting_since(c.id for c in rows)
    items = [
        {**_row(ctx, c, policy, since.get(c.id)), "snippet": snippets.get(c.id, "")[:160]}
        for c in rows
    ]
    return items, total, conversation_cursor(rows[-1]) if len(rows) == limit else None


@router.get("/api/inbox", tags=["inbox"])
def api_inbox(
    request: Request,
    me: Viewer,
    account: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    status: Statuses = "open",
    complaints: bool = False,
    unanswered: bool = False,
    assignee: Annotated[str | None, Query(max_length=200)] = None,
    q: Annotated[str | None, Query(max_length=200, description="handle, name or text")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    after: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    """Conversations: complaints first, then by priority, then oldest; with SLA state.
    ``total`` is how many match in all (page with ``after`` = the previous page's ``next``,
    fast at any depth, or with ``limit`` and ``offset``)."""
    ctx = get_context(request)
    items, total, nxt = _list(
        ctx, account, status, complaints, assignee, unanswered, limit, offset, q, after
    )
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next": nxt}


class BulkInboxBody(BaseModel):
    ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(min_length=1, max_length=500)
    action: Literal["assign", "tag", "close"]
    member: str | None = Field(None, max_length=200, description="assign: null unassigns")
    tags: list[str] = Field(default_factory=list, max_length=20)


@router.post("/api/inbox/bulk", tags=["inbox"])
def api_inbox_bulk(request: Request, me: Agent, body: BulkInboxBody) -> dict[str, Any]:
    """Assign, tag or close many conversations at once (all or nothing)."""
    ctx = get_context(request)
    result = apply_bulk(
        ctx.store,
        body.ids,
        body.action,
        by=me.actor,
        clock=ctx.clock,
        member=body.member or None,
        tags=body.tags,
    )
    return {"action": body.action, "changed": result.changed, "unchanged": result.unchanged}


@router.post("/api/inbox/auto-assign", tags=["inbox"])
def api_auto_assign(request: Request, me: Agent) -> dict[str, Any]:
    """Assign waiting (open, unassigned) conversations now, by the ``[[inbox.routing]]``
    rules, round-robin within each pool, never above ``agent_capacity``."""
    ctx = get_context(request)
    pairs = _auto_assign(ctx)
    return {"assigned": [{"conversation_id": c, "assignee": a} for c, a in pairs]}


def _auto_assign(ctx: WebContext) -> list[tuple[int, str]]:
    inbox = ctx.settings.inbox
    return assign_waiting(
        ctx.store, routing_rules(inbox), capacity=inbox.agent_capacity, clock=ctx.clock
    )


@router.post("/inbox/auto-assign", include_in_schema=False)
def auto_assign_form(request: Request, me: Agent) -> Response:
    pairs = _auto_assign(get_context(request))
    who = sorted({a for _, a in pairs})
    flash = f"Assigned {len(pairs)} waiting conversation{'s' if len(pairs) != 1 else ''}" + (
        f" to {', '.join(who)}." if who else "."
    )
    return RedirectResponse(flash_url(request, "/inbox", flash), status_code=303)


@router.get("/api/inbox/next", tags=["inbox"])
def api_next(
    request: Request,
    me: Viewer,
    after: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> dict[str, Any]:
    """The conversation to work next (open, waiting for us, mine or nobody's); null if none."""
    with get_context(request).store.read() as s:
        return {"id": InboxRepo(s).next_open(after, me.name)}


def _thread(ctx: WebContext, conversation_id: int) -> dict[str, Any]:
    with ctx.store.read() as s:
        thread = InboxRepo(s).get_thread(conversation_id)
        since = InboxPriorityRepo(s).waiting_since([conversation_id]).get(conversation_id)
        scheduled = ActionRepo(s).scheduled_sends(conversation_id)
    return {
        "conversation": _row(ctx, thread.conversation, _policy(ctx), since),
        "messages": [_message(m) for m in thread.messages],
        # Replies and DMs a platform limit held back: in the outbox, sent once when allowed.
        "scheduled": [
            {
                "action_id": x.action_id,
                "kind": x.kind,
                "text": x.text,
                "written_by": x.written_by,
                "not_before": x.not_before.isoformat() if x.not_before else None,
            }
            for x in scheduled
        ],
    }


@router.get("/api/inbox/{conversation_id}", tags=["inbox"])
def api_thread(request: Request, me: Viewer, conversation_id: ConvId) -> dict[str, Any]:
    """One conversation with its messages, oldest first."""
    return _thread(get_context(request), conversation_id)


class ReplyBody(BaseModel):
    text: str = Field(min_length=1, max_length=5000)


class AssignBody(BaseModel):
    member: str | None = Field(None, max_length=200, description="null unassigns")


class TagsBody(BaseModel):
    add: list[str] = Field(default_factory=list, max_length=20)
    remove: list[str] = Field(default_factory=list, max_length=20)


class HandoffBody(BaseModel):
    dry_run: bool = False
    text: str | None = Field(
        None, max_length=5000, description="the agent's wording; null: the drafted one"
    )


async def _with_connector(
    ctx: WebContext, conversation_id: int, use: Callable[[Connector], Awaitable[T]]
) -> T:
    with ctx.store.read() as s:
        account_id = InboxRepo(s).get_row(conversation_id).brand_account_id
    connector = ctx.connector_for(account_id)
    try:
        return await use(connector)
    finally:
        await connector.aclose()


async def _reply(
    ctx: WebContext, me: Principal, conversation_id: int, text: str
) -> messages.ReplyResult | DraftView:
    """The reply as sent (or scheduled), or the draft when the member's replies need approval."""
    text = final_reply(ctx, me, conversation_id, text)
    locked = ctx.settings.inbox.lock_replies_to_assignee
    if needs_approval(me.member.role, ctx.settings.inbox.approval_roles):
        return record_draft(
            ctx.store, conversation_id, text, author=me.name, clock=ctx.clock, locked=locked
        )
    result = await _with_connector(
        ctx,
        conversation_id,
        lambda conn: messages.send_reply(
            ctx.store, conn, conversation_id, text, author=me.name, clock=ctx.clock, locked=locked
        ),
    )
    return result


async def _handoff(
    ctx: WebContext, me: Principal, conversation_id: int, dry_run: bool, text: str | None = None
) -> messages.HandoffResult:
    body = final_reply(ctx, me, conversation_id, text) if text else None
    return await _with_connector(
        ctx,
        conversation_id,
        lambda conn: messages.hand_off(
            ctx.store,
            conn,
            conversation_id,
            author=me.name,
            clock=ctx.clock,
            dry_run=dry_run,
            text=body,
            locked=ctx.settings.inbox.lock_replies_to_assignee,
        ),
    )


def _assign(ctx: WebContext, me: Principal, conversation_id: int, member: str | None) -> None:
    assign_conversation(ctx.store, conversation_id, member or None, by=me.actor, clock=ctx.clock)


def _tag(
    ctx: WebContext, me: Principal, conversation_id: int, add: list[str], remove: list[str]
) -> list[str]:
    return apply_tags(
        ctx.store, conversation_id, add=add, remove=remove, by=me.actor, clock=ctx.clock
    )


def _done(ctx: WebContext, me: Principal, conversation_id: int) -> None:
    record_done(ctx.store, conversation_id, by=me.actor, clock=ctx.clock)


@router.post("/api/inbox/{conversation_id}/reply", tags=["inbox"])
async def api_reply(
    request: Request, me: Agent, conversation_id: ConvId, body: ReplyBody
) -> dict[str, Any]:
    """Answer in the conversation's own channel (public reply, or DM when it is private).
    When the member's role needs approval (``[inbox] approval_roles``) the reply becomes a
    draft for an admin: ``draft_id`` is set and nothing is posted."""
    ctx = get_context(request)
    sent = await _reply(ctx, me, conversation_id, body.text)
    if isinstance(sent, DraftView):
        return {"remote_id": None, "draft_id": sent.id, **_thread(ctx, conversation_id)}
    return {
        "remote_id": sent.remote_id or None,
        "draft_id": None,
        "scheduled_for": sent.scheduled_for.isoformat() if sent.scheduled_for else None,
        **_thread(ctx, conversation_id),
    }


@router.post("/api/inbox/{conversation_id}/assign", tags=["inbox"])
def api_assign(
    request: Request, me: Agent, conversation_id: ConvId, body: AssignBody
) -> dict[str, Any]:
    """Assign to an active agent or admin; ``member: null`` unassigns."""
    ctx = get_context(request)
    _assign(ctx, me, conversation_id, body.member)
    return _thread(ctx, conversation_id)


@router.post("/api/inbox/{conversation_id}/tags", tags=["inbox"])
def api_tags(
    request: Request, me: Agent, conversation_id: ConvId, body: TagsBody
) -> dict[str, Any]:
    """Add and remove tags; returns the tags now set."""
    return {"tags": _tag(get_context(request), me, conversation_id, body.add, body.remove)}


@router.post("/api/inbox/{conversation_id}/done", tags=["inbox"])
def api_done(request: Request, me: Agent, conversation_id: ConvId) -> dict[str, Any]:
    """Close the conversation; a new message from the customer reopens it."""
    ctx = get_context(request)
    _done(ctx, me, conversation_id)
    return _thread(ctx, conversation_id)


@router.post("/api/inbox/{conversation_id}/reopen", tags=["inbox"])
def api_reopen(request: Request, me: Agent, conversation_id: ConvId) -> dict[str, Any]:
    """Open a conversation marked done again."""
    ctx = get_context(request)
    reopen_conversation(ctx.store, conversation_id, by=me.actor, clock=ctx.clock)
    return _thread(ctx, conversation_id)


@router.post("/api/inbox/{conversation_id}/handoff", tags=["inbox"])
async def api_handoff(
    request: Request, me: Agent, conversation_id: ConvId, body: HandoffBody
) -> dict[str, Any]:
    """Invite the customer to continue in private (one public reply; may queue a follow-back)."""
    result = await _handoff(get_context(request), me, conversation_id, body.dry_run, body.text)
    return asdict(result)


# -- pages ----------------------------------------------------------------------------------
@router.get("/inbox", include_in_schema=False)
def inbox_page(request: Request, me: Viewer) -> Response:
    ctx = get_context(request)
    p = request.query_params
    account = int(p["account"]) if p.get("account", "").isdigit() else None
    status = p.get("status", "open") if p.get("status", "open") in ("open", "done", "") else "open"
    complaints = p.get("complaints") == "1"
    mine = p.get("mine") == "1"
    q = (p.get("q") or "")[:200]
    page = int(p["page"]) if p.get("page", "").isdigit() and int(p["page"]) > 0 else 1
    items, total, _ = _list(
        ctx,
        account,
        status or None,
        complaints,
        me.name if mine else None,
        False,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
        q or None,
    )
    with ctx.store.read() as s:
        accounts = list_accounts(s)
        counts = InboxRepo(s).count_open(account)
        agents = TeamRepo(s).list_agents()
    filters = {k: v for k, v in p.items() if k not in ("page", "flash")}
    return render(
        request,
        "inbox.html",
        me,
        items=items,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        first=(page - 1) * PAGE_SIZE + 1 if items else 0,
        last=(page - 1) * PAGE_SIZE + len(items),
        filters=filters,
        q=q,
        agents=agents,
        accounts=accounts,
        account=account,
        status=status,
        complaints=complaints,
        mine=mine,
        counts=counts,
    )


@router.get("/inbox/next", include_in_schema=False)
def next_page(request: Request, me: Viewer) -> Response:
    raw = request.query_params.get("after", "")
    with get_context(request).store.read() as s:
        found = InboxRepo(s).next_open(int(raw) if raw.isdigit() else None, me.name)
    if found is None:
        flash = "Nothing else is waiting for an answer."
        return RedirectResponse(flash_url(request, "/inbox", flash), status_code=303)
    return RedirectResponse(f"/inbox/{found}", status_code=303)


@router.post("/inbox/bulk", include_in_schema=False)
def inbox_bulk_form(
    request: Request,
    me: Agent,
    action: Annotated[Literal["assign", "tag", "close"], Form()],
    ids: Annotated[list[int] | None, Form()] = None,
    member: Annotated[str, Form(max_length=200)] = "",
    tags: Annotated[str, Form(max_length=500)] = "",
    back: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    ctx = get_context(request)
    result = apply_bulk(
        ctx.store,
        ids or [],
        action,
        by=me.actor,
        clock=ctx.clock,
        member=member or None,
        tags=[t for t in tags.split(",") if t.strip()],
    )
    done = {"assign": "Assigned", "tag": "Tagged", "close": "Closed"}[action]
    flash = f"{done} {len(result.changed)} conversation{'s' if len(result.changed) != 1 else ''}."
    if result.unchanged:
        flash += f" {len(result.unchanged)} already were."
    query = back if back.startswith("?") else ""
    return RedirectResponse(flash_url(request, f"/inbox{query}", flash), status_code=303)


@router.get("/inbox/{conversation_id}", include_in_schema=False)
def thread_page(request: Request, me: Viewer, conversation_id: ConvId) -> Response:
    ctx = get_context(request)
    data = _thread(ctx, conversation_id)
    with ctx.store.read() as s:
        agents = TeamRepo(s).list_agents()
        panel = contact_panel(s, conversation_id)
        drafts = DraftRepo(s).list_for(conversation_id)
    compose = compose_for(ctx, me, conversation_id, "")
    return render(
        request,
        "thread.html",
        me,
        agents=agents,
        compose=compose,
        panel=panel,
        drafts=drafts,
        replies_locked=ctx.settings.inbox.lock_replies_to_assignee,
        **data,
    )


def _back(request: Request, conversation_id: int, flash: str) -> RedirectResponse:
    return RedirectResponse(flash_url(request, f"/inbox/{conversation_id}", flash), 303)


@router.post("/inbox/{conversation_id}/reply", include_in_schema=False)
async def reply_form(
    request: Request,
    me: Agent,
    conversation_id: ConvId,
    text: Annotated[str, Form(max_length=5000)],
) -> Response:
    sent = await _reply(get_context(request), me, conversation_id, text)
    if isinstance(sent, DraftView):
        return _back(request, conversation_id, "Your reply waits for an approver.")
    if sent.scheduled_for is not None:
        return _back(
            request,
            conversation_id,
            "The platform's limit on replies is reached for now: the reply is scheduled and "
            f"goes out once, at {sent.scheduled_for:%H:%M} UTC or soon after.",
        )
    return _back(request, conversation_id, "Reply sent.")


@router.post("/inbox/{conversation_id}/assign", include_in_schema=False)
def assign_form(
    request: Request,
    me: Agent,
    conversation_id: ConvId,
    member: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    _assign(get_context(request), me, conversation_id, member or None)
    return _back(request, conversation_id, f"Assigned to {member}." if member else "Unassigned.")


@router.post("/inbox/{conversation_id}/tags", include_in_schema=False)
def tags_form(
    request: Request,
    me: Agent,
    conversation_id: ConvId,
    add: Annotated[str, Form(max_length=500)] = "",
    remove: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    added = [t for t in add.split(",") if t.strip()]
    tags = _tag(get_context(request), me, conversation_id, added, [remove] if remove else [])
    return _back(request, conversation_id, f"Tags: {', '.join(tags) or 'none'}.")


@router.post("/inbox/{conversation_id}/done", include_in_schema=False)
def done_form(request: Request, me: Agent, conversation_id: ConvId) -> Response:
    ctx = get_context(request)
    _done(ctx, me, conversation_id)
    with ctx.store.read() as s:
        following = InboxRepo(s).next_open(conversation_id, me.name)
    if following is None:
        return _back(request, conversation_id, "Marked done. Nothing else is waiting.")
    # Straight on to the next conversation, with a way back.
    flash = f"Conversation #{conversation_id} marked done; here is the next one."
    return RedirectResponse(
        flash_url(request, f"/inbox/{following}?{urlencode({'done': conversation_id})}", flash),
        status_code=303,
    )


@router.post("/inbox/{conversation_id}/reopen", include_in_schema=False)
def reopen_form(request: Request, me: Agent, conversation_id: ConvId) -> Response:
    ctx = get_context(request)
    reopen_conversation(ctx.store, conversation_id, by=me.actor, clock=ctx.clock)
    return _back(request, conversation_id, "Reopened.")
