"""The team: members and roles. Everyone sees who is on the team; only an admin sees
e-mail addresses and adds, changes, deactivates, reactivates or logs out a member."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions.auth import (
    MemberChange,
    change_member,
    change_own_password,
    record_member,
    revoke_member_access,
)
from followback.domain import Role, TeamMember
from followback.domain.errors import ErrorCode, UserError
from followback.store import StoreSession as Session
from followback.store.team import TeamRepo
from followback.web.context import (
    Admin,
    Principal,
    Viewer,
    WebContext,
    flash_url,
    get_context,
    render,
)

__all__ = ["router"]

router = APIRouter()
MemberName = Annotated[str, Path(min_length=1, max_length=200)]


class MemberOut(BaseModel):
    name: str
    role: str
    email: str
    active: bool


class NewMember(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.AGENT
    email: str = Field("", max_length=320)
    password: str | None = Field(None, min_length=8, max_length=1000)


class MemberPatch(BaseModel):
    role: Role | None = None
    active: bool | None = Field(None, description="false deactivates, true reactivates")
    password: str | None = Field(None, min_length=8, max_length=1000)
    current_password: str | None = Field(
        None, max_length=1000, description="required when you change your own password"
    )


class RevokedOut(BaseModel):
    ended: int = Field(description="sessions and API tokens ended")


def _members(s: Session, *, with_email: bool) -> list[MemberOut]:
    repo = TeamRepo(s)
    active = {m.name for m in repo.list_members()}
    return [
        MemberOut(
            name=m.name,
            role=m.role.value,
            email=m.email if with_email else "",
            active=m.name in active,
        )
        for m in repo.list_members(include_inactive=True)
    ]


def _add(ctx: WebContext, me: Principal, body: NewMember) -> TeamMember:
    return record_member(
        ctx.store,
        me.actor,
        body.name,
        body.role,
        ctx.clock(),
        password=body.password,
        email=body.email,
    )


def _patch(ctx: WebContext, me: Principal, name: str, body: MemberPatch) -> int:
    if body.password is not None and name == me.name:
        # Your own password: prove you know the current one (a borrowed unlocked browser
        # must not be enough to lock you out), and keep the session you are using.
        if not body.current_password:
            raise UserError(
                "give your current password to change it", ErrorCode.BAD_INPUT,
                field="current_password",
            )  # fmt: skip
        keep = me.session_id if me.via == "session" else None
        ended = change_own_password(
            ctx.store, name, body.current_password, body.password, ctx.clock(), keep_session=keep
        )
        body = body.model_copy(update={"password": None})
        return ended + change_member(ctx.store, me.name, name, _change(body), ctx.clock())
    return change_member(ctx.store, me.name, name, _change(body), ctx.clock())


def _change(body: MemberPatch) -> MemberChange:
    return MemberChange(role=body.role, active=body.active, password=body.password)


@router.get("/api/team", response_model=list[MemberOut], tags=["team"])
def api_team(request: Request, me: Admin) -> list[MemberOut]:
    """Members with their roles and e-mail addresses (admin; never their passwords)."""
    with get_context(request).store.read() as s:
        return _members(s, with_email=True)


@router.post("/api/team", response_model=MemberOut, status_code=201, tags=["team"])
def api_add_member(request: Request, me: Admin, body: NewMember) -> MemberOut:
    """Add a member (admin). Without a password they cannot log in until one is set."""
    member = _add(get_context(request), me, body)
    return MemberOut(name=member.name, role=member.role.value, email=member.email, active=True)


@router.patch("/api/team/{name}", response_model=MemberOut, tags=["team"])
def api_patch_member(request: Request, me: Admin, name: MemberName, body: MemberPatch) -> MemberOut:
    """Change a member's role or password, deactivate or reactivate them (admin).

    A new role, a new password and a deactivation end the member's sessions and tokens.
    """
    ctx = get_context(request)
    _patch(ctx, me, name, body)
    with ctx.store.read() as s:
        return next(m for m in _members(s, with_email=True) if m.name == name)


@router.post("/api/team/{name}/revoke", response_model=RevokedOut, tags=["team"])
def api_revoke_member(request: Request, me: Admin, name: MemberName) -> RevokedOut:
    """End every session and API token of a member at once (admin)."""
    ctx = get_context(request)
    with ctx.store.read() as s:
        TeamRepo(s).get_row(name)
    return RevokedOut(ended=revoke_member_access(ctx.store, me.name, name, ctx.clock()))


@router.get("/team", include_in_schema=False)
def team_page(request: Request, me: Viewer) -> Response:
    # E-mail addresses are for admins; everyone sees who is on the team and their role.
    with get_context(request).store.read() as s:
        members = _members(s, with_email=me.can(Role.ADMIN))
    return render(request, "team.html", me, members=members, roles=list(Role))


@router.post("/team", include_in_schema=False)
def team_add_submit(
    request: Request,
    me: Admin,
    name: Annotated[str, Form(max_length=200)],
    role: Annotated[Role, Form()] = Role.AGENT,
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    body = NewMember(name=name, role=role, email=email, password=password or None)
    _add(get_context(request), me, body)
    return RedirectResponse(flash_url(request, "/team", "Member added."), 303)


@router.post("/team/password", include_in_schema=False)
def own_password_submit(
    request: Request,
    me: Viewer,
    current_password: Annotated[str, Form(max_length=1000)],
    new_password: Annotated[str, Form(max_length=1000)],
) -> Response:
    ctx = get_context(request)
    keep = me.session_id if me.via == "session" else None
    change_own_password(
        ctx.store, me.name, current_password, new_password, ctx.clock(), keep_session=keep
    )
    return RedirectResponse(flash_url(request, "/team", "Password changed."), 303)


@router.post("/team/{name}", include_in_schema=False)
def team_change_submit(
    request: Request,
    me: Admin,
    name: MemberName,
    role: Annotated[Role | None, Form()] = None,
    deactivate: Annotated[str, Form()] = "",
    reactivate: Annotated[str, Form()] = "",
    revoke: Annotated[str, Form()] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    current_password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    ctx = get_context(request)
    if revoke:
        ended = revoke_member_access(ctx.store, me.name, name, ctx.clock())
        message = f"Ended {ended} session{'s' if ended != 1 else ''} and tokens of {name}."
        return RedirectResponse(flash_url(request, "/team", message), 303)
    active = False if deactivate else (True if reactivate else None)
    body = MemberPatch(
        role=role,
        active=active,
        password=password or None,
        current_password=current_password or None,
    )
    _patch(ctx, me, name, body)
    return RedirectResponse(flash_url(request, "/team", "Saved."), 303)
