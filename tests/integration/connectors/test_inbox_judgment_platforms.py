"""Inbox judgment end to end on the local AT Protocol network and snac2, with the shipped models.

Realistic mentions of a brand (``tests/data/inbox_platform_cases.csv``: complaints,
sarcasm, a polite complaint, non-English complaints, angry emoji, a very long complaint;
praise that mentions a fixed problem, stock and availability questions, other questions,
a request, praise in English and Portuguese, happy emoji, a very long thank-you; and
``inbox_platform_cases_2.csv``: sarcasm without failure words, support follow-ups, praise
of a fixed problem in other words and in French, opening-hours and Spanish questions,
device details, chatter that names the brand) are posted
through each platform's API (a new account per post on Bluesky; snac2's peer accounts),
polled into the inbox and classified by the shipped classifier: every complaint must be
listed above every non-complaint. The plain baseline's order of the same texts is in
bench/RESULTS.md ("Inbox judgment on realistic mentions").
"""

from __future__ import annotations

import asyncio
import csv
import warnings
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from connector_support import (
    BLUESKY_URL,
    MASTODON_URL,
    SNAC_TIMEOUT_S,
    BlueskyHarness,
    Harness,
    MastodonHarness,
    bluesky_process,
)
from followback.domain import FollowMode, Platform
from followback.services.inbox import poll_inbox
from followback.store import AccountRepo, Store, open_store
from followback.store.inbox import ConversationSummary, InboxRepo

DATA = Path(__file__).resolve().parents[2] / "data"
# The first file is the original case list (kept stable); the second adds the kinds issue 13
# was still weak on: sarcasm without failure words, Spanish and French complaints, support
# follow-ups, praise of a fixed problem in new words and in French, opening-hours and
# non-English questions, bare device details, chatter that names the brand.
# The third (issue 13, session 7) adds sarcasm in words outside the rule lists, follow-ups
# that chase an answer and name no symptom, complaints and thanks in Polish, Swedish,
# Turkish, Indonesian and Japanese, and chatter that names the brand.
# The fourth (session 12) adds a follow-up on an earlier case, a terse symptom "again",
# complaints in Korean, Chinese, Russian, Ukrainian, Arabic and Czech and thanks in three of
# them, a customer defending the brand, a bad day with the brand the consolation and praise
# for a fix in words the cue block lacks.
CASES = (
    DATA / "inbox_platform_cases.csv",
    DATA / "inbox_platform_cases_2.csv",
    DATA / "inbox_platform_cases_3.csv",
)
# Posted to a brand of its own: snac keeps 64 notifications, and the first three files and
# the thread fill 62 of them.
CASES_4 = DATA / "inbox_platform_cases_4.csv"
_ROWS = []
for _path in CASES:
    with _path.open(encoding="utf-8", newline="") as _f:
        _ROWS += list(csv.DictReader(_f))
# A customer chasing their own complaint in its thread with words that name nothing: a
# complaint only because the complaint above it is still unanswered
# (followback.inbox.followup).
THREAD = (
    "the replacement charger you sent doesn't fit my model either",
    "any thoughts on this?",
)
COMPLAINTS = (*(r["text"] for r in _ROWS if r["complaint"] == "1"), *THREAD)
NOT_COMPLAINTS = tuple(r["text"] for r in _ROWS if r["complaint"] == "0")
with CASES_4.open(encoding="utf-8", newline="") as _f:
    _ROWS_4 = list(csv.DictReader(_f))
COMPLAINTS_4 = tuple(r["text"] for r in _ROWS_4 if r["complaint"] == "1")
NOT_COMPLAINTS_4 = tuple(r["text"] for r in _ROWS_4 if r["complaint"] == "0")

PLATFORMS = [
    pytest.param(
        Platform.BLUESKY,
        marks=[
            pytest.mark.bluesky,
            pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
        ],
        id="bluesky",
    ),
    pytest.param(
        Platform.MASTODON,
        marks=[
            pytest.mark.mastodon,
            pytest.mark.skipif(not MASTODON_URL, reason="FOLLOWBACK_TEST_MASTODON_URL not set"),
        ],
        id="mastodon",
    ),
]


