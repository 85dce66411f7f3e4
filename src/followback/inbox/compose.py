"""Writing a reply: saved replies with variables, the agent's signature, and each
platform's length rule (pure functions; the web page and the send path share them).

Lengths follow the platforms' own counting: Bluesky counts graphemes (300), X weighs
characters as twitter-text does (280: a link counts 23, most CJK characters and emoji 2),
Mastodon counts characters with links as 23 and remote mentions by their user part only
(500 by default; servers may allow more).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

import regex

from followback.domain.errors import ErrorCode, UserError

__all__ = [
    "LIMITS",
    "VARIABLES",
    "ReplyLength",
    "first_name",
    "initials",
    "measure",
    "render_saved_reply",
    "sign",
    "validate_saved_reply",
]

LIMITS: dict[str, int] = {"x": 280, "bluesky": 300, "mastodon": 500, "sandbox": 500}
VARIABLES = ("first_name", "name", "handle", "agent", "brand")
SAVED_NAME_MAX = 64
# The longest post any platform takes (Mastodon servers may allow up to this much).
SAVED_TEXT_MAX = 5000
_SAVED_NAME = re.compile(r"^[\w][\w .'-]*$")
URL_LENGTH = 23  # X and Mastodon count every link as 23 characters

_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_REMOTE_MENTION = re.compile(r"@(\w+)@[\w.-]+\w")
# twitter-text: code points in these ranges weigh 1, all others 2 (CJK, emoji, ...).
_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


def first_name(display_name: str, handle: str) -> str:
    """The first word of the display name, else the handle's user part."""
    words = display_name.split()
    if words:
        return words[0]
    return handle.lstrip("@").split("@")[0].split(".")[0] or handle


def initials(name: str) -> str:
    """``ana maria`` -> ``AM``; ``ana`` -> ``AN`` (two letters identify most teams)."""
    parts = [p for p in re.split(r"[\s._-]+", name.strip()) if p]
    if len(parts) >= 2:
        return (parts[0][0] + parts[1][0]).upper()
    return (parts[0][:2] if parts else "?").upper()


def sign(text: str, agent: str) -> str:
    """The reply signed with the agent's initials (``... ^AM``), as brands do on X."""
    return f"{text.rstrip()} ^{initials(agent)}"


def render_saved_reply(
    template: str, *, display_name: str, handle: str, agent: str, brand: str
) -> str:
    """Fill ``{first_name}``, ``{name}``, ``{handle}``, ``{agent}`` and ``{brand}``.

    Raises :class:`UserError` naming an unknown variable (so a typo in a saved reply is
    found before a customer sees it).
    """
    values = {
        "first_name": first_name(display_name, handle),
        "name": display_name or f"@{handle}",
        "handle": f"@{handle.lstrip('@')}",
        "agent": agent,
        "brand": brand,
    }
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name is not None and field_name not in values:
            raise UserError(
                f"saved reply uses {{{field_name}}}; the variables are "
                + ", ".join(f"{{{v}}}" for v in VARIABLES),
                ErrorCode.BAD_INPUT,
                field="saved_reply",
            )
    return template.format(**values)


def validate_saved_reply(name: str, template: str) -> tuple[str, str]:
    """The saved reply's name and text, trimmed, once they pass the rules the composer
    applies: a short name, a non-empty text within :data:`SAVED_TEXT_MAX`, and only the
    known variables (checked by rendering it as :func:`render_saved_reply` would)."""
    name, template = name.strip(), template.strip()
    if not name or len(name) > SAVED_NAME_MAX or not _SAVED_NAME.match(name):
        raise UserError(
            f"a saved reply's name is 1 to {SAVED_NAME_MAX} letters, digits, spaces, "
            "dots, dashes or apostrophes",
            ErrorCode.BAD_INPUT,
            field="name",
        )
    if not template:
        raise UserError("the saved reply's text is empty", ErrorCode.BAD_INPUT, field="text")
    if len(template) > SAVED_TEXT_MAX:
        raise UserError(
            f"the saved reply is {len(template)} characters; at most {SAVED_TEXT_MAX}",
            ErrorCode.BAD_INPUT,
            field="text",
        )
    try:
        render_saved_reply(template, display_name="Ann Example", handle="ann", agent="a", brand="b")
    except UserError as exc:
        raise UserError(exc.message, ErrorCode.BAD_INPUT, field="text") from None
    except ValueError:  # an unmatched "{" or "}"; "{{" writes a literal brace
        raise UserError(
            "the saved reply has an unmatched { or }; write {{ or }} for a brace",
            ErrorCode.BAD_INPUT,
            field="text",
        ) from None
    return name, template


def _x_weight(text: str) -> int:
    total = 0
    for ch in _URL.sub("", text):
        cp = ord(ch)
        total += 1 if any(lo <= cp <= hi for lo, hi in _LIGHT) else 2
    return total + URL_LENGTH * len(_URL.findall(text))


def _mastodon_length(text: str) -> int:
    text = _REMOTE_MENTION.sub(lambda m: f"@{m.group(1)}", text)
    return len(_URL.sub("", text)) + URL_LENGTH * len(_URL.findall(text))


@dataclass(frozen=True, slots=True)
class ReplyLength:
    """A reply's length as its platform counts it, against the platform's limit."""

    used: int
    limit: int

    @property
    def left(self) -> int:
        return self.limit - self.used

    @property
    def fits(self) -> bool:
        return self.used <= self.limit


def measure(platform: str, text: str, mastodon_limit: int = LIMITS["mastodon"]) -> ReplyLength:
    """How long ``text`` is on ``platform`` and what the limit is."""
    if platform == "x":
        return ReplyLength(_x_weight(text), LIMITS["x"])
    if platform == "bluesky":
        return ReplyLength(len(regex.findall(r"\X", text)), LIMITS["bluesky"])
    if platform == "mastodon":
        return ReplyLength(_mastodon_length(text), mastodon_limit)
    return ReplyLength(len(text), LIMITS.get(platform, 500))
