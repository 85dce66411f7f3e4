"""Approve, skip and undo through the review service, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from engine_support import StubScorer, add_sandbox_account
from followback.actions import review
from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import (
    ActionState,
    DecisionState,
    Direction,
    ErrorCode,
    FollowMode,
    Platform,
    Reason,
    UserError,
    Verdict,
)
from followback.services.act import run_actions
from followback.services.decide import decide_account
from followback.services.sync import sync_account
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.decisions import DecisionRepo, QueueFilter
from followback.store.edges import EdgeRepo
from followback.store.tables import ActionRow, DecisionRow, FollowEventRow

QUIET = WorldParams(new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0)


def _review_world(store: Store, followers: int = 60) -> tuple[SandboxNetwork, int]:
    net = SandboxNetwork(seed=11)
    net.add_brand("acme", followers=followers, params=QUIET)
    account_id = add_sandbox_account(store, "acme", FollowMode.REVIEW)

    async def go() -> None:
        conn = net.connector("acme")
        await sync_account(store, conn, account_id, clock=net.time)
        await decide_account(store, conn, account_id, clock=net.time, scorer=StubScorer())

    asyncio.run(go())
    return net, account_id


def _pending(store: Store, account_id: int) -> list[DecisionRow]:
    with store.session() as s:
        return DecisionRepo(s).list_matching(account_id, QueueFilter())


def test_approve_by_filter_enqueues_then_act_follows_and_audits_the_member(store: Store) -> None:
    net, account_id = _review_world(store)
    pending = _pending(store, account_id)
    follows = [r for r in pending if r.verdict == Verdict.FOLLOW.value]
    assert follows
    report = review.approve(
        store, account_id, member="ana", clock=net.time, filters=["verdict=follow"], note="ok"
    )
    assert report.enqueued == len(follows) and report.batch_id
    asyncio.run(run_actions(store, net.connector("acme"), account_id, clock=net.time))
    world = net.world("acme")
    with store.session() as s:
        done = list(s.scalars(select(ActionRow).where(ActionRow.state == "done")))
        approvals = AuditRepo(s).list(verb="approve", limit=1000)
        follows_audit = AuditRepo(s).list(verb="follow", limit=1000)
        reviewed = s.scalars(select(DecisionRow).where(DecisionRow.id == follows[0].id)).one()
    assert done and all(a.requested_by == "member:ana" for a in done)
    assert {a.target for a in done} <= {str(k) for k in world.following}
    assert len(approvals) == len(follows) and all(e.actor == "member:ana" for e in approvals)
    assert {e.target for e in follows_audit} == {a.target for a in done}
    assert reviewed.state == DecisionState.APPROVED.value
    assert (reviewed.reviewed_by, reviewed.review_note) == ("member:ana", "ok")
    assert world.duplicate_follows == 0 and world.limit_violations == 0


def test_dry_run_approve_reports_and_writes_nothing(store: Store) -> None:
    net, account_id = _review_world(store, followers=30)
    before = _pending(store, account_id)
    report = review.approve(
        store, account_id, member="ana", clock=net.time, all_=True, dry_run=True
    )
    assert report.dry_run and report.decision_ids == [r.id for r in before]
    assert [r.id for r in _pending(store, account_id)] == [r.id for r in before]
    with store.session() as s:
        assert s.scalars(select(ActionRow)).first() is None
        assert AuditRepo(s).list(verb="approve") == []


def test_skip_needs_a_reason_and_records_it(store: Store) -> None:
    net, account_id = _review_world(store, followers=30)
    first = _pending(store, account_id)[0]
    with pytest.raises(UserError, match="reason"):
        review.skip(store, account_id, member="ana", clock=net.time, reason=" ", ids=[first.id])
    review.skip(
        store, account_id, member="ana", clock=net.time, reason="looks like a shop", ids=[first.id]
    )
    with store.session() as s:
        row = s.get(DecisionRow, first.id)
        assert row is not None
        assert (row.state, row.review_note) == (DecisionState.SKIPPED.value, "looks like a shop")
    with pytest.raises(UserError) as err:
        review.approve(store, account_id, member="ana", clock=net.time, ids=[999_999])
    assert err.value.code is ErrorCode.NOT_FOUND


def test_bulk_approval_is_refused_on_x_with_an_explanation(store: Store) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acme", "42", FollowMode.REVIEW)
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [("0", now), ("1", now)], seen_at=now, via="test"
        )  # "2" has left again by the time a person looks
        repo = DecisionRepo(s)
        ids = [
            repo.record(
                account_id,
                str(i),
                verdict=Verdict.FOLLOW,
                state=DecisionState.PENDING,
                reasons=[Reason("screening", "low score")],
                decided_by="model:stub",
                decided_at=now,
                policy_version="p",
            ).id
            for i in range(3)
        ]
    for kwargs in ({"all_": True}, {"filters": ["verdict=follow"]}, {"ids": ids[:2]}):
        with pytest.raises(UserError, match="approved individually") as err:
            review.approve(store, account_id, member="ana", clock=lambda: now, **kwargs)
        assert err.value.code is ErrorCode.NOT_ALLOWED
        # The refusal names the rule it applies and where that rule is published.
        assert err.value.fields["rule"] == "x.bulk_approval"
        assert "x.bulk_approval" in err.value.message and "docs.x.com" in err.value.message
    one = review.approve(store, account_id, member="ana", clock=lambda: now, ids=[ids[0]])
    assert one.enqueued == 1
    gone = review.approve(store, account_id, member="ana", clock=lambda: now, ids=[ids[2]])
    assert gone.enqueued == 0 and gone.left_out == {"no_longer_follows": 1}
    # Skipping in bulk is fine: it never follows anyone.
    assert (
        review.skip(
            store, account_id, member="ana", clock=lambda: now, reason="no", all_=True
        ).decision_ids
        == ids[1:2]
    )


def test_undo_a_batch_unfollows_and_the_engine_never_refollows(store: Store) -> None:
    net, account_id = _review_world(store)
    report = review.approve(
        store, account_id, member="ana", clock=net.time, filters=["verdict=follow"]
    )
    conn = net.connector("acme")
    asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    world = net.world("acme")
    with store.session() as s:
        done = [
            a.target
            for a in s.scalars(
                select(ActionRow).where(
                    ActionRow.batch_id == report.batch_id, ActionRow.state == ActionState.DONE.value
                )
            )
        ]
    assert done
    preview = review.undo(
        store, account_id, member="bo", clock=net.time, batch_id=report.batch_id, dry_run=True
    )
    assert preview.targets == done
    undone = review.undo(
        store, account_id, member="bo", clock=net.time, batch_id=report.batch_id, note="spam wave"
    )
    assert undone.enqueued == len(done)
    net.now += 3 * 3600
    asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    assert not {int(t) for t in done} & set(world.following)
    with store.session() as s:
        events = s.scalars(
            select(FollowEventRow).where(FollowEventRow.kind == "unfollowed_by_brand")
        ).all()
        audit = AuditRepo(s).list(verb="undo", limit=1000)
    assert {e.remote_id for e in events} == set(done)
    assert all(e.source == "undo" for e in events)
    assert {e.target for e in audit} == set(done) and all(e.actor == "member:bo" for e in audit)
    # A later screening pass does not follow them again (no loops).
    asyncio.run(decide_account(store, conn, account_id, clock=net.time, scorer=StubScorer()))
    again = review.approve(
        store, account_id, member="ana", clock=net.time, filters=["verdict=follow"]
    )
    assert not set(again.targets) & set(done)


def test_undo_puts_every_decision_back_in_review_and_says_what_happened(store: Store) -> None:
    net, account_id = _review_world(store)
    report = review.approve(
        store, account_id, member="ana", clock=net.time, filters=["verdict=follow"]
    )
    approved = set(report.decision_ids)
    assert len(approved) > 2
    conn = net.connector("acme")
    # Follow only some of them, as pacing would: the rest are still pending in the outbox.
    with store.session() as s:
        first = s.scalars(
            select(ActionRow).where(ActionRow.batch_id == report.batch_id).order_by(ActionRow.id)
        ).all()
        for row in first[2:]:
            row.not_before = net.time().replace(year=2100)
    asyncio.run(run_actions(store, conn, account_id, clock=net.time))
    undone = review.undo(store, account_id, member="bo", clock=net.time, batch_id=report.batch_id)
    by_outcome: dict[str, int] = {}
    for o in undone.outcomes:
        by_outcome[o.outcome] = by_outcome.get(o.outcome, 0) + 1
    assert by_outcome.get("unfollow_queued") == 2
    assert by_outcome.get("cancelled", 0) + by_outcome.get("not_followed", 0) == len(approved) - 2
    assert all(o.back_in_review for o in undone.outcomes)
    # Every approved follower is pending review again, none stays "approved".
    targets = {o.remote_id for o in undone.outcomes}
    with store.session() as s:
        current = s.scalars(
            select(DecisionRow).where(
                DecisionRow.brand_account_id == account_id,
                DecisionRow.remote_id.in_(targets),
                DecisionRow.superseded.is_(False),
            )
        ).all()
    assert len(current) == len(approved)
    assert {d.state for d in current} == {DecisionState.PENDING.value}
    assert {d.verdict for d in current} == {Verdict.REVIEW.value}
    assert all(d.reasons[0]["rule"] == "undo" for d in current)
