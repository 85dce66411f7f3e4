"""Working together on a conversation: the contact panel, internal notes, reply drafts
waiting for an approver, and linking the person across platforms. Pages and
``/api/inbox/...``."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError

from followback.actions.people import (
    Linked,
    link_contact,
    suggest_person_links,
    unlink_contact,
)
from followback.actions.replies import approve_draft, record_note, reject_draft
from followback.domain.errors import ErrorCode, UserError
from followback.inbox.identity import LinkEvidence
from followback.store.drafts import DraftRepo
from followback.store.inbox import InboxRepo
from followback.web.contact import contact_panel
from followback.web.context import (
    Admin,
    Agent,
    Principal,
    Viewer,
    WebContext,
    flash_url,
    get_context,
)

__all__ = ["router"]

router = APIRouter()
ConvId = Annotated[int, Path(ge=1, le=2**31 - 1)]
DraftId = Annotated[int, Path(ge=1, le=2**31 - 1)]
ContactId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


@router.get("/api/inbox/{conversation_id}/contact", tags=["inbox"])
def api_contact(request: Request, me: Viewer, conversation_id: ConvId) -> dict[str, Any]:
    """Who the customer is to the brand: follows us, we follow them, screening score and
    reasons, their other conversations, the team's notes."""
    with get_context(request).store.read() as s:
        return dict(_json(asdict(contact_panel(s, conversation_id))))


class NoteBody(BaseModel):
    text: str = Field(min_length=1, max_length=5000)


@router.post("/api/inbox/{conversation_id}/notes", tags=["inbox"])
def api_note(
    request: Request, me: Agent, conversation_id: ConvId, body: NoteBody
) -> dict[str, Any]:
    """Add an internal note about the customer (the team sees it; the customer never does)."""
    ctx = get_context(request)
    note = record_note(ctx.store, conversation_id, body.text, author=me.name, clock=ctx.clock)
    return dict(_json(asdict(note)))


@router.get("/api/inbox/{conversation_id}/drafts", tags=["inbox"])
def api_drafts(request: Request, me: Viewer, conversation_id: ConvId) -> dict[str, Any]:
    """Replies written by members whose role needs approval, with what became of them."""
    with get_context(request).store.read() as s:
        InboxRepo(s).get_row(conversation_id)
        drafts = DraftRepo(s).list_for(conversation_id)
    return {"items": [_json(asdict(d)) for d in drafts]}


class ApproveBody(BaseModel):
    text: str | None = Field(None, max_length=5000, description="the approver's edit, if any")


class RejectBody(BaseModel):
    note: str = Field("", max_length=2000, description="why, for the writer")


async def _approve(ctx: WebContext, me: Principal, draft_id: int, text: str | None) -> int:
    with ctx.store.read() as s:
        conversation_id = DraftRepo(s).get_row(draft_id).conversation_id
        account_id = InboxRepo(s).get_row(conversation_id).brand_account_id
    connector = ctx.connector_for(account_id)
    try:
        await approve_draft(
            ctx.store, connector, draft_id, approver=me.name, clock=ctx.clock, text=text
        )
    finally:
        await connector.aclose()
    return conversation_id


@router.post("/api/inbox/drafts/{draft_id}/approve", tags=["inbox"])
async def api_approve(
    request: Request, me: Admin, draft_id: DraftId, body: ApproveBody
) -> dict[str, Any]:
    """Send a draft as the member who wrote it (an admin approves; may edit it first)."""
    conversation_id = await _approve(get_context(request), me, draft_id, body.text)
    return {"draft_id": draft_id, "conversation_id": conversation_id, "state": "sent"}


@router.post("/api/inbox/drafts/{draft_id}/reject", tags=["inbox"])
def api_reject(request: Request, me: Admin, draft_id: DraftId, body: RejectBody) -> dict[str, Any]:
    """Turn a draft down with a note; nothing is posted."""
    ctx = get_context(request)
    reject_draft(ctx.store, draft_id, approver=me.name, clock=ctx.clock, note=body.note)
    return {"draft_id": draft_id, "state": "rejected"}


def _back(request: Request, conversation_id: int, flash: str) -> RedirectResponse:
    return RedirectResponse(flash_url(request, f"/inbox/{conversation_id}", flash), 303)


