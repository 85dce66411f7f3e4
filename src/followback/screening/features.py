"""Screening features: the profile frame -> a float32 matrix, vectorised.

The learned features use only what every platform has (counts, account age at observation,
the shape and words of handle, display name and bio, link, avatar present), so a model trained
on Twitter research collections carries over to Bluesky and Mastodon. Unknown values are NaN,
never a guess: a file that lacks the bio column must not look like an account with an empty
bio.

Being new or small is not evidence of being a bot. Rates are taken over at least a month,
so a day-old account that followed a starter pack of 150 is not "following 150 a day
forever", and the follow gap only counts from 100 follows on; the model file caps how much
being young or little followed can add (see ``training/screening.py``). What an account *is*
(no name, bio or avatar; a handle full of digits) and *does* (never posts; follows hundreds
while nobody follows back; a bio that sells crypto signals or asks for follow-for-follow)
carries the weight.

Platform-native signals (moderation labels, verification, verified links, pinned post, things
made for others, recent activity) exist on no research collection, so they are not learned;
:func:`extract_signals` reads them for the fixed terms of the model file (see ``model.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from followback.screening.impersonation import (
    IMPERSONATION_SIGNALS,
    BrandIdentity,
    impersonation_exprs,
)

__all__ = [
    "FEATURE_NAMES",
    "PITCH_PATTERNS",
    "SIGNAL_NAMES",
    "SPAM_WORD_PATTERNS",
    "FeatureMatrix",
    "extract_features",
    "extract_signals",
    "handle_local_part",
]

FEATURE_NAMES: tuple[str, ...] = (
    "log_followers",  # log1p(followers)
    "log_following",  # log1p(following)
    "log_posts",  # log1p(posts)
    "no_posts",  # 1 if the account never posted
    "log_follow_gap",  # log1p(following) - log1p(followers), 0 while following < 100
    "log_age_days",  # log1p(account age in days at observation)
    "log_posts_per_day",  # log1p(posts / max(age, 30 days))
    "log_follows_per_day",  # log1p(following / max(age, 30 days))
    "silent_follower",  # 1 if it never posted and follows 200+ (20+ showing nothing)
    "faceless_follower",  # 1 if a silent follower with a display name and nothing else
    "handle_length",  # characters in the handle's local part
    "handle_digits",  # digits in the handle's local part
    "has_name",  # 1 if the display name is set
    "name_matches_handle",  # 1 if name and handle start alike (see below), else 0
    "bio_length",  # characters in the bio, saturated at 160
    "bio_has_link",  # 1 if the bio holds a URL
    "bio_link_only",  # 1 if the bio is little more than a link
    "has_url",  # 1 if the profile's link field is set
    "default_avatar",  # 1 if no avatar / the platform's default image
    "bare_profile",  # 1 if neither a display name (other than the handle) nor a bio
    "text_scam",  # name/bio promises of get-rich spam: trading signals, airdrop, earn $ ...
    "text_money",  # name/bio words about money: crypto, trading, invest ... (people use them)
    "text_promo",  # name/bio words of promotion: click, DM for, discount, shop now ...
    "text_adult",  # name/bio words of adult spam: 18+, nsfw, onlyfans ...
    "text_follow_back",  # name/bio asks for follows: follow back, f4f, #teamfollowback ...
    "bio_cashtags",  # $TICKER mentions in the bio
)

# Platform-native signals, read for the model's fixed (not learned) terms. 0 when absent.
SIGNAL_NAMES: tuple[str, ...] = (
    "label_abuse",  # moderation labels: spam, impersonation, scam, ... (any of them)
    "verified",  # the platform vouches for the account
    "verified_links",  # links whose ownership the server checked (at most 2 count)
    "pinned_post",  # pinned a post to its profile
    "made_for_others",  # lists, feeds, starter packs, labeler (Bluesky ``associated``)
    "posted_recently",  # last post within 30 days of observation
    "recent_replies",  # share of sampled recent posts that reply to people
    "recent_duplicates",  # share of sampled recent posts repeating another's text
    "recent_links",  # share of sampled recent posts with a link
    "recent_spam",  # share of sampled recent posts that sell something (see PITCH_PATTERNS)
    "recent_reposts",  # 1 if every sampled recent post (at least 2) is a repost, following 200+
    "recent_one_link",  # share of sampled own posts linking to one and the same site
    "says_automated",  # name or bio says the account is automated (no platform flag needed)
    # Poses as a support desk (impersonation.py): by name or handle; with an invitation to
    # message it or wallet words; with the brand's own name in its name or handle.
    *IMPERSONATION_SIGNALS,
)

_DAY = 86_400.0
# Follows at which following and doing nothing else reads as bought. Not 20 (models 3-6):
# a Bluesky starter pack holds up to 150 accounts and "follow all" follows them at once,
# plus the suggested follows of sign-up, so a newcomer who has not posted yet follows
# 20-150 on day one; at 20 such a lurker with only a name or only a bio was screened out
# (a held-out bio-only person following 40, session 11). Bought followers follow hundreds:
# of the silent (never posted) accounts in ../shared/data, 126 of cresci-2015's 138
# bought followers and 842 of caverlee-2011's 1,201 content polluters follow 200 or more.
_FOLLOWS_MANY = 200
# ... except for an account that shows nothing of itself (no display name, bio or avatar):
# a newcomer who followed a starter pack usually put up a name or a photo, and following a
# few dozen while showing nothing and never posting is the bought follower as sold in bulk
# (issue 12's "no name, no bio, no avatar, never posted, following many").
_FOLLOWS_SOME = 20
_RATE_FLOOR_DAYS = 30.0
# Moderation label values that mean "not a genuine account". Bluesky's moderation service and
# common labelers use these; ``!takedown`` / ``!suspend`` are server actions.
ABUSE_LABELS: tuple[str, ...] = (
    "spam", "impersonation", "scam", "!takedown", "!suspend", "inauthentic", "bot-farm",
    "engagement-farming", "follow-farming", "misleading", "fake-account", "!hide",
)  # fmt: skip

# Word lists, case-insensitive, matched on "display name + bio". Deliberately short and about
# what spam says of itself; a brand's own values (politics, competitors) belong in the policy.
# What get-rich spam promises (strong evidence), apart from words about money that people
# who trade or invest use too (weak evidence).
_SCAM = (
    r"(?:trading|forex|crypto|fx|daily|vip|free) signals?|signals? group|airdrops?|"
    r"giveaways?|passive income|make money|earn \$?\d+x?|earn (?:money|from home|daily)|"
    r"guaranteed(?: profits?| returns?)?|binary options|100x|usdt|casino|betting|loans?|"
    r"cash ?app|\d{2,5} ?% (?:gains?|profits?|returns?|roi)|\d{1,3}x (?:daily|gains?|profits?)|"
    r"(?:buy|cheap|real|get|free) (?:\d+k? )?(?:followers|likes)|vip group|"
    # Doubling money is the oldest crypto scam's promise (model 6).
    r"doubles? (?:your )?(?:bitcoin|btc|crypto|eth|money|investment)|"
    r"duplica(?:r|mos)? (?:tu |su )?(?:bitcoin|btc|cripto|dinero|inversi[oó]n)|"
    r"dobr(?:e|ar|amos) (?:seu |o seu )?(?:bitcoin|btc|cripto|dinheiro)|"
    # The same promises in a few other languages (Spanish, Portuguese, French, German,
    # Italian, Indonesian): spam follows brands everywhere.
    r"se[ñn]ales|gana(?:r)? dinero|ingresos? pasivos?|ganancias garantizadas|sinais|"
    r"ganh[ae]r? dinheiro|renda extra|lucros? garantidos?|signaux|gagner de l'argent|"
    r"revenus? passifs?|geld verdienen|passives einkommen|segnali|guadagn(?:a|are) soldi|"
    r"penghasilan|cuan"
)
_MONEY = (
    r"crypto|bitcoin|btc|ethereum|forex|trading|trader|invest(?:or|ing|ment)?s?|profits?|"
    r"income|nfts?|web3|defi|cripto(?:monedas|moedas)?|inversi[oó]n|investimentos?|inversiones|"
    r"investissements?|dinero|dinheiro"
)
_PROMO = (
    r"click|dm (?:me )?for|dm to|whats ?app|telegram|promo(?:tion)?s?|discount|coupon|deals?|"
    r"shop now|buy now|order now|sign ?up|free shipping|cheap|for sale|seo|marketing|agency|"
    r"link in (?:my )?bio|check (?:out )?my|subscribe|limited(?: time)? offer|act now|"
    r"claim (?:it |yours |your \w+ )?now|join (?:us )?now|visit my (?:profile|page|site)|"
    r"link below"
)
_ADULT = (
    r"nsfw|onlyfans|only fans|adult|sexy|sex|xxx|nude|nudes|porn|horny|cam ?girl|hookup|"
    r"dating|kik|"
    # Dating spam's come-on, which needs none of the words above: an invitation to a
    # private chat or page from a stranger who is lonely, single or waiting for someone.
    r"lonely|so alone|feel(?:ing)? alone|bored tonight|single (?:and ready|girl|lady|woman)|"
    r"looking for (?:a |my )?(?:man|boyfriend|husband|serious man|someone special|"
    r"soulmate|love|real love)|waiting for (?:my|a) (?:prince|man|love)|"
    r"(?:write|message|text|chat with|talk to) me (?:here|tonight|now|baby|babe|honey)|"
    r"my (?:private|secret|hot) (?:page|pics|photos|videos|profile)|see my (?:pics|photos)|"
    r"new (?:pics|photos) (?:just )?for you|te busco|escr[ií]beme|cherche un homme|"
    r"e?cris-moi|schreib mir|estou sozinha|solita"  # "é" has no ASCII word edge
)
_FOLLOW_BACK = (
    r"follow ?back|f4f|follow ?4 ?follow|follow ?for ?follow|team ?follow ?back|ifollowback|"
    r"follow ?train|gain followers|followers? for sale|100% follow|i follow back|#?tfb|"
    r"rt to win"
)


# The word lists run on lower-cased text with ASCII word boundaries: Unicode-aware
# case-insensitive matching cost four times as much, and the words are ASCII anyway.
_B = r"(?-u:\b)"


def _whole(alternatives: str) -> str:
    return f"{_B}(?:{alternatives}){_B}"


_RE_SCAM = _whole(_SCAM)
_RE_MONEY = _whole(_MONEY)
_RE_PROMO = _whole(_PROMO)
_RE_ADULT = _whole(_ADULT) + rf"|{_B}18\+|🔞|🍑|💦"  # "18+" and emoji have no word edge
_RE_FOLLOW_BACK = _whole(_FOLLOW_BACK)
# The alternatives alone (plain ``re`` syntax), for reasons that quote the word they found.
SPAM_WORD_PATTERNS: tuple[str, ...] = (_SCAM, _MONEY, _PROMO, _ADULT, _FOLLOW_BACK)
# What a post that sells something says (words about money alone are left out: people post
# about crypto and trading), for the second look at recent posts.
PITCH_PATTERNS: tuple[str, ...] = (_SCAM, _PROMO, _ADULT, _FOLLOW_BACK)
# Every word above contains one of these literals, so a row holding none of them needs no
# regex at all: one Aho-Corasick pass finds the few rows worth the four regexes (most
# profiles say nothing of the kind). test_screening_features checks the promise.
SPAM_STEMS: tuple[str, ...] = (
    "crypto", "bitcoin", "btc", "ethereum", "forex", "signal", "trad", "invest", "profit",
    "guarantee", "vip",
    "passive", "earn", "income", "money", "cash", "giveaway", "airdrop", "nft", "casino",
    "betting", "loan", "binary", "100x", "usdt", "web3", "defi", "click", "dm ", "whats",
    "telegram", "promo", "discount", "coupon", "deal", "shop", "buy", "order", "sign",
    "free", "cheap", "sale", "seo", "marketing", "agency", "link", "check", "subscribe",
    "nsfw", "fans", "adult", "sex", "xxx", "nude", "porn", "horny", "cam", "hookup", "dating",
    "kik", "18+", "🔞", "🍑", "💦", "follow", "f4f", "tfb", "gain", "rt to", "% gain",
    "% profit", "% return", "% roi", "x daily", "x gain", "x profit", "likes", "señal",
    "senal", "sinais", "signaux", "segnali", "dinero", "dinheiro", "argent", "geld",
    "ganancia", "ingreso", "renda", "lucro", "revenu", "einkommen", "guadagn", "penghasilan",
    "cuan", "cripto", "inversi", "limited", "act now", "claim", "join now", "join us now",
    "lonely", "alone", "bored", "single", "looking for", "waiting for", "write me",
    "message me", "text me", "chat with me", "talk to me", "my private", "my secret", "my hot",
    "see my", "for you", "te busco", "scr", "cherche", "cris-moi", "schreib",
    "sozinha", "solita", "visit my", "link below", "doubl", "duplica", "dobr",
)  # fmt: skip
# A bio that is only a link: a link first, then a few characters at most.
_RE_LINK_ONLY = (
    r"^\s*\S{0,11}\s*(?:https?://|www\.|[a-z0-9-]+\.(?:com|net|io|me|ly|co|link|shop|xyz|ee)/)"
    r"\S*\s*\S{0,11}\s*$"
)


@dataclass(frozen=True, slots=True)
class FeatureMatrix:
    """Features for a batch of profiles: ``values[i, j]`` is feature ``names[j]`` of row ``i``."""

    values: npt.NDArray[np.float32]
    names: tuple[str, ...] = FEATURE_NAMES


def handle_local_part(handle: pl.Expr) -> pl.Expr:
    """The user-chosen part of a handle: ``@alice``, ``alice@mastodon.social`` and
    ``alice.bsky.social`` all give ``alice``.

    X and Mastodon usernames cannot contain dots, so cutting at the first ``.`` or ``@``
    is right on every platform (a Bluesky custom domain keeps its first label).
    """
    return handle.str.extract(r"^@?([^@.]*)", 1)


def _opt(df: pl.DataFrame, name: str, dtype: pl.DataType) -> pl.Expr:
    """A column that frames may lack (e.g. ``bio_length``): null when absent."""
    return pl.col(name) if name in df.columns else pl.lit(None, dtype=dtype)


def _flag(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Float32)


def _age_days() -> pl.Expr:
    # Age at observation, never against today: research snapshots are years old.
    return ((pl.col("observed_at") - pl.col("created_at")) / _DAY).clip(lower_bound=0.0)


def _silent(df: pl.DataFrame, following: pl.Expr, posts: pl.Expr) -> pl.Expr:
    """Follows 200 or more and never posted (20 or more showing nothing: see
    :func:`_silent_bare`); where the server hides whom an account follows
    (``counts_reported`` false), a second look found nothing at all (not even a repost), no
    bio, no display name and no avatar. Frames without the column (bulk files, research
    data, the sandbox) skip those tests: they cost a string pass per row.

    A person who put up a name or a photo and follows a few is what a quiet newcomer looks
    like wherever follows are shown (it is not a silent follower there), so where they
    are hidden such an account keeps "unknown" instead of being read as following many:
    it lands in "needs a look" (no posts, no bio) rather than screened out, and so does a
    bought follower dressed with a stock name or a photo (no field tells them apart on
    such a server); one that shows nothing of itself is still read as silent."""
    many = following >= _FOLLOWS_MANY
    if "counts_reported" in df.columns:
        name = pl.col("display_name").str.strip_chars()
        named = (name != "") & (name != pl.col("_local"))  # as in _text_exprs
        hidden = (
            ~pl.col("counts_reported")
            & (pl.col("bio").str.strip_chars() == "")
            # A display name or a photo is the least a person puts up; one who showed
            # either is not read as following and nothing else (model 6: model 5 asked
            # for a name and a photo, and screened out people showing only one of them).
            & ~named
            & ~pl.col("has_avatar").fill_null(False)
            # A repost the second look found is something the account did besides
            # following (snac lists a person's boosts only now and then): not silent.
            & (_opt(df, "recent_posts_sampled", pl.Int64()).fill_null(0) == 0)
        )
        many = many | hidden
    return many & (posts == 0)


def _count_exprs(df: pl.DataFrame) -> list[pl.Expr]:
    followers = pl.col("followers_count").cast(pl.Float64)
    following = pl.col("following_count").cast(pl.Float64)
    posts = pl.col("posts_count").cast(pl.Float64)
    age = _age_days()
    rate_days = age.clip(lower_bound=_RATE_FLOOR_DAYS)
    gap = following.log1p() - followers.log1p()
    return [
        followers.log1p().alias("log_followers"),
        following.log1p().alias("log_following"),
        posts.log1p().alias("log_posts"),
        _flag(posts == 0).alias("no_posts"),
        # Following few accounts says nothing about being followed back, so the gap only
        # counts from 100 follows on (a new person follows 30 and is followed by 2).
        pl.when(following < 100).then(0.0).otherwise(gap.clip(lower_bound=0.0))
        .alias("log_follow_gap"),
        age.log1p().alias("log_age_days"),
        (posts / rate_days).log1p().alias("log_posts_per_day"),
        (following / rate_days).log1p().alias("log_follows_per_day"),
        # Following many is no evidence on a young network (a starter pack follows hundreds
        # on day one); following many and doing nothing else is what bought followers do.
        # A server that shows nobody whom an account follows (snac: 0 in the API, 0 in the
        # ActivityPub collection) leaves following unknown; there, an account that wrote no
        # bio and a look at its posts found none of (posts is 0 only then, see frame.py) is
        # read as following and doing nothing else: following the brand is all it is seen
        # to do. One that wrote a bio keeps "unknown" (a quiet person may write one).
        _flag(_silent(df, following, posts)).alias("silent_follower"),
    ]  # fmt: skip


def _text_exprs(df: pl.DataFrame) -> list[pl.Expr]:
    local = pl.col("_local")  # handle_local_part, computed once (see extract_features)
    name = pl.col("display_name")
    bio = pl.col("bio")
    # A person's handle usually starts like their name ("Ana Ruiz" / @anaruiz88); generated
    # accounts often pair a stock name with an unrelated handle. Comparing the first three
    # characters, case-folded, catches most of it for the price of two tiny slices; a full
    # containment test with Unicode normalisation cost 10x the rest of the features.
    # A display name that only repeats the handle, character for character, says nothing
    # (snac shows the user name when none is set; bulk-made accounts copy it). A person
    # called "Yusuf" with the handle @yusuf did write a name, so case counts.
    named = (name.str.strip_chars() != "") & (name.str.strip_chars() != local)
    match = (local.str.len_chars() >= 3) & (
        local.str.slice(0, 3).str.to_lowercase() == name.str.slice(0, 3).str.to_lowercase()
    )
    bio_len = pl.coalesce(
        bio.str.len_chars().cast(pl.Float64), _opt(df, "bio_length", pl.Int64()).cast(pl.Float64)
    )
    return [
        pl.coalesce(
            local.str.len_chars().cast(pl.Float64),
            _opt(df, "handle_length", pl.Int64()).cast(pl.Float64),
        ).alias("handle_length"),
        local.str.count_matches(r"[0-9]").alias("handle_digits"),
        _flag(named).alias("has_name"),
        pl.when(local.is_not_null() & name.is_not_null())
        .then(match.cast(pl.Float32))
        .alias("name_matches_handle"),
        bio_len.clip(upper_bound=160.0).alias("bio_length"),
        _flag(bio.str.contains(r"(?i)https?://|www\.")).alias("bio_has_link"),
        _flag(bio.str.to_lowercase().str.contains(_RE_LINK_ONLY)).alias("bio_link_only"),
        _flag(pl.col("url").str.strip_chars() != "").alias("has_url"),
        _flag(~pl.col("has_avatar")).alias("default_avatar"),
        # Nothing that says who the account is: what a bought follower sold in bulk looks
        # like. Null (NaN) when either is unknown, so a file without names is not "bare".
        _flag(~named & (bio.str.strip_chars() == "")).alias("bare_profile"),
        bio.str.count_matches(r"\$[A-Za-z]{2,6}\b").clip(upper_bound=5).alias("bio_cashtags"),
    ]


_WORD_FEATURES = {
    "text_scam": _RE_SCAM,
    "text_money": _RE_MONEY,
    "text_promo": _RE_PROMO,
    "text_adult": _RE_ADULT,
    "text_follow_back": _RE_FOLLOW_BACK,
}


def _silent_bare() -> pl.Expr:
    """``silent_follower`` also for an account that shows nothing (no display name, bio or
    avatar: ``bare_profile`` and ``default_avatar``), never posted and follows
    :data:`_FOLLOWS_SOME` or more. Works on the computed features, so a frame pays no
    string pass for it; where any part is unknown the flag stays as it was."""
    bare = (pl.col("bare_profile") == 1.0) & (pl.col("default_avatar") == 1.0)
    # log1p of an integer count: >= log1p(19.5) is >= 20 follows, free of rounding.
    some = (pl.col("no_posts") == 1.0) & (pl.col("log_following") >= math.log1p(19.5))
    return (
        pl.when((bare & some).fill_null(False))
        .then(pl.lit(1.0))
        .otherwise(pl.col("silent_follower"))
        .alias("silent_follower")
    )


def _faceless() -> pl.Expr:
    """A silent follower that shows a display name and nothing else: no bio, no avatar.

    A stock first name is what a seller adds so that a bought follower passes a "has a
    name" check; such an account differs from a bare bought follower only by that name (the
    bought followers left in "needs a look" on the local AT Protocol network were these).
    The model file weighs this so the name counts for nothing here. A quiet person who
    follows a few dozen and never posted usually put up a photo or a line about
    themselves; one who did neither is screened like a bought follower, the cost already
    accepted for a person who shows nothing. Kleene logic: any known "no" gives 0, and an
    unknown part otherwise gives null (no term).
    """
    silent = pl.col("silent_follower") == 1.0
    named = pl.col("has_name") == 1.0
    no_bio = pl.col("bio_length") == 0.0
    no_avatar = pl.col("default_avatar") == 1.0
    return _flag(silent & named & no_bio & no_avatar).alias("faceless_follower")


def _word_exprs() -> list[pl.Expr]:
    """The word lists on display name + bio (lower-cased), for the rows that need them."""
    text = pl.concat_str(
        [pl.col("display_name").fill_null(""), pl.col("bio").fill_null("")], separator=" \n "
    ).str.to_lowercase()
    return [_flag(text.str.contains(rx)).alias(name) for name, rx in _WORD_FEATURES.items()]


def _add_words(df: pl.DataFrame, out: pl.DataFrame) -> pl.DataFrame:
    """Add the word features to ``out``: 0 for rows holding no spam stem, NaN where name
    and bio are both unknown, the regexes only on the rest (a few percent of rows)."""
    stems = list(SPAM_STEMS)
    name, bio = _opt(df, "display_name", pl.String()), _opt(df, "bio", pl.String())
    flags = df.select(
        unknown=name.is_null() & bio.is_null(),
        maybe=name.str.contains_any(stems, ascii_case_insensitive=True).fill_null(False)
        | bio.str.contains_any(stems, ascii_case_insensitive=True).fill_null(False),
    )
    rows = np.flatnonzero(flags["maybe"].to_numpy())
    cols = {n: np.zeros(df.height, dtype=np.float32) for n in _WORD_FEATURES}
    if len(rows):
        hits = df[rows].select(_word_exprs())
        for n in _WORD_FEATURES:
            cols[n][rows] = hits[n].to_numpy()
    unknown = flags["unknown"].to_numpy()
    for n in _WORD_FEATURES:
        cols[n][unknown] = np.nan
    return out.with_columns(**{n: pl.Series(v) for n, v in cols.items()})


def extract_features(df: pl.DataFrame) -> FeatureMatrix:
    """Compute :data:`FEATURE_NAMES` for every row of a profile frame (see ``frame.py``).

    Missing inputs give NaN. Polars queries and numpy; no Python work per row.
    """
    out = (
        df.lazy()
        .with_columns(_local=handle_local_part(pl.col("handle")))
        .select([*_count_exprs(df), *_text_exprs(df)])
        .collect()
    )
    out = (
        _add_words(df, out)
        .with_columns(_silent_bare())
        .with_columns(_faceless())
        .select(FEATURE_NAMES)
    )
    # Column-major, as polars hands it over: the scorer walks one feature at a time, so
    # ``values[:, j]`` (and ``values.T``) stay contiguous without a copy.
    values = np.asfortranarray(out.select(pl.all().cast(pl.Float32)).to_numpy(), np.float32)
    return FeatureMatrix(values=values)


# What an account that declares itself automated says (name or bio; a person's "I automate
# builds for a living" is not it).
_RE_AUTOMATED = _whole(
    r"automated (?:account|bot|feed|posts?)|"
    r"auto-?(?:posting|posted|generated) (?:account|feed|posts?)|"
    r"(?:i am|i'm|this is|just) an? (?:ro)?bot|"
    r"posts? (?:automatically|every (?:hour|\d+ ?(?:min(?:ute)?s?|hours?)))|"
    r"run by (?:a )?(?:script|bot)|beep boop|cuenta autom[aá]tica|conta autom[aá]tica|"
    r"compte automatique|automatisierter? (?:account|konto)"
)


def _said(df: pl.DataFrame) -> pl.Expr:
    """Display name and bio, lower-cased ("" where the frame lacks them)."""
    name = _opt(df, "display_name", pl.String()).fill_null("")
    bio = _opt(df, "bio", pl.String()).fill_null("")
    return pl.concat_str([name, bio], separator=" \n ").str.to_lowercase()


def _signal_exprs(df: pl.DataFrame) -> list[pl.Expr]:
    labels = _opt(df, "labels", pl.String()).fill_null("")
    abuse = "|".join(f"(?:^|,){lab}(?:,|$)" for lab in ABUSE_LABELS)  # no regex metacharacters
    sampled = _opt(df, "recent_posts_sampled", pl.Int64()).fill_null(0) > 0

    def share(name: str) -> pl.Expr:
        return pl.when(sampled).then(_opt(df, name, pl.Float64()).fill_null(0.0)).otherwise(0.0)

    last = _opt(df, "last_post_at", pl.Float64())
    recent = (pl.col("observed_at") - last) <= 30 * _DAY
    return [
        _flag(labels.str.to_lowercase().str.contains(abuse)).alias("label_abuse"),
        _flag(_opt(df, "verified", pl.Boolean()).fill_null(False)).alias("verified"),
        _opt(df, "verified_links", pl.Int64()).fill_null(0).clip(0, 2).alias("verified_links"),
        _flag(_opt(df, "pinned_post", pl.Boolean()).fill_null(False)).alias("pinned_post"),
        _flag(_opt(df, "associated_count", pl.Int64()).fill_null(0) > 0).alias("made_for_others"),
        _flag(recent.fill_null(False)).alias("posted_recently"),
        share("recent_reply_share").alias("recent_replies"),
        share("recent_duplicate_share").alias("recent_duplicates"),
        share("recent_link_share").alias("recent_links"),
        share("recent_spam_share").alias("recent_spam"),
        # Reposting and nothing else: what a bought follower does to look alive. Only when
        # two or more were read and every one is a repost (a person's own post or reply
        # among them clears it), and only for an account that follows many or whose
        # follows the server hides: bought repost farms follow hundreds, while a quiet
        # person who follows a handful of friends and boosts them is just quiet (model 6
        # screened out such a person on Bluesky: "trains. that's it.", follows 7).
        _flag(
            (_opt(df, "recent_posts_sampled", pl.Int64()).fill_null(0) >= 2)
            & (_opt(df, "recent_repost_share", pl.Float64()).fill_null(0.0) >= 1.0)
            & (_opt(df, "following_count", pl.Int64()).fill_null(_FOLLOWS_MANY) >= _FOLLOWS_MANY)
        ).alias("recent_reposts"),
        share("recent_one_link_share").alias("recent_one_link"),
        # An account that says it is automated is a declared bot whether or not it set
        # the platform's flag ("Automated account: headlines every hour. Not monitored.").
        _flag(_said(df).str.contains(_RE_AUTOMATED)).alias("says_automated"),
    ]


def extract_signals(
    df: pl.DataFrame, brand: BrandIdentity | None = None
) -> npt.NDArray[np.float64]:
    """:data:`SIGNAL_NAMES` for every row (0 where the frame or the platform lacks them),
    column-major like :func:`extract_features`. ``brand`` is who the followers follow
    (for ``support_brand``: a desk bearing the brand's name); None when unknown."""
    out = df.lazy().select([*_signal_exprs(df), *impersonation_exprs(df, brand)]).collect()
    return np.asfortranarray(out.select(pl.all().cast(pl.Float64)).to_numpy(), np.float64)
