"""Acceptance rehearsal: a brand-new user's brand on the local servers, with followers and
messages written by hand (not by the evaluation generators, and in other words).

The brand is "Verdant Soles", a vegan shoe maker whose stated values rule out fur farming
(``blocked_keywords`` in its followback.toml). Its followers are people of many kinds
(complete, sparse, brand-new, non-English, an emoji-only name, a long bio, odd Unicode) and
unwanted accounts (a bought follower, giveaway spam, follow-for-follow, a declared bot, a
fake support desk, a values clash). Its messages are complaints said in many ways,
praise (one of a fixed problem), questions and chatter. Used by
``tests/e2e/test_acceptance_servers.py`` and runnable by hand:
``python tests/acceptance_cases.py bluesky|mastodon DIR`` makes the brand and its
followers and writes ``DIR/brand.json`` for the README's commands.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from connector_support import snac_drained
from platform_population import BlueskyPopulation, Created, Persona, Post, SnacPopulation

BRAND_NAME = "Verdant Soles"
BLOCKED = "fur farming"
GEN = "handwritten"

_LONG_BIO = (  # 248 characters: Bluesky keeps a bio to 256 graphemes
    "Retired postwoman, forty-one years on the same rounds in the Yorkshire Dales. Now I walk "
    "the old routes for fun, count lapwings for the county survey and try to keep up with my "
    "grandchildren. Knees not what they were, hence the hunt for good shoes."
)

# kind: person_complete / person_sparse (genuine), or an unwanted kind.
PEOPLE: tuple[Persona, ...] = (
    Persona(
        "h-ceramicist",
        "person_complete",
        GEN,
        "dagnyclay",
        display_name="Dagny Fjeldstad",
        bio="Ceramicist in Bergen. Glazes, kilns and far too much coffee. she/her",
        avatar=True,
        posts=(
            Post("Opened the kiln this morning: two cracked bowls, one perfect teapot."),
            Post("Does anyone have a source for cobalt-free blue glaze?"),
            Post("Oh that's lovely, the speckle came out just right", reply=True),
        ),
        follows=4,
    ),
    Persona(
        "h-sparse-theo",
        "person_sparse",
        GEN,
        "theo",
        display_name="Theo",
        posts=(Post("hello, testing this out"),),
        follows=2,
    ),
    Persona(
        "h-brand-new",
        "person_sparse",
        GEN,
        "marguerite",
        display_name="Marguerite Okonkwo-Hale",
        bio="just got here from the other place, be nice",
        avatar=True,
        follows=1,
    ),
    Persona(
        "h-vietnamese",
        "person_complete",
        GEN,
        "hoanguyen",
        display_name="Nguyễn Thị Hoa",
        bio="Giáo viên tiểu học ở Huế. Thích nấu ăn, đọc sách và đi bộ buổi sáng.",
        avatar=True,
        posts=(
            Post("Sáng nay trời mưa nhẹ, cả lớp hát rất hay."),
            Post("Cuối tuần này mình sẽ thử làm bánh bèo lần đầu tiên!"),
        ),
        follows=3,
    ),
    Persona(
        "h-emoji-name",
        "person_complete",
        GEN,
        "sunflowerbees",
        display_name="🌻🐝🌻",
        bio="backyard beekeeper, two hives, wildflower meadow in progress",
        avatar=True,
        posts=(
            Post("First honey of the year! Only 2 jars but they're mine."),
            Post("the bees are bearding on the hive front, it's that hot", reply=True),
        ),
        follows=3,
    ),
    Persona(
        "h-long-bio",
        "person_complete",
        GEN,
        "dalespost",
        display_name="Brenda Ackroyd",
        bio=_LONG_BIO,
        avatar=True,
        posts=(Post("Saw the first curlew of spring over Malham today."),),
        follows=2,
    ),
    Persona(
        "h-odd-unicode",
        "person_complete",
        GEN,
        "zoedz",
        display_name="Zoë Ǆurić \u200b✿ سارة",
        bio="東京在住。写真と猫。 ℌ𝔢𝔩𝔩𝔬 — she/they — 🏳️‍🌈",
        avatar=True,
        posts=(Post("猫が窓から雪を見ている。"), Post("film photos from Kyoto are back!")),
        follows=3,
    ),
)

UNWANTED: tuple[Persona, ...] = (
    Persona("h-bought", "bought", GEN, "jk83920471", follows=40),
    Persona(
        "h-giveaway",
        "spam",
        GEN,
        "ethdropvip",
        display_name="🎁 GIVEAWAY HQ 🎁",
        bio="Giving away 5 ETH to 100 lucky followers!! Claim now at ethdrop-claim.example "
        "and send your wallet address 💸💸",
        avatar=True,
        posts=(
            Post("🎁 5 ETH GIVEAWAY 🎁 claim → https://ethdrop-claim.example/r/771"),
            Post("Last chance!!! wallet verification at https://ethdrop-claim.example/r/772"),
            Post("Winners announced soon, claim → https://ethdrop-claim.example/r/773"),
        ),
        follows=40,
        links=("https://ethdrop-claim.example",),
    ),
    Persona(
        "h-f4f",
        "spam",
        GEN,
        "followtrain",
        display_name="Follow Train 🚂",
        bio="F4F | follow me = I follow back 100% | #followback #teamfollowback #f4f",
        posts=(Post("🚂 ALL ABOARD, drop your handle, follow everyone who likes this #f4f"),),
        follows=40,
    ),
    Persona(
        "h-declared-bot",
        "bot_declared",
        GEN,
        "galwaytides",
        display_name="Galway Tide Times",
        bio="High and low water for Galway Bay every six hours. Run by a script.",
        avatar=True,
        posts=(
            Post("Galway: high water 06:12 (4.9 m), low water 12:31 (0.6 m)."),
            Post("Galway: high water 18:40 (4.7 m), low water 00:55 (0.8 m)."),
        ),
        bot_flag=True,
    ),
    Persona(
        "h-fake-support",
        "spam",
        GEN,
        "verdanthelp",
        display_name=f"{BRAND_NAME} Support Team",
        bio=f"Official help desk for {BRAND_NAME} customers. Refund issues? DM us your order "
        "number and card details and we will sort it within the hour.",
        avatar=True,
        posts=(Post(f"{BRAND_NAME} customers: having trouble? DM us now for an instant refund!"),),
        follows=40,
    ),
    Persona(
        "h-values",
        "values_clash",
        GEN,
        "minkfarm",
        display_name="Harald Sørensen",
        bio=f"Third generation of a {BLOCKED} family in Jutland. Proud of our mink.",
        avatar=True,
        posts=(Post("Long day in the sheds, good to be home."),),
        follows=2,
    ),
)

FOLLOWERS: tuple[Persona, ...] = PEOPLE + UNWANTED

# A bio of 10,000 characters with odd Unicode (snac keeps any length; Bluesky refuses more
# than 256 graphemes): screening must decide it without a crash.
HUGE_BIO = Persona(
    "h-huge-bio",
    "odd",
    GEN,
    "walloftext",
    display_name="Ｗａｌｌ ｏｆ 𝕋𝕖𝕩𝕥",
    bio=("Ünïcödé ✓ שלום 🙂 \u202e reversed \u202c zero\u200bwidth. " * 240)[:10_000],
    posts=(Post("hello from the longest bio on the server"),),
    follows=1,
)


@dataclass(frozen=True)
class Message:
    key: str
    text: str
    complaint: bool
    kind: str  # mention (tags the brand), reply (to the brand's post), dm, heard (no tag)


# Written for this rehearsal; every complaint must be listed above every non-complaint.
MESSAGES: tuple[Message, ...] = (
    Message(
        "c-explicit",
        "my order #4471 arrived with the left sole split open. Two weeks old. Not acceptable.",
        True,
        "mention",
    ),
    Message(
        "c-polite",
        "Hi, sorry to bother you, but I think I was charged twice for the same "
        "pair. Could someone look into it please?",
        True,
        "mention",
    ),
    Message(
        "c-sarcastic",
        "Third week waiting for my refund. Really loving the suspense. "
        "10/10 customer experience 👏",
        True,
        "mention",
    ),
    Message(
        "c-question",
        "why has nobody answered my email about the broken zip? It's been 9 days",
        True,
        "mention",
    ),
    Message("c-followup", "still waiting on that reply...", True, "mention"),
    Message(
        "c-german",
        "Meine Bestellung ist seit drei Wochen nicht angekommen. Sehr enttäuscht.",
        True,
        "mention",
    ),
    Message(
        "c-reply", "the last pair fell apart in a month, why would I buy again?", True, "reply"
    ),
    Message(
        "p-praise",
        "comfiest shoes I've ever owned, wore them all weekend on the fells 🥾",
        False,
        "mention",
    ),
    Message(
        "p-fixed",
        "the sizing problem I had got sorted in one email. Thanks Mia from support!",
        False,
        "mention",
    ),
    Message("q-stock", "will the moss green trail runners be back in a size 42?", False, "mention"),
    Message("q-hours", "is the Leeds shop open on Sunday afternoon?", False, "mention"),
    Message("o-chatter", "happy friday everyone 👟", False, "mention"),
    Message("p-reply", "love the new colours!", False, "reply"),
)

DMS: tuple[Message, ...] = (
    Message(
        "c-dm",
        "Writing privately as it has my address: the parcel went to number 12, "
        "not 21, and the neighbour says nothing came. Can you help?",
        True,
        "dm",
    ),
    Message("q-dm", "hi! do you do gift cards?", False, "dm"),
)

HEARD: tuple[Message, ...] = (
    Message(
        "c-heard",
        f"{BRAND_NAME} customer service is a joke, three emails and no answer",
        True,
        "heard",
    ),
    Message("p-heard", f"just bought my first pair of {BRAND_NAME}, so comfy", False, "heard"),
)


def config_text(platform: str, handle: str, server: str, mode: str = "review") -> str:
    """The followback.toml a new user writes from docs/settings.md."""
    return (
        "[[accounts]]\n"
        f'platform = "{platform}"\n'
        f'handle = "{handle}"\n'
        f'server = "{server}"\n'
        f'mode = "{mode}"\n'
        "[accounts.policy]\n"
        f'blocked_keywords = ["{BLOCKED}"]\n'
        "[accounts.listen]\n"
        f'keywords = ["{BRAND_NAME}"]\n'
        "[inbox.saved_replies]\n"
        'sorry = "Sorry {first_name}, we are on it. {agent}"\n'
    )


# --- making it on the servers ---------------------------------------------------------------


async def make_brand(platform: str) -> tuple[Any, dict[str, str]]:
    """The population maker and the brand's credentials (handle, secret, remote_id)."""
    if platform == "bluesky":
        pop: Any = BlueskyPopulation(
            os.environ["FOLLOWBACK_TEST_BLUESKY_URL"], os.environ["FOLLOWBACK_TEST_BLUESKY_CONTROL"]
        )
        acct = await pop.account("verdant")
        return pop, {
            "handle": acct["handle"],
            "secret": acct["appPassword"],
            "remote_id": acct["did"],
            "jwt": acct["jwt"],
            "did": acct["did"],
        }
    pop = SnacPopulation(os.environ["FOLLOWBACK_TEST_MASTODON_URL"])
    name, token = await pop.user("verdant")
    me = await pop._api(token, "GET", "/api/v1/accounts/verify_credentials")
    return pop, {"handle": name, "secret": token, "remote_id": str(me["id"]), "token": token}


