"""Screening on the platforms: followers made as real accounts on the local AT Protocol
network and on snac2, screened by ``followback run --once``.

For each platform and each population generator (tests/platform_population.py:
``archetypes`` and ``sampled``) a new brand gets followed by the population, a fresh
database connects it, ``followback run --once`` runs, and the decisions are tallied: the
share of genuine people recommended (verdict follow), sent to review ("needs a look")
and screened out, and the same for the unwanted kinds. Beside it, in the same run, a
plain baseline on the same stored profiles: recommend a complete profile (name, bio and
avatar), screen out one with none of them, review the rest. Also counted: the extra API
calls spent reading recent posts of uncertain followers, per 1,000 followers.

    set -a; source <servers>/bluesky.env; source <servers>/mastodon.env; set +a
    FOLLOWBACK_SERVERS_DIR=<servers> .venv/bin/python bench/bench_platform_eval.py \
        --platforms bluesky --seeds 3,11 [--write]

With ``--write`` each platform's table replaces that platform's part of the section in
bench/RESULTS.md, so the two servers can be measured by two commands running side by side.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from platform_eval import Outcome, available, evaluate, tally  # noqa: E402
from platform_population import Persona, archetypes, sampled  # noqa: E402
from platform_population_desks import desks  # noqa: E402
from platform_population_lookalikes import lookalikes  # noqa: E402
from platform_population_varied import varied  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"


def _baseline(persona: Persona) -> str:
    """The plain baseline's verdict from what the profile shows."""
    present = sum((bool(persona.display_name), bool(persona.bio), persona.avatar))
    if persona.bot_flag:
        return "skip"
    return "follow" if present == 3 else "skip" if present == 0 else "review"


def _row(platform: str, gen: str, who: str, stats: dict[str, float], base: dict[str, float]) -> str:
    def pct(d: dict[str, float], k: str) -> str:
        return f"{100 * d.get(k, 0.0):.0f}%"

    return (
        f"| {platform} | {gen} | {who} | {int(stats['n'])} | {pct(stats, 'follow')} "
        f"| {pct(stats, 'review')} | {pct(stats, 'skip')} | {pct(base, 'follow')} "
        f"| {pct(base, 'review')} | {pct(base, 'skip')} |"
    )


