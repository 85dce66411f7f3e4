"""A person's sends to a customer: replies, private messages and the public -> private
hand-off. One action function each; all go through the outbox.

* :func:`send_reply` and :func:`send_dm` commit the intent in the outbox
  (:mod:`followback.actions.outbox`, unique on an idempotency key) before the platform call,
  so a retry of the same reply returns the first result instead of posting twice, and a reply
  whose answer was lost is read back before it is sent again.
* :func:`hand_off` sends the one public invite-to-private reply and, when the brand does not
  follow the customer, puts a follow-back in the review queue so DMs can open.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from followback.actions.outbox import (
    Landed,
    Write,
    deliver,
    open_send,
    record_failed,
    record_landed,
    record_unknown,
)
from followback.actions.ownership import check_reply_lock
from followback.connectors.base import Connector, DmAvailabilityReader, Relationship
from followback.domain import (
    ActionKind,
    ActionState,
    Clock,
    ConnectorError,
    DecisionState,
    ErrorCode,
    MessageKind,
    OutcomeUnknownError,
    Reason,
    Role,
    TransientError,
    UserError,
    Verdict,
)
from followback.domain.platform import Platform
from followback.domain.rulebook import find_rule, refused_request
from followback.engine.pacing import BucketSpec, bucket_specs
from followback.engine.rulegate import x_reply_summoned
from followback.inbox.handoff import (
    DmCheck,
    check_automated_reply,
    check_dm,
    dm_from_availability,
    dm_possibility,
    draft_handoff_reply,
)
from followback.store import AccountRepo, AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.actions import ActionRepo
from followback.store.buckets import BucketRepo
from followback.store.decisions import DecisionRepo
from followback.store.inbox import InboxRepo
from followback.store.policies import PolicyRepo, account_capabilities
from followback.store.team import TeamRepo

__all__ = [
    "HANDOFF_TAG",
    "DmResult",
    "HandoffResult",
    "ReplyResult",
    "hand_off",
    "send_dm",
    "send_reply",
]

HANDOFF_TAG = "handoff"


@dataclass(frozen=True, slots=True)
class ReplyResult:
    conversation_id: int
    remote_id: str  # the platform's id of the sent reply ("" while scheduled)
    action_id: int
    already_sent: bool  # True when this call found the same reply sent before
    # Set when the platform's limit held the reply back: it waits in the outbox and the
    # worker (or `followback act`) sends it once, at or after this time.
    scheduled_for: datetime | None = None


@dataclass(frozen=True, slots=True)
class _Opened:
    write: Write
    done_ref: str | None = None  # the platform's id when the same send already landed
    scheduled_for: datetime | None = None  # held back by a limit until then


def _key(kind: str, conversation_id: int, author: str, target: str, text: str) -> str:
    digest = hashlib.sha256(f"{author}\x00{target}\x00{text}".encode()).hexdigest()[:24]
    return f"inbox-{kind}:{conversation_id}:{digest}"


_PLURAL = {ActionKind.REPLY: "replies", ActionKind.DM: "private messages"}


def _pacing(s: Session, account_id: int, connector: Connector) -> list[BucketSpec]:
    platform = AccountRepo(s).get(account_id).platform
    caps = account_capabilities(platform, PolicyRepo(s).get(account_id), connector.capabilities)
    return bucket_specs(caps.limits)


def _open(
    s: Session,
    connector: Connector,
    account_id: int,
    kind: ActionKind,
    target: str,
    *,
    key: str,
    author: str,
    payload: dict[str, object],
    now: datetime,
) -> _Opened:
    """Commit and claim the send, paced like every write.

    When the platform's limit is reached the send is not refused: it stays in the outbox,
    pending until the bucket allows it, and the outbox run sends it (exactly once: the
    idempotency key is the same)."""
    BucketRepo(s).lock(account_id)  # first statement: one writer at a time on SQLite
    row, finished = open_send(
        s, account_id, kind, target, key=key, author=author, payload=payload, now=now
    )
    if finished:
        return _Opened(Write.of(row), done_ref=row.remote_ref or "")
    wait = BucketRepo(s).take(account_id, _pacing(s, account_id, connector), kind.value, now)
    if wait > 0.0:
        when = now + timedelta(seconds=wait)
        ActionRepo(s).defer(row, when, f"scheduled: the platform's limit on {_PLURAL[kind]}")
        AuditRepo(s).record(
            author,
            f"inbox.{kind.value}.scheduled",
            str(payload.get("conversation_id", target)),
            account_id,
            now,
            action_id=row.id,
            not_before=when.isoformat(),
        )
        return _Opened(Write.of(row), scheduled_for=when)
    return _Opened(Write.of(row))


async def _send_via_outbox(
    store: Store, connector: Connector, write: Write, clock: Clock
) -> Landed:
    """Deliver a claimed send and record the outcome (see :mod:`followback.actions.outbox`)."""
    try:
        landed = await deliver(connector, write)
    except OutcomeUnknownError as exc:
        with store.session() as s:
            record_unknown(s, write, str(exc))
        cause = exc.__cause__ or exc
        what = "message" if write.kind is ActionKind.DM else write.kind.value
        raise OutcomeUnknownError(
            f"no answer after sending ({cause}): the {what} may have been posted; followback "
            "will check before retrying (`followback act` or the worker does it)"
        ) from exc
    except ConnectorError as exc:
        with store.session() as s:
            # Not sent (refused, or failed before the write): a person may send it again.
            record_failed(s, write, f"{type(exc).__name__}: {exc}", clock())
        raise
    with store.session() as s:
        record_landed(s, write, landed, clock())
    return landed


def _check_heard_reply(
    s: Session, platform: str, conversation_id: int, post_id: str, key: str
) -> None:
    """A heard post (not addressed to us): once, never by API on X.

    Every send_reply is a person's (``author`` is an active agent), a hand-off's templated
    invitation included: they chose to send it. Listening itself never replies.
    """
    from followback.inbox.listening import check_heard_reply
    from followback.store.listening import ListenRepo

    done = InboxRepo(s).find_action(key)
    if done is not None and done.state == ActionState.DONE.value:
        return  # the same reply again: open_send returns the first result
    check = check_heard_reply(
        platform=platform,
        post_id=post_id,
        sent_by_person=True,
        earlier_replies=ListenRepo(s).replies_sent(conversation_id),
    )
    if not check.allowed:
        link = f": {check.intent_url}" if check.intent_url else ""
        raise UserError(f"{check.reason}{link}", ErrorCode.NOT_ALLOWED, intent_url=check.intent_url)


def _refuse_unsummoned_reply(platform: Platform, post_id: str, text: str) -> None:
    """Where the platform lets an app reply only when summoned (X's self-serve rule), a
    reply to a post that did not summon the brand goes to a person as an intent link."""
    rule = find_rule(platform, "reply_summoned_only")
    if rule is None:
        return
    from followback.inbox.listening import x_reply_intent_url

    link = x_reply_intent_url(post_id, text)
    raise refused_request(
        rule,
        f"this post did not @mention or quote the brand; reply from X yourself: {link}",
        intent_url=link,
    )


def _check_text(text: str) -> str:
    clean = text.strip()
    if not clean:
        raise UserError("the reply is empty", ErrorCode.BAD_INPUT)
    return clean


async def send_reply(
    store: Store,
    connector: Connector,
    conversation_id: int,
    text: str,
    *,
    author: str,
    clock: Clock,
    idempotency_key: str | None = None,
    automated: bool = False,
    locked: bool = False,
) -> ReplyResult:
    """Answer a conversation in its own channel, as team member ``author`` (agent or admin).

    A public conversation gets a public reply to the customer's latest message; a private one
    (the customer wrote first, by DM) gets a DM. The reply is recorded with who wrote it and
    sets the first-response time. Sending the same text to the same message again returns the
    first result (``already_sent``) without posting twice; pass ``idempotency_key`` to decide
    what counts as "the same".
    """
    text = _check_text(text)
    now = clock()
    with store.session() as s:
        TeamRepo(s).get_active(author, Role.AGENT)
        repo = InboxRepo(s)
        conv = repo.get_row(conversation_id)
        check_reply_lock(s, conversation_id, author, locked=locked)
        account_id, channel = conv.brand_account_id, conv.channel
        contact_id = repo.contact_of(conversation_id).remote_id
        latest = repo.latest_inbound(conversation_id)
        if latest is None:
            raise UserError(f"conversation {conversation_id} has no message to answer")
        private = channel == "private"
        target = contact_id if private else latest.remote_id
        kind = ActionKind.DM if private else ActionKind.REPLY
        key = idempotency_key or _key(kind.value, conversation_id, author, target, text)
        if latest.kind == MessageKind.HEARD.value:
            _check_heard_reply(s, latest.platform, conversation_id, latest.remote_id, key)
        brand = AccountRepo(s).get(account_id)
        summoned = x_reply_summoned(
            latest.kind, latest.text, brand.handle, is_reply=latest.in_reply_to_id is not None
        )
        dm_requested = private and repo.customer_wrote_privately(conversation_id)
        if not private and not summoned:
            _refuse_unsummoned_reply(brand.platform, latest.remote_id, text)
        payload: dict[str, object] = {
            "conversation_id": conversation_id,
            "text": text,
            "automated": automated,
            "summoned": summoned,
            "dm_requested": dm_requested,
        }
        opened = _open(
            s, connector, account_id, kind, target, key=key, author=author, payload=payload, now=now
        )
    write = opened.write
    if opened.done_ref is not None:
        return ReplyResult(conversation_id, opened.done_ref, write.action_id, True)
    if opened.scheduled_for is not None:
        return ReplyResult(conversation_id, "", write.action_id, False, opened.scheduled_for)
    landed = await _send_via_outbox(store, connector, write, clock)
    # Found on the platform (an earlier attempt's answer was lost): sent before, not now.
    return ReplyResult(conversation_id, landed.ref or "", write.action_id, landed.reconciled)


# -- private messages ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DmResult:
    conversation_id: int
    remote_id: str
    already_sent: bool
    scheduled_for: datetime | None = None  # held back by the platform's limit until then


async def send_dm(
    store: Store,
    connector: Connector,
    conversation_id: int,
    text: str,
    *,
    author: str,
    clock: Clock,
    idempotency_key: str | None = None,
    locked: bool = False,
) -> DmResult:
    """A private message to the conversation's customer, written and sent by a person.

    Never unsolicited: the customer must have written to the brand (by DM, or in this
    conversation when the platform says a DM is possible). Raises :class:`UserError`
    (``not_allowed``) explaining why otherwise; nothing is sent or recorded then.
    """
    text = _check_text(text)
    with store.session() as s:
        TeamRepo(s).get_active(author, Role.AGENT)
        repo = InboxRepo(s)
        conv = repo.get_row(conversation_id)
        check_reply_lock(s, conversation_id, author, locked=locked)
        account_id = conv.brand_account_id
        customer = repo.contact_of(conversation_id).remote_id
        wrote_privately = repo.customer_wrote_privately(conversation_id)
        wrote_here = repo.latest_inbound(conversation_id) is not None
        brand_handle = AccountRepo(s).get(account_id).handle
    rule = find_rule(connector.platform, "dm_needs_request")
    if rule is not None and not wrote_privately:
        # Writing in public (or following the brand) is not a request for a private message.
        raise refused_request(
            rule,
            "cannot send a private message: the customer has not written to the brand by "
            "DM; hand the conversation off and answer once they have",
        )
    rel = await connector.get_relationship(customer)
    possible = await _dm_check(connector, customer, rel, brand_handle)
    verdict = check_dm(
        sent_by_person=True,
        customer_wrote_first=wrote_privately or wrote_here,
        possible=possible,
    )
    if not verdict.allowed:
        raise UserError(f"cannot send a private message: {verdict.reason}", ErrorCode.NOT_ALLOWED)
    key = idempotency_key or _key("dm", conversation_id, author, customer, text)
    payload: dict[str, object] = {
        "conversation_id": conversation_id,
        "text": text,
        "dm_requested": wrote_privately,
    }
    with store.session() as s:
        opened = _open(
            s,
            connector,
            account_id,
            ActionKind.DM,
            customer,
            key=key,
            author=author,
            payload=payload,
            now=clock(),
        )
    if opened.done_ref is not None:
        return DmResult(conversation_id, opened.done_ref, True)
    if opened.scheduled_for is not None:
        return DmResult(conversation_id, "", False, opened.scheduled_for)
    landed = await _send_via_outbox(store, connector, opened.write, clock)
    return DmResult(conversation_id, landed.ref or "", landed.reconciled)


# -- public -> private hand-off -----------------------------------------------------------
async def _dm_check(
    connector: Connector, customer: str, rel: Relationship, brand_handle: str
) -> DmCheck:
    """Whether a private message is possible now: the platform's own answer where it gives
    one (Bluesky's chat availability, with the step the customer must take), else what the
    relationship shows."""
    if connector.capabilities.dms and isinstance(connector, DmAvailabilityReader):
        try:
            found = await connector.check_dm_availability(customer)
        except TransientError:
            # A chat service that does not answer (down, or a PDS that runs none) must not
            # keep an upset customer from the public invitation: the hand-off said only
            # "try again" on the local AT Protocol network (acceptance rehearsal).
            return DmCheck(False, "the chat service did not answer: a DM may not open yet")
        return dm_from_availability(
            can_dm=found.can_dm,
            allow_incoming=found.allow_incoming,
            follows_brand=found.follows_brand,
            brand_access=found.brand_access,
            brand_handle=brand_handle,
        )
    return dm_possibility(
        platform_dms=connector.capabilities.dms,
        brand_follows=rel.following,
        follows_brand=rel.followed_by,
        platform_can_dm=rel.can_dm,
    )


@dataclass(frozen=True, slots=True)
class HandoffResult:
    conversation_id: int
    reply_text: str
    can_dm: bool
    dm_reason: str
    follow_back_offered: bool  # a follow-back of the customer is waiting in the review queue
    sent: bool  # False on a dry run
    remote_id: str | None = None
    decision_id: int | None = None
    customer_step: str = ""  # what the customer must do for a DM to open (Bluesky)
    scheduled_for: datetime | None = None  # the reply waits for the platform's limit


def _offer_follow_back(
    s: Session, account_id: int, remote_id: str, author: str, now: datetime
) -> int:
    """Put a follow-back of the customer in the review queue (a person approves it there)."""
    row = DecisionRepo(s).record(
        account_id,
        remote_id,
        verdict=Verdict.FOLLOW,
        state=DecisionState.PENDING,
        reasons=[Reason("inbox.handoff", "customer in a hand-off: following back lets DMs open")],
        decided_by=author,
        decided_at=now,
        policy_version="inbox-handoff",
        priority=100.0,
    )
    s.flush()
    return row.id


async def hand_off(
    store: Store,
    connector: Connector,
    conversation_id: int,
    *,
    author: str,
    clock: Clock,
    dry_run: bool = False,
    text: str | None = None,
    locked: bool = False,
) -> HandoffResult:
    """Invite the customer of a public conversation to continue in private.

    ``text`` is the agent's own wording of the public reply (seen and edited in a preview);
    without it, the draft from :func:`draft_handoff_reply` is used.

    Drafts the one public reply (it counts as the conversation's one automated reply),
    reports whether a DM is possible now, and, when the brand does not follow the customer,
    queues a follow-back for review so DMs can open. ``dry_run`` drafts and checks only.
    Raises :class:`UserError` (``not_allowed``) for private conversations and when the
    conversation already had its automated reply.
    """
    with store.session() as s:
        TeamRepo(s).get_active(author, Role.AGENT)
        repo = InboxRepo(s)
        conv = repo.get_row(conversation_id)
        check_reply_lock(s, conversation_id, author, locked=locked and not dry_run)
        contact = repo.contact_of(conversation_id)
        account_id, is_complaint = conv.brand_account_id, conv.is_complaint
        handle, customer = contact.handle, contact.remote_id
        brand_handle = AccountRepo(s).get(account_id).handle
        if conv.channel == "private":
            raise UserError("this conversation is already private", ErrorCode.NOT_ALLOWED)
        if not connector.capabilities.dms:
            # Inviting to a private message that cannot exist would only frustrate.
            raise UserError(
                "no hand-off: this platform offers no private messages to followback",
                ErrorCode.NOT_ALLOWED,
            )
        once = check_automated_reply(conv.automated_replies)
        if not once.allowed:
            raise UserError(f"no hand-off: {once.reason}", ErrorCode.NOT_ALLOWED)
    rel = await connector.get_relationship(customer)
    possible = await _dm_check(connector, customer, rel, brand_handle)
    if find_rule(connector.platform, "dm_needs_request") is not None:
        # The brand may answer by DM only once the customer has written by DM (X): the
        # invitation asks them to write first, and a follow-back would not open anything.
        possible = DmCheck(False, "the customer must write to the brand by DM first")
        offer = False
        draft = draft_handoff_reply(
            handle,
            can_dm=False,
            follow_offered=False,
            is_complaint=is_complaint,
            ask_to_write=True,
        )
    else:
        offer = connector.capabilities.dms and not rel.following and not rel.blocked
        draft = draft_handoff_reply(
            handle,
            can_dm=possible.allowed,
            follow_offered=offer,
            is_complaint=is_complaint,
            customer_step=possible.customer_step,
        )
    text = _check_text(text) if text is not None else draft
    if dry_run:
        return HandoffResult(
            conversation_id,
            text,
            possible.allowed,
            possible.reason,
            offer,
            False,
            customer_step=possible.customer_step,
        )
    sent = await send_reply(
        store,
        connector,
        conversation_id,
        text,
        author=author,
        clock=clock,
        idempotency_key=f"inbox-handoff:{conversation_id}",
        automated=True,
    )
    decision_id = None
    with store.session() as s:
        if offer and not sent.already_sent:
            decision_id = _offer_follow_back(s, account_id, customer, author, clock())
        InboxRepo(s).tag(conversation_id, add=[HANDOFF_TAG])
        AuditRepo(s).record(
            author,
            "inbox.handoff",
            str(conversation_id),
            account_id,
            clock(),
            can_dm=possible.allowed,
            follow_back_offered=offer,
        )
    return HandoffResult(
        conversation_id,
        text,
        possible.allowed,
        possible.reason,
        offer,
        True,
        sent.remote_id or None,
        decision_id,
        customer_step=possible.customer_step,
        scheduled_for=sent.scheduled_for,
    )
