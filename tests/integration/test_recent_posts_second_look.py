"""Uncertain followers get a second look at their recent posts, within a counted budget."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from followback.domain import (
    DEFAULT_CAPABILITIES,
    Direction,
    FollowMode,
    Platform,
    Profile,
    Reason,
    RecentPost,
)
from followback.screening.model import Score
from followback.services.decide import decide_account
from followback.services.profiles import load_profiles, save_profiles
from followback.services.recent_posts import sample_recent_posts
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.policies import PolicyRepo
from followback.store.tables import DecisionRow

AT = datetime(2026, 11, 22, tzinfo=UTC)
CHAT = [RecentPost("Lovely photos!", AT, reply=True), RecentPost("New bread recipe today", AT)]


class _PostsServer:
    """A connector that only reads recent posts (what the second look needs)."""

    platform = Platform.MASTODON
    capabilities = DEFAULT_CAPABILITIES[Platform.MASTODON]

    def __init__(self, posts: dict[str, list[RecentPost]]) -> None:
        self.posts = posts
        self.calls: list[str] = []

    async def fetch_recent_posts(self, remote_id: str, limit: int = 10) -> list[RecentPost]:
        self.calls.append(remote_id)
        return self.posts.get(remote_id, [])


class _CountsPosts:
    """A stub model: 0.5 (grey zone) for accounts with fewer than 3 posts, else 0.2."""

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [Score(0.2 if p.posts_count >= 3 else 0.5, (), "stub") for p in profiles]


def test_uncertain_followers_are_sampled_and_rescored(store: Store) -> None:
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.MASTODON, "brand@x", "1", FollowMode.REVIEW)
    profiles = [
        Profile(Platform.MASTODON, "1", "chatty@x", AT, display_name="Chatty"),
        Profile(Platform.MASTODON, "2", "silent@x", AT, verified_links=1),
        Profile(Platform.MASTODON, "3", "known@x", AT, bio="Baker.", posts_count=40),
        # Followed on a thin profile (no bio): worth a look at what it posts.
        Profile(Platform.MASTODON, "4", "thin@x", AT, posts_count=40),
    ]
    with store.session() as s:
        save_profiles(s, Platform.MASTODON, profiles)
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(p.remote_id, AT) for p in profiles],
            seen_at=AT, via="listing",
        )  # fmt: skip
    server = _PostsServer({"1": [*CHAT, RecentPost("Off to the market", AT)]})
    report = asyncio.run(
        decide_account(store, server, account_id, clock=lambda: AT, scorer=_CountsPosts())  # type: ignore[arg-type]
    )
    # "3" was never uncertain: recommended on a complete-looking profile (a bio and an
    # avatar), its posts are read after every uncertain follower's (reads are free here).
    assert sorted(server.calls[:3]) == ["1", "2", "4"] and server.calls[3] == "3"
    assert report.recent_calls == 4 and report.recent_sampled == 4
    assert report.recent_recommended_sampled == 1
    with store.session() as s:
        rows = {r.remote_id: r for r in s.scalars(select(DecisionRow))}
        stored = load_profiles(s, Platform.MASTODON, ["1", "2"])
    assert rows["1"].verdict == "follow" and rows["3"].verdict == "follow"
    assert {"rule": "recent:replies", "text": "+ 1 of 3 recent posts reply to people"} in rows[
        "1"
    ].reasons
    assert rows["2"].verdict == "review"
    assert {"rule": "signal:links", "text": "+ 1 verified link"} in rows["2"].reasons
    assert rows["2"].reasons[-1] == {"rule": "recent:none", "text": "− no posts found"}
    # The sample is kept with the profile; the platform's own count is not overwritten.
    assert stored["1"].recent_sampled and stored["1"].recent_posts_sampled == 3
    assert stored["1"].posts_count == 0 and stored["2"].recent_sampled


def test_sampling_stops_at_the_budget() -> None:
    server = _PostsServer({})
    people = [Profile(Platform.MASTODON, str(i), f"p{i}@x", AT) for i in range(5)]
    sampled, cost = asyncio.run(sample_recent_posts(server, people, budget=2))  # type: ignore[arg-type]
    assert cost.calls == 2 == len(server.calls) == len(sampled) and cost.over_budget == 3


class _ByHandle:
    """A stub model: a fixed bot score per handle (0.2: recommended by default)."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [Score(self.scores.get(p.handle, 0.2), (), "stub") for p in profiles]


FARM = [RecentPost("You won't believe what she found https://wonders.example/7", AT)] * 4
NEWS = [RecentPost(f"Headline {i} https://valleyherald.example/{i}", AT) for i in "abcd"]


def _decide_complete(
    store: Store, platform: Platform, posts: dict[str, list[RecentPost]]
) -> tuple[_PostsServer, Any, dict[str, DecisionRow]]:
    """A thin follower and three complete-looking ones (a bio and an avatar), each
    recommended by the stub model, decided on ``platform``."""
    with store.session() as s:
        account_id = AccountRepo(s).add(platform, "brand", "1", FollowMode.REVIEW)
    profiles = [
        Profile(platform, "thin", "thin", AT, posts_count=40),
        Profile(platform, "farm", "farm", AT, display_name="Daily Wonders", bio="Stories 🌍"),
        Profile(platform, "news", "news", AT, display_name="Valley Herald", bio="Local news."),
        Profile(platform, "sure", "sure", AT, display_name="Ann", bio="Baker."),
    ]
    with store.session() as s:
        save_profiles(s, platform, profiles)
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(p.remote_id, AT) for p in profiles],
            seen_at=AT, via="listing",
        )  # fmt: skip
    server = _PostsServer(posts)
    server.platform = platform
    server.capabilities = DEFAULT_CAPABILITIES[platform]
    scorer = _ByHandle({"farm": 0.3, "news": 0.25, "sure": 0.05})
    report = asyncio.run(
        decide_account(store, server, account_id, clock=lambda: AT, scorer=scorer)  # type: ignore[arg-type]
    )
    with store.session() as s:
        rows = {r.remote_id: r for r in s.scalars(select(DecisionRow))}
    return server, report, rows


