"""A fourth evaluation population, written apart from the other three: support desks.

Built from a phrase book rather than archetypes, sampled fields or behaviours: each
follower is *composed* from slots (who it says it is, what it invites, what it asks for,
its opening hours) drawn per language, so no two runs word an impersonator the same way.
``{brand}`` in any text stands for the brand's display name (``Persona.for_brand``; the
evaluation names its brand ``Evalbrand``).

- fake support desks (kind ``spam``): a desk name with or without the brand's name
  ("Evalbrand Help Center", "Atención al Cliente", "Kundenservice | Evalbrand"), a bio
  inviting messages about orders, refunds, accounts or wallets, a photo, a few helpful-
  sounding posts, a handle with or without the brand in it;
- people who merely work in support or care (kind ``person_complete``): the word is in
  their bio ("support engineer at a hosting company", "I do customer care for a living",
  "supporting local artists") or after a separator in their name ("Greta · customer
  success lead"), and a fan account that names the brand without calling itself a desk;
- quiet people (``person_sparse``): a first name only, never posted; a first name and a
  few reposts; and bought followers (``bought``) with a stock first name, no bio and no
  posts, following many: on snac, which hides follows and boosts, the two look alike.

Made for development (issue #12, session 7); the held-out populations stay held out.
"""

from __future__ import annotations

import random

from platform_population import Persona, Post

__all__ = ["BRAND_NAME", "desks"]

BRAND_NAME = "Evalbrand"

# Per language: desk nouns, invitations (company voice), what the desk asks for, hours.
_PHRASES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "en": (
        ["Support", "Help Desk", "Customer Care", "Support Team", "Help Center", "Refund Team"],
        ["DM us", "Send us a message", "Message us here", "Reach out to us"],
        [
            "with your order number",
            "with the email on your account",
            "to get your refund",
            "to restore your wallet (keep your recovery phrase ready)",
        ],
        ["We're here 24/7.", "Replies within minutes.", "Open around the clock."],
    ),
    "es": (
        ["Soporte", "Atención al Cliente", "Servicio al Cliente"],
        ["Escríbenos por DM", "Mándanos un mensaje"],
        ["con tu número de pedido", "para tu reembolso"],
        ["Atención 24/7.", "Respondemos en minutos."],
    ),
    "pt": (
        ["Suporte", "Atendimento"],
        ["Fale conosco por DM", "Envie uma DM"],
        ["com o número do pedido", "para recuperar sua conta"],
        ["Atendimento 24 horas.", "Sempre online."],
    ),
    "de": (
        ["Kundenservice", "Kundendienst"],
        ["Schreib uns eine DM", "Kontaktiere uns"],
        ["mit deiner Bestellnummer", "für deine Rückerstattung"],
        ["Rund um die Uhr für dich da.", "24/7 erreichbar."],
    ),
}
_DESK_POSTS = [
    "Having trouble with {brand}? We can help, just send a DM.",
    "Refunds are processed faster through our help line. Message us.",
    "Reminder: our agents are online now. DM for fast help.",
    "Did your payment fail? Contact us and we'll sort it.",
]
_DESK_HANDLES = ["{brand}help", "{brand}care", "help{brand}", "{brand}desk", "supportdesk",
                 "helpcenter", "customercare", "refundteam"]  # fmt: skip

# People whose work or life has the words in it, said about themselves.
_SUPPORT_LIVES = [
    ("Ines Costa", "Support engineer at a small hosting company. Sourdough, cats, long walks."),
    ("Ravi Sharma", "I do customer care for a living; on weekends I kayak."),
    ("Greta · customer success lead", "Helping people get unstuck, at work and off it. Berlin."),
    ("Tomás Ruiz", "Supporting local artists and small bookshops 📚"),
    ("Owen Byrne", "IT help desk by day, jazz bass by night."),
    ("Leila Haddad", "Former call-centre agent, now a nurse. I know what being on hold is like."),
    ("Aiko Tanaka", "Je travaille au service client d'une banque. Randonnée et thé."),
    ("Dave | tech support", "Fixing my parents' printer since 1998."),
    ("Priya Nair", "Care worker, mum, allotment enthusiast. DM me your best chutney recipe."),
    ("{brand} fan 🎧", "Using their stuff for years. Not affiliated, just a fan."),
]
_LIFE_POSTS = [
    "Long shift, but we closed every ticket today. Tea time.",
    "The allotment finally gave me tomatoes!",
    "Any recommendations for a good bass amp under 300?",
    "Walked to the lake and back, feeling great.",
    "Which bookshop in town has the best poetry shelf?",
    "Week two of learning to bake bread. It is still a brick.",
]
_FIRST = ["Hana", "Jonas", "Mira", "Kofi", "Sanna", "Mateo", "Yusuf", "Greta", "Nia", "Emre"]
_STOCK = ["Jessica", "Ashley", "Brittany", "Amanda", "Megan", "Kayla", "Tiffany", "Heather"]


