"""Typed settings: ``followback.toml`` plus ``FOLLOWBACK_*`` environment overrides.

Environment variables win over the file (``FOLLOWBACK_DB_URL``, and nested keys with a
double underscore, e.g. ``FOLLOWBACK_SERVICE__PORT=9000``). A broken file or value raises
:class:`~followback.domain.errors.ConfigError` naming the key and the problem.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from followback.domain import FollowMode, Platform, Role
from followback.domain.errors import ConfigError

__all__ = [
    "AccountSettings",
    "LimitOverride",
    "ListenSettings",
    "NotifyChannelSettings",
    "NotifySettings",
    "OAuthSettings",
    "PolicySettings",
    "RetentionSettings",
    "ServiceSettings",
    "Settings",
    "TeamMemberSettings",
    "default_config_path",
    "default_db_url",
    "load_settings",
]

ENV_PREFIX = "FOLLOWBACK_"


def default_data_dir() -> Path:
    """The user's data directory for followback (XDG on Linux)."""
    return Path(platformdirs.user_data_dir("followback", appauthor=False))


def default_db_url() -> str:
    """An SQLite file in the user's data directory."""
    return f"sqlite:///{default_data_dir() / 'followback.db'}"


def default_config_path() -> Path:
    """``$FOLLOWBACK_CONFIG`` or ``./followback.toml``."""
    return Path(os.environ.get("FOLLOWBACK_CONFIG", "followback.toml"))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LimitOverride(_Strict):
    """Override one of a platform's limits (see docs/settings.md for names)."""

    capacity: int = Field(gt=0)
    period_s: int = Field(gt=0)


class PolicySettings(_Strict):
    """The follow-back policy of one account: screening thresholds and values rules."""

    follow_below: float = Field(0.35, ge=0.0, le=1.0, description="bot_score below: follow")
    skip_above: float = Field(0.75, ge=0.0, le=1.0, description="bot_score above: skip")
    blocked_keywords: list[str] = Field(default_factory=list)
    blocked_regexes: list[str] = Field(default_factory=list)
    blocked_domains: list[str] = Field(default_factory=list)
    competitor_handles: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list, description="empty: any language")
    allow: list[str] = Field(default_factory=list, description="always follow these handles")
    deny: list[str] = Field(default_factory=list, description="never follow these handles")
    follow_locked: bool = False
    min_account_age_days: int = Field(0, ge=0)
    min_posts: int = Field(0, ge=0)
    respect_opt_out: bool = True
    holdout_share: float = Field(0.0, ge=0.0, le=0.5, description="random share not followed")
    holdout_days: int = Field(30, ge=1)
    unfollow_min_gap_days: int = Field(7, ge=0)

    @field_validator("skip_above")
    @classmethod
    def _ordered(cls, v: float, info: Any) -> float:
        below = info.data.get("follow_below")
        if below is not None and v < below:
            raise ValueError("must be at least follow_below")
        return v

    @field_validator("blocked_regexes")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        from followback.safe_regex import compile_linear

        for pattern in v:
            compile_linear(pattern)  # ValueError names the pattern and the problem
        return v


class ListenSettings(_Strict):
    """What the account listens for: posts that name the brand without addressing it."""

    keywords: list[str] = Field(default_factory=list, description="words and phrases")
    hashtags: list[str] = Field(default_factory=list, description="tags, with or without #")
    exclude: list[str] = Field(default_factory=list, description="ignore posts with these")
    full_text_search: bool = Field(
        False, description="mastodon: the server offers full-text search of posts"
    )
    x_monthly_budget_usd: float = Field(
        0.0, ge=0.0, description="x: recent-search spend per month; 0 turns X listening off"
    )
    spike_alert: bool = Field(True, description="alert when complaints spike")
    jetstream: bool = Field(
        False, description="bluesky: also read Jetstream post events, filtered locally"
    )

    @field_validator("hashtags")
    @classmethod
    def _tags(cls, v: list[str]) -> list[str]:
        import re

        for tag in v:
            if not re.fullmatch(r"#?\w+", tag.strip()):
                raise ValueError(f"hashtag {tag!r}: letters, digits and _ only")
        return v


class AccountSettings(_Strict):
    """One brand account followback manages."""

    platform: Platform
    handle: str = Field(min_length=1)
    mode: FollowMode | None = Field(None, description="default: the platform's safe default")
    server: str | None = Field(None, description="Mastodon instance or Bluesky PDS URL")
    policy: PolicySettings = Field(default_factory=PolicySettings)
    limits: dict[str, LimitOverride] = Field(default_factory=dict)
    listen: ListenSettings = Field(default_factory=ListenSettings)


class TeamMemberSettings(_Strict):
    name: str = Field(min_length=1)
    role: Role = Role.AGENT
    email: str = ""


class ServiceSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8000, gt=0, lt=65536)
    sync_interval_s: int = Field(900, gt=0)
    full_reconcile_every: int = Field(24, gt=0, description="full scans every N syncs")
    inbox_interval_s: int = Field(120, gt=0)
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="addresses of reverse proxies whose X-Forwarded-For is believed",
    )
    max_request_kb: int = Field(1024, gt=0, description="largest request body accepted (KiB)")


class RetentionSettings(_Strict):
    """How long followback keeps data (``None``: forever); applied by ``followback run``."""

    messages_days: int | None = Field(None, gt=0, description="delete messages older than this")
    events_days: int | None = Field(None, gt=0, description="delete follow events older than this")
    audit_days: int | None = Field(None, gt=0, description="delete audit entries older than this")
    dead_letters_days: int | None = Field(None, gt=0, description="delete dead letters older")