def test_recommended_complete_followers_are_read_after_the_uncertain(store: Store) -> None:
    server, report, rows = _decide_complete(
        store, Platform.MASTODON, {"farm": FARM, "news": NEWS, "sure": CHAT}
    )
    # The uncertain (a thin profile) first, then the recommended, least sure first.
    assert server.calls == ["thin", "farm", "news", "sure"]
    assert report.recent_calls == 4 and report.recent_recommended_sampled == 3
    # A complete profile whose posts repeat one text: a person looks before following.
    assert rows["farm"].verdict == "review" and rows["farm"].state == "pending"
    assert rows["farm"].reasons[0] == {
        "rule": "recent:duplicates",
        "text": "− 100% of recent posts repeat one text",
    }
    # Linking to its own site in every post is what a newsroom does: still recommended.
    assert rows["news"].verdict == "follow" and rows["sure"].verdict == "follow"
    assert {"rule": "recent:own_site", "text": "4 of 4 recent posts link to its own site"} in rows[
        "news"
    ].reasons


def test_where_reads_are_billed_only_the_uncertain_are_read(store: Store) -> None:
    server, report, rows = _decide_complete(store, Platform.X, {"farm": FARM})
    assert server.calls == ["thin"] and report.recent_recommended_sampled == 0
    assert rows["farm"].verdict == "follow"


class _UnsureUntilRead:
    """A stub model: 0.5 (grey zone) until the recent posts were read, then 0.2."""

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [Score(0.2 if p.recent_sampled else 0.5, (), "stub") for p in profiles]


def test_a_complete_follower_read_while_unsure_is_held_to_the_same_evidence(
    store: Store,
) -> None:
    # Read because it was unsure (not because it was recommended), then rescored to
    # "follow": posts that sell somewhere else still send it to a person.
    deals = [
        RecentPost(text, AT)
        for text in (
            "70% off headphones today https://deals.example/a",
            "Use my code SAVE10 on air fryers https://deals.example/b",
            "40% off kids' scooters https://deals.example/c",
        )
    ]
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.MASTODON, "brand", "1", FollowMode.REVIEW)
        profile = Profile(Platform.MASTODON, "d", "d", AT, display_name="Deal Finder", bio="Hi")
        save_profiles(s, Platform.MASTODON, [profile])
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [("d", AT)], seen_at=AT, via="listing"
        )
    server = _PostsServer({"d": deals})
    asyncio.run(
        decide_account(store, server, account_id, clock=lambda: AT, scorer=_UnsureUntilRead())  # type: ignore[arg-type]
    )
    with store.session() as s:
        row = s.scalars(select(DecisionRow)).one()
    assert server.calls == ["d"]
    assert row.verdict == "review" and row.reasons[0]["rule"] == "recent:spam"


class _Fixed:
    """A stub model: each account's score (and reasons), whatever was read."""

    def __init__(
        self, scores: dict[str, float], reasons: dict[str, tuple[Reason, ...]] | None = None
    ) -> None:
        self.scores, self.reasons = scores, reasons or {}

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [
            Score(self.scores[p.remote_id], self.reasons.get(p.remote_id, ()), "stub")
            for p in profiles
        ]


def _decided(
    store: Store,
    profiles: list[Profile],
    server: _PostsServer,
    scorer: _Fixed,
    policy: dict[str, Any] | None = None,
) -> dict[str, DecisionRow]:
    """Each of ``profiles`` (one platform's) follows a new brand (with ``policy`` stored,
    if any); its decision, by id."""
    platform = profiles[0].platform
    with store.session() as s:
        account_id = AccountRepo(s).add(platform, "brand", "1", FollowMode.REVIEW)
        if policy is not None:
            PolicyRepo(s).record(account_id, policy, by="test", at=AT)
        save_profiles(s, platform, profiles)
        arrivals = [(p.remote_id, AT) for p in profiles]
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, arrivals, seen_at=AT, via="listing"
        )
    server.platform = platform
    server.capabilities = DEFAULT_CAPABILITIES[platform]
    asyncio.run(decide_account(store, server, account_id, clock=lambda: AT, scorer=scorer))  # type: ignore[arg-type]
    with store.session() as s:
        return {r.remote_id: r for r in s.scalars(select(DecisionRow))}


def _complete_on_snac(
    store: Store,
    posts: dict[str, list[RecentPost]],
    bios: str | dict[str, str],
    names: dict[str, str] | None = None,
    policy: dict[str, Any] | None = None,
) -> dict[str, DecisionRow]:
    """Complete-looking snac followers (a name, a bio and a photo; counts hidden), each with
    its ``posts`` and recommended by a stub model on its looks; their decisions, by id."""
    profiles = [
        Profile(Platform.MASTODON, k, f"{k}@example.social", AT,
                display_name=(names or {}).get(k, k.title()),
                bio=bios if isinstance(bios, str) else bios[k], has_avatar=True,
                counts_reported=False)
        for k in posts
    ]  # fmt: skip
    scorer = _Fixed(dict.fromkeys(posts, 0.2), {})
    return _decided(store, profiles, _PostsServer(posts), scorer, policy)


