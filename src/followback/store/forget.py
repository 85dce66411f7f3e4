"""What "forget this person" does to every table: delete their rows, redact mentions.

:data:`FORGET_COVERAGE` names every table in the schema and how forgetting treats it; a
test fails when a new table is missing, so no table can be missed silently.

- ``delete``: rows *about* the person (their ``remote_id`` on the brand's platform) go.
  Any table with a ``remote_id`` column is handled by that column, found from the
  metadata, not from a list.
- ``delete+redact``: both: the person's rows go, and others' rows (a bio, a review
  note, a payload) that mention them are redacted.
- ``redact``: rows about other things that can *mention* the person (the brand's own
  reply "cc @ann", an audit entry, a dead letter's payload, a notification) keep their
  row; each mention of the person's handle or id in any text or JSON column becomes
  ``(forgotten)``.
- ``skip``: tables that hold no remote person's data, or hold only other people's own
  words and ids (with the reason).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, String, Table, Text, cast, delete, func, or_, select, update
from sqlalchemy.orm import Session

from followback.store.decision_counts import DecisionCountRepo
from followback.store.follow_days import FollowDayRepo
from followback.store.message_days import MessageDayRepo
from followback.store.tables import (
    ActionRow,
    AuditRow,
    Base,
    BrandAccountRow,
    ContactRow,
    ConversationRow,
    DecisionRow,
    ExperimentAssignmentRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
    ProfileSnapshotRow,
    RemoteAccountRow,
    RetentionAnalysisRow,
)

__all__ = [
    "FORGET_COVERAGE",
    "MARKER",
    "Identity",
    "delete_dependents",
    "delete_person_rows",
    "delete_rows_about",
    "find_identities",
    "redact_audit_targets",
    "redact_mentions",
]

MARKER = "(forgotten)"

FORGET_COVERAGE: dict[str, str] = {
    # delete: rows about the person, by their platform id (+redact: mentions in others')
    "remote_accounts": "delete+redact",
    "profile_snapshots": "delete+redact",  # via their remote account
    "follow_edges": "delete",
    "follow_events": "delete",
    "decisions": "delete+redact",
    "actions": "delete+redact",  # by target; other actions' payloads are redacted
    "follow_checks": "delete+redact",
    "experiment_assignments": "delete",
    "contacts": "delete",
    "conversations": "delete+redact",  # theirs; messages in them go too
    "contact_notes": "delete+redact",  # notes on their contact record go with it
    "reply_drafts": "delete+redact",  # drafts in their conversations go with them
    "contact_links": "delete+redact",  # their place in a linked person; others' notes redacted
    # redact: may mention the person in text or JSON
    "messages": "redact",  # in others' conversations: the brand's "cc @ann"
    "audit_log": "redact",
    "dead_letters": "redact",
    "notifications": "redact",
    "sync_state": "redact",
    # skip: no remote person's data, or other people's own words
    "decision_counts": "skip: counts per account, state and verdict, no person's data"
    " (forgetting subtracts the person's decisions)",
    "retention_analyses": "skip: survival curves and estimates per account, no person's id"
    " (forgetting drops the kept analyses of the person's platform; the next refresh"
    " computes them without the person)",
    "message_days": "skip: counts per account and day, no person's data (forgetting"
    " subtracts the person's messages from them)",
    "follow_days": "skip: counts per account and day, no person's data (forgetting"
    " subtracts the person's edges and events from them)",
    "brand_accounts": "skip: the brand's own accounts",
    "team_members": "skip: the brand's team, not remote people",
    "web_sessions": "skip: the team's sessions (secrets hashed)",
    "login_attempts": "skip: counters keyed by address or hashed name",
    "rate_buckets": "skip: platform rate-limit counters",
    "metric_snapshots": "skip: aggregate counts",
    "learned_adjustments": "skip: model weights, no identities",
    "platform_facts": "skip: what the platform showed about the brand's own accounts",
    "account_policies": "skip: operator-written policy (edit allow/deny lists by hand)",
    "listen_rules": "skip: operator-written keywords",
    "oauth_clients": "skip: the brand's OAuth applications on platform servers",
    "oauth_flows": "skip: the team's authorizations in progress (minutes long)",
    "business_calendars": "skip: the brand's opening hours",
    "conversation_presence": "skip: which team member has a conversation open",
    "saved_replies": "skip: the team's reply templates (variables, not people)",
    "x_webhooks": "skip: the brand's X webhook (its own app's secrets, encrypted)",
    "x_webhook_events": "skip: ids of X events already recorded (no person's id)",
}

# Children the caller deletes itself, with their own rules (messages by conversation or
# author, snapshots by profile).
_DELETED_BY_CALLER = frozenset({"messages", "profile_snapshots"})

# Tables whose rows are about one remote person, deleted by (platform, remote_id) through
# their own ``remote_id`` column. Found from the metadata; the brand's own excluded.
_NOT_ABOUT_A_PERSON = frozenset({"brand_accounts", "messages"})


class Identity:
    """One remote person: platform, id and the names they go by."""

    def __init__(self, platform: str, remote_id: str, names: Iterable[str]) -> None:
        self.platform = platform
        self.remote_id = remote_id
        terms = {remote_id, *(n.lstrip("@") for n in names if n and n.strip("@"))}
        self.terms = sorted((t for t in terms if len(t) >= 2), key=len, reverse=True)
        # A mention is the term not glued to more of a name or id: "@ann.example",
        # "id 1234" and "follow-1234" match; "joann.example" and "12345" do not.
        alternatives = "|".join(re.escape(t) for t in self.terms)
        self.pattern = re.compile(rf"(?<![\w.@])@?(?:{alternatives})(?!\w|\.\w)", re.I)

    def redact(self, value: Any) -> Any:
        """``value`` (text or JSON) with every mention replaced by :data:`MARKER`."""
        if isinstance(value, str):
            return self.pattern.sub(MARKER, value)
        if isinstance(value, list):
            return [self.redact(v) for v in value]
        if isinstance(value, dict):
            return {k: self.redact(v) for k, v in value.items()}
        return value


def delete_rows_about(s: Session, who: Identity) -> dict[str, int]:
    """Delete every row with the person's ``remote_id`` on their platform; counts per table."""
    brands = select(BrandAccountRow.id).where(BrandAccountRow.platform == who.platform)
    deleted: dict[str, int] = {}
    for table in reversed(Base.metadata.sorted_tables):  # children before parents
        if table.name in _NOT_ABOUT_A_PERSON or "remote_id" not in table.c:
            continue
        if "platform" in table.c:
            where = table.c.platform == who.platform
        elif "brand_account_id" in table.c:
            where = table.c.brand_account_id.in_(brands)
        else:
            continue
        result = s.execute(delete(table).where(where, table.c.remote_id == who.remote_id))
        deleted[table.name] = int(getattr(result, "rowcount", 0) or 0)
    return deleted


