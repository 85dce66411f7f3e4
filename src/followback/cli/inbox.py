"""Working the inbox from the command line: list, show, assign, tag, reply, hand off, done.

These commands join the ``inbox`` group created by :mod:`followback.cli.inbox_bulk` (which
registers the group once); ``register`` only adds commands to it. Every command that sends
takes ``--dry-run``; lists take ``--json``.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.table import Table

from followback.actions import messages
from followback.actions.calendars import with_account_hours
from followback.actions.conversations import apply_tags, record_done, refresh_priorities
from followback.cli.common import (
    AccountOption,
    ConfigOption,
    DbOption,
    JsonOption,
    MemberOption,
    acting_member,
    console,
    member_name,
    open_settings_and_store,
    print_json,
    resolve_account,
    with_connector,
)
from followback.cli.inbox_bulk import inbox_app
from followback.config import Settings
from followback.domain import ConversationStatus, Role, UserError, utcnow
from followback.inbox.priority import urgency_reasons
from followback.services import inbox as service
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo
from followback.store.dashboard import latest_inbound_texts
from followback.store.inbox import ConversationSummary, InboxRepo
from followback.store.inbox_priority import InboxPriorityRepo
from followback.store.team import TeamRepo

__all__ = ["register"]


DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Show what would be sent; send nothing.")
]
IdArgument = Annotated[int, typer.Argument(metavar="ID", help="Conversation id.")]


def _account_id(store: Store, ref: str | None) -> int | None:
    if ref is None:
        return None
    with store.read() as s:
        return AccountRepo(s).resolve(ref).id


def _policy(settings: Settings, store: Store) -> Any:
    """The SLA policy: the settings file's target and hours, each account's own hours."""
    base = service.sla_policy(
        settings.inbox.first_response_sla_minutes, settings.inbox.business_hours
    )
    return with_account_hours(store, base)


def _when(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _summary_dict(c: ConversationSummary) -> dict[str, Any]:
    data = asdict(c)
    data["awaiting_reply"] = c.awaiting_reply
    return data


def list_command(
    account: AccountOption = None,
    unanswered: Annotated[
        bool, typer.Option("--unanswered", help="Only where the customer wrote last.")
    ] = False,
    complaints: Annotated[bool, typer.Option("--complaints", help="Only complaints.")] = False,
    assignee: Annotated[str | None, typer.Option("--assignee", help="Only this member's.")] = None,
    breached: Annotated[
        bool, typer.Option("--sla", help="Only conversations breaching or near the SLA target.")
    ] = False,
    include_done: Annotated[
        bool, typer.Option("--all", help="Include done conversations.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Conversations, complaints first, then by priority (raised for time waiting)."""
    settings, store = open_settings_and_store(db, config)
    account_id = _account_id(store, account)
    policy, now = _policy(settings, store), utcnow()
    refresh_priorities(store, now, policy, account_id)
    with store.read() as s:
        items = InboxRepo(s).list_conversations(
            account_id,
            status=None if include_done else ConversationStatus.OPEN,
            unanswered=unanswered,
            complaints=complaints,
            assignee=assignee,
            sla=(policy, now) if breached else None,
            limit=limit,
        )
        since = InboxPriorityRepo(s).waiting_since(c.id for c in items if c.awaiting_reply)
        texts = latest_inbound_texts(s, [c.id for c in items])
    urgent = {
        c.id: urgency_reasons(since.get(c.id), now, policy, c.brand_account_id) for c in items
    }
    if json_out:
        print_json(
            {
                "conversations": [
                    {**_summary_dict(c), "urgency": urgent[c.id], "snippet": texts.get(c.id, "")}
                    for c in items
                ]
            }
        )
        return
    # Narrow enough for an 80-column terminal: flags and tags in one column, the customer's
    # latest words cut to a line (what a team scans first), the rest in `show`.
    table = Table("id", "prio", "flags", "from")
    table.add_column("latest message", min_width=14, max_width=30)
    table.add_column("waiting")
    table.add_column("assignee")
    for c in items:
        flags = [
            "DONE" if c.status == ConversationStatus.DONE else "",
            f"complaint/{c.severity}" if c.is_complaint else c.sentiment[:3],
            "dm" if c.channel == "private" else "",
            "waiting" if c.awaiting_reply else "",
            *(f"#{t}" for t in c.tags),
        ]
        table.add_row(
            str(c.id),
            f"{c.priority:.0f}",
            " ".join(f for f in flags if f),
            c.contact_label,
            _snippet(texts.get(c.id, "")),
            ", ".join(u.removeprefix("waiting ") for u in urgent[c.id]),
            c.assignee or "",
        )
    console.print(table)
    console.print(f"{len(items)} conversation(s)")