class RoutingRuleSettings(_Strict):
    """``[[inbox.routing]]``: conversations matching every condition go to ``agents``."""

    agents: list[str] = Field(min_length=1)
    platform: str | None = None
    language: str | None = Field(None, description="e.g. es: the message's detected language")
    complaint: bool | None = None
    keywords: list[str] = Field(default_factory=list)


class InboxSettings(_Strict):
    first_response_sla_minutes: int = Field(60, gt=0)
    business_hours: str | None = Field(None, description='e.g. "09:00-17:00 Mon-Fri UTC"')
    saved_replies: dict[str, str] = Field(
        default_factory=dict,
        description="name -> text with {first_name}, {name}, {handle}, {agent}, {brand}",
    )
    sign_replies: bool = Field(False, description="end each reply with the agent's ^initials")
    mastodon_max_characters: int = Field(500, ge=1, le=100_000)
    handoff_text: str | None = Field(
        None, description="the hand-off's public reply, with the saved-reply variables"
    )
    approval_roles: list[Role] = Field(
        default_factory=list, description="roles whose replies wait for an admin's approval"
    )
    auto_assign: bool = Field(False, description="assign new conversations by the routing rules")
    lock_replies_to_assignee: bool = Field(
        False, description="only the assignee replies; an admin takes a conversation over first"
    )
    agent_capacity: int = Field(0, ge=0, description="open conversations per agent; 0: no limit")
    routing: list[RoutingRuleSettings] = Field(default_factory=list)


class NotifyChannelSettings(_Strict):
    """One place notifications go: an e-mail address list, a signed webhook or a chat webhook.

    Secrets are never written here: ``smtp_password_env`` and ``secret_env`` name environment
    variables that hold them.
    """

    name: str = Field(min_length=1)
    kind: Literal["email", "webhook", "chat"]
    url: str = Field("", description="webhook or chat: the URL to POST to")
    secret_env: str = Field("", description="webhook: env variable with the HMAC secret")
    to: list[str] = Field(default_factory=list, description="email: recipients")
    from_addr: str = Field("", description="email: the From address")
    smtp_host: str = "localhost"
    smtp_port: int = Field(25, gt=0, lt=65536)
    smtp_security: Literal["none", "starttls", "ssl"] = "none"
    smtp_user: str = ""
    smtp_password_env: str = Field("", description="email: env variable with the password")
    min_severity: Literal["info", "warning", "critical"] = "info"
    kinds: list[str] = Field(default_factory=list, description="event kind prefixes; empty: all")
    enabled: bool = True

    @model_validator(mode="after")
    def _complete(self) -> NotifyChannelSettings:
        if self.kind == "email" and (not self.to or not self.from_addr):
            raise ValueError(f"email channel {self.name!r} needs `to` and `from_addr`")
        if self.kind != "email" and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"{self.kind} channel {self.name!r} needs an http(s) `url`")
        return self


class NotifySettings(_Strict):
    """Where alerts go and how hard followback tries to deliver them."""

    channels: list[NotifyChannelSettings] = Field(default_factory=list)
    attempts: int = Field(3, ge=1, le=10, description="tries per delivery run, with backoff")
    backoff_s: float = Field(1.0, ge=0.0, description="first wait between tries; doubles")
    max_attempts: int = Field(8, ge=1, description="tries in all before a delivery is failed")
    timeout_s: float = Field(10.0, gt=0.0)

    @field_validator("channels")
    @classmethod
    def _unique(cls, v: list[NotifyChannelSettings]) -> list[NotifyChannelSettings]:
        names = [c.name for c in v]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"channel names must be unique: {', '.join(dupes)}")
        return v


class OAuthSettings(_Strict):
    """Connecting Mastodon and X accounts from the dashboard with OAuth."""

    public_url: str | None = Field(
        None,
        description="the dashboard's address as browsers reach it (for the OAuth callback); "
        "default: the address of the request",
    )
    x_client_id: str = Field("", description="X: the OAuth 2.0 client ID of your X app")
    x_client_secret_env: str = Field(
        "", description="X: env variable with the client secret (confidential clients only)"
    )


class Settings(BaseSettings):
    """All of followback's settings."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid"
    )

    db_url: str = Field(default_factory=default_db_url)
    secret_key: str | None = Field(None, description="key for credentials at rest")
    accounts: list[AccountSettings] = Field(default_factory=list)
    team: list[TeamMemberSettings] = Field(default_factory=list)
    service: ServiceSettings = Field(default_factory=ServiceSettings)
    inbox: InboxSettings = Field(default_factory=InboxSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    oauth: OAuthSettings = Field(default_factory=OAuthSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment first so it overrides values read from the file (passed as init).
        return (env_settings, init_settings)


def _format_error(err: Any) -> tuple[str, str]:
    key = ".".join(str(part) for part in err["loc"]) or "(top level)"
    return key, str(err["msg"])


def load_settings(path: Path | None = None, *, db_url: str | None = None) -> Settings:
    """Load settings from ``path`` (if it exists) and the environment.

    ``db_url`` (from ``--db``) overrides both. Raises :class:`ConfigError`.
    """
    data: dict[str, Any] = {}
    path = path if path is not None else default_config_path()
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from exc
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        key, msg = _format_error(exc.errors()[0])
        more = len(exc.errors()) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise ConfigError(f"{path}: {key}: {msg}{suffix}", key=key) from exc
    if db_url:
        settings = settings.model_copy(update={"db_url": db_url})
    return settings