def delete_dependents(s: Session, who: Identity) -> dict[str, int]:
    """Delete rows hanging off the person's contact, conversations or profile (notes,
    drafts, ...): any table with a foreign key to one of those rows, found from the
    metadata. Run before those parent rows are deleted."""
    contacts = select(ContactRow.id).where(
        ContactRow.platform == who.platform, ContactRow.remote_id == who.remote_id
    )
    parents: dict[str, Any] = {
        "contacts": contacts,
        "conversations": select(ConversationRow.id).where(ConversationRow.contact_id.in_(contacts)),
        "remote_accounts": select(RemoteAccountRow.id).where(
            RemoteAccountRow.platform == who.platform, RemoteAccountRow.remote_id == who.remote_id
        ),
    }
    deleted: dict[str, int] = {}
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in parents or table.name in _DELETED_BY_CALLER:
            continue
        for column in table.columns:
            for fk in column.foreign_keys:
                ids = parents.get(fk.column.table.name)
                if ids is not None:
                    result = s.execute(delete(table).where(column.in_(ids)))
                    n = int(getattr(result, "rowcount", 0) or 0)
                    deleted[table.name] = deleted.get(table.name, 0) + n
    return deleted


def _text_columns(table: Table) -> list[Any]:
    return [c for c in table.columns if isinstance(c.type, String | Text | JSON)]


def _fit(column: Any, value: Any) -> Any:
    # The marker may be longer than what it replaces; a VARCHAR(n) column must still hold it.
    length = getattr(column.type, "length", None)
    return value[:length] if isinstance(value, str) and length else value


def redact_mentions(s: Session, who: Identity) -> dict[str, int]:
    """Replace mentions of the person in every redacted table; rows changed per table."""
    changed: dict[str, int] = {}
    for name, policy in FORGET_COVERAGE.items():
        if policy not in ("redact", "delete+redact") or not who.terms:
            continue
        table = Base.metadata.tables[name]
        columns = _text_columns(table)
        # A cheap SQL filter first; the exact match (word edges) is made in Python.
        like = [
            cast(c, Text).icontains(term, autoescape=True) for c in columns for term in who.terms
        ]
        keys = list(table.primary_key.columns)
        rows = s.execute(select(*keys, *columns).where(or_(*like))).mappings().all()
        n = 0
        for row in rows:
            values = {c.name: _fit(c, who.redact(row[c.name])) for c in columns}
            values = {k: v for k, v in values.items() if v != row[k]}
            if values:
                key = [k == row[k.name] for k in keys]
                s.execute(update(table).where(*key).values(**values))
                n += 1
        changed[name] = n
    return changed


