"""Listening on snac2 (the Mastodon client API): hashtag timelines reach the inbox once."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import select

from connector_support import MASTODON_URL, claim_mastodon_user, mastodon_host, mastodon_tokens
from followback.domain import FollowMode, MessageKind, Platform, Role, utcnow
from followback.inbox.classify import Classification
from followback.store import AccountRepo, open_store
from followback.store.listening import ListenRepo
from followback.store.tables import ConversationRow, MessageRow
from followback.store.team import TeamRepo

pytestmark = [
    pytest.mark.mastodon,
    pytest.mark.skipif(not MASTODON_URL, reason="FOLLOWBACK_TEST_MASTODON_URL not set"),
]


class Words:
    def classify(self, texts: Sequence[str]) -> list[Classification]:
        return [
            Classification(
                0.9 if "broke" in t else 0.1,
                "broke" in t,
                2 if "broke" in t else 1,
                "negative" if "broke" in t else "neutral",
                "complaint" if "broke" in t else "other",
                "en",
                "t",
            )
            for t in texts
        ]


def test_hashtag_posts_are_heard_once(tmp_path: Path) -> None:
    from followback.actions.listening import set_listen_rules
    from followback.connectors.mastodon import MastodonConnector
    from followback.services.listen import listen_account

    assert MASTODON_URL
    tag = f"fblisten{secrets.token_hex(4)}"  # a tag no other test posts
    _user, token = claim_mastodon_user()
    poster = MastodonConnector(MASTODON_URL, token)
    brand = MastodonConnector(MASTODON_URL, mastodon_tokens()["brand"])
    store = open_store(f"sqlite:///{tmp_path / 'fb.db'}")

    async def scenario() -> tuple[str, str]:
        me = await brand.whoami()
        with store.session() as s:
            account_id = AccountRepo(s).add(
                Platform.MASTODON, me.handle, me.remote_id, FollowMode.DRY_RUN
            )
            TeamRepo(s).add_member("ana", Role.ADMIN)
            set_listen_rules(
                s, account_id, {"hashtags": [tag], "exclude": ["giveaway"]}, member="ana"
            )
        complaint = await poster._post(
            "post", f"the zipper broke on day two #{tag}", visibility="public"
        )
        await poster._post("post", f"giveaway time #{tag}", visibility="public")  # excluded
        mention = await poster._post(
            "post", f"@brand@{mastodon_host()} is this yours? #{tag}", visibility="public"
        )
        first = await listen_account(store, brand, account_id, clock=utcnow, classifier=Words())
        assert first.errors == [] and first.terms == 1
        assert first.new_messages == 1 and first.complaints == 1
        assert first.addressed >= 1 and first.unmatched >= 1
        second = await listen_account(store, brand, account_id, clock=utcnow, classifier=Words())
        assert second.new_messages == 0
        with store.session() as s:
            assert f"#{tag}" in ListenRepo(s).marks(account_id)
        return complaint, mention

    try:
        complaint, mention = asyncio.run(scenario())
    finally:
        asyncio.run(poster.aclose())
        asyncio.run(brand.aclose())
    with store.session() as s:
        rows = list(s.scalars(select(MessageRow)))
        assert [m.remote_id for m in rows] == [complaint]
        (heard,) = rows
        assert heard.kind == MessageKind.HEARD.value and heard.classification["is_complaint"]
        conv = s.get(ConversationRow, heard.conversation_id)
        assert conv is not None and conv.tags == ["heard"] and conv.is_complaint
        assert mention not in {m.remote_id for m in rows}
    store.dispose()
