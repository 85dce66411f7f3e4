"""A Mastodon server's own rules, limits and queues, on recorded responses written from
docs.joinmastodon.org (snac2, the local server, has none of these endpoints: see
test_mastodon_snac.py for what it does answer). The main flows replay vcrpy cassettes
(tests/payloads/mastodon/cassettes, written by write_cassettes.py there): every request
followback sends must be recorded, and every recorded one is played.

- the instance API's character limit and rules; a rule forbidding bots turns automated
  following off (decide falls back to review and says which rule);
- the notification policy (4.3+) and its held-back requests: read into the inbox, then
  accepted, so a complaint from a new account is not lost;
- follow requests of a locked account: screened, then answered by a person (audited,
  idempotent).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from connector_support import RecordedSession, payload, replay_only
from followback.actions.follow_requests import answer_follow_request
from followback.connectors.mastodon import MastodonConnector
from followback.connectors.retry import RetryPolicy
from followback.domain import FollowMode, Platform, Role, UserError, Verdict
from followback.domain.server import ServerFacts
from followback.inbox.classify import Classification
from followback.services.decide import decide_account
from followback.services.follow_requests import screen_follow_requests
from followback.services.inbox import HELD_BACK_STREAM, poll_inbox
from followback.services.server_facts import refresh_server_facts
from followback.store import AccountRepo, Store
from followback.store.server_facts import ServerFactsRepo
from followback.store.tables import AuditRow, MessageRow
from followback.store.team import TeamRepo

pytestmark = pytest.mark.mastodon

recorded = replay_only("mastodon")

SERVER = "https://social.example"
HANDLE = "acme@social.example"
NO_WAIT = RetryPolicy(attempts=2, initial_s=0, max_s=0, jitter_s=0)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
NOT_FOUND = (404, {"error": "Record not found"}, {})


def ok(name: str, status: int = 200) -> tuple[int, Any, dict[str, str]]:
    return status, payload("mastodon", name), {}


def connector(routes: dict[tuple[str, str], Any]) -> tuple[MastodonConnector, RecordedSession]:
    session = RecordedSession(
        {
            ("GET", r"/api/v1/accounts/verify_credentials"): ok("account_me"),
            ("GET", r"/api/v2/instance/?"): ok("instance_v2"),
            ("GET", r"/api/v1/notifications"): (200, [], {}),
            **routes,
        }
    )
    return MastodonConnector(SERVER, "tok-abc", session=session, retry=NO_WAIT), session


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def clock() -> datetime:
    return NOW


# -- the instance API and the notification policy ------------------------------------------
def test_server_facts_come_from_the_instance_api_and_the_policy() -> None:
    conn = MastodonConnector(SERVER, "tok-abc", retry=NO_WAIT)
    with recorded.use_cassette("server_facts.yaml") as tape:
        facts = run(conn.fetch_server_facts())
    assert tape.all_played
    assert facts.max_characters == 1000
    assert facts.version == "4.3.2"
    assert facts.forbidding_automation == (
        "No bots, automated posting or mass following without approval from the admins "
        "(Automated accounts must also set the bot flag.)",
    )
    assert facts.notification_filters == (
        "accounts created in the past 30 days (filter)",
        "unsolicited private mentions (filter)",
        "accounts limited by the server's moderators (drop)",
    )
    assert facts.pending_requests == 1


def test_a_server_without_a_policy_api_says_so_with_none() -> None:
    conn, _ = connector(
        {
            ("GET", r"/api/v2/instance/?"): NOT_FOUND,
            ("GET", r"/api/v1/instance/?"): (
                200,
                {"version": "4.0.0 (compatible; snac)", "configuration": {}, "rules": []},
                {},
            ),
            ("GET", r"/api/v1/instance/rules"): NOT_FOUND,
            ("GET", r"/api/v2/notifications/policy"): NOT_FOUND,
        }
    )
    facts = run(conn.fetch_server_facts())
    assert facts.notification_filters is None and facts.rules == ()
    assert facts.max_characters is None


# -- a rule forbidding bots turns automated following off ----------------------------------
def test_a_server_rule_against_bots_makes_decide_fall_back_to_review(store: Store) -> None:
    conn, _ = connector({("GET", r"/api/v2/notifications/policy"): ok("notification_policy")})
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", "1", FollowMode.AUTO
        )
    facts = run(refresh_server_facts(store, conn, account_id, clock=clock))
    again = run(refresh_server_facts(store, conn, account_id, clock=clock))
    assert again == facts  # read once a day: the second call uses the stored copy

    report = run(decide_account(store, None, account_id, clock=clock))

    assert report.mode == FollowMode.REVIEW.value
    assert "No bots, automated posting or mass following" in report.mode_reason
    assert f"{SERVER}/about" in report.mode_reason


def test_without_such_a_rule_auto_stays_auto(store: Store) -> None:
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", "1", FollowMode.AUTO
        )
        ServerFactsRepo(s).record(
            account_id,
            ServerFacts(checked_at=NOW, server=SERVER, rules=("Bots must be marked as bots",)),
            NOW,
        )
    report = run(decide_account(store, None, account_id, clock=clock))
    assert report.mode == FollowMode.AUTO.value and report.mode_reason == ""


# -- held-back notification requests reach the inbox -----------------------------------------
class Labels:
    def classify(self, texts: list[str]) -> list[Classification]:
        return [_label("refund" in t) for t in texts]


def _label(complaint: bool) -> Classification:
    score = 0.9 if complaint else 0.1
    return Classification(score, complaint, 2, "negative", "complaint", "en", "test")


def test_held_back_complaints_are_read_into_the_inbox_then_accepted(store: Store) -> None:
    conn = MastodonConnector(SERVER, "tok-abc", retry=NO_WAIT)
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", "1", FollowMode.AUTO
        )

    with recorded.use_cassette("held_back.yaml") as tape:
        report = run(poll_inbox(store, conn, account_id, clock=clock, classifier=Labels()))

    # Every recorded request was sent, the request's notifications (account_id) and the
    # accept last, after the messages were stored.
    assert tape.all_played
    assert tape.requests[-1].method == "POST" and tape.requests[-1].path.endswith("/accept")
    assert report.errors == []
    assert report.streams[HELD_BACK_STREAM] == 2 and report.requests_accepted == 1
    # The same stranger's "hello? still waiting" chases its unanswered refund complaint
    # from a new post: a complaint too (followback.inbox.followup).
    assert report.complaints == 2
    with store.session() as s:
        rows = {m.text: m.classification for m in s.scalars(select(MessageRow))}
        audit = s.scalars(select(AuditRow).where(AuditRow.verb == "inbox.accept_held_back")).all()
    assert any("refund" in t for t in rows)
    (chase,) = [c for t, c in rows.items() if "still waiting" in t]
    assert chase["reasons"][0] == "follows up an unanswered complaint"
    assert len(audit) == 1


def test_a_server_without_notification_requests_costs_one_call(store: Store) -> None:
    conn, session = connector({("GET", r"/api/v1/notifications/requests"): NOT_FOUND})
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", "1", FollowMode.AUTO
        )
    report = run(poll_inbox(store, conn, account_id, clock=clock, classifier=Labels()))
    assert report.errors == [] and report.requests_accepted == 0
    assert [p for _, p, _ in session.calls].count("/api/v1/notifications/requests") == 1


# -- follow requests of a locked account ---------------------------------------------------
def test_follow_requests_are_screened_then_answered_audited_and_idempotently(
    store: Store,
) -> None:
    conn = MastodonConnector(SERVER, "tok-abc", retry=NO_WAIT)
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", "1", FollowMode.REVIEW
        )
        TeamRepo(s).add_member("ana", Role.AGENT)
        TeamRepo(s).add_member("vic", Role.VIEWER)
    rid = "109000000000000077"

    def answer(by: str, accept: bool = True) -> Any:
        return run(
            answer_follow_request(store, conn, account_id, rid, accept=accept, by=by, clock=clock)
        )

    with recorded.use_cassette("follow_requests.yaml") as tape:
        screened = run(screen_follow_requests(store, conn, account_id, clock=clock))
        first, second = answer("ana"), answer("ana")
        with pytest.raises(UserError, match="viewer"):
            answer("vic", accept=False)  # refused before anything is sent
    assert tape.all_played  # the viewer's reject was never sent: it is not recorded

    by_handle = {r.profile.handle: r for r in screened}
    assert set(by_handle) == {"newcomer@fresh.example", "buyfollowers@spam.example"}
    spam = by_handle["buyfollowers@spam.example"]
    assert spam.verdict is not Verdict.FOLLOW and spam.reasons
    assert first.changed and not second.changed  # the second found no pending request
    with store.session() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.verb == "follow_request.authorize")).all()
    assert [(a.actor, a.target) for a in audit] == [("ana", rid), ("ana", rid)]


# -- relationships severed by the server's moderators -------------------------------------
def _account(acct: str, rid: str) -> dict[str, Any]:
    base = dict(payload("mastodon", "account_signals"))
    base.update({"id": rid, "acct": acct, "username": acct.split("@")[0]})
    return base


def test_a_follower_lost_to_a_domain_block_is_severed_not_an_unfollow(store: Store) -> None:
    from followback.domain import Direction, EndReason
    from followback.services.sync import sync_account
    from followback.store.edges import EdgeRepo

    blocked = _account("zoe@blocked.example", "501")
    friend = _account("ana@fine.example", "502")
    leaver = _account("bo@fine.example", "503")
    me = "109000000000000001"
    conn, session = connector(
        {
            ("GET", rf"/api/v1/accounts/{me}/followers"): [
                (200, [blocked, friend, leaver], {}),
                (200, [friend], {}),
            ],
            ("GET", rf"/api/v1/accounts/{me}/following"): (200, [], {}),
            ("GET", r"/api/v1/accounts/501"): (200, blocked, {}),
            ("GET", r"/api/v1/accounts/503"): (200, leaver, {}),
            ("GET", r"/api/v1/notifications"): ok("notifications_severed"),
        }
    )
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "acme@social.example", me, FollowMode.AUTO
        )
    run(sync_account(store, conn, account_id, clock=clock, full=True))
    report = run(sync_account(store, conn, account_id, clock=clock, full=True))

    assert report.departed == {"501": EndReason.SEVERED, "503": EndReason.UNFOLLOWED}
    assert report.calls_by_method["fetch_severances"] == 1
    with store.session() as s:
        assert EdgeRepo(s).count_active(account_id, Direction.FOLLOWER) == 1
    severed = [q for m, p, q in session.calls if p == "/api/v1/notifications"]
    assert severed and "severed_relationships" in severed[-1]