async def make_followers(
    pop: Any, brand: dict[str, str], personas: Sequence[Persona], seed: int = 7
) -> list[Created]:
    rng = random.Random(seed)
    if isinstance(pop, BlueskyPopulation):  # the PDS makes accounts side by side
        created = list(await asyncio.gather(*(pop.create(p, rng) for p in personas)))
    else:  # snac one user at a time (it crashed on users made concurrently)
        created = [await pop.create(p, rng) for p in personas]
    target = brand["remote_id"] if isinstance(pop, BlueskyPopulation) else brand["handle"]
    await pop.act(created, target, rng)
    return created


async def brand_post(pop: Any, brand: dict[str, str], text: str) -> dict[str, str]:
    """A post by the brand, for replies to it."""
    if isinstance(pop, BlueskyPopulation):
        acct = {"jwt": brand["jwt"], "did": brand["did"]}
        ref = await pop._record(acct, "app.bsky.feed.post", {"text": text})
        return {"uri": ref["uri"], "cid": ref["cid"]}
    status = await pop._api(brand["token"], "POST", "/api/v1/statuses", data={"status": text})
    return {"id": str(status["id"])}


async def say(
    pop: Any, author: Created, brand: dict[str, str], msg: Message, anchor: dict[str, str]
) -> str:
    """Post one message from ``author``, as its kind says; its status id on snac ("" on
    Bluesky)."""
    if isinstance(pop, BlueskyPopulation):
        await _say_bluesky(pop, author, brand, msg, anchor)
        return ""
    host = httpx.URL(pop.base).host
    tag = f"@{brand['handle']}@{host}"
    data: dict[str, str] = {"status": f"{tag} {msg.text}", "visibility": "public"}
    if msg.kind == "dm":
        data["visibility"] = "direct"
    elif msg.kind == "reply":
        data["in_reply_to_id"] = anchor["id"]
    elif msg.kind == "heard":
        data["status"] = msg.text
    status = await pop._api(author.extra["token"], "POST", "/api/v1/statuses", data=data)
    return str(status["id"])


