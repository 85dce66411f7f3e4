"""Listening against a scripted searcher: rules, dedupe against mentions, ranking, marks,
X's budget, the volume series and the spike alert."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from followback.actions.listening import set_listen_rules
from followback.connectors.base import Page
from followback.domain import FollowMode, InboundMessage, MessageKind, Platform, Role, UserError
from followback.inbox.classify import Classification
from followback.services.listen import check_spike, listen_account
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.listening import ListenRepo
from followback.store.tables import ActionRow, MessageRow, NotificationRow
from followback.store.team import TeamRepo

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


class Words:
    """Complaint when the text says broken/refund; deterministic, no model."""

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        out = []
        for t in texts:
            bad = "broken" in t or "refund" in t
            out.append(
                Classification(
                    0.9 if bad else 0.1,
                    bad,
                    3 if bad else 1,
                    "negative" if bad else "neutral",
                    "complaint" if bad else "other",
                    "en",
                    "t",
                )
            )
        return out


def post(
    n: int,
    text: str,
    *,
    kind: MessageKind = MessageKind.HEARD,
    age_min: int = 0,
    platform: Platform = Platform.BLUESKY,
    followers: int = 100,
) -> InboundMessage:
    return InboundMessage(
        platform=platform,
        remote_id=f"p{n}",
        author_id=f"a{n % 3}",
        author_handle=f"user{n % 3}",
        text=text,
        kind=kind,
        created_at=NOW - timedelta(minutes=age_min),
        author_followers=followers,
    )


@dataclass
class Searcher:
    """A scripted PostSearch: ``pages[term]`` lists pages (newest first) served in order."""

    pages: dict[str, list[list[InboundMessage]]]
    platform: Platform = Platform.BLUESKY
    searches_keywords: bool = True
    search_price_usd: Decimal | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)

    async def search_posts(self, term: str, **kw: Any) -> Page[InboundMessage]:
        self.calls.append({"term": term, **kw})
        served = [c for c in self.calls if c["term"] == term]
        pages = self.pages.get(term, [])
        i = len(served) - 1
        if i >= len(pages):
            return Page([], None)
        items = pages[i][: kw["limit"]] if kw.get("limit") else pages[i]
        return Page(items, f"c{i + 1}" if i + 1 < len(pages) else None)


def _account(store: Store, **listen: Any) -> int:
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.BLUESKY, "acme.test", "did:plc:brand", FollowMode.REVIEW
        )
        TeamRepo(s).add_member("ana", Role.ADMIN)
        set_listen_rules(s, account_id, listen, member="ana", at=NOW)
    return account_id


def _listen(store: Store, searcher: Searcher, account_id: int, at: datetime = NOW) -> Any:
    return asyncio.run(
        listen_account(store, searcher, account_id, clock=lambda: at, classifier=Words())  # type: ignore[arg-type]
    )


def _messages(store: Store) -> dict[str, MessageRow]:
    with store.session() as s:
        return {m.remote_id: m for m in s.scalars(select(MessageRow))}


def test_rule_decides_and_addressed_posts_are_left_to_mentions(store: Store) -> None:
    account_id = _account(
        store, keywords=["acme tent"], hashtags=["acmefail"], exclude=["acme corp"]
    )
    searcher = Searcher(
        {
            "#acmefail": [[post(1, "so sad #AcmeFail")]],
            "acme tent": [
                [
                    post(2, "my Acme Tent is broken, refund please"),
                    post(3, "acme tentacles are a different thing"),  # search hit, no match
                    post(4, "acme tent review by Acme Corp"),  # excluded
                    post(5, "@acme.test acme tent question", kind=MessageKind.MENTION),
                    post(6, "our acme tent sale", kind=MessageKind.OUTBOUND),
                ]
            ],
        }
    )
    report = _listen(store, searcher, account_id)
    assert report.terms == 2 and report.new_messages == 2 and report.complaints == 1
    assert report.unmatched == 2 and report.addressed == 2
    msgs = _messages(store)
    assert set(msgs) == {"p1", "p2"}
    assert msgs["p2"].kind == "heard" and msgs["p2"].classification["is_complaint"]
    with store.session() as s:
        conv = InboxRepo(s).get_summary(msgs["p2"].conversation_id)
        # Never automatically: listening queues no reply, DM or any other platform write.
        assert list(s.scalars(select(ActionRow))) == []
    assert "heard" in conv.tags and conv.is_complaint and conv.severity == 3


def test_a_post_stored_as_a_mention_is_not_stored_again_and_ranks_above_heard(
    store: Store,
) -> None:
    account_id = _account(store, keywords=["acme"])
    text = "acme stove arrived broken, I want a refund"
    mention = post(10, "@acme.test " + text, kind=MessageKind.MENTION)
    from dataclasses import asdict

    from followback.inbox.priority import priority

    label = Words().classify([mention.text])[0]
    with store.session() as s:  # stored as the inbox poll stores a mention
        InboxRepo(s).record_inbound(
            account_id,
            mention,
            classification=asdict(label),
            priority=priority(label, mention.author_followers, 0, 0),
            at=NOW,
        )
    heard_twin = post(10, "@acme.test " + text)  # the same post, seen by search
    heard_other = post(11, text)  # another author's identical complaint, not addressed
    report = _listen(store, Searcher({"acme": [[heard_twin, heard_other]]}), account_id)
    assert report.duplicates == 1 and report.new_messages == 1
    msgs = _messages(store)
    assert msgs["p10"].kind == "mention" and msgs["p11"].kind == "heard"
    # Same text, same severity and reach: the mention ranks higher.
    heard_priority = msgs["p11"].classification["priority"]
    with store.session() as s:
        first = InboxRepo(s).list_conversations(account_id)
    assert [c.tags for c in first] == [[], ["heard"]]
    assert first[1].priority == heard_priority < first[0].priority


def test_marks_stop_the_next_run_at_the_newest_post_seen(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])
    page1 = [post(21, "acme one", age_min=1), post(20, "acme two", age_min=2)]
    searcher = Searcher({"acme": [page1]})
    assert _listen(store, searcher, account_id).new_messages == 2
    with store.session() as s:
        assert ListenRepo(s).marks(account_id)["acme"]["id"] == "p21"
    # Next run: one newer post, then the old ones again; the walk stops at the mark.
    later = NOW + timedelta(minutes=10)
    searcher2 = Searcher(
        {"acme": [[post(22, "acme three", age_min=-5), *page1], [post(1, "acme x")]]}
    )
    report = _listen(store, searcher2, account_id, at=later)
    assert report.new_messages == 1 and report.pages == 1
    assert searcher2.calls[0]["since_id"] == "p21"
    assert len(_messages(store)) == 3


def test_first_run_looks_back_three_days_only(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])
    old = post(30, "acme long ago", age_min=60 * 24 * 4)
    report = _listen(store, Searcher({"acme": [[post(31, "acme now"), old]]}), account_id)
    assert report.new_messages == 1 and "p30" not in _messages(store)


def test_mastodon_keywords_only_with_full_text_search(store: Store) -> None:
    account_id = _account(store, keywords=["acme"], hashtags=["acme"])
    masto = Searcher({}, platform=Platform.MASTODON, searches_keywords=False)
    _listen(store, masto, account_id)
    assert [c["term"] for c in masto.calls] == ["#acme"]
    with store.session() as s:
        set_listen_rules(s, account_id, {"full_text_search": True}, member="ana")
    masto2 = Searcher({}, platform=Platform.MASTODON, searches_keywords=False)
    _listen(store, masto2, account_id)
    assert [c["term"] for c in masto2.calls] == ["#acme", "acme"]


def test_x_budget_is_never_exceeded(store: Store) -> None:
    account_id = _account(store, keywords=["acme"], x_monthly_budget_usd=0.12)  # 24 posts
    many = [post(100 + i, f"acme post {i}", platform=Platform.X, age_min=i) for i in range(100)]
    pages = [many[i : i + 100] for i in range(0, 100, 100)] * 3
    x = Searcher({"acme": pages}, platform=Platform.X, search_price_usd=Decimal("0.005"))
    report = _listen(store, x, account_id)
    assert [c["limit"] for c in x.calls] == [24]  # asked for no more than the budget pays for
    assert x.calls[0]["exclude"] == ()
    assert report.budget is not None and report.budget.budget_usd == Decimal("0.12")
    with store.session() as s:
        posts, spent = ListenRepo(s).x_spend(account_id, "2026-11")
    assert posts == 24 and spent == Decimal("0.120") and spent <= Decimal("0.12")
    # The month's budget is spent: the next run makes no call at all.
    x2 = Searcher({"acme": pages}, platform=Platform.X, search_price_usd=Decimal("0.005"))
    again = _listen(store, x2, account_id, at=NOW + timedelta(hours=1))
    assert x2.calls == [] and again.budget_exhausted
    # A new month has a new budget.
    x3 = Searcher({"acme": pages}, platform=Platform.X, search_price_usd=Decimal("0.005"))
    _listen(store, x3, account_id, at=datetime(2026, 12, 1, 0, 5, tzinfo=UTC))
    assert [c["limit"] for c in x3.calls] == [24]


def test_x_off_without_a_budget_and_below_ten_posts_left(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])  # budget 0: X listening off
    x = Searcher(
        {"acme": [[post(1, "acme")]]}, platform=Platform.X, search_price_usd=Decimal("0.005")
    )
    assert _listen(store, x, account_id).budget_exhausted and x.calls == []
    with store.session() as s:
        set_listen_rules(s, account_id, {"x_monthly_budget_usd": 0.049}, member="ana")  # 9 posts
    assert _listen(store, x, account_id).budget_exhausted and x.calls == []


def _plant(store: Store, account_id: int, per_day: list[int], today_complaints: int) -> None:
    """Complaints per previous day (oldest first), then today's."""
    n = 0
    with store.session() as s:  # one mention per complaint, at 09:00 on its day
        repo = InboxRepo(s)
        days = len(per_day)
        for i, count in enumerate([*per_day, today_complaints]):
            day = NOW - timedelta(days=days - i)
            for _ in range(count):
                n += 1
                repo.record_inbound(
                    account_id,
                    InboundMessage(
                        Platform.BLUESKY,
                        f"s{n}",
                        f"u{n}",
                        f"u{n}",
                        "broken",
                        MessageKind.MENTION,
                        day.replace(hour=9),
                    ),
                    classification={"is_complaint": True},
                    at=NOW,
                )


