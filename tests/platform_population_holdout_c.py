"""A fifth population of followers, held out: written by hand in session 7 (2026-11-30, 17:40
UTC) while screening model ``screening-5.e4351a4d`` shipped, before any model scored it, and
never used to choose anything.

It differs from the first two held-out sets on purpose: organisations that are genuine
followers (a city library, a local newsroom, a school's parents' association), people who
write in Portuguese, Japanese, Turkish, Ukrainian, Yoruba and Swedish, a person whose job
uses money words (a bookkeeper), a person who mentions following back, a bio at Bluesky's
length limit, a name made only of emoji, and sparse people (an avatar and a first name, a
bio and nothing else, only replies, only reposts with a bio); on the unwanted side bought
followers in another script and with a one-word bio, Portuguese trading signals, an SEO
backlink seller, an adult come-on that names no adult word, a follow-train account, a fake
support desk that wears the brand's name, a declared weather bot, a content farm posting the
same link, and a values clash. Each is one account made through the platform's API by
``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_c"]

G = "holdout_c"

_LONG_BIO = (  # Bluesky's profile description holds at most 256 graphemes
    "Retired marine engineer. Forty years on tankers and ferries, now restoring a 1962 "
    "wooden sloop one plank at a time. Tides, knots, stubborn diesels and the people I "
    "sailed with. Grandfather of three, decent at soup. Harbour museum on Thursdays."
)


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hc-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def holdout_c() -> list[Persona]:
    """18 genuine followers (10 complete, 8 sparse) and 12 unwanted ones."""
    people = [
        _p(
            "library",
            "person_complete",
            "eastfieldlibrary",
            display_name="Eastfield Public Library",
            bio="Books, wifi, warm seats and story time. Open Tue-Sat. Posts by the staff.",
            avatar=True,
            posts=(
                Post("Story time moves to the upstairs room this Saturday."),
                Post("Yes! Renewals work online too.", reply=True),
            ),
            follows=12,
        ),
        _p(
            "newsroom",
            "person_complete",
            "valleyherald",
            display_name="The Valley Herald",
            bio="Independent local news for the valley since 1921. "
            "Tips: newsroom@valleyherald.example",
            avatar=True,
            links=("https://valleyherald.example",),
            posts=(
                Post("Council approves the new footbridge after a three-hour meeting."),
                Post("Road closures for the half marathon on Sunday, full list inside."),
                Post("Thanks, we've corrected the date.", reply=True),
            ),
            follows=40,
        ),
        _p(
            "surf",
            "person_complete",
            "rafa.surfa",
            display_name="Rafael Nunes",
            bio="Professor de surf em Florianópolis 🌊 aulas para iniciantes",
            avatar=True,
            posts=(Post("Mar perfeito hoje cedo"), Post("Valeu, irmão!", reply=True)),
        ),
        _p(
            "illustrator",
            "person_complete",
            "mizuki-draws",
            display_name="みずき",
            bio="イラストレーター。猫と珈琲。",
            avatar=True,
            posts=(
                Post("新しい絵本の表紙を描きました"),
                Post("ありがとうございます！", reply=True),
            ),
        ),
        _p(
            "baker",
            "person_complete",
            "ayse-firin",
            display_name="Ayşe Yılmaz",
            bio="İzmir'de küçük bir fırın. Ekşi maya, simit, sevgi.",
            avatar=True,
            posts=(Post("Bugün ilk kez zeytinli ekmek denedik"),),
        ),
        _p(
            "bookkeeper",
            "person_complete",
            "nadia-books",
            display_name="Nadia Fofanah",
            bio="Bookkeeper for small charities. Payroll, budgets and the occasional tax return.",
            avatar=True,
            posts=(
                Post("Reminder to charity treasurers: the annual return is due next month."),
                Post("Happy to help, send me a message.", reply=True),
            ),
        ),
        _p(
            "sailor",
            "person_complete",
            "old-salt-pete",
            display_name="Pete Abernethy",
            bio=_LONG_BIO,
            avatar=True,
            posts=(Post("Caulked the garboard seam today. Tomorrow, paint."),),
        ),
        _p(
            "followback-artist",
            "person_complete",
            "lina-ceramics",
            display_name="Lina | ceramics",
            bio="Handmade mugs in Malmö. I always follow back other makers ☕",
            avatar=True,
            posts=(Post("Kiln opening tonight, fingers crossed"), Post("Tack!", reply=True)),
        ),
        _p(
            "pta",
            "person_complete",
            "hillside-pta",
            display_name="Hillside School PTA",
            bio="Parents and teachers of Hillside Primary. Bake sales, trips, lost property.",
            avatar=True,
            posts=(Post("Lost property table is out until Friday."),),
        ),
        _p(
            "yoruba",
            "person_complete",
            "tunde-oyelaran",
            display_name="Túndé Oyèláràn",
            bio="Pharmacist in Ibadan. Ẹ ku àárọ̀!",
            avatar=True,
            posts=(Post("Ẹ ṣé o, my people", reply=True), Post("Clinic day today.")),
        ),
        _p("emoji-name", "person_sparse", "star-gazer-jo", display_name="🌙✨🔭", avatar=True),
        _p(
            "first-avatar",
            "person_sparse",
            "olena_k",
            display_name="Олена",
            avatar=True,
            follows=3,
        ),
        _p("bio-nothing", "person_sparse", "quietfern", bio="gardening, slowly", follows=2),
        _p(
            "replies-only",
            "person_sparse",
            "grandma-june",
            display_name="June",
            posts=(
                Post("lovely to see you all", reply=True),
                Post("well done sweetheart", reply=True),
            ),
        ),
        _p(
            "reposts-bio",
            "person_sparse",
            "trainfan88",
            bio="trains. that's it.",
            posts=(Post("x", repost=True), Post("x", repost=True)),
            follows=7,
        ),
        _p(
            "one-post",
            "person_sparse",
            "firsttimer-sam",
            display_name="Sam",
            posts=(Post("hello? is this thing on"),),
        ),
        _p("avatar-only", "person_sparse", "kwame-a", avatar=True, follows=5),
        _p(
            "name-bio",
            "person_sparse",
            "ingrid-h",
            display_name="Ingrid H",
            bio="nurse, night shifts",
        ),
    ]
    unwanted = [
        _p(
            "bought-cyrillic",
            "bought",
            "dmitriy_ivanov_19945",
            display_name="Дмитрий Иванов",
            avatar=True,
            follows=1700,
        ),
        _p(
            "bought-oneword",
            "bought",
            "sarah_wilson8x2",
            display_name="Sarah Wilson",
            bio="Dreamer",
            avatar=True,
            follows=2100,
        ),
        _p("bought-bare", "bought", "user7782910034", follows=1200),
        _p(
            "signals-pt",
            "spam",
            "sinais-vip-trader",
            display_name="Sinais VIP 📈",
            bio="Sinais de trade todos os dias. Lucro garantido! Chama no direct",
            avatar=True,
            follows=1500,
            posts=tuple(Post("Mais um green hoje! Entre no grupo VIP pelo link") for _ in range(3)),
        ),
        _p(
            "seo",
            "spam",
            "backlinks-pro-seo",
            display_name="SEO Backlinks Pro",
            bio="High DA backlinks, guest posts, rank #1 on Google fast. Cheap packages.",
            links=("https://seo-backlinks-pro.example",),
            avatar=True,
            follows=2600,
            posts=tuple(Post("Rank #1 in 30 days: seo-backlinks-pro.example") for _ in range(4)),
        ),
        _p(
            "comeon",
            "spam",
            "sweet_katy_xo",
            display_name="Katy 💋",
            bio="new here, kinda shy... say hi if you want to get to know me better 😘",
            avatar=True,
            follows=1900,
            posts=(Post("feeling lonely tonight, who wants to chat? link in my bio 😘"),),
        ),
        _p(
            "follow-train",
            "spam",
            "follow-train-daily",
            display_name="Follow Train 🚂",
            bio="Daily follow train! Follow everyone who likes this, gain 1000 followers fast",
            avatar=True,
            follows=3000,
            posts=tuple(
                Post("🚂 ALL ABOARD! Like + follow everyone in the replies") for _ in range(3)
            ),
        ),
        _p(
            "fake-brand-support",
            "spam",
            "evalbrand-care-desk",
            display_name="Evalbrand Care Team",
            bio="Official help for Evalbrand customers. Refund problems? Send us a DM with your "
            "order number and card details.",
            avatar=True,
            follows=800,
            posts=tuple(
                Post("Having problems with your order? DM our care team for a fast refund")
                for _ in range(2)
            ),
        ),
        _p(
            "weather-bot",
            "bot_declared",
            "harbour-weather-bot",
            display_name="Harbour Weather",
            bio="Automated hourly readings from the harbour station.",
            bot_flag=True,
            posts=(Post("14:00 wind SW 12 kn, 11°C"), Post("15:00 wind SW 14 kn, 11°C")),
        ),
        _p(
            "content-farm",
            "spam",
            "daily-viral-facts",
            display_name="Daily Viral Facts",
            bio="You won't believe #7",
            links=("https://viral-facts-daily.example",),
            avatar=True,
            follows=1300,
            posts=tuple(
                Post("10 facts that will blow your mind viral-facts-daily.example")
                for _ in range(4)
            ),
        ),
        _p(
            "clash",
            "values_clash",
            "big-game-trips",
            display_name="Big Game Trips",
            bio=f"Guided {BLOCKED_KEYWORD} in the highlands. Lodges, rifles, trophies.",
            avatar=True,
            posts=(Post("Season opens in March, a few places left."),),
        ),
        _p(
            "bought-reposter",
            "bought",
            "mark_davis_2025_0",
            display_name="Mark Davis",
            avatar=True,
            follows=1600,
            posts=tuple(Post("x", repost=True) for _ in range(3)),
        ),
    ]
    return people + unwanted
