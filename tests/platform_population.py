"""Evaluation populations of followers, made as real accounts on the local servers.

A *persona* says what one follower looks like and does (name, bio, avatar, posts,
replies, how many accounts it follows, the platform's bot flag); a *creator* makes it a
real account through the platform's own API (the local AT Protocol network, snac2) and
has it follow the brand. Two generators, on purpose unlike each other, so screening is
not tuned to one way of making accounts:

- ``archetypes``: hand-written kinds with their usual look (a bought follower has no
  name, no bio, no avatar, digits in the handle, follows many, never posts);
- ``sampled``: every field present or absent at random with a probability per kind,
  text assembled from word pools, counts drawn at random; kinds overlap more.

Kinds: ``person_complete``, ``person_sparse`` (genuine people), ``values_clash`` (a
genuine person whose bio hits the brand's blocked keyword), ``bought``, ``spam`` and
``bot_declared`` (the platform's bot flag). Used by the platform evaluation test and by
``bench/bench_platform_eval.py``.
"""

from __future__ import annotations

import asyncio
import random
import secrets
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from connector_support import create_snac_user, snac_drained

GENUINE = frozenset({"person_complete", "person_sparse"})
UNWANTED = frozenset({"bought", "spam", "bot_declared", "values_clash"})
BLOCKED_KEYWORD = "trophy hunting"  # the evaluation brand's values rule


@dataclass(frozen=True)
class Post:
    text: str
    reply: bool = False  # a reply to another account's post
    repost: bool = False  # a repost (boost) of another account's post; ``text`` unused


@dataclass(frozen=True)
class Persona:
    key: str
    kind: str
    generator: str
    handle_stem: str
    display_name: str = ""
    bio: str = ""
    avatar: bool = False
    posts: tuple[Post, ...] = ()
    # Accounts it follows besides the brand: of the population, and on Bluesky the rest
    # (up to 3,000 in all) of made-up accounts; snac hides follows, so there only the
    # population's.
    follows: int = 0
    bot_flag: bool = False
    links: tuple[str, ...] = ()

    @property
    def genuine(self) -> bool:
        return self.kind in GENUINE

    def for_brand(self, brand: str) -> Persona:
        """This persona with ``{brand}`` in its texts and handle read as ``brand`` (the
        brand's display name; lower-case in the handle)."""
        texts = (self.display_name, self.bio, self.handle_stem, *(p.text for p in self.posts))
        if not any("{brand}" in t for t in texts):
            return self

        def sub(text: str) -> str:
            return text.replace("{brand}", brand)

        return replace(
            self,
            display_name=sub(self.display_name),
            bio=sub(self.bio),
            handle_stem=self.handle_stem.replace("{brand}", brand.lower()),
            posts=tuple(replace(p, text=sub(p.text)) for p in self.posts),
        )


# --- word pools ---------------------------------------------------------------------------