def test_unsure_followers_whose_posts_show_a_person_are_recommended(store: Store) -> None:
    # snac hides counts and follows: a quiet person and a bought follower look the same
    # on the profile; what tells them apart is that the person writes (issue 12).
    deals = [RecentPost(f"70% off today https://deals.example/{i}", AT) for i in range(3)]
    posts = {
        "replier": [
            RecentPost("Congratulations, well deserved!", AT, reply=True),
            RecentPost("where did you get that?", AT, reply=True),
        ],
        "gm": [RecentPost("gm", AT)] * 3,  # an engagement farm's habit, not a person's words
        "praiser": [  # an engagement bot: recommended on its looks, its replies say nothing
            RecentPost(t, AT, reply=True)
            for t in ("Great post! 🔥", "So true 👏", "Love this!!", "Amazing content 😍")
        ],
        "first": [RecentPost("Cześć! Pierwszy post.", AT)],
        # What a bought follower does (follows many, few follow back) outweighs one hello.
        "hello": [RecentPost("Hello everyone!", AT)],
        "friend": [RecentPost("Hello everyone!", AT)],
        # Several posts of its own do: a person who followed a starter pack (session 13).
        "starter": [
            RecentPost("Out on the river path at dawn, frost everywhere", AT),
            RecentPost("which lights do you use for winter?", AT, reply=True),
            RecentPost("Finished the wheel build, true first time", AT),
            RecentPost("@ana same here, the cold is brutal", AT, reply=True),
        ],
        "greeter": [RecentPost("Hello everyone!", AT), RecentPost("Happy to be here", AT)],
        # ... but not when it follows thousands: a follow farm's posts can read like anyone's.
        "farm": [
            RecentPost("New season starts tomorrow, who's in?", AT),
            RecentPost("gg everyone, what a match", AT, reply=True),
            RecentPost("Leaderboard is up, check it out later", AT),
        ],
        "bought": [],
        # Where follows are hidden (snac), reposts alone show no reader (a reposter
        # following few is recommended only where the server counts follows: below).
        "reposter": [RecentPost("", AT, repost=True)] * 3,
        "seller": deals,
        "upper": CHAT,
        "stale": CHAT,
    }
    scores = {k: 0.45 for k in posts} | {"upper": 0.6, "praiser": 0.1}
    audience = {
        "hello": (Reason("model:audience", "− follows 1,701, followed by 9"),),
        "friend": (Reason("model:audience", "+ followed by 40, follows 30"),),
        "starter": (Reason("model:audience", "− follows 541, followed by 28"),),
        "greeter": (Reason("model:audience", "− follows 1,701, followed by 9"),),
        "farm": (Reason("model:audience", "− follows 2,101, followed by 10"),),
    }
    follows = {"starter": 541, "farm": 2_101}
    profiles = [
        Profile(
            Platform.MASTODON, k, k, AT, display_name=k.title(),
            following_count=follows.get(k, 0), counts_reported=k != "reposter",
        )
        for k in posts
    ]  # fmt: skip
    profiles[-1] = Profile(
        Platform.MASTODON, "stale", "stale", AT, last_post_at=datetime(2025, 1, 1, tzinfo=UTC)
    )
    server = _PostsServer(posts)
    rows = _decided(store, profiles, server, _Fixed(scores, audience))
    assert sorted(server.calls) == sorted(posts)
    recommended = {"replier", "first", "friend", "starter"}
    assert {k for k, r in rows.items() if r.verdict == "follow"} == recommended
    assert rows["replier"].reasons[0] == {
        "rule": "recent:own_words",
        "text": "+ wrote 2 of 2 recent posts, none selling",
    }
    unsure = (
        "bought",
        "reposter",
        "seller",
        "upper",
        "stale",
        "gm",
        "praiser",
        "hello",
        "greeter",
        "farm",
    )
    assert {rows[k].verdict for k in unsure} == {"review"}
    assert rows["praiser"].reasons[0]["text"] == "− 4 of 4 recent posts are stock praise"


def test_unsure_followers_whom_others_follow_are_recommended(store: Store) -> None:
    # Quiet people on Bluesky (a bio only, no posts) whom friends follow: held-out sets
    # b-e kept them in "needs a look"; nobody follows a bought follower.
    counts = {  # followers, following, counts reported
        "friends": (13, 3, True),
        "popular": (1_200, 0, True),
        "even": (13, 8, True),  # follows nearly as many as follow it
        "few": (9, 0, True),
        "hidden": (13, 3, False),  # snac says 0 for everyone; these are not its counts
        "pitched": (13, 3, True),  # its bio sells: a person decides
        "upper": (13, 3, True),  # in the upper half of the unsure band
    }
    scores = {k: 0.5 for k in counts} | {"upper": 0.6}
    words = {"pitched": (Reason("model:words", "− name or bio sells: crypto signals"),)}
    profiles = [
        Profile(
            Platform.BLUESKY,
            k,
            f"{k}.test",
            AT,
            bio="books and tea",
            followers_count=fo,
            following_count=fi,
            # Posts of its own, none read: the newcomer rule (below) is for those that
            # never posted; this test is about being followed.
            posts_count=2,
            counts_reported=shown,
        )
        for k, (fo, fi, shown) in counts.items()
    ]
    rows = _decided(store, profiles, _PostsServer({}), _Fixed(scores, words))
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"friends", "popular"}
    assert rows["friends"].reasons[0] == {
        "rule": "followed:by_others",
        "text": "+ followed by 13, follows 3: others chose to follow it",
    }
    assert {rows[k].verdict for k in ("even", "few", "hidden", "pitched", "upper")} == {"review"}


