"""The inbox end to end on the sandbox network, on SQLite and PostgreSQL.

Polls are idempotent (twice, or after a failure half-way, nothing is lost or duplicated),
complaints sort first, replies are recorded with their author and first-response time, and
the hand-off never opens a DM without a mutual follow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from followback.actions.inbound import record_inbound_page
from followback.actions.messages import hand_off, send_dm, send_reply
from followback.connectors.base import DmAvailability, Page
from followback.connectors.sandbox import SandboxConnector, SandboxNetwork
from followback.connectors.sandbox.network import WorldParams
from followback.domain import (
    ConversationStatus,
    FollowMode,
    InboundMessage,
    MessageKind,
    OutcomeUnknownError,
    Platform,
    RejectedError,
    Role,
    StageErrorKind,
    TransientError,
    UserError,
)
from followback.inbox.classify import Classification
from followback.services.act import run_actions
from followback.services.inbox import (
    DMS_STREAM,
    MENTIONS_STREAM,
    poll_inbox,
    sla_policy,
    sla_report,
    suggest_community_reposts,
)
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.message_days import MessageDayRepo
from followback.store.tables import ActionRow, AuditRow, DecisionRow, MessageRow, SyncStateRow
from followback.store.team import TeamRepo

BRAND = "acme"
PAGE = 40
_COMPLAINT_WORDS = ("refund", "terrible", "worst", "ridiculous", "unacceptable", "broke", "ignores")


class KeywordClassifier:
    """A tiny deterministic stand-in for the trained models: complaint words, '?', praise."""

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        out = []
        for text in texts:
            low = text.lower()
            complaint = any(w in low for w in _COMPLAINT_WORDS)
            positive = any(w in low for w in ("love", "thank", "great", "brilliant"))
            out.append(
                Classification(
                    complaint_score=0.9 if complaint else 0.1,
                    is_complaint=complaint,
                    severity=3 if "refund" in low else (2 if complaint else 1),
                    sentiment="negative" if complaint else ("positive" if positive else "neutral"),
                    intent="complaint" if complaint else ("question" if "?" in low else "other"),
                    language="en",
                    model_version="keyword-test",
                )
            )
        return out


@dataclass
class Setup:
    net: SandboxNetwork
    account_id: int


def _small_pages(conn: SandboxConnector) -> SandboxConnector:
    conn.capabilities = replace(conn.capabilities, page_size=PAGE)
    return conn


def _setup(store: Store, *, messages_per_day: float = 0.0) -> Setup:
    net = SandboxNetwork(seed=3)
    params = WorldParams(new_followers_per_day=0.0, messages_per_day=messages_per_day)
    world = net.add_brand(BRAND, followers=300, params=params)
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, BRAND, world.remote_id, FollowMode.REVIEW)
        TeamRepo(s).add_member("ana", Role.AGENT, password="correct horse")
        TeamRepo(s).add_member("vic", Role.VIEWER)
    return Setup(net, account_id)


def _poll(store: Store, st: Setup, connector: object | None = None) -> object:
    conn = connector if connector is not None else _small_pages(st.net.connector(BRAND))
    return asyncio.run(
        poll_inbox(store, conn, st.account_id, clock=st.net.time, classifier=KeywordClassifier())  # type: ignore[arg-type]
    )


def _message_count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count(MessageRow.id))) or 0)


def test_polling_twice_stores_each_message_once(store: Store) -> None:
    st = _setup(store, messages_per_day=200.0)
    st.net.advance(24)
    world = st.net.world(BRAND)
    expected = len(world.messages) + len(world.dms)
    assert expected > 3 * PAGE  # several pages

    first = _poll(store, st)
    second = _poll(store, st)

    assert first.new_messages == expected  # type: ignore[attr-defined]
    assert second.new_messages == 0  # type: ignore[attr-defined]
    assert _message_count(store) == expected
    with store.session() as s:
        counts = InboxRepo(s).count_conversations(st.account_id)
    assert counts["messages"] == expected


class FailOnSecondPage:
    """Wraps a connector; the first fetch_mentions call after ``armed`` pages raises."""

    def __init__(self, inner: object, fail_at_call: int) -> None:
        self.inner = inner
        self.calls = 0
        self.fail_at_call = fail_at_call

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        self.calls += 1
        if self.calls == self.fail_at_call:
            raise TransientError("injected 503 on page 2")
        return await self.inner.fetch_mentions(cursor)  # type: ignore[attr-defined,no-any-return]


def test_a_poll_failing_half_way_loses_nothing_on_the_next_poll(store: Store) -> None:
    st = _setup(store, messages_per_day=300.0)
    st.net.advance(24)
    world = st.net.world(BRAND)
    expected = len(world.messages) + len(world.dms)
    assert len(world.messages) > 3 * PAGE

    broken = FailOnSecondPage(_small_pages(st.net.connector(BRAND)), fail_at_call=2)
    partial = _poll(store, st, broken)

    assert not partial.complete  # type: ignore[attr-defined]
    assert "injected 503" in partial.errors[0].message  # type: ignore[attr-defined]
    assert partial.errors[0].kind is StageErrorKind.TRANSIENT  # type: ignore[attr-defined]
    with store.session() as s:
        cursor = s.scalars(
            select(SyncStateRow.cursor).where(SyncStateRow.stream == MENTIONS_STREAM)
        ).one()
    assert cursor == str(PAGE)  # page 1 committed with its cursor, page 2 not
    assert PAGE <= _message_count(store) < expected

    again = _poll(store, st)

    assert again.complete  # type: ignore[attr-defined]
    assert _message_count(store) == expected
    with store.session() as s:
        ids = s.scalars(select(MessageRow.remote_id)).all()
    assert len(ids) == len(set(ids)) == expected


def test_replies_join_the_thread_they_answer(store: Store) -> None:
    st = _setup(store)
    root = st.net.peer_mention(BRAND, 42, "@acme where is my parcel?")
    _poll(store, st)
    st.net.peer_mention(BRAND, 42, "@acme hello?? still nothing", in_reply_to=root)
    st.net.peer_dm(BRAND, 42, "private note")
    _poll(store, st)

    with store.session() as s:
        convs = InboxRepo(s).list_conversations(st.account_id)
        by_channel = {c.channel: c for c in convs}
        public = InboxRepo(s).get_thread(by_channel["public"].id)
    assert len(convs) == 2
    assert [m.text for m in public.messages] == [
        "@acme where is my parcel?",
        "@acme hello?? still nothing",
    ]


def _inbound(store: Store, account_id: int, text: str) -> dict[str, object]:
    with store.session() as s:
        repo = InboxRepo(s)
        for c in repo.list_conversations(account_id):
            for m in repo.get_thread(c.id).messages:
                if m.text == text:
                    return m.classification
    raise AssertionError(f"{text!r} was not stored")


def test_a_follow_up_to_an_unanswered_complaint_is_a_complaint(store: Store) -> None:
    st = _setup(store)
    root = st.net.peer_mention(BRAND, 42, "@acme my order broke in transit, I want a refund")
    _poll(store, st)
    st.net.peer_mention(BRAND, 42, "@acme any thoughts?", in_reply_to=root)
    st.net.peer_mention(BRAND, 42, "@acme never mind, found it", in_reply_to=root)
    other = st.net.peer_mention(BRAND, 43, "@acme do you ship to Portugal?")
    _poll(store, st)
    # the same words in a thread that holds no complaint stay a question
    st.net.peer_mention(BRAND, 43, "@acme any thoughts?", in_reply_to=other)
    _poll(store, st)

    with store.session() as s:
        repo = InboxRepo(s)
        by_author = {c.contact_remote_id: c for c in repo.list_conversations(st.account_id)}
        chased = repo.get_thread(by_author["42"].id).messages
    labels = {m.text: m.classification for m in chased}
    assert labels["@acme any thoughts?"]["is_complaint"] is True
    assert labels["@acme any thoughts?"]["reasons"][0] == "follows up an unanswered complaint"
    assert labels["@acme never mind, found it"]["is_complaint"] is False
    with store.session() as s:
        repo = InboxRepo(s)
        question = repo.get_thread(by_author["43"].id).messages
    assert [m.classification["is_complaint"] for m in question] == [False, False]


@pytest.mark.parametrize("gap_seconds", [1800, 0])
def test_a_follow_up_stored_before_its_complaint_is_lifted_when_the_complaint_arrives(
    store: Store, gap_seconds: int
) -> None:
    # Some servers list notifications newest first: a poll then stores the page holding the
    # follow-up before the older page holding the complaint it follows. snac stamps posts to
    # the second, so a follow-up written right after its complaint has the same time (0).
    st = _setup(store)
    t0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def msg(rid: str, text: str, minutes: int, parent: str | None = None) -> InboundMessage:
        return InboundMessage(
            Platform.SANDBOX, rid, "42", "peer42", text,
            MessageKind.REPLY if parent else MessageKind.MENTION,
            t0 + timedelta(minutes=minutes), parent, parent,
        )  # fmt: skip

    complaint = msg("r1", "@acme my order broke in transit, I want a refund", 0)
    chase = replace(msg("r2", "@acme any thoughts?", 0, "r1"),
                    created_at=t0 + timedelta(seconds=gap_seconds))  # fmt: skip
    thanks = msg("r3", "@acme never mind, found it", 40, "r1")
    for page in ([chase, thanks], [complaint]):  # newest page first
        record_inbound_page(
            store, st.account_id, Platform.SANDBOX, page, KeywordClassifier(), t0,
            stream=MENTIONS_STREAM, cursor=None,
        )  # fmt: skip

    label = _inbound(store, st.account_id, "@acme any thoughts?")
    assert label["is_complaint"] is True
    assert label["reasons"] == ["follows up an unanswered complaint"]
    assert float(label["priority"]) >= 75.0  # type: ignore[arg-type]
    assert _inbound(store, st.account_id, "@acme never mind, found it")["is_complaint"] is False
    # The kept daily counts read the lifted follow-up as a complaint, as a rebuild does.
    with store.session() as s:
        days = MessageDayRepo(s)
        kept = days.by_day(st.account_id, t0.date(), t0.date())
        days.rebuild(st.account_id)
        assert kept == days.by_day(st.account_id, t0.date(), t0.date())
        assert kept[t0.date()][2] == 2


def test_a_follow_up_after_the_brand_answered_is_not_lifted(store: Store) -> None:
    st = _setup(store)
    root = st.net.peer_mention(BRAND, 42, "@acme my order broke in transit, I want a refund")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    asyncio.run(
        send_reply(
            store, st.net.connector(BRAND), conv.id, "So sorry, DM us", author="ana",
            clock=st.net.time,
        )
    )  # fmt: skip
    st.net.advance(1)
    st.net.peer_mention(BRAND, 42, "@acme any thoughts?", in_reply_to=root)
    _poll(store, st)

    assert _inbound(store, st.account_id, "@acme any thoughts?")["is_complaint"] is False


def test_complaints_sort_first_and_filters_apply(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 11, "@acme loving the new app, thank you")
    st.net.peer_mention(BRAND, 12, "@acme do you ship to Portugal?")
    st.net.peer_mention(BRAND, 13, "@acme you charged me twice, I want a refund. Terrible.")
    st.net.peer_mention(BRAND, 14, "@acme worst delivery ever")
    _poll(store, st)

    with store.session() as s:
        repo = InboxRepo(s)
        listed = repo.list_conversations(st.account_id)
        complaints = repo.list_conversations(st.account_id, complaints=True)
    assert [c.is_complaint for c in listed] == [True, True, False, False]
    assert listed[0].contact_remote_id == "13"  # severity 3 outranks severity 2
    assert listed[0].severity == 3
    assert listed[0].priority >= listed[1].priority >= listed[2].priority
    assert {c.contact_remote_id for c in complaints} == {"13", "14"}


def test_reply_is_recorded_with_author_and_first_response_time(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 21, "@acme my refund is late. Unacceptable.")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id, unanswered=True)[0]
    st.net.advance(0.5)
    conn = st.net.connector(BRAND)

    result = asyncio.run(
        send_reply(
            store, conn, conv.id, "Sorry! Looking into it now.", author="ana", clock=st.net.time
        )
    )
    retry = asyncio.run(
        send_reply(
            store, conn, conv.id, "Sorry! Looking into it now.", author="ana", clock=st.net.time
        )
    )

    assert retry.already_sent and retry.remote_id == result.remote_id
    assert len(st.net.world(BRAND).sent) == 1  # the retry did not post twice
    with store.session() as s:
        repo = InboxRepo(s)
        thread = repo.get_thread(conv.id)
        assert repo.list_conversations(st.account_id, unanswered=True) == []
        assert repo.count_conversations(st.account_id) == {
            "open": 1,
            "unanswered": 0,
            "complaints": 1,
            "done": 0,
            "messages": 2,
        }
    out = [m for m in thread.messages if m.direction == "out"]
    assert [(m.written_by, m.remote_id) for m in out] == [("ana", result.remote_id)]
    assert thread.conversation.first_response_at == st.net.time()
    report = sla_report(store, sla_policy(60), st.net.time(), st.account_id)
    assert report.summary.answered == 1
    assert report.summary.median_first_response_s == pytest.approx(1800.0)


def test_only_agents_may_reply_and_nothing_is_sent_otherwise(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 22, "@acme terrible service")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    with pytest.raises(UserError, match="viewer"):
        asyncio.run(
            send_reply(
                store, st.net.connector(BRAND), conv.id, "hi", author="vic", clock=st.net.time
            )
        )
    assert st.net.world(BRAND).sent == []


def test_hand_off_refuses_a_dm_without_mutual_follow_and_offers_follow_back(store: Store) -> None:
    st = _setup(store)
    outsider = 777_000_001  # follows nobody, and the brand does not follow them
    st.net.peer_mention(BRAND, outsider, "@acme the card broke after a week, I want a refund")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    conn = st.net.connector(BRAND)

    preview = asyncio.run(
        hand_off(store, conn, conv.id, author="ana", clock=st.net.time, dry_run=True)
    )
    assert st.net.world(BRAND).sent == []
    result = asyncio.run(hand_off(store, conn, conv.id, author="ana", clock=st.net.time))

    assert not preview.can_dm and "mutual follow" in preview.dm_reason
    assert result.sent and result.follow_back_offered and result.decision_id is not None
    assert result.reply_text == preview.reply_text
    assert [k for k, *_ in st.net.world(BRAND).sent] == ["reply"]
    with pytest.raises(UserError, match="one automated reply"):
        asyncio.run(hand_off(store, conn, conv.id, author="ana", clock=st.net.time))
    with pytest.raises(UserError, match="mutual follow"):
        asyncio.run(send_dm(store, conn, conv.id, "Hi, DM us", author="ana", clock=st.net.time))
    assert [k for k, *_ in st.net.world(BRAND).sent] == ["reply"]
    with store.session() as s:
        decision = s.get(DecisionRow, result.decision_id)
        assert decision is not None and decision.state == "pending"
        assert decision.remote_id == str(outsider)
        assert InboxRepo(s).get_summary(conv.id).automated_replies == 1


def test_dm_to_a_mutual_who_wrote_first_is_sent_by_a_person(store: Store) -> None:
    st = _setup(store)
    world = st.net.world(BRAND)
    mutual = next(iter(world.following))
    st.net.peer_dm(BRAND, mutual, "hello, my order is wrong")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    assert conv.channel == "private"

    sent = asyncio.run(
        send_reply(
            store, st.net.connector(BRAND), conv.id, "We'll fix it", author="ana", clock=st.net.time
        )
    )

    assert world.sent[-1][:2] == ("dm", str(mutual))
    assert sent.remote_id


def test_done_conversation_reopens_on_a_new_message(store: Store) -> None:
    st = _setup(store)
    root = st.net.peer_mention(BRAND, 31, "@acme refund please")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
        InboxRepo(s).mark_done(conv.id, by="ana", at=st.net.time())
    with store.session() as s:
        assert InboxRepo(s).list_conversations(st.account_id) == []
        assert InboxRepo(s).count_conversations()["done"] == 1
        assert InboxRepo(s).get_summary(conv.id).resolved_at == st.net.time()
    st.net.advance(1)
    st.net.peer_mention(BRAND, 31, "@acme still waiting", in_reply_to=root)
    _poll(store, st)
    with store.session() as s:
        again = InboxRepo(s).get_summary(conv.id)
    assert again.status == ConversationStatus.OPEN and again.resolved_at is None


def test_assign_needs_an_active_agent(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 41, "@acme hi?")
    _poll(store, st)
    with store.session() as s:
        repo = InboxRepo(s)
        conv = repo.list_conversations(st.account_id)[0]
        repo.assign(conv.id, "ana", by="admin", at=st.net.time())
        assert [c.id for c in repo.list_conversations(assignee="ana")] == [conv.id]
    with pytest.raises(UserError, match="viewer"), store.session() as s:
        InboxRepo(s).assign(conv.id, "vic", by="admin", at=st.net.time())
    with pytest.raises(UserError, match="no team member"), store.session() as s:
        InboxRepo(s).assign(conv.id, "nobody", by="admin", at=st.net.time())


def test_team_passwords_verify_with_argon2(store: Store) -> None:
    _setup(store)
    with store.session() as s:
        team = TeamRepo(s)
        assert team.verify_password("ana", "correct horse") == team.find("ana")
        assert team.verify_password("ana", "wrong horse") is None
        assert team.verify_password("vic", "anything") is None  # no password set
        team.deactivate("ana")
        assert team.verify_password("ana", "correct horse") is None
        assert [m.name for m in team.list_members()] == ["vic"]
        with pytest.raises(UserError, match="already exists"):
            team.add_member("vic", Role.ADMIN)


def test_community_suggests_followers_positive_posts(store: Store) -> None:
    st = _setup(store)
    world = st.net.world(BRAND)
    fan = int(world.follower_ids[0])
    st.net.peer_mention(BRAND, fan, "@acme love the new app, thank you!")
    st.net.peer_mention(BRAND, 999_000_001, "@acme great stuff, thank you")  # not a follower
    _poll(store, st)
    from followback.store.tables import FollowEdgeRow

    with store.session() as s:
        s.add(
            FollowEdgeRow(
                brand_account_id=st.account_id,
                remote_id=str(fan),
                direction="follower",
                first_seen=st.net.time(),
                last_seen=st.net.time(),
            )
        )
    picks = suggest_community_reposts(store, st.account_id)
    assert [p.author_id for p in picks] == [str(fan)]


def test_auto_assign_spreads_conversations_over_agents(store: Store) -> None:
    from followback.actions.conversations import auto_assign
    from followback.inbox.assignment import AssignmentRule

    st = _setup(store)
    with store.session() as s:
        TeamRepo(s).add_member("bo", Role.ADMIN)
    for author in (51, 52, 53):
        st.net.peer_mention(BRAND, author, f"@acme question {author}?")
    _poll(store, st)
    with store.session() as s:
        ids = sorted(c.id for c in InboxRepo(s).list_conversations(st.account_id))

    least = [auto_assign(store, i, clock=st.net.time) for i in ids]
    robin = [auto_assign(store, i, rule=AssignmentRule.ROUND_ROBIN, clock=st.net.time) for i in ids]

    assert least == ["ana", "bo", "ana"]  # the viewer is never picked
    assert robin == ["bo", "ana", "bo"]


def test_sla_filter_lists_conversations_waiting_too_long(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 61, "@acme anyone there?")
    st.net.advance(2)
    st.net.peer_mention(BRAND, 62, "@acme hello?")
    _poll(store, st)
    policy = sla_policy(60)
    with store.session() as s:
        late = InboxRepo(s).list_conversations(st.account_id, sla=(policy, st.net.time()))
    assert [c.contact_remote_id for c in late] == ["61"]
    report = sla_report(store, policy, st.net.time(), st.account_id)
    assert [a.state.value for a in report.alerts] == ["breached"]
    assert report.summary.unanswered == 2


class RefusingReplies:
    """Wraps a connector whose send_reply is refused by the platform once."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.refusals = 1

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    async def send_reply(self, in_reply_to: str, text: str, **kw: object) -> str:
        if self.refusals:
            self.refusals -= 1
            raise RejectedError("post refused")
        return await self.inner.send_reply(in_reply_to, text)  # type: ignore[attr-defined,no-any-return]