async def _harness(platform: Platform) -> Harness:
    if platform is Platform.BLUESKY:
        return BlueskyHarness()
    return await MastodonHarness().start()


async def _post_and_poll(
    platform: Platform, store: Store, texts: tuple[str, ...], thread: tuple[str, ...] = ()
) -> dict[str, str]:
    """Post ``texts`` (and ``thread``, a mention and its follow-up), poll the brand's inbox;
    message remote id -> text."""
    harness = await _harness(platform)
    try:
        posted: dict[str, str] = {}
        await _post(harness, posted, texts, thread)
        if platform is Platform.BLUESKY:
            await asyncio.to_thread(bluesky_process)
        handle = getattr(harness, "brand_handle", None) or getattr(harness, "brand_acct", "")
        with store.session() as s:
            account_id = AccountRepo(s).add(platform, handle, harness.brand_id, FollowMode.REVIEW)

        async def poll() -> set[str]:
            await poll_inbox(store, harness.connector, account_id, clock=lambda: datetime.now(UTC))
            return set(posted) & _stored_ids(store)

        arrived = await harness.eventually(poll, lambda got: got == set(posted))
        if arrived != set(posted) and isinstance(harness, MastodonHarness):
            await _post_again_what_snac_dropped(harness, posted, arrived, thread)
            arrived = await harness.eventually(poll, lambda got: got == set(posted))
        assert arrived == set(posted), f"{len(set(posted) - arrived)} posts never arrived"
        return posted
    finally:
        await harness.aclose()


async def _post_again_what_snac_dropped(
    harness: MastodonHarness, posted: dict[str, str], arrived: set[str], thread: tuple[str, ...]
) -> None:
    """Post once more, in place in ``posted``, the mentions snac itself never notified the
    brand of; fail if snac lists one the inbox did not store (that loss would be ours).

    snac2 (2.75) can drop a delivery between its own users after answering it with 202:
    with its debug log on, 1 of 62 mentions in 1 of 16 runs was queued as a shared-inbox
    job ("enqueue_shared_input") and never handed to the brand (no "enqueue_input"), with
    no error logged (2026-12-01). The inbox cannot read what the server never listed, so
    that case says nothing about followback; posting it again keeps the judgment test
    whole. It is warned about, so a run that needed it shows.
    """
    missing = set(posted) - arrived
    listed = await _snac_listed_mentions(harness)
    assert not missing & listed, (
        f"snac lists {len(missing & listed)} mentions the inbox never stored"
    )
    warnings.warn(
        f"snac never notified the brand of {len(missing)} of {len(posted)} mentions; posted again",
        stacklevel=1,
    )
    again = [posted.pop(i) for i in missing]
    redo = set(thread) & set(again)  # the follow-up only means something under its complaint
    if redo:
        for i in [i for i, t in posted.items() if t in thread]:
            del posted[i]
    await _post(harness, posted, tuple(t for t in again if t not in thread), thread if redo else ())


async def _post(
    harness: Harness, posted: dict[str, str], texts: tuple[str, ...], thread: tuple[str, ...]
) -> None:
    """Each of ``texts`` from a new peer, then ``thread`` (a mention and its follow-up)
    from one more; remote id -> text added to ``posted``."""
    for text in texts:
        peer = await harness.new_peer()
        posted[await peer.mention_brand(text)] = text
    if thread:
        peer = await harness.new_peer()
        ids = await peer.mention_brand_then_follow_up(*thread)
        posted.update(zip(ids, thread, strict=True))


