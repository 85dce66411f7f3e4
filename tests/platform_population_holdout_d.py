"""A sixth population of followers, held out: written by hand in session 8 (2026-11-30,
21:10 UTC) while screening model ``screening-6.630e8a63`` shipped and before the session's
second look at complete-looking followers landed, before any model scored it, and never
used to choose anything.

Its weight is on followers whose profile looks complete, so that what they post decides:
on the genuine side a radio presenter who shares the station's link in every post, a
bakery posting the day's bread with its shop link, a PhD student sharing papers, a
volunteer firefighter who reposts the brigade's warnings, a band announcing the same tour
link, a maths teacher who mostly replies, a retired couple's travel account, and people
writing in Italian, Vietnamese, Greek, Hebrew, Swahili and Dutch; sparse people (a name
and one post, a bio in Welsh and nothing else, replies only). On the unwanted side,
complete profiles that sell in their posts only: an "investment mentor" posting the same
testimonial, an affiliate deal dropper, a fake giveaway, a crypto airdrop, a lonely-heart
come-on and a followers-for-sale pitch in Spanish; bought followers dressed as people and
bare; a declared bot (platform flag) and a values clash. Each is one account made through
the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_d"]

G = "holdout_d"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hd-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "radio",
            "person_complete",
            "dj-marta-fm",
            display_name="Marta on Radio Ebro",
            bio="Weekday mornings 7-10 on Radio Ebro 98.4. Vinyl, local bands, bad puns.",
            avatar=True,
            links=("https://radioebro.example/marta",),
            posts=(
                Post("Tomorrow's guest: the Saragossa brass ensemble radioebro.example/live"),
                Post("Playlist from this morning is up radioebro.example/playlist"),
                Post("Listening back to the interview with Lucía radioebro.example/podcast"),
                Post("haha yes, that was the second time I dropped the mic", reply=True),
            ),
            follows=30,
        ),
        _p(
            "bakery",
            "person_complete",
            "panaderia-rosa",
            display_name="Panadería Rosa",
            bio="Family bakery since 1987. Sourdough, empanadas, cakes to order.",
            avatar=True,
            links=("https://panaderiarosa.example",),
            posts=(
                Post("Today: rye with caraway and olive focaccia panaderiarosa.example/hoy"),
                Post("Today: brioche and the last of the pumpkin loaves panaderiarosa.example/hoy"),
                Post("Closed Monday for the holiday, back Tuesday at 7"),
            ),
            follows=9,
        ),
        _p(
            "phd",
            "person_complete",
            "kofi-reads-papers",
            display_name="Kofi Boateng",
            bio="PhD student, soil microbiology. Sharing what I read, mostly fungi.",
            avatar=True,
            posts=(
                Post("Nice review of mycorrhizal networks doi.org/10.1000/xyz123"),
                Post(
                    "This one on drought and root exudates is worth a read arxiv.org/abs/2411.0001"
                ),
                Post("Field day tomorrow, praying for no rain"),
                Post("Do you have the supplementary data for fig 3?", reply=True),
            ),
            follows=60,
        ),
        _p(
            "firefighter",
            "person_complete",
            "vol-firefighter-ben",
            display_name="Ben (volunteer fire brigade)",
            bio="Volunteer firefighter, father of two, terrible at darts.",
            avatar=True,
            posts=(
                Post("x", repost=True),
                Post("x", repost=True),
                Post("x", repost=True),
                Post("Please check your smoke alarms this weekend."),
            ),
            follows=25,
        ),
        _p(
            "band",
            "person_complete",
            "the-paper-lanterns",
            display_name="The Paper Lanterns",
            bio="Four-piece indie band from Cork. New record out in spring.",
            avatar=True,
            links=("https://paperlanterns.example",),
            posts=(
                Post("Galway, we're coming! Tickets paperlanterns.example/tour"),
                Post("Two nights in Dublin added. Tickets paperlanterns.example/tour"),
                Post("Thanks Belfast, you were loud"),
            ),
            follows=40,
        ),
        _p(
            "teacher",
            "person_complete",
            "mr-okafor-maths",
            display_name="Chidi Okafor",
            bio="Maths teacher. Fractions are friends.",
            avatar=True,
            posts=(
                Post("Try drawing it as a number line first", reply=True),
                Post("That's exactly it, well done", reply=True),
                Post("Good luck to everyone sitting exams tomorrow"),
            ),
            follows=15,
        ),
        _p(
            "travel",
            "person_complete",
            "ann-and-geoff-go",
            display_name="Ann & Geoff",
            bio="Retired, a camper van and a very patient dog. Slowly around Europe.",
            avatar=True,
            posts=(Post("Made it to the Dolomites. Dog unimpressed."),),
            follows=6,
        ),
        _p(
            "italian",
            "person_complete",
            "giulia.ceramica",
            display_name="Giulia Ferri",
            bio="Ceramista a Faenza. Tazze storte ma sincere.",
            avatar=True,
            posts=(Post("Forno acceso da stamattina, incrociamo le dita"),),
            follows=11,
        ),
        _p(
            "vietnamese",
            "person_complete",
            "minh-anh-nguyen",
            display_name="Nguyễn Minh Anh",
            bio="Sinh viên kiến trúc ở Huế. Thích cà phê trứng.",
            avatar=True,
            posts=(Post("Hôm nay trời mưa cả ngày"), Post("Cảm ơn bạn nhiều!", reply=True)),
            follows=20,
        ),
        _p(
            "greek",
            "person_complete",
            "eleni-psaraki",
            display_name="Ελένη Ψαράκη",
            bio="Νοσηλεύτρια στο Ηράκλειο.",
            avatar=True,
            posts=(Post("Επιτέλους διακοπές"),),
            follows=4,
        ),
        _p(
            "hebrew",
            "person_complete",
            "noa-levi-art",
            display_name="נועה לוי",
            bio="מאיירת ספרי ילדים",
            avatar=True,
            posts=(Post("סקיצה חדשה לספר הבא"),),
            follows=18,
        ),
        _p(
            "dutch",
            "person_complete",
            "fietsende-joost",
            display_name="Joost",
            bio="Fietst naar zijn werk, ook als het regent.",
            avatar=True,
            posts=(Post("Tegenwind. Altijd tegenwind."),),
            follows=7,
        ),
        _p(
            "swahili",
            "person_sparse",
            "amani-w",
            display_name="Amani Wanjiru",
            posts=(Post("Habari za asubuhi!"),),
            follows=3,
        ),
        _p("welsh-bio", "person_sparse", "hedd-cymru", bio="Ffermwr defaid ym Meirionnydd."),
        _p(
            "replies",
            "person_sparse",
            "quiet-pete",
            posts=(Post("same here", reply=True), Post("ha, brilliant", reply=True)),
            follows=4,
        ),
        _p("first-name", "person_sparse", "rosie-m", display_name="Rosie", follows=2),
        _p(
            "one-post-avatar",
            "person_sparse",
            "tomasz-k",
            avatar=True,
            posts=(Post("pierwszy post, cześć"),),
        ),
        _p(
            "name-avatar",
            "person_sparse",
            "layla-h",
            display_name="Layla H.",
            avatar=True,
            follows=5,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p(
            "mentor",
            "spam",
            "wealth-with-daniel",
            display_name="Daniel | Mentor",
            bio="Helping ordinary people build a better future. Husband, dad, believer.",
            avatar=True,
            follows=1800,
            posts=tuple(
                Post("Another client withdrew $4,800 profit this week. DM me 'START' to learn how")
                for _ in range(3)
            ),
        ),
        _p(
            "deals",
            "spam",
            "daily-deals-finder",
            display_name="Deal Finder",
            bio="I love a bargain.",
            avatar=True,
            follows=2400,
            posts=(
                Post("70% off headphones today only amzn-deals.example/x1 #ad"),
                Post("Air fryer lowest price ever amzn-deals.example/x2 #ad"),
                Post("Kids' scooters half price amzn-deals.example/x3 #ad"),
            ),
        ),
        _p(
            "giveaway",
            "spam",
            "gift-drop-official",
            display_name="Gift Drop",
            bio="Spreading happiness one gift at a time 🎁",
            avatar=True,
            follows=3000,
            posts=tuple(
                Post("🎁 GIVEAWAY: iPhone 17 for 3 lucky followers! Claim at gift-drop.example")
                for _ in range(3)
            ),
        ),
        _p(
            "airdrop",
            "spam",
            "nova-token-news",
            display_name="Nova",
            bio="Web3 explorer. Building the future.",
            avatar=True,
            follows=2000,
            posts=(
                Post("$NOVA airdrop is LIVE 🚀 connect your wallet at nova-claim.example"),
                Post("Last hours to claim your free $NOVA: nova-claim.example"),
            ),
        ),
        _p(
            "lonely",
            "spam",
            "lily-rose-x",
            display_name="Lily Rose",
            bio="Just a girl who loves sunsets 🌅",
            avatar=True,
            follows=1700,
            posts=(Post("bored and alone tonight... my private pics are at lily-rose.example 💋"),),
        ),
        _p(
            "followers-es",
            "spam",
            "crece-tu-cuenta",
            display_name="Crece Rápido",
            bio="Marketing digital 🇪🇸",
            avatar=True,
            follows=2500,
            posts=tuple(
                Post("¿Quieres 5000 seguidores reales? Escríbeme y te paso precios 📈")
                for _ in range(3)
            ),
        ),
        _p(
            "bought-dressed",
            "bought",
            "jennifer_smith_40517",
            display_name="Jennifer Smith",
            bio="Love life",
            avatar=True,
            follows=1900,
        ),
        _p(
            "bought-name",
            "bought",
            "robert_jones_19930",
            display_name="Robert Jones",
            follows=1100,
        ),
        _p("bought-bare", "bought", "acct82749100363", follows=1400),
        _p(
            "obvious-spam",
            "spam",
            "f4f-gain-now",
            display_name="Gain Followers Fast",
            bio="Follow for follow! #followback #teamfollowback gain 1000 followers",
            follows=2900,
        ),
        _p(
            "bot",
            "bot_declared",
            "tide-times-bot",
            display_name="Tide Times",
            bio="High and low tides for the estuary, four times a day.",
            avatar=True,
            bot_flag=True,
            posts=(Post("High tide 06:12 (4.1 m), low tide 12:30 (0.8 m)"),),
        ),
        _p(
            "clash",
            "values_clash",
            "safari-trophies",
            display_name="Safari Trophies Ltd",
            bio=f"Luxury {BLOCKED_KEYWORD} packages across southern Africa.",
            avatar=True,
            posts=(Post("Two places left for the June season."),),
        ),
    ]


def holdout_d() -> list[Persona]:
    """18 genuine followers (12 complete, 6 sparse) and 12 unwanted ones."""
    return _people() + _unwanted()
