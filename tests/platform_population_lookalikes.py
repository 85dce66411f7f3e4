"""A fifth evaluation population: lookalikes, where the profile says nothing and the posts
say everything.

Every follower here has a complete, person-like profile (a display name, a bio that reads
like a person or an organisation, an avatar) and follows a handful of accounts, so profile
screening cannot tell them apart. Only their recent posts can (issue #12, "second looks"):

- spam (kind ``spam``) that sells only in its posts: content farms that repeat one clickbait
  line with a link to their own site; dating come-ons whose bio reads shy and friendly and
  whose posts invite people to "the link in my bio" or a private page; deal droppers (a
  mum, a student) whose every post is a discount with an affiliate link; a "friend" who
  found a signals group that doubled her money; a follow-train account dressed as a person.
  Several languages, wording drawn at random, the pitch sometimes among ordinary posts.
- genuine accounts (kind ``person_complete``) whose posts look like what spam does: a
  newsroom and a library linking to their own site in every post, a band posting tour
  dates and ticket links, a potter who sells her mugs (and mentions a sale once), a
  researcher sharing papers (arXiv, DOI links), a person who mostly reposts, a person who
  mostly replies, a person who shares many links to many sites.

Composed from per-language slot tables so no two seeds word an account the same way.
Written before the second look for complete profiles was built (its figures before and
after are in bench/RESULTS.md); the held-out populations stay held out.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from platform_population import Persona, Post

__all__ = ["lookalikes"]

G = "lookalikes"

_NAMES: dict[str, list[str]] = {
    "en": ["Emma Clarke", "Jess Walker", "Hannah Reid", "Chloe Bennett", "Amy Turner"],
    "es": ["Lucía Romero", "Carmen Vidal", "Sofía Navarro", "Marta Gil"],
    "pt": ["Beatriz Lima", "Juliana Rocha", "Camila Alves", "Larissa Souza"],
    "de": ["Lena Fischer", "Julia Wagner", "Anna Becker", "Sarah Hoffmann"],
    "fr": ["Camille Martin", "Léa Dubois", "Manon Laurent", "Chloé Moreau"],
}
# Person-like bios, no spam words: what a come-on or a deal dropper shows of itself.
_SOFT_BIOS: dict[str, list[str]] = {
    "en": [
        "new here, a bit shy 🙈 love sunsets, dogs and long talks",
        "just a girl who likes coffee and good vibes ☀️",
        "mum of two, coffee addict, always hunting for a bargain",
        "nursing student. cats, books and too much tea",
    ],
    "es": [
        "nueva por aquí, un poco tímida 🙈 me encantan los atardeceres",
        "amante del café y de los perros ☀️",
        "mamá de dos, siempre buscando ofertas",
    ],
    "pt": [
        "nova por aqui, meio tímida 🙈 amo praia e café",
        "estudante de enfermagem, gatos e livros",
    ],
    "de": [
        "neu hier, etwas schüchtern 🙈 liebe Sonnenuntergänge und Hunde",
        "Mama von zwei Kindern, Kaffee-Junkie",
    ],
    "fr": [
        "nouvelle ici, un peu timide 🙈 j'adore les couchers de soleil",
        "maman de deux enfants, accro au café",
    ],
}
# A come-on in a post, without the words profile screening looks for in a bio.
_COMEONS: dict[str, list[str]] = {
    "en": [
        "feeling lonely tonight, who wants to chat? link in my bio 😘",
        "I posted new pics just for you 💋 see my private page",
        "bored tonight... text me here 😘 {link}",
        "looking for someone special, write me here {link} 💕",
    ],
    "es": [
        "me siento sola esta noche, escríbeme 😘 {link}",
        "subí fotos nuevas solo para ti 💋 {link}",
    ],
    "pt": [
        "estou sozinha hoje, me chama 😘 {link}",
        "fotos novas só pra você 💋 {link}",
    ],
    "de": [
        "fühle mich heute so allein, schreib mir 😘 {link}",
        "neue Bilder nur für dich 💋 {link}",
    ],
    "fr": [
        "je me sens seule ce soir, écris-moi 😘 {link}",
        "nouvelles photos rien que pour toi 💋 {link}",
    ],
}
_SMALLTALK: dict[str, list[str]] = {
    "en": ["good morning everyone ☀️", "what a lovely day", "coffee first, always"],
    "es": ["buenos días a todos ☀️", "qué día tan bonito"],
    "pt": ["bom dia gente ☀️", "que dia lindo"],
    "de": ["guten Morgen ihr Lieben ☀️", "was für ein schöner Tag"],
    "fr": ["bonjour tout le monde ☀️", "quelle belle journée"],
}
# A content farm: (display name, bio, clickbait lines).
_FARMS: dict[str, list[tuple[str, str, list[str]]]] = {
    "en": [
        ("Daily Wonders", "Curious stories from around the world 🌍", [
            "You won't believe what this grandma found in her attic",
            "10 facts that will blow your mind (number 7 is crazy)",
            "Doctors can't explain what happened next",
        ]),
        ("Trending Today", "The stories everyone is talking about", [
            "This simple trick changed everything, see why",
            "What happened next left everyone speechless",
        ]),
    ],
    "es": [
        ("Curiosidades Diarias", "Historias curiosas de todo el mundo 🌍", [
            "No vas a creer lo que encontró esta abuela en su ático",
            "10 datos que te volarán la cabeza (el 7 es increíble)",
        ]),
    ],
    "pt": [
        ("Fatos Incríveis", "Curiosidades do mundo todo 🌍", [
            "Você não vai acreditar no que essa mulher encontrou",
            "10 fatos que vão explodir sua mente",
        ]),
    ],
    "de": [
        ("Unglaubliche Welt", "Geschichten, die du kennen musst", [
            "Du wirst nicht glauben, was diese Oma auf dem Dachboden fand",
            "10 Fakten, die dich umhauen werden",
        ]),
    ],
    "fr": [
        ("Insolite du Jour", "Les histoires dont tout le monde parle", [
            "Vous n'allez pas croire ce que cette femme a trouvé",
            "10 faits qui vont vous époustoufler",
        ]),
    ],
}  # fmt: skip
# Deals and get-rich tips told as a friend's tip, with a link.
_DEALS: dict[str, list[str]] = {
    "en": [
        "OMG this air fryer is 70% off today only 😱 {link}",
        "found the cheapest headphones ever, grab them before they're gone {link}",
        "use my code SAVE20 for a discount on everything {link}",
    ],
    "es": [
        "¡Esta freidora está al 70% de descuento solo hoy! {link}",
        "usa mi código AHORRA20 para un descuento {link}",
    ],
    "pt": [
        "essa air fryer está com 70% de desconto só hoje 😱 {link}",
        "use meu cupom ECONOMIZE20 {link}",
    ],
    "de": [
        "Diese Heißluftfritteuse heute 70% Rabatt 😱 {link}",
        "mit meinem Code SPAR20 gibt's Rabatt auf alles {link}",
    ],
    "fr": [
        "cette friteuse à air est à -70% aujourd'hui seulement 😱 {link}",
        "utilise mon code PROMO20 pour une réduction {link}",
    ],
}
_RICH: dict[str, list[str]] = {
    "en": [
        "I was skeptical but this signals group doubled my savings in a month 🙏 {link}",
        "quit my job thanks to this trading mentor, DM me and I'll share {link}",
    ],
    "es": ["Dudaba, pero este grupo de señales duplicó mis ahorros 🙏 {link}"],
    "pt": ["eu duvidava, mas esse grupo de sinais dobrou meu dinheiro 🙏 {link}"],
    "de": ["war skeptisch, aber diese Signalgruppe hat mein Erspartes verdoppelt 🙏 {link}"],
    "fr": ["j'étais sceptique mais ce groupe de signaux a doublé mon épargne 🙏 {link}"],
}
_TRAIN = [
    "follow everyone who likes this post and gain followers fast 🚂",
    "retweet + follow all who like 👇 I follow back 100%",
    "sigue a todos los que den like, sigo de vuelta 🚂",
]

_SPAM_KINDS = ("farm", "comeon", "deals", "rich", "train")


def _link(rng: random.Random, words: str) -> str:
    return f"https://{words}.example/{rng.randint(10, 999)}"


def _spam(rng: random.Random, i: int) -> Persona:
    """One complete-profile spammer; kinds cycle, languages and wording drawn."""
    kind = _SPAM_KINDS[i % len(_SPAM_KINDS)]
    lang = rng.choice(sorted(_NAMES))
    name = rng.choice(_NAMES[lang])
    bio = rng.choice(_SOFT_BIOS[lang])
    small = [Post(t) for t in rng.sample(_SMALLTALK[lang], rng.randint(0, 2))]
    if kind == "farm":
        name, bio, lines = rng.choice(_FARMS[lang])
        site = "".join(c for c in name.lower() if (c.isascii() and c.isalnum()) or c == " ")
        site = site.replace(" ", "-")
        stem = site.replace("-", "")
        # One line over and over, or two alternating: always the farm's own site.
        chosen = rng.sample(lines, rng.choice((1, 2)))
        posts = [Post(f"{chosen[k % len(chosen)]} {_link(rng, site)}") for k in range(5)]
        return Persona(f"l-farm-{i}", "spam", G, stem, name, bio, True, tuple(posts),
                       follows=rng.randint(3, 8), links=(f"https://{site}.example",))  # fmt: skip
    stem = name.split()[0].lower() + rng.choice(["", "_", "x"]) + rng.choice(["", "love", "s"])
    if kind == "comeon":
        pitch = rng.sample(_COMEONS[lang] + _COMEONS["en"], rng.randint(1, 2))
        site = rng.choice(["my-private-pics", "meet-tonight", "sweet-chat"])
        posts = [Post(t.format(link=_link(rng, site))) for t in pitch]
    elif kind == "deals":
        shop = rng.choice(["amzn-deals", "bestbuy-offers", "shopsave"])
        texts = [rng.choice(_DEALS[lang]) for _ in range(4)]
        posts = [Post(t.format(link=_link(rng, shop))) for t in texts]
    elif kind == "rich":
        group = rng.choice(["t-me-signalsvip", "wealth-mentor", "fx-academy"])
        posts = [Post(t.format(link=_link(rng, group))) for t in _RICH[lang] * 2]
    else:
        posts = [Post(rng.choice(_TRAIN)) for _ in range(3)]
    posts = posts + small
    rng.shuffle(posts)
    return Persona(f"l-{kind}-{i}", "spam", G, stem, name, bio, True, tuple(posts),
                   follows=rng.randint(3, 8))  # fmt: skip


# --- genuine accounts whose posts look link-heavy, repost-heavy or reply-heavy ----------


def _newsroom(rng: random.Random, i: int) -> Persona:
    name, site, bio, heads = rng.choice([
        ("The Valley Herald", "valleyherald", "Local news for the valley since 1921.", [
            "Council approves the new footbridge after a long meeting",
            "Road closures for Sunday's half marathon",
            "School board election: meet the five candidates",
            "Flood warning lifted for the lower valley",
            "Farmers' market moves to the old station square",
        ]),
        ("Diario del Norte", "diariodelnorte", "Periodismo local desde 1954.", [
            "El ayuntamiento aprueba el nuevo puente peatonal",
            "Cortes de tráfico por la media maratón del domingo",
            "Vuelve el mercado de los sábados a la plaza",
            "La biblioteca amplía su horario en verano",
        ]),
        ("Rhein-Kurier", "rheinkurier", "Lokaljournalismus aus Köln und Umgebung.", [
            "Stadtrat beschließt neue Fußgängerbrücke",
            "Sperrungen zum Halbmarathon am Sonntag",
            "Hochwasserwarnung für den Rhein aufgehoben",
            "Wochenmarkt zieht auf den Bahnhofsplatz",
        ]),
    ])  # fmt: skip
    posts = [Post(f"{h} https://{site}.example/{rng.randint(1000, 9999)}")
             for h in rng.sample(heads, 4)]  # fmt: skip
    posts.append(Post("Thanks, we've corrected the date in the article.", reply=True))
    return Persona(f"l-newsroom-{i}", "person_complete", G, site, name, bio, True,
                   tuple(posts), follows=rng.randint(5, 10),
                   links=(f"https://{site}.example",))  # fmt: skip


def _library(rng: random.Random, i: int) -> Persona:
    name, site = rng.choice([("Eastfield Public Library", "eastfieldlibrary"),
                             ("Biblioteca Municipal de Olmedo", "bibliolmedo")])  # fmt: skip
    events = ["Story time this Saturday at 10, all ages welcome",
              "Our summer reading challenge starts Monday",
              "New in the makerspace: a 3D printer you can book",
              "Closed on Monday for the holiday, see you Tuesday"]  # fmt: skip
    posts = [Post(f"{e}: https://{site}.example/events") for e in rng.sample(events, 4)]
    posts.append(Post("Yes! Renewals work online too.", reply=True))
    return Persona(f"l-library-{i}", "person_complete", G, site, name,
                   "Books, wifi, warm seats and story time. Posts by the staff.", True,
                   tuple(posts), follows=rng.randint(5, 12),
                   links=(f"https://{site}.example",))  # fmt: skip


def _band(rng: random.Random, i: int) -> Persona:
    name = rng.choice(["The Paper Lanterns", "Los Gatos Azules", "Nordlicht"])
    site = name.lower().replace(" ", "")
    posts = [
        Post(f"Tour dates are up! Tickets at https://{site}.example/tour"),
        Post(f"Our new single is out today 🎶 https://music.example/{site}/single"),
        Post(f"Lisbon, you were loud last night. Photos: https://{site}.example/photos"),
        Post(f"Two shows left before the break: https://{site}.example/tour"),
        Post("Thank you for coming all the way from Porto!", reply=True),
    ]
    return Persona(f"l-band-{i}", "person_complete", G, site, name,
                   "Four friends, three chords, one van. Indie folk from Bristol.", True,
                   tuple(rng.sample(posts, 4)), follows=rng.randint(5, 12),
                   links=(f"https://{site}.example",))  # fmt: skip


def _potter(rng: random.Random, i: int) -> Persona:
    first = rng.choice(["Ingrid", "Maya", "Rosa"])
    site = f"{first.lower()}ceramics"
    posts = [
        Post(f"New batch of mugs is up in the shop: https://{site}.example/mugs"),
        Post("Kiln day! Fingers crossed for the glazes."),
        Post(f"Weekend sale: 20% off seconds https://{site}.example/seconds"),
        Post("Thank you so much, it's lovely to see it in your kitchen!", reply=True),
        Post("Studio cat inspecting today's work."),
    ]
    return Persona(f"l-potter-{i}", "person_complete", G, site, f"{first} Holm",
                   f"I make mugs and bowls in a small studio in Malmö. Shop: {site}.example",
                   True, tuple(rng.sample(posts, 4)), follows=rng.randint(5, 12),
                   links=(f"https://{site}.example",))  # fmt: skip


def _researcher(rng: random.Random, i: int) -> Persona:
    name = rng.choice(["Dr. Ama Boateng", "Pablo Ortega", "Dr. Keiko Mori"])
    texts = [
        "New preprint with our lab on river sediment transport: https://arxiv.org/abs/2411.{n}",
        "Lovely paper on flood forecasting with sparse gauges https://doi.org/10.1029/{n}",
        "Our dataset is now open, feedback welcome https://zenodo.org/records/{n}",
        "Slides from my talk at EGU https://arxiv.org/abs/2410.{n}",
        "Nuevo artículo sobre caudales en ríos de montaña https://doi.org/10.5194/{n}",
    ]
    posts = [Post(t.format(n=rng.randint(10000, 99999))) for t in rng.sample(texts, 4)]
    posts.append(Post("Great question, we used daily means for that figure.", reply=True))
    return Persona(f"l-researcher-{i}", "person_complete", G,
                   name.split()[-1].lower() + "lab", name,
                   "Hydrologist. Rivers, floods and open data. Views my own.", True,
                   tuple(posts), follows=rng.randint(5, 12))  # fmt: skip


def _reposter(rng: random.Random, i: int) -> Persona:
    lang = rng.choice(sorted(_NAMES))
    name = rng.choice(_NAMES[lang])
    posts = [Post("x", repost=True) for _ in range(rng.randint(4, 6))]
    if rng.random() < 0.5:
        posts.append(Post(rng.choice(_SMALLTALK[lang])))
    bio = rng.choice(["Retired teacher. I share what I like.", "Boosting good stuff. Gardener.",
                      "Jubilada. Comparto lo que me gusta.", "Lehrerin im Ruhestand."])  # fmt: skip
    return Persona(f"l-reposter-{i}", "person_complete", G,
                   name.split()[0].lower() + "shares", name, bio, True, tuple(posts),
                   follows=rng.randint(5, 12))  # fmt: skip


def _replier(rng: random.Random, i: int) -> Persona:
    replies = ["Congratulations, well deserved!", "Ha, same here. What worked for you?",
               "That looks delicious, recipe please?", "I had no idea, thanks for explaining.",
               "Hope you feel better soon!", "Where was this taken? Beautiful."]  # fmt: skip
    posts = [Post(t, reply=True) for t in rng.sample(replies, rng.randint(4, 6))]
    posts.append(Post("Quiet Sunday, finally finished my book."))
    return Persona(f"l-replier-{i}", "person_complete", G, "chatty" + rng.choice(["tom", "ann"]),
                   rng.choice(["Tom Baker", "Ann Price"]),
                   "Talker, walker, occasional baker.", True, tuple(posts),
                   follows=rng.randint(5, 12))  # fmt: skip


def _link_sharer(rng: random.Random, i: int) -> Persona:
    shares = [
        "Good long read on city trees https://www.theguardian.example/cities/{n}",
        "This is a lovely tool for maps https://github.example/maps/{n}",
        "Worth watching: https://video.example/watch?v={n}",
        "Interesting thread on housing https://news.example/item?id={n}",
        "Recipe I tried tonight, recommended https://cooking.example/r/{n}",
    ]
    posts = [Post(t.format(n=rng.randint(100, 999))) for t in rng.sample(shares, 4)]
    return Persona(f"l-sharer-{i}", "person_complete", G, "linkylou" + str(i), "Lou Andersen",
                   "Web developer. I read too much and share the best bits.", True,
                   tuple(posts), follows=rng.randint(5, 12))  # fmt: skip


_GENUINE: tuple[Callable[[random.Random, int], Persona], ...] = (
    _newsroom, _library, _band, _potter, _researcher, _reposter, _replier, _link_sharer,
)  # fmt: skip


def lookalikes(seed: int, people: int = 8, unwanted: int = 5) -> list[Persona]:
    """``people`` genuine link-, repost- or reply-heavy accounts (kinds cycled) and
    ``unwanted`` complete-profile spammers (kinds cycled)."""
    rng = random.Random(seed)
    out = [_GENUINE[i % len(_GENUINE)](rng, i) for i in range(people)]
    out += [_spam(rng, i) for i in range(unwanted)]
    return out