def _baseline_tally(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    plain = [Outcome(o.persona, _baseline(o.persona), None, ()) for o in outcomes]
    return tally(plain)


def _population(gen: str, seed: int, sizes: dict[str, int]) -> list[Persona]:
    if gen == "archetypes":
        return archetypes(seed, people=sizes["people"], unwanted=sizes["unwanted"])
    if gen == "varied":
        return varied(seed + 2, people=sizes["people"], unwanted=3 * sizes["unwanted"])
    if gen == "desks":
        return desks(seed + 4, people=sizes["people"], unwanted=3 * sizes["unwanted"])
    if gen == "lookalikes":
        return lookalikes(seed + 5, people=sizes["people"], unwanted=5 * sizes["unwanted"])
    return sampled(seed + 1, people=sizes["people"], unwanted=2 * sizes["unwanted"] + 2)


GENERATORS = ("archetypes", "sampled", "varied", "desks", "lookalikes")


def run(
    sizes: dict[str, int],
    seeds: tuple[int, ...],
    platform: str,
    generators: tuple[str, ...] = GENERATORS[:2],
) -> tuple[list[str], list[str], str]:
    """Every (seed, generator) population on ``platform``: table rows, notes, model."""
    rows: list[str] = []
    notes: list[str] = []
    model = ""
    if not available(platform):
        return rows, [f"{platform}: local server not configured, not measured"], model
    for seed in seeds:
        for gen in generators:
            t0 = time.time()
            with tempfile.TemporaryDirectory() as tmp:
                outcomes, info = evaluate(
                    platform, _population(gen, seed, sizes), Path(tmp), seed=seed,
                    fillers=sizes["fillers"],
                )  # fmt: skip
            ours, base = tally(outcomes), _baseline_tally(outcomes)
            start = len(rows)
            label = f"{gen}, seed {seed}"
            for who in ("people", "person_complete", "person_sparse", "unwanted", "bought",
                        "spam", "bot_declared", "values_clash"):  # fmt: skip
                if who in ours:
                    rows.append(_row(platform, label, who, ours[who], base[who]))
            decide = info.get("decide", {})
            model = decide.get("model_version") or model
            calls = int(decide.get("recent_calls", 0))
            n = len(outcomes)
            notes.append(
                f"{platform}/{label}: {n} followers, recent-post reads {calls} calls "
                f"({1000 * calls / max(n, 1):.0f} per 1,000 followers; "
                f"{decide.get('recent_sampled', 0)} sampled, of which "
                f"{decide.get('recent_recommended_sampled', 0)} recommended on a complete "
                f"profile), setup {info['setup_calls']} "
                f"API calls, {time.time() - t0:.0f}s"
            )
            missing = Counter(o.persona.kind for o in outcomes if o.verdict == "none")
            if missing:
                notes.append(f"{platform}/{label}: no decision for {dict(missing)}")
            # Every row of the generator as soon as it is measured: a server that dies
            # during the next one does not take these with it.
            print("\n".join([*rows[start:], notes[-1]]), file=sys.stderr, flush=True)
            # What each unwanted follower not screened out, and each person screened out,
            # looked like (the per-kind shares do not say which one it was).
            for o in outcomes:
                if (o.verdict == "skip") == o.persona.genuine:
                    print(f"  {o.persona.key}: {o.verdict} {o.bot_score} {o.reasons}",
                          file=sys.stderr, flush=True)  # fmt: skip
    return rows, notes, model


HEADER = (
    "| platform | generator | followers | n | recommended | needs a look | screened out "
    "| baseline: recommended | baseline: needs a look | baseline: screened out |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=12)
    ap.add_argument("--unwanted", type=int, default=2)
    ap.add_argument("--seeds", default="3", help="comma-separated; one population each")
    ap.add_argument("--fillers", type=int, default=60, help="accounts bought followers follow")
    ap.add_argument("--platforms", default="bluesky,mastodon")
    ap.add_argument("--generators", default="archetypes,sampled",
                    help=f"comma-separated, of {', '.join(GENERATORS)}")  # fmt: skip
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    sizes = {"people": args.people, "unwanted": args.unwanted, "fillers": args.fillers}
    seeds = tuple(int(s) for s in args.seeds.split(","))
    for platform in args.platforms.split(","):
        rows, notes, model = run(sizes, seeds, platform, tuple(args.generators.split(",")))
        print("\n".join([HEADER, *rows]))
        print("\n".join(f"- {n}" for n in notes))
        if args.write and rows:
            _write(platform, "\n".join([HEADER, *rows]), notes, model, args)
    return 0


def _write(
    platform: str, table: str, notes: list[str], model: str, args: argparse.Namespace
) -> None:
    """Replace ``platform``'s part of the section (adding the section if it is missing)."""
    # Each platform and set of generators has its own part (the default pair keeps its key).
    key = platform if args.generators == "archetypes,sampled" else f"{platform}-{args.generators}"
    begin, end = (f"<!-- platform-eval-{key}:begin -->", f"<!-- platform-eval-{key}:end -->")
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    body = (
        f"{begin}\n**{platform}**, {when}: `.venv/bin/python bench/bench_platform_eval.py "
        f"--platforms {platform} --people {args.people} --unwanted {args.unwanted} --seeds "
        f"{args.seeds} --fillers {args.fillers} --generators {args.generators} --write`, "
        f"model `{model}`; bought and spam "
        f"accounts also follow {args.fillers} empty filler accounts.\n\n"
        f"{table}\n\n" + "\n".join(f"- {n}" for n in notes) + f"\n{end}"
    )
    text = RESULTS.read_text(encoding="utf-8")
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + body + rest.split(end, 1)[1]
    elif SECTION_END in text:
        head, rest = text.split(SECTION_END, 1)
        text = head + body + "\n\n" + SECTION_END + rest
    else:
        text += f"\n## Screening on the platforms (bench/bench_platform_eval.py)\n\n{body}\n"
    RESULTS.write_text(text, encoding="utf-8")


SECTION_END = "<!-- platform-eval:end -->"


if __name__ == "__main__":
    raise SystemExit(main())
