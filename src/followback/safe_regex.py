"""Operator-written patterns (``blocked_regexes``) compiled for a linear-time matcher.

Python's ``re`` backtracks: a pattern such as ``(a+)+$`` takes exponential time on a bio
of a few dozen "a"s, and bios are written by strangers. Patterns are compiled with RE2
(google-re2), which matches in time linear in the text whatever the pattern. RE2 has no
backreferences or look-around, the features that make backtracking necessary; a pattern
using them is refused when the settings are validated, with a message saying why.
"""

from __future__ import annotations

import re
from typing import Protocol

import re2

__all__ = ["SafePattern", "compile_linear"]

MAX_PATTERN_LENGTH = 1000


class SafePattern(Protocol):
    """What a compiled pattern offers the policy engine."""

    def search(self, text: str) -> object | None: ...


def compile_linear(pattern: str, *, ignore_case: bool = True) -> SafePattern:
    """Compile ``pattern`` for linear-time matching; raise ``ValueError`` saying why not."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"regex is longer than {MAX_PATTERN_LENGTH} characters")
    try:
        re.compile(pattern)  # syntax errors get Python's familiar message first
    except re.error as exc:
        raise ValueError(f"regex {pattern!r} does not compile: {exc}") from None
    options = re2.Options()
    options.log_errors = False  # the error is raised (and shown) instead of printed
    options.case_sensitive = not ignore_case
    try:
        compiled: SafePattern = re2.compile(pattern, options)
    except re2.error as exc:
        why = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(
            f"regex {pattern!r} cannot be matched in linear time ({why}); backreferences "
            "and look-around are not supported, as they allow catastrophic backtracking"
        ) from None
    return compiled
