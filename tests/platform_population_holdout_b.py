"""A fourth population of followers, held out: written by hand in session 6 (2026-11-30,
14:15 UTC) while screening model ``screening-4.e91fd132`` shipped, before any model scored
it, and never used to choose anything.

It differs from the first held-out set on purpose: other trades and ages (a plumber, a
choir, a student union, a pensioner who only reposts friends), more people who write in
other languages (Arabic, German, Korean, Polish, Hindi), people whose only posts are
replies, a sparse person with only a display name, a person who follows hundreds; and on
the unwanted side bought followers with stock-photo names and one-word bios, an engagement
pod, a giveaway scam, a fake customer-support account, a dropshipping shop that posts the
same link, a declared news-relay bot and a values clash. Each is one account made through
the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_b"]

G = "holdout_b"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hb-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def holdout_b() -> list[Persona]:
    """18 genuine followers (10 complete, 8 sparse) and 12 unwanted ones."""
    people = [
        _p(
            "plumber",
            "person_complete",
            "daveplumbs",
            display_name="Dave Hughes Plumbing",
            bio="Gas Safe registered. Boilers, leaks, bathrooms. Cardiff and the Vale.",
            avatar=True,
            posts=(
                Post("Another frozen condensate pipe this morning. Lag your pipes, folks."),
                Post("Cheers, glad it's sorted!", reply=True),
            ),
        ),
        _p(
            "choir",
            "person_complete",
            "eastsidechoir",
            display_name="Eastside Community Choir",
            bio="All voices welcome. Rehearsals Thursdays 7pm at St Mark's hall.",
            avatar=True,
            posts=(Post("Winter concert tickets on sale now, 14 December!"),),
        ),
        _p(
            "student",
            "person_complete",
            "noor-k",
            display_name="Noor Khalil | نور",
            bio="طالبة هندسة. Engineering student, coffee addict, amateur astronomer.",
            avatar=True,
            posts=(
                Post("Saw Saturn's rings for the first time tonight. Unreal."),
                Post("ما شاء الله، صور رائعة", reply=True),
            ),
        ),
        _p(
            "baker-de",
            "person_complete",
            "jonas_backt",
            display_name="Jonas",
            bio="Hobbybäcker aus Hamburg. Sauerteig ist mein Haustier.",
            avatar=True,
            posts=(Post("Das erste Roggenbrot des Winters 🍞"), Post("Danke dir!", reply=True)),
        ),
        _p(
            "union",
            "person_complete",
            "studentsunion-north",
            display_name="Northfield Students' Union",
            bio="Representing 18,000 students. Events, advice, societies.",
            avatar=True,
            links=("https://northfieldsu.example",),
            posts=(
                Post("Freshers' fair is on the main lawn from 10am tomorrow."),
                Post("Yes, the advice centre is open over reading week.", reply=True),
            ),
        ),
        _p(
            "ko",
            "person_complete",
            "minji-park",
            display_name="박민지",
            bio="서울 · 디자이너 · 고양이 두 마리",
            avatar=True,
            posts=(Post("오늘 첫눈 왔어요 ❄️"),),
        ),
        _p(
            "pl",
            "person_complete",
            "kasia_w",
            display_name="Kasia Wójcik",
            bio="Tłumaczka, biegaczka, miłośniczka kryminałów.",
            avatar=True,
            posts=(
                Post("Półmaraton zaliczony! 1:58, nowa życiówka."),
                Post("Gratulacje!", reply=True),
            ),
        ),
        _p(
            "follows-many",
            "person_complete",
            "birdwatcher-ray",
            display_name="Ray (birds mostly)",
            bio="I follow every bird account I can find. Kestrel fan.",
            avatar=True,
            follows=60,
            posts=(Post("Kestrel hovering over the motorway verge again"),),
        ),
        _p(
            "hi",
            "person_complete",
            "arjun-writes",
            display_name="Arjun Mehta",
            bio="लेखक और शिक्षक. Poetry in Hindi and English.",
            avatar=True,
            posts=(Post("नई कविता जल्द ही"), Post("Thank you for reading!", reply=True)),
        ),
        _p(
            "replier",
            "person_complete",
            "gwen-talks",
            display_name="Gwen",
            bio="mostly here to reply to my friends",
            avatar=True,
            posts=(
                Post("haha same", reply=True),
                Post("congrats!!", reply=True),
                Post("see you Sunday", reply=True),
            ),
        ),
        _p(
            "pensioner",
            "person_sparse",
            "bill-from-hull",
            display_name="Bill",
            posts=(Post("Lovely photo", repost=True),),
            follows=4,
        ),
        _p("name-only", "person_sparse", "ellie-m", display_name="Ellie M", follows=6),
        _p(
            "first-post",
            "person_sparse",
            "tomasz88",
            display_name="Tomasz",
            avatar=True,
            posts=(Post("Cześć! Pierwszy post."),),
        ),
        _p("bio-only", "person_sparse", "quietreader", bio="books and tea", follows=5),
        _p(
            "avatar-reply",
            "person_sparse",
            "fatima-a",
            display_name="Fatima",
            avatar=True,
            posts=(Post("thank you so much!", reply=True),),
        ),
        _p(
            "teen",
            "person_sparse",
            "skaterkid2009",
            display_name="jay",
            bio="skate",
            avatar=True,
            follows=9,
        ),
        _p(
            "dad",
            "person_sparse",
            "mikeobrien",
            display_name="Mike O'Brien",
            avatar=True,
            follows=3,
        ),
        _p(
            "maker",
            "person_sparse",
            "woodshop-lu",
            display_name="Lu's Woodshop",
            bio="spoons and bowls",
        ),
    ]
    unwanted = [
        _p(
            "bought-stock",
            "bought",
            "emily_johnson_1987x",
            display_name="Emily Johnson",
            bio="Traveler",
            avatar=True,
            follows=1300,
        ),
        _p("bought-digits", "bought", "a82736455192", follows=700),
        _p(
            "bought-word",
            "bought",
            "davidbrown77361",
            display_name="David Brown",
            bio="Blessed",
            follows=2200,
        ),
        _p(
            "bought-emoji",
            "bought",
            "sunshine_girl_8821",
            display_name="☀️🌸",
            avatar=True,
            follows=1800,
        ),
        _p(
            "pod",
            "spam",
            "engagementpod-gold",
            display_name="Engagement Pod 🔥",
            bio="Like 👍 Comment 💬 Share 🔁 = we do the same. DM to join the gold pod",
            avatar=True,
            follows=2500,
            posts=tuple(
                Post("Drop your link below, we engage with everyone! 🔥") for _ in range(4)
            ),
        ),
        _p(
            "giveaway",
            "spam",
            "iphone-giveaway-official",
            display_name="Official Giveaway 🎁",
            bio="Win a new phone! Follow + click the link to claim your prize",
            links=("https://claim-prize-now.example",),
            avatar=True,
            follows=1600,
            posts=tuple(
                Post("Congratulations! You are selected. Claim at claim-prize-now.example")
                for _ in range(3)
            ),
        ),
        _p(
            "fake-support",
            "spam",
            "help-desk-wallet",
            display_name="Wallet Support Team",
            bio="24/7 help for locked wallets and failed transfers. DM us your issue",
            avatar=True,
            follows=900,
            posts=tuple(
                Post("Having trouble with your wallet? DM us now for recovery") for _ in range(3)
            ),
        ),
        _p(
            "dropship",
            "spam",
            "trendy-deals-shop",
            display_name="Trendy Deals",
            bio="Free shipping worldwide 🛍️",
            links=("https://trendy-deals.example",),
            avatar=True,
            follows=1100,
            posts=tuple(Post("Only today 70% OFF trendy-deals.example") for _ in range(5)),
        ),
        _p(
            "repost-farm",
            "bought",
            "anna_k_2024_11",
            display_name="Anna K",
            avatar=True,
            follows=1400,
            posts=tuple(Post("wow", repost=True) for _ in range(4)),
        ),
        _p(
            "relay-bot",
            "bot_declared",
            "headline-relay",
            display_name="Headline Relay (bot)",
            bio="Unofficial bot. Reposts headlines from public RSS feeds every 10 minutes.",
            bot_flag=True,
            posts=(
                Post("Markets open higher as rate hopes rise"),
                Post("Storm warning issued for the north coast"),
            ),
        ),
        _p(
            "clash",
            "values_clash",
            "outfitter-kw",
            display_name="Kalahari Outfitters",
            bio=f"Family outfitters since 1982. {BLOCKED_KEYWORD} safaris, lodges and guides.",
            avatar=True,
            posts=(Post("Booking now for the dry season."),),
        ),
        _p(
            "bought-name-only",
            "bought",
            "jamesmiller20198",
            display_name="James Miller",
            follows=950,
        ),
    ]
    return people + unwanted