def test_a_refused_reply_records_nothing_and_can_be_retried(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 71, "@acme refund?")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    conn = RefusingReplies(st.net.connector(BRAND))

    with pytest.raises(RejectedError):
        asyncio.run(send_reply(store, conn, conv.id, "Sorry!", author="ana", clock=st.net.time))  # type: ignore[arg-type]
    with store.session() as s:
        action = s.scalars(select(ActionRow)).one()
        assert (action.state, action.error) == ("failed", "RejectedError: post refused")
        assert InboxRepo(s).get_summary(conv.id).first_response_at is None
    assert st.net.world(BRAND).sent == []

    again = asyncio.run(send_reply(store, conn, conv.id, "Sorry!", author="ana", clock=st.net.time))  # type: ignore[arg-type]

    assert not again.already_sent and len(st.net.world(BRAND).sent) == 1
    with store.session() as s:
        action = s.scalars(select(ActionRow)).one()
        assert (action.state, action.attempts, action.remote_ref) == ("done", 2, again.remote_id)


class LandsThenTimesOut:
    """Replies land on the platform, then the answer is lost (a timeout after the write)."""

    def __init__(self, inner: SandboxConnector) -> None:
        self.inner = inner
        self.platform = inner.platform
        self.capabilities = inner.capabilities

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    async def send_reply(self, in_reply_to: str, text: str, **kw: object) -> str:
        await self.inner.send_reply(in_reply_to, text)
        raise OutcomeUnknownError("sandbox send_reply: timed out after sending")


