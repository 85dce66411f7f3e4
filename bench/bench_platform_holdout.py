"""Screening on the platforms, held-out populations: the hand-written followers of
``tests/platform_population_holdout.py`` (``--set a``, the default) or
``tests/platform_population_holdout_b.py`` (``--set b``) or
``tests/platform_population_holdout_c.py`` (``--set c``) or
``tests/platform_population_holdout_d.py`` (``--set d``) or
``tests/platform_population_holdout_e.py`` (``--set e``) or
``tests/platform_population_holdout_f.py`` (``--set f``) or
``tests/platform_population_holdout_g.py`` (``--set g``) or
``tests/platform_population_holdout_h.py`` (``--set h``) or
``tests/platform_population_holdout_i.py`` (``--set i``) or
``tests/platform_population_holdout_j.py`` (``--set j``) or
``tests/platform_population_holdout_k.py`` (``--set k``) through ``..._p.py``
(``--set p``), each written before any model scored it and never used to choose anything,
on the local AT Protocol network and snac2, screened by ``followback run --once``, with
the plain baseline of ``bench_platform_eval.py`` on the same stored profiles in the same
run.

    set -a; source <servers>/bluesky.env; source <servers>/mastodon.env; set +a
    FOLLOWBACK_SERVERS_DIR=<servers> .venv/bin/python bench/bench_platform_holdout.py \
        [--set a|b|...|p] [--write]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_platform_eval import _baseline_tally, _row  # noqa: E402
from common import record_result  # noqa: E402

from platform_eval import available, evaluate, tally  # noqa: E402
from platform_population import Persona  # noqa: E402
from platform_population_holdout import holdout  # noqa: E402
from platform_population_holdout_b import holdout_b  # noqa: E402
from platform_population_holdout_c import holdout_c  # noqa: E402
from platform_population_holdout_d import holdout_d  # noqa: E402
from platform_population_holdout_e import holdout_e  # noqa: E402
from platform_population_holdout_f import holdout_f  # noqa: E402
from platform_population_holdout_g import holdout_g  # noqa: E402
from platform_population_holdout_h import holdout_h  # noqa: E402
from platform_population_holdout_i import holdout_i  # noqa: E402
from platform_population_holdout_j import holdout_j  # noqa: E402
from platform_population_holdout_k import holdout_k  # noqa: E402
from platform_population_holdout_l import holdout_l  # noqa: E402
from platform_population_holdout_m import holdout_m  # noqa: E402
from platform_population_holdout_n import holdout_n  # noqa: E402
from platform_population_holdout_o import holdout_o  # noqa: E402
from platform_population_holdout_p import holdout_p  # noqa: E402
from platform_population_holdout_q import holdout_q  # noqa: E402
from platform_population_holdout_r import holdout_r  # noqa: E402
from platform_population_holdout_s import holdout_s  # noqa: E402
from platform_population_holdout_t import holdout_t  # noqa: E402
from platform_population_holdout_u import holdout_u  # noqa: E402
from platform_population_holdout_v import holdout_v  # noqa: E402
from platform_population_holdout_w import holdout_w  # noqa: E402
from platform_population_holdout_x import holdout_x  # noqa: E402

HEADER = (
    "| platform | generator | followers | n | recommended | needs a look | screened out "
    "| baseline: recommended | baseline: needs a look | baseline: screened out |",
    "|---|---|---|---|---|---|---|---|---|---|",
)
GROUPS = ("people", "person_complete", "person_sparse", "unwanted", "bought", "spam",
          "bot_declared", "values_clash")  # fmt: skip


SETS = {
    "a": (holdout, "holdout"),
    "b": (holdout_b, "holdout_b"),
    "c": (holdout_c, "holdout_c"),
    "d": (holdout_d, "holdout_d"),
    "e": (holdout_e, "holdout_e"),
    "f": (holdout_f, "holdout_f"),
    "g": (holdout_g, "holdout_g"),
    "h": (holdout_h, "holdout_h"),
    "i": (holdout_i, "holdout_i"),
    "j": (holdout_j, "holdout_j"),
    "k": (holdout_k, "holdout_k"),
    "l": (holdout_l, "holdout_l"),
    "m": (holdout_m, "holdout_m"),
    "n": (holdout_n, "holdout_n"),
    "o": (holdout_o, "holdout_o"),
    "p": (holdout_p, "holdout_p"),
    "q": (holdout_q, "holdout_q"),
    "r": (holdout_r, "holdout_r"),
    "s": (holdout_s, "holdout_s"),
    "t": (holdout_t, "holdout_t"),
    "u": (holdout_u, "holdout_u"),
    "v": (holdout_v, "holdout_v"),
    "w": (holdout_w, "holdout_w"),
    "x": (holdout_x, "holdout_x"),
}


def run(
    platforms: tuple[str, ...], fillers: int, seed: int, which: str = "a"
) -> tuple[list[str], list[str]]:
    """Table rows and notes (misjudged accounts by name, with their reasons)."""
    make, name = SETS[which]
    personas: list[Persona] = make()
    rows: list[str] = []
    notes: list[str] = []
    for platform in platforms:
        if not available(platform):
            notes.append(f"{platform}: local server not configured, not measured")
            continue
        t0 = time.time()
        with tempfile.TemporaryDirectory() as tmp:
            outcomes, info = evaluate(platform, personas, Path(tmp), seed=seed, fillers=fillers)
        ours, base = tally(outcomes), _baseline_tally(outcomes)
        rows += [_row(platform, name, g, ours[g], base[g]) for g in GROUPS if g in ours]
        decide = info.get("decide", {})
        calls, n = int(decide.get("recent_calls", 0)), len(outcomes)
        notes.append(
            f"{platform}: {n} followers, model {decide.get('model_version', '?')}, "
            f"recent-post reads {calls} calls ({1000 * calls / max(n, 1):.0f} per 1,000 "
            f"followers; {decide.get('recent_recommended_sampled', 0)} of them recommended "
            f"on a complete profile), {time.time() - t0:.0f}s"
        )
        for o in outcomes:
            wrong = (o.persona.genuine and o.verdict != "follow") or (
                not o.persona.genuine and o.verdict == "follow"
            )
            if wrong:
                notes.append(
                    f"{platform}: {o.persona.key} ({o.persona.kind}) -> {o.verdict}, "
                    f"score {o.bot_score if o.bot_score is None else round(o.bot_score, 3)}: "
                    + "; ".join(o.reasons[:4])
                )
        print("\n".join(rows[-len(GROUPS) :]), file=sys.stderr, flush=True)
    return rows, notes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--platforms", default="bluesky,mastodon")
    ap.add_argument("--fillers", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--set", dest="which", choices=sorted(SETS), default="a")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    rows, notes = run(tuple(args.platforms.split(",")), args.fillers, args.seed, args.which)
    table = "\n".join([*HEADER, *rows])
    print(table)
    print("\n".join(f"- {n}" for n in notes))
    if args.write:
        _write(table, notes, args)
    return 0


# What each set's section says besides its table: its title, and the sentences after the
# command (which followers, when they were written, their first scores).
ABOUT = {
    "a": (
        "Screening on the platforms, held-out followers",
        "The followers are `tests/platform_population_holdout.py` (28 hand-written accounts, "
        "written on 2026-11-30 while `screening-3.345d169e` shipped; nothing was chosen on "
        "them: model 4 was built at the same time on other populations, model 5 on other "
        "populations after their model-4 shares were read). Model 4 (`screening-4.e91fd132`; "
        "model 3 the same): people recommended / needs a look / unwanted recommended 94% / "
        "6% / 17% on Bluesky and 75% / 25% / 25% on snac2; plain baseline 56% / 38% / 33%. "
        "Since model 5's commit the population's reposts are made as real reposts (before, "
        "as plain posts with the repost's text).",
    ),
    "b": (
        "Screening on the platforms, second held-out followers",
        "The followers are `tests/platform_population_holdout_b.py` (30 hand-written "
        "accounts: 18 people, 10 of them complete and 8 sparse, and 12 unwanted), written in "
        "session 6 while `screening-4.e91fd132` shipped, before any model scored them; "
        "nothing was chosen on them. First scored with `screening-4.e91fd132` "
        "(14:18 UTC): people recommended / needs a look / screened out 94% / 6% / 0% on "
        "Bluesky and 78% / 17% / 6% on snac2, unwanted recommended 33% and 42% (plain "
        "baseline: people 61% / 39% / 0%, unwanted recommended 50%, on both).",
    ),
    "c": (
        "Screening on the platforms, third held-out followers",
        "The followers are `tests/platform_population_holdout_c.py` (30 hand-written "
        "accounts: 18 people, 10 of them complete (three of them organisations) and 8 sparse, "
        "and 12 unwanted), written in session 7 while `screening-5.e4351a4d` shipped, before "
        "any model scored them. First scored with `screening-5.e4351a4d` (17:33 UTC): people "
        "recommended / needs a look / screened out 83% / 11% / 6% on Bluesky and 78% / 17% / "
        "6% on snac2, unwanted recommended 25% and 50% (plain baseline: people 56% / 44% / "
        "0%, unwanted recommended 67%, on both). That run's misses were then described in "
        "general terms to the session's screening helper (complete profiles that sell only "
        "in their posts get no second look; quiet snac followers), so later runs are not a "
        "clean test.",
    ),
    "d": (
        "Screening on the platforms, fourth held-out followers",
        "The followers are `tests/platform_population_holdout_d.py` (30 hand-written "
        "accounts: 18 people, 12 of them complete (a radio presenter, a bakery and a band "
        "that link their own site in every post, a student sharing papers, a firefighter "
        "who mostly reposts, a teacher who mostly replies) and 6 sparse, and 12 unwanted, "
        "six of them complete profiles that sell only in their posts), written in session 8 "
        "while `screening-6.630e8a63` shipped and before the second look at complete-looking "
        "followers landed, before any model scored them; nothing was chosen on them.",
    ),
    "e": (
        "Screening on the platforms, fifth held-out followers",
        "The followers are `tests/platform_population_holdout_e.py` (24 hand-written "
        "accounts: 12 people, 9 of them sparse and mostly writing (replies in Spanish and "
        "Portuguese, a first post, a nurse who only replies) and 12 unwanted, several of "
        "them writing without selling (a generic replier, a 'gm' farm, a quote account, a "
        "bought follower's one hello)), written in session 9 after the session's 'own words "
        "show a person' rule and before any model or rule scored them. First scored "
        "(00:22 UTC, `screening-6.630e8a63` with the own-words rule): people recommended / "
        "needs a look / screened out 92% / 8% / 0% on Bluesky and 75% / 25% / 0% on snac2, "
        "unwanted recommended 33% and 42% (plain baseline: people 25% / 67% / 8%, unwanted "
        "recommended 25%, on both); the model itself recommended a generic praise replier, "
        "a fund-recovery scammer, a 'gm' farm and a bought follower's one hello at "
        "0.05-0.10. The stock-praise and fund-recovery rules were then written for the "
        "first two kinds, so later runs are not a clean test of them.",
    ),
    "f": (
        "Screening on the platforms, sixth held-out followers",
        "The followers are `tests/platform_population_holdout_f.py` (30 hand-written "
        "accounts: 18 people, 10 complete and 8 sparse, writing in Turkish, Japanese, "
        "Swahili, French, Ukrainian, Indonesian, Polish and English (a library, a bakery and "
        "a running club among them); 5 bought followers, 4 spam, a declared bot and 2 values "
        "clashes), written in session 11 (2026-12-01) by a helper that read none of the "
        "screening code, committed (82a0b79) before anything scored them. First scored "
        "(06:06 UTC, `screening-6.630e8a63` with the rules of session 10): people "
        "recommended / needs a look / screened out 94% / 0% / 6% on Bluesky and 94% / 6% / "
        "0% on snac2, unwanted recommended 0% and 50% (plain baseline: people 56% / 39% / "
        "6%, unwanted recommended 50%, on both). The person screened out on Bluesky (only a "
        "bio, following 40, never posted) prompted `screening-6.9dbfe1ed` (a silent follower "
        "from 200 follows, not 20), so later runs are not a clean test of that change.",
    ),
    "g": (
        "Screening on the platforms, seventh held-out followers",
        "The followers are `tests/platform_population_holdout_g.py` (32 hand-written "
        "accounts: 20 people, 10 complete and 10 sparse, writing in Vietnamese, Greek, Hindi, "
        "Dutch, Arabic, Spanish, Korean, Finnish, Yoruba-English and Portuguese (a pho shop, "
        "a community garden and a tailor among them); 4 bought followers, 5 spam, a declared "
        "bot and 2 values clashes), written in session 12 (2026-12-01) by a helper that read "
        "none of the screening code, committed (73a462e) before anything scored them. First "
        "scored (09:31-09:36 UTC, `screening-6.92f337e0` with the rules of session 11): "
        "people recommended / needs a look / screened out 60% / 40% / 0% on Bluesky and "
        "70% / 25% / 5% on snac2, unwanted recommended 0% and 42% (plain baseline: people "
        "50% / 45% / 5%, unwanted recommended 67%, on both). On Bluesky two complete people "
        "following 431 and 541 (followed by 28 on the small network) scored 0.36 and 0.42 "
        "and six sparse ones 0.37-0.74; on snac2 an SEO agency, a job scam and an essay "
        "mill with complete profiles were recommended although their posts sold (1 of 2 "
        "each by the rules then), and a lurker showing nothing was screened out. The "
        "session's post rules (a reply that moves a stranger to a DM or Telegram, job-scam "
        "and service offers) were then written for the second kind, so later runs are not a "
        "clean test of them.",
    ),
    "h": (
        "Screening on the platforms, eighth held-out followers",
        "The followers are `tests/platform_population_holdout_h.py` (32 hand-written "
        "accounts: 20 people, 11 complete and 9 sparse; 4 bought followers, 5 spam, a "
        "declared bot and 2 values clashes), written in session 12 (2026-12-01) by a helper "
        "that read none of the screening code and was asked for followers in realistic "
        "proportions of its own choosing, committed (e1a0581) before anything scored them, "
        "after the session's second-look post rules were written. First scored (10:06-10:10 "
        "UTC, `screening-6.92f337e0` with those rules): people recommended / needs a look / "
        "screened out 80% / 20% / 0% on Bluesky and 85% / 15% / 0% on snac2, unwanted "
        "recommended 0% and 42% (plain baseline: people 55% / 45% / 0%, unwanted "
        "recommended 58%, on both). On Bluesky two complete people following 431 and 641 "
        "(followed by 28) scored 0.36 and 0.44, and two sparse ones 0.52-0.56; on snac2 "
        "three bought followers (a name and a photo, never posted or one greeting) and two "
        "spam accounts were recommended: an essay mill and an investment 'mentor' whose "
        "reply opens 'Hi dear, may we be friends?'. The essay-mill and romance-opener post "
        "rules were then written for those two, so later runs are not a clean test of them.",
    ),
    "i": (
        "Screening on the platforms, ninth held-out followers",
        "The followers are `tests/platform_population_holdout_i.py` (32 hand-written "
        "accounts for a Lyon bike co-operative: 20 people, 8 complete and 12 sparse; 4 "
        "bought followers, 5 spam, a declared bot and 2 values clashes), written in session "
        "13 (2026-12-01) by a helper that read none of the screening code, committed "
        "(591184f) before anything scored them. First scored (13:07-13:14 UTC, "
        "`screening-6.92f337e0` with session 12's rules): people recommended / needs a "
        "look / screened out 70% / 30% / 0% on Bluesky and 85% / 15% / 0% on snac2, "
        "unwanted recommended 8% and 58% (plain baseline: people 40% / 60% / 0%, unwanted "
        "recommended 58%, on both). On Bluesky two complete people who write (following 421 "
        "and 521, followed by 28) scored 0.36 and 0.42 and waited for a look, and a fake "
        "giveaway using the brand's name was recommended; on snac2 three bought followers "
        "(a name and a photo, never posted or one hello) and four spam accounts with "
        "complete profiles whose replies sell (replica sunglasses, a fake giveaway, a loan, "
        "follower growth) were recommended. The three-posts rule for followers who follow "
        "many (session 13) was written before this set was scored: with it alone Bluesky's "
        "people recommended went to 80% (the two who write). The session's post rules (a "
        "fake prize, a private lender, growth flattery, sale talk, a long reply said twice) "
        "were then written after reading this set's spam, so later runs are not a clean "
        "test of them; with them snac2's unwanted recommended fell to 25% (13:15-13:20 "
        "UTC; the three bought followers remain). Session 14 then let an account's own site "
        "spell some of its name's words (written for this set's cycling club, whose "
        "shortened handle hid its site `cyclomontsdor.example`): Bluesky's people "
        "recommended went to 85%.",
    ),
    "j": (
        "Screening on the platforms, tenth held-out followers",
        "The followers are `tests/platform_population_holdout_j.py` (30 hand-written "
        "accounts for a Montreal indie game studio: 16 people, 9 complete and 7 sparse; 4 "
        "bought followers, 7 spam, a declared bot and 2 values clashes), written in session "
        "13 (2026-12-01) by a helper that read none of the screening code, committed "
        "(8c840e8) before anything scored them, after session 13's rules were written (the "
        "session wrote the set's brief, which named the kinds of spam, among them a fake "
        "giveaway and a growth service like set i's). First scored (13:20-13:25 UTC, "
        "`screening-6.92f337e0` with session 12's rules): people recommended / needs a "
        "look / screened out 75% / 25% / 0% on Bluesky and 88% / 12% / 0% on snac2, "
        "unwanted recommended 7% and 36% (plain baseline: people 62% / 38% / 0%, unwanted "
        "recommended 71%, on both). First run with session 13's rules (13:25-13:30 UTC): "
        "81% / 19% / 0% and 88% / 12% / 0%, unwanted recommended 14% and 36%: one more "
        "complete person who writes and follows 781 was recommended on Bluesky, and so was "
        "a play-to-earn promoter following 2,101 (followed by 10) on three posts the lists "
        "do not know. The bound that no posts clear a follower following 1,000 or more "
        "while few follow back was then written for it, and post rules for a platform "
        "impersonator's threat and a play-to-earn pitch after reading this set's spam, so "
        "later runs are not a clean test of them. With the bound alone (13:30-13:36 UTC): "
        "81% / 19% / 0% and 88% / 12% / 0%, unwanted recommended 7% and 36%. Session 14's "
        "rules were then written for this set's misses (promotion words such as 'link "
        "below' cleared by three posts of its own, for a streamer and an indie developer; a "
        "bio and a post that both sell, for a game-gold shop): Bluesky's people recommended "
        "went to 94%, snac2's unwanted recommended to 14%.",
    ),
    "k": (
        "Screening on the platforms, eleventh held-out followers",
        "The followers are `tests/platform_population_holdout_k.py` (33 hand-written "
        "accounts for the public library network of Nairobi: 20 people, 11 complete and 9 "
        "sparse; 3 bought followers, 7 spam, a declared bot and 2 values clashes), written "
        "in session 14 (2026-12-01) by a helper that read none of the screening code and "
        "chose the kinds of spam itself, committed (dab9cc8) before anything scored them. "
        "First scored (16:15-16:21 UTC, `screening-6.92f337e0` with session 14's first rules, "
        "written before the set: promotion words cleared by three posts, a bio and a post "
        "that both sell, hard selling on the account's own site, own site spelled by the "
        "name's words): people recommended / needs a look / screened out 70% / 25% / 5% on "
        "Bluesky and 80% / 15% / 5% on snac2, unwanted recommended 0% and 31% (plain "
        "baseline: people 55% / 40% / 5%, unwanted recommended 85%, on both). On Bluesky a "
        "newcomer with a name and a photo following 480, whose one post is a repost, was "
        "screened out (0.84; no rule was written for it: generated bought followers look "
        "the same), and five sparse people waited; on snac2 a bought follower dressed with "
        "a stock name, bio and photo, a dressed bought follower replying stock praise, a "
        "betting tipster and a book-promotion scam were recommended. The session's rule for "
        "a complete profile that never posted where follows are hidden, written before the "
        "set was scored (after reading only its opening description), then sent the first "
        "of them to a look (snac2 unwanted recommended 23%, 16:22-16:24 UTC); rules for "
        "emoji-only stock praise and a tipster's lines were written after reading this "
        "set's spam, so later runs are not a clean test of them.",
    ),
    "l": (
        "Screening on the platforms, twelfth held-out followers",
        "The followers are `tests/platform_population_holdout_l.py` (34 hand-written "
        "accounts for a ferry, express-boat and bus operator on the Helgeland coast of "
        "Norway, posting in Norwegian and English: 20 people, 12 complete and 8 sparse, "
        "writing Norwegian, nynorsk dialect, Polish, Ukrainian, Tagalog, German and English; "
        "4 bought followers, 7 spam (a fake refund desk under the brand's name asking for "
        "card numbers, a travel blog pushing casinos, a crypto-income 'mum', a holiday "
        "cottage wanting a Western Union deposit, a romance scammer, a follower seller, a "
        "parcel-fee phisher), a declared bot and 2 values clashes, one of them said only in "
        "a post), written in session 15 (2026-12-01) by a helper that read none of the "
        "screening code and chose the kinds of spam itself, committed (16cc710) before "
        "anything scored them. First scored (19:19-19:25 UTC, `screening-6.92f337e0` with "
        "session 14's rules): people recommended / needs a look / screened out 70% / 25% / "
        "5% on Bluesky and 85% / 10% / 5% on snac2, unwanted recommended 14% and 43% (plain "
        "baseline: people 60% / 35% / 5%, unwanted recommended 86%, on both). On snac2 five "
        "spam accounts writing Norwegian were recommended (the refund desk, the casino blog, "
        "the crypto 'mum', the cottage, the parcel phisher), on both platforms the values "
        "clash said in a post, and on Bluesky the refund desk. Session 15's rules were then "
        "written after reading them (post lines asking for a card's number or code, payment "
        "by money transfer or gift card, the parcel text scam, casinos' free spins, "
        "'link in bio' and 'extra income' in more languages, the brand's values rules on "
        "the posts a second look read), so later runs are not a clean test of them; no "
        "genuine account's post or bio in sets a-l, the four generators or the lookalikes "
        "matches the new lines.",
    ),
    "m": (
        "Screening on the platforms, thirteenth held-out followers",
        "The followers are `tests/platform_population_holdout_m.py` (34 hand-written "
        "accounts for a bean-to-bar chocolate maker in Oaxaca, posting mostly in Spanish: 20 "
        "people, 12 complete and 8 sparse; 3 bought followers, 8 spam (a fake giveaway under "
        "the brand's name asking for shipping and card details, a parcel-fee notice, a loan "
        "app, a task-job recruiter, Guelaguetza ticket resale paid up front, a ceremonial "
        "cacao that 'cures diabetes', a crypto-mentor 'mother', a romance scammer), a "
        "declared bot and 2 values clashes, one said only in a post), written in session 15 "
        "(2026-12-01) by a helper that read none of the screening code and chose the kinds "
        "of spam itself, committed (275ed54) after all of session 15's screening rules and "
        "before anything scored it. The table is its first scoring, a clean test of those "
        "rules: on snac2 five unwanted followers were recommended (a dressed bought "
        "follower replying stock praise in Spanish, the parcel-fee notice, the loan app, "
        "the ticket resale, the cacao 'cure'). Rules were then written after reading them "
        "(a payment asked through a link, a request to update payment details, a deposit "
        "at a convenience store, loans offered in Spanish and Portuguese, a cure claimed "
        "for a disease, stock praise in five more languages), so later runs are not a "
        "clean test of them: re-run (19:54-20:01 UTC, without --write), Bluesky "
        "unchanged, snac2 people unchanged and unwanted recommended 36% -> 7% (the cacao "
        "'cure' remains: the second look read two of its three posts, and neither sold).",
    ),
    "n": (
        "Screening on the platforms, fourteenth held-out followers",
        "The followers are `tests/platform_population_holdout_n.py` (35 hand-written "
        "accounts for a family çini workshop in Kütahya, Turkey, mostly in Turkish: 20 "
        "people, 11 complete and 9 sparse; 3 bought followers, 9 spam (a refund desk and a "
        "New Year giveaway under the brand's name, a stock-tips 'economist', a task-job "
        "recruiter, a loan broker, a copyright-notice phisher asking for an SMS code, a "
        "betting-bonus list, a 'professor' selling joint cream, a romance scammer), a "
        "declared bot and 2 values clashes, one said only in a post), written in session 15 "
        "(2026-12-01) by a helper that read none of the screening code and chose the kinds "
        "of spam itself, committed after all of session 15's screening rules (those written "
        "on sets l and m) and before anything scored it. The table is its first scoring: a "
        "clean test of those rules."
        " Then, written after reading it, a name that starts with the brand's (its refund "
        "desk and giveaway under the brand's name, in Turkish) was sent to a look: re-run "
        "(20:17-20:24 UTC, without --write), people unchanged on both, unwanted "
        "recommended 13% -> 7% on Bluesky and 60% -> 47% on snac2, where a bought "
        "follower replying stock praise in Turkish, a stock-tips 'economist', a task-job "
        "recruiter, a loan broker, a copyright phisher asking for an SMS code, a "
        "joint-cream seller and a romance scammer, all writing Turkish, are still "
        "recommended: no line reads their language, and no rule was written for it.",
    ),
    "o": (
        "Screening on the platforms, fifteenth held-out followers",
        "The followers are `tests/platform_population_holdout_o.py` (35 hand-written "
        "accounts for a batik workshop in Yogyakarta, Indonesia, mostly in Indonesian: 20 "
        "people, 11 complete and 9 sparse; 4 bought followers, 8 spam (a slot-gambling "
        "link list, an illegal cash-loan app, a fake support desk under the brand's name "
        "asking for the OTP, a fake brand giveaway charging a fee, a like-and-earn task "
        "job, a forex and gold signals group, a herbal diabetes cure, followers for sale), "
        "a declared earthquake bot and 2 values clashes, one said only in a post), written "
        "in session 16 (2026-12-01) by a helper that read none of the screening code and "
        "chose the kinds of spam itself, committed (7562094) before anything scored it. "
        "First scored with session 15's rules (21:58-22:05 UTC, without --write): people "
        "recommended / needs a look / screened out 80% / 15% / 5% on both, unwanted "
        "recommended 0% on Bluesky and 33% on snac2 (a bought follower replying stock "
        "praise in Indonesian, the slot list, the loan app, the cure seller and the "
        "followers seller); plain baseline people 55% / 40% / 5%, unwanted recommended "
        "80%. Then with session 16's redirect rule, written before this set was scored "
        "(posts that send readers to a bio, DMs or a messaging app, in any language; "
        "22:05-22:12 UTC, a clean test): people unchanged, snac2 unwanted recommended "
        "33% -> 27% (the slot list). A phone number was then added to the redirect marks "
        "after reading the misses (the loan app, the cure seller and the followers "
        "seller each give a WhatsApp number), so the table below, made with all of "
        "session 16's rules, is not a clean test of that mark.",
    ),
    "p": (
        "Screening on the platforms, sixteenth held-out followers",
        "The followers are `tests/platform_population_holdout_p.py` (35 hand-written "
        "accounts for a family bakery chain in Cebu City, the Philippines, in Cebuano, "
        "Tagalog, Taglish and English: 20 people, 11 complete and 9 sparse; 4 bought "
        "followers, 8 spam (an e-sabong and casino 'free 100' list, a lending app that "
        "harasses borrowers' contacts, a fake e-wallet help desk asking for the MPIN and "
        "OTP, a fake brand anniversary giveaway charging a delivery fee, a like-and-earn "
        "task job, a crypto pump group, a whitening and slimming reseller, a romance "
        "scammer), a declared typhoon-signal bot and 2 values clashes, one said only in a "
        "post), written in session 16 (2026-12-01) by a helper that read none of the "
        "screening code and chose the kinds of spam itself, committed (8474059) before "
        "anything scored it. First scored with session 15's rules (22:12-22:18 UTC, "
        "without --write): people recommended / needs a look / screened out 65% / 30% / 5% "
        "on Bluesky and 70% / 25% / 5% on snac2, unwanted recommended 0% and 13% (a bought "
        "follower with a name and a photo only, and one replying 'Lami! 😍', 'Nice po', "
        "'Wow 👏'); plain baseline people 55% / 40% / 5%, unwanted recommended 80%. Then "
        "with session 16's redirect rule and second look at followers screened out on "
        "counts, both written before this set was scored (22:18-22:24 UTC, a clean test): "
        "Bluesky people 65% / 35% / 0% (the newcomer following 531 with one repost waits "
        "for a person instead of being screened out), snac2 unchanged, unwanted "
        "recommended unchanged. After reading that run, 'dating' (a Cebuano nurse's "
        "'Dating ni kuya rider', the rider arrives) and 'giveaways' (a wedding planner's "
        "favours) were made promotion instead of what no person posts in a post: each had "
        "sent a nurse or a planner to a look, so the table below, made with all of "
        "session 16's rules, is not a clean test of that change.",
    ),
    "q": (
        "Screening on the platforms, seventeenth held-out followers",
        "The followers are `tests/platform_population_holdout_q.py` (35 hand-written "
        "accounts for a women's argan cooperative near Tamanar, Morocco, in Arabic, French, "
        "Darija, Tashelhit (Latin letters and Tifinagh), English, Dutch and Spanish: 20 "
        "people, 11 complete and 9 sparse; 4 bought followers, 8 spam (a fake parcel "
        "tracker charging a customs fee, a seasonal-work recruiter charging a file fee, a "
        "cut-price argan reseller pitching in replies, a friendly Gulf 'importer' asking a "
        "registration fee, a lifestyle account with a betting promo code in some posts, a "
        "football fan selling IPTV in some posts, a romance scammer, a cut-price pilgrimage "
        "asking a deposit), a declared prayer-times bot and 2 values clashes, one said only "
        "in a post), written in session 17 (2026-12-02) by a helper that read none of the "
        "screening code and chose the kinds of spam itself, committed (9d1e470; one "
        "343-character post split in two in 74831c6, as Bluesky holds 300) before anything "
        "scored it. No screening code changed in session 17, so the table below is its "
        "first score, a clean test of every earlier rule (the same figures as the first "
        "run, 00:58-01:06 UTC): snac2 recommends six of the eight spam accounts, whose "
        "scams are in local words no list knows and which follow 740-2,400 accounts that "
        "snac2 does not show; Bluesky sends all eight to a look.",
    ),
    "r": (
        "Screening on the platforms, eighteenth held-out followers",
        "The followers are `tests/platform_population_holdout_r.py` (35 hand-written "
        "accounts for a fan-owned community football club in Belém, Brazil, mostly in "
        "Portuguese with some English, Spanish, German and Japanese: 20 people, 11 "
        "complete and 9 sparse; 4 bought followers (bare, a name and a photo, a stock "
        "'Gratidão' bio, one that only reposts), 8 spam (a slots influencer with a promo "
        "code in one post, a fake Correios tracker asking an import tax by Pix, a "
        "product-review task scam, a 'clean your name' credit-repair service, a fake shirt "
        "store, a fan selling a crypto 'robot' in one post, a 'forgotten money' lookup "
        "fishing for ID numbers, a seized-vehicle auction asking a deposit), a declared "
        "tide-table bot and 2 values clashes, one said only in a post), written in session "
        "18 (2026-12-02) by a helper that read none of the screening code and chose the "
        "kinds of spam itself, committed (d8cf5c2) before anything scored it. First scored "
        "(04:24-04:28 UTC, without --write) with session 18's reader rule (a named "
        "reposter of several accounts following fewer than 200 is recommended), written "
        "before this set was scored, so a clean test of every rule to then: people "
        "recommended / needs a look / screened out 85% / 0% / 15% on Bluesky and 80% / 15% / "
        "5% on snac2, unwanted recommended 7% and 27% (plain baseline: people 65% / 30% / "
        "5%, unwanted recommended 80%, on both). On Bluesky three people were screened out: "
        "a fan following 1,451 who never posts, a sports shop following 301 that only "
        "reposts, and an account with nothing at all; the credit-repair service was "
        "recommended on three posts of its own. On snac2 the bought follower with a name and "
        "a photo, the slots influencer, the credit-repair service and the crypto fan were "
        "recommended. Then, after reading that run, Brazilian scam lines were written (the "
        "slot scam's 'tigrinho', a first-deposit bonus, a daily return guaranteed, credit "
        "repair, a payroll loan 'released', 'call me on Direct'), and a named follower "
        "screened out whose read posts are all reposts was sent to a look as one screened "
        "out on counts alone is; the table below is made with those, so it is not a clean "
        "test of them.",
    ),
    "s": (
        "Screening on the platforms, nineteenth held-out followers",
        "The followers are `tests/platform_population_holdout_s.py` (36 hand-written "
        "accounts for an independent local newsroom in Đà Nẵng, Vietnam, mostly in "
        "Vietnamese with some English, Korean, Russian and French: 21 people, 11 complete "
        "and 10 sparse; 4 bought followers (bare with digits, a name and a photo, a stock "
        "bio, a dressed one that only reposts), 7 spam (a football-tips account with a "
        "casino link, a loan app pushed only in replies, a task-scam recruiter, a fake cheap "
        "tour taking deposits, a crypto signals group in one post, a fake lottery prize "
        "asking a shipping fee, a fake bank phishing with an SMS-style post), 2 declared "
        "bots and 2 values clashes, one said only in a post), written in session 19 "
        "(2026-12-02) by a helper that read none of the screening code and chose the kinds "
        "of spam itself, committed (f98cd75) before anything scored it. First scored "
        "(06:47-06:52 UTC, "
        "without --write) with session 18's code, a clean test of every rule to then: "
        "people recommended / needs a look / screened out 71% / 19% / 10% on Bluesky and "
        "76% / 19% / 5% on snac2, unwanted recommended 13% and 40% (plain baseline: people "
        "57% / 38% / 5%, unwanted recommended 73%, on both). On Bluesky a fake lottery "
        "prize and a fake bank support desk were recommended (each replies to strangers, in "
        "Vietnamese); on snac2 those two, a task-scam recruiter, a fake cheap tour, a "
        "crypto signals group in one post of four and the bought follower with a name and a "
        "photo. Then, after reading that run, one post that names a price and sends readers "
        "to DMs, a bio, a messaging app or a link was made a sale in private in any language "
        "(as a bio doing both already was), with more currencies and messaging apps, and a "
        "name or handle that calls the account a support desk in a language the model's "
        "desk list lacks (Vietnamese among some twenty) waits for a person, and a prize won "
        "and a fee to pay for it in one post is what no person posts (in twelve languages); "
        "the table below is made with these, so it is not a clean test of them.",
    ),
    "t": (
        "Screening on the platforms, twentieth held-out followers",
        "The followers are `tests/platform_population_holdout_t.py` (36 hand-written "
        "accounts for a public city library network in Almaty, Kazakhstan, in Kazakh, "
        "Russian and English with some Latin-script Kazakh, Turkish, Korean and Uyghur: 21 "
        "people, 11 complete and 10 sparse; 4 bought followers (bare with digits following "
        "12, a name and a photo, a stock bio, a dressed one that only reposts), 7 spam (a "
        "betting tipster with a first-deposit bonus in its bio, a fake bank support desk "
        "phishing only in replies, a crypto signals pitch in one post of four, a fake cheap "
        "Issyk-Kul tour taking prepayment, a microloan pushed only in replies, a "
        "work-from-home task scam, a fake giveaway asking a delivery fee), 2 declared bots "
        "and 2 values clashes, one said only in a post), written in session 20 "
        "(2026-12-02) by a helper that read none of the screening code and chose the kinds "
        "of spam itself, committed (d5fdc26) before anything scored it. First scored "
        "(09:54-09:59 UTC, without --write) with session 19's code, a clean test of every "
        "rule to then: people recommended / needs a look / screened out 62% / 33% / 5% on "
        "Bluesky and 76% / 19% / 5% on snac2, unwanted recommended 13% and 47% (plain "
        "baseline: people 57% / 38% / 5%, unwanted recommended 67%, on both). Then with "
        "prices read in every larger market's currency (the tenge among them) and 'to "
        "private messages' or 'link' in fourteen more languages (Russian's 'в директ', "
        "'ссылка' among them), written before the set was read (10:00-10:07 UTC, also "
        "clean): people unchanged, unwanted recommended 7% on Bluesky and 33% on snac2. "
        "After reading those runs: an unsure follower with a name or a bio that has not "
        "posted and follows 1-99 is recommended as a newcomer (Bluesky's name-only, "
        "bio-only and reposting people waited for a person), one post naming a price and "
        "sending readers away is enough for a look whatever its share (the crypto pitch "
        "in one post of four), Kazakh 'to a private message' and 'link', and a "
        "first-deposit bonus in six more languages; the table below is made with these, "
        "so it is not a clean test of them.",
    ),
    "u": (
        "Screening on the platforms, twenty-first held-out followers",
        "The followers are `tests/platform_population_holdout_u.py` (36 hand-written "
        "accounts for a community radio station in Tbilisi, Georgia, in Georgian (script "
        "and Latin letters), Russian, English, Armenian and Azerbaijani: 21 people, 11 "
        "complete and 10 sparse; 4 bought followers (bare with digits, a name and a photo, "
        "a stock bio, a dressed one that only reposts, all following thousands), 7 spam (a "
        "wine tour taking half up front in its bio only, a flat deposit scam only in "
        "replies, a work-abroad visa agency, a fake listeners' lottery asking a fee in "
        "replies, a USDT arbitrage pitch in one post of four, an AI-art account selling "
        "followers, a 'verify or be suspended' phishing desk in replies), 2 declared bots "
        "and 2 values clashes, one said only in a post), written in session 21 "
        "(2026-12-02) by a helper that read none of the screening code and chose the kinds "
        "of spam itself, committed before anything scored it. "
        "First scored (12:53-12:59 UTC, without --write) with session 20's code "
        "(63c7374), a clean test of every rule to then: people recommended / needs a look"
        " / screened out 86% / 10% / 5% on Bluesky and 81% / 14% / 5% on snac2, unwanted "
        "recommended 7% and 27% (plain baseline: people 57% / 38% / 5%, unwanted "
        "recommended 67%, on both); recommended were the phishing desk (both servers), "
        "and on snac2 the wine tour, the visa agency and the name-and-photo bought "
        "follower. A bio that names a price with a bonus or a share and sends readers "
        "away (written after set t's tipster, before this set was read) and, after "
        "reading that run, a post that sets a deadline in hours and sends readers to a "
        "link (the phishing desk), Georgian and Armenian 'link' and 'profile' and the "
        "lari's ISO code: the table below is made with these, so it is not a clean test "
        "of the last three.",
    ),
    "v": (
        "Screening on the platforms, twenty-second held-out followers",
        "The followers are `tests/platform_population_holdout_v.py` (37 hand-written "
        "accounts for a women's professional football club in Bogotá, Colombia, in "
        "Colombian Spanish, English, Portuguese and Spanglish with Wayuunaiki and Nasa "
        "Yuwe words: 22 people, 12 complete and 10 sparse, among them a jersey-printing "
        "shop and an arepa stand with prices and WhatsApp orders in their bios; 4 bought "
        "followers (bare with digits, a name and a photo, a stock bio, a dressed one that "
        "only reposts, all following thousands), 7 spam (ticket resale for the final "
        "asking a transfer in its bio only, a loan shark only in replies, a fake trial "
        "for girls charging a registration fee, a USDT pyramid in one post of several, a "
        "fake club store with 70% off, adult bait only in replies, a fake sponsor "
        "giveaway asking for card details), 2 declared bots and 2 values clashes, one "
        "said only in a post), written in session 21 (2026-12-02) by a helper that read "
        "none of the screening code and chose the kinds of spam itself, committed before "
        "anything scored it. "
        "Scored once (13:34-13:40 UTC, with --write) with session 21's rules, before it "
        "was read: a clean test of every rule to then, the table below. People "
        "recommended / needs a look / screened out 82% / 9% / 9% on Bluesky and 73% / 23%"
        " / 5% on snac2, unwanted recommended 0% and 33% (plain baseline: people 64% / "
        "32% / 5%, unwanted recommended 73%). On both servers the jersey-printing shop "
        "(prices and WhatsApp orders in its bio, one reply quoting a price) waits for a "
        "person; on Bluesky a man with a name and a photo following 291 who never posted "
        "is screened out. On snac2 recommended: the bought follower with a name and a "
        "photo, the ticket reseller (a transfer by Nequi and WhatsApp in its bio, no "
        "price named), the fake trial for girls (a registration fee by Nequi or "
        "Daviplata), the USDT pyramid pitch (one post of four, no price in a currency) "
        "and the fake sponsor giveaway (card details at the profile's link 'within 1 "
        "hour', in one reply of two).",
    ),
    "w": (
        "Screening on the platforms, twenty-third held-out followers",
        "The followers are `tests/platform_population_holdout_w.py` (37 hand-written "
        "accounts for an independent bookshop-café in Busan, South Korea, in Korean with "
        "its internet slang and Busan dialect, English, Japanese and some Chinese: 22 "
        "people, 12 complete and 10 sparse, among them a bakery next door and a "
        "bookbinding workshop with prices and a link in their bios; 4 bought followers (bare"
        " with digits, a name and a photo, a stock bio, a dressed one that only reposts, "
        "all following thousands), 7 spam (a seller of Instagram followers in its bio "
        "only, illegal sports-betting tips in posts only, a side-job recruiter asking for a "
        "KakaoTalk ID in replies only, a crypto 'leading room' on Telegram in one post of "
        "four, parcel and customs smishing notices with short links in Korean and Japanese, "
        "a romance scammer in replies, a replica-goods store), 2 declared bots and 2 values "
        "clashes, one said only in a post), written in session 22 (2026-12-02) by a helper "
        "that read none of the screening code and chose the kinds of spam itself, committed "
        "before anything scored it. "
        "First scored (15:51-15:58 UTC, without --write) with session 21's code (989060d), "
        "a clean test of every rule to then: people recommended / needs a look / screened "
        "out 82% / 14% / 5% on Bluesky and 77% / 18% / 5% on snac2, unwanted recommended 0% "
        "and 27% (plain baseline: people 64% / 32% / 5%, unwanted recommended 67%, on "
        "both). On Bluesky an English teacher with a complete profile and four posts waited "
        "for a person: 'a 2009 Lonely Planet' in one post read as the dating come-on's "
        "'lonely'. On snac2 recommended: the name-and-photo bought follower, the follower "
        "seller (a price and a link in its bio, no bonus or scam line), the leading room "
        "(one post of four, no price) and the smisher (each notice's link after '▶', which "
        "no list read as sending readers away). After reading that run: a feeling alone is "
        "no pitch, only beside a link; followers or likes priced in a bio that sends "
        "readers away pitch; an arrow right before a link sends readers away. The table "
        "below (16:04-16:11 UTC, with --write) is made with these, so it is not a clean "
        "test of them: the teacher is recommended on Bluesky and the seller and the "
        "smisher wait for a person on snac2; no other account moved.",
    ),
    "x": (
        "Screening on the platforms, twenty-fourth held-out followers",
        "The followers are `tests/platform_population_holdout_x.py` (37 hand-written "
        "accounts for a public-transport authority in the Ruhr, Germany, in German with "
        "Ruhrpott slang, Turkish, Polish, English, Arabic and Ukrainian: 22 people, 12 "
        "complete and 10 sparse, among them a wheelchair user reporting broken lifts, a "
        "local history club linking its site and a bike-repair workshop with prices and a "
        "booking link in its bio; 4 bought followers (bare with digits, a name and a "
        "photo, a stock bio, a dressed one that only reposts, all following thousands), 7 "
        "spam (a fake Deutschlandticket refund desk asking for a login at its link, a "
        "ticket reseller taking PayPal friends and family in its bio only, a trading coach "
        "in replies only, casino bonuses in posts only, a home-job recruiter on WhatsApp in"
        " one post of several, cam-show bait, a fake lottery asking a Paysafecard fee in "
        "replies), 2 declared bots and 2 values clashes, one said only in a post), written "
        "in session 22 (2026-12-02) by a helper that read none of the screening code and "
        "chose the kinds of spam itself, committed before anything scored it. "
        "Scored once (16:24-16:31 UTC, with --write) with session 22's rules (the arrow "
        "before a link, engagement priced in a bio, feelings alone), before it was read: "
        "a clean test of every rule to then, the table below. People recommended / needs a"
        " look / screened out 86% / 5% / 9% on Bluesky and 77% / 18% / 5% on snac2, "
        "unwanted recommended 0% and 7% (plain baseline: people 64% / 32% / 5%, unwanted "
        "recommended 67%). On snac2 every spam account waits for a person or is screened "
        "out; the one unwanted account recommended is the bought follower with a name and "
        "a photo (0.32). People in 'needs a look' on snac2 are the sparse ones whose "
        "server shows nothing to read: a name only, a bio only, one who only reposts (snac"
        " lists no boosts) and a silent reader; on Bluesky two people who never posted and"
        " follow 306 and 2,521 accounts are screened out.",
    ),
}


_FOLLOWS = (
    " On Bluesky each follower follows as many accounts as written, up to 3,000 (those"
    " beyond the population are made up; the AppView counts them); snac2 hides follows."
)


def _write(table: str, notes: list[str], args: argparse.Namespace) -> None:
    title, about = ABOUT[args.which]
    flag = "" if args.which == "a" else f"--set {args.which} "
    body = (
        f"Command: `.venv/bin/python bench/bench_platform_holdout.py {flag}--fillers "
        f"{args.fillers} --seed {args.seed} --write` against the local AT Protocol network and "
        f"snac2. {about}{_FOLLOWS} Baseline as in the section above.\n\n"
        f"{table}\n\n" + "\n".join(f"- {n}" for n in notes)
    )
    record_result(title, body)


if __name__ == "__main__":
    raise SystemExit(main())
