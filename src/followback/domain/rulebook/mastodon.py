"""Mastodon's permissions and conventions as rules (limits are in ``limits``).

Owned by the Bluesky/Mastodon work of issue #15: notification policies, locked
accounts, server rules. Add rules to ``RULES``.
"""

from __future__ import annotations

from followback.domain.rulebook import Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = ()
