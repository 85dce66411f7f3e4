"""Screening features: computed per row from the frame, NaN when unknown, never from today."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl
import pytest

from followback.domain import Platform, Profile
from followback.screening.features import (
    FEATURE_NAMES,
    SIGNAL_NAMES,
    extract_features,
    extract_signals,
    handle_local_part,
)
from followback.screening.frame import PROFILE_SCHEMA, empty_frame, profiles_to_frame

SEEN = datetime(2019, 6, 3, 12, tzinfo=UTC)


def _profile(**kw: object) -> Profile:
    base: dict[str, object] = {
        "platform": Platform.X,
        "remote_id": "1",
        "handle": "anaruiz",
        "observed_at": SEEN,
        "display_name": "Ana Ruiz",
        "bio": "Nurse in Leeds.",
        "url": "https://ana.example",
        "followers_count": 342,
        "following_count": 289,
        "posts_count": 2140,
        "created_at": SEEN - timedelta(days=3),
    }
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


def _features(*profiles: Profile) -> dict[str, np.ndarray]:
    values = extract_features(profiles_to_frame(profiles)).values
    return {name: values[:, j] for j, name in enumerate(FEATURE_NAMES)}


def test_matrix_shape_and_dtype() -> None:
    m = extract_features(profiles_to_frame([_profile(), _profile(remote_id="2")]))
    assert m.values.shape == (2, len(FEATURE_NAMES))
    assert m.values.dtype == np.float32
    assert m.names == FEATURE_NAMES


def test_counts_are_logs_and_the_follow_gap_starts_at_100_follows() -> None:
    f = _features(
        _profile(followers_count=12, following_count=4900, posts_count=0),
        _profile(followers_count=2, following_count=60, posts_count=5),
    )
    assert f["log_followers"][0] == pytest.approx(math.log1p(12), rel=1e-6)
    assert f["log_following"][0] == pytest.approx(math.log1p(4900), rel=1e-6)
    assert f["log_posts"][0] == 0.0
    assert list(f["no_posts"]) == [1.0, 0.0]
    assert f["log_follow_gap"][0] == pytest.approx(math.log1p(4900) - math.log1p(12), rel=1e-5)
    # a new person follows 60 and is followed by 2: that says nothing yet
    assert f["log_follow_gap"][1] == 0.0


def test_age_is_measured_at_observation_not_today() -> None:
    f = _features(_profile(created_at=SEEN - timedelta(days=3)))
    assert f["log_age_days"][0] == pytest.approx(math.log1p(3.0), rel=1e-6)
    # rates are taken over at least 30 days: a day-old account that followed a starter pack
    # of 150 is not "following 150 a day"
    f = _features(_profile(created_at=SEEN - timedelta(hours=1), following_count=150))
    assert f["log_follows_per_day"][0] == pytest.approx(math.log1p(5.0), rel=1e-6)


def test_creation_after_observation_clips_to_zero_age() -> None:
    f = _features(_profile(created_at=SEEN + timedelta(days=2)))
    assert f["log_age_days"][0] == 0.0


def test_unknown_values_are_nan_not_zero() -> None:
    frame = profiles_to_frame([_profile(created_at=None)]).with_columns(
        pl.lit(None, dtype=pl.String()).alias("bio"),
        pl.lit(None, dtype=pl.Int64()).alias("followers_count"),
        pl.lit(None, dtype=pl.Boolean()).alias("has_avatar"),
    )
    values = extract_features(frame).values[0]
    f = dict(zip(FEATURE_NAMES, values, strict=True))
    for name in ("log_followers", "log_follow_gap", "log_age_days", "bio_length",
                 "bio_has_link", "default_avatar", "log_posts_per_day"):  # fmt: skip
        assert math.isnan(f[name]), name
    assert f["log_following"] == pytest.approx(math.log1p(289), rel=1e-6)


def test_length_columns_stand_in_for_missing_text() -> None:
    # caverlee-2011 gives screen-name and description lengths but no text
    frame = profiles_to_frame([_profile()]).with_columns(
        pl.lit(None, dtype=pl.String()).alias("handle"),
        pl.lit(None, dtype=pl.String()).alias("display_name"),
        pl.lit(None, dtype=pl.String()).alias("bio"),
        pl.lit(8, dtype=pl.Int64()).alias("handle_length"),
        pl.lit(0, dtype=pl.Int64()).alias("bio_length"),
    )
    f = dict(zip(FEATURE_NAMES, extract_features(frame).values[0], strict=True))
    assert f["handle_length"] == 8.0
    assert f["bio_length"] == 0.0
    assert math.isnan(f["handle_digits"])
    assert math.isnan(f["name_matches_handle"])
    assert math.isnan(f["text_money"])  # no name and no bio: the words are unknown


@pytest.mark.parametrize(
    ("handle", "local"),
    [
        ("anaruiz", "anaruiz"),
        ("@anaruiz", "anaruiz"),
        ("ana.bsky.social", "ana"),
        ("bob@mastodon.example", "bob"),
        ("@bob@mastodon.example", "bob"),
        ("", ""),
    ],
)
def test_handle_local_part(handle: str, local: str) -> None:
    assert pl.select(handle_local_part(pl.lit(handle))).item() == local


def test_text_shape_features() -> None:
    f = _features(
        _profile(handle="jessica84736251", display_name="Jessica", bio="", url=""),
        _profile(handle="deals4u", display_name="Best Deals", bio="Click https://x.example"),
        _profile(handle="ZoëÅngström", display_name="Zoë Ångström 🌸", bio="北京 → Zürich"),
    )
    assert list(f["handle_digits"]) == [8.0, 1.0, 0.0]
    assert list(f["handle_length"]) == [15.0, 7.0, 11.0]
    assert list(f["name_matches_handle"]) == [1.0, 0.0, 1.0]  # digits and case ignored
    assert list(f["bio_length"]) == [0.0, 23.0, 11.0]  # characters, not bytes
    assert list(f["bio_has_link"]) == [0.0, 1.0, 0.0]
    assert list(f["has_url"]) == [0.0, 1.0, 1.0]
    assert list(f["has_name"]) == [1.0, 1.0, 1.0]


def test_words_spam_says_of_itself() -> None:
    f = _features(
        _profile(display_name="Crypto Signals Pro", bio="Daily forex signals 📈 https://t.me/x"),
        _profile(display_name="Lily 🔞", bio="18+ link in bio"),
        _profile(bio="I follow back! #f4f #TeamFollowBack"),
        _profile(bio="Watching $AAPL and $TSLA"),
        _profile(bio="Nurse. Earnest about bread; learned to bake in 2020. Signal: ana.01"),
        _profile(bio="https://linktr.ee/someone"),
    )
    assert list(f["text_scam"]) == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert list(f["text_money"]) == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert list(f["text_adult"]) == [0.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    assert list(f["text_promo"]) == [0.0, 1.0, 0.0, 0.0, 0.0, 0.0]  # "link in bio"
    assert list(f["text_follow_back"]) == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    assert list(f["bio_cashtags"]) == [0.0, 0.0, 0.0, 2.0, 0.0, 0.0]
    assert list(f["bio_link_only"]) == [0.0, 0.0, 0.0, 0.0, 0.0, 1.0]


SPAM_SAMPLES = [
    "Daily crypto signals", "VIP signals group", "FOREX", "free airdrop", "Giveaways!",
    "passive income", "make money online", "earn $500/day", "earn from home",
    "guaranteed profits", "binary options", "100x gem", "USDT only", "casino", "betting tips",
    "loans", "cashapp me", "Crypto trader", "bitcoin", "BTC", "ethereum", "trading", "investor",
    "investments", "profit", "income", "NFTs", "web3", "defi", "click here", "DM me for promo",
    "dm to buy", "WhatsApp", "telegram", "promotions", "discount", "coupon", "deals",
    "shop now", "buy now", "order now", "sign up", "free shipping", "cheap", "for sale", "SEO",
    "marketing agency", "link in my bio", "check out my page", "subscribe", "nsfw",
    "OnlyFans", "only fans", "adult", "sexy", "xxx", "nudes", "porn", "horny", "cam girl",
    "hookup", "dating", "kik", "18+", "🔞", "🍑", "💦", "follow back", "followback", "f4f",
    "follow4follow", "follow for follow", "team follow back", "#TeamFollowBack", "ifollowback",
    "follow train", "gain followers", "followers for sale", "100% follow", "I follow back",
    "#TFB", "RT to win", "500% gains", "5x daily", "buy followers", "cheap likes",
    "señales", "senales", "gana dinero", "ingresos pasivos", "ganancias garantizadas", "sinais",
    "ganhe dinheiro", "renda extra", "lucro garantido", "signaux", "gagner de l'argent",
    "revenus passifs", "geld verdienen", "passives Einkommen", "segnali", "guadagna soldi",
    "penghasilan", "cuan", "criptomonedas", "inversión", "investimentos", "dinero",
    "so lonely", "bored tonight", "single and ready to mingle", "looking for a serious man",
    "looking for someone special", "waiting for my prince", "message me here", "text me now",
    "my private page", "see my photos", "new pics just for you", "te busco", "escríbeme",
    "cherche un homme", "écris-moi", "schreib mir", "estou sozinha", "visit my profile",
    "link below",
]  # fmt: skip


def test_spam_stems_find_every_row_the_word_lists_would() -> None:
    # The Aho-Corasick pre-filter may let extra rows through, never drop one.
    from followback.screening import features as F

    frame = pl.DataFrame({"text": SPAM_SAMPLES})
    lower = pl.col("text").str.to_lowercase()
    hit = frame.select(
        pl.any_horizontal([lower.str.contains(rx) for rx in F._WORD_FEATURES.values()])
    ).to_series()
    assert hit.all(), [t for t, h in zip(SPAM_SAMPLES, hit, strict=True) if not h]
    stems = frame.select(
        pl.col("text").str.contains_any(list(F.SPAM_STEMS), ascii_case_insensitive=True)
    ).to_series()
    assert stems.all(), [t for t, h in zip(SPAM_SAMPLES, stems, strict=True) if not h]


def test_platform_signals_are_zero_when_absent() -> None:
    plain = _profile()
    rich = _profile(
        labels=("spam",), verified=True, verified_links=5, pinned_post=True,
        associated_count=2, last_post_at=SEEN - timedelta(days=2), recent_posts_sampled=4,
        recent_reply_share=0.5, recent_duplicate_share=0.25, recent_link_share=1.0,
        recent_spam_share=0.75, recent_one_link_share=0.75,
    )  # fmt: skip
    values = extract_signals(profiles_to_frame([plain, rich]))
    got = {name: list(values[:, k]) for k, name in enumerate(SIGNAL_NAMES)}
    assert got == {
        "label_abuse": [0.0, 1.0], "verified": [0.0, 1.0], "verified_links": [0.0, 2.0],
        "pinned_post": [0.0, 1.0], "made_for_others": [0.0, 1.0], "posted_recently": [0.0, 1.0],
        "recent_replies": [0.0, 0.5], "recent_duplicates": [0.0, 0.25], "recent_links": [0.0, 1.0],
        "recent_spam": [0.0, 0.75], "recent_reposts": [0.0, 0.0], "recent_one_link": [0.0, 0.75],
        "says_automated": [0.0, 0.0], "support_desk": [0.0, 0.0], "support_bait": [0.0, 0.0],
        "support_brand": [0.0, 0.0], "brand_official": [0.0, 0.0],
    }  # fmt: skip
    # a frame without the signal columns (a bulk file) reads as "not said"
    assert not extract_signals(profiles_to_frame([rich]).select(list(PROFILE_SCHEMA))).any()


def test_self_labels_are_not_abuse_labels() -> None:
    values = extract_signals(profiles_to_frame([_profile(labels=("bot", "!no-unauthenticated"))]))
    assert values[0, SIGNAL_NAMES.index("label_abuse")] == 0.0


def test_avatar_flag() -> None:
    f = _features(_profile(has_avatar=False), _profile(has_avatar=True))
    assert list(f["default_avatar"]) == [1.0, 0.0]


def test_empty_frame_gives_empty_matrix() -> None:
    assert set(empty_frame().columns) == set(PROFILE_SCHEMA)
    assert extract_features(empty_frame()).values.shape == (0, len(FEATURE_NAMES))


def test_zero_posts_with_a_last_post_time_is_an_unknown_count() -> None:
    # snac reports statuses_count 0 for everyone; a last post time shows that is not true
    f = _features(
        _profile(posts_count=0, last_post_at=SEEN - timedelta(days=1)),
        _profile(posts_count=0),
    )
    assert math.isnan(f["no_posts"][0]) and math.isnan(f["log_posts"][0])
    assert f["no_posts"][1] == 1.0


def test_bare_profile_is_no_name_and_no_bio_and_unknown_when_unknown() -> None:
    f = _features(
        _profile(display_name="", bio="", has_avatar=False),
        _profile(display_name="Ana", bio="", has_avatar=False),
        _profile(display_name="", bio="", has_avatar=True),
        _profile(display_name="", bio="Nurse.", has_avatar=False),
        _profile(display_name=None, bio=None, has_avatar=False),
        # snac shows the user name when no display name is set: that is no name.
        _profile(handle="qx81z@snac.example", display_name="qx81z", bio=""),
    )
    assert list(f["bare_profile"][:4]) == [1.0, 0.0, 1.0, 0.0]
    assert np.isnan(f["bare_profile"][4])
    assert f["bare_profile"][5] == 1.0 and f["has_name"][5] == 0.0


def test_faceless_follower_is_a_named_silent_follower_without_bio_or_avatar() -> None:
    # A bought follower with a stock first name: follows many, never posted, no bio or
    # avatar. A bio, an avatar, a post or following few is something more; with no name at
    # all it is bare (bare_profile), not this.
    silent = {"following_count": 900, "followers_count": 7, "posts_count": 0}
    f = _features(
        _profile(display_name="Priya", bio="", has_avatar=False, **silent),
        _profile(display_name="", bio="", has_avatar=False, **silent),
        _profile(display_name="Priya", bio="", has_avatar=True, **silent),
        _profile(display_name="Priya", bio="Baker.", has_avatar=False, **silent),
        _profile(display_name="Priya", bio="", has_avatar=False, following_count=6, posts_count=0),
        _profile(display_name="Priya", bio="", has_avatar=False, **{**silent, "posts_count": 2}),
        _profile(display_name="Priya", bio=None, has_avatar=False, **silent),
    )
    assert list(f["faceless_follower"][:6]) == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert np.isnan(f["faceless_follower"][6])  # the bio is unknown: no term either way


def test_a_newcomer_who_followed_a_starter_pack_is_no_silent_follower() -> None:
    # A Bluesky starter pack holds up to 150 accounts, followed in one click on day one: a
    # lurker who has not posted yet follows that many (model 6 read 20 as "following many"
    # and screened out a held-out person with a bio who followed 40). Bought followers
    # follow hundreds.
    quiet = {"display_name": "Priya", "bio": "", "has_avatar": False, "posts_count": 0}
    f = _features(
        _profile(following_count=40, **quiet),
        _profile(following_count=160, **quiet),
        _profile(following_count=199, **quiet),
        _profile(following_count=200, **quiet),
        _profile(following_count=1300, **quiet),
    )
    assert list(f["silent_follower"]) == [0.0, 0.0, 0.0, 1.0, 1.0]
    assert list(f["faceless_follower"]) == [0.0, 0.0, 0.0, 1.0, 1.0]


def test_a_follower_that_shows_nothing_is_silent_from_20_follows() -> None:
    # No name, bio or avatar, never posted, following a few dozen: the bought follower as
    # sold in bulk (issue 12); the starter-pack allowance is for accounts that show
    # something. A known avatar, or an unknown one (research data), keeps the 200 line.
    bare = {"display_name": "", "bio": "", "has_avatar": False, "posts_count": 0}
    f = _features(
        _profile(following_count=19, **bare),
        _profile(following_count=20, **bare),
        _profile(following_count=40, **{**bare, "has_avatar": True}),
        _profile(following_count=40, **{**bare, "has_avatar": None}),
        _profile(following_count=40, **{**bare, "posts_count": 1}),
    )
    assert list(f["silent_follower"]) == [0.0, 1.0, 0.0, 0.0, 0.0]
    assert list(f["faceless_follower"]) == [0.0, 0.0, 0.0, 0.0, 0.0]


def test_faceless_follower_on_a_server_that_hides_follows() -> None:
    # snac: whom an account follows is unknown; no name, no bio and nothing found by the
    # second look is "silent"; a display name keeps it unknown (model 6), so a faceless
    # follower (a silent one with a name) cannot be seen there.
    hidden = {"handle": "k2v9@snac.example", "counts_reported": False, "bio": "", "posts_count": 0}
    sampled = {"recent_sampled": True, "recent_posts_sampled": 0}
    f = _features(
        _profile(display_name="Priya", has_avatar=False, **hidden, **sampled),
        _profile(display_name="", has_avatar=False, **hidden, **sampled),
    )
    assert np.isnan(f["silent_follower"][0])
    assert f["silent_follower"][1] == 1.0
    assert np.isnan(f["faceless_follower"][0])
    assert f["faceless_follower"][1] == 0.0


def test_a_named_follower_is_no_silent_follower_where_follows_are_hidden() -> None:
    # Where follows are shown, a quiet person with a name or a photo who follows a few is
    # not a silent follower; where they are hidden (snac), such an account keeps
    # "unknown" rather than being read as following many (model 5 asked for a name *and*
    # a photo and screened out people showing only one). Showing neither still counts,
    # and so does a name and a photo while following 900 where follows are shown.
    hidden = {"counts_reported": False, "bio": "", "posts_count": 0, "recent_sampled": True}
    f = _features(
        _profile(handle="mira@snac.example", display_name="Mira", has_avatar=True, **hidden),
        _profile(handle="mira@snac.example", display_name="Mira", has_avatar=False, **hidden),
        _profile(handle="mira@snac.example", display_name="mira", has_avatar=True, **hidden),
        _profile(handle="x81@snac.example", display_name="", has_avatar=True, **hidden),
        _profile(handle="mira@snac.example", display_name="mira", has_avatar=False, **hidden),
        _profile(display_name="Mira", has_avatar=True, bio="", following_count=900, posts_count=0),
    )
    # the user name as display name (snac's default) is no name
    assert [np.isnan(v) for v in f["silent_follower"][:4]] == [True, True, True, True]
    assert list(f["silent_follower"][4:]) == [1.0, 1.0]


def test_a_repost_found_by_the_second_look_is_no_silence_where_follows_are_hidden() -> None:
    # snac lists a person's boosts only now and then (never in its outbox): one the
    # second look did find is something the account did besides following.
    hidden = {"handle": "x81@snac.example", "display_name": "", "counts_reported": False,
              "bio": "", "posts_count": 0, "recent_sampled": True, "has_avatar": False}  # fmt: skip
    f = _features(
        _profile(recent_posts_sampled=1, recent_repost_share=1.0, **hidden),
        _profile(recent_posts_sampled=0, **hidden),
    )
    assert np.isnan(f["silent_follower"][0])
    assert f["silent_follower"][1] == 1.0


@pytest.mark.parametrize(
    "text",
    ["Earn 5x daily 🔥", "💰 Crypto signals | 500% gains | DM for VIP 🚀",
     "Buy followers cheap ✅ fast delivery ✅", "Señales de trading gratis 📈",
     "Ganhe dinheiro todo dia 💰 sinais VIP", "Gagner de l'argent facilement 🚀",
     "Passives Einkommen 💶 Geld verdienen von zu Hause"],
)  # fmt: skip
def test_get_rich_pitches_in_several_forms_and_languages(text: str) -> None:
    assert _features(_profile(bio=text))["text_scam"][0] == 1.0
    assert _features(_profile(display_name=text, bio=""))["text_scam"][0] == 1.0


@pytest.mark.parametrize(
    "text",
    ["Enfermera en Valencia. Me gustan los pájaros y el té.",
     "Professora de química. Ciclismo e café aos domingos.",
     "Gym rat, 5x a week. Made some gains this year.", "Sign language interpreter."],
)  # fmt: skip
def test_ordinary_bios_in_other_languages_are_not_spam(text: str) -> None:
    f = _features(_profile(bio=text))
    assert f["text_scam"][0] == 0.0
    assert f["text_adult"][0] == 0.0


def test_only_x_url_is_a_website_the_profile_page_elsewhere_is_unknown() -> None:
    # Bluesky and Mastodon connectors put the account's profile page in ``url`` (every
    # account has one): it must not read as "has a website".
    has_url = FEATURE_NAMES.index("has_url")
    pages = {
        Platform.BLUESKY: "https://bsky.app/profile/ana.bsky.social",
        Platform.MASTODON: "https://mastodon.social/@ana",
    }
    for platform, page in pages.items():
        x = extract_features(profiles_to_frame([_profile(platform=platform, url=page)])).values
        assert math.isnan(x[0, has_url])
    x = extract_features(profiles_to_frame([_profile()])).values
    assert x[0, has_url] == 1.0


def test_reposting_and_nothing_else_is_a_signal_from_two_reposts() -> None:
    sampled = {"recent_sampled": True, "recent_repost_share": 1.0}
    values = extract_signals(
        profiles_to_frame([
            _profile(recent_posts_sampled=3, **sampled),
            _profile(recent_posts_sampled=1, **sampled),  # one repost says little
            _profile(recent_posts_sampled=4, recent_sampled=True, recent_repost_share=0.75),
        ])
    )  # fmt: skip
    assert list(values[:, SIGNAL_NAMES.index("recent_reposts")]) == [1.0, 0.0, 0.0]


def test_reposting_counts_against_only_an_account_that_follows_many_or_hides_it() -> None:
    # A quiet person boosting the handful of friends they follow is not a repost farm;
    # where the server hides follows (snac), the signal stays.
    sampled = {"recent_sampled": True, "recent_repost_share": 1.0, "recent_posts_sampled": 2}
    values = extract_signals(
        profiles_to_frame([
            _profile(following_count=7, **sampled),
            _profile(following_count=1400, **sampled),
            _profile(platform=Platform.MASTODON, following_count=0, counts_reported=False,
                     **sampled),
        ])
    )  # fmt: skip
    assert list(values[:, SIGNAL_NAMES.index("recent_reposts")]) == [0.0, 1.0, 1.0]


@pytest.mark.parametrize(
    "text",
    ["Looking for someone special to talk to 💕", "Single, 24, bored tonight 😘",
     "Te busco 💋 escríbeme", "Cherche un homme sérieux 💕", "So lonely tonight... see my photos",
     "Waiting for my prince 👑"],
)  # fmt: skip
def test_dating_come_ons_without_the_usual_words_are_adult_spam(text: str) -> None:
    assert _features(_profile(bio=text))["text_adult"][0] == 1.0


@pytest.mark.parametrize(
    "text",
    ["Single mom of two, nurse in Leeds.", "Write me about rivers and maps.",
     "Looking for good coffee in Lyon.", "Alone on the trail, happy.", "Describe me in one word"],
)  # fmt: skip
def test_a_person_mentioning_being_single_or_alone_is_no_dating_spam(text: str) -> None:
    assert _features(_profile(bio=text))["text_adult"][0] == 0.0


@pytest.mark.parametrize(
    ("bio", "automated"),
    [
        ("Automated account: top headlines every hour. Not monitored.", 1.0),
        ("Beep boop. I post every 30 minutes.", 1.0),
        ("Cuenta automática de avisos de mareas.", 1.0),
        ("I automate builds for a living.", 0.0),
        ("I post every day about my garden. Not a bot, I promise.", 0.0),
        ("DMs not monitored, email me.", 0.0),
    ],
)
def test_an_account_that_says_it_is_automated(bio: str, automated: float) -> None:
    values = extract_signals(profiles_to_frame([_profile(bio=bio)]))
    assert values[0, list(SIGNAL_NAMES).index("says_automated")] == automated


def test_doubling_money_is_a_get_rich_pitch_in_several_languages() -> None:
    for text in ("Double your bitcoin in 24h", "Duplica tu bitcoin en 24h 🚀 sin riesgo",
                 "Dobre seu bitcoin hoje"):  # fmt: skip
        assert _features(_profile(bio=text))["text_scam"][0] == 1.0
    assert _features(_profile(bio="Doubles as a bakery on Sundays."))["text_scam"][0] == 0.0