def test_promotion_words_in_a_bio_give_way_only_to_posts_of_its_own(store: Store) -> None:
    # A streamer's "link below" is a creator's bio as much as a spammer's; three posts of
    # its own that sell nothing show the person (held-out set j on Bluesky, session 14).
    # Stronger words stay final, and being followed does not clear promotion words.
    own = [
        RecentPost("Stream tonight: finishing the haunted lighthouse run", AT),
        RecentPost("@mika that boss took me 40 tries too", AT, reply=True),
        RecentPost("Pixel art warm-up before coffee", AT),
    ]
    bios = {
        "streamer": "Variety streamer, cozy games and chaos. Link below ⬇️",
        "two-posts": "Variety streamer, cozy games and chaos. Link below ⬇️",
        "signals": "Crypto signals and cozy games. Link below ⬇️",
        "followed": "Subscribe for cozy games, link below",
    }
    posts = {"streamer": own, "two-posts": own[:2], "signals": own, "followed": []}
    words = {
        k: (Reason("model:words", "− profile says “link below”"),)
        for k in ("streamer", "two-posts", "followed")
    } | {"signals": (Reason("model:words", "− profile says “crypto signals”"),)}
    profiles = [
        Profile(
            Platform.BLUESKY,
            k,
            f"{k}.test",
            AT,
            display_name=k.title(),
            bio=bio,
            followers_count=40 if k == "followed" else 10,
            following_count=3 if k == "followed" else 12,
        )
        for k, bio in bios.items()
    ]
    server = _PostsServer(posts)
    rows = _decided(store, profiles, server, _Fixed(dict.fromkeys(bios, 0.45), words))
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"streamer"}
    assert rows["streamer"].reasons[0]["text"] == "+ wrote 3 of 3 recent posts, none selling"
    assert {rows[k].verdict for k in ("two-posts", "signals", "followed")} == {"review"}


def test_a_profile_that_sells_and_a_post_that_sells_want_a_look(store: Store) -> None:
    # Recommended on a complete profile; one selling post is a person's now-and-then
    # promotion, a spam word in the bio a creator's, both at once a shop working strangers
    # (held-out set j's game-gold seller on snac2, session 14).
    mixed = [
        # No price with the redirect: a priced one is evidence alone (session 19).
        RecentPost("bro we got coins fast, cheaper than anywhere, check bio", AT, reply=True),
        RecentPost("Season 4 patch notes look wild", AT),
    ]
    bios = {
        "gold-shop": "Gold, accounts & boosting for 200+ games. PayPal y cripto",
        "baker": "Sourdough and rye in Lisbon, mostly bread",
        "vlogger": "Subscribe to my travel vlog!",
    }
    posts = {
        "gold-shop": mixed,
        "baker": [RecentPost("Use my code ANA10 at the gym lol", AT), mixed[1]],
        "vlogger": [RecentPost("Rain in Porto again", AT), mixed[1]],
    }
    profiles = [
        Profile(Platform.MASTODON, k, k, AT, display_name=k.title(), bio=bio, has_avatar=True)
        for k, bio in bios.items()
    ]
    rows = _decided(store, profiles, _PostsServer(posts), _Fixed(dict.fromkeys(bios, 0.2), {}))
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"baker", "vlogger"}
    assert rows["gold-shop"].verdict == "review"
    assert rows["gold-shop"].reasons[0]["text"] == "− its profile and 1 of 2 recent posts sell"


def test_a_complete_profile_that_never_posted_waits_where_follows_are_hidden(
    store: Store,
) -> None:
    # snac hides counts and follows: a stock name, bio and photo that never posted is what
    # a seller of real-looking followers puts up (held-out sets a-j, session 14).
    looks = {
        "dressed": ("Lena Sommer", "Living my best life ✨ travel | coffee | music"),
        "quiet": ("Jun Sato", ""),  # a name and a photo, no bio: kept
        "writer": ("Ana Ruiz", "Poet in Valparaíso"),
    }
    profiles = [
        Profile(
            platform,
            f"{k}-{platform.value}",
            f"{k}.test",
            AT,
            display_name=name,
            bio=bio,
            has_avatar=True,
            counts_reported=platform is not Platform.MASTODON,
        )
        for platform in (Platform.MASTODON, Platform.BLUESKY)
        for k, (name, bio) in looks.items()
    ]
    posts = {p.remote_id: CHAT if p.remote_id.startswith("writer") else [] for p in profiles}
    scores = dict.fromkeys(posts, 0.2)
    rows = _decided(store, profiles[:3], _PostsServer(posts), _Fixed(scores, {}))
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {
        "quiet-mastodon",
        "writer-mastodon",
    }
    assert rows["dressed-mastodon"].reasons[0]["text"] == (
        "− never posted, and the server hides whom it follows"
    )
    # Where follows show (Bluesky), the model weighs them: the same profile is kept.
    rows = _decided(store, profiles[3:], _PostsServer(posts), _Fixed(scores, {}))
    assert rows["dressed-bluesky"].verdict == "follow"


