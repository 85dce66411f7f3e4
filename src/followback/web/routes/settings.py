"""Policy and limits per account (validated with the settings models), and connected accounts."""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_origin

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError

from followback.actions.accounts import (
    record_connected_account,
    record_follow_mode,
    record_policy,
)
from followback.actions.calendars import clear_business_calendar, record_business_calendar
from followback.config import PolicySettings
from followback.domain import DEFAULT_CAPABILITIES, FollowMode, Platform
from followback.domain.errors import UserError
from followback.domain.rulebook import Rule, list_rules
from followback.store import AccountRepo
from followback.store import StoreSession as Session
from followback.store.dashboard import AccountView, list_accounts
from followback.store.policies import PolicyRepo
from followback.store.tables import AccountPolicyRow
from followback.web.context import (
    Admin,
    Principal,
    Viewer,
    WebContext,
    credentials_key,
    flash_url,
    get_context,
    render,
)
from followback.web.routes.calendar import calendar_form

__all__ = ["connect_error_page", "router"]

router = APIRouter()
AccountId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class PolicyOut(BaseModel):
    account_id: int
    policy: dict[str, Any]
    limits: dict[str, dict[str, int]]
    platform_limits: dict[str, dict[str, int]]
    version: str | None
    updated_by: str | None
    updated_at: str | None


class PolicyBody(BaseModel):
    policy: dict[str, Any] = Field(description="fields of PolicySettings (see docs/settings.md)")
    limits: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="limit name -> {capacity, period_s}"
    )


def _policy_out(s: Session, account_id: int) -> PolicyOut:
    account = AccountRepo(s).get(account_id)
    stored = PolicyRepo(s).get(account_id)
    row = s.get(AccountPolicyRow, account_id)
    caps = DEFAULT_CAPABILITIES.get(account.platform)
    return PolicyOut(
        account_id=account_id,
        policy=stored.settings.model_dump(mode="json"),
        limits={k: v.model_dump(mode="json") for k, v in stored.limits.items()},
        platform_limits={
            lim.name: {"capacity": lim.capacity, "period_s": lim.period_s}
            for lim in (caps.limits if caps else ())
        },
        version=row.version if row else None,
        updated_by=row.updated_by if row else None,
        updated_at=row.updated_at.isoformat() if row else None,
    )


def _save_policy(ctx: WebContext, me: Principal, account_id: int, body: PolicyBody) -> PolicyOut:
    record_policy(ctx.store, account_id, body.policy, body.limits, by=me.actor, clock=ctx.clock)
    with ctx.store.read() as s:
        return _policy_out(s, account_id)


@router.get("/api/policy/{account_id}", response_model=PolicyOut, tags=["settings"])
def api_policy(request: Request, me: Viewer, account_id: AccountId) -> PolicyOut:
    """The account's follow-back policy, its limit overrides and the platform's limits."""
    with get_context(request).store.read() as s:
        return _policy_out(s, account_id)


@router.put("/api/policy/{account_id}", response_model=PolicyOut, tags=["settings"])
def api_put_policy(
    request: Request, me: Admin, account_id: AccountId, body: PolicyBody
) -> PolicyOut:
    """Replace the policy and limit overrides (admin); a bad value is named and nothing changes."""
    return _save_policy(get_context(request), me, account_id, body)


class AccountOut(BaseModel):
    id: int
    platform: str
    handle: str
    name: str
    mode: str
    needs_reauth: bool
    bulk_approval_allowed: bool
    pending_reviews: int

    @classmethod
    def of(cls, a: AccountView) -> AccountOut:
        return cls(**{k: getattr(a, k) for k in cls.model_fields})


class AccountPatch(BaseModel):
    mode: FollowMode


@router.get("/api/accounts", response_model=list[AccountOut], tags=["accounts"])
def api_accounts(request: Request, me: Viewer) -> list[AccountOut]:
    """Connected accounts (credentials are never shown)."""
    with get_context(request).store.read() as s:
        return [AccountOut.of(a) for a in list_accounts(s)]


class ConnectBody(BaseModel):
    platform: Literal["bluesky", "mastodon", "x"]
    handle: str = Field("", max_length=320, description="Bluesky handle or user@server")
    server: str | None = Field(None, max_length=500, description="PDS or Mastodon server URL")
    secret: str = Field(
        min_length=1,
        max_length=4000,
        description="Bluesky app password, or Mastodon/X access token (never shown again)",
    )
    mode: FollowMode | None = None