async def _say_again_what_snac_dropped(
    pop: SnacPopulation,
    brand: dict[str, str],
    said: dict[str, tuple[Created, Message]],
    anchor: dict[str, str],
) -> None:
    """Say once more each message snac never listed among the brand's mention
    notifications (direct messages included), then wait for delivery again.

    snac2 (2.75) can drop a delivery between its own users after answering it with 202
    (CHANGELOG, Fixed): followback cannot read what the server never lists, so a message
    lost there says nothing about followback, and the acceptance test would fail on the
    server's loss. Read straight from snac's API, before followback reads anything; warned
    about, so a run that needed it shows.
    """
    got = await pop._api(
        brand["token"], "GET", "/api/v1/notifications", params={"types[]": "mention", "limit": 80}
    )
    listed = {str(n["status"]["id"]) for n in got if isinstance(n.get("status"), dict)}
    missing = [said[i] for i in said if i not in listed]
    if not missing:
        return
    warnings.warn(
        f"snac never notified the brand of {len(missing)} of {len(said)} messages; said again",
        stacklevel=1,
    )
    for author, msg in missing:
        await say(pop, author, brand, msg, anchor)
    await snac_delivered()


async def _say_bluesky(
    pop: BlueskyPopulation,
    author: Created,
    brand: dict[str, str],
    msg: Message,
    anchor: dict[str, str],
) -> None:
    record: dict[str, Any] = {"text": msg.text}
    if msg.kind == "reply":
        record["reply"] = {"root": anchor, "parent": anchor}
    elif msg.kind == "mention":
        tag = f"@{brand['handle']}"
        record["text"] = f"{tag} {msg.text}"
        end = len(tag.encode())
        record["facets"] = [
            {
                "index": {"byteStart": 0, "byteEnd": end},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": brand["did"]}],
            }
        ]
    await pop._record(author.extra, "app.bsky.feed.post", record)