def _unknown_reply(store: Store, text: str) -> tuple[Setup, int]:
    st = _setup(store)
    st.net.peer_mention(BRAND, 72, "@acme hello?")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    lossy = LandsThenTimesOut(st.net.connector(BRAND))
    with pytest.raises(OutcomeUnknownError, match="may have been posted; followback will check"):
        asyncio.run(send_reply(store, lossy, conv.id, text, author="ana", clock=st.net.time))  # type: ignore[arg-type]
    with store.session() as s:
        action = s.scalars(select(ActionRow)).one()
        assert action.state == "pending" and action.error.startswith("outcome unknown")
        assert InboxRepo(s).get_summary(conv.id).first_response_at is None
    return st, conv.id


def test_a_reply_whose_answer_was_lost_is_reconciled_not_refused_or_resent(
    store: Store,
) -> None:
    st, conv_id = _unknown_reply(store, "Hi!")
    conn = st.net.connector(BRAND)

    again = asyncio.run(send_reply(store, conn, conv_id, "Hi!", author="ana", clock=st.net.time))

    assert again.already_sent and again.remote_id == st.net.world(BRAND).sent_refs[0]
    assert len(st.net.world(BRAND).sent) == 1  # read back, not posted twice
    with store.session() as s:
        assert s.scalars(select(ActionRow)).one().state == "done"
        thread = InboxRepo(s).get_thread(conv_id)
    assert [m.remote_id for m in thread.messages if m.direction == "out"] == [again.remote_id]