async def _connect(ctx: WebContext, me: Principal, body: ConnectBody) -> AccountOut:
    key = credentials_key(ctx)
    connected = await record_connected_account(
        ctx.store,
        Platform(body.platform),
        handle=body.handle,
        secret=body.secret,
        key=key,
        by=me.actor,
        clock=ctx.clock,
        server=body.server or None,
        mode=body.mode,
    )
    with ctx.store.read() as s:
        return next(AccountOut.of(a) for a in list_accounts(s) if a.id == connected.account_id)


@router.post("/api/accounts", response_model=AccountOut, tags=["accounts"])
async def api_connect(request: Request, me: Admin, body: ConnectBody) -> AccountOut:
    """Connect a Bluesky (app password), Mastodon or X (access token) account: checked with
    the platform, stored with the credentials encrypted."""
    return await _connect(get_context(request), me, body)


def _set_mode(ctx: WebContext, me: Principal, account_id: int, mode: FollowMode) -> None:
    record_follow_mode(ctx.store, account_id, mode, by=me.actor, clock=ctx.clock)


@router.patch("/api/accounts/{account_id}", response_model=AccountOut, tags=["accounts"])
def api_patch_account(
    request: Request, me: Admin, account_id: AccountId, body: AccountPatch
) -> AccountOut:
    """Change how followback acts for the account (admin)."""
    ctx = get_context(request)
    _set_mode(ctx, me, account_id, body.mode)
    with ctx.store.read() as s:
        return next(AccountOut.of(a) for a in list_accounts(s) if a.id == account_id)


# -- pages ----------------------------------------------------------------------------------
def _field_kinds() -> dict[str, str]:
    kinds = {}
    for name, info in PolicySettings.model_fields.items():
        ann = info.annotation
        if ann is bool:
            kinds[name] = "bool"
        elif get_origin(ann) is list:
            kinds[name] = "list"
        else:
            kinds[name] = "number"
    return kinds


def _settings_page(
    request: Request,
    me: Principal,
    account_id: int | None,
    *,
    errors: dict[str, str] | None = None,
    submitted: dict[str, str] | None = None,
    status_code: int = 200,
    hours_error: str | None = None,
    hours_typed: dict[str, Any] | None = None,
) -> Response:
    ctx = get_context(request)
    with ctx.store.read() as s:
        accounts = list_accounts(s)
        if account_id is None and accounts:
            account_id = accounts[0].id
        policy = _policy_out(s, account_id) if account_id is not None else None
    calendar = calendar_form(ctx, account_id) if account_id is not None else None
    if calendar is not None and hours_typed:
        calendar.update(hours_typed)
    response = render(
        request,
        "settings.html",
        me,
        accounts=accounts,
        account=account_id,
        policy=policy,
        kinds=_field_kinds(),
        descriptions={k: f.description or "" for k, f in PolicySettings.model_fields.items()},
        errors=errors or {},
        submitted=submitted or {},
        calendar=calendar,
        hours_error=hours_error,
    )
    response.status_code = status_code
    return response


@router.get("/settings", include_in_schema=False)
def settings_page(request: Request, me: Viewer) -> Response:
    raw = request.query_params.get("account", "")
    return _settings_page(request, me, int(raw) if raw.isdigit() else None)


def _label(name: str) -> str:
    return name.replace("_", " ")


def _policy_errors(policy: dict[str, Any]) -> dict[str, str]:
    """Every bad field of the form, named as the form names it (not only the first)."""
    try:
        PolicySettings(**policy)
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else "policy"
            message = str(err["msg"]).removeprefix("Value error, ")
            for other in PolicySettings.model_fields:  # "follow_below" -> "follow below"
                message = message.replace(other, _label(other))
            errors.setdefault(name, f"{_label(name)}: {message}")
        return errors
    return {}


def _form_policy(form: Any, kinds: dict[str, str]) -> dict[str, Any]:
    policy: dict[str, Any] = {}
    for name, kind in kinds.items():
        value = form.get(f"p.{name}")
        if kind == "bool":
            policy[name] = value == "on"
        elif kind == "list":
            policy[name] = [v.strip() for v in str(value or "").splitlines() if v.strip()]
        elif value not in (None, ""):
            policy[name] = value
    return policy


def _form_limits(form: Any) -> dict[str, dict[str, int]]:
    limits: dict[str, dict[str, int]] = {}
    for key in form:
        if not key.startswith("l.") or not key.endswith(".capacity"):
            continue
        name = key[2 : -len(".capacity")]
        cap, period = form.get(key), form.get(f"l.{name}.period_s")
        if cap and period:
            try:
                limits[name] = {"capacity": int(cap), "period_s": int(period)}
            except ValueError:
                raise UserError(
                    f"limit {name}: capacity and period must be whole numbers", key=name
                ) from None
    return limits


