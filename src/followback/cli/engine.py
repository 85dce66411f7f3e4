"""Follow-back commands: ``queue``, ``approve``, ``skip``, ``undo``, ``audit``, ``decide``, ``act``.

Every command that acts takes ``--dry-run`` (report, write nothing) and ``--json``.
Approving on X goes one decision at a time: X's automation rules require each
follow-back to be approved individually.
"""

from __future__ import annotations

import os
import shlex
from typing import Annotated, Any

import typer
from rich.table import Table

from followback.actions.intents import list_person_follows
from followback.cli.common import (
    AccountOption,
    ConfigOption,
    DbOption,
    JsonOption,
    MemberOption,
    account_refs,
    console,
    member_name,
    open_settings_and_store,
    print_json,
    resolve_account,
    resolve_accounts,
    with_connector,
)
from followback.domain import ErrorCode, FollowMode, Lane, UserError, utcnow
from followback.domain.audit import describe_detail
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.actions import ActionRepo
from followback.store.decisions import DecisionRepo, QueueFilter, decision_reasons, parse_filters
from followback.store.tables import DecisionRow

__all__ = ["register"]

FilterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--filter",
        "-f",
        help="verdict=review, rule=grey_zone, state=skipped, score>=0.5, handle~shop "
        "(repeatable; all must match).",
    ),
]
IdsArgument = Annotated[list[int] | None, typer.Argument(help="Decision ids.")]
DryRunOption = Annotated[bool, typer.Option("--dry-run", help="Report only; change nothing.")]
AllOption = Annotated[bool, typer.Option("--all", help="Every pending decision.")]


def _open(db: str | None, config: Any) -> Store:
    return open_settings_and_store(db, config)[1]


def _row(r: DecisionRow, handles: dict[str, str]) -> dict[str, Any]:
    return {
        "id": r.id,
        "remote_id": r.remote_id,
        "handle": handles.get(r.remote_id, ""),
        "verdict": r.verdict,
        "state": r.state,
        "bot_score": r.bot_score,
        "priority": r.priority,
        "lane": Lane.of(r.verdict).value,
        "reasons": [{"rule": x.rule, "text": x.text} for x in decision_reasons(r)],
        "decided_by": r.decided_by,
        "decided_at": r.decided_at.isoformat(),
        "reviewed_by": r.reviewed_by,
        "model_version": r.model_version,
        "policy_version": r.policy_version,
    }


LaneOption = Annotated[
    str | None,
    typer.Option(
        "--lane",
        help="recommended (screening says follow back: approve in one click) or needs-a-look.",
    ),
]


def _lane(value: str | None) -> Lane | None:
    if value is None:
        return None
    try:
        return Lane(value.strip().lower().replace("-", "_"))
    except ValueError:
        raise UserError(
            f"--lane {value!r}: use recommended or needs-a-look", ErrorCode.BAD_INPUT
        ) from None


