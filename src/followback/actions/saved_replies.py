"""Saved replies kept in the dashboard: add, change and delete them, audited.

The composer offers these with the settings file's ``[inbox.saved_replies]``; a stored
reply wins over a file one of the same name. Each text is checked with the rules the
composer applies (known variables only, a length limit) before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from followback.domain import Clock
from followback.inbox.compose import validate_saved_reply
from followback.store import AuditRepo, Store
from followback.store.saved_replies import SavedReplyRepo, SavedReplyView

__all__ = [
    "SavedReplyDeleted",
    "SavedReplySaved",
    "create_saved_reply",
    "delete_saved_reply",
    "update_saved_reply",
]


@dataclass(frozen=True, slots=True)
class SavedReplySaved:
    reply: SavedReplyView
    created: bool
    renamed_from: str | None = None


@dataclass(frozen=True, slots=True)
class SavedReplyDeleted:
    name: str


def create_saved_reply(
    store: Store, name: str, text: str, *, by: str, clock: Clock
) -> SavedReplySaved:
    """Keep a new saved reply; a bad name or text (or a taken name) is named, nothing saved."""
    name, text = validate_saved_reply(name, text)
    with store.session() as s:
        reply = SavedReplyRepo(s).add(name, text, by=by, at=clock())
        AuditRepo(s).record(
            by, "inbox.saved_reply_created", f"saved_reply:{name}", None, clock(), text=text
        )
    return SavedReplySaved(reply, created=True)


def update_saved_reply(
    store: Store, name: str, *, new_name: str, text: str, by: str, clock: Clock
) -> SavedReplySaved:
    """Rename and/or rewrite the saved reply called ``name``."""
    new_name, text = validate_saved_reply(new_name, text)
    with store.session() as s:
        before, after = SavedReplyRepo(s).update(name, new_name, text, by=by, at=clock())
        AuditRepo(s).record(
            by,
            "inbox.saved_reply_updated",
            f"saved_reply:{after.name}",
            None,
            clock(),
            old_name=before.name,
            old_text=before.text,
            text=after.text,
        )
    renamed = before.name if before.name != after.name else None
    return SavedReplySaved(after, created=False, renamed_from=renamed)


def delete_saved_reply(store: Store, name: str, *, by: str, clock: Clock) -> SavedReplyDeleted:
    """Delete the saved reply (a settings-file reply of the same name is offered again)."""
    with store.session() as s:
        gone = SavedReplyRepo(s).delete(name)
        AuditRepo(s).record(
            by,
            "inbox.saved_reply_deleted",
            f"saved_reply:{gone.name}",
            None,
            clock(),
            text=gone.text,
        )
    return SavedReplyDeleted(gone.name)
