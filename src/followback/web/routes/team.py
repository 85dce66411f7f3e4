"""The team: members and roles. Everyone reads; only an admin adds, changes or deactivates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from followback.domain import Role, TeamMember
from followback.domain.errors import ErrorCode, UserError
from followback.store import AuditRepo
from followback.store.team import TeamRepo
from followback.web.context import Admin, Principal, Viewer, WebContext, get_context, render

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
    active: bool | None = Field(None, description="false deactivates (cannot be undone here)")
    password: str | None = Field(None, min_length=8, max_length=1000)


def _members(s: Session) -> list[MemberOut]:
    repo = TeamRepo(s)
    active = {m.name for m in repo.list_members()}
    return [
        MemberOut(name=m.name, role=m.role.value, email=m.email, active=m.name in active)
        for m in repo.list_members(include_inactive=True)
    ]


def _keep_an_admin(s: Session, name: str) -> None:
    admins = [m for m in TeamRepo(s).list_members() if m.role is Role.ADMIN]
    if [m.name for m in admins] == [name]:
        raise UserError(
            f"{name} is the last active admin; make someone else admin first",
            ErrorCode.NOT_ALLOWED,
            name=name,
        )


def _add(ctx: WebContext, me: Principal, body: NewMember) -> TeamMember:
    with ctx.store.session() as s:
        member = TeamRepo(s).add_member(
            body.name, body.role, body.password, body.email, at=ctx.clock()
        )
        AuditRepo(s).record(me.actor, "team.add", member.name, None, ctx.clock(), role=body.role)
    return member


def _patch(ctx: WebContext, me: Principal, name: str, body: MemberPatch) -> None:
    with ctx.store.session() as s:
        repo = TeamRepo(s)
        repo.get_row(name)
        audit = AuditRepo(s)
        if body.role is not None and body.role is not Role.ADMIN:
            _keep_an_admin(s, name)
        if body.active is False:
            _keep_an_admin(s, name)
        if body.role is not None:
            repo.set_role(name, body.role)
            audit.record(me.actor, "team.set_role", name, None, ctx.clock(), role=body.role)
        if body.password is not None:
            repo.set_password(name, body.password)
            audit.record(me.actor, "team.set_password", name, None, ctx.clock())
        if body.active is False:
            repo.deactivate(name)
            audit.record(me.actor, "team.deactivate", name, None, ctx.clock())
        elif body.active is True and not repo.get_row(name).active:
            raise UserError("reactivating a member is not supported here", ErrorCode.NOT_ALLOWED)


@router.get("/api/team", response_model=list[MemberOut], tags=["team"])
def api_team(request: Request, me: Viewer) -> list[MemberOut]:
    """Members with their roles (never their passwords)."""
    with get_context(request).store.session() as s:
        return _members(s)


@router.post("/api/team", response_model=MemberOut, status_code=201, tags=["team"])
def api_add_member(request: Request, me: Admin, body: NewMember) -> MemberOut:
    """Add a member (admin). Without a password they cannot log in until one is set."""
    member = _add(get_context(request), me, body)
    return MemberOut(name=member.name, role=member.role.value, email=member.email, active=True)


@router.patch("/api/team/{name}", response_model=MemberOut, tags=["team"])
def api_patch_member(request: Request, me: Admin, name: MemberName, body: MemberPatch) -> MemberOut:
    """Change a member's role or password, or deactivate them (admin)."""
    ctx = get_context(request)
    _patch(ctx, me, name, body)
    with ctx.store.session() as s:
        return next(m for m in _members(s) if m.name == name)


@router.get("/team", include_in_schema=False)
def team_page(request: Request, me: Viewer) -> Response:
    with get_context(request).store.session() as s:
        members = _members(s)
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
    return RedirectResponse("/team?flash=Member+added.", 303)


@router.post("/team/{name}", include_in_schema=False)
def team_change_submit(
    request: Request,
    me: Admin,
    name: MemberName,
    role: Annotated[Role | None, Form()] = None,
    deactivate: Annotated[str, Form()] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    body = MemberPatch(role=role, active=False if deactivate else None, password=password or None)
    _patch(get_context(request), me, name, body)
    return RedirectResponse("/team?flash=Saved.", 303)
