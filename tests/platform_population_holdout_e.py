"""A seventh population of followers, held out: written by hand in session 9 (2026-12-01,
00:35 UTC) after the session's "own words show a person" rule
(``screening/recent.py: person_evidence``) was written and before any model or rule
scored it; never used to choose anything.

Its weight is on sparse followers that write, the rule's ground, and on unwanted followers
that write without selling, the rule's risk. Genuine: a quiet replier writing in Spanish,
a grandmother's first post, a night-shift nurse who only replies, a birder with a bio and
one post, a gamer whose handle ends in digits, a parent replying in Portuguese, a Korean
student, a farm gate shop and a band linking their own sites, a reposter, and two who
never posted (a name, an avatar). Unwanted: a generic replier that follows thousands
("Great post! 🔥", each worded differently), a "gm" farm, a quote account, a bought
follower whose one post says hello, bought followers bare and dressed, a fund-recovery
scammer in replies, a dating come-on, a follow train, a fake support desk wearing the
brand's name, a declared bot and a values clash. Each is one account made through the
platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_e"]

G = "holdout_e"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"he-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "replier-es",
            "person_sparse",
            "lucia-vz",
            posts=(
                Post("¡Qué bonito! ¿Dónde es esto?", reply=True),
                Post("Jajaja me pasa lo mismo todos los lunes", reply=True),
            ),
            follows=5,
        ),
        _p(
            "nana",
            "person_sparse",
            "nana-rose",
            display_name="Nana Rose",
            avatar=True,
            posts=(Post("My first post! My grandson set this up for me 😊"),),
            follows=3,
        ),
        _p(
            "nurse",
            "person_sparse",
            "sam-nights",
            display_name="Sam (night shift)",
            posts=(
                Post("Hang in there, the first month is the hardest", reply=True),
                Post("Same here, three nights in a row and the coffee machine broke", reply=True),
                Post("Thank you, that means a lot", reply=True),
            ),
            follows=12,
        ),
        _p(
            "birder",
            "person_sparse",
            "gullwatcher",
            bio="birds, mostly gulls",
            posts=(Post("Herring gull stealing chips on the pier again. Respect."),),
            follows=7,
        ),
        _p(
            "gamer",
            "person_sparse",
            "pixelfox_22",
            display_name="Pixel Fox",
            avatar=True,
            posts=(
                Post("finally beat the last boss after 40 tries"),
                Post("gg, that was close", reply=True),
            ),
            follows=15,
        ),
        _p(
            "parent-pt",
            "person_sparse",
            "joana-m",
            display_name="Joana",
            avatar=True,
            posts=(
                Post("Obrigada pela dica, vou experimentar!", reply=True),
                Post("Também aconteceu comigo na semana passada", reply=True),
            ),
            follows=6,
        ),
        _p("lurker-name", "person_sparse", "tom-r", display_name="Tom R.", follows=4),
        _p("lurker-avatar", "person_sparse", "k-lind", avatar=True, follows=2),
        _p(
            "reposter",
            "person_sparse",
            "gran-ma-b",
            display_name="Margaret B",
            posts=tuple(Post("", repost=True) for _ in range(3)),
            follows=9,
        ),
        _p(
            "farm",
            "person_complete",
            "hollowlanefarm",
            display_name="Hollow Lane Farm",
            bio="Eggs, honey and muddy boots. Farm gate open Sat 9-1. hollowlane.example",
            avatar=True,
            posts=(
                Post("Honey's in: 12 jars left at the gate. hollowlane.example/honey"),
                Post("Lambs are out! Mind the lane if you're driving past."),
            ),
            follows=20,
        ),
        _p(
            "student-ko",
            "person_complete",
            "jiwoo-park",
            display_name="박지우",
            bio="서울 사는 대학생. 사진이랑 고양이 좋아해요",
            avatar=True,
            posts=(Post("시험 끝! 이제 잠 좀 자야지"), Post("고양이가 키보드 위에서 자요")),
            follows=11,
        ),
        _p(
            "band",
            "person_complete",
            "lunaverde-band",
            display_name="Luna Verde",
            bio="Four-piece from Valencia. New EP 'Marea' out now: lunaverde.example",
            avatar=True,
            posts=(
                Post("Marea is out today! lunaverde.example/marea"),
                Post("Tickets for the Madrid show: lunaverde.example/live"),
                Post("Thank you Bilbao, what a night", reply=True),
            ),
            follows=30,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p(
            "generic-replier",
            "spam",
            "chris_m_4482",
            display_name="Chris",
            posts=(
                Post("Great post! 🔥", reply=True),
                Post("So true 👏", reply=True),
                Post("Love this!!", reply=True),
                Post("Amazing content 😍", reply=True),
            ),
            follows=1900,
        ),
        _p(
            "gm-farm",
            "spam",
            "gm-everyday-77",
            display_name="gm ☀️",
            avatar=True,
            posts=tuple(Post("gm") for _ in range(3)),
            follows=2400,
        ),
        _p(
            "quotes",
            "spam",
            "daily-motivation-365",
            display_name="Daily Motivation",
            posts=(
                Post("Success is not final, failure is not fatal."),
                Post("Dream big. Start small. Act now."),
                Post("Your only limit is your mind."),
            ),
            follows=1500,
        ),
        _p(
            "bought-hello",
            "bought",
            "laura_miller_9921",
            display_name="Laura Miller",
            avatar=True,
            posts=(Post("Hello everyone!"),),
            follows=1700,
        ),
        _p("bought-bare", "bought", "user847261938", follows=900),
        _p(
            "bought-dressed",
            "bought",
            "michael_brown_1990x",
            display_name="Michael Brown",
            bio="Living my best life",
            avatar=True,
            follows=2100,
        ),
        _p(
            "recovery",
            "spam",
            "alex-web3-help",
            display_name="Alex | Web3",
            posts=(
                Post("DM me, I can help you recover your lost funds", reply=True),
                Post("I recovered my wallet thanks to a hacker, message me", reply=True),
            ),
            follows=1200,
        ),
        _p(
            "come-on",
            "spam",
            "sofia-kiss-22",
            display_name="Sofia 💋",
            avatar=True,
            posts=(Post("hi handsome 😘 check my profile, I'm waiting"),),
            follows=1600,
        ),
        _p(
            "follow-train",
            "spam",
            "follow-train-choo",
            display_name="Follow Train 🚂",
            posts=(Post("Follow everyone who likes this! #followback #followtrain"),),
            follows=2800,
        ),
        _p(
            "fake-support",
            "spam",
            "{brand}-helpdesk",
            display_name="{brand} Support Team",
            bio="Official help desk. DM us your order number and email for a fast refund.",
            avatar=True,
            posts=(Post("Sorry to hear that! Please DM us your details.", reply=True),),
            follows=400,
        ),
        _p(
            "bot",
            "bot_declared",
            "river-level-bot",
            display_name="River Levels",
            bio="Readings from the river gauge every hour.",
            avatar=True,
            bot_flag=True,
            posts=(Post("River level 1.42 m and falling"),),
        ),
        _p(
            "clash",
            "values_clash",
            "big-game-tours",
            display_name="Big Game Tours",
            bio=f"Guided {BLOCKED_KEYWORD} trips, all permits handled.",
            avatar=True,
            posts=(Post("Booking the autumn season now."),),
        ),
    ]


def holdout_e() -> list[Persona]:
    """12 genuine followers (3 complete, 9 sparse) and 12 unwanted ones."""
    return _people() + _unwanted()