def _desk(rng: random.Random, i: int) -> Persona:
    lang = rng.choice(list(_PHRASES)) if i % 2 else "en"
    desks, invites, asks, hours = _PHRASES[lang]
    desk = rng.choice(desks)
    shape = i % 4
    if shape == 0:
        name = f"{{brand}} {desk}"
    elif shape == 1:
        name = f"{desk} | {{brand}}"
    elif shape == 2:
        name = desk  # a desk of no brand in particular
    else:
        name = f"{{brand}} {desk} 24/7"
    bio = f"{rng.choice(invites)} {rng.choice(asks)}. {rng.choice(hours)}"
    posts = tuple(Post(t) for t in rng.sample(_DESK_POSTS, rng.randint(1, 3)))
    handle = _DESK_HANDLES[(i * 3 + rng.randrange(2)) % len(_DESK_HANDLES)]
    return Persona(f"d-desk-{i}", "spam", "desks", handle, display_name=name, bio=bio,
                   avatar=True, posts=posts, follows=rng.randint(5, 40))  # fmt: skip


def _life(rng: random.Random, i: int) -> Persona:
    name, bio = _SUPPORT_LIVES[i % len(_SUPPORT_LIVES)]
    posts = [Post(t) for t in rng.sample(_LIFE_POSTS, rng.randint(1, 3))]
    posts += [Post("Same here, good luck with it!", reply=True)] * rng.randint(0, 1)
    stem = "".join(ch for ch in name.split("·")[0].split("|")[0] if ch.isalpha()) or "fan"
    return Persona(f"d-life-{i}", "person_complete", "desks", stem, display_name=name,
                   bio=bio, avatar=rng.random() < 0.9, posts=tuple(posts),
                   follows=rng.randint(2, 14))  # fmt: skip


def _quiet(rng: random.Random, i: int) -> Persona:
    name = rng.choice(_FIRST)
    if i % 2 == 0:  # a first name, nothing else, never posted
        return Persona(f"d-quiet-{i}", "person_sparse", "desks", f"{name.lower()}{i}",
                       display_name=name, follows=rng.randint(1, 9))  # fmt: skip
    reposts = tuple(Post("", repost=True) for _ in range(rng.randint(2, 4)))
    return Persona(f"d-quiet-{i}", "person_sparse", "desks", name, display_name=name,
                   avatar=rng.random() < 0.5, posts=reposts,
                   follows=rng.randint(2, 9))  # fmt: skip


def _stock(rng: random.Random, i: int) -> Persona:
    name = rng.choice(_STOCK)
    return Persona(f"d-bought-{i}", "bought", "desks", f"{name.lower()}{rng.randint(100, 999)}",
                   display_name=name, follows=rng.randint(20, 400))  # fmt: skip


def desks(seed: int, people: int = 8, unwanted: int = 6) -> list[Persona]:
    """``unwanted`` fake support desks and ``unwanted // 3`` stock-named bought followers;
    ``people`` people: three quarters working or living with "support" words, a quarter
    quiet (a first name only, or a first name and reposts)."""
    rng = random.Random(seed)
    quiet = max(1, people // 4)
    out = [_life(rng, i) for i in range(people - quiet)]
    out += [_quiet(rng, i) for i in range(quiet)]
    out += [_desk(rng, i) for i in range(unwanted)]
    return out + [_stock(rng, i) for i in range(max(1, unwanted // 3))]
