"""Working conversations: assign (telling the assignee), reopen, bulk changes, and the
alerts a team must hear about (a severe complaint, a first-response SLA about to breach).

Each function opens its transaction (or joins the caller's, for the ``record_*`` helpers
used inside ingest), changes state through :class:`~followback.store.inbox.InboxRepo`,
writes the audit entry, and queues notifications in the same transaction, so an alert is
sent exactly when the change it reports is committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal

from followback.config import InboxSettings
from followback.domain import Clock, ConversationStatus
from followback.domain.errors import ErrorCode, UserError
from followback.inbox.assignment import AssignmentRule, choose_assignee
from followback.inbox.priority import raise_for_waiting
from followback.inbox.routing import ConversationFacts, RoutingRule, choose_agent, pool_for
from followback.inbox.sla import SlaPolicy, SlaState, elapsed_seconds, sla_alerts
from followback.notify.dispatch import record_notification
from followback.notify.event import NotifyEvent, Severity
from followback.store import AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.calendars import CalendarRepo
from followback.store.inbox import (
    ConversationSummary,
    InboxRepo,
    latest_inbound_texts_and_language,
)
from followback.store.inbox_priority import InboxPriorityRepo
from followback.store.team import TeamRepo

__all__ = [
    "SEVERE_COMPLAINT",
    "BulkResult",
    "apply_bulk",
    "apply_tags",
    "assign_conversation",
    "assign_waiting",
    "auto_assign",
    "raise_sla_alerts",
    "record_assignment_notice",
    "record_done",
    "record_severe_complaint",
    "refresh_priorities",
    "reopen_conversation",
    "routing_rules",
]

# Severity runs 1 (no explicit reproach) .. 4 (blame); from 3 a person should hear at once.
SEVERE_COMPLAINT = 3
BULK_LIMIT = 500


def _who(c: ConversationSummary) -> str:
    return f"{c.contact_name} (@{c.contact_handle})" if c.contact_name else f"@{c.contact_handle}"


def record_assignment_notice(s: Session, conversation_id: int, member: str, by: str) -> None:
    """Queue "assigned to you" for ``member`` (in the caller's transaction)."""
    c = InboxRepo(s).get_summary(conversation_id)
    record_notification(
        s,
        NotifyEvent(
            kind="inbox.assigned",
            title=f"{member}: a conversation with {_who(c)} is yours",
            body=f"Assigned by {by.removeprefix('member:')} on {c.platform}.",
            url=f"/inbox/{conversation_id}",
            severity=Severity.WARNING if c.is_complaint else Severity.INFO,
            brand_account_id=c.brand_account_id,
            key=f"inbox.assigned|{conversation_id}|{member}|{c.opened_at.isoformat()}",
            fields={"assignee": member, "conversation": str(conversation_id)},
        ),
    )


def record_severe_complaint(s: Session, conversation_id: int, text: str) -> bool:
    """Queue an alert when a conversation's complaint is severe; True when queued."""
    c = InboxRepo(s).get_summary(conversation_id)
    if not c.is_complaint or c.severity < SEVERE_COMPLAINT:
        return False
    record_notification(
        s,
        NotifyEvent(
            kind="inbox.severe_complaint",
            title=f"Severe complaint from {_who(c)} on {c.platform}",
            body=text[:500],
            url=f"/inbox/{conversation_id}",
            severity=Severity.CRITICAL,
            brand_account_id=c.brand_account_id,
            key=f"inbox.severe_complaint|{conversation_id}",
            fields={"severity": str(c.severity), "conversation": str(conversation_id)},
        ),
    )
    return True


def raise_sla_alerts(store: Store, policy: SlaPolicy, now: datetime) -> int:
    """Queue one alert per open conversation whose first-response SLA is about to breach
    (or has); each conversation alerts once per state. Returns how many were queued."""
    with store.session() as s:
        repo = InboxRepo(s)
        # Hours edited in the dashboard apply from the next round, without a restart.
        policy = replace(policy, account_hours=CalendarRepo(s).business_hours())
        alerts = sla_alerts(repo.sla_times(), now, policy)
        queued = 0
        for status in alerts:
            c = repo.get_summary(status.conversation_id)
            if c.status != ConversationStatus.OPEN.value:
                continue
            about = "breached" if status.state is SlaState.BREACHED else "about to breach"
            left = max(status.target_s - status.waited_s, 0) / 60
            queued += len(
                record_notification(
                    s,
                    NotifyEvent(
                        kind="inbox.sla",
                        title=f"First response to {_who(c)} {about}",
                        body=f"Waiting {status.waited_s / 60:.0f} min; target "
                        f"{status.target_s / 60:.0f} min ({left:.0f} min left).",
                        url=f"/inbox/{c.id}",
                        severity=Severity.CRITICAL
                        if status.state is SlaState.BREACHED
                        else Severity.WARNING,
                        brand_account_id=c.brand_account_id,
                        key=f"inbox.sla|{c.id}|{status.state.value}|{c.opened_at.isoformat()}",
                        fields={"assignee": c.assignee or "", "conversation": str(c.id)},
                    ),
                    at=now,
                )
            )
    return queued


def refresh_priorities(
    store: Store, now: datetime, policy: SlaPolicy | None = None, account_id: int | None = None
) -> int:
    """Re-rank open conversations for the time their customers have waited: each gets the
    arrival priority of its unanswered messages raised by :func:`raise_for_waiting` (how
    long, and how much of ``policy``'s target that is), or its plain arrival priority once
    the brand has answered. Returns how many stored priorities changed.

    The worker runs this every minute, so the list pages on one stored column and its order
    only moves between pages when a refresh or a new message lands. Not audited: it derives
    a number from stored facts and runs every minute; the messages and replies it reads are
    audited where they happen.
    """
    with store.session() as s:
        repo = InboxPriorityRepo(s)
        if policy is not None:
            policy = replace(policy, account_hours=CalendarRepo(s).business_hours())
        values = {}
        for c in repo.list_open(account_id):
            if c.waiting_since is None:
                values[c.conversation_id] = c.arrival_priority
                continue
            waited = max(now - c.waiting_since, timedelta(0))
            used = None
            if policy is not None:
                hours = policy.hours_for(c.account_id)
                used = elapsed_seconds(c.waiting_since, now, hours) / policy.target_s
            values[c.conversation_id] = raise_for_waiting(c.arrival_priority, waited, used)
        return repo.set_priorities(values)


def assign_conversation(
    store: Store, conversation_id: int, member: str | None, *, by: str, clock: Clock
) -> None:
    """Assign to an active agent or admin (``None`` unassigns) and tell the assignee."""
    with store.session() as s:
        repo = InboxRepo(s)
        before = repo.get_row(conversation_id).assignee
        repo.assign(conversation_id, member, by=by, at=clock())
        if member and member != before:
            record_assignment_notice(s, conversation_id, member, by)


def reopen_conversation(store: Store, conversation_id: int, *, by: str, clock: Clock) -> bool:
    """Open a conversation marked done again; False when it was already open."""
    with store.session() as s:
        row = InboxRepo(s).get_row(conversation_id)
        if row.status == ConversationStatus.OPEN.value:
            return False
        row.status = ConversationStatus.OPEN.value
        row.resolved_at = None
        AuditRepo(s).record(by, "inbox.reopen", str(conversation_id), row.brand_account_id, clock())
    return True


def apply_tags(
    store: Store,
    conversation_id: int,
    *,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    by: str,
    clock: Clock,
) -> list[str]:
    """Add and remove tags on a conversation, audited; returns the tags now set."""
    with store.session() as s:
        repo = InboxRepo(s)
        tags = repo.tag(conversation_id, add, remove)
        account_id = repo.get_row(conversation_id).brand_account_id
        AuditRepo(s).record(by, "inbox.tag", str(conversation_id), account_id, clock(), tags=tags)
    return tags


def record_done(store: Store, conversation_id: int, *, by: str, clock: Clock) -> None:
    """Mark a conversation done (audited); a new message from the customer reopens it."""
    with store.session() as s:
        InboxRepo(s).mark_done(conversation_id, by=by, at=clock())


BulkVerb = Literal["assign", "tag", "close"]


@dataclass
class BulkResult:
    """What a bulk change did, per conversation id."""

    verb: str
    changed: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)


