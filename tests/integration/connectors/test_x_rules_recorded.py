"""X's 2026 rules against recorded X responses (vcrpy cassettes).

The cassettes in tests/payloads/x/cassettes hold the requests followback must send and
X's answers, both written from docs.x.com (see write_cassettes.py there); vcrpy replays
them, refuses any request that is not recorded (method, URL, query and JSON body must
match) and each answer is played once. So a test that passes sent exactly the recorded
requests, and nothing else: a write the rules refuse never reaches X.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from connector_support import replay_only
from followback.actions.intents import list_person_follows
from followback.connectors.retry import RetryPolicy
from followback.connectors.x import Billable, SpendTracker, XConnector
from followback.domain import (
    ActionKind,
    ActionState,
    Direction,
    EndReason,
    FollowMode,
    Platform,
)
from followback.domain.rulebook import RuleRefusedError
from followback.engine.rulegate import FACT_X_ACTIVITY, FACT_X_API_FOLLOW
from followback.services.act import run_actions
from followback.services.sync import STREAM_FOLLOWERS, STREAM_NOTIFICATIONS
from followback.store import AccountRepo, Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.edges import TrackingStateRepo
from followback.store.facts import FactRepo
from followback.store.tables import ActionRow, AuditRow, FollowEdgeRow

pytestmark = pytest.mark.x

ME, ZOE, TOMAS = "1500000000000000001", "1600000000000000011", "1600000000000000013"
NOW = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
NO_WAIT = RetryPolicy(attempts=1, initial_s=0, max_s=0, jitter_s=0)

recorded = replay_only("x")


@pytest.fixture
def cassette(request: pytest.FixtureRequest) -> Iterator[Any]:
    with recorded.use_cassette(f"{request.param}.yaml") as tape:
        yield tape
        assert tape.all_played, "a recorded request was not sent"


def _connector(**kw: Any) -> XConnector:
    return XConnector({"access_token": "secret-access-token-123"}, retry=NO_WAIT, **kw)


def _x_account(store: Store, targets: list[str]) -> int:
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acmecoffee", ME, FollowMode.REVIEW)
        for rid in targets:
            ActionRepo(s).enqueue(
                account_id,
                ActionKind.FOLLOW,
                rid,
                key=follow_key(account_id, ActionKind.FOLLOW, rid, 0),
                requested_by="member:ana",
                at=NOW,
            )
    return account_id


@pytest.mark.parametrize("cassette", ["follow_self_serve"], indirect=True)
def test_a_self_serve_plan_hands_follows_to_a_person_and_confirms_them(
    store: Store, cassette: Any
) -> None:
    account_id = _x_account(store, [ZOE, TOMAS])
    conn = _connector()
    report = asyncio.run(run_actions(store, conn, account_id, clock=lambda: NOW))
    # X answered the first follow with 403 client-forbidden: the plan is stored as detected,
    # and the second follow is not even tried (the cassette has one POST).
    assert report.handed_to_person == 2 and report.failed == 0 and report.done == 0
    with store.session() as s:
        fact = FactRepo(s).find(account_id, FACT_X_API_FOLLOW)
        rows = list(s.scalars(select(ActionRow).order_by(ActionRow.id)))
        audit = list(s.scalars(select(AuditRow).where(AuditRow.verb == "follow.handed_to_person")))
    assert fact is not None and fact.value is False and "client-forbidden" in fact.evidence
    assert {r.state for r in rows} == {ActionState.AWAITING_PERSON.value}
    assert "x.follow_via_api" in (rows[0].error or "") and "docs.x.com" in (rows[0].error or "")
    assert {a.detail["rule"] for a in audit} == {"x.follow_via_api"}
    assert conn.spend.counts.get(Billable.USER_INTERACTION_CREATE, 0) == 0  # 403: not billed
    links = {p.remote_id: p.intent_url for p in list_person_follows(store, account_id)}
    assert links[ZOE] == f"https://x.com/intent/follow?user_id={ZOE}"  # no stored handle yet
    # The person follows Zoë from the link; the next run sees her in the following list
    # (an owned read) and records the follow like any other. Tomás is still waiting.
    again = asyncio.run(run_actions(store, conn, account_id, clock=lambda: NOW))
    assert again.confirmed_by_person == 1
    with store.session() as s:
        states = {r.target: r.state for r in s.scalars(select(ActionRow))}
        edge = s.scalars(select(FollowEdgeRow).where(FollowEdgeRow.remote_id == ZOE)).one()
    assert states == {ZOE: ActionState.DONE.value, TOMAS: ActionState.AWAITING_PERSON.value}
    assert edge.direction == "following" and edge.ended_at is None


@pytest.mark.parametrize("cassette", ["follow_enterprise"], indirect=True)
def test_a_plan_with_api_follows_follows_and_is_stored_as_detected(
    store: Store, cassette: Any
) -> None:
    account_id = _x_account(store, [ZOE])
    report = asyncio.run(run_actions(store, _connector(), account_id, clock=lambda: NOW))
    assert report.done == 1 and report.handed_to_person == 0
    with store.session() as s:
        fact = FactRepo(s).find(account_id, FACT_X_API_FOLLOW)
    assert fact is not None and fact.value is True


@pytest.mark.parametrize("cassette", ["reply_summoned"], indirect=True)
def test_a_reply_goes_out_only_when_summoned(cassette: Any) -> None:
    from followback.actions.outbox import Write, deliver
    from followback.connectors.base import WriteKey

    def write(summoned: bool) -> Write:
        return Write(
            1,
            1,
            ActionKind.REPLY,
            "1795000000000000101",
            "@zoe_a Thanks! It ships on Monday.",
            WriteKey("k", NOW),
            1,
            "member:ana",
            {"summoned": summoned},
        )

    conn = _connector()
    with pytest.raises(RuleRefusedError, match=r"x\.reply_summoned_only") as err:
        asyncio.run(deliver(conn, write(False)))
    assert err.value.rule.source == "https://docs.x.com/x-api/posts/manage-tweets/introduction"
    landed = asyncio.run(deliver(conn, write(True)))
    assert landed.ref == "1795000000000000900"


@pytest.mark.parametrize("cassette", ["dm_after_request"], indirect=True)
def test_a_dm_goes_out_only_after_the_person_wrote_by_dm(cassette: Any) -> None:
    from followback.actions.outbox import Write, deliver
    from followback.connectors.base import WriteKey

    text = "Thanks for writing: which order number is it?"

    def write(requested: bool) -> Write:
        return Write(
            2,
            1,
            ActionKind.DM,
            ZOE,
            text,
            WriteKey("d", NOW),
            1,
            "member:ana",
            {"dm_requested": requested},
        )

    conn = _connector()
    with pytest.raises(RuleRefusedError, match=r"x\.dm_needs_request"):
        asyncio.run(deliver(conn, write(False)))
    assert asyncio.run(deliver(conn, write(True))).ref == "1795100000000000300"


@pytest.mark.parametrize("cassette", ["activity_follow_events"], indirect=True)
def test_activity_api_follow_events_are_read_and_billed_per_event(cassette: Any) -> None:
    conn = _connector(spend=SpendTracker())
    conn._me = ME
    subs = asyncio.run(conn.subscribe_follow_events())
    assert subs == ["1976325569252868096", "1976325569252868097"]
    events = asyncio.run(conn.read_follow_events())
    assert [(e.kind, e.about_brand(ME)) for e in events] == [
        ("follow.follow", "arrival"),
        ("follow.follow", "brand_followed"),
        ("follow.unfollow", "departure"),
    ]
    assert events[2].source_id == TOMAS and events[0].source_handle == "zoe_a"
    assert conn.spend.spent_usd == Decimal("0.030")  # three events at $0.010


@pytest.mark.parametrize("cassette", ["activity_forbidden"], indirect=True)
def test_a_plan_without_the_activity_api_is_refused_naming_the_rule(cassette: Any) -> None:
    conn = _connector()
    conn._me = ME
    with pytest.raises(RuleRefusedError) as err:
        asyncio.run(conn.subscribe_follow_events())
    assert err.value.rule.key == "x.activity_follow_events"
    assert err.value.evidence is not None and "client-not-enrolled" in err.value.evidence


@pytest.mark.parametrize("cassette", ["activity_follow_events"], indirect=True)
def test_follow_events_record_arrivals_unfollows_and_confirm_person_follows(
    store: Store, cassette: Any
) -> None:
    from followback.services.x_activity import read_x_follow_events
    from followback.store.edges import EdgeRepo

    account_id = _x_account(store, [ZOE])
    with store.session() as s:
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(TOMAS, NOW)], seen_at=NOW, via="sync", event=False
        )
        row = ActionRepo(s).awaiting_person(account_id) or ActionRepo(s).list(account_id)
        ActionRepo(s).hand_to_person(row[0], f"https://x.com/intent/follow?user_id={ZOE}", "r")
    conn = _connector()
    conn._me = ME
    report = asyncio.run(read_x_follow_events(store, conn, account_id, clock=lambda: NOW))
    # Zoë followed the brand, the brand followed her back from the intent link, Tomás left:
    # all known without listing a single follower.
    assert report.available and report.events == 3
    assert (report.arrivals, report.departures, report.confirmed_follows) == ([ZOE], [TOMAS], 1)
    with store.session() as s:
        edges = {(e.remote_id, e.direction): e.ended_at for e in s.scalars(select(FollowEdgeRow))}
        fact = FactRepo(s).find(account_id, FACT_X_ACTIVITY)
        (action,) = s.scalars(select(ActionRow))
    assert edges[(ZOE, "follower")] is None and edges[(ZOE, "following")] is None
    assert edges[(TOMAS, "follower")] is not None
    assert fact is not None and fact.value is True and action.state == ActionState.DONE.value


@pytest.mark.parametrize("cassette", ["activity_forbidden"], indirect=True)
def test_without_the_activity_api_the_plan_is_stored_and_not_asked_again(
    store: Store, cassette: Any
) -> None:
    from followback.services.x_activity import read_x_follow_events

    account_id = _x_account(store, [])
    conn = _connector()
    conn._me = ME
    first = asyncio.run(read_x_follow_events(store, conn, account_id, clock=lambda: NOW))
    again = asyncio.run(read_x_follow_events(store, conn, account_id, clock=lambda: NOW))
    assert not first.available and "x.activity_follow_events" in first.refusal
    assert not again.available  # from the stored fact: the cassette has one answer only
    with store.session() as s:
        fact = FactRepo(s).find(account_id, FACT_X_ACTIVITY)
    assert fact is not None and fact.value is False and "client-not-enrolled" in fact.evidence


def _synced_before(store: Store, account_id: int, followers: list[str]) -> None:
    """A full listing already ran (the cycle's next sync is incremental) and saw ``followers``."""
    from followback.store.edges import EdgeRepo

    with store.session() as s:
        EdgeRepo(s).record_arrivals(
            account_id,
            Direction.FOLLOWER,
            [(rid, NOW) for rid in followers],
            seen_at=NOW,
            via="sync",
            event=False,
        )
        data = {"since_full": 0, "last_full_at": NOW.isoformat()}
        TrackingStateRepo(s).record(account_id, STREAM_FOLLOWERS, NOW, data=data)
        # X's "notifications" are the follower list read newest first down to this id.
        TrackingStateRepo(s).record(account_id, STREAM_NOTIFICATIONS, NOW, cursor=followers[0])


def _cycle(store: Store, account_id: int) -> Any:
    """One whole cycle of ``followback run`` (sync, screen, act, inbox, listen); its sync."""
    from followback.services.cycle import run_cycle

    conn = _connector()
    conn._me = ME
    report = asyncio.run(run_cycle(store, conn, account_id, clock=lambda: NOW))
    assert report.errors == [] and report.decide is not None and report.inbox is not None
    return report.sync


@pytest.mark.parametrize("cassette", ["cycle_activity_plan"], indirect=True)
def test_the_cycle_on_the_activity_plan_reads_events_and_lists_no_follower(
    store: Store, cassette: Any
) -> None:
    # The cassette holds no follower listing: one (or any other unrecorded request) would
    # fail the test.
    account_id = _x_account(store, [])
    _synced_before(store, account_id, [TOMAS])
    report = _cycle(store, account_id)
    assert report.source == "x_activity" and not report.full and report.stream_fallback == ""
    assert report.new_followers == [ZOE] and report.departed == {TOMAS: EndReason.UNFOLLOWED}
    assert report.calls_by_method == {"read_follow_events": 1} and report.records == 3
    with store.session() as s:
        edges = {(e.remote_id, e.direction): e.ended_at for e in s.scalars(select(FollowEdgeRow))}
        state = TrackingStateRepo(s).find(account_id, STREAM_FOLLOWERS)
    assert edges[(ZOE, "follower")] is None and edges[(TOMAS, "follower")] is not None
    # It counts toward the full-reconcile schedule like any incremental sync.
    assert state is not None and state.data["since_full"] == 1


@pytest.mark.parametrize("cassette", ["activity_forbidden_newest_first"], indirect=True)
def test_the_cycle_without_the_activity_plan_lists_newest_first(
    store: Store, cassette: Any
) -> None:
    account_id = _x_account(store, [])
    _synced_before(store, account_id, [TOMAS])
    report = _cycle(store, account_id)
    assert "x.activity_follow_events" in report.stream_fallback and not report.full
    assert report.source == "notifications" and report.new_followers == [ZOE]
    assert report.departed == {}  # a newest-first page finds arrivals, not unfollows
    with store.session() as s:
        fact = FactRepo(s).find(account_id, FACT_X_ACTIVITY)
    assert fact is not None and fact.value is False


@pytest.mark.parametrize("cassette", ["activity_stream_down"], indirect=True)
def test_with_the_stream_down_the_sync_lists_newest_first(store: Store, cassette: Any) -> None:
    from followback.services.sync import sync_account

    account_id = _x_account(store, [])
    _synced_before(store, account_id, [TOMAS])
    with store.session() as s:  # subscribed in an earlier cycle
        FactRepo(s).record(account_id, FACT_X_ACTIVITY, True, evidence="accepted", at=NOW)
    conn = _connector()
    conn._me = ME
    report = asyncio.run(sync_account(store, conn, account_id, clock=lambda: NOW))
    assert report.stream_fallback.startswith("X Activity API unavailable")
    assert report.source == "notifications" and report.new_followers == [ZOE]