def find_identities(s: Session, platform: str, key: str) -> dict[tuple[str, str], set[str]]:
    """``{(platform, remote_id): names}`` of remote accounts and contacts whose id is ``key``
    or whose handle is ``key`` (with or without ``@``); ``platform`` "" means any."""
    handle = key.lstrip("@").lower()
    found: dict[tuple[str, str], set[str]] = {}
    for model in (RemoteAccountRow, ContactRow):
        stmt = select(model.platform, model.remote_id, model.handle).where(
            or_(
                model.remote_id == key,
                func.lower(model.handle) == handle,
                func.lower(model.handle) == "@" + handle,
            )
        )
        if platform:
            stmt = stmt.where(model.platform == platform)
        for p, rid, h in s.execute(stmt):
            found.setdefault((p, rid), set()).update({rid, h, h.lstrip("@")})
    return found


def delete_person_rows(s: Session, platform: str, remote_id: str) -> dict[str, int]:
    """Delete the rows about one person on the brand accounts of ``platform``: profile and
    snapshots, follow edges and events, actions, experiment assignments, decisions, their
    contact, conversations and messages. Returns rows deleted per table."""
    brands = select(BrandAccountRow.id).where(BrandAccountRow.platform == platform)
    remote = select(RemoteAccountRow.id).where(
        RemoteAccountRow.platform == platform, RemoteAccountRow.remote_id == remote_id
    )
    contact = select(ContactRow.id).where(
        ContactRow.platform == platform, ContactRow.remote_id == remote_id
    )
    convs = select(ConversationRow.id).where(ConversationRow.contact_id.in_(contact))
    their_messages = or_(
        MessageRow.conversation_id.in_(convs),
        (MessageRow.platform == platform) & (MessageRow.author_id == remote_id),
    )
    on_brand: dict[str, Any] = {
        "follow_edges": FollowEdgeRow,
        "follow_events": FollowEventRow,
        "experiment_assignments": ExperimentAssignmentRow,
        "decisions": DecisionRow,
    }
    steps: list[tuple[str, Any]] = [
        (
            "profile_snapshots",
            delete(ProfileSnapshotRow).where(ProfileSnapshotRow.remote_account_id.in_(remote)),
        ),
        ("remote_accounts", delete(RemoteAccountRow).where(RemoteAccountRow.id.in_(remote))),
        *(
            (name, delete(row).where(row.brand_account_id.in_(brands), row.remote_id == remote_id))
            for name, row in on_brand.items()
        ),
        (
            "actions",
            delete(ActionRow).where(
                ActionRow.brand_account_id.in_(brands), ActionRow.target == remote_id
            ),
        ),
        ("messages", delete(MessageRow).where(their_messages)),
        ("conversations", delete(ConversationRow).where(ConversationRow.id.in_(convs))),
        ("contacts", delete(ContactRow).where(ContactRow.id.in_(contact))),
        # Computed with the person's rows: dropped, so no figure keeps their part.
        (
            "retention_analyses",
            delete(RetentionAnalysisRow).where(RetentionAnalysisRow.brand_account_id.in_(brands)),
        ),
    ]
    # The per-state decision counts and the daily counts lose this person's rows with them.
    DecisionCountRepo(s).forget(
        DecisionRow.brand_account_id.in_(brands) & (DecisionRow.remote_id == remote_id)
    )
    FollowDayRepo(s).forget_rows(
        (FollowEventRow.brand_account_id.in_(brands)) & (FollowEventRow.remote_id == remote_id),
        (FollowEdgeRow.brand_account_id.in_(brands)) & (FollowEdgeRow.remote_id == remote_id),
    )
    MessageDayRepo(s).forget(their_messages)
    deleted: dict[str, int] = {}
    for name, stmt in steps:
        result = s.execute(stmt.execution_options(synchronize_session=False))
        deleted[name] = deleted.get(name, 0) + int(getattr(result, "rowcount", 0) or 0)
    return deleted


def redact_audit_targets(s: Session, names: Iterable[str], request_id: str) -> int:
    """Audit entries whose target names the person: target and detail redacted."""
    result = s.execute(
        update(AuditRow)
        .where(AuditRow.target.in_(list(names)))
        .values(target=MARKER, detail={"redacted": request_id})
    )
    return int(getattr(result, "rowcount", 0) or 0)