def test_the_outbox_run_reconciles_a_reply_whose_answer_was_lost(store: Store) -> None:
    st, conv_id = _unknown_reply(store, "Hello there")
    conn = st.net.connector(BRAND)

    report = asyncio.run(run_actions(store, conn, st.account_id, clock=st.net.time))

    assert (report.done, report.reconciled) == (1, 1)
    assert len(st.net.world(BRAND).sent) == 1
    with store.session() as s:
        assert InboxRepo(s).get_summary(conv_id).first_response_at is not None
        out = [m for m in InboxRepo(s).get_thread(conv_id).messages if m.direction == "out"]
    assert [(m.text, m.written_by) for m in out] == [("Hello there", "ana")]


def test_a_send_in_flight_elsewhere_is_refused_until_its_lease_ends(store: Store) -> None:
    st, conv_id = _unknown_reply(store, "Hi!")
    with store.session() as s:
        s.scalars(select(ActionRow)).one().state = "in_flight"  # another process is sending it
    conn = st.net.connector(BRAND)
    with pytest.raises(UserError, match="being sent right now"):
        asyncio.run(send_reply(store, conn, conv_id, "Hi!", author="ana", clock=st.net.time))
    st.net.advance(1.0)  # past the lease: that process died; reconciled, not re-sent
    again = asyncio.run(send_reply(store, conn, conv_id, "Hi!", author="ana", clock=st.net.time))
    assert again.already_sent and len(st.net.world(BRAND).sent) == 1


