"""Second looks: screened-out followers who talk to the brand come back to review;
followed accounts are scored again and the newly suspicious wait on an "unfollow?" list
for a person (never an automatic unfollow)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from followback.actions.learning import resolve_unfollow_check
from followback.domain import DEFAULT_CAPABILITIES, Direction, FollowMode, Platform, Profile
from followback.screening.model import Score
from followback.services.decide import decide_account
from followback.services.profiles import save_profiles
from followback.services.second_looks import list_unfollow_checks
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.policies import PolicyRepo
from followback.store.tables import (
    ActionRow,
    ContactRow,
    ConversationRow,
    DecisionRow,
    MessageRow,
)

AT = datetime(2026, 11, 22, tzinfo=UTC)


class _ByName:
    """0.9 (screened out) for names containing "spam", else 0.1."""

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [Score(0.9 if "spam" in p.display_name else 0.1, (), "stub") for p in profiles]


def _setup(store: Store, profiles: list[Profile], direction: Direction) -> int:
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.MASTODON, "brand@x", "1", FollowMode.REVIEW)
        PolicyRepo(s).record(account_id, {"deny": ["denied@x"]}, by="test", at=AT)
        save_profiles(s, Platform.MASTODON, profiles)
        EdgeRepo(s).record_arrivals(
            account_id, direction, [(p.remote_id, AT) for p in profiles], seen_at=AT,
            via="listing",
        )  # fmt: skip
    return account_id


def _decide(store: Store, account_id: int, at: datetime) -> None:
    asyncio.run(decide_account(store, None, account_id, clock=lambda: at, scorer=_ByName()))


def _mention(store: Store, account_id: int, author: str, at: datetime) -> None:
    with store.session() as s:
        contact = ContactRow(platform="mastodon", remote_id=author, handle=author, created_at=at)
        s.add(contact)
        s.flush()
        conv = ConversationRow(
            brand_account_id=account_id, contact_id=contact.id, thread_key=f"t{author}",
            channel="public", status="open", opened_at=at,
        )  # fmt: skip
        s.add(conv)
        s.flush()
        s.add(
            MessageRow(
                conversation_id=conv.id, platform="mastodon", remote_id=f"m{author}",
                kind="mention", direction="in", author_id=author, text="hi!", created_at=at,
            )
        )  # fmt: skip


def _current(store: Store) -> dict[str, DecisionRow]:
    with store.session() as s:
        rows = s.scalars(select(DecisionRow).where(DecisionRow.superseded.is_(False)))
        return {r.remote_id: r for r in rows}


def test_screened_out_followers_who_talk_to_the_brand_come_back_to_review(store: Store) -> None:
    spam = Profile(Platform.MASTODON, "1", "seller@x", AT, display_name="spam shop")
    denied = Profile(Platform.MASTODON, "2", "denied@x", AT, display_name="Dee")
    quiet = Profile(Platform.MASTODON, "3", "quiet@x", AT, display_name="spam quiet")
    account_id = _setup(store, [spam, denied, quiet], Direction.FOLLOWER)
    _decide(store, account_id, AT)
    assert {r.verdict for r in _current(store).values()} == {"skip"}
    _mention(store, account_id, "1", AT + timedelta(days=2))
    _mention(store, account_id, "2", AT + timedelta(days=2))
    _decide(store, account_id, AT + timedelta(days=3))
    rows = _current(store)
    assert rows["1"].verdict == "review" and rows["1"].state == "pending"
    assert rows["1"].reasons[0]["rule"] == "talked_back"
    assert "mention" in rows["1"].reasons[0]["text"]
    assert rows["2"].verdict == "skip"  # on the deny list: talking changes nothing
    assert rows["3"].verdict == "skip"  # never talked
    _decide(store, account_id, AT + timedelta(days=4))  # reopened once, not every run
    with store.session() as s:
        assert len(s.scalars(select(DecisionRow).where(DecisionRow.remote_id == "1")).all()) == 2


def test_followed_accounts_are_rechecked_and_flagged_for_a_person(store: Store) -> None:
    good = Profile(Platform.MASTODON, "7", "good@x", AT, display_name="Good")
    turned = Profile(Platform.MASTODON, "8", "turned@x", AT, display_name="Nice")
    account_id = _setup(store, [good, turned], Direction.FOLLOWING)
    _decide(store, account_id, AT)
    assert list_unfollow_checks(store, account_id) == []
    with store.session() as s:  # the account turns into a spam shop
        save_profiles(s, Platform.MASTODON, [replace(turned, display_name="spam deals")])
    _decide(store, account_id, AT + timedelta(days=1))
    flagged = list_unfollow_checks(store, account_id)
    assert [(c.remote_id, c.handle) for c in flagged] == [("8", "turned@x")]
    assert flagged[0].bot_score == 0.9 and flagged[0].reasons[0]["rule"] == "screening"
    with store.session() as s:
        assert s.scalars(select(ActionRow)).all() == []  # nothing unfollowed by itself
    state = resolve_unfollow_check(
        store, account_id, "8", keep=False, by="member:ana", clock=lambda: AT
    )
    assert state == "unfollowed" and list_unfollow_checks(store, account_id) == []
    with store.session() as s:
        action = s.scalars(select(ActionRow)).one()
    assert (action.kind, action.target, action.requested_by) == ("unfollow", "8", "member:ana")


def test_a_month_on_followed_accounts_are_fetched_and_scored_again(store: Store) -> None:
    good = Profile(Platform.MASTODON, "7", "good@x", AT, display_name="Good")
    account_id = _setup(store, [good], Direction.FOLLOWING)
    _decide(store, account_id, AT)

    class _Server:
        platform = Platform.MASTODON
        capabilities = DEFAULT_CAPABILITIES[Platform.MASTODON]

        def __init__(self) -> None:
            self.fetched: list[str] = []

        async def fetch_profile(self, remote_id: str) -> Profile:
            self.fetched.append(remote_id)
            return replace(good, display_name="spam now")

    server = _Server()
    later = AT + timedelta(days=31)
    report = asyncio.run(
        decide_account(store, server, account_id, clock=lambda: later, scorer=_ByName())  # type: ignore[arg-type]
    )
    assert server.fetched == ["7"] and report.recheck_calls == 1 and report.unfollow_flagged == 1
    assert [c.remote_id for c in list_unfollow_checks(store, account_id)] == ["7"]


def test_a_recheck_scores_a_stored_sample_as_the_follow_decision_did(store: Store) -> None:
    # snac counts 0 posts for everyone: the decision scored the sample's 3 own posts, and
    # a complete-looking account's links to many sites were not held against it.
    sampled = {"recent_sampled": True, "counts_reported": False, "recent_posts_sampled": 3}
    quiet = Profile(
        Platform.MASTODON, "7", "quiet@x", AT, recent_reply_share=1.0, **sampled
    )  # fmt: skip
    linker = Profile(
        Platform.MASTODON, "8", "linker@x", AT, display_name="Lin", bio="I share links",
        has_avatar=True, recent_link_share=1.0, **sampled,
    )  # fmt: skip
    account_id = _setup(store, [quiet, linker], Direction.FOLLOWING)
    seen: dict[str, Profile] = {}

    class _Recording(_ByName):
        def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
            seen.update({p.remote_id: p for p in profiles})
            return super().score_profiles(profiles)

    asyncio.run(decide_account(store, None, account_id, clock=lambda: AT, scorer=_Recording()))
    assert seen["7"].posts_count == 3  # not "never posted"
    assert seen["8"].recent_link_share == 0.0 and not seen["8"].recent_sampled
