"""Answer a follow request of a locked brand account (Mastodon): authorize or reject.

A locked account's follow requests are a native screening queue: followback screens the
requesters (``followback requests list``) and a person answers each after review. The
answer goes to the server and into the audit log under the person's name. Answering is
idempotent: a request already answered (here, in another app, or withdrawn) changes
nothing on the server and says so (``changed`` False).
"""

from __future__ import annotations

from dataclasses import dataclass

from followback.actions.review import check_member
from followback.connectors.base import Connector, FollowRequestQueue
from followback.domain import Clock, ErrorCode, UserError
from followback.store import AuditRepo, Store

__all__ = ["FollowRequestAnswer", "answer_follow_request"]


@dataclass(frozen=True, slots=True)
class FollowRequestAnswer:
    account_id: int
    remote_id: str
    accepted: bool
    changed: bool  # False: no such request was pending (answered before, or withdrawn)


async def answer_follow_request(
    store: Store,
    connector: Connector,
    account_id: int,
    remote_id: str,
    *,
    accept: bool,
    by: str,
    clock: Clock,
) -> FollowRequestAnswer:
    """Authorize (``accept``) or reject ``remote_id``'s request to follow the brand.

    Raises :class:`UserError` when the platform has no follow requests or ``by`` may not
    answer (a viewer). The server is asked first; the audit entry is written after its
    answer, with ``changed`` saying whether a pending request was answered.
    """
    if not isinstance(connector, FollowRequestQueue):
        raise UserError(
            "this platform has no follow requests (only locked Mastodon accounts do)",
            ErrorCode.NOT_ALLOWED,
        )
    remote_id = remote_id.strip()
    if not remote_id:
        raise UserError("say whose follow request to answer", ErrorCode.BAD_INPUT)
    with store.session() as s:
        who = check_member(s, by)
    changed = await connector.answer_follow_request(remote_id, accept=accept)
    with store.session() as s:
        AuditRepo(s).record(
            who,
            "follow_request.authorize" if accept else "follow_request.reject",
            remote_id,
            account_id,
            clock(),
            changed=changed,
        )
    return FollowRequestAnswer(account_id, remote_id, accept, changed)
