"""Synthetic but varied "platform-shaped" followers for evaluating screening on Bluesky,
Mastodon and X.

No labelled Bluesky or Mastodon collection exists, and the Twitter research collections are
2009-2019 accounts that are old and well followed. These generators make followers as they
look on the platforms followback runs on: people with complete and with sparse profiles,
old and brand-new, migrants with history; bought followers (bare and dressed up), money and
adult spam, follow-for-follow rings and self-declared bots. Each generator has its own
distributions and vocabulary, so thresholds chosen on some generators are checked on one
left out (see ``training/screening.py``): nothing should be tuned to a single generator.

Profiles come out in the screening frame layout plus ``y`` (1 bot), ``group``, ``generator``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import numpy as np
import polars as pl

from followback.screening.frame import PROFILE_SCHEMA, SIGNAL_SCHEMA

__all__ = ["GENERATORS", "PLATFORMS", "generate"]

PLATFORMS = ("bluesky", "mastodon", "x")
NOW = datetime(2026, 11, 1, tzinfo=UTC).timestamp()
DAY = 86_400.0

FIRST = (  # noqa: SIM905 - a list of 47 names reads better as one string
    "Ana Ben Chloé Dmitri Emma Farah Gabriel Hana Ivan Jun Kofi Lena Mateo Nadia Oscar Priya "
    "Quinn Rosa Sam Tomás Uma Viktor Wen Ximena Yusuf Zoe Aiko Bruno Carmen Deepak Elif Finn "
    "Grace Hugo Ines Jamal Katya Luis Mei Nikolai Olu Paula Rahul Sofia Tariq Valentina Will"
).split()
LAST = (  # noqa: SIM905
    "Ruiz Okafor Smith Müller Kowalski Tanaka Haddad Silva Nguyen Johansson Rossi Dubois Khan "
    "Park Novak Ahmed García Brown Ivanova Costa Murphy Fischer Yilmaz Chen Moreau Lopez"
).split()
ROLES = (
    "nurse", "teacher", "PhD student", "software developer", "illustrator", "bus driver",
    "barista", "librarian", "retired engineer", "museum educator", "midwife", "baker",
    "climate researcher", "sports physio", "translator", "union rep", "game designer",
    "carpenter", "pharmacist", "city planner", "jazz bassist", "dad of two", "mum of three",
)  # fmt: skip
PLACES = (
    "Leeds", "Lyon", "Osaka", "Porto", "Nairobi", "Austin", "Kraków", "Melbourne", "Recife",
    "Halifax", "Tbilisi", "Glasgow", "Pune", "Leipzig", "Oaxaca",
)  # fmt: skip
LIKES = (
    "bad puns", "sourdough", "birding", "trail running", "old synths", "board games",
    "cycling", "sci-fi", "gardening", "football", "knitting", "photography", "cats",
    "mountains", "coffee", "open source", "poetry", "film", "chess", "climbing",
)  # fmt: skip
FLUFF = (
    "Love life ❤️", "Dreamer. Believer. Achiever.", "Living my best life ✨", "Just be happy",
    "Music lover", "Good vibes only", "God first 🙏", "Smile :)", "Life is beautiful",
)  # fmt: skip
MONEY_NAMES = ("Crypto Signals Pro", "BTC Profit Daily", "Forex King 📈", "NFT Drops 🚀",
               "Passive Income Hub", "Web3 Airdrops")  # fmt: skip
MONEY_BIOS = (
    "Daily crypto signals with 95% accuracy 🚀 Join our Telegram: https://t.me/{h}",
    "Earn $500/day from home 💰 DM for details",
    "Forex signals | Binary options | Guaranteed profits 📈 www.{h}.io",
    "Free airdrops every week 🎁 click 👉 https://{h}.xyz",
    "I help people make money online. Invest $100 get $1000. WhatsApp +44 7700 900123",
    "NFT giveaways 🎉 follow + RT to win",
)  # fmt: skip
ADULT_NAMES = ("Sexy Anna 🔥", "Lily 🔞", "Hot Jessica 💋", "Mia xx", "Naughty Kate")
ADULT_BIOS = (
    "18+ 🔞 link in bio 👇", "Lonely? DM me 💋 onlyfans.com/{h}", "Looking for dating 😘 kik: {h}",
    "NSFW 🔞 https://{h}.link", "",
)  # fmt: skip
F4F_BIOS = (
    "Follow back 100% ✔️ #TeamFollowBack", "I follow back! #f4f #followtrain",
    "Gain followers fast 🚀 follow me and I follow back", "#ifollowback #TFB RT to win",
)  # fmt: skip
DECLARED = (
    ("Hourly weather {p}", "I post the weather in {p} every hour. Automated."),
    ("{p} transit alerts", "Automated service alerts. Not monitored."),
    ("RSS: {l} news", "Bot that posts new articles about {l}."),
    ("Daily {l} pic", "A bot. One picture a day."),
)
# Bios and spam in other languages: followback runs for brands everywhere, and neither the
# people nor the spam there write English.
INTL_BIOS = (
    "Enfermera en Sevilla. Café, montaña y libros.", "Professora de história em Recife. Gatos!",
    "Développeur à Lyon, vélo et jazz.", "Lehrerin in Leipzig. Garten, Bücher, Fahrrad.",
    "Fotografo a Torino, amo il mare.", "Mahasiswa di Bandung. Suka kopi dan musik.",
    "Padre de dos, fan del fútbol y de la paella.", "Bibliothécaire, lectrice, randonneuse.",
)  # fmt: skip
INTL_SPAM = (
    "Señales de trading gratis 📈 Gana dinero desde casa 👉 https://t.me/{h}",
    "Ganhe dinheiro todo dia 💰 sinais VIP no Telegram",
    "Gagner de l'argent facilement 🚀 signaux crypto gratuits",
    "Geld verdienen von zu Hause 💶 passives Einkommen, DM",
    "Guadagna soldi con il trading 📈 segnali gratis",
    "Penghasilan harian 💸 cuan tiap hari, join grup VIP",
    "Inversión garantizada 💰 criptomonedas x10 en una semana",
)  # fmt: skip
SERVERS = ("mastodon.social", "hachyderm.io", "fosstodon.org", "mas.to", "norden.social")

Row = dict[str, Any]
Gen = Callable[[np.random.Generator, str], Row]


def _pick(rng: np.random.Generator, items: tuple[str, ...] | list[str]) -> str:
    return str(items[int(rng.integers(len(items)))])


def _logu(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _person_local(rng: np.random.Generator, first: str, last: str, digits_p: float) -> str:
    f, l_ = first.lower(), last.lower()
    base = _pick(rng, [f + l_, f + "_" + l_, f[0] + l_, f + l_[0], f, l_ + f[:2], f + "." + l_])
    base = base.replace("é", "e").replace("ü", "u").replace("á", "a").replace("ç", "c")
    if rng.random() < digits_p:
        base += _pick(rng, [str(rng.integers(1, 99)), str(rng.integers(1960, 2008))])
    return base


def _bio(rng: np.random.Generator, parts: int) -> str:
    bits = [
        f"{_pick(rng, ROLES).capitalize()} in {_pick(rng, PLACES)}.",
        f"Into {_pick(rng, LIKES)} and {_pick(rng, LIKES)}.",
        _pick(rng, ["Opinions mine.", "she/her", "he/him", "they/them", "Posts about work."]),
        f"Trying to get better at {_pick(rng, LIKES)}.",
    ]
    rng.shuffle(bits)
    return " ".join(bits[:parts])


def _row(rng: np.random.Generator, platform: str, local: str, **kw: Any) -> Row:
    age = float(kw.pop("age_days"))
    posts = int(kw.get("posts_count", 0))
    handle = {
        "bluesky": f"{local}.bsky.social" if not kw.pop("custom_domain", False) else f"{local}.net",
        "mastodon": f"{local}@{_pick(rng, SERVERS)}",
        "x": local,
    }[platform]
    kw.pop("custom_domain", None)
    last = NOW - _logu(rng, 0.01, 20) * DAY if posts and kw.pop("active", True) else None
    kw.pop("active", None)
    url = kw.pop("url", "")
    row: Row = {
        "platform": platform, "handle": handle, "observed_at": NOW,
        "created_at": NOW - age * DAY, "url": None if platform == "bluesky" else url,
        "bot_flag": False, "locked": False, "language": "", "labels": "",
        "last_post_at": last, **kw,
    }  # fmt: skip
    return row


def _native(rng: np.random.Generator, platform: str, person: bool, row: Row) -> Row:
    """Platform-native signals as each platform shows them (absent ones stay unknown)."""
    if platform == "bluesky":
        row["pinned_post"] = bool(person and rng.random() < 0.3)
        row["associated_count"] = int(person and rng.random() < 0.1)
    elif platform == "mastodon":
        row["verified_links"] = int(person and bool(row["url"]) and rng.random() < 0.4)
        row["discoverable"] = bool(rng.random() < (0.7 if person else 0.5))
        row["pinned_post"] = bool(person and rng.random() < 0.15)
    else:
        row["verified"] = bool(person and rng.random() < 0.02)
        row["pinned_post"] = bool(person and rng.random() < 0.1)
    return row


# --------------------------------------------------------------------------- people


def people_census(rng: np.random.Generator, platform: str) -> Row:
    """Ordinary people of every age: counts grow with age, lognormal spread."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    age = _logu(rng, 0.5, 6 * 365)
    years = age / 365
    name = f"{first} {last}" if rng.random() < 0.7 else first
    row = _row(
        rng, platform, _person_local(rng, first, last, 0.25), age_days=age,
        display_name=name, bio=_bio(rng, int(rng.integers(1, 4))),
        followers_count=int(rng.lognormal(np.log(15 + 60 * years), 1.1)),
        following_count=max(1, int(rng.lognormal(np.log(120), 0.9))),
        posts_count=max(1, int(rng.lognormal(np.log(10 + 300 * years), 1.2))),
        has_avatar=bool(rng.random() < 0.92), url="https://example.org/me" if rng.random() < 0.25
        else "",
    )  # fmt: skip
    return _native(rng, platform, True, row)


