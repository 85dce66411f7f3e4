"""The audit log: who or what did what to whom, when and why; searchable."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from followback.domain import AuditEntry
from followback.domain.audit import describe_detail
from followback.store import AuditRepo
from followback.store.dashboard import list_accounts
from followback.web.context import Viewer, get_context, render

__all__ = ["router"]

router = APIRouter()
PAGE_SIZE = 100


class AuditOut(BaseModel):
    at: str
    actor: str
    verb: str
    account_id: int | None
    target: str = Field(description="as stored: a platform id, conversation id or member name")
    target_handle: str | None = Field(None, description="the person the target names")
    target_name: str | None = None
    target_url: str | None = Field(None, description="their profile on the platform")
    detail: dict[str, Any]
    detail_text: str = Field(description="the details in plain words")

    @classmethod
    def of(cls, e: AuditEntry) -> AuditOut:
        who = e.who
        return cls(
            at=e.at.isoformat(),
            actor=e.actor,
            verb=e.verb,
            account_id=e.brand_account_id,
            target=e.target,
            target_handle=who.handle if who else None,
            target_name=(who.display_name or None) if who else None,
            target_url=(who.url or None) if who else None,
            detail=dict(e.detail),
            detail_text="; ".join(f"{k}: {v}" for k, v in describe_detail(dict(e.detail))),
        )


class AuditPage(BaseModel):
    total: int
    items: list[AuditOut]
    next: str | None = None  # pass as `after` for the next page (keyset); null: last page


@router.get("/api/audit", response_model=AuditPage, tags=["audit"])
def api_audit(
    request: Request,
    me: Viewer,
    q: Annotated[str | None, Query(max_length=200)] = None,
    account: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    verb: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    after: Annotated[str | None, Query(max_length=400)] = None,
) -> AuditPage:
    """Audit entries, newest first; ``q`` searches actor, verb, target and people's handles.
    Page with ``after`` = the previous page's ``next`` (fast at any depth)."""
    with get_context(request).store.read() as session:
        repo = AuditRepo(session)
        items, nxt = repo.list_page(q or None, account, verb or None, limit, offset, after)
        total = repo.count(q or None, account, verb or None)
    return AuditPage(total=total, items=[AuditOut.of(e) for e in items], next=nxt)


@router.get("/audit", include_in_schema=False)
def audit_page(request: Request, me: Viewer) -> Response:
    p = request.query_params
    q = (p.get("q") or "")[:200] or None
    raw = p.get("account", "")
    account = int(raw) if raw.isdigit() else None
    page = int(p["page"]) if p.get("page", "").isdigit() and int(p["page"]) > 0 else 1
    with get_context(request).store.read() as session:
        repo = AuditRepo(session)
        entries = repo.list(q, account, None, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        total = repo.count(q, account)
        accounts = list_accounts(session)
    return render(
        request,
        "audit.html",
        me,
        entries=entries,
        total=total,
        q=q or "",
        account=account,
        accounts=accounts,
        describe=describe_detail,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
    )