def test_the_allow_list_is_the_brand_s_word_no_second_look_overrides_it(store: Store) -> None:
    # A complete profile that never posted on snac, and one whose posts sell: both on the
    # brand's allow list, both followed, and their posts are not even read.
    profiles = [
        Profile(Platform.MASTODON, k, f"{k}@example.social", AT, display_name=k.title(),
                bio=bio, has_avatar=True, counts_reported=False)
        for k, bio in (("friend", "Our supplier since 2009"), ("shop", "Gold and boosting, cripto"))
    ]  # fmt: skip
    posts = {"friend": [], "shop": [RecentPost("70% cheaper than anywhere, check bio", AT)]}
    server = _PostsServer(posts)
    allow = {"allow": [p.handle for p in profiles]}
    rows = _decided(store, profiles, server, _Fixed(dict.fromkeys(posts, 0.2), {}), allow)
    assert {k: r.verdict for k, r in rows.items()} == {"friend": "follow", "shop": "follow"}
    assert server.calls == []


def test_a_post_that_names_what_the_brand_s_values_block_wants_a_look(store: Store) -> None:
    # The values rule reads the profile; a clash said only in a post (held-out set l's
    # moose hunter defending what the brand's rule blocks, session 15) was recommended.
    # Posts are weaker evidence than a bio (a post may argue against what it names): a
    # person decides, nobody is screened out on a post.
    posts = {
        "hunter": [
            RecentPost("Wrote to the paper today defending legal trophy hunting.", AT),
            RecentPost("Ferry late again, third time this week", AT),
        ],
        "walker": [RecentPost("Lovely ferry crossing this morning", AT)],
    }
    values = {"blocked_keywords": ["trophy hunting"]}
    rows = _complete_on_snac(store, posts, "Commuter on the coast", policy=values)
    assert {k: r.verdict for k, r in rows.items()} == {"hunter": "review", "walker": "follow"}
    assert rows["hunter"].reasons[0]["text"] == "− a recent post mentions 'trophy hunting'"


def test_scam_posts_in_other_languages_want_a_look(store: Store) -> None:
    # Complete, person-like profiles on snac (no counts, no follows) whose posts ask for a
    # card's number and code, a deposit by money transfer, a parcel "fee", or push a
    # casino (held-out set l's Norwegian spam, session 15): recommended on their looks
    # before; a person who names a parcel or money sent home is kept.
    posts = {
        "refund-desk": [
            RecentPost("Send kortnummer og CVC på DM, så overfører vi beløpet i dag.", AT,
                       reply=True),
            RecentPost("Beklager ulempen! Du har krav på full refusjon.", AT, reply=True),
        ],
        "cabin": [
            RecentPost("Siste ledige uke i juli, bare 3 500 kr uka!", AT),
            RecentPost("Please pay 50% deposit by Western Union to confirm.", AT, reply=True),
        ],
        "parcel": [
            RecentPost("Pakken din kunne ikke leveres på grunn av ubetalt toll (29 kr).", AT),
            RecentPost("God morgen!", AT),
        ],
        "spins": [
            RecentPost("Lang ferjetur? Test de beste casinoene, 200 gratisspinn!", AT),
            RecentPost("Vakker kveld i Lofoten", AT),
        ],
        "nurse": [
            RecentPost("Sent money home through Western Union, mama says thank you", AT),
            RecentPost("My parcel from Manila finally arrived after 3 weeks!", AT),
            RecentPost("Night shift again, third in a row, coffee please", AT),
        ],
    }  # fmt: skip
    rows = _complete_on_snac(store, posts, "Living on the Helgeland coast")
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"nurse"}
    assert {rows[k].verdict for k in ("refund-desk", "cabin", "parcel", "spins")} == {"review"}


def test_spanish_scam_posts_and_stock_praise_want_a_look(store: Store) -> None:
    # Held-out set m (an Oaxaca chocolate maker's followers, session 15) was first scored
    # with the rules above: on snac these were recommended. A payment through a link, a
    # deposit at a convenience store, a cure claimed for a disease, a loan shop's bio with
    # "link en bio", and replies of stock praise in Spanish now wait; a library lending
    # books ("préstamos") and a grandmother's story are kept.
    posts = {
        "parcel": [
            RecentPost("Su envío está detenido. Pague $29.90 en el enlace hoy.", AT, reply=True),
            RecentPost("Feliz jueves a todos", AT),
        ],
        "seats": [
            RecentPost("Quedan lugares para el concierto, aparta con 30% en OXXO", AT),
            RecentPost("Hoy llueve en Puebla", AT),
        ],
        "remedy": [
            RecentPost("Nuestro té de hojas curó la diabetes de mi tío en un mes", AT),
            RecentPost("Buenos días desde Xalapa", AT),
        ],
        "lender": [
            RecentPost("Dinero hoy mismo, link en bio", AT, reply=True),
            RecentPost("Feliz viernes", AT),
        ],
        "cheerer": [
            RecentPost("Excelente 👏", AT, reply=True),
            RecentPost("Qué bonito!", AT, reply=True),
            RecentPost("Muy bueno", AT, reply=True),
        ],
        "library": [
            RecentPost("Nuevos préstamos: ya llegaron las novelas de la feria del libro", AT),
            RecentPost("Taller de lectura el sábado a las 11", AT),
        ],
        "grandson": [
            RecentPost("Mi abuela venció el cáncer: no hay una cura mágica, solo quimio", AT),
            RecentPost("Pagué la cena con la tarjeta de mi hermano, le debo una", AT),
        ],
    }  # fmt: skip
    bios = dict.fromkeys(posts, "Vivo en Oaxaca")
    bios["lender"] = "Préstamos sin aval, dinero en 10 minutos"
    bios["library"] = "Biblioteca pública. Talleres y préstamos."
    rows = _complete_on_snac(store, posts, bios)
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"library", "grandson"}
    assert rows["cheerer"].reasons[0]["text"] == "− 3 of 3 recent posts are stock praise"
    assert rows["lender"].reasons[0]["text"] == "− its profile and 1 of 2 recent posts sell"


