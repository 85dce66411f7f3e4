"""decide_account + run_actions against the sandbox network, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from engine_support import StubScorer, add_sandbox_account
from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import DecisionState, FollowMode, Verdict
from followback.services.act import run_actions
from followback.services.decide import decide_account
from followback.services.sync import sync_account
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.decisions import DecisionRepo, QueueFilter
from followback.store.policies import PolicyRepo
from followback.store.tables import (
    ActionRow,
    ContactRow,
    ConversationRow,
    DecisionRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
)


def _setup(store: Store, mode: FollowMode, followers: int = 300) -> tuple[SandboxNetwork, int]:
    net = SandboxNetwork(seed=7)
    net.add_brand("acme", followers=followers, params=WorldParams(new_followers_per_day=200))
    account_id = add_sandbox_account(store, "acme", mode)
    return net, account_id


async def _cycle(store: Store, net: SandboxNetwork, account_id: int, scorer: StubScorer) -> None:
    conn = net.connector("acme")
    await sync_account(store, conn, account_id, clock=net.time)
    await decide_account(store, conn, account_id, clock=net.time, scorer=scorer)


def test_auto_mode_follows_back_paced_without_duplicates_or_violations(store: Store) -> None:
    net, account_id = _setup(store, FollowMode.AUTO)
    scorer = StubScorer()
    conn = net.connector("acme")
    world = net.world("acme")
    before = len(world.following)

    async def run() -> None:
        await _cycle(store, net, account_id, scorer)
        for _ in range(12):
            net.advance(2.0)
            await _cycle(store, net, account_id, scorer)
            await run_actions(store, conn, account_id, clock=net.time)

    asyncio.run(run())
    with store.session() as s:
        done = s.scalar(select(func.count()).where(ActionRow.state == "done")) or 0
        events = s.scalar(select(func.count()).where(FollowEventRow.kind == "followed_back")) or 0
        skipped = (
            s.scalar(select(func.count()).where(DecisionRow.verdict == Verdict.SKIP.value)) or 0
        )
        audit = AuditRepo(s).list(verb="follow", brand_account_id=account_id, limit=1000)
    assert world.duplicate_follows == 0
    assert world.limit_violations == 0
    assert done > 0
    assert len(world.following) - before == done
    assert events == done  # one followed_back event per follow, none lost
    assert len(audit) == done
    assert all(e.actor.startswith("policy:") for e in audit)
    assert skipped > 0


def test_review_mode_queues_follow_backs_with_reasons_and_acts_on_nothing(store: Store) -> None:
    net, account_id = _setup(store, FollowMode.REVIEW, followers=120)
    scorer = StubScorer()
    conn = net.connector("acme")
    calls_before = net.world("acme").follow_calls.total()

    async def run() -> None:
        await _cycle(store, net, account_id, scorer)
        await run_actions(store, conn, account_id, clock=net.time)

    asyncio.run(run())
    with store.session() as s:
        queue = DecisionRepo(s).list_matching(account_id, QueueFilter())
        actions = s.scalar(select(func.count()).select_from(ActionRow)) or 0
    assert queue, "follow-backs wait for a person in review mode"
    assert all(r.state == DecisionState.PENDING.value for r in queue)
    assert all(r.reasons for r in queue)
    assert actions == 0
    assert net.world("acme").follow_calls.total() == calls_before


def test_policy_seeded_values_rule_screens_out_with_reason(store: Store) -> None:
    net, account_id = _setup(store, FollowMode.DRY_RUN, followers=80)
    with store.session() as s:
        PolicyRepo(s).record(account_id, {"blocked_regexes": ["."]}, by="test")
    asyncio.run(_cycle(store, net, account_id, StubScorer()))
    with store.session() as s:
        rows = list(s.scalars(select(DecisionRow)))
    assert rows
    assert all(r.verdict == "skip" for r in rows)
    assert all(any(x["rule"] == "blocked_regex" for x in r.reasons) for r in rows)


def test_auto_mode_sends_the_grey_zone_to_review_and_holds_out_a_share(store: Store) -> None:
    net, account_id = _setup(store, FollowMode.AUTO, followers=150)
    with store.session() as s:
        PolicyRepo(s).record(account_id, {"holdout_share": 0.3}, by="test")
    asyncio.run(_cycle(store, net, account_id, StubScorer()))
    with store.session() as s:
        queue = DecisionRepo(s).list_matching(account_id, QueueFilter())
        held = list(s.scalars(select(DecisionRow).where(DecisionRow.state == "skipped")))
        held_edges = s.scalar(select(func.count()).where(FollowEdgeRow.holdout.is_(True)))
        enqueued = set(s.scalars(select(ActionRow.target)))
    assert queue and all(r.verdict == Verdict.REVIEW.value for r in queue)
    holdouts = {r.remote_id for r in held if r.reasons[0]["rule"] == "holdout"}
    assert holdouts and held_edges == len(holdouts)
    assert not holdouts & enqueued


def test_followers_who_wrote_to_the_brand_are_followed_first(store: Store) -> None:
    net, account_id = _setup(store, FollowMode.AUTO, followers=60)
    world = net.world("acme")
    engaged = str(int(world.follower_ids[5]))
    scorer = StubScorer(fixed={engaged: 0.0})
    now = net.time()
    with store.session() as s:
        contact = ContactRow(platform="sandbox", remote_id=engaged, handle="fan", created_at=now)
        s.add(contact)
        s.flush()
        conv = ConversationRow(
            brand_account_id=account_id,
            contact_id=contact.id,
            thread_key="t1",
            channel="public",
            status="open",
            opened_at=now,
        )
        s.add(conv)
        s.flush()
        s.add(
            MessageRow(
                conversation_id=conv.id,
                platform="sandbox",
                remote_id="m1",
                kind="mention",
                direction="in",
                author_id=engaged,
                text="love it",
                created_at=now,
            )
        )
    asyncio.run(_cycle(store, net, account_id, scorer))
    with store.session() as s:
        first = s.scalars(select(ActionRow).order_by(ActionRow.id)).first()
        decision = s.scalars(select(DecisionRow).where(DecisionRow.remote_id == engaged)).one()
    assert first is not None and first.target == engaged
    assert decision.priority > 0


def test_leaving_dry_run_decides_the_rehearsed_followers_again(store: Store) -> None:
    # Acceptance rehearsal on snac2: a brand ran dry-run first, then switched to auto; the
    # followers decided while rehearsing kept their "reported" decisions and were never
    # followed back.
    net, account_id = _setup(store, FollowMode.DRY_RUN, followers=40)
    scorer = StubScorer()
    asyncio.run(_cycle(store, net, account_id, scorer))
    with store.session() as s:
        rehearsed = set(s.scalars(select(DecisionRow.remote_id)))
        assert rehearsed and s.scalar(select(func.count()).select_from(ActionRow)) == 0
        AccountRepo(s).set_mode(account_id, FollowMode.AUTO)
    conn = net.connector("acme")
    asyncio.run(decide_account(store, conn, account_id, clock=net.time, scorer=scorer))
    with store.session() as s:
        current = list(s.scalars(select(DecisionRow).where(DecisionRow.superseded.is_(False))))
        enqueued = set(s.scalars(select(ActionRow.target)))
    assert rehearsed <= {r.remote_id for r in current}
    assert all(r.state != DecisionState.REPORTED.value for r in current)
    followed = {r.remote_id for r in current if r.verdict == Verdict.FOLLOW.value}
    assert followed and followed <= enqueued
    # A decide run in dry-run again (``decide --dry-run``) leaves acted decisions alone.
    asyncio.run(
        decide_account(
            store, conn, account_id, clock=net.time, scorer=scorer, mode=FollowMode.DRY_RUN
        )
    )
    with store.session() as s:
        again = list(s.scalars(select(DecisionRow).where(DecisionRow.superseded.is_(False))))
    assert {r.id for r in again} >= {r.id for r in current}