@router.post("/settings/{account_id}", include_in_schema=False)
async def settings_submit(request: Request, me: Admin, account_id: AccountId) -> Response:
    form = await request.form()
    submitted = {k: str(v) for k, v in form.items() if k != "csrf_token"}
    policy = _form_policy(form, _field_kinds())
    errors = _policy_errors(policy)
    if not errors:
        try:
            body = PolicyBody(policy=policy, limits=_form_limits(form))
            _save_policy(get_context(request), me, account_id, body)
        except UserError as exc:
            key = str(exc.fields.get("key") or "policy").split(".")[-1]
            errors = {key: exc.message}
    if errors:
        # The form again, with what was typed and each bad field named; nothing saved.
        return _settings_page(
            request, me, account_id, errors=errors, submitted=submitted, status_code=422
        )
    return RedirectResponse(
        flash_url(request, f"/settings?account={account_id}", "Policy saved."), 303
    )


@router.get("/accounts", include_in_schema=False)
def accounts_page(request: Request, me: Viewer) -> Response:
    return _render_accounts(request, me)


def connect_error_page(
    request: Request, me: Principal, message: str, values: dict[str, str]
) -> Response:
    """The accounts page again (422) with why connecting failed and the form as typed."""
    return _render_accounts(request, me, 422, connect_error=message, connect_values=values)


def _render_accounts(
    request: Request, me: Principal, status_code: int = 200, **extra: Any
) -> Response:
    """The accounts page: every account, the follow modes and each platform's rules."""
    with get_context(request).store.read() as s:
        accounts = list_accounts(s)
    return render(
        request,
        "accounts.html",
        me,
        status_code,
        accounts=accounts,
        modes=list(FollowMode),
        rules=_platform_rules(accounts),
        **extra,
    )


def _platform_rules(accounts: list[AccountView]) -> list[Rule]:
    """The rules of the connected accounts' platforms (every real platform when none is)."""
    shown = {a.platform for a in accounts} or {"bluesky", "mastodon", "x"}
    return [r for r in list_rules() if r.platform.value in shown]


@router.post("/accounts/connect", include_in_schema=False)
async def account_connect_submit(request: Request, me: Admin) -> Response:
    form = await request.form()
    values = {k: str(v) for k, v in form.items() if k != "csrf_token"}
    try:
        body = ConnectBody(
            platform=values.get("platform", ""),
            handle=values.get("handle", ""),
            server=values.get("server") or None,
            secret=values.get("secret", ""),
        )
        account = await _connect(get_context(request), me, body)
    except (UserError, ValidationError) as exc:
        message = exc.message if isinstance(exc, UserError) else _first_error(exc)
        values.pop("secret", None)  # never echoed back into the page
        return connect_error_page(request, me, message, values)
    flash = f"Connected {account.platform} account {account.handle}."
    return RedirectResponse(flash_url(request, "/accounts", flash), status_code=303)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    name = ".".join(str(p) for p in err["loc"]) or "form"
    return f"{name}: {err['msg']}"


@router.post("/accounts/{account_id}/mode", include_in_schema=False)
async def account_mode_submit(request: Request, me: Admin, account_id: AccountId) -> Response:
    form = await request.form()
    try:
        mode = FollowMode(str(form.get("mode", "")))
    except ValueError:
        raise UserError("unknown mode; use auto, review or dry-run", field="mode") from None
    _set_mode(get_context(request), me, account_id, mode)
    return RedirectResponse(flash_url(request, "/accounts", "Mode changed."), 303)


@router.post("/settings/{account_id}/business-hours", include_in_schema=False)
async def business_hours_submit(request: Request, me: Admin, account_id: AccountId) -> Response:
    form = await request.form()
    ctx = get_context(request)
    target = f"/settings?account={account_id}"
    if form.get("clear"):
        clear_business_calendar(ctx.store, account_id, by=me.actor, clock=ctx.clock)
        return RedirectResponse(flash_url(request, target, "Business hours cleared."), 303)
    weekdays = [str(v) for v in form.getlist("weekdays")]
    text = {k: str(form.get(k, "")) for k in ("opens", "closes", "time_zone", "holidays")}
    try:
        record_business_calendar(
            ctx.store,
            account_id,
            opens=text["opens"],
            closes=text["closes"],
            weekdays=weekdays,
            time_zone=text["time_zone"],
            holidays=text["holidays"].splitlines(),
            by=me.actor,
            clock=ctx.clock,
        )
    except UserError as exc:
        # The form again with what was typed and the problem named; nothing saved.
        return _settings_page(
            request,
            me,
            account_id,
            hours_error=exc.message,
            hours_typed={**text, "weekdays": weekdays},
            status_code=422,
        )
    return RedirectResponse(flash_url(request, target, "Business hours saved."), 303)