def people_newcomers(rng: np.random.Generator, platform: str) -> Row:
    """Brand-new people (hours to a few days old): a few posts, a handful of followers;
    some followed a starter pack of hundreds on day one."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    starter = rng.random() < 0.25
    row = _row(
        rng, platform, _person_local(rng, first, last, 0.3), age_days=rng.uniform(0.02, 3),
        display_name=_pick(rng, [f"{first} {last}", first, f"{first} {last[0]}."]),
        bio=_bio(rng, int(rng.integers(1, 3))) if rng.random() < 0.8 else "",
        followers_count=int(rng.integers(0, 26)),
        following_count=int(rng.integers(150, 700) if starter else rng.integers(3, 120)),
        posts_count=int(rng.integers(1, 16)), has_avatar=bool(rng.random() < 0.85),
    )  # fmt: skip
    return _native(rng, platform, True, row)


def people_migrants(rng: np.random.Generator, platform: str) -> Row:
    """People who moved from another network: young account, long history elsewhere, active
    from day one, longer bios, links and custom domains."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    row = _row(
        rng, platform, _person_local(rng, first, last, 0.1), age_days=_logu(rng, 0.3, 400),
        custom_domain=bool(rng.random() < 0.3), display_name=f"{first} {last}",
        bio=_bio(rng, 4) + " Also at " + _pick(rng, SERVERS) + ".",
        followers_count=int(_logu(rng, 5, 3000)), following_count=int(_logu(rng, 40, 900)),
        posts_count=int(_logu(rng, 5, 3000)), has_avatar=True,
        url=f"https://{first.lower()}{last.lower()}.example" if rng.random() < 0.5 else "",
    )  # fmt: skip
    return _native(rng, platform, True, row)