async def _snac_listed_mentions(harness: MastodonHarness) -> set[str]:
    """Ids of the statuses snac lists in the brand's mention notifications (its newest
    64), read straight from its API."""
    assert MASTODON_URL
    async with httpx.AsyncClient(timeout=SNAC_TIMEOUT_S) as client:
        r = await client.get(
            f"{MASTODON_URL.rstrip('/')}/api/v1/notifications",
            params={"types[]": "mention", "limit": 80},
            headers={"Authorization": f"Bearer {harness.brand_token}"},
        )
    r.raise_for_status()
    return {str(n["status"]["id"]) for n in r.json() if isinstance(n.get("status"), dict)}


def _stored_ids(store: Store) -> set[str]:
    with store.session() as s:
        repo = InboxRepo(s)
        return {
            m.remote_id
            for c in repo.list_conversations(limit=1000)
            for m in repo.get_thread(c.id).messages
        }


def _listed(store: Store, posted: dict[str, str]) -> list[tuple[str, ConversationSummary]]:
    """(text, conversation) of each case, in the inbox's order."""
    out = []
    with store.session() as s:
        repo = InboxRepo(s)
        for c in repo.list_conversations(limit=1000):
            out += [(posted[m.remote_id], c) for m in repo.get_thread(c.id).messages
                    if m.remote_id in posted]  # fmt: skip
    return out


def _labels(store: Store, posted: dict[str, str]) -> dict[str, dict[str, object]]:
    """text -> the stored classification of that message (not of its conversation)."""
    with store.session() as s:
        repo = InboxRepo(s)
        return {
            posted[m.remote_id]: m.classification
            for c in repo.list_conversations(limit=1000)
            for m in repo.get_thread(c.id).messages
            if m.remote_id in posted
        }


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_complaint_is_listed_above_every_other_message(
    platform: Platform, tmp_path: Path
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'inbox.db'}")
    texts = tuple(t for t in (*COMPLAINTS, *NOT_COMPLAINTS) if t not in THREAD)
    posted = asyncio.run(_post_and_poll(platform, store, texts, THREAD))
    listed = _listed(store, posted)
    labels = _labels(store, posted)
    store.dispose()
    # each message on its own, not only its conversation: the follow-up shares the
    # complaint's conversation, so only its own label shows the thread was read
    assert {t for t, c in labels.items() if c["is_complaint"]} == set(COMPLAINTS)
    assert labels[THREAD[1]]["reasons"] == ["follows up an unanswered complaint"]
    classified = dict(listed)
    assert set(classified) == set(posted.values())
    flagged = {text for text, c in classified.items() if c.is_complaint}
    assert flagged == set(COMPLAINTS)
    order = [text for text, _ in listed]
    last_complaint = max(order.index(t) for t in COMPLAINTS)
    first_other = min(order.index(t) for t in NOT_COMPLAINTS)
    assert last_complaint < first_other, order
    complaint_floor = min(classified[t].priority for t in COMPLAINTS)
    assert all(classified[t].priority < complaint_floor for t in NOT_COMPLAINTS)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_session_12_cases_are_listed_complaints_first(platform: Platform, tmp_path: Path) -> None:
    # A follow-up on an earlier case, a terse symptom "again", six more languages, a
    # customer defending the brand, a consolation and praise for a fix (CASES_4).
    store = open_store(f"sqlite:///{tmp_path / 'inbox.db'}")
    posted = asyncio.run(_post_and_poll(platform, store, (*COMPLAINTS_4, *NOT_COMPLAINTS_4)))
    listed = _listed(store, posted)
    store.dispose()
    classified = dict(listed)
    assert set(classified) == set(posted.values())
    flagged = {text for text, c in classified.items() if c.is_complaint}
    assert flagged == set(COMPLAINTS_4)
    complaint_floor = min(classified[t].priority for t in COMPLAINTS_4)
    assert all(classified[t].priority < complaint_floor for t in NOT_COMPLAINTS_4)


def test_the_thread_follow_up_names_no_symptom_alone() -> None:
    # Without its thread the follow-up is no complaint: the platform test above would fail
    # without followback.inbox.followup (and without the thread plumbing that feeds it).
    from followback.inbox.classify import load_default_classifier

    assert not load_default_classifier().classify_one(THREAD[1]).is_complaint