def test_tags_are_trimmed_lowercased_and_removable(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 73, "@acme hi")
    _poll(store, st)
    with store.session() as s:
        repo = InboxRepo(s)
        cid = repo.list_conversations(st.account_id)[0].id
        assert repo.tag(cid, add=[" Billing ", "billing", "VIP"]) == ["billing", "vip"]
        assert repo.tag(cid, remove=["VIP"]) == ["billing"]
        with pytest.raises(UserError, match="empty"):
            repo.tag(cid, add=["  "])


def test_tagging_and_done_are_audited_actions(store: Store) -> None:
    # `followback inbox tag` changed tags without an audit entry; the action writes one.
    from followback.actions.conversations import apply_tags, record_done
    from followback.store.audit import AuditRepo

    st = _setup(store)
    st.net.peer_mention(BRAND, 74, "@acme hi")
    _poll(store, st)
    with store.read() as s:
        cid = InboxRepo(s).list_conversations(st.account_id)[0].id
    tags = apply_tags(store, cid, add=["Billing"], by="cli", clock=st.net.time)
    record_done(store, cid, by="cli", clock=st.net.time)
    with store.read() as s:
        entries = AuditRepo(s).list(None, st.account_id, None, limit=10)
    assert tags == ["billing"]
    assert {(e.verb, e.actor) for e in entries} >= {("inbox.tag", "cli"), ("inbox.done", "cli")}


