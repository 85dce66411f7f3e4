"""``followback run --once`` on the local AT Protocol network and on snac2, on an
evaluation population made through each platform's API (both generators of
tests/platform_population.py: archetypes and sampled fields, and the behaviour-first one
of tests/platform_population_varied.py; bought and spam followers also follow 30 empty
filler accounts).

Targets (issue #12): genuine people recommended, at most 15% of them in "needs a look"
and none screened out; unwanted accounts (bought, spam, declared bots, values clashes)
never recommended and mostly screened out. Slow: real accounts are made each run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from platform_eval import Outcome, available, evaluate, tally
from platform_population import archetypes, sampled
from platform_population_desks import desks
from platform_population_varied import varied

pytestmark = pytest.mark.slow

_PLATFORMS = [
    pytest.param("bluesky", marks=pytest.mark.bluesky),
    pytest.param("mastodon", marks=pytest.mark.mastodon),
]
_RUNS: dict[str, list[Outcome]] = {}


def _outcomes(platform: str, tmp: Path, generator: str = "") -> list[Outcome]:
    """One evaluation per platform per session, shared by the tests below: the followers
    of one generator (``varied``, ``desks``) or of the first two (the default)."""
    if not available(platform):
        pytest.skip(f"no local {platform} server answering")
    if platform not in _RUNS:
        personas = archetypes(21, people=5, unwanted=1) + sampled(22, people=5, unwanted=3)
        personas += varied(24, people=12, unwanted=3)
        personas += desks(25, people=8, unwanted=4)
        _RUNS[platform], _ = evaluate(platform, personas, tmp, seed=23, fillers=30)
    mine = (lambda g: g == generator) if generator else (lambda g: g not in ("varied", "desks"))
    return [o for o in _RUNS[platform] if mine(o.persona.generator)]


def _detail(outcomes: list[Outcome], genuine: bool) -> str:
    """The decisions of one side (people or unwanted), one line each, untruncated."""
    return "\n".join(
        f"{o.persona.key}: {o.verdict} {o.bot_score} {list(o.reasons)}"
        for o in outcomes
        if o.persona.genuine == genuine
    )


@pytest.mark.parametrize("platform", _PLATFORMS)
def test_run_once_recommends_the_genuine_people(platform: str, tmp_path: Path) -> None:
    outcomes = _outcomes(platform, tmp_path)
    people = tally(outcomes)["people"]
    assert people["none"] == 0, _detail(outcomes, True)
    assert people["review"] <= 0.15, _detail(outcomes, True)
    assert people["skip"] == 0, _detail(outcomes, True)


@pytest.mark.parametrize("platform", _PLATFORMS)
def test_run_once_screens_out_the_unwanted(platform: str, tmp_path: Path) -> None:
    outcomes = _outcomes(platform, tmp_path)
    unwanted = tally(outcomes)["unwanted"]
    assert unwanted["none"] == 0, _detail(outcomes, False)
    assert unwanted["follow"] == 0, _detail(outcomes, False)
    assert unwanted["skip"] >= 0.8, _detail(outcomes, False)


@pytest.mark.bluesky
def test_run_once_screens_out_every_bought_follower_on_bluesky(tmp_path: Path) -> None:
    # Bluesky shows counts, so a bought follower (follows 20 or more, never posted, no bio)
    # is screened out however it was dressed: bare, an avatar only, a stock first name or
    # a handle-like name (faceless_follower; model 3 left the named ones in "needs a look").
    outcomes = _outcomes("bluesky", tmp_path)
    bought = [o for o in outcomes if o.persona.kind == "bought"]
    assert len(bought) >= 6
    assert all(o.verdict == "skip" for o in bought), _detail(outcomes, False)


@pytest.mark.parametrize("platform", _PLATFORMS)
def test_run_once_on_the_varied_followers(platform: str, tmp_path: Path) -> None:
    # Behaviour first (tests/platform_population_varied.py). Targets: at most 15% of the
    # people in "needs a look"; no spam recommended, including dating spam without the
    # usual spam words (its come-on, then its posts: a link to one site in every one) and
    # link droppers; no reposting-only bought follower recommended (on snac, which lists
    # nobody's boosts, one that shows at most a name or a photo). Not asserted, because no
    # field tells them apart on snac (model card): a bought follower with a name and a
    # photo and no bio, never posted or reposting only, is recommended there.
    outcomes = _outcomes(platform, tmp_path, "varied")
    people = tally(outcomes)["people"]
    assert people["none"] == 0, _detail(outcomes, True)
    # No person is screened out (model 5 screened out, on snac, a lurker showing only a
    # first name). On snac she now waits in "needs a look" with the replier who shows
    # nothing: 2 of these 12 people, above the 15% target (model card, "Model 6"), which
    # holds where follows are shown. Since session 14 a third waits there too: the lurker
    # with a name, a bio and a photo who never posted, which is what a dressed bought
    # follower shows on a server that hides whom it follows (recent.dressed_silence; the
    # price measured in bench/RESULTS.md).
    assert people["skip"] == 0, _detail(outcomes, True)
    assert people["review"] <= (0.15 if platform == "bluesky" else 3 / 12), _detail(outcomes, True)
    if platform == "mastodon":  # ... and no such dressed bought follower is recommended
        dressed = [
            o
            for o in outcomes
            if o.persona.kind == "bought"
            and not o.persona.posts
            and o.persona.bio
            and o.persona.avatar
        ]
        assert dressed and all(o.verdict != "follow" for o in dressed), _detail(outcomes, False)
    spam = [o for o in outcomes if o.persona.kind == "spam"]
    assert len(spam) == 3 and all(o.verdict != "follow" for o in spam), _detail(outcomes, False)
    reposters = [
        o
        for o in outcomes
        if o.persona.kind == "bought"
        and o.persona.posts
        and (platform == "bluesky" or not (o.persona.display_name and o.persona.avatar))
    ]
    assert reposters and all(o.verdict != "follow" for o in reposters), _detail(outcomes, False)


@pytest.mark.mastodon
def test_run_once_recommends_a_named_lurker_with_a_photo_on_snac(tmp_path: Path) -> None:
    # snac hides whom anyone follows: a person with a name and a photo who never posted
    # waited in "needs a look" (model 4: read as following and doing nothing else).
    outcomes = _outcomes("mastodon", tmp_path, "varied")
    lurker = next(o for o in outcomes if o.persona.key == "v-sparse-0")
    assert lurker.persona.display_name and lurker.persona.avatar and not lurker.persona.posts
    assert lurker.verdict == "follow", _detail(outcomes, True)


@pytest.mark.parametrize("platform", _PLATFORMS)
def test_run_once_screens_out_fake_support_desks_and_not_support_workers(
    platform: str, tmp_path: Path
) -> None:
    # tests/platform_population_desks.py: complete, person-like profiles that call
    # themselves the brand's (or anyone's) help desk and invite DMs about orders, refunds
    # or wallets were recommended by model 5 on both servers. A desk is never recommended,
    # and one bearing the brand's name is screened out, with the plain reason; people who
    # work in support, care or customer success, and a fan of the brand, are recommended.
    outcomes = _outcomes(platform, tmp_path, "desks")
    fakes = [o for o in outcomes if o.persona.kind == "spam"]
    assert len(fakes) == 4 and all(o.verdict != "follow" for o in fakes), _detail(outcomes, False)
    named = [o for o in fakes if "Evalbrand" in o.persona.for_brand("Evalbrand").display_name]
    assert named and all(o.verdict == "skip" for o in named), _detail(outcomes, False)
    assert all(
        any("calls itself a support desk and is not the brand" in r for r in o.reasons)
        for o in named
    ), _detail(outcomes, False)
    workers = [o for o in outcomes if o.persona.kind == "person_complete"]
    assert workers and all(o.verdict == "follow" for o in workers), _detail(outcomes, True)


@pytest.mark.parametrize("platform", _PLATFORMS)
def test_run_once_sends_quiet_people_to_a_look_at_worst(platform: str, tmp_path: Path) -> None:
    # A first name only and never posted, or a first name and a few reposts: on snac, which
    # lists neither follows nor boosts, model 5 screened them out as bought followers. A
    # person screened out is the worse mistake: they wait in "needs a look" at worst,
    # while a bought follower showing only a stock first name is still not recommended.
    outcomes = _outcomes(platform, tmp_path, "desks")
    quiet = [o for o in outcomes if o.persona.kind == "person_sparse"]
    assert quiet and all(o.verdict != "skip" for o in quiet), _detail(outcomes, True)
    bought = [o for o in outcomes if o.persona.kind == "bought"]
    assert bought and all(o.verdict != "follow" for o in bought), _detail(outcomes, False)
