"""An eighth population of followers, held out: written by hand in session 11 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

Genuine (18, organisations counted as people): a retired Turkish teacher, a Japanese
potter, a neighbourhood library and a French bakery linking their own sites, a Swahili
running club in Nairobi, a Ukrainian vet, an Indonesian developer and a science writer
who follow a few hundred accounts, a Polish cyclist whose handle holds his birth year, a
surfer whose bio is only emoji; and sparse ones: a reposter with one post of his own, a
replier writing Swahili and English, a one-post "brr 🥶", a newcomer's first post, a
name and avatar that never posted, a bio with nothing else, an Indonesian student and a
French gardener with a name and two posts. Unwanted (12): bought followers bare, dressed
with a stock name, bio and avatar, reposting only, with two generic posts, and under a
Cyrillic name; spam selling forex and crypto signals, a fake giveaway using the brand's
name, playlist promotion in replies and a mild adult come-on with a link; a declared
earthquake bot; and two values clashes (an outfitter and a hunter). Each is one account
made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_f"]

G = "holdout_f"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hf-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "teacher-tr",
            "person_complete",
            "ayse-ogretmen",
            display_name="Ayşe Yıldız",
            bio="Emekli edebiyat öğretmeni. İzmir'de yaşıyorum. Kitaplar, çay ve "
            "balkon domatesleri 🍅",
            avatar=True,
            posts=(
                Post("Balkondaki domatesler nihayet kızardı, bu yıl çok geç kaldılar."),
                Post("Kürk Mantolu Madonna'yı yeniden okuyorum. Her okuyuşta başka bir kitap."),
                Post("Çok teşekkürler, tarifi mutlaka deneyeceğim!", reply=True),
            ),
            follows=45,
        ),
        _p(
            "potter-ja",
            "person_complete",
            "kaori-utsuwa",
            display_name="佐藤かおり",
            bio="栃木県益子町で器をつくっています。土と釉薬の話が多めです。",
            avatar=True,
            posts=(
                Post("窯出し。今回は青磁がきれいに出ました。"),
                Post("週末の陶器市に出店します。雨が降りませんように。"),
                Post("ありがとうございます!また作りますね", reply=True),
            ),
            follows=60,
        ),
        _p(
            "library",
            "person_complete",
            "elmst-library",
            display_name="Elm Street Library",
            bio="Your neighbourhood branch library. Storytime Tue & Thu 10:30, free wifi, "
            "seed library by the door. Open Mon-Sat.",
            avatar=True,
            posts=(
                Post(
                    "The seed swap is back this Saturday, 10-2. Bring your saved seeds or "
                    "just come and take some!"
                ),
                Post(
                    "Our teen advisory board picked this month's display: graphic novels "
                    "about found families. Come browse."
                ),
                Post("We're closed Monday for the holiday. The book drop stays open."),
            ),
            follows=140,
            links=("elmstreetlibrary.example",),
        ),
        _p(
            "bakery-fr",
            "person_complete",
            "fournil-ange",
            display_name="Le Fournil de l'Ange",
            bio="Boulangerie au levain à Angers. Pains, viennoiseries et la tarte aux pommes "
            "du dimanche. Fermé le lundi.",
            avatar=True,
            posts=(
                Post("Fournée de pain de seigle aux noix ce matin, il en reste une dizaine 🥖"),
                Post("Nous serons fermés du 15 au 22 août, bonnes vacances à tous !"),
                Post("Merci beaucoup, ça nous touche ❤️", reply=True),
            ),
            follows=48,
            links=("fournil-ange.example",),
        ),
        _p(
            "club-sw",
            "person_complete",
            "kibera-runners",
            display_name="Kibera Runners Club",
            bio="Klabu ya mbio Kibera, Nairobi. Tunakimbia kila Jumamosi saa moja asubuhi. "
            "Wote mnakaribishwa! 🏃🏾‍♀️🏃🏿",
            avatar=True,
            posts=(
                Post("Asanteni wote mliokuja leo! Wakimbiaji 42, kilomita 10 kwenye mvua 💪🏾"),
                Post(
                    "Jumamosi hii tutakimbia kuelekea Ngong Forest. Tukutane saa moja kasoro robo."
                ),
                Post("Hongera Wanjiru kwa kumaliza marathon yake ya kwanza! 🎉"),
            ),
            follows=85,
        ),
        _p(
            "vet-uk",
            "person_complete",
            "oksana-koval",
            display_name="Оксана Коваль",
            bio="Ветеринарка зі Львова. Коти, собаки й іноді їжаки 🦔",
            avatar=True,
            posts=(
                Post("Сьогодні принесли їжака з пораненою лапкою. Одужує, вже їсть 🦔"),
                Post("Нагадую: щеплення від сказу — раз на рік. Не відкладайте!"),
                Post("Дякую! Передам котові 😄", reply=True),
            ),
            follows=33,
        ),
        _p(
            "dev-id",
            "person_complete",
            "rizky-dev",
            display_name="Rizky Pratama",
            bio="Backend dev di Bandung. Go, Postgres, kopi tubruk. Kadang nulis soal open source.",
            avatar=True,
            posts=(
                Post("Akhirnya PR pertama saya ke proyek open source di-merge! Senang banget 🎉"),
                Post("Bandung hujan terus dari pagi, cocok buat ngoding sambil ngopi ☕"),
                Post("Setuju, dokumentasi itu sering diremehkan.", reply=True),
            ),
            follows=240,
        ),
        _p(
            "writer",
            "person_complete",
            "dana-reads",
            display_name="Dana Whitfield",
            bio="Freelance science writer. Oceans, weather, the occasional fungus. She/her.",
            avatar=True,
            posts=(
                Post(
                    "Spent the morning reading about octopus sleep and now I have so many "
                    "questions."
                ),
                Post(
                    "Heading to the coast next week to talk to oyster farmers. Where should I eat?"
                ),
                Post("", repost=True),
                Post("Oh this is a great thread, thank you for writing it up", reply=True),
            ),
            follows=380,
            links=("danawhitfield.example",),
        ),
        _p(
            "cyclist",
            "person_complete",
            "marek1987",
            display_name="Marek Nowak",
            bio="Rowerzysta, tata dwójki, inżynier w Gdańsku. Cycling, kids, bad puns.",
            avatar=True,
            posts=(
                Post("Dziś 80 km wzdłuż wybrzeża, wiatr w twarz przez całą drogę 🚴"),
                Post(
                    "Finally fixed the squeaky brake. Only took three videos and one "
                    "scraped knuckle."
                ),
                Post("Haha, wheel-y good one", reply=True),
            ),
            follows=95,
        ),
        _p(
            "surfer",
            "person_complete",
            "noa-waves",
            display_name="Noa Ben-David",
            bio="🌊🏄‍♀️📷🐕☕",
            avatar=True,
            posts=(
                Post("Glassy at 6am, nobody out but me and two dolphins"),
                Post("Dog stole my wetsuit glove again 🐕"),
                Post("", repost=True),
            ),
            follows=64,
        ),
        _p(
            "reposter",
            "person_sparse",
            "pat-doyle",
            display_name="Pat Doyle",
            posts=(
                *(Post("", repost=True) for _ in range(5)),
                Post("Well done to the U12s, cup winners!"),
            ),
            follows=28,
        ),
        _p(
            "replier-sw",
            "person_sparse",
            "amani-w",
            posts=(
                Post("Hongera sana! 🎉", reply=True),
                Post("Kweli kabisa, bei ya mafuta imepanda sana.", reply=True),
                Post("Haha same, Nairobi traffic is something else", reply=True),
            ),
            follows=18,
        ),
        _p(
            "one-short",
            "person_sparse",
            "lena-b",
            display_name="Lena",
            avatar=True,
            posts=(Post("brr 🥶"),),
            follows=11,
        ),
        _p(
            "newcomer",
            "person_sparse",
            "ruth-okafor",
            display_name="Ruth Okafor",
            posts=(
                Post(
                    "Hello! New here, my daughter said I should try this. Still working out "
                    "the buttons."
                ),
            ),
            follows=3,
        ),
        _p(
            "silent-ja",
            "person_sparse",
            "hiro-nakamura",
            display_name="中村 浩",
            avatar=True,
            follows=9,
        ),
        _p(
            "bio-only",
            "person_sparse",
            "old-signalman",
            bio="Retired signalman. Trains, timetables, strong tea.",
            follows=40,
        ),
        _p(
            "student-id",
            "person_sparse",
            "putri-ays",
            display_name="Putri",
            avatar=True,
            posts=(
                Post("Besok UTS, doain aku ya 🙏"),
                Post("Wkwkwk sama banget", reply=True),
            ),
            follows=160,
        ),
        _p(
            "gardener-fr",
            "person_sparse",
            "jacques-l",
            display_name="Jacques L.",
            posts=(
                Post("Premières fraises du jardin. Pas grosses, mais quel goût !"),
                Post("Il pleut enfin. Le potager dit merci."),
            ),
            follows=6,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "mjr5820394", follows=1300),
        _p(
            "bought-dressed",
            "bought",
            "jessica-h-8812",
            display_name="Jessica Harper",
            bio="Wanderlust ✈️ | Coffee first ☕ | Good vibes only ✨",
            avatar=True,
            follows=2600,
        ),
        _p(
            "bought-reposts",
            "bought",
            "dan-walker-71",
            display_name="Daniel Walker",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=1800,
        ),
        _p(
            "bought-generic",
            "bought",
            "emma-lee-2207",
            display_name="Emma Lee",
            avatar=True,
            posts=(Post("Beautiful day today! ☀️"), Post("Happy weekend everyone ❤️")),
            follows=2200,
        ),
        _p(
            "bought-cyrillic",
            "bought",
            "msokolova9041",
            display_name="Мария Соколова",
            avatar=True,
            follows=3000,
        ),
        _p(
            "signals",
            "spam",
            "fx-signals-pro",
            display_name="FX Signals Pro 📈",
            bio="Daily forex & crypto signals ✅ 92% accuracy 💰 Free VIP group for the first "
            "100 👇 DM 'SIGNAL'",
            avatar=True,
            posts=(
                Post("🚀 BTC/USDT LONG entry 67,200 TP1 68,500 TP2 70,000 SL 66,100 ✅"),
                Post("Another +340 pips this week for our VIP members 💸 DM to join"),
            ),
            follows=2900,
            links=("fxsignalspro.example",),
        ),
        _p(
            "giveaway",
            "spam",
            "prize-drop-26",
            display_name="🎁 Giveaway Alerts",
            bio="The best giveaways every day 🎉 Follow + turn on notifications so you never "
            "miss one!",
            posts=(
                Post(
                    "🎉 {brand} is giving away 100 gift cards to celebrate! Claim yours "
                    "before midnight 👉 claim-gift.example"
                ),
                Post(
                    "Congrats, you've been picked as a winner! 🎁 Claim at claim-gift.example "
                    "within 24h",
                    reply=True,
                ),
            ),
            follows=2100,
        ),
        _p(
            "music-promo",
            "spam",
            "playlist-push",
            display_name="Playlist Boost 🎧",
            bio="Grow your streams with real playlist placements 🎶 Spotify • Apple Music • "
            "SoundCloud. DM for packages.",
            avatar=True,
            posts=(
                Post(
                    "This track is fire 🔥 Want it on playlists with 80k+ followers? Send us a DM!",
                    reply=True,
                ),
                Post(
                    "Great sound! We can get this in front of real listeners, check your DMs 🎧",
                    reply=True,
                ),
            ),
            follows=1400,
        ),
        _p(
            "adult",
            "spam",
            "lily-rose-xo",
            display_name="Lily 🌸",
            bio="just a shy girl who loves attention 🙈 the fun stuff is in my link 👇",
            avatar=True,
            posts=(Post("feeling cute today, should I post more? 😇"),),
            follows=2500,
            links=("lilyrose-xo.example",),
        ),
        _p(
            "bot",
            "bot_declared",
            "quake-feed-bot",
            display_name="Quake Feed",
            bio="Automated account. Posts M4.5+ earthquakes from public USGS data within "
            "minutes. Not monitored.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post("M4.8 earthquake, 62 km SSW of Kokopo, Papua New Guinea, depth 35 km"),
                Post("M5.2 earthquake, 110 km E of Hachinohe, Japan, depth 20 km"),
            ),
        ),
        _p(
            "clash-outfitter",
            "values_clash",
            "kalahari-hunts",
            display_name="Kalahari Hunts",
            bio=f"Family-run {BLOCKED_KEYWORD} safaris in Namibia since 1998. Plains game, "
            "all permits handled.",
            avatar=True,
            posts=(Post("Last few spots left for the 2027 season."),),
            follows=60,
            links=("kalaharihunts.example",),
        ),
        _p(
            "clash-hunter",
            "values_clash",
            "jake-morrow",
            display_name="Jake Morrow",
            bio=f"Husband, dad, bowhunter. Pro {BLOCKED_KEYWORD}: it pays for conservation. "
            "Michigan.",
            avatar=True,
            posts=(Post("Opening day tomorrow. Gear packed, coffee in the thermos."),),
            follows=150,
        ),
    ]


def holdout_f() -> list[Persona]:
    """18 genuine followers (10 complete, 8 sparse) and 12 unwanted ones."""
    return _people() + _unwanted()