def people_abroad(rng: np.random.Generator, platform: str) -> Row:
    """People who write in other languages: complete profiles, any age, a few to many posts."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    age = _logu(rng, 0.05, 4 * 365)
    row = _row(
        rng, platform, _person_local(rng, first, last, 0.3), age_days=age,
        display_name=_pick(rng, [f"{first} {last}", first]), bio=_pick(rng, INTL_BIOS),
        followers_count=int(_logu(rng, 1, 800)), following_count=int(_logu(rng, 3, 600)),
        posts_count=max(1, int(_logu(rng, 1, 20 + 2 * age))), has_avatar=bool(rng.random() < 0.9),
    )  # fmt: skip
    return _native(rng, platform, True, row)


def people_sparse(rng: np.random.Generator, platform: str) -> Row:
    """Real but quiet people: a name, maybe an avatar, rarely a bio, few or no posts."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    local = _person_local(rng, first, last, 0.5)
    row = _row(
        rng, platform, local, age_days=_logu(rng, 0.1, 5 * 365),
        display_name=_pick(rng, [first, f"{first} {last}", local, ""]),
        bio=_bio(rng, 1) if rng.random() < 0.2 else "",
        followers_count=int(rng.integers(0, 16)), following_count=int(rng.integers(5, 150)),
        posts_count=int(rng.integers(1, 6)) if rng.random() < 0.7 else 0,
        has_avatar=bool(rng.random() < 0.5), active=bool(rng.random() < 0.4),
    )  # fmt: skip
    return _native(rng, platform, True, row)