def test_planted_spike_queues_one_alert_a_day(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])
    _plant(store, account_id, [2, 3, 1, 2, 3, 2, 1] * 4, 20)
    verdict, days = check_spike(store, account_id, clock=lambda: NOW)
    assert verdict.spike and days[-1].complaints == 20 and len(days) == 29
    check_spike(store, account_id, clock=lambda: NOW + timedelta(hours=1))  # same day: no 2nd
    with store.session() as s:
        rows = list(s.scalars(select(NotificationRow)))
    assert [(r.kind, r.severity, r.channel) for r in rows] == [("listen.spike", "critical", "")]
    assert "20 complaints" in rows[0].body


def test_planted_non_spike_queues_nothing(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])
    _plant(store, account_id, [2, 3, 1, 2, 3, 2, 1] * 4, 5)
    verdict, _ = check_spike(store, account_id, clock=lambda: NOW)
    assert not verdict.spike
    with store.session() as s:
        assert list(s.scalars(select(NotificationRow))) == []


def test_spike_alert_can_be_turned_off(store: Store) -> None:
    account_id = _account(store, keywords=["acme"], spike_alert=False)
    _plant(store, account_id, [1] * 28, 30)
    report = _listen(store, Searcher({}), account_id)
    assert report.spike is not None and report.spike.spike
    with store.session() as s:
        assert list(s.scalars(select(NotificationRow))) == []


