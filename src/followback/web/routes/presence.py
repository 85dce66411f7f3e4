"""Working together on a conversation: who is viewing and typing (heartbeats from the
thread page, kept in the database so every dashboard process sees them), and an admin
taking a conversation over when replies are locked to its assignee."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions.ownership import (
    leave_conversation,
    list_present,
    record_presence,
    take_over_conversation,
)
from followback.store.inbox import InboxRepo
from followback.store.presence import PresentMember
from followback.web.context import Admin, Principal, Viewer, WebContext, flash_url, get_context

__all__ = ["router"]

router = APIRouter()
ConvId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class PresenceBody(BaseModel):
    typing: bool = Field(False, description="the member is typing a reply")
    leaving: bool = Field(False, description="the member closed the conversation")


class PresentOut(BaseModel):
    member: str
    typing: bool
    you: bool


class PresenceOut(BaseModel):
    here: list[PresentOut]
    assignee: str | None
    replies_locked: bool = Field(description="only the assignee may reply now")


def _out(ctx: WebContext, me: Principal, cid: int, here: list[PresentMember]) -> PresenceOut:
    with ctx.store.read() as s:
        assignee = InboxRepo(s).get_row(cid).assignee
    locked = ctx.settings.inbox.lock_replies_to_assignee and assignee is not None
    return PresenceOut(
        here=[PresentOut(member=p.member, typing=p.typing, you=p.member == me.name) for p in here],
        assignee=assignee,
        replies_locked=locked,
    )


@router.get("/api/inbox/{conversation_id}/presence", response_model=PresenceOut, tags=["inbox"])
def api_presence(request: Request, me: Viewer, conversation_id: ConvId) -> PresenceOut:
    """Who has the conversation open right now and who is typing."""
    ctx = get_context(request)
    return _out(ctx, me, conversation_id, list_present(ctx.store, conversation_id, ctx.clock))


@router.post("/api/inbox/{conversation_id}/presence", response_model=PresenceOut, tags=["inbox"])
def api_record_presence(
    request: Request, me: Viewer, conversation_id: ConvId, body: PresenceBody
) -> PresenceOut:
    """The thread page's heartbeat (every 15 s, and while typing): I am here; who else is?"""
    ctx = get_context(request)
    if body.leaving:
        leave_conversation(ctx.store, conversation_id, me.name)
        here = list_present(ctx.store, conversation_id, ctx.clock)
    else:
        here = record_presence(
            ctx.store, conversation_id, me.name, typing=body.typing, clock=ctx.clock
        )
    return _out(ctx, me, conversation_id, here)


class TakeOverOut(BaseModel):
    assignee: str
    previous: str | None
    changed: bool


@router.post("/api/inbox/{conversation_id}/take-over", response_model=TakeOverOut, tags=["inbox"])
def api_take_over(request: Request, me: Admin, conversation_id: ConvId) -> TakeOverOut:
    """Assign the conversation to yourself to answer it (admin; audited with who had it)."""
    ctx = get_context(request)
    done = take_over_conversation(ctx.store, conversation_id, by=me.name, clock=ctx.clock)
    return TakeOverOut(assignee=done.assignee, previous=done.previous, changed=done.changed)


@router.post("/inbox/{conversation_id}/take-over", include_in_schema=False)
def take_over_form(request: Request, me: Admin, conversation_id: ConvId) -> Response:
    ctx = get_context(request)
    done = take_over_conversation(ctx.store, conversation_id, by=me.name, clock=ctx.clock)
    flash = f"Taken over from {done.previous}." if done.previous else "Assigned to you."
    return RedirectResponse(flash_url(request, f"/inbox/{conversation_id}", flash), 303)
