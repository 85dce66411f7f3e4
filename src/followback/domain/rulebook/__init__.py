"""Every rule followback applies per platform, as data: the rule, its value, its source
(a URL), when it was last checked against that source, and why followback applies it.

``followback rules`` and the dashboard's accounts page print this registry; an action
outside a rule is refused with :class:`RuleRefusedError`, which names the rule and its
source. Rules live in one module per section (``limits`` is derived from
:data:`~followback.domain.rules.DEFAULT_CAPABILITIES`, so a limit has one definition; ``x``,
``bluesky`` and ``mastodon`` hold each platform's permissions, prices and conventions). A
new rule is added to its section's ``RULES``; names are unique per platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from followback.domain.errors import ErrorCode, RejectedError, UserError
from followback.domain.platform import Platform

__all__ = [
    "Rule",
    "RuleRefusedError",
    "all_rules",
    "cite",
    "find_rule",
    "get_rule",
    "list_rules",
    "refusal",
    "refused_request",
]

# A source checked on a known day (YYYY-MM-DD), or in a known month when the day was not
# recorded (YYYY-MM): a date is never made more precise than it was noted.
_CHECKED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
OWN_SOURCE = "followback"  # a rule the platform does not publish; ``why`` says so


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: ``value`` in words, ``source`` where it is published, ``checked`` when
    followback last compared the value with the source, ``why`` what it protects."""

    platform: Platform
    name: str
    value: str
    source: str
    checked: str
    why: str

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name):
            raise ValueError(f"rule name {self.name!r}: lowercase words joined by _")
        if not _CHECKED.match(self.checked):
            raise ValueError(f"rule {self.name}: checked {self.checked!r} is not YYYY-MM[-DD]")
        if not (self.source.startswith("https://") or self.source == OWN_SOURCE):
            raise ValueError(f"rule {self.name}: source must be an https URL or {OWN_SOURCE!r}")

    @property
    def key(self) -> str:
        return f"{self.platform.value}.{self.name}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform.value,
            "name": self.name,
            "value": self.value,
            "source": self.source,
            "checked": self.checked,
            "why": self.why,
        }


class RuleRefusedError(RejectedError):
    """An action outside a platform rule was refused before anything was sent.

    The message names the rule, its value and its source, so the person reading it can
    check the rule themselves; ``rule`` carries it for the API and the audit log.
    """

    def __init__(self, rule: Rule, detail: str, *, evidence: str | None = None) -> None:
        super().__init__(f"{rule.platform.value}: {detail}; {cite(rule)}")
        self.rule = rule
        self.detail = detail
        # What the platform answered, when the refusal came from the platform itself (then
        # the answer is stored as a detected fact about the account).
        self.evidence = evidence


def cite(rule: Rule) -> str:
    """The rule as a person reads it in a refusal: name, value, source and last check."""
    return (
        f"refused by rule {rule.key} ({rule.value}) [source: {rule.source}, checked {rule.checked}]"
    )


def _build(rules: Iterable[Rule]) -> dict[tuple[Platform, str], Rule]:
    registry: dict[tuple[Platform, str], Rule] = {}
    for rule in rules:
        if (rule.platform, rule.name) in registry:
            raise ValueError(f"rule {rule.key} is defined twice")
        registry[(rule.platform, rule.name)] = rule
    return registry


def _load() -> dict[tuple[Platform, str], Rule]:
    # Imported here: the sections import Rule from this module.
    from followback.domain.rulebook import bluesky, limits, mastodon, x

    return _build((*limits.RULES, *x.RULES, *bluesky.RULES, *mastodon.RULES))


_REGISTRY: dict[tuple[Platform, str], Rule] | None = None


def _registry() -> dict[tuple[Platform, str], Rule]:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _load()
    return _REGISTRY


def all_rules() -> list[Rule]:
    """Every rule, by platform then name."""
    return sorted(_registry().values(), key=lambda r: (r.platform.value, r.name))


def list_rules(platform: Platform | None = None) -> list[Rule]:
    """The rules of ``platform`` (every platform when ``None``), by name."""
    return [r for r in all_rules() if platform is None or r.platform is platform]


def find_rule(platform: Platform, name: str) -> Rule | None:
    return _registry().get((platform, name))


def get_rule(platform: Platform, name: str) -> Rule:
    """The rule; ``KeyError`` naming it when there is no such rule (a programming error)."""
    rule = find_rule(platform, name)
    if rule is None:
        raise KeyError(f"no rule {platform.value}.{name}")
    return rule


def refusal(platform: Platform, name: str, detail: str) -> RuleRefusedError:
    """The error to raise when an action would break rule ``name`` of ``platform``."""
    return RuleRefusedError(get_rule(platform, name), detail)


def refused_request(rule: Rule, detail: str, **fields: Any) -> UserError:
    """A person's request outside ``rule`` (CLI exit code, HTTP 409), naming the rule;
    ``fields`` add what the person can do instead (an intent link)."""
    return UserError(
        f"{detail}; {cite(rule)}",
        ErrorCode.NOT_ALLOWED,
        platform=rule.platform.value,
        rule=rule.key,
        source=rule.source,
        **fields,
    )