def test_daily_volume_counts_mentions_heard_and_complaints(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])
    searcher = Searcher({"acme": [[post(1, "acme broken"), post(2, "acme fine")]]})
    _listen(store, searcher, account_id)
    with store.session() as s:
        InboxRepo(s).record_inbound(
            account_id,
            post(3, "@acme.test hi", kind=MessageKind.MENTION),
            classification={},
            at=NOW,
        )
        days = ListenRepo(s).daily_volume(account_id, NOW.date() - timedelta(days=1), NOW.date())
    assert [(d.mentions, d.heard, d.complaints) for d in days] == [(0, 0, 0), (1, 2, 1)]


def test_listen_rules_need_an_admin_and_valid_values(store: Store) -> None:
    account_id = _account(store, keywords=["acme"])
    with store.session() as s:
        TeamRepo(s).add_member("bo", Role.AGENT)
    with pytest.raises(UserError, match="admin"), store.session() as s:
        set_listen_rules(s, account_id, {"keywords": ["x"]}, member="bo")
    with pytest.raises(UserError, match="hashtags"), store.session() as s:
        set_listen_rules(s, account_id, {"hashtags": ["not a tag"]}, member="ana")
    with pytest.raises(UserError, match="nonsense"), store.session() as s:
        set_listen_rules(s, account_id, {"nonsense": 1}, member="ana")
    with store.session() as s:
        assert ListenRepo(s).get(account_id).keywords == ["acme"]
        same = set_listen_rules(s, account_id, {"keywords": ["acme"]}, member="ana")
    assert not same.changed


@dataclass
class Streamer(Searcher):
    """A searcher that also streams posts (Bluesky with a jetstream_url)."""

    stream: list[InboundMessage] = field(default_factory=list)
    stream_calls: list[tuple[int | None, int]] = field(default_factory=list)
    streams_posts: bool = True

    async def read_post_events(
        self, keep: Any, *, cursor_us: int | None, until_us: int
    ) -> tuple[list[InboundMessage], int | None]:
        self.stream_calls.append((cursor_us, until_us))
        return [m for m in self.stream if keep(m.text)], until_us + 7


def test_jetstream_posts_for_accounts_that_opt_in(store: Store) -> None:
    account_id = _account(store, keywords=["acme"], exclude=["acme corp"])
    posts = [post(40, "acme boots broken"), post(41, "acme corp news"), post(42, "hello")]
    off = Streamer({}, stream=posts)
    _listen(store, off, account_id)
    assert off.stream_calls == []  # not opted in
    with store.session() as s:
        set_listen_rules(s, account_id, {"jetstream": True}, member="ana")
    on = Streamer({}, stream=posts)
    report = _listen(store, on, account_id)
    until = int(NOW.timestamp() * 1_000_000)
    assert on.stream_calls == [(until - 300_000_000, until)]  # first batch: 5 minutes back
    assert report.stream_posts == 1 and report.new_messages == 1 and report.complaints == 1
    assert set(_messages(store)) == {"p40"}
    again = Streamer({}, stream=posts)
    assert _listen(store, again, account_id, at=NOW + timedelta(minutes=15)).new_messages == 0
    assert again.stream_calls[0][0] == until + 7  # resumes from the stored cursor