def test_no_hand_off_where_the_platform_has_no_private_messages(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 74, "@acme worst service, refund now")
    _poll(store, st)
    with store.session() as s:
        cid = InboxRepo(s).list_conversations(st.account_id)[0].id
    conn = st.net.connector(BRAND)
    conn.capabilities = replace(conn.capabilities, dms=False)

    with pytest.raises(UserError, match="no private messages"):
        asyncio.run(hand_off(store, conn, cid, author="ana", clock=st.net.time))
    assert st.net.world(BRAND).sent == []


def test_a_rate_limited_reply_is_scheduled_and_sent_once_when_allowed(store: Store) -> None:
    from followback.domain.rules import LimitSpec
    from followback.store.actions import ActionRepo

    st = _setup(store)
    st.net.peer_mention(BRAND, 73, "@acme hi?")
    _poll(store, st)
    with store.read() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    conn = st.net.connector(BRAND)
    conn.capabilities = conn.capabilities.with_limits(
        (LimitSpec("replies_hour", 5, 3600, {"reply": 1}, "followback: test"),)
    )
    asyncio.run(send_reply(store, conn, conv.id, "One", author="ana", clock=st.net.time))
    two = asyncio.run(send_reply(store, conn, conv.id, "Two", author="ana", clock=st.net.time))
    # Not refused: kept in the outbox with its not-before time, shown as scheduled.
    assert two.scheduled_for is not None and two.scheduled_for > st.net.time()
    assert two.remote_id == "" and not two.already_sent
    assert [t for _, _, t, _ in st.net.world(BRAND).sent] == ["One"]
    with store.read() as s:
        waiting = ActionRepo(s).scheduled_sends(conv.id)
    assert [(x.text, x.not_before) for x in waiting] == [("Two", two.scheduled_for)]
    # The same reply again while it waits: still one action, still not posted.
    again = asyncio.run(send_reply(store, conn, conv.id, "Two", author="ana", clock=st.net.time))
    assert again.action_id == two.action_id and again.scheduled_for is not None
    # An outbox run before the time sends nothing; once the bucket allows, exactly once.
    asyncio.run(run_actions(store, conn, st.account_id, clock=st.net.time))
    assert [t for _, _, t, _ in st.net.world(BRAND).sent] == ["One"]
    st.net.advance(2.0)
    for _ in range(2):
        asyncio.run(run_actions(store, conn, st.account_id, clock=st.net.time))
    assert [t for _, _, t, _ in st.net.world(BRAND).sent] == ["One", "Two"]
    with store.read() as s:
        assert ActionRepo(s).scheduled_sends(conv.id) == []
        texts = [m.text for m in InboxRepo(s).get_thread(conv.id).messages if m.direction == "out"]
    assert texts == ["One", "Two"]  # recorded in the conversation when it went out