def test_a_follower_named_after_the_brand_wants_a_look(store: Store) -> None:
    # Held-out set n (session 15): "<Brand> Müşteri Destek", a refund desk in words the
    # model's desk lists lack, was recommended on snac. A name that starts with the brand's
    # waits for a person; one that names it later ("a fan of brand") is kept.
    posts = {
        "desk": [RecentPost("Merhaba, iadeniz için DM atın", AT, reply=True)],
        "fan": [RecentPost("Bugün atölyede harika bir gün", AT)],
    }
    names = {"desk": "Brand Müşteri Destek", "fan": "Ayşe, a fan of Brand"}
    rows = _complete_on_snac(store, posts, "Kütahya", names)
    assert {k: r.verdict for k, r in rows.items()} == {"desk": "review", "fan": "follow"}
    assert rows["desk"].reasons[0]["text"] == "− its name carries the brand's name (brand)"


def test_a_follower_named_as_a_desk_in_another_language_wants_a_look(store: Store) -> None:
    # Held-out set s (session 19): "Vietcombank Hỗ Trợ", a fake bank desk phishing in
    # Vietnamese, was recommended on both platforms; the model's desk words are English and
    # five other languages. A desk's name in the others waits for a person; a charity
    # whose name says "support" first is kept.
    posts = {
        "desk": [RecentPost("Chào bạn, vui lòng truy cập đường dẫn trong tiểu sử", AT, reply=True)],
        "charity": [RecentPost("Tối nay nhóm phát 200 suất cơm ở chợ Cồn", AT)],
    }
    names = {"desk": "Vietcombank Hỗ Trợ", "charity": "Hỗ trợ người nghèo Đà Nẵng"}
    rows = _complete_on_snac(store, posts, "Đà Nẵng", names)
    assert {k: r.verdict for k, r in rows.items()} == {"desk": "review", "charity": "follow"}
    assert rows["desk"].reasons[0]["text"] == "− its name presents it as a support desk (ho tro)"


def test_posts_that_send_readers_away_want_a_look_in_any_language(store: Store) -> None:
    # Session 16: held-out set n's Turkish spam was recommended on snac, in a language no
    # list of ours reads. What spam borrows in every language (the bio, the profile, DMs,
    # a messaging app, a pointing finger) sends these to a person; a reporter whose DMs
    # are open, once, and a café that takes orders by DM are kept. Written in Polish,
    # which no list reads either.
    posts = {
        "tipster": [
            RecentPost("Wczoraj +40% na spółce z naszej grupy, link w bio 📈", AT),
            RecentPost("Chcesz wiedzieć jutro? Napisz DM", AT, reply=True),
        ],
        "jobs": [
            RecentPost("Kto chętny? 🙋", AT),
            RecentPost("Szczegóły w DM 😉", AT, reply=True),
        ],
        "reporter": [
            RecentPost("Moje DM są otwarte dla źródeł", AT),
            RecentPost("Rada miasta głosowała dziś nad budżetem", AT),
            RecentPost("Relacja na żywo od 18:00", AT),
        ],
        "cafe": [
            RecentPost("Nowa kawa z Etiopii, owocowa i jasna", AT),
            RecentPost("Dziś otwarte do 20", AT),
        ],
    }
    bios = dict.fromkeys(posts, "Mieszkam w Gdańsku")
    bios["jobs"] = "Zarabiaj 300 zł dziennie z telefonu, napisz DM"
    bios["cafe"] = "Kawa od 12 zł, zamówienia przez DM"
    rows = _complete_on_snac(store, posts, bios)
    assert {k: r.verdict for k, r in rows.items()} == {
        "tipster": "review", "jobs": "review", "reporter": "follow", "cafe": "follow",
    }  # fmt: skip
    # Its "+40% ... link in bio" names a payout beside the redirect: a sale made in private
    # as well (session 19).
    assert [r["rule"] for r in rows["tipster"].reasons[:2]] == ["recent:spam", "recent:redirects"]
    assert rows["jobs"].reasons[0]["text"].startswith("− its bio names a price")


def test_a_bio_that_pitches_in_private_wants_a_look_whatever_the_posts(store: Store) -> None:
    # Session 21: held-out set t's betting tipster (a first-deposit bonus and a link in its
    # bio, football predictions in its posts) and set u's wine tour (half paid up front by
    # WhatsApp) were recommended on snac on their looks. A shop naming prices and taking
    # orders by DM is kept.
    posts = {
        "tipster": [
            RecentPost("Derby tonight: both teams to score, odds 2.15 🔥", AT),
            RecentPost("Yesterday's pick came in ✅", AT),
        ],
        "tour": [RecentPost("Vineyards at dawn, first frost 🍇", AT)],
        "shop": [RecentPost("New mugs out of the kiln today", AT)],
    }
    bios = {
        "tipster": "Daily football tips ✅ 89% hit rate. 200% bonus on your first deposit, "
        "sign up via the link 👇",
        "tour": "Wine tours from the city, only 45 EUR! 50% prepayment via WhatsApp",
        "shop": "Handmade mugs from 20 EUR, orders by DM",
    }
    rows = _complete_on_snac(store, posts, bios)
    assert {k: r.verdict for k, r in rows.items()} == {
        "tipster": "review", "tour": "review", "shop": "follow",
    }  # fmt: skip
    for key in ("tipster", "tour"):
        assert rows[key].reasons[0]["rule"] == "recent:bio_sells"
        assert rows[key].reasons[0]["text"].startswith("− its bio names a price or a bonus")