@router.post("/inbox/{conversation_id}/notes", include_in_schema=False)
def note_form(
    request: Request,
    me: Agent,
    conversation_id: ConvId,
    text: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    ctx = get_context(request)
    record_note(ctx.store, conversation_id, text, author=me.name, clock=ctx.clock)
    return _back(request, conversation_id, "Note added.")


@router.post("/inbox/drafts/{draft_id}/approve", include_in_schema=False)
async def approve_form(
    request: Request,
    me: Admin,
    draft_id: DraftId,
    text: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    conversation_id = await _approve(get_context(request), me, draft_id, text or None)
    return _back(request, conversation_id, "Reply approved and sent.")


@router.post("/inbox/drafts/{draft_id}/reject", include_in_schema=False)
def reject_form(
    request: Request,
    me: Admin,
    draft_id: DraftId,
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    ctx = get_context(request)
    with ctx.store.read() as s:
        conversation_id = DraftRepo(s).get_row(draft_id).conversation_id
    reject_draft(ctx.store, draft_id, approver=me.name, clock=ctx.clock, note=note)
    return _back(request, conversation_id, "Draft rejected.")


class LinkBody(BaseModel):
    platform: Literal["bluesky", "mastodon", "x"]
    handle: str = Field(min_length=1, max_length=320, description="a contact who wrote there")
    evidence: LinkEvidence = Field(description="the public signal that shows it is one person")
    note: str = Field(min_length=1, max_length=500, description="where the signal is")


def _link(ctx: WebContext, me: Principal, conversation_id: int, body: LinkBody) -> Linked:
    return link_contact(
        ctx.store,
        conversation_id,
        platform=body.platform,
        handle=body.handle,
        evidence=body.evidence.value,
        note=body.note,
        by=me.name,
        clock=ctx.clock,
    )


@router.post("/api/inbox/{conversation_id}/links", tags=["inbox"])
def api_link(
    request: Request, me: Agent, conversation_id: ConvId, body: LinkBody
) -> dict[str, Any]:
    """Link the customer with their account on another platform, naming the public signal
    (a verified link, the same verified domain, or their own word); audited."""
    done = _link(get_context(request), me, conversation_id, body)
    return dict(_json(asdict(done)))


@router.get("/api/inbox/{conversation_id}/links/suggestions", tags=["inbox"])
async def api_link_suggestions(
    request: Request, me: Agent, conversation_id: ConvId
) -> dict[str, Any]:
    """Contacts on other platforms the customer's verified profile links point to (read
    from the platform now); a suggestion only, to link with ``POST .../links``."""
    ctx = get_context(request)
    with ctx.store.read() as s:
        account_id = InboxRepo(s).get_row(conversation_id).brand_account_id
    connector = ctx.connector_for(account_id)
    try:
        found = await suggest_person_links(ctx.store, connector, conversation_id)
    finally:
        await connector.aclose()
    return {"suggestions": [asdict(x) for x in found]}


@router.delete("/api/inbox/{conversation_id}/links/{contact_id}", tags=["inbox"])
def api_unlink(
    request: Request, me: Agent, conversation_id: ConvId, contact_id: ContactId
) -> dict[str, Any]:
    """Unlink one of the person's contacts (audited)."""
    ctx = get_context(request)
    removed = unlink_contact(ctx.store, conversation_id, contact_id, by=me.name, clock=ctx.clock)
    return {"unlinked": removed}


@router.post("/inbox/{conversation_id}/links", include_in_schema=False)
async def link_form(request: Request, me: Agent, conversation_id: ConvId) -> Response:
    form = await request.form()
    try:
        body = LinkBody(
            platform=str(form.get("platform", "")),
            handle=str(form.get("handle", "")),
            evidence=str(form.get("evidence", "")),
            note=str(form.get("note", "")),
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise UserError(f"{field}: {err['msg']}", ErrorCode.BAD_INPUT, field=field) from None
    done = _link(get_context(request), me, conversation_id, body)
    flash = f"Linked: {', '.join(f'{i.platform} @{i.handle}' for i in done.linked)}."
    return RedirectResponse(flash_url(request, f"/inbox/{conversation_id}", flash), 303)


@router.post("/inbox/{conversation_id}/links/{contact_id}/unlink", include_in_schema=False)
def unlink_form(
    request: Request, me: Agent, conversation_id: ConvId, contact_id: ContactId
) -> Response:
    ctx = get_context(request)
    unlink_contact(ctx.store, conversation_id, contact_id, by=me.name, clock=ctx.clock)
    return RedirectResponse(flash_url(request, f"/inbox/{conversation_id}", "Unlinked."), 303)