def _bulk_one(
    s: Session,
    cid: int,
    verb: BulkVerb,
    by: str,
    now: datetime,
    member: str | None,
    tags: Sequence[str],
) -> bool:
    repo = InboxRepo(s)
    row = repo.get_row(cid)
    if verb == "assign":
        if row.assignee == member:
            return False
        repo.assign(cid, member, by=by, at=now)
        if member:
            record_assignment_notice(s, cid, member, by)
        return True
    if verb == "tag":
        before = list(row.tags or [])
        after = repo.tag(cid, add=list(tags))
        if after == before:
            return False
        AuditRepo(s).record(by, "inbox.tag", str(cid), row.brand_account_id, now, tags=after)
        return True
    if row.status == ConversationStatus.DONE.value:
        return False
    repo.mark_done(cid, by=by, at=now)
    return True


def apply_bulk(
    store: Store,
    ids: Sequence[int],
    verb: BulkVerb,
    *,
    by: str,
    clock: Clock,
    member: str | None = None,
    tags: Sequence[str] = (),
) -> BulkResult:
    """Assign, tag or close many conversations in one transaction (all or nothing)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise UserError("select at least one conversation", ErrorCode.BAD_INPUT, field="ids")
    if len(wanted) > BULK_LIMIT:
        raise UserError(f"at most {BULK_LIMIT} conversations at once", ErrorCode.BAD_INPUT)
    if verb == "tag" and not [t for t in tags if t.strip()]:
        raise UserError("give the tags to add", ErrorCode.BAD_INPUT, field="tags")
    result = BulkResult(verb)
    now = clock()
    with store.session() as s:
        for cid in wanted:
            changed = _bulk_one(s, cid, verb, by, now, member, tags)
            (result.changed if changed else result.unchanged).append(cid)
    return result


def _last_auto_assigned(s: Session) -> str | None:
    last = AuditRepo(s).latest_detail("inbox.assign", AUTO_ASSIGNER)
    value = last.get("assignee") if last else None
    return str(value) if value else None


AUTO_ASSIGNER = "rule:auto-assign"


def assign_waiting(
    store: Store,
    rules: Sequence[RoutingRule],
    *,
    capacity: int,
    clock: Clock,
    limit: int = 200,
) -> list[tuple[int, str]]:
    """Assign open, unassigned conversations (highest priority first) by ``rules``, round-
    robin within each pool, skipping agents at ``capacity``; each assignee is told.
    Returns ``(conversation id, agent)`` pairs; conversations nobody can take stay open."""
    now = clock()
    done: list[tuple[int, str]] = []
    with store.session() as s:
        repo = InboxRepo(s)
        agents = TeamRepo(s).list_agents()
        if not agents:
            return done
        counts = repo.open_counts_by_assignee()
        last = _last_auto_assigned(s)
        waiting = [c for c in repo.list_conversations(limit=limit * 5) if c.assignee is None][
            :limit
        ]
        texts = latest_inbound_texts_and_language(s, [c.id for c in waiting])
        for c in waiting:
            text, language = texts.get(c.id, ("", ""))
            facts = ConversationFacts(c.platform, language, c.is_complaint, text)
            name = choose_agent(
                pool_for(rules, facts, agents),
                open_counts=counts,
                capacity=capacity,
                last_assigned=last,
            )
            if name is None:
                continue
            repo.assign(c.id, name, by=AUTO_ASSIGNER, at=now)
            record_assignment_notice(s, c.id, name, AUTO_ASSIGNER)
            counts[name] = counts.get(name, 0) + 1
            last = name
            done.append((c.id, name))
    return done


def routing_rules(inbox: InboxSettings) -> list[RoutingRule]:
    """The ``[[inbox.routing]]`` rules as the pure router takes them."""
    return [
        RoutingRule(
            agents=tuple(r.agents),
            platform=r.platform,
            language=r.language,
            complaint=r.complaint,
            keywords=tuple(r.keywords),
        )
        for r in inbox.routing
    ]


def auto_assign(
    store: Store,
    conversation_id: int,
    *,
    rule: AssignmentRule = AssignmentRule.LEAST_LOADED,
    by: str = "followback",
    clock: Clock,
) -> str:
    """Assign the conversation to an agent chosen by ``rule``; returns the agent's name."""
    with store.session() as s:
        repo = InboxRepo(s)
        agents = TeamRepo(s).list_agents()
        open_ = repo.list_conversations(limit=10**9)
        counts: dict[str, int] = {}
        for c in open_:
            if c.assignee:
                counts[c.assignee] = counts.get(c.assignee, 0) + 1
        last = AuditRepo(s).latest_detail("inbox.assign")
        last_name = str(last.get("assignee")) if last else None
        name = choose_assignee(rule, agents, last_assigned=last_name, open_counts=counts)
        repo.assign(conversation_id, name, by=by, at=clock())
        record_assignment_notice(s, conversation_id, name, by)
    return name