def test_a_newcomer_screened_out_on_counts_who_reposts_waits_for_a_person(store: Store) -> None:
    # Session 16: held-out sets k-n each had a Bluesky newcomer with a name and a photo
    # who followed five hundred (a starter pack) and reposted once; the model screened
    # each out on counts a bought follower shares. Their posts are now read: one who acts
    # waits for a person (never recommended this way); one who never posted, one who
    # follows thousands, one without a photo and one that sells stay screened out.
    audience = Reason("model:audience", "− follows 450, followed by 0")
    quiet = Reason("model:activity", "− no posts")
    looks = Reason("model:profile", "+ has a display name and avatar")
    words = Reason("model:words", "− bio uses spam words")
    posts = {
        "newcomer": [RecentPost("", AT, repost=True)],
        "silent": [],
        "farm": [RecentPost("", AT, repost=True)],
        "faceless": [RecentPost("", AT, repost=True)],
        "seller": [RecentPost("Bofya link kwenye bio", AT), RecentPost("DM 👇", AT)],
        "spammy": [RecentPost("", AT, repost=True)],
    }
    follows = dict.fromkeys(posts, 450) | {"farm": 2600}
    profiles = [
        Profile(Platform.BLUESKY, k, f"{k}.bsky.social", AT, display_name=k.title(),
                has_avatar=k != "faceless", following_count=follows[k])
        for k in posts
    ]  # fmt: skip
    reasons = dict.fromkeys(posts, (audience, quiet, looks)) | {"spammy": (words, looks)}
    server = _PostsServer(posts)
    rows = _decided(store, profiles, server, _Fixed(dict.fromkeys(posts, 0.9), reasons))
    assert {k: r.verdict for k, r in rows.items()} == {
        "newcomer": "review", "silent": "skip", "farm": "skip", "faceless": "skip",
        "seller": "skip", "spammy": "skip",
    }  # fmt: skip
    assert rows["newcomer"].reasons[0]["text"] == (
        "+ active lately: 1 recent post read (0 its own), none selling"
    )
    # Only the ones screened out on counts, with a name and a photo, were read.
    assert sorted(server.calls) == ["newcomer", "seller", "silent"]


def test_unsure_followers_who_repost_and_follow_few_are_recommended(store: Store) -> None:
    # Session 18: each held-out set j-q had a Bluesky person with a name and a photo who
    # only reposts and follows 85-130; Bluesky counts no reposts, so the model saw "no
    # posts" and left each to a look. Bought reposters follow hundreds to thousands.
    audience = Reason("model:audience", "− follows 120, followed by 3")
    quiet = Reason("model:activity", "− no posts")
    looks = Reason("model:profile", "+ has a display name and avatar")
    words = Reason("model:words", "− name or bio sells: crypto signals")
    reposts = [RecentPost("", AT, repost=True, source=f"did:plc:{i}") for i in "abcd"]
    alike = ("reader", "farm", "faceless", "pitched", "upper", "hidden")
    posts = dict.fromkeys(alike, reposts) | {
        "once": reposts[:1],
        "writer": [*reposts[:3], RecentPost("Nice one", AT)],
        # An amplifier: every repost passes on one account's posts.
        "amplifier": [RecentPost("", AT, repost=True, source="did:plc:a")] * 4,
    }
    follows = dict.fromkeys(posts, 120) | {"farm": 900}
    profiles = [
        Profile(Platform.BLUESKY, k, f"{k}.bsky.social", AT, display_name=k.title(),
                has_avatar=k != "faceless", following_count=follows[k], followers_count=3,
                counts_reported=k != "hidden")
        for k in posts
    ]  # fmt: skip
    reasons = dict.fromkeys(posts, (audience, quiet, looks)) | {"pitched": (words, looks)}
    scores = dict.fromkeys(posts, 0.4) | {"upper": 0.6}
    rows = _decided(store, profiles, _PostsServer(posts), _Fixed(scores, reasons))
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"reader"}
    assert [r["text"] for r in rows["reader"].reasons] == [
        "+ reposts what others post (4 of 4 recent posts, from 4 accounts), follows 120",
        "− follows 120, followed by 3",
        "+ has a display name and avatar",
    ]
    # Following many, no photo, one repost, spam words, the upper half of the unsure
    # band, hidden counts, a post of its own that shows no person, or reposts of one
    # account only: a person decides.
    others = ("farm", "faceless", "once", "pitched", "upper", "hidden", "writer", "amplifier")
    assert {k: r.verdict for k, r in rows.items() if k != "reader"} == dict.fromkeys(
        others, "review"
    )