def queue(
    account: AccountOption = None,
    filters: FilterOption = None,
    lane: LaneOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """The review queue in two lanes, recommended (approve in one click) and needs a look,
    each with its reasons, highest priority first.

    With several accounts connected, each account's queue in turn unless --account names one.
    """
    store = _open(db, config)
    account_ids = resolve_accounts(store, account)
    only = _lane(lane)
    flt = parse_filters([*(filters or []), *([f"verdict={only.verdict}"] if only else [])])
    queues = [_account_queue(store, a, flt, limit) for a in account_ids]
    if json_out:
        # One account keeps the shape scripts already read; several are listed in turn.
        print_json(queues[0] if len(queues) == 1 else {"accounts": queues})
        return
    several = len(queues) > 1
    refs = account_refs(store, account_ids) if several else [account or ""]
    for data, ref in zip(queues, refs, strict=True):
        if several:
            console.print(f"[bold]{ref}[/bold]", highlight=False)
        _print_queue(data, only, ref or None)


def _account_queue(store: Store, account_id: int, flt: QueueFilter, limit: int) -> dict[str, Any]:
    """One account's queue as the JSON ``followback queue --json`` prints."""
    with store.read() as s:
        repo = DecisionRepo(s)
        rows = repo.list_matching(account_id, flt)
        platform = AccountRepo(s).get(account_id).platform.value
        handles = repo.handles(platform, [r.remote_id for r in rows[:limit]])
        items = [_row(r, handles) for r in rows[:limit]]
    lanes = {x.value: sum(Lane.of(r.verdict) is x for r in rows) for x in Lane}
    by_person = list_person_follows(store, account_id)
    return {
        "account_id": account_id,
        "total": len(rows),
        "lanes": lanes,
        "items": items,
        "follow_yourself": [p.as_dict() for p in by_person],
    }


def _print_queue(data: dict[str, Any], only: Lane | None, account: str | None) -> None:
    lanes, items = data["lanes"], data["items"]
    _print_person_follows(data["follow_yourself"])
    for section in (Lane.RECOMMENDED, Lane.NEEDS_A_LOOK, Lane.SCREENED_OUT):
        shown = [it for it in items if it["lane"] == section.value]
        if not lanes[section.value] and (section is Lane.SCREENED_OUT or only):
            continue
        # "pending" only for what waits for a person: screened-out and dry-run ("reported")
        # followers were titled "Screened out (3 pending)" (acceptance rehearsal).
        waiting = all(it["state"] == "pending" for it in shown)
        word = " pending" if waiting else ""
        hint = " — approve in one click" if section is Lane.RECOMMENDED and waiting else ""
        table = Table(title=f"{section.label} ({lanes[section.value]}{word}){hint}")
        for col in ("id", "handle", "score", "reasons"):
            table.add_column(col)
        for it in shown:
            score = "" if it["bot_score"] is None else f"{it['bot_score']:.2f}"
            reasons = "; ".join(x["text"] for x in it["reasons"])
            table.add_row(str(it["id"]), it["handle"] or it["remote_id"], score, reasons)
        console.print(table)
    if any(it["lane"] == Lane.RECOMMENDED.value and it["state"] == "pending" for it in items):
        hint = _approve_hint(account)
        console.print(f"approve the recommended ones: {hint}", highlight=False, soft_wrap=True)


def _approve_hint(account: str | None) -> str:
    """The one-click approval as a command that runs as printed: with the account asked
    for (required when several are connected) and who approves (always required)."""
    who = os.environ.get("FOLLOWBACK_MEMBER", "").strip()
    parts = ["followback approve --filter verdict=follow"]
    if account:
        parts.append(f"--account {shlex.quote(account)}")
    if not who:
        parts.append("--as YOUR_NAME")
    return " ".join(parts)


def _print_person_follows(waiting: list[dict[str, Any]]) -> None:
    if not waiting:
        return
    console.print(
        f"Follow yourself ({len(waiting)}): this account's plan does not allow following "
        "through the API; open each link, followback confirms from your following list",
        highlight=False,
    )
    for p in waiting:
        console.print(f"  @{p['handle']}: {p['intent_url']}", highlight=False, soft_wrap=True)


def _print_report(data: dict[str, Any], json_out: bool) -> None:
    if json_out:
        print_json(data)
        return
    prefix = "would " if data.get("dry_run") else ""
    verb = data["verb"]
    console.print(
        f"{prefix}{verb}: {len(data['decision_ids']) or len(data['targets'])} decision(s), "
        f"{data['enqueued']} action(s) enqueued"
        + (f", {data['cancelled']} cancelled" if data.get("cancelled") else "")
        + (f" (batch {data['batch_id']})" if data.get("batch_id") and not data["dry_run"] else ""),
        highlight=False,
    )
    if data.get("already_closed"):
        closed = ", ".join(map(str, data["already_closed"]))
        console.print(f"  left alone (already approved or superseded): {closed}", highlight=False)
    for rule, n in (data.get("left_out") or {}).items():
        console.print(f"  not enqueued ({rule}): {n}", highlight=False)
    # What an undo did to each follower: "0 action(s) enqueued" alone did not say that the
    # follow was already taken back (acceptance rehearsal, undoing the same follow twice).
    for o in data.get("outcomes") or []:
        console.print(f"  {o['remote_id']}: {o['text']}", highlight=False, soft_wrap=True)
    if data.get("act"):  # --run: what was carried out now (it was only in --json)
        console.print(f"  run now: {_act_line(data['act'])}", highlight=False)


def approve(
    ids: IdsArgument = None,
    all_: AllOption = False,
    filters: FilterOption = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why (kept with it).")] = None,
    member: MemberOption = None,
    run: Annotated[
        bool, typer.Option("--run", help="Carry out the approved follows now (paced).")
    ] = False,
    account: AccountOption = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Approve follow-backs by id, filter or --all (on X: one id at a time)."""
    from followback.actions.review import approve as do_approve

    store = _open(db, config)
    account_id = resolve_account(store, account, _decision_owners(store, ids))
    report = do_approve(
        store,
        account_id,
        member=member_name(member),
        clock=utcnow,
        ids=ids or [],
        filters=filters or [],
        all_=all_,
        note=reason,
        dry_run=dry_run,
    )
    data = report.as_dict()
    if run and not dry_run and report.enqueued:
        data["act"] = _act(store, account_id, report.enqueued)
    _print_report(data, json_out)


def _decision_owners(store: Store, ids: list[int] | None) -> dict[int, list[int]]:
    """Account id -> the given decision ids it owns (empty without ids)."""
    if not ids:
        return {}
    with store.read() as s:
        return DecisionRepo(s).ids_by_account(ids)


def _action_owners(store: Store, ids: list[int] | None, batch: str | None) -> dict[int, list[int]]:
    """Account id -> the given follow action ids (or the batch's) it owns."""
    if not ids and batch is None:
        return {}
    with store.read() as s:
        return ActionRepo(s).ids_by_account(ids or (), batch_id=batch)


def _act_line(data: dict[str, Any]) -> str:
    return (
        f"done {data['done']} (reconciled {data['reconciled']}), retried {data['retried']}, "
        f"failed {data['failed']}, rate-limited {data['rate_limited']}; stopped: {data['stopped']}"
    )


def _act(store: Store, account_id: int, max_actions: int | None) -> dict[str, Any]:
    from followback.services.act import run_actions

    report = with_connector(
        store,
        account_id,
        lambda c: run_actions(store, c, account_id, clock=utcnow, max_actions=max_actions),
    )
    return dict(report.as_dict())


def skip(
    ids: IdsArgument = None,
    all_: AllOption = False,
    filters: FilterOption = None,
    reason: Annotated[str, typer.Option("--reason", help="Why they are skipped.")] = "",
    member: MemberOption = None,
    account: AccountOption = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Skip decisions (no follow-back), with a reason."""
    from followback.actions.review import skip as do_skip

    store = _open(db, config)
    account_id = resolve_account(store, account, _decision_owners(store, ids))
    report = do_skip(
        store,
        account_id,
        member=member_name(member),
        clock=utcnow,
        reason=reason,
        ids=ids or [],
        filters=filters or [],
        all_=all_,
        dry_run=dry_run,
    )
    _print_report(report.as_dict(), json_out)


def undo(
    ids: Annotated[list[int] | None, typer.Argument(help="Follow action ids.")] = None,
    batch: Annotated[str | None, typer.Option("--batch", help="Undo a whole batch.")] = None,
    reason: Annotated[str | None, typer.Option("--reason")] = None,
    member: MemberOption = None,
    account: AccountOption = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Unfollow accounts followed back by mistake: follow action ids or a whole --batch."""
    from followback.actions.review import undo as do_undo

    store = _open(db, config)
    account_id = resolve_account(store, account, _action_owners(store, ids, batch))
    report = do_undo(
        store,
        account_id,
        member=member_name(member),
        clock=utcnow,
        batch_id=batch,
        action_ids=ids or [],
        note=reason,
        dry_run=dry_run,
    )
    _print_report(report.as_dict(), json_out)


def audit(
    search: Annotated[
        str | None, typer.Argument(help="Text in actor, verb, target, or a person's handle.")
    ] = None,
    verb: Annotated[str | None, typer.Option("--verb")] = None,
    account: AccountOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Search the audit log: who or what did what to whom, when and why."""
    store = _open(db, config)
    account_id = resolve_account(store, account) if account else None
    with store.read() as s:
        entries = AuditRepo(s).list(search, account_id, verb, limit=limit)
    items: list[dict[str, Any]] = [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "verb": e.verb,
            "account_id": e.brand_account_id,
            "target": e.target,
            "to": e.who.label if e.who else e.target,
            "profile_url": e.who.url if e.who else "",
            "detail": e.detail,
        }
        for e in entries
    ]
    if json_out:
        print_json({"items": items})
        return
    table = Table(title="Audit log")
    for col in ("at", "actor", "verb", "to", "detail"):
        table.add_column(col)
    for it in items:
        detail = "; ".join(f"{k}: {v}" for k, v in describe_detail(it["detail"]))
        table.add_row(it["at"][:19], it["actor"], it["verb"], it["to"], detail[:80])
    console.print(table)


def decide(
    account: AccountOption = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Screen new followers and decide (in auto mode, enqueue the follow-backs)."""
    from followback.services.decide import decide_account

    store = _open(db, config)
    account_id = resolve_account(store, account)
    mode = FollowMode.DRY_RUN if dry_run else None
    report = with_connector(
        store,
        account_id,
        lambda c: decide_account(store, c, account_id, clock=utcnow, mode=mode),
    )
    data = report.as_dict()
    if json_out:
        print_json(data)
        return
    console.print(
        f"screened {data['screened']}: follow {data['follow']}, skip {data['skip']}, "
        f"review {data['review']}, held out {data['holdout']}; enqueued {data['enqueued']}",
        highlight=False,
    )
    for rule, n in sorted(data["skip_rules"].items(), key=lambda kv: -kv[1]):
        console.print(f"  screened out by {rule}: {n}", highlight=False)


def act(
    account: AccountOption = None,
    max_actions: Annotated[int | None, typer.Option("--max", min=1)] = None,
    dry_run: DryRunOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Carry out pending follow-backs and undos, paced within the platform's limits."""
    store = _open(db, config)
    account_id = resolve_account(store, account)
    if dry_run:
        from followback.domain import ActionState
        from followback.store.actions import ActionRepo

        with store.read() as s:
            rows = ActionRepo(s).list(
                account_id, states=[ActionState.PENDING, ActionState.IN_FLIGHT]
            )
            data: dict[str, Any] = {
                "dry_run": True,
                "would_run": [
                    {"id": r.id, "kind": r.kind, "target": r.target, "batch_id": r.batch_id}
                    for r in rows[:max_actions]
                ],
            }
    else:
        data = _act(store, account_id, max_actions)
    if json_out:
        print_json(data)
        return
    if dry_run:
        console.print(f"would run {len(data['would_run'])} action(s)", highlight=False)
        return
    console.print(_act_line(data), highlight=False)
    if data.get("unknown"):
        console.print(
            f"{data['unknown']} action(s) were sent but no answer came back; they may have "
            "landed: followback will check on the platform before retrying them",
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    """Add the follow-back commands to the ``followback`` app."""
    app.command("queue")(queue)
    app.command("approve")(approve)
    app.command("skip")(skip)
    app.command("undo")(undo)
    app.command("audit")(audit)
    app.command("decide")(decide)
    app.command("act")(act)
