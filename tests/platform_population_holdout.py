"""A third population of followers, held out: written by hand on 2026-11-30 after screening
model ``screening-3.345d169e`` and its thresholds were fixed, and never used to choose
anything (no threshold, rule, word list or model was changed after looking at its result).

The other two generators (``platform_population.archetypes`` and ``sampled``) were in view
while screening was tuned, so their figures are optimistic. These personas are unlike them
on purpose: businesses and organisations that follow brands, people who write in other
scripts, emoji-heavy names, newcomers who only said hello, lurkers; and on the unwanted side
bought followers dressed as people, marketing and follower-selling spam, a follow-back
train, a pharmacy spammer, a self-declared bot and a values clash. Each is one account
made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout"]

G = "holdout"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"h-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def holdout() -> list[Persona]:
    """16 genuine followers (10 complete, 6 sparse) and 12 unwanted ones."""
    people = [
        _p(
            "bakery",
            "person_complete",
            "crumbandco",
            display_name="Crumb & Co Bakery",
            bio="Sourdough, pastries and coffee in Leith. Open Tue-Sun 8-4.",
            avatar=True,
            posts=(
                Post("Rye loaves are back this Saturday, come early!"),
                Post("Thank you for the kind words, see you next week", reply=True),
            ),
        ),
        _p(
            "dev",
            "person_complete",
            "samokafor",
            display_name="Sam Okafor",
            bio="backend dev. rust, cycling, bad puns. he/him",
            avatar=True,
            posts=(
                Post("finally fixed that flaky test. it was timezones. it is always timezones"),
                Post("congrats on the release!", reply=True),
                Post("45 km this morning, legs are gone"),
            ),
        ),
        _p(
            "teacher",
            "person_complete",
            "margaret-h",
            display_name="Margaret H.",
            bio="Retired teacher. Grandkids, garden, crosswords.",
            avatar=True,
            posts=(Post("The tomatoes finally turned red."),),
        ),
        _p(
            "nurse",
            "person_complete",
            "luciafdez",
            display_name="Lucía Fernández",
            bio="Enfermera en Valencia. Café, libros y montaña.",
            avatar=True,
            posts=(
                Post("Por fin vacaciones. Rumbo a los Pirineos 🏔️"),
                Post("¡Qué buena noticia!", reply=True),
            ),
        ),
        _p(
            "ramen",
            "person_complete",
            "tanakay",
            display_name="たなか ゆうき",
            bio="写真とラーメンが好き。東京在住。",
            avatar=True,
            posts=(
                Post("今日の一杯。醤油ラーメン最高でした"),
                Post("ありがとうございます！", reply=True),
            ),
        ),
        _p(
            "june",
            "person_complete",
            "junefilm",
            display_name="🌻 june 🌻",
            bio="she/her · 23 · film photography · 🇧🇷",
            avatar=True,
            posts=(
                Post("new roll developed, portra 400 never misses"),
                Post("omg this is so pretty", reply=True),
                Post("sunday market haul 🍓"),
            ),
        ),
        _p(
            "reporter",
            "person_complete",
            "dkowalski",
            display_name="Dana Kowalski",
            bio="Reporter at the Riverside Gazette, covering housing and transit. Tips welcome.",
            avatar=True,
            links=("https://riverside-gazette.example/staff/dana",),
            posts=(
                Post("Council votes on the new bus lanes tonight, I'll be there."),
                Post("Thread on what the rent survey actually says:"),
            ),
        ),
        _p(
            "library",
            "person_complete",
            "eastlibrary",
            display_name="East Branch Library",
            bio="Your neighbourhood library. Storytime Wednesdays 10am.",
            avatar=True,
            posts=(
                Post("Book sale this weekend, all paperbacks a dollar."),
                Post("We have it on hold for you!", reply=True),
            ),
        ),
        _p(
            "gardener",
            "person_complete",
            "oliveroaks",
            display_name="Oliver",
            bio="allotment, bees, and too many chillies",
            avatar=False,
            posts=(Post("first honey of the year 🐝"), Post("yes! sow them in March", reply=True)),
        ),
        _p(
            "gamer",
            "person_complete",
            "pixelkat",
            display_name="kat",
            bio="speedruns, cats, coffee. streams on weekends",
            avatar=True,
            posts=(
                Post("new PB on the any% route, 41:07"),
                Post("gg that was a close one", reply=True),
            ),
        ),
        # sparse: new arrivals, lurkers, people who only reply
        _p(
            "hello",
            "person_sparse",
            "mikeb",
            display_name="Mike B",
            avatar=True,
            posts=(Post("hello bluesky! figuring out how this works"),),
        ),
        _p(
            "lurker",
            "person_sparse",
            "quietreader",
            display_name="Ren",
            bio="just lurking",
            follows=3,
        ),
        _p(
            "replier",
            "person_sparse",
            "tomasz.w",
            posts=(
                Post("agreed, the second one is better", reply=True),
                Post("where did you get that?", reply=True),
            ),
        ),
        _p(
            "starter",
            "person_sparse",
            "annika.l",
            display_name="Annika Lund",
            avatar=True,
            follows=12,
        ),
        _p(
            "grandpa",
            "person_sparse",
            "walterj",
            display_name="Walter",
            posts=(Post("My granddaughter set this up for me. Hello everyone."),),
        ),
        _p("emoji", "person_sparse", "zoe99x", display_name="zoë ✨", avatar=True, follows=8),
    ]
    unwanted = [
        _p("bought-bare", "bought", "user83920471", follows=400),
        _p(
            "bought-dressed",
            "bought",
            "jennifersmith4829",
            display_name="Jennifer Smith",
            bio="Love life ❤️",
            avatar=True,
            follows=900,
        ),
        _p("bought-name", "bought", "kevin_77213", display_name="Kevin", avatar=True, follows=1500),
        _p(
            "bought-reposts",
            "bought",
            "mlee20240611",
            display_name="M Lee",
            posts=(Post("good morning", repost=True), Post("nice", repost=True)),
            follows=800,
        ),
        _p(
            "smm",
            "spam",
            "growfast247",
            display_name="Grow Fast 🚀",
            bio="Get 10k real followers fast! Cheapest SMM panel, instant delivery.",
            links=("https://growfast-panel.example",),
            avatar=True,
            follows=600,
            posts=tuple(
                Post("Buy followers, likes and views today! growfast-panel.example")
                for _ in range(5)
            ),
        ),
        _p(
            "crypto",
            "spam",
            "alphasignals",
            display_name="💰 Alpha Signals VIP 💰",
            bio="100x gems daily. Join the VIP group for signals",
            follows=1200,
            links=("https://t.me/alphasignals_vip",),
            posts=tuple(
                Post("New gem just dropped 🚀 join now t.me/alphasignals_vip") for _ in range(4)
            ),
        ),
        _p(
            "pharma",
            "spam",
            "cheapmeds4u",
            display_name="Pharmacy Online",
            bio="No prescription needed. Discreet worldwide shipping.",
            follows=300,
            links=("https://meds-discount.example",),
            posts=(Post("50% off this week only meds-discount.example"),) * 3,
        ),
        _p(
            "f4f",
            "spam",
            "followtrain2026",
            display_name="Follow Train 🚂",
            bio="#followback #f4f follow me and I follow back 100%",
            follows=3000,
            posts=(Post("Follow everyone who likes this! #followback"),),
        ),
        _p(
            "dating",
            "spam",
            "sweetanna_22",
            display_name="Anna 💋",
            bio="Lonely tonight? Chat with me, link below",
            avatar=True,
            follows=2000,
            links=("https://meet-singles-now.example",),
            posts=(Post("Check my profile 😘 meet-singles-now.example"),) * 2,
        ),
        _p(
            "bot",
            "bot_declared",
            "oslo-weather",
            display_name="Oslo Weather Bot",
            bio="Automated: the weather in Oslo every three hours.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post("Oslo 14:00 - 7°C, light rain, wind 4 m/s"),
                Post("Oslo 11:00 - 6°C, overcast, wind 3 m/s"),
            ),
        ),
        _p(
            "clash",
            "values_clash",
            "namibiaguide",
            display_name="Pieter Venter",
            bio=f"Licensed guide. Safaris and {BLOCKED_KEYWORD} trips in Namibia.",
            avatar=True,
            posts=(Post("Season opens in May, a few dates left."),),
        ),
        _p(
            "bought-intl",
            "bought",
            "ana_rdz_90412",
            display_name="Ana Rodríguez",
            avatar=True,
            follows=1100,
        ),
    ]
    return people + unwanted  # fmt: skip