def test_brazilian_scam_posts_want_a_look(store: Store) -> None:
    # Held-out set r (a Belém football club's followers, session 18) was first scored
    # with the rules above: on snac these were recommended on their looks. A slot scam
    # ("tigrinho", a first-deposit bonus), a daily return guaranteed, credit repair and
    # "call me on Direct"; a fan who names a bonus, a percentage and Direct is kept.
    posts = {
        "slots": [
            RecentPost("Café da manhã em Alter do Chão hoje ☀️", AT),
            RecentPost("Cadastra com meu código e ganha bônus no primeiro depósito!", AT),
            RecentPost("Amiga, me chama no direct que eu te ensino 😉", AT, reply=True),
        ],
        "robot": [
            RecentPost("Que jogo ontem! A defesa não deixa passar nada.", AT),
            RecentPost("Robô de arbitragem: 1,5% ao dia garantido, saque no Pix.", AT),
        ],
        "credit": [
            RecentPost("Quer limpar o nome antes do Natal? Fala comigo 💳", AT, reply=True),
            RecentPost("Boa noite, Belém!", AT),
        ],
        "fan": [
            RecentPost("Bônus de fim de ano saiu, vou comprar a camisa nova 😄", AT),
            RecentPost("Estádio 90% cheio no domingo, que festa!", AT),
            RecentPost("Voo direct de Lisboa pra Belém, finalmente em casa", AT),
        ],
    }  # fmt: skip
    rows = _complete_on_snac(store, posts, "Torcedor do Boto, Belém-PA")
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"fan"}
    assert {rows[k].verdict for k in ("slots", "robot", "credit")} == {"review"}


def test_a_named_follower_screened_out_that_only_reposts_waits_for_a_person(
    store: Store,
) -> None:
    # Held-out set r on Bluesky (session 18): a sports shop with a name, a bio and a
    # photo, following 301 and only reposting, was screened out once its reposts were
    # read, the model's reposts signal joining its counts. Reposting is a newcomer's first
    # act: it waits for a person, as one screened out on counts alone does.
    audience = Reason("model:audience", "− follows 301, followed by 0")
    quiet = Reason("model:activity", "− no posts")
    reposted = Reason("model:recent_posts", "− all 5 recent posts are reposts")
    looks = Reason("model:profile", "+ has a display name, bio and avatar")
    reposts = [RecentPost("", AT, repost=True, source=f"did:plc:{i}") for i in "abcde"]
    posts = {"shop": reposts, "farm": reposts, "writer": [*reposts[:3], CHAT[1]]}
    follows = {"shop": 301, "farm": 2_400, "writer": 301}
    profiles = [
        Profile(Platform.BLUESKY, k, f"{k}.bsky.social", AT, display_name=k.title(),
                bio="Artigos esportivos", has_avatar=True, following_count=follows[k])
        for k in posts
    ]  # fmt: skip
    # The model: screened out on counts before the read; the posts' signal after it.
    after = {"shop": reposted, "farm": reposted, "writer": Reason("model:recent_posts", "− sells")}

    class _Read(_Fixed):
        def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
            return [
                Score(0.95, (audience, quiet, *([after[p.remote_id]] * p.recent_sampled), looks),
                      "stub")
                for p in profiles
            ]  # fmt: skip

    rows = _decided(store, profiles, _PostsServer(posts), _Read({}))
    assert rows["shop"].verdict == "review"
    assert rows["shop"].reasons[0]["text"].startswith("+ active lately: 5 recent posts read")
    # Following thousands, or a post of its own held against it: still screened out.
    assert rows["farm"].verdict == "skip" and rows["writer"].verdict == "skip"


def test_unsure_newcomers_with_a_name_or_a_bio_following_few_are_recommended(
    store: Store,
) -> None:
    # Session 20: Bluesky's people in "needs a look" in held-out sets k-t were mostly
    # these: a name only or a bio only, no posts, following a few dozen (0.37-0.69). A
    # bought follower follows the vendor's many clients.
    quiet = Reason("model:activity", "− no posts")
    words = Reason("model:words", "− name or bio sells: crypto signals")
    shapes = {  # display name, bio, following, posts, counts reported
        "named": ("Aigerim", "", 38, 0, True),
        "bio": ("", "physics teacher, School 134", 23, 0, True),
        "upper": ("", "mum of two, Almaty", 60, 0, True),  # upper half of the band
        "bare": ("", "", 12, 0, True),  # nothing at all: a person decides
        "many": ("Aigerim", "", 400, 0, True),  # bought to follow
        "zero": ("Aigerim", "", 0, 0, True),  # it follows the brand: 0 is a blank
        "wrote": ("Aigerim", "", 38, 3, True),  # its own posts are the evidence
        "hidden": ("Aigerim", "", 38, 0, False),  # snac: counts unknown
        "pitched": ("Aigerim", "crypto signals", 38, 0, True),
    }
    profiles = [
        Profile(Platform.BLUESKY, k, f"{k}.bsky.social", AT, display_name=n, bio=b,
                following_count=f, followers_count=2, posts_count=posts,
                counts_reported=shown)
        for k, (n, b, f, posts, shown) in shapes.items()
    ]  # fmt: skip
    scores = dict.fromkeys(shapes, 0.45) | {"upper": 0.69}
    reasons = dict.fromkeys(shapes, (quiet,)) | {"pitched": (words, quiet)}
    rows = _decided(store, profiles, _PostsServer({}), _Fixed(scores, reasons))
    assert {k for k, r in rows.items() if r.verdict == "follow"} == {"named", "bio", "upper"}
    assert [r["text"] for r in rows["named"].reasons] == [
        "+ follows 38 and has not posted yet, with a display name: a newcomer or a reader",
        "− no posts",
        "− no posts found",  # its posts were read for this look: there are none
    ]
    assert rows["bio"].reasons[0]["text"] == (
        "+ follows 23 and has not posted yet, with a bio: a newcomer or a reader"
    )
    others = ("bare", "many", "zero", "wrote", "hidden", "pitched")
    assert {k: rows[k].verdict for k in others} == dict.fromkeys(others, "review")