# --------------------------------------------------------------------------- bots


def _junk_local(rng: np.random.Generator) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = "".join(letters[i] for i in rng.integers(0, 26, int(rng.integers(3, 9))))
    if rng.random() < 0.6:
        return word + "".join(str(d) for d in rng.integers(0, 10, int(rng.integers(5, 10))))
    return _pick(rng, FIRST).lower() + word


def bots_bought_bare(rng: np.random.Generator, platform: str) -> Row:
    """Bought followers as sold in bulk: no name, bio or avatar, never posted; they follow
    many where there are many to follow (on a small server, a few dozen). Some carry the
    handle as name, a stock first name, or an avatar but still no posts."""
    local = _junk_local(rng)
    name = rng.choice(3, p=[0.6, 0.2, 0.2])
    row = _row(
        rng, platform, local, age_days=_logu(rng, 0.01, 300),
        display_name=("", local, _pick(rng, FIRST))[int(name)], bio="",
        followers_count=int(rng.integers(0, 9)), following_count=int(_logu(rng, 15, 5000)),
        posts_count=0 if rng.random() < 0.9 else int(rng.integers(1, 3)),
        has_avatar=bool(rng.random() < 0.15),
    )  # fmt: skip
    return _native(rng, platform, False, row)


def bots_bought_dressed(rng: np.random.Generator, platform: str) -> Row:
    """Bought followers dressed as people: stock name and avatar, fluff bio, a post or two,
    following hundreds with nobody following back."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    suffix = "".join(letters[i] for i in rng.integers(0, 36, int(rng.integers(3, 6))))
    row = _row(
        rng, platform, first.lower().replace("é", "e") + suffix, age_days=_logu(rng, 1, 700),
        display_name=f"{first} {last}", bio=_pick(rng, FLUFF) if rng.random() < 0.5 else "",
        followers_count=int(rng.integers(0, 31)), following_count=int(_logu(rng, 300, 3000)),
        posts_count=int(rng.integers(0, 4)), has_avatar=bool(rng.random() < 0.95),
        active=False,
    )  # fmt: skip
    return _native(rng, platform, False, row)


def bots_spam_money(rng: np.random.Generator, platform: str) -> Row:
    """Crypto / forex / get-rich spam: promises in the bio, links, posts a lot, follows many."""
    local = _pick(rng, ["crypto", "btc", "forex", "nft", "earn", "profit"]) + _junk_local(rng)
    row = _row(
        rng, platform, local[:15], age_days=_logu(rng, 1, 900),
        display_name=_pick(rng, MONEY_NAMES), bio=_pick(rng, MONEY_BIOS).format(h=local[:10]),
        followers_count=int(_logu(rng, 5, 800)), following_count=int(_logu(rng, 400, 5000)),
        posts_count=int(_logu(rng, 50, 20000)), has_avatar=bool(rng.random() < 0.95),
        url=f"https://{local[:10]}.io" if rng.random() < 0.7 else "",
    )  # fmt: skip
    if platform == "bluesky" and rng.random() < 0.25:
        row["labels"] = "spam"
    return _native(rng, platform, False, row)


def bots_spam_intl(rng: np.random.Generator, platform: str) -> Row:
    """Get-rich spam in other languages; the pitch sits in the bio, or only in the display
    name with an empty bio."""
    local = _junk_local(rng)[:12]
    pitch = _pick(rng, INTL_SPAM).format(h=local)
    in_name = rng.random() < 0.3
    row = _row(
        rng, platform, local, age_days=_logu(rng, 0.05, 600),
        display_name=pitch[:40] if in_name else _pick(rng, FIRST),
        bio="" if in_name else pitch,
        followers_count=int(_logu(rng, 1, 400)), following_count=int(_logu(rng, 20, 4000)),
        posts_count=int(_logu(rng, 1, 5000)), has_avatar=bool(rng.random() < 0.7),
    )  # fmt: skip
    return _native(rng, platform, False, row)


def bots_spam_adult(rng: np.random.Generator, platform: str) -> Row:
    """Adult spam: a provocative name, a link or a messenger handle, few posts."""
    first = _pick(rng, FIRST)
    local = first.lower().replace("é", "e") + _junk_local(rng)[:8]
    row = _row(
        rng, platform, local, age_days=_logu(rng, 0.1, 200),
        display_name=_pick(rng, ADULT_NAMES), bio=_pick(rng, ADULT_BIOS).format(h=local),
        followers_count=int(rng.integers(0, 200)), following_count=int(_logu(rng, 100, 3000)),
        posts_count=int(rng.integers(0, 40)), has_avatar=True,
        url=f"https://{local}.link" if rng.random() < 0.4 else "",
    )  # fmt: skip
    if platform == "bluesky" and rng.random() < 0.3:
        row["labels"] = _pick(rng, ["spam", "porn"])
    return _native(rng, platform, False, row)


def bots_follow_back(rng: np.random.Generator, platform: str) -> Row:
    """Follow-for-follow rings: follow thousands, followed back by most, bios that say so."""
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    following = int(_logu(rng, 1500, 6000))
    row = _row(
        rng, platform, _person_local(rng, first, last, 0.7), age_days=_logu(rng, 5, 1500),
        display_name=f"{first} {last} ✔️", bio=_pick(rng, F4F_BIOS),
        followers_count=int(following * rng.uniform(0.6, 1.1)), following_count=following,
        posts_count=int(_logu(rng, 20, 5000)), has_avatar=True,
    )  # fmt: skip
    return _native(rng, platform, False, row)


def bots_declared(rng: np.random.Generator, platform: str) -> Row:
    """Self-declared automated accounts (Mastodon ``bot``, Bluesky's self-label, X's
    automated label): benign, but automation all the same."""
    name, bio = DECLARED[int(rng.integers(len(DECLARED)))]
    place, like = _pick(rng, PLACES), _pick(rng, LIKES)
    local = (place + like).lower().replace(" ", "")[:14] + "bot"
    row = _row(
        rng, platform, local, age_days=_logu(rng, 1, 2000),
        display_name=name.format(p=place, l=like), bio=bio.format(p=place, l=like),
        followers_count=int(_logu(rng, 2, 3000)), following_count=int(rng.integers(0, 6)),
        posts_count=int(_logu(rng, 100, 100000)), has_avatar=bool(rng.random() < 0.8),
    )  # fmt: skip
    row["bot_flag"] = True
    return _native(rng, platform, False, row)


# name -> (generator, label, group)
GENERATORS: dict[str, tuple[Gen, int, str]] = {
    "people_census": (people_census, 0, "person, complete"),
    "people_newcomers": (people_newcomers, 0, "person, complete"),
    "people_migrants": (people_migrants, 0, "person, complete"),
    "people_abroad": (people_abroad, 0, "person, complete"),
    "people_sparse": (people_sparse, 0, "person, sparse"),
    "bots_bought_bare": (bots_bought_bare, 1, "bought"),
    "bots_bought_dressed": (bots_bought_dressed, 1, "bought"),
    "bots_spam_money": (bots_spam_money, 1, "spam"),
    "bots_spam_intl": (bots_spam_intl, 1, "spam"),
    "bots_spam_adult": (bots_spam_adult, 1, "spam"),
    "bots_follow_back": (bots_follow_back, 1, "spam"),
    "bots_declared": (bots_declared, 1, "declared bot"),
}


def generate(n_per_generator: int = 300, seed: int = 7) -> pl.DataFrame:
    """Every generator on every platform, ``n_per_generator`` accounts each."""
    rows: list[Row] = []
    for p_index, platform in enumerate(PLATFORMS):
        for g_index, (name, (gen, label, group)) in enumerate(GENERATORS.items()):
            rng = np.random.default_rng([seed, p_index, g_index])
            for i in range(n_per_generator):
                row = gen(rng, platform)
                row.update(user_id=f"{platform}-{name}-{i}", y=label, group=group, generator=name)
                if platform != "x":
                    # Only X has a website field; a Mastodon website is a profile field
                    # (verified_links above), and followback reads neither platform's
                    # ``url`` (the profile page) as one (screening/frame.py).
                    row["url"] = None
                rows.append(row)
    schema = {**PROFILE_SCHEMA, **SIGNAL_SCHEMA, "y": pl.Int8(), "group": pl.String(),
              "generator": pl.String()}  # fmt: skip
    return pl.DataFrame(rows, schema=schema, strict=False)
