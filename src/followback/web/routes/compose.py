"""Writing replies in the dashboard: saved replies with variables, the agent's signature,
each platform's length counter, and the hand-off message previewed and edited before it
is posted. Pages and ``/api/inbox/{id}/compose``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions import messages
from followback.domain.errors import ErrorCode, UserError
from followback.inbox.compose import measure, render_saved_reply, sign
from followback.store import AccountRepo
from followback.store.inbox import ConversationSummary, InboxRepo
from followback.store.server_facts import ServerFactsRepo
from followback.web.context import (
    Agent,
    Principal,
    Viewer,
    WebContext,
    flash_url,
    get_context,
    render,
)
from followback.web.routes.saved_replies import offered_saved_replies

__all__ = ["ComposeOut", "compose_for", "final_reply", "router"]

router = APIRouter()
ConvId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class SavedReplyOut(BaseModel):
    name: str
    text: str = Field(description="filled in for this conversation and agent")


class ComposeOut(BaseModel):
    platform: str
    limit: int = Field(description="the platform's post limit (Mastodon: the server's)")
    used: int = Field(description="length of `text` (signed) as the platform counts it")
    fits: bool
    signature: str = Field(description="appended to every reply; empty when not signing")
    saved_replies: list[SavedReplyOut]


def _summary(ctx: WebContext, conversation_id: int) -> tuple[ConversationSummary, str]:
    with ctx.store.read() as s:
        c = InboxRepo(s).get_summary(conversation_id)
        account = AccountRepo(s).get(c.brand_account_id)
    return c, account.name or account.handle


def _saved(ctx: WebContext, c: ConversationSummary, brand: str, agent: str) -> list[SavedReplyOut]:
    return [
        SavedReplyOut(
            name=r.name,
            text=render_saved_reply(
                r.template,
                display_name=c.contact_name,
                handle=c.contact_handle,
                agent=agent,
                brand=brand,
            ),
        )
        for r in offered_saved_replies(ctx)
    ]


def _server_limit(ctx: WebContext, account_id: int) -> int:
    """The account's server's own character limit (Mastodon's instance API, read by the
    cycle), else the configured ``inbox.mastodon_max_characters``."""
    with ctx.store.read() as s:
        facts = ServerFactsRepo(s).find(account_id)
    if facts is not None and facts.max_characters:
        return facts.max_characters
    return ctx.settings.inbox.mastodon_max_characters


def final_reply(ctx: WebContext, me: Principal, conversation_id: int, text: str) -> str:
    """The reply as it will be posted (signed when the brand wants it); refused with the
    count when it is longer than the platform allows."""
    c, _ = _summary(ctx, conversation_id)
    body = text.strip()
    if not body:
        raise UserError("the reply is empty", ErrorCode.BAD_INPUT, field="text")
    if ctx.settings.inbox.sign_replies:
        body = sign(body, me.name)
    length = measure(c.platform, body, _server_limit(ctx, c.brand_account_id))
    if not length.fits:
        raise UserError(
            f"the reply is {length.used} characters as {c.platform} counts them; "
            f"the limit is {length.limit}",
            ErrorCode.BAD_INPUT,
            field="text",
        )
    return body


def compose_for(ctx: WebContext, me: Principal, conversation_id: int, text: str) -> ComposeOut:
    c, brand = _summary(ctx, conversation_id)
    signing = ctx.settings.inbox.sign_replies
    signed = sign(text, me.name) if signing and text.strip() else text
    length = measure(c.platform, signed, _server_limit(ctx, c.brand_account_id))
    return ComposeOut(
        platform=c.platform,
        limit=length.limit,
        used=length.used,
        fits=length.fits,
        signature=sign("", me.name).strip() if signing else "",
        saved_replies=_saved(ctx, c, brand, me.name),
    )


@router.get("/api/inbox/{conversation_id}/compose", response_model=ComposeOut, tags=["inbox"])
def api_compose(
    request: Request,
    me: Viewer,
    conversation_id: ConvId,
    text: Annotated[str, Query(max_length=5000)] = "",
) -> ComposeOut:
    """Saved replies filled in for this conversation, the signature, and how long ``text``
    is against the platform's limit (X 280 weighted, Bluesky 300 graphemes, Mastodon the
    server's limit)."""
    return compose_for(get_context(request), me, conversation_id, text)


def _handoff_text(ctx: WebContext, me: Principal, c: ConversationSummary, brand: str) -> str:
    template = ctx.settings.inbox.handoff_text
    if not template:
        return ""
    return render_saved_reply(
        template, display_name=c.contact_name, handle=c.contact_handle, agent=me.name, brand=brand
    )


@router.get("/inbox/{conversation_id}/handoff", include_in_schema=False)
async def handoff_preview(request: Request, me: Agent, conversation_id: ConvId) -> Response:
    """The hand-off's public reply, drafted and checked (a dry run), for the agent to edit."""
    ctx = get_context(request)
    c, brand = _summary(ctx, conversation_id)
    connector = ctx.connector_for(c.brand_account_id)
    try:
        preview = await messages.hand_off(
            ctx.store, connector, conversation_id, author=me.name, clock=ctx.clock, dry_run=True
        )
    finally:
        await connector.aclose()
    text = _handoff_text(ctx, me, c, brand) or preview.reply_text
    compose = compose_for(ctx, me, conversation_id, text)
    return render(
        request, "handoff.html", me, conversation=c, preview=preview, text=text, compose=compose
    )


@router.post("/inbox/{conversation_id}/handoff", include_in_schema=False)
async def handoff_send(
    request: Request,
    me: Agent,
    conversation_id: ConvId,
    text: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    ctx = get_context(request)
    c, _ = _summary(ctx, conversation_id)
    body = final_reply(ctx, me, conversation_id, text) if text.strip() else None
    connector = ctx.connector_for(c.brand_account_id)
    try:
        result = await messages.hand_off(
            ctx.store,
            connector,
            conversation_id,
            author=me.name,
            clock=ctx.clock,
            text=body,
            locked=ctx.settings.inbox.lock_replies_to_assignee,
        )
    finally:
        await connector.aclose()
    note = "DM possible now." if result.can_dm else f"No DM yet: {result.dm_reason}."
    if result.customer_step:
        note += f" The customer must {result.customer_step}."
    if result.follow_back_offered:
        note += " A follow-back is waiting in the review queue."
    flash = f"Invited to continue in private. {note}"
    return RedirectResponse(flash_url(request, f"/inbox/{conversation_id}", flash), 303)