_FIRST = [
    "Mira",
    "Jonas",
    "Aiko",
    "Tomás",
    "Leila",
    "Priya",
    "Owen",
    "Sanna",
    "Kofi",
    "Ines",
    "Mateo",
    "Hana",
    "Ravi",
    "Greta",
    "Yusuf",
]
_LAST = [
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Ruiz",
    "Haddad",
    "Sharma",
    "Byrne",
    "Virtanen",
    "Mensah",
    "Costa",
    "Silva",
    "Novak",
]
_JOBS = [
    "urban ecologist",
    "nurse on night shifts",
    "high-school chemistry teacher",
    "bike mechanic",
    "PhD student in linguistics",
    "baker",
    "product designer",
    "volunteer firefighter",
    "librarian",
    "retired engineer",
]
_LIKES = [
    "birds",
    "bread",
    "trail running",
    "jazz",
    "board games",
    "sourdough",
    "tea",
    "old maps",
    "gardening",
    "sci-fi",
    "chess",
    "kayaking",
    "pottery",
    "coffee",
]
_PERSON_POSTS = [
    "Finally fixed the squeaky brake on my old bike. Small victories.",
    "Anyone else reading {like} books this winter? Looking for tips.",
    "Rainy Sunday, good {like} and a pot of tea.",
    "Went to the {like} meetup yesterday, lovely people.",
    "Our town library extended its hours, go use it!",
    "Trying a new recipe tonight, wish me luck",
    "The light this morning was unreal on the way to work.",
    "Three weeks into learning {like} and my hands hurt in a good way.",
]
_REPLIES = [
    "Totally agree, thanks for sharing this.",
    "Ha, same here! What worked for you in the end?",
    "That looks great, where was this taken?",
    "Good point, I had not thought of it that way.",
]
_SPAM = [
    "🚀 Turn $100 into $5,000 in a week! Crypto signals, DM me → {link}",
    "FREE followers 10K in 24h!!! Click {link} now",
    "Make $$$ from home with my forex system, join today {link}",
]
_SPAM_BIOS = [
    "💰 Crypto signals | 500% gains | DM for VIP 🚀",
    "Get rich with forex 📈 link below",
    "Buy followers cheap ✅ fast delivery ✅",
]
# Spam and people in other languages: the screening must not read "English" as "genuine".
_SPAM_BIOS_INTL = [
    "Señales de trading gratis 📈 gana dinero desde casa",
    "Ganhe dinheiro todo dia 💰 sinais VIP",
    "Gagner de l'argent facilement 🚀 signaux crypto",
    "Passives Einkommen 💶 Geld verdienen von zu Hause",
]
_PERSON_BIOS_INTL = [
    "Enfermera en Valencia. Me gustan los pájaros y el té.",
    "Professora de química. Ciclismo e café aos domingos.",
    "Bibliothécaire à Nantes, lectrice et randonneuse.",
    "Tischlerin aus Bremen. Garten, Hunde, alte Karten.",
]
_BOT_POSTS = [
    "Hourly update: temperature {n}°C, wind {m} km/h.",
    "Daily word: serendipity ({n} of {m}).",
    "Train status at {n}:{m:02d}: all lines running.",
]
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "vi",
    "sol",
    "an",
    "ne",
    "ro",
    "li",
    "da",
    "mo",
    "er",
    "us",
    "ia",
]
_INTEREST_WORDS = [
    "ceramics",
    "rivers",
    "cycling",
    "poetry",
    "astronomy",
    "open source",
    "hiking",
    "climate",
    "photography",
    "football",
    "history",
    "cooking",
]


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A tiny valid PNG (8x8, one colour) to upload as an avatar."""
    raw = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# --- generator 1: archetypes --------------------------------------------------------------


def _person(rng: random.Random, i: int, complete: bool) -> Persona:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    like = rng.choice(_LIKES)
    bio = f"{rng.choice(_JOBS).capitalize()}. Into {like} and {rng.choice(_LIKES)}."
    if i % 3 == 2:
        bio = rng.choice(_PERSON_BIOS_INTL)
    posts = [Post(t.format(like=like)) for t in rng.sample(_PERSON_POSTS, rng.randint(3, 5))]
    posts += [Post(rng.choice(_REPLIES), reply=True) for _ in range(rng.randint(1, 2))]
    if not complete:  # a sparse profile: a name, maybe one post, nothing else
        return Persona(
            f"a-sparse-{i}",
            "person_sparse",
            "archetypes",
            f"{first.lower()}{rng.randint(1, 99)}",
            display_name=first,
            posts=tuple(posts[: rng.randint(1, 2)]),
            follows=rng.randint(2, 5),
        )
    return Persona(
        f"a-person-{i}",
        "person_complete",
        "archetypes",
        f"{first.lower()}{last.lower()[:3]}",
        display_name=f"{first} {last}",
        bio=bio,
        avatar=True,
        posts=tuple(posts),
        follows=rng.randint(3, 8),
    )


def archetypes(seed: int, people: int = 10, unwanted: int = 2) -> list[Persona]:
    """Hand-written archetypes: ``people`` complete and ``people // 2`` sparse genuine
    people, and ``unwanted`` of each unwanted kind (bought followers get 3x that)."""
    rng = random.Random(seed)
    out = [_person(rng, i, True) for i in range(people)]
    out += [_person(rng, i, False) for i in range(people // 2)]
    out += [_bought(rng, i) for i in range(unwanted * 3)]
    for i in range(unwanted):
        out.append(_spam(rng, i))
        n, m = rng.randint(0, 30), rng.randint(0, 59)
        out.append(
            Persona(
                f"a-bot-{i}",
                "bot_declared",
                "archetypes",
                f"{rng.choice(['weather', 'trains', 'words'])}bot{i}",
                display_name=rng.choice(["Weather Bot", "Train Status", "Word of the Day"]),
                bio="An automated account. Posts every hour.",
                avatar=True,
                posts=tuple(Post(rng.choice(_BOT_POSTS).format(n=n, m=m)) for _ in range(3)),
                bot_flag=True,
            )
        )
        out.append(
            Persona(
                f"a-values-{i}",
                "values_clash",
                "archetypes",
                f"{rng.choice(_FIRST).lower()}hunts",
                display_name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                bio=f"Outdoorsman. Proud of my {BLOCKED_KEYWORD} trips.",
                avatar=True,
                posts=(Post("Back from the mountains."), Post("Good season this year.")),
                follows=rng.randint(3, 6),
            )
        )
    return out


def _bought(rng: random.Random, i: int) -> Persona:
    """Bought followers in the shapes they are sold in (cycled): bare; an avatar but no
    name or posts; a stock first name only; a handle-like name. None ever posted; each
    follows 20 to 2,000 accounts (as many as the population allows)."""
    shape = i % 4
    stem = rng.choice(["user", "acc", "", rng.choice(_FIRST).lower()])
    stem += "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
    name = {2: rng.choice(_FIRST), 3: stem}.get(shape, "")
    return Persona(
        f"a-bought-{i}",
        "bought",
        "archetypes",
        stem,
        display_name=name,
        avatar=shape == 1,
        follows=rng.randint(20, 2000),
    )


def _spam(rng: random.Random, i: int) -> Persona:
    """Spam with its pitch in different places (cycled): in the bio; only in the display
    name; in another language; only in its posts (a name, no bio)."""
    link = f"https://{rng.choice(['cryptogainz', 'fastfollow', 'fx-profit'])}.example/{i}"
    text = rng.choice(_SPAM).format(link=link)
    shape = i % 4
    name = rng.choice(["Crypto King", "Profit Pro", "Forex Signals VIP", "Earn Daily 💰"])
    bio = {0: rng.choice(_SPAM_BIOS), 2: rng.choice(_SPAM_BIOS_INTL)}.get(shape, "")
    if shape in (2, 3):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    return Persona(
        f"a-spam-{i}",
        "spam",
        "archetypes",
        rng.choice(["win", "get", "vip", "pro"]) + str(rng.randint(100, 999)) + rng.choice("fx"),
        display_name=name,
        bio=bio,
        avatar=rng.random() < 0.5,
        posts=tuple(Post(text) for _ in range(4)),
        follows=rng.randint(20, 2000),
        links=(link,),
    )


# --- generator 2: sampled fields ----------------------------------------------------------

# kind -> probability of (display name, bio, avatar, posting at all, replying)
_FIELD_P: dict[str, tuple[float, float, float, float, float]] = {
    "person_complete": (1.0, 0.95, 0.9, 1.0, 0.7),
    "person_sparse": (0.8, 0.3, 0.3, 0.8, 0.3),
    "bought": (0.15, 0.05, 0.1, 0.05, 0.0),
    "spam": (0.9, 0.9, 0.5, 1.0, 0.1),
}


def _word_name(rng: random.Random) -> str:
    return "".join(rng.sample(_SYLLABLES, rng.randint(2, 3))).capitalize()


def _sampled_one(rng: random.Random, kind: str, i: int) -> Persona:
    p_name, p_bio, p_avatar, p_posts, p_reply = _FIELD_P[kind]
    genuine = kind in GENUINE
    name = f"{_word_name(rng)} {_word_name(rng)}" if rng.random() < p_name else ""
    stem = (
        f"{_word_name(rng).lower()}{rng.choice(['', '_', '.'])}{rng.randint(1, 9)}"
        if genuine
        else f"{rng.choice(['x', 'u', 'acc'])}{rng.randint(100000, 9999999)}"
    )
    bio = ""
    link = ""
    if rng.random() < p_bio:
        if kind == "spam":
            link = f"https://{_word_name(rng).lower()}-bonus.example"
            bio = rng.choice([
                f"{rng.choice(['Earn', 'Win', 'Get'])} {rng.randint(2, 9)}x daily 🔥 {link}",
                f"{rng.choice(_SPAM_BIOS_INTL)} {link}",
            ])  # fmt: skip
        elif rng.random() < 0.25:
            bio = rng.choice(_PERSON_BIOS_INTL)
        else:
            words = rng.sample(_INTEREST_WORDS, rng.randint(1, 3))
            bio = f"{rng.choice(['I write about', 'Here for', 'Mostly'])} {', '.join(words)}."
    posts: list[Post] = []
    if rng.random() < p_posts:
        for _ in range(rng.randint(1, 6)):
            if kind == "spam":
                posts.append(Post(f"Limited offer, {rng.choice(['join', 'claim'])} now {link}"))
            elif rng.random() < p_reply:
                posts.append(Post(rng.choice(_REPLIES), reply=True))
            else:
                topic = rng.choice(_INTEREST_WORDS)
                posts.append(Post(f"Thinking about {topic} today. {rng.choice(_LIKES)} helps."))
    follows = rng.randint(1, 12) if genuine else rng.randint(15, 10_000)
    return Persona(
        f"s-{kind}-{i}",
        kind,
        "sampled",
        stem,
        display_name=name,
        bio=bio,
        avatar=rng.random() < p_avatar,
        posts=tuple(posts),
        follows=follows,
        links=(link,) if link else (),
    )


def sampled(seed: int, people: int = 10, unwanted: int = 6) -> list[Persona]:
    """Random field presence per kind: ``people`` complete + ``people // 2`` sparse
    people, ``unwanted`` bought followers and ``unwanted // 2`` spam accounts, and one
    declared bot and one values clash built the same way from a person."""
    rng = random.Random(seed)
    out = [_sampled_one(rng, "person_complete", i) for i in range(people)]
    out += [_sampled_one(rng, "person_sparse", i) for i in range(people // 2)]
    out += [_sampled_one(rng, "bought", i) for i in range(unwanted)]
    out += [_sampled_one(rng, "spam", i) for i in range(max(1, unwanted // 2))]
    base = _sampled_one(rng, "person_complete", 99)
    out.append(
        Persona(
            "s-bot-0",
            "bot_declared",
            "sampled",
            base.handle_stem + "bot",
            display_name=base.display_name,
            bio=base.bio,
            avatar=base.avatar,
            posts=base.posts,
            bot_flag=True,
        )
    )
    clash = _sampled_one(rng, "person_complete", 98)
    out.append(
        Persona(
            "s-values-0",
            "values_clash",
            "sampled",
            clash.handle_stem + "h",
            display_name=clash.display_name or "Sam",
            bio=f"{clash.bio} Also {BLOCKED_KEYWORD}.",
            avatar=clash.avatar,
            posts=clash.posts,
            follows=clash.follows,
        )
    )
    return out


# --- creators ---------------------------------------------------------------------------


@dataclass
class Created:
    persona: Persona
    remote_id: str
    handle: str
    extra: dict[str, Any] = field(default_factory=dict)


FILLER = "filler"  # accounts made only to be followed (not followers of the brand)


def filler(i: int) -> Persona:
    """An empty account for bought and spam followers to follow, so that "follows many"
    can be real on a small local network."""
    return Persona(f"filler-{i}", FILLER, "filler", "fill")


def _follow_targets(c: Created, created: Sequence[Created]) -> list[str]:
    """People follow people (and people-like accounts); bought and spam follow anyone,
    fillers included; fillers follow no one."""
    if c.persona.kind == FILLER:
        return []
    people_like = c.persona.kind in GENUINE or c.persona.kind == "values_clash"
    return [
        o.remote_id
        for o in created
        if o.remote_id != c.remote_id
        and (not people_like or o.persona.kind in GENUINE or o.persona.kind == "values_clash")
    ]


def _unique(stem: str, limit: int) -> str:
    # Three bytes: the populations are seeded, so every run makes the same stems, and with
    # two bytes a run on the shared servers met a name an earlier run had made (snac's
    # ``adduser`` then fails).
    tag = secrets.token_hex(3)
    clean = "".join(ch for ch in stem.lower() if ch.isascii() and ch.isalnum())
    clean = clean[: limit - len(tag)]
    return f"{clean or 'u'}{tag}"


def _now_iso() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


# Accounts a Bluesky persona follows at most: one written to follow 8,402 follows 3,000
# (the AppView indexes each record; one population's 21,000 held it busy for minutes).
# Past a few hundred the count says the same thing: it follows many. No held-out persona
# follows more than 3,000.
MADE_UP_FOLLOWS = 3_000


class BlueskyPopulation:
    """Creates personas on the local AT Protocol network (PDS + AppView via dev-env's
    control server, which creates accounts and makes the AppView index on demand)."""

    def __init__(self, pds: str, control: str) -> None:
        self.pds, self.control = pds.rstrip("/"), control.rstrip("/")
        self.http = httpx.AsyncClient(timeout=120)
        self.calls = 0

    async def _xrpc(self, jwt: str, nsid: str, body: Any, *, raw: bytes | None = None) -> Any:
        self.calls += 1
        headers = {"authorization": f"Bearer {jwt}"}
        if raw is not None:
            headers["content-type"] = "image/png"
            r = await self.http.post(f"{self.pds}/xrpc/{nsid}", content=raw, headers=headers)
        else:
            r = await self.http.post(f"{self.pds}/xrpc/{nsid}", json=body, headers=headers)
        r.raise_for_status()
        return r.json()

    async def account(self, handle_stem: str) -> dict[str, Any]:
        for attempt in range(3):
            handle = f"{_unique(handle_stem, 18)}.test"  # a label has at most 18 characters
            r = await self.http.post(f"{self.control}/accounts", json={"handle": handle})
            if r.status_code < 500 or attempt == 2:
                break
            await asyncio.sleep(1.0)  # dev-env answers 500 now and then under load
        if r.is_error:
            raise RuntimeError(f"creating {handle}: {r.status_code} {r.text[:300]}")
        acct = dict(r.json())
        s = await self.http.post(
            f"{self.pds}/xrpc/com.atproto.server.createSession",
            json={"identifier": acct["handle"], "password": acct["password"]},
        )
        s.raise_for_status()
        acct["jwt"] = s.json()["accessJwt"]
        return acct

    async def _record(self, acct: dict[str, Any], collection: str, record: dict[str, Any]) -> Any:
        return await self._xrpc(
            acct["jwt"],
            "com.atproto.repo.createRecord",
            {
                "repo": acct["did"],
                "collection": collection,
                "record": {"$type": collection, "createdAt": _now_iso(), **record},
            },
        )

    async def create(self, persona: Persona, rng: random.Random) -> Created:
        acct = await self.account(persona.handle_stem)
        profile: dict[str, Any] = {"$type": "app.bsky.actor.profile"}
        # Bluesky's profile record holds at most 64 graphemes of name and 256 of bio (the
        # lexicon; the PDS answers 400 beyond): a longer bio is cut as a client's box would
        # (held-out set i's retired mechanic wrote 365 characters; snac keeps them all).
        if persona.display_name:
            profile["displayName"] = persona.display_name[:64]
        if persona.bio:
            profile["description"] = persona.bio[:256]
        if persona.avatar:
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            blob = await self._xrpc(
                acct["jwt"], "com.atproto.repo.uploadBlob", None, raw=_png(colour)
            )
            profile["avatar"] = blob["blob"]
        if persona.bot_flag:  # the self-applied label Bluesky clients show as "automated"
            profile["labels"] = {
                "$type": "com.atproto.label.defs#selfLabels",
                "values": [{"val": "bot"}],
            }
        if len(profile) > 1:
            await self._xrpc(
                acct["jwt"],
                "com.atproto.repo.putRecord",
                {
                    "repo": acct["did"],
                    "collection": "app.bsky.actor.profile",
                    "rkey": "self",
                    "record": profile,
                },
            )
        return Created(persona, acct["did"], acct["handle"], acct)

    async def act(self, created: Sequence[Created], brand_did: str, rng: random.Random) -> None:
        """Posts, replies and follows, once every account exists."""
        anchors: list[dict[str, str]] = []
        for c in created:  # plain posts first, so replies and reposts have something
            for post in c.persona.posts:
                if not post.reply and not post.repost:
                    ref = await self._record(c.extra, "app.bsky.feed.post", {"text": post.text})
                    anchors.append({"uri": ref["uri"], "cid": ref["cid"]})
        for c in created:
            for post in c.persona.posts:
                if post.repost and anchors:  # a repost of someone's post (its text unused)
                    target = rng.choice(anchors)
                    await self._record(c.extra, "app.bsky.feed.repost", {"subject": target})
                elif post.reply and anchors:
                    target = rng.choice(anchors)
                    await self._record(
                        c.extra,
                        "app.bsky.feed.post",
                        {"text": post.text, "reply": {"root": target, "parent": target}},
                    )
        for c in created:
            others = _follow_targets(c, created)
            picked = rng.sample(others, min(c.persona.follows, len(others)))
            for did in picked:
                await self._record(c.extra, "app.bsky.graph.follow", {"subject": did})
            await self._follow_elsewhere(c, min(c.persona.follows, MADE_UP_FOLLOWS) - len(picked))
            if c.persona.kind != FILLER:
                await self._record(c.extra, "app.bsky.graph.follow", {"subject": brand_did})
        # The AppView indexes every follow record before this returns: thousands of them
        # on a busy machine took longer than the client's two minutes once.
        r = await self.http.post(f"{self.control}/process", timeout=900)
        r.raise_for_status()

    async def _follow_elsewhere(self, c: Created, n: int) -> None:
        """``n`` follows beyond the population, of made-up DIDs, 200 to a write: the
        AppView counts follow records whether or not their subject exists, so a bought
        follower that follows 1,700 accounts shows 1,700 here too (before, every follow
        count stopped at the population's size, and bought followers looked like people
        who follow a few dozen). Their own generator, so the population's draws stay
        as they were."""
        rng = random.Random(c.remote_id)
        alphabet = "abcdefghijklmnopqrstuvwxyz234567"  # did:plc's base32
        for start in range(0, max(n, 0), 200):
            writes = [
                {
                    "$type": "com.atproto.repo.applyWrites#create",
                    "collection": "app.bsky.graph.follow",
                    "value": {
                        "$type": "app.bsky.graph.follow",
                        "subject": "did:plc:" + "".join(rng.choices(alphabet, k=24)),
                        "createdAt": _now_iso(),
                    },
                }
                for _ in range(min(200, n - start))
            ]
            await self._xrpc(
                c.extra["jwt"],
                "com.atproto.repo.applyWrites",
                {"repo": c.extra["did"], "writes": writes},
            )

    async def aclose(self) -> None:
        await self.http.aclose()


class SnacPopulation:
    """Creates personas on snac2: users with snac's CLI (``adduser``), a token from its
    login endpoint, then the Mastodon client API for profile, posts and follows."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.http = httpx.AsyncClient(timeout=60)
        self.calls = 0

    async def user(self, stem: str) -> tuple[str, str]:
        """A new snac user (unique name) and its API token."""
        return await asyncio.to_thread(create_snac_user, stem)

    async def _api(self, token: str, method: str, path: str, **kw: Any) -> Any:
        self.calls += 1
        for attempt in range(4):
            try:
                r = await self.http.request(
                    method,
                    f"{self.base}{path}",
                    headers={"authorization": f"Bearer {token}"},
                    **kw,
                )
                break
            except httpx.TransportError:
                # snac, shared with other tests, now and then drops a connection.
                if attempt == 3:
                    raise
                await asyncio.sleep(0.5 * (attempt + 1))
        r.raise_for_status()
        return r.json() if r.content else None

    async def create(self, persona: Persona, rng: random.Random) -> Created:
        name, token = await self.user(persona.handle_stem)
        # snac shows the user name as display name until one is set: an unnamed persona
        # keeps it, as a real unnamed snac account does.
        form: dict[str, Any] = {"bot": "true" if persona.bot_flag else "false"}
        if persona.display_name:
            form["display_name"] = persona.display_name
        if persona.bio:
            form["note"] = persona.bio
        for i, link in enumerate(persona.links):
            form[f"fields_attributes[{i}][name]"] = "Link"
            form[f"fields_attributes[{i}][value]"] = link
        # Sent as multipart form fields: snac drops the connection on a urlencoded body.
        files: dict[str, Any] = {k: (None, v) for k, v in form.items()}
        if persona.avatar:
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            files["avatar"] = ("a.png", _png(colour), "image/png")
        me = await self._api(token, "PATCH", "/api/v1/accounts/update_credentials", files=files)
        return Created(persona, str(me["id"]), name, {"token": token})

    async def act(self, created: Sequence[Created], brand: str, rng: random.Random) -> None:
        """Posts, replies, boosts, follows among the population and of ``brand`` (a user
        name). snac boosts only a post in the booster's own timeline, so a booster first
        follows the authors it will boost, before they post."""
        authors = [c for c in created if any(not p.reply and not p.repost for p in c.persona.posts)]
        boosted: dict[str, list[Created]] = {}
        for c in created:
            n = sum(p.repost for p in c.persona.posts)
            if n and authors:
                boosted[c.remote_id] = rng.sample(authors, min(n, len(authors)))
                for a in boosted[c.remote_id]:
                    await self._follow(c.extra["token"], a.handle)
        if boosted:
            await snac_drained(60.0)
        anchors: list[str] = []
        own: dict[str, list[str]] = {}
        for c in created:
            for post in c.persona.posts:
                if not post.reply and not post.repost:
                    status = await self._api(
                        c.extra["token"], "POST", "/api/v1/statuses", data={"status": post.text}
                    )
                    anchors.append(str(status["id"]))
                    own.setdefault(c.remote_id, []).append(str(status["id"]))
        if boosted:
            await snac_drained(60.0)  # the posts reach their followers' timelines
        for c in created:
            targets = [i for a in boosted.get(c.remote_id, []) for i in own[a.remote_id]]
            for post in c.persona.posts:
                if post.repost and targets:  # a boost of a followed author's post
                    target = targets.pop(rng.randrange(len(targets)))
                    await self._api(c.extra["token"], "POST", f"/api/v1/statuses/{target}/reblog")
                elif post.reply and anchors:
                    await self._api(
                        c.extra["token"],
                        "POST",
                        "/api/v1/statuses",
                        data={"status": post.text, "in_reply_to_id": rng.choice(anchors)},
                    )
        names = {c.remote_id: c.handle for c in created}
        for c in created:
            others = _follow_targets(c, created)
            for rid in rng.sample(others, min(c.persona.follows, len(others))):
                await self._follow(c.extra["token"], names[rid])
            if c.persona.kind != FILLER:
                await self._follow(c.extra["token"], brand)

    async def _follow(self, token: str, name: str) -> None:
        # snac follows only accounts it has looked up: look up by acct, then follow.
        host = httpx.URL(self.base).host
        found = await self._api(
            token, "GET", "/api/v1/accounts/lookup", params={"acct": f"{name}@{host}"}
        )
        await self._api(token, "POST", f"/api/v1/accounts/{found['id']}/follow")

    async def aclose(self) -> None:
        await self.http.aclose()