@dataclass
class Built:
    """What :func:`build` made: the brand's credentials, its followers, who said what."""

    brand: dict[str, str]
    followers: list[Created]
    authors: dict[str, Created]  # message key -> its author


async def snac_delivered() -> None:
    """Wait until snac has delivered what was said and followed, or raise: a delivery still
    queued after 300 s is the server's delay, not a message followback lost."""
    if not await snac_drained(300.0):
        raise RuntimeError("snac2 still had deliveries queued after 300 s")


async def build(platform: str) -> Built:
    """The brand, its hand-written followers (and, on snac, the 10,000-character bio), a
    post of the brand's, and every message said to it (DMs on snac only: the local AT
    Protocol network runs no chat service; posts that only name the brand on Bluesky only:
    Mastodon listening searches hashtags, not words, on a server without full-text search)."""
    pop, brand = await make_brand(platform)
    try:
        personas = FOLLOWERS + ((HUGE_BIO,) if platform == "mastodon" else ())
        created = await make_followers(pop, brand, personas)
        anchor = await brand_post(pop, brand, "Our spring line is out: moss, clay and sky.")
        msgs = MESSAGES + (DMS if platform == "mastodon" else HEARD)
        authors = {}
        said: dict[str, tuple[Created, Message]] = {}  # snac status id -> who said what
        for i, msg in enumerate(msgs):
            authors[msg.key] = created[i % len(PEOPLE)]
            said[await say(pop, authors[msg.key], brand, msg, anchor)] = (authors[msg.key], msg)
        if isinstance(pop, BlueskyPopulation):
            (await pop.http.post(f"{pop.control}/process")).raise_for_status()
        else:
            # snac delivers follows and mentions between its own users through a queue:
            # the first run once found no follower at all when it had not emptied yet.
            # A delivery still queued is the server's delay, not a message followback
            # lost: say so rather than fail later on a missing message.
            await snac_delivered()
            await _say_again_what_snac_dropped(pop, brand, said, anchor)
        return Built(brand, created, authors)
    finally:
        await pop.aclose()


def _main(platform: str, out: Path) -> None:
    built = asyncio.run(build(platform))
    out.mkdir(parents=True, exist_ok=True)
    info = {
        "brand": {k: built.brand[k] for k in ("handle", "secret", "remote_id")},
        "followers": {c.persona.key: [c.remote_id, c.handle] for c in built.followers},
    }
    (out / "brand.json").write_text(json.dumps(info, indent=1), encoding="utf-8")


if __name__ == "__main__":
    _main(sys.argv[1], Path(sys.argv[2]))
