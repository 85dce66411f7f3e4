"""``followback run --once`` on the local AT Protocol network and on snac2: followers
with complete, person-like profiles whose posts alone tell them apart (issue #12).

A content farm repeating one clickbait line with a link to its own site and a dating
come-on whose shy bio says nothing and whose post invites people to "the link in my bio"
were recommended on their looks; so were (session 12) an essay seller replying "kindly
check my DM" to strangers and a job scam ("no experience needed, paid daily"). A newsroom
linking to its own site in every post, a potter announcing a sale in her own shop and a
baker offering her recipe by DM must stay recommended; and (session 13) a private lender
and a growth seller were, while a cyclist picked for a team must stay; (session 14) a
betting tipster and a game-gold shop, each with a spam word in its bio and one selling
post, and on snac2 a bought follower dressed as a person that never posted. Slow: real
accounts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from platform_eval import available, evaluate
from platform_population import Persona, Post

pytestmark = pytest.mark.slow

_PLATFORMS = [
    pytest.param("bluesky", marks=pytest.mark.bluesky),
    pytest.param("mastodon", marks=pytest.mark.mastodon),
]
_G = "second-look"

FOLLOWERS = [
    Persona(
        "farm", "spam", _G, "curiouswonders", "Curious Wonders",
        "Stories from around the world 🌍", True,
        tuple(Post("You won't believe what she found https://curious-wonders.example/7")
              for _ in range(4)),
        follows=4, links=("https://curious-wonders.example",),
    ),
    Persona(
        "comeon", "spam", _G, "emmaclarke", "Emma Clarke",
        "new here, a bit shy 🙈 love sunsets, dogs and long talks", True,
        (Post("good morning everyone ☀️"),
         Post("feeling lonely tonight, who wants to chat? link in my bio 😘")),
        follows=5,
    ),
    Persona(
        "newsroom", "person_complete", _G, "valleyherald", "The Valley Herald",
        "Local news for the valley since 1921.", True,
        (Post("Council approves the new footbridge https://valleyherald.example/1041"),
         Post("Road closures for Sunday's half marathon https://valleyherald.example/1042"),
         Post("Flood warning lifted for the lower valley https://valleyherald.example/1043"),
         Post("Thanks, we've corrected the date in the article.", reply=True)),
        follows=6, links=("https://valleyherald.example",),
    ),
    Persona(
        "potter", "person_complete", _G, "ingridceramics", "Ingrid Holm",
        "I make mugs and bowls in Malmö. Shop: ingridceramics.example", True,
        (Post("New batch of mugs is up in the shop: https://ingridceramics.example/mugs"),
         Post("Weekend sale: 20% off seconds https://ingridceramics.example/seconds"),
         Post("Kiln day! Fingers crossed for the glazes.")),
        follows=5,
    ),
    # Session 12: replies that move strangers to a DM, and a job scam's offers; a baker whose
    # own post says "DM me" stays recommended.
    Persona(
        "tutor", "spam", _G, "studybuddymia", "Mia | Study Buddy",
        "Helping students beat deadlines 📚 nursing, law, business", True,
        (Post("Struggling with your assignment? Kindly check my DM ✍️", reply=True),
         Post("Deadline tomorrow? Send me a DM, I can help 📚", reply=True)),
        follows=5,
    ),
    Persona(
        "jobs", "spam", _G, "flexworkhub", "FlexWork Hub",
        "Opportunities for everyone. Start today.", True,
        (Post("We're hiring online assistants: no experience needed, paid daily."),
         Post("Want extra income from your phone? A few spots left 📩")),
        follows=5,
    ),
    Persona(
        "baker", "person_complete", _G, "anabakes", "Ana Sousa",
        "Baker in Lisbon. Bread, mostly.", True,
        (Post("DM me for the sourdough recipe, happy to share!"),
         Post("Market day, the rye sold out by ten"),
         Post("Haha same, my starter is older than my cat", reply=True)),
        follows=6,
    ),
    # Session 13: a private lender and a growth seller with friendly replies; a cyclist
    # who was picked for a team and praises a friend stays recommended.
    Persona(
        "lender", "spam", _G, "credithelena", "Helena Marques",
        "Helping families with their projects. Fast answers.", True,
        (Post("Refused by your bank? We offer fast loans to everyone, low rate 🙏", reply=True),
         Post("Bonjour ! Besoin d'un financement ? Je réponds vite.", reply=True)),
        follows=5,
    ),
    Persona(
        "growth", "spam", _G, "reachlabs", "Reach Labs",
        "For creators and small shops.", True,
        (Post("Gorgeous work! You deserve way more followers, honestly 🙌", reply=True),
         Post("We help small shops grow their audience, ask us how")),
        follows=5,
    ),
    Persona(
        "cyclist", "person_complete", _G, "tomekrides", "Tomek Nowak",
        "Commuter, weekend gravel, too many tubes.", True,
        (Post("I was selected for the club's relay team, can't believe it"),
         Post("You deserve all the praise for that climb!", reply=True),
         Post("Rain again. Mudguards were worth every złoty.")),
        follows=6,
    ),
    # Session 14: a betting tipster and a game-gold shop, each with a spam word in the bio
    # and one selling post of two; a bought follower dressed with a stock name, bio and
    # photo that never posted, which snac2 (hiding whom it follows) cannot tell from a
    # person by its looks.
    Persona(
        "tipster", "spam", _G, "oddsmaster", "Odds Master ⚽",
        "Daily football tips. WhatsApp for the VIP slip.", True,
        (Post("Sure odds tonight, join VIP before kickoff 💰"),
         Post("What a goal in the derby yesterday")),
        follows=5,
    ),
    Persona(
        "goldshop", "spam", _G, "lootdepot", "Loot Depot",
        "Gold, accounts and boosting for 100+ games. PayPal y cripto.", True,
        (Post("bro if u need coins fast we got u, 70% cheaper than anywhere", reply=True),
         Post("Patch notes are out, big changes to the arena")),
        follows=5,
    ),
    Persona(
        "dressed", "bought", _G, "lenasommer", "Lena Sommer",
        "Living my best life ✨ travel | coffee | music", True, (), follows=5,
    ),
]  # fmt: skip


@pytest.mark.parametrize("platform", _PLATFORMS)
def test_run_once_looks_at_the_posts_of_complete_profiles(platform: str, tmp_path: Path) -> None:
    if not available(platform):
        pytest.skip(f"no local {platform} server answering")
    outcomes, info = evaluate(platform, FOLLOWERS, tmp_path, seed=31)
    verdicts = {o.persona.key: o.verdict for o in outcomes}
    detail = "\n".join(f"{o.persona.key}: {o.verdict} {o.reasons}" for o in outcomes)
    assert verdicts["farm"] in ("review", "skip"), detail
    assert verdicts["comeon"] in ("review", "skip"), detail
    assert verdicts["newsroom"] == "follow", detail
    assert verdicts["potter"] == "follow", detail
    assert verdicts["tutor"] in ("review", "skip"), detail
    assert verdicts["jobs"] in ("review", "skip"), detail
    assert verdicts["baker"] == "follow", detail
    assert verdicts["lender"] in ("review", "skip"), detail
    assert verdicts["growth"] in ("review", "skip"), detail
    assert verdicts["cyclist"] == "follow", detail
    assert verdicts["tipster"] in ("review", "skip"), detail
    assert verdicts["goldshop"] in ("review", "skip"), detail
    if platform == "mastodon":  # where follows show, the model weighs them instead
        assert verdicts["dressed"] in ("review", "skip"), detail
    # The looks are counted: one read per follower at most, the farm and the come-on among
    # them (they were recommended on their looks alone before).
    decide = info["decide"]
    assert 2 <= decide["recent_recommended_sampled"] <= decide["recent_calls"] <= len(FOLLOWERS)