_LEADING_MENTIONS = re.compile(r"^(?:\s*@[\w.@:-]+)+\s*")


def _snippet(text: str, width: int = 48) -> str:
    """One line of a message for a list: the leading @mentions (every reply starts with
    the brand's handle) and line breaks dropped, cut at ``width`` characters."""
    line = " ".join(_LEADING_MENTIONS.sub("", text).split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def show_command(
    conversation_id: IdArgument,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """One conversation and its messages, oldest first."""
    settings, store = open_settings_and_store(db, config)
    with store.read() as s:
        thread = InboxRepo(s).get_thread(conversation_id)
        since = InboxPriorityRepo(s).waiting_since([conversation_id]).get(conversation_id)
        scheduled = ActionRepo(s).scheduled_sends(conversation_id)
    c = thread.conversation
    waiting = since if c.awaiting_reply else None
    urgent = urgency_reasons(waiting, utcnow(), _policy(settings, store), c.brand_account_id)
    if json_out:
        print_json(
            {
                "conversation": {**_summary_dict(c), "urgency": urgent},
                "messages": [asdict(m) for m in thread.messages],
                "scheduled": [asdict(x) for x in scheduled],
            }
        )
        return
    console.print(
        f"[bold]#{c.id}[/bold] {c.contact_label} ({c.platform}, {c.channel}) "
        f"status={c.status} priority={c.priority:.0f} complaint={'yes' if c.is_complaint else 'no'}"
        f" severity={c.severity} sentiment={c.sentiment} assignee={c.assignee or '-'}",
        highlight=False,
    )
    if urgent:
        console.print(" · ".join(urgent), highlight=False)
    if c.contact_url:
        console.print(f"profile: {c.contact_url}", highlight=False)
    for m in thread.messages:
        who = f"brand ({m.written_by})" if m.direction == "out" else f"@{c.contact_handle}"
        extra = ""
        if m.classification:
            cls = m.classification
            label = f"{cls.get('intent', '')} {cls.get('language', '')}"
            extra = f"  [dim]{label} p={cls.get('priority', 0):.0f}[/dim]"
        console.print(f"{_when(m.created_at)}  {who}: ", end="", highlight=False)
        console.print(m.text, markup=False, highlight=False, end="")
        console.print(extra, highlight=False)
    for x in scheduled:
        when = f"sends at {_when(x.not_before)}" if x.not_before else "being checked"
        console.print(f"scheduled ({when})  brand ({x.written_by}): ", end="", highlight=False)
        console.print(x.text, markup=False, highlight=False)


def assign_command(
    conversation_id: IdArgument,
    member: Annotated[str, typer.Argument(metavar="MEMBER", help="Team member (agent or admin).")],
    by: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Assign a conversation to a team member."""
    from followback.actions.conversations import assign_conversation

    _, store = open_settings_and_store(db, config)
    by = acting_member(store, by, member)
    assign_conversation(store, conversation_id, member, by=by, clock=utcnow)
    console.print(f"conversation {conversation_id} assigned to {member}", highlight=False)


def take_over_command(
    conversation_id: IdArgument,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Take a conversation over from its assignee (admin; audited), to answer it yourself."""
    from followback.actions.ownership import take_over_conversation

    _, store = open_settings_and_store(db, config)
    done = take_over_conversation(store, conversation_id, by=member_name(member), clock=utcnow)
    was = f" (was {done.previous})" if done.previous else ""
    console.print(f"conversation {conversation_id} is now {done.assignee}'s{was}", highlight=False)


def tag_command(
    conversation_id: IdArgument,
    tags: Annotated[list[str], typer.Argument(metavar="TAG...", help="Tags to add.")],
    remove: Annotated[bool, typer.Option("--remove", help="Remove the tags instead.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add (or remove) tags on a conversation."""
    _, store = open_settings_and_store(db, config)
    by = acting_member(store, None, "cli")
    now = apply_tags(
        store,
        conversation_id,
        add=() if remove else tags,
        remove=tags if remove else (),
        by=by,
        clock=utcnow,
    )
    console.print(f"tags: {', '.join(now) or '(none)'}", highlight=False)


def reply_command(
    conversation_id: IdArgument,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The reply.")],
    member: MemberOption = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Reply in the conversation's channel, recorded with who wrote it."""
    author = member_name(member)
    settings, store = open_settings_and_store(db, config)
    locked = settings.inbox.lock_replies_to_assignee
    with store.read() as s:
        TeamRepo(s).get_active(author, Role.AGENT)
        conv = InboxRepo(s).get_summary(conversation_id)
    if not text.strip():
        raise UserError("the reply is empty")
    if dry_run:
        data = {
            "conversation_id": conversation_id,
            "channel": conv.channel,
            "text": text,
            "author": author,
            "sent": False,
        }
        print_json(data) if json_out else console.print(
            f"would send ({conv.channel}) as {author}: {text}", highlight=False, markup=False
        )
        return
    result = with_connector(
        store,
        conv.brand_account_id,
        lambda c: messages.send_reply(
            store, c, conversation_id, text, author=author, clock=utcnow, locked=locked
        ),
    )
    if json_out:
        print_json(
            asdict(result)
            | {
                "sent": not result.already_sent and result.scheduled_for is None,
                "scheduled": result.scheduled_for is not None,
            }
        )
    elif result.scheduled_for is not None:
        console.print(_scheduled_line(result.scheduled_for), highlight=False)
    elif result.already_sent:
        console.print(
            f"already sent earlier as {result.remote_id}; not posted again", highlight=False
        )
    else:
        console.print(f"sent {result.remote_id} as {author}", highlight=False)


def _scheduled_line(when: datetime) -> str:
    return (
        f"scheduled: the platform's limit is reached for now; followback sends it once at "
        f"{when:%Y-%m-%d %H:%M} UTC or soon after (the worker or `followback act` does it)"
    )


def handoff_command(
    conversation_id: IdArgument,
    member: MemberOption = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Invite the customer to continue in private (one public reply; says if a DM is possible)."""
    author = member_name(member)
    settings, store = open_settings_and_store(db, config)
    with store.read() as s:
        account_id = InboxRepo(s).get_summary(conversation_id).brand_account_id
    result = with_connector(
        store,
        account_id,
        lambda c: messages.hand_off(
            store,
            c,
            conversation_id,
            author=author,
            clock=utcnow,
            dry_run=dry_run,
            locked=settings.inbox.lock_replies_to_assignee,
        ),
    )
    if json_out:
        print_json(asdict(result))
        return
    console.print(
        ("would reply: " if dry_run else "replied: ") + result.reply_text,
        highlight=False,
        markup=False,
    )
    console.print(
        f"private message possible: {'yes' if result.can_dm else 'no'} ({result.dm_reason})",
        highlight=False,
    )
    if result.customer_step:
        console.print(f"the customer must: {result.customer_step}", highlight=False)
    if result.follow_back_offered:
        console.print(offer_line(result.can_dm, dry_run), highlight=False)


def offer_line(can_dm: bool, dry_run: bool) -> str:
    """What the hand-off says of the follow-back it queued. Where a DM is already possible
    (Mastodon) the follow-back is a courtesy, not the key: saying it "opens DMs" there
    contradicted the line before it."""
    verb = "would queue" if dry_run else "queued"
    why = "the brand does not follow them yet" if can_dm else "so DMs can open"
    return f"{verb} a follow-back of the customer for review ({why})"


def dm_command(
    conversation_id: IdArgument,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The private message.")],
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Send a private message to a customer who wrote to the brand (never unsolicited)."""
    author = member_name(member)
    settings, store = open_settings_and_store(db, config)
    with store.read() as s:
        account_id = InboxRepo(s).get_summary(conversation_id).brand_account_id
    result = with_connector(
        store,
        account_id,
        lambda c: messages.send_dm(
            store,
            c,
            conversation_id,
            text,
            author=author,
            clock=utcnow,
            locked=settings.inbox.lock_replies_to_assignee,
        ),
    )
    if result.scheduled_for is not None:
        console.print(_scheduled_line(result.scheduled_for), highlight=False)
    else:
        console.print(f"sent {result.remote_id} as {author}", highlight=False)


def done_command(
    conversation_id: IdArgument,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Mark a conversation done (a new message from the customer reopens it)."""
    _, store = open_settings_and_store(db, config)
    by = acting_member(store, member, "cli")
    record_done(store, conversation_id, by=by, clock=utcnow)
    console.print(f"conversation {conversation_id} done", highlight=False)


def sla_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """First-response and resolution times against the SLA target, and current alerts."""
    settings, store = open_settings_and_store(db, config)
    policy = _policy(settings, store)
    report = service.sla_report(store, policy, utcnow(), _account_id(store, account))
    if json_out:
        print_json(
            {
                "target_minutes": policy.first_response_minutes,
                "business_hours": settings.inbox.business_hours,
                "summary": asdict(report.summary),
                "alerts": [asdict(a) for a in report.alerts],
            }
        )
        return
    s = report.summary

    def minutes(v: float | None) -> str:
        return "-" if v is None else f"{v / 60:.1f} min"

    console.print(
        f"target {policy.first_response_minutes} min"
        + (
            f" in business hours ({settings.inbox.business_hours})" if policy.business_hours else ""
        ),
        highlight=False,
    )
    console.print(
        f"{s.conversations} conversations: {s.answered} answered "
        f"({s.met} on time, {s.missed} late), "
        f"{s.unanswered} waiting ({s.breached} breached, {s.at_risk} at risk)",
        highlight=False,
    )
    console.print(
        f"first response: median {minutes(s.median_first_response_s)}, "
        f"p90 {minutes(s.p90_first_response_s)}; "
        f"resolution median {minutes(s.median_resolution_s)}",
        highlight=False,
    )
    for a in report.alerts[:20]:
        console.print(
            f"  #{a.conversation_id} {a.state.value}: waiting {minutes(a.waited_s)}",
            highlight=False,
        )


def poll_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Read new mentions, replies, quotes and DMs into the inbox now."""
    _, store = open_settings_and_store(db, config)
    account_id = resolve_account(store, account)
    report = with_connector(
        store, account_id, lambda c: service.poll_inbox(store, c, account_id, clock=utcnow)
    )
    data = asdict(report) | {"complete": report.complete}
    if json_out:
        print_json(data)
        return
    console.print(
        f"{report.new_messages} new message(s), {report.complaints} complaint(s), "
        f"{report.duplicates} already stored",
        highlight=False,
    )
    for err in report.errors:
        console.print(f"[yellow]stopped early:[/yellow] {err}", highlight=False)
    for stream, until in report.paused.items():
        console.print(
            f"{stream}: paused until {until} after failing polls in a row; read again then",
            highlight=False,
        )


def reposts_command(
    account: AccountOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 10,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Followers' positive posts about the brand, worth reposting."""
    _, store = open_settings_and_store(db, config)
    picks = service.suggest_community_reposts(store, resolve_account(store, account), limit=limit)
    if json_out:
        print_json({"suggestions": [asdict(p) for p in picks]})
        return
    for p in picks:
        console.print(f"{p.remote_id} by {p.author_id}: ", end="", highlight=False)
        console.print(p.text, markup=False, highlight=False)
    console.print(f"{len(picks)} suggestion(s)")


def register(app: typer.Typer) -> None:
    """Add the inbox workflow commands to the ``inbox`` group (registered by inbox_bulk)."""
    del app  # the group is already on the app; adding it twice would duplicate it
    inbox_app.command("list")(list_command)
    inbox_app.command("show")(show_command)
    inbox_app.command("assign")(assign_command)
    inbox_app.command("tag")(tag_command)
    inbox_app.command("take-over")(take_over_command)
    inbox_app.command("reply")(reply_command)
    inbox_app.command("handoff")(handoff_command)
    inbox_app.command("dm")(dm_command)
    inbox_app.command("done")(done_command)
    inbox_app.command("sla")(sla_command)
    inbox_app.command("poll")(poll_command)
    inbox_app.command("reposts")(reposts_command)
