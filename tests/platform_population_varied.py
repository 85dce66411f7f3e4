"""A third evaluation population, made unlike the other two on purpose: behaviour first.

``tests/platform_population.py`` writes archetypes by hand or samples each field with a
probability per kind. Here each follower first draws what it *does* (a behaviour: never
posts, only reposts, only replies, posts a hello once, posts with a link every time, ...)
and then how it *looks*, from style tables in eight languages (names in their own scripts,
bios of several styles, emoji-only names, organisations). Kinds and their behaviours:

- people: complete profiles (mixed own posts, replies and reposts), organisations that
  post announcements with links, lurkers who never posted (with a name and an avatar,
  with a name only, with an avatar only), people who mostly repost, who only reply, who
  said hello once;
- bought followers: bare, dressed as a person (a stock name, an avatar and a fluff bio,
  never posted), reposting only;
- spam: dating spam whose pitch avoids the usual spam words (a come-on in the bio, a link
  in every post), link droppers (a link in every post, varied texts), reply spam (one
  reply pasted under many posts);
- a declared bot and a values clash.

Used by ``bench/bench_platform_eval.py`` (``--generators varied``) and the platform
screening test. Made for development; ``platform_population_holdout.py`` stays held out.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["varied"]

# (first names, bios, own posts, hello) per language; names in their own scripts.
_LANG: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "en": (
        ["Harriet", "Declan", "Nia", "Callum", "Zoe"],
        [
            "Dad of two, amateur astronomer, bad at gardening.",
            "Nurse. Runner. Tea > coffee.",
            "Writing a novel very slowly.",
            "Volunteer at the animal shelter on weekends.",
        ],
        [
            "Saw Jupiter through the neighbour's telescope tonight, wow.",
            "My tomatoes have given up. So have I.",
            "Anyone else on night shift this week?",
        ],
        "Hi everyone, new here!",
    ),
    "ja": (
        ["さくら", "健太", "ゆい", "大輔"],
        ["東京在住。写真と猫が好きです。", "パン屋で働いています。", "週末は山歩き。"],
        [
            "今日は雨ですね。傘を忘れました。",
            "新しいカメラを買いました！",
            "猫が膝の上で寝ている。",
        ],
        "はじめまして、よろしくお願いします。",
    ),
    "ar": (
        ["ليلى", "عمر", "نور", "يوسف"],
        ["معلمة لغة عربية. أحب القراءة والقهوة.", "مهندس برمجيات من عمّان."],
        ["صباح الخير من عمّان، الجو جميل اليوم.", "أنهيت كتاباً رائعاً هذا الأسبوع."],
        "مرحباً بالجميع!",
    ),
    "pl": (
        ["Agnieszka", "Piotr", "Zofia", "Kuba"],
        ["Bibliotekarka z Krakowa. Koty i kryminały.", "Rowerem po Mazurach."],
        ["Pierwszy śnieg w tym roku!", "Polecam nową piekarnię na Kazimierzu."],
        "Cześć, jestem tu nowa.",
    ),
    "tr": (
        ["Elif", "Mehmet", "Zeynep", "Emre"],
        ["İzmir'den öğretmen. Deniz ve kitaplar.", "Fotoğraf meraklısı."],
        ["Bugün sahilde yürüyüş yaptık.", "Yeni bir tarif denedim, çok güzel oldu."],
        "Merhaba herkese!",
    ),
    "hi": (
        ["प्रिया", "अर्जुन", "Ananya", "Rohan"],
        ["दिल्ली से। किताबें और क्रिकेट।", "Software tester, chai addict."],
        ["आज बारिश हुई, मौसम बहुत अच्छा है।", "Weekend cricket match, we lost again."],
        "नमस्ते दोस्तों!",
    ),
    "es": (
        ["Lucía", "Andrés", "Camila", "Diego"],
        ["Maestra rural. Me gustan las plantas.", "Músico aficionado en Rosario."],
        ["Hoy probé a hacer pan casero, salió raro pero rico.", "Qué lindo día para caminar."],
        "¡Hola a todos!",
    ),
    "pt": (
        ["Beatriz", "Thiago", "Larissa", "Rafael"],
        ["Enfermeira em Recife. Praia e livros.", "Designer gráfico, fã de quadrinhos."],
        ["Alguém recomenda um bom livro de ficção?", "Choveu o dia todo aqui em Porto Alegre."],
        "Oi gente, cheguei!",
    ),
}
_LANGS = list(_LANG)
_EMOJI_NAMES = ["🌻", "🐢✨", "🎧", "☕📚", "🌙"]
_ORGS = [
    (
        "Riverside Bakery",
        "Family bakery since 1987. Fresh bread daily.",
        "New rye loaf out on Saturday! Details: riversidebakery.example/rye",
    ),
    (
        "Eastfield Chess Club",
        "Friendly club, all levels welcome, Tuesdays 7pm.",
        "Results of the autumn tournament: https://eastfieldchess.example/autumn",
    ),
    (
        "Biblioteca Municipal",
        "Biblioteca pública. Talleres y préstamos.",
        "Nuevo horario de invierno: https://biblioteca.example/horario",
    ),
]
_REPLY_PERSON = ["Congrats!", "Oh that is lovely.", "Haha, exactly this.", "Where did you find it?",
                 "Same here, honestly.", "Thanks for posting this."]  # fmt: skip
# What sellers dress a bought follower in: a stock name and a line anyone could write.
_FLUFF_BIOS = ["Living my best life ✨", "Dreamer | Believer | Achiever", "Family first 💕",
               "Good vibes only 🌈", "Just enjoying the ride", "Smile every day 😊"]  # fmt: skip
_STOCK_NAMES = ["Jessica Miller", "Ashley Brown", "Emily Davis", "Sarah Wilson", "Amanda Moore",
                "Michael Johnson", "Chris Taylor"]  # fmt: skip
# Dating spam: a come-on and a link, none of the usual "sell" words.
_DATING_NAMES = ["Anna 💋", "Kristina 😘", "Sofia 🌹", "Mila 💕", "Valeria 🔥"]
_DATING_BIOS = [
    "Looking for someone special to talk to 💕 my private page below",
    "Single, 24, bored tonight 😘 write me",
    "Te busco 💋 escríbeme, mi página privada abajo",
    "Cherche un homme sérieux 💕 écris-moi",
    "Waiting for my prince 👑 see my photos",
]
_DATING_POSTS = [
    "Who wants to talk tonight? 😘 {link}", "I feel so alone this evening... {link}",
    "New photos just for you 💕 {link}", "Message me here {link}",
]  # fmt: skip
_DROP_POSTS = ["Check this out {link}", "wow {link}", "You will not believe it {link}",
               "Interesting read {link}", "👉 {link}", "Best thing today {link}"]  # fmt: skip
_REPLY_SPAM = ["Nice post! Visit my profile for more 😊", "Great content, check my page!"]


def _handle(rng: random.Random, base: str, digits: bool) -> str:
    clean = "".join(ch for ch in base.lower() if ch.isascii() and ch.isalnum())
    stem = clean or rng.choice(["user", "x", "acc", "me"])
    return f"{stem}{rng.randint(10_000, 99_999)}" if digits else stem


def _own(rng: random.Random, lang: str, n: int) -> list[Post]:
    """Up to ``n`` different own posts (people do not post the same text twice)."""
    pool = _LANG[lang][2]
    return [Post(t) for t in rng.sample(pool, min(n, len(pool)))]


def _person_complete(rng: random.Random, i: int) -> Persona:
    lang = rng.choice(_LANGS)
    first, bios, _, _ = _LANG[lang]
    posts = _own(rng, lang, rng.randint(1, 5))
    posts += [Post(rng.choice(_REPLY_PERSON), reply=True) for _ in range(rng.randint(0, 3))]
    posts += [Post("", repost=True) for _ in range(rng.randint(0, 3))]
    rng.shuffle(posts)
    name = rng.choice(first) if rng.random() < 0.8 else rng.choice(_EMOJI_NAMES)
    return Persona(f"v-person-{i}", "person_complete", "varied",
                   _handle(rng, name, rng.random() < 0.3), display_name=name,
                   bio=rng.choice(bios), avatar=rng.random() < 0.85, posts=tuple(posts),
                   follows=rng.randint(2, 15))  # fmt: skip


def _org(rng: random.Random, i: int) -> Persona:
    name, bio, post = _ORGS[i % len(_ORGS)]
    posts = (Post(post), Post(post.split(":")[0] + "."), Post("", repost=True))
    return Persona(f"v-org-{i}", "person_complete", "varied", _handle(rng, name, False),
                   display_name=name, bio=bio, avatar=True, posts=posts,
                   follows=rng.randint(3, 12))  # fmt: skip


def _sparse(rng: random.Random, i: int) -> Persona:
    """A genuine person who shows or does little; the shape cycles with ``i``."""
    lang = rng.choice(_LANGS)
    first, bios, _, hello = _LANG[lang]
    name = rng.choice(first)
    shape = i % 6
    kw: dict[str, object] = {"follows": rng.randint(1, 12)}
    if shape == 0:  # a lurker with a name and a photo, never posted
        kw |= {"display_name": name, "avatar": True}
    elif shape == 1:  # a lurker with a name only
        kw |= {"display_name": name}
    elif shape == 2:  # mostly reposts, one own post
        kw |= {"display_name": name, "avatar": rng.random() < 0.5,
               "posts": (*[Post("", repost=True) for _ in range(rng.randint(2, 5))],
                         *_own(rng, lang, 1))}  # fmt: skip
    elif shape == 3:  # only replies, shows nothing
        kw |= {"posts": tuple(Post(rng.choice(_REPLY_PERSON), reply=True)
                              for _ in range(rng.randint(1, 3)))}  # fmt: skip
    elif shape == 4:  # said hello once
        kw |= {"display_name": name, "avatar": rng.random() < 0.5, "posts": (Post(hello),)}
    else:  # a short bio, a photo, never posted
        kw |= {"display_name": name, "bio": rng.choice(bios), "avatar": True}
    return Persona(
        f"v-sparse-{i}", "person_sparse", "varied", _handle(rng, name, rng.random() < 0.3), **kw
    )


def _bought(rng: random.Random, i: int) -> Persona:
    """Bare; dressed as a person; reposting only (cycled). Each follows 20 to 2,000."""
    shape = i % 3
    follows = rng.randint(20, 2000)
    if shape == 0:
        return Persona(f"v-bought-{i}", "bought", "varied", _handle(rng, "", True),
                       follows=follows)  # fmt: skip
    name = rng.choice(_STOCK_NAMES)
    if shape == 1:
        return Persona(f"v-bought-{i}", "bought", "varied", _handle(rng, name, True),
                       display_name=name, bio=rng.choice(_FLUFF_BIOS), avatar=True,
                       follows=follows)  # fmt: skip
    reposts = tuple(Post("", repost=True) for _ in range(rng.randint(2, 6)))
    return Persona(f"v-bought-{i}", "bought", "varied", _handle(rng, name, True),
                   display_name=name if rng.random() < 0.5 else "",
                   avatar=rng.random() < 0.5, posts=reposts, follows=follows)  # fmt: skip


def _spam(rng: random.Random, i: int) -> Persona:
    """Dating spam; a link dropper; reply spam (cycled)."""
    shape = i % 3
    link = f"https://{rng.choice(['meet', 'chat', 'pics', 'go'])}{rng.randint(10, 99)}.example/{i}"
    follows = rng.randint(20, 2000)
    if shape == 0:
        posts = tuple(Post(rng.choice(_DATING_POSTS).format(link=link)) for _ in range(3))
        return Persona(f"v-dating-{i}", "spam", "varied", _handle(rng, "", True),
                       display_name=rng.choice(_DATING_NAMES), bio=rng.choice(_DATING_BIOS),
                       avatar=True, posts=posts, follows=follows, links=(link,))  # fmt: skip
    if shape == 1:
        posts = tuple(Post(t.format(link=link)) for t in rng.sample(_DROP_POSTS, 4))
        return Persona(f"v-links-{i}", "spam", "varied", _handle(rng, "", True),
                       display_name=rng.choice(_STOCK_NAMES), avatar=rng.random() < 0.5,
                       posts=posts, follows=follows)  # fmt: skip
    text = rng.choice(_REPLY_SPAM)
    return Persona(f"v-replyspam-{i}", "spam", "varied", _handle(rng, "", True),
                   display_name=rng.choice(_STOCK_NAMES), avatar=rng.random() < 0.5,
                   posts=tuple(Post(text, reply=True) for _ in range(4)),
                   follows=follows)  # fmt: skip


def _others(rng: random.Random) -> list[Persona]:
    lang = rng.choice(_LANGS)
    return [
        Persona("v-bot-0", "bot_declared", "varied", "tidesbot",
                display_name="Tide tables", bio="Automated: tide times every morning.",
                avatar=True, posts=(Post("High tide 06:12, low tide 12:30."),),
                bot_flag=True),
        Persona("v-values-0", "values_clash", "varied", _handle(rng, "hunter", False),
                display_name=rng.choice(_LANG[lang][0]),
                bio=f"Guide. Ask me about {BLOCKED_KEYWORD} packages.", avatar=True,
                posts=tuple(_own(rng, lang, 2)), follows=rng.randint(2, 8)),
    ]  # fmt: skip


def varied(seed: int, people: int = 12, unwanted: int = 6) -> list[Persona]:
    """``people`` genuine people (half complete, organisations among them, half sparse:
    every sparse shape at least once from 12 on), ``unwanted`` bought followers and as
    many spam accounts, a declared bot and a values clash."""
    rng = random.Random(seed)
    makers: list[Callable[[random.Random, int], Persona]] = [_person_complete] * (people // 2)
    makers[-1:] = [_org] if people >= 4 else makers[-1:]
    out = [make(rng, i) for i, make in enumerate(makers)]
    out += [_sparse(rng, i) for i in range(people - len(makers))]
    out += [_bought(rng, i) for i in range(unwanted)]
    out += [_spam(rng, i) for i in range(unwanted)]
    return out + _others(rng)