class ChatAnswering(SandboxConnector):
    """The sandbox connector plus a platform answer on chats, as Bluesky's chat service
    gives (``chat.bsky.convo.getConvoAvailability``); ``answer`` is what it says."""

    answer = DmAvailability(False, "following", False)
    asked: list[str]

    async def check_dm_availability(self, remote_id: str) -> DmAvailability:
        self.asked.append(remote_id)
        return self.answer


def test_hand_off_asks_the_platform_and_tells_the_customer_what_to_do(store: Store) -> None:
    st = _setup(store)
    st.net.peer_mention(BRAND, 777_000_002, "@acme the card broke after a week, I want a refund")
    _poll(store, st)
    with store.session() as s:
        conv = InboxRepo(s).list_conversations(st.account_id)[0]
    conn = st.net.connector(BRAND)
    conn.__class__ = ChatAnswering
    conn.asked = []  # type: ignore[attr-defined]

    result = asyncio.run(hand_off(store, conn, conv.id, author="ana", clock=st.net.time))

    assert conn.asked == ["777000002"]  # type: ignore[attr-defined]
    assert not result.can_dm and result.customer_step == f"follow @{BRAND} so we can message you"
    assert f"please follow @{BRAND} so we can message you" in result.reply_text
    sent = st.net.world(BRAND).sent
    assert [k for k, *_ in sent] == ["reply"] and result.reply_text in str(sent[0])
    with pytest.raises(UserError, match="only from accounts they follow"):
        asyncio.run(send_dm(store, conn, conv.id, "Hi", author="ana", clock=st.net.time))


