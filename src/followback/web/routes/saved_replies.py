"""Saved replies managed in the dashboard: ``/api/saved-replies`` and the Saved replies
page. Anyone signed in reads them; only an admin adds, changes or deletes one.

The composer offers the stored ones together with the settings file's
``[inbox.saved_replies]``; a stored reply wins over a file one of the same name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions.saved_replies import (
    create_saved_reply,
    delete_saved_reply,
    update_saved_reply,
)
from followback.domain.errors import UserError
from followback.inbox.compose import SAVED_NAME_MAX, SAVED_TEXT_MAX, VARIABLES
from followback.store.saved_replies import SavedReplyRepo, SavedReplyView
from followback.web.context import (
    Admin,
    Principal,
    Viewer,
    WebContext,
    flash_url,
    get_context,
    render,
)

__all__ = ["OfferedReply", "offered_saved_replies", "router"]

router = APIRouter()
ReplyName = Annotated[str, Path(min_length=1, max_length=SAVED_NAME_MAX)]
PAGE = "/saved-replies"


@dataclass(frozen=True, slots=True)
class OfferedReply:
    name: str
    template: str
    source: str  # "dashboard" or "settings"


def offered_saved_replies(ctx: WebContext) -> list[OfferedReply]:
    """Every saved reply the composer offers, by name: the stored ones, then the settings
    file's whose name no stored reply has (compared without case)."""
    with ctx.store.read() as s:
        stored = SavedReplyRepo(s).list_all()
    offered = {r.name.lower(): OfferedReply(r.name, r.text, "dashboard") for r in stored}
    for name, template in ctx.settings.inbox.saved_replies.items():
        offered.setdefault(name.lower(), OfferedReply(name, template, "settings"))
    return sorted(offered.values(), key=lambda r: r.name.lower())


class SavedReplyBody(BaseModel):
    name: str = Field(min_length=1, max_length=SAVED_NAME_MAX, examples=["sorry"])
    text: str = Field(
        min_length=1,
        max_length=SAVED_TEXT_MAX,
        description="with " + ", ".join(f"{{{v}}}" for v in VARIABLES),
        examples=["Sorry {first_name}, {agent} here: we're on it."],
    )


class SavedReplyApiOut(BaseModel):
    name: str
    text: str = Field(description="the template, variables not filled in")
    source: str = Field(description="dashboard (editable here) or settings (the file)")
    updated_by: str | None = None
    updated_at: str | None = None


def _out(r: SavedReplyView) -> SavedReplyApiOut:
    return SavedReplyApiOut(
        name=r.name,
        text=r.text,
        source="dashboard",
        updated_by=r.updated_by,
        updated_at=r.updated_at.isoformat(),
    )


@router.get("/api/saved-replies", response_model=list[SavedReplyApiOut], tags=["inbox"])
def api_saved_replies(request: Request, me: Viewer) -> list[SavedReplyApiOut]:
    """Every saved reply the composer offers: the dashboard's and the settings file's."""
    ctx = get_context(request)
    with ctx.store.read() as s:
        stored = {r.name.lower(): r for r in SavedReplyRepo(s).list_all()}
    return [
        _out(stored[r.name.lower()])
        if r.source == "dashboard"
        else SavedReplyApiOut(name=r.name, text=r.template, source=r.source)
        for r in offered_saved_replies(ctx)
    ]


@router.post("/api/saved-replies", response_model=SavedReplyApiOut, tags=["inbox"])
def api_create_saved_reply(request: Request, me: Admin, body: SavedReplyBody) -> SavedReplyApiOut:
    """Add a saved reply (admin); an unknown variable or a taken name is refused."""
    ctx = get_context(request)
    saved = create_saved_reply(ctx.store, body.name, body.text, by=me.actor, clock=ctx.clock)
    return _out(saved.reply)


@router.put("/api/saved-replies/{name}", response_model=SavedReplyApiOut, tags=["inbox"])
def api_update_saved_reply(
    request: Request, me: Admin, name: ReplyName, body: SavedReplyBody
) -> SavedReplyApiOut:
    """Rename and/or rewrite the dashboard's saved reply called ``name`` (admin)."""
    ctx = get_context(request)
    saved = update_saved_reply(
        ctx.store, name, new_name=body.name, text=body.text, by=me.actor, clock=ctx.clock
    )
    return _out(saved.reply)


@router.delete("/api/saved-replies/{name}", status_code=204, tags=["inbox"])
def api_delete_saved_reply(request: Request, me: Admin, name: ReplyName) -> Response:
    """Delete the dashboard's saved reply called ``name`` (admin)."""
    ctx = get_context(request)
    delete_saved_reply(ctx.store, name, by=me.actor, clock=ctx.clock)
    return Response(status_code=204)


def _page(
    request: Request,
    me: Principal,
    *,
    error: str | None = None,
    editing: str | None = None,
    typed: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    """The page; after a refused save, the form again with what was typed and the problem."""
    ctx = get_context(request)
    values: dict[str, Any] = {
        "replies": offered_saved_replies(ctx),
        "variables": VARIABLES,
        "name_max": SAVED_NAME_MAX,
        "text_max": SAVED_TEXT_MAX,
        "error": error,
        "editing": editing,
        "typed": typed or {},
    }
    return render(request, "saved_replies.html", me, status_code=status_code, **values)


@router.get(PAGE, include_in_schema=False)
def saved_replies_page(request: Request, me: Viewer) -> Response:
    return _page(request, me)


def _typed(form: Any) -> dict[str, str]:
    return {k: str(form.get(k, ""))[: SAVED_TEXT_MAX + 1] for k in ("name", "text")}


@router.post(PAGE, include_in_schema=False)
async def saved_reply_add(request: Request, me: Admin) -> Response:
    ctx = get_context(request)
    typed = _typed(await request.form())
    try:
        saved = create_saved_reply(
            ctx.store, typed["name"], typed["text"], by=me.actor, clock=ctx.clock
        )
    except UserError as exc:
        return _page(request, me, error=exc.message, editing="", typed=typed, status_code=422)
    flash = f"Saved reply {saved.reply.name!r} added."
    return RedirectResponse(flash_url(request, PAGE, flash), 303)


@router.post(PAGE + "/{name}", include_in_schema=False)
async def saved_reply_change(request: Request, me: Admin, name: ReplyName) -> Response:
    ctx = get_context(request)
    form = await request.form()
    if form.get("delete"):
        gone = delete_saved_reply(ctx.store, name, by=me.actor, clock=ctx.clock)
        return RedirectResponse(flash_url(request, PAGE, f"Deleted {gone.name!r}."), 303)
    typed = _typed(form)
    try:
        saved = update_saved_reply(
            ctx.store,
            name,
            new_name=typed["name"],
            text=typed["text"],
            by=me.actor,
            clock=ctx.clock,
        )
    except UserError as exc:
        return _page(request, me, error=exc.message, editing=name, typed=typed, status_code=422)
    return RedirectResponse(flash_url(request, PAGE, f"Saved {saved.reply.name!r}."), 303)
