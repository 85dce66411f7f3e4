"""The inbox on X keeps to X's rules (recorded X answers, vcrpy): replies only where the
author summoned the brand, else an intent link; DMs only after the customer wrote by DM;
the hand-off asks the customer to write first."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from connector_support import replay_only
from followback.actions.messages import hand_off, send_dm, send_reply
from followback.connectors.retry import RetryPolicy
from followback.connectors.x import XConnector
from followback.domain import FollowMode, InboundMessage, MessageKind, Platform, Role, UserError
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.tables import ActionRow
from followback.store.team import TeamRepo

pytestmark = pytest.mark.x

ME, ZOE = "1500000000000000001", "1600000000000000011"
NOW = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
recorded = replay_only("x")


@pytest.fixture
def x_store(store: Store) -> Iterator[tuple[Store, int]]:
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acmecoffee", ME, FollowMode.REVIEW)
        TeamRepo(s).add_member("ana", Role.AGENT)
    yield store, account_id


def _conversation(
    store: Store, account_id: int, remote_id: str, kind: MessageKind, text: str
) -> int:
    msg = InboundMessage(
        platform=Platform.X,
        remote_id=remote_id,
        author_id=ZOE,
        author_handle="zoe_a",
        text=text,
        kind=kind,
        created_at=NOW,
    )
    with store.session() as s:
        return InboxRepo(s).record_inbound(account_id, msg, at=NOW).conversation_id


def _connector() -> XConnector:
    return XConnector({"access_token": "secret-access-token-123"}, retry=RetryPolicy(attempts=1))


def _actions(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count(ActionRow.id))) or 0)


def test_a_reply_to_a_post_that_did_not_summon_the_brand_is_an_intent_link(
    x_store: tuple[Store, int],
) -> None:
    store, account_id = x_store
    # A reply in the brand's thread carries its handle only implicitly: not a summons.
    conv = _conversation(store, account_id, "1795000000000000102", MessageKind.REPLY, "so slow")
    with recorded.use_cassette("reply_summoned.yaml") as tape:  # nothing may be sent
        with pytest.raises(UserError) as err:
            asyncio.run(
                send_reply(store, _connector(), conv, "Sorry!", author="ana", clock=lambda: NOW)
            )
        assert tape.play_count == 0
    assert err.value.fields["rule"] == "x.reply_summoned_only"
    assert err.value.fields["intent_url"] == (
        "https://x.com/intent/post?in_reply_to=1795000000000000102&text=Sorry%21"
    )
    assert "docs.x.com" in err.value.message and _actions(store) == 0


def test_a_mention_is_answered_through_the_api(x_store: tuple[Store, int]) -> None:
    store, account_id = x_store
    conv = _conversation(
        store, account_id, "1795000000000000101", MessageKind.MENTION, "@acmecoffee when?"
    )
    with recorded.use_cassette("reply_summoned.yaml") as tape:
        sent = asyncio.run(
            send_reply(
                store,
                _connector(),
                conv,
                "@zoe_a Thanks! It ships on Monday.",
                author="ana",
                clock=lambda: NOW,
            )
        )
        assert tape.all_played
    assert sent.remote_id == "1795000000000000900"


def test_no_dm_until_the_customer_wrote_by_dm_and_the_hand_off_asks_them_to(
    x_store: tuple[Store, int],
) -> None:
    store, account_id = x_store
    public = _conversation(
        store, account_id, "1795000000000000101", MessageKind.MENTION, "@acmecoffee refund?"
    )
    with recorded.use_cassette("handoff_relationship.yaml") as tape:
        with pytest.raises(UserError) as err:
            asyncio.run(send_dm(store, _connector(), public, "Hi", author="ana", clock=lambda: NOW))
        assert err.value.fields["rule"] == "x.dm_needs_request"
        # X says Zoë receives DMs from the brand; the rule still wants her to write first.
        plan = asyncio.run(
            hand_off(store, _connector(), public, author="ana", clock=lambda: NOW, dry_run=True)
        )
    assert not plan.can_dm and not plan.follow_back_offered
    assert "send us a direct message" in plan.reply_text
    # Once she has written by DM, the answer goes into that conversation.
    private = _conversation(store, account_id, "1795100000000000202", MessageKind.DM, "order 42")
    with recorded.use_cassette("dm_after_request.yaml") as tape:
        sent = asyncio.run(
            send_reply(
                store,
                _connector(),
                private,
                "Thanks for writing: which order number is it?",
                author="ana",
                clock=lambda: NOW,
            )
        )
        assert tape.all_played
    assert sent.remote_id == "1795100000000000300"