class ChatDown:
    """Wraps a connector whose DM service answers 500 to every read (the local AT Protocol
    network runs no chat service at all), counting the calls."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.dm_calls = 0
        self.down = True

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        self.dm_calls += 1
        if self.down:
            raise TransientError("read chat log: server error 500")
        return await self.inner.fetch_dms(cursor)  # type: ignore[attr-defined,no-any-return]


def test_a_dm_service_that_keeps_failing_is_paused_then_read_again(store: Store) -> None:
    # Every cycle called the missing chat service and wrote an api_error entry; now three
    # failures in a row pause the DM stream (one audit entry), mentions go on being read,
    # and after the pause the stream resumes from its cursor with nothing lost.
    st = _setup(store, messages_per_day=200.0)
    st.net.advance(12)
    chat = ChatDown(_small_pages(st.net.connector(BRAND)))
    reports = [_poll(store, st, chat) for _ in range(5)]
    assert chat.dm_calls == 3  # polls 4 and 5 left the DM stream alone
    assert [bool(r.paused) for r in reports] == [False, False, True, True, True]  # type: ignore[attr-defined]
    assert all(r.streams.get(MENTIONS_STREAM) is not None for r in reports)  # type: ignore[attr-defined]
    with store.session() as s:
        paused = s.scalar(
            select(func.count(AuditRow.id)).where(AuditRow.verb == "inbox.stream_paused")
        )
    assert paused == 1
    chat.down = False
    st.net.advance(0.5)  # past the first 15-minute pause
    resumed = _poll(store, st, chat)
    assert resumed.complete and not resumed.paused  # type: ignore[attr-defined]
    world = st.net.world(BRAND)
    assert _message_count(store) == len(world.messages) + len(world.dms)
    with store.session() as s:
        state = s.scalars(select(SyncStateRow).where(SyncStateRow.stream == DMS_STREAM)).one()
    assert state.data["failures"] == 0 and state.data["paused_until"] is None


def test_a_customer_chasing_an_unanswered_complaint_elsewhere_is_a_complaint(
    store: Store,
) -> None:
    # A customer who is not answered writes again in a new post or a DM, with words that
    # name nothing; until the brand answers, and for a week at most.
    st = _setup(store)
    t0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def msg(rid: str, author: str, text: str, hours: float, dm: bool = False) -> InboundMessage:
        kind = MessageKind.DM if dm else MessageKind.MENTION
        at = t0 + timedelta(hours=hours)
        return InboundMessage(Platform.SANDBOX, rid, author, f"peer{author}", text, kind, at)

    def ingest(*items: InboundMessage) -> None:
        record_inbound_page(
            store, st.account_id, Platform.SANDBOX, list(items), KeywordClassifier(), t0,
            stream=MENTIONS_STREAM, cursor=None,
        )  # fmt: skip

    def labels(text: str) -> dict[str, dict[str, object]]:
        """Author -> classification of each stored message with ``text``."""
        with store.session() as s:
            repo = InboxRepo(s)
            return {
                c.contact_remote_id: m.classification
                for c in repo.list_conversations(st.account_id)
                for m in repo.get_thread(c.id).messages
                if m.text == text
            }

    ingest(msg("c1", "42", "@acme my order broke in transit, I want a refund", 0))
    ingest(
        msg("n1", "42", "@acme hello??", 2),
        msg("d1", "42", "hi, it's about order 4471", 3, dm=True),
        msg("n2", "43", "@acme hello??", 2),  # another customer: nothing to chase
        msg("n3", "42", "@acme love the new store on Main St, thanks!", 4),
        msg("q1", "42", "@acme do you ship to Portugal?", 4),
    )
    hello = labels("@acme hello??")
    assert hello["42"]["is_complaint"] is True and hello["43"]["is_complaint"] is False
    dm = labels("hi, it's about order 4471")["42"]
    assert dm["is_complaint"] is True
    assert dm["reasons"][0] == "follows up an unanswered complaint"  # type: ignore[index]
    assert labels("@acme love the new store on Main St, thanks!")["42"]["is_complaint"] is False
    # a new question from the same customer is a question (in its own thread it would chase)
    gift = labels("@acme do you ship to Portugal?")["42"]
    assert gift["is_complaint"] is False

    ingest(msg("c2", "45", "@acme the app keeps crashing, useless", 0))
    with store.session() as s:  # the brand answers that complaint
        repo = InboxRepo(s)
        (answered,) = [c for c in repo.list_conversations(st.account_id)
                       if c.contact_remote_id == "45"]  # fmt: skip
        repo.record_outbound(
            answered.id, remote_id="o1", text="So sorry! DM us.", written_by="ana",
            at=t0 + timedelta(hours=1),
        )  # fmt: skip
    ingest(msg("n4", "45", "@acme any update?", 6))
    ingest(msg("c3", "44", "@acme the app keeps crashing, useless", 0))
    ingest(msg("n5", "44", "@acme any update?", 24 * 8))  # over a week later
    later = labels("@acme any update?")
    assert later["45"]["is_complaint"] is False and later["44"]["is_complaint"] is False
