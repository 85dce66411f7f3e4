"""Rules derived from :data:`~followback.domain.rules.DEFAULT_CAPABILITIES`: every rate or
volume limit followback paces writes by, and each platform's following cap.

Derived, not copied, so that a limit has one definition. ``CHECKED`` says when each
source was last compared with the values in ``domain/rules.py``.
"""

from __future__ import annotations

from followback.domain.platform import Platform
from followback.domain.rulebook import OWN_SOURCE, Rule
from followback.domain.rules import (
    BLUESKY_LIMITS_URL,
    DEFAULT_CAPABILITIES,
    MASTODON_API_LIMITS_URL,
    MASTODON_RATE_LIMITER_URL,
    X_API_LIMITS_URL,
    X_LIMITS_URL,
    LimitSpec,
)

__all__ = ["CHECKED", "FOLLOWING_CAP_SOURCES", "MASTODON_FOLLOW_LIMIT_URL", "RULES"]

MASTODON_FOLLOW_LIMIT_URL = (
    "https://github.com/mastodon/mastodon/blob/main/app/validators/follow_limit_validator.rb"
)

# When each source was last compared with the values (a month where no day was noted).
CHECKED: dict[str, str] = {
    X_API_LIMITS_URL: "2026-11-30",  # docs.x.com rate-limits table, read for issue #15
    X_LIMITS_URL: "2026-11",
    # docs.bsky.app rate-limits page: 5,000 / 35,000 points; create 3, update 2, delete 1.
    BLUESKY_LIMITS_URL: "2026-11-30",
    MASTODON_RATE_LIMITER_URL: "2026-11",
    MASTODON_API_LIMITS_URL: "2026-11",
    # FollowLimitValidator: LIMIT 7_500, RATIO 1.1 (max of the two once past the limit).
    MASTODON_FOLLOW_LIMIT_URL: "2026-11-30",
}
_OWN_CHECKED = "2026-11-30"  # followback's own caps: the value is ours, checked when set

FOLLOWING_CAP_SOURCES: dict[Platform, str] = {
    Platform.X: X_LIMITS_URL,
    Platform.MASTODON: MASTODON_FOLLOW_LIMIT_URL,
}


def _period(seconds: int) -> str:
    for unit, size in (("day", 86_400), ("hour", 3600), ("minute", 60)):
        if seconds % size == 0:
            count = seconds // size
            return unit if count == 1 else f"{count} {unit}s"
    return f"{seconds} s"


def _limit_rule(platform: Platform, spec: LimitSpec) -> Rule:
    charged = ", ".join(
        f"{op} {points}" if points != 1 else op for op, points in spec.costs.items()
    )
    value = f"{spec.capacity:,} per {_period(spec.period_s)} (charged: {charged})"
    if spec.source.startswith("https://"):
        return Rule(
            platform,
            spec.name,
            value,
            spec.source,
            CHECKED.get(spec.source, "2026-11"),
            "pacing keeps every write within the platform's published limit, with headroom",
        )
    why = spec.source.removeprefix("followback:").strip() or "the simulated platform's own"
    return Rule(platform, spec.name, value, OWN_SOURCE, _OWN_CHECKED, why)


def _cap_rule(platform: Platform) -> Rule | None:
    caps = DEFAULT_CAPABILITIES[platform]
    source = FOLLOWING_CAP_SOURCES.get(platform)
    if caps.following_cap_floor is None or source is None:
        return None
    value = (
        f"{caps.following_cap_floor:,} accounts, then {caps.following_cap_ratio or 0:g} x followers"
    )
    why = "follow-backs past the cap would be refused by the platform; planning stops before"
    return Rule(platform, "following_cap", value, source, CHECKED.get(source, "2026-11"), why)


def _rules() -> tuple[Rule, ...]:
    out: list[Rule] = []
    for platform, caps in DEFAULT_CAPABILITIES.items():
        out.extend(_limit_rule(platform, spec) for spec in caps.limits)
        cap = _cap_rule(platform)
        if cap is not None:
            out.append(cap)
    return tuple(out)


RULES: tuple[Rule, ...] = _rules()
