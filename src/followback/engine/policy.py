"""The follow-back policy: one profile plus its screening score -> a verdict with reasons.

Rules use explicit public signals only (what the account says about itself: handle, name,
bio, link, language, declared flags and counts). Nothing here infers sensitive traits such
as politics, religion or health; a brand that wants to screen on words lists the words.

Order of precedence: the deny list, then the allow list, then hard rules (platform state,
declared opt-outs, locked accounts, values rules, minimum age and activity: any hit is a
SKIP and every hit is reported), then the screening score against the two thresholds
(below ``follow_below``: FOLLOW; at or above ``skip_above``: SKIP; between: REVIEW).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Literal, Protocol, runtime_checkable

from followback.domain import Profile, Reason, Verdict
from followback.inbox.language import UNDETERMINED, detect_languages
from followback.safe_regex import compile_linear
from followback.screening.impersonation import BrandIdentity

__all__ = [
    "ASSIGNMENT_SCHEME",
    "OPT_OUT_TAGS",
    "RULES_VERSION",
    "Arm",
    "BrandAwareScorer",
    "Evaluation",
    "Policy",
    "PolicyRules",
    "ScoreLike",
    "Scorer",
    "assign_arm",
    "normalise_handle",
    "scorer_for_brand",
]

# Bump when a rule's meaning changes, so stored decisions say which rules produced them.
RULES_VERSION = "r1"

MINUS = "\N{MINUS SIGN}"  # a reason against following back, as the model writes it

# Tags people put in their bio or name to say "no automated interaction, please".
OPT_OUT_TAGS: tuple[str, ...] = ("#nobot", "#noautofollow")

# Names the hash below; stored with every assignment so a future scheme cannot be confused
# with this one when an experiment is analysed.
ASSIGNMENT_SCHEME = "hmac-sha256-v1"
_ASSIGNMENT_KEY = b"followback:holdout"


class Arm(StrEnum):
    """The two arms of the follow-back experiment."""

    FOLLOW_BACK = "follow_back"
    HOLD_OUT = "hold_out"


def assign_arm(account_id: int, remote_id: str, share: float) -> Arm:
    """The arm of an eligible follower: held out with probability ``share``.

    A keyed hash of (account, follower) gives a uniform number in [0, 1): the same
    follower always lands in the same arm (a re-screened profile is not re-drawn), no
    one can choose their arm, and the draw needs no stored random state. The decide step
    stores the first assignment and reuses it, so changing ``share`` later only affects
    followers not yet assigned.
    """
    if share <= 0.0:
        return Arm.FOLLOW_BACK
    msg = f"{account_id}:{remote_id}".encode()
    digest = hmac.new(_ASSIGNMENT_KEY, msg, hashlib.sha256).digest()
    return Arm.HOLD_OUT if int.from_bytes(digest[:8], "big") / 2**64 < share else Arm.FOLLOW_BACK


_URL = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?", re.I)


class ScoreLike(Protocol):
    """What the engine needs from a screening score."""

    @property
    def bot_score(self) -> float: ...

    @property
    def reasons(self) -> tuple[Reason, ...]: ...

    @property
    def model_version(self) -> str: ...


class Scorer(Protocol):
    """A screening model: profiles in, one score per profile out (same order)."""

    def score_profiles(self, profiles: Sequence[Profile]) -> Sequence[ScoreLike]: ...


@runtime_checkable
class BrandAwareScorer(Protocol):
    """A scorer that can take the brand whose followers it scores as input (the shipped
    model reads support desks bearing the brand's name: screening/impersonation.py)."""

    def for_brand(self, brand: BrandIdentity) -> Scorer: ...


def scorer_for_brand(scorer: Scorer, brand: BrandIdentity) -> Scorer:
    """``scorer`` bound to ``brand`` where it can take one, else ``scorer`` itself."""
    return scorer.for_brand(brand) if isinstance(scorer, BrandAwareScorer) else scorer


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The policy's verdict on one profile, the reasons, and the rule that decided it."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
    rule: str
    policy_version: str


# A text shorter than this says too little about its language to screen anyone out on it.
_MIN_WORDS_TO_DETECT = 3


def _profile_language(p: Profile) -> tuple[str, str]:
    """The profile's language and where it came from: the declared one if any, else the one
    most of its sampled recent posts declare, else the one detected (py3langid, see
    :mod:`followback.inbox.language`) in the bio and recent posts when at least half of
    those long enough to judge agree; ``("", "")`` when unknown."""
    declared = p.language.strip().lower().split("-")[0]
    if declared:
        return declared, "declared"
    if p.recent_language:
        return p.recent_language, "declared on its recent posts"
    texts = [t for t in (p.bio, *p.recent_posts) if len(t.split()) >= _MIN_WORDS_TO_DETECT]
    found = [code for code in detect_languages(texts) if code != UNDETERMINED]
    if not found:
        return "", ""
    best = max(set(found), key=found.count)
    if found.count(best) * 2 < len(texts):
        return "", ""
    return best, "detected in bio and posts" if p.recent_posts else "detected in bio"


def normalise_handle(handle: str) -> str:
    """Lower-case a handle without its leading ``@`` so lists match however they are typed."""
    return handle.strip().lstrip("@").lower()


def _word_pattern(term: str) -> re.Pattern[str]:
    # Whole words (and whole phrases, for terms with spaces), case-insensitive.
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.I)


def _domain_matches(host: str, blocked: str) -> bool:
    return host == blocked or host.endswith("." + blocked)


class PolicyRules(Protocol):
    """What the policy reads from an account's settings.

    :class:`followback.config.PolicySettings` is one; the core names only this protocol so
    that it imports no settings module (the import contract says so).
    """

    follow_below: float
    skip_above: float
    blocked_keywords: list[str]
    blocked_regexes: list[str]
    blocked_domains: list[str]
    competitor_handles: list[str]
    languages: list[str]
    allow: list[str]
    deny: list[str]
    follow_locked: bool
    min_account_age_days: int
    min_posts: int
    respect_opt_out: bool

    def model_dump(self, *, mode: Literal["json", "python"] | str = "python") -> dict[str, Any]:
        """Every setting as plain data (hashed into the policy's version)."""
        ...


class Policy:
    """Compiled :class:`PolicyRules` (an account's policy settings); evaluates profiles."""

    def __init__(self, settings: PolicyRules) -> None:
        self.settings = settings
        s = settings
        self._deny = {normalise_handle(h) for h in s.deny}
        self._allow = {normalise_handle(h) for h in s.allow}
        self._competitors = {normalise_handle(h) for h in s.competitor_handles}
        self._keywords = [(k, _word_pattern(k)) for k in s.blocked_keywords if k.strip()]
        # RE2: linear time whatever the pattern (bios are written by strangers).
        self._regexes = [(p, compile_linear(p)) for p in s.blocked_regexes]
        self._domains = [d.strip().lower().removeprefix("www.") for d in s.blocked_domains]
        self._languages = {lang.strip().lower() for lang in s.languages if lang.strip()}
        blob = json.dumps(s.model_dump(mode="json"), sort_keys=True)
        digest = hashlib.sha256(blob.encode()).hexdigest()[:10]
        self.version = f"{RULES_VERSION}-{digest}"

    def needs_language(self, profile: Profile) -> bool:
        """True when the brand limits languages and ``profile`` declares none (Bluesky
        profiles never do): its recent posts declare theirs, and a few words of bio are
        weak evidence, so a sample of posts is worth a call."""
        return bool(self._languages) and not profile.recent_sampled and not profile.language

    def evaluate(self, profile: Profile, score: ScoreLike | None, *, now: datetime) -> Evaluation:
        """The verdict on ``profile`` given its screening ``score`` (``None``: not scored)."""
        handle = normalise_handle(profile.handle)
        if handle in self._deny or profile.remote_id.lower() in self._deny:
            return self._result(Verdict.SKIP, [Reason("deny_list", f"{MINUS} on the deny list")])
        if handle in self._allow or profile.remote_id.lower() in self._allow:
            return self._result(Verdict.FOLLOW, [Reason("allow_list", "+ on the allow list")])
        hard = self._hard_rules(profile, now)
        if hard:
            # Signed like the model's reasons ("− declared as a bot"): the queue reads the
            # same way whatever screened an account out (issue 12: reasons say which way).
            return self._result(Verdict.SKIP, [Reason(r.rule, f"{MINUS} {r.text}") for r in hard])
        if score is None:
            return self._result(
                Verdict.REVIEW, [Reason("not_screened", "no screening score available")]
            )
        return self._by_score(score, self._soft_rules(profile))

    def _result(self, verdict: Verdict, reasons: Sequence[Reason]) -> Evaluation:
        return Evaluation(verdict, tuple(reasons), reasons[0].rule, self.version)

    def _hard_rules(self, p: Profile, now: datetime) -> list[Reason]:
        reasons: list[Reason] = []
        reasons += self._platform_state(p)
        reasons += self._opt_outs(p)
        if p.locked and not self.settings.follow_locked:
            reasons.append(Reason("locked", "locked/protected account"))
        reasons += self._values(p)
        reasons += self._activity(p, now)
        return reasons

    def _platform_state(self, p: Profile) -> list[Reason]:
        if p.suspended:
            return [Reason("suspended", "suspended by the platform")]
        if p.moved_to:
            return [Reason("moved", f"moved to {p.moved_to}")]
        return []

    def _opt_outs(self, p: Profile) -> list[Reason]:
        if not self.settings.respect_opt_out:
            return []
        reasons: list[Reason] = []
        text = f"{p.display_name} {p.bio}".lower()
        for tag in OPT_OUT_TAGS:
            if re.search(re.escape(tag) + r"(?!\w)", text):
                reasons.append(Reason("opt_out", f"declares {tag}"))
        if p.bot_flag:
            reasons.append(Reason("bot_flag", "declared as a bot (platform flag)"))
        return reasons

    def _values(self, p: Profile) -> list[Reason]:
        reasons: list[Reason] = []
        handle = normalise_handle(p.handle)
        if handle in self._competitors:
            reasons.append(Reason("competitor", f"competitor account @{handle}"))
        terms, sources = self._blocked_in("\n".join((p.handle, p.display_name, p.bio)))
        reasons += [Reason("blocked_keyword", f"profile mentions {t!r}") for t in terms]
        reasons += [Reason("blocked_regex", f"profile matches /{s}/") for s in sources]
        reasons += self._links(p)
        if self._languages:
            lang, source = _profile_language(p)
            if lang and lang not in self._languages:
                reasons.append(
                    Reason(
                        "language", f"writes in {lang!r} ({source}), not in the brand's languages"
                    )
                )
        return reasons

    def post_values(self, p: Profile) -> list[Reason]:
        """The brand's values rules (blocked keywords and patterns) on the few own posts a
        second look read (``p.recent_posts``; none when its posts were not read). A clash
        said in a post and not in the profile is evidence for a person, not a hard rule: a
        post may quote, report or argue against what it names."""
        if not p.recent_posts:
            return []
        terms, sources = self._blocked_in("\n".join(p.recent_posts))
        return [
            *(Reason("recent:values", f"{MINUS} a recent post mentions {t!r}") for t in terms),
            *(Reason("recent:values", f"{MINUS} a recent post matches /{s}/") for s in sources),
        ]

    def _blocked_in(self, text: str) -> tuple[list[str], list[str]]:
        """The blocked keywords and the sources of the blocked patterns ``text`` matches:
        the values rules' one reading, of a profile or of posts."""
        terms = [term for term, pattern in self._keywords if pattern.search(text)]
        return terms, [source for source, regex in self._regexes if regex.search(text)]

    def _links(self, p: Profile) -> list[Reason]:
        if not self._domains:
            return []
        hosts = {m.group(1).lower() for m in _URL.finditer(f"{p.url} {p.bio}")}
        hits = sorted({b for h in hosts for b in self._domains if _domain_matches(h, b)})
        return [Reason("blocked_domain", f"links to blocked domain {b}") for b in hits]

    def _activity(self, p: Profile, now: datetime) -> list[Reason]:
        s = self.settings
        reasons: list[Reason] = []
        if s.min_account_age_days and p.created_at is not None:
            age = now - p.created_at
            if age < timedelta(days=s.min_account_age_days):
                reasons.append(
                    Reason(
                        "min_account_age",
                        f"account is {max(age.days, 0)} days old "
                        f"(minimum {s.min_account_age_days})",
                    )
                )
        if s.min_posts and p.posts_count < s.min_posts:
            reasons.append(Reason("min_posts", f"{p.posts_count} posts (minimum {s.min_posts})"))
        return reasons

    def _soft_rules(self, p: Profile) -> list[Reason]:
        # An unknown creation date cannot prove the minimum age: a person should look.
        if self.settings.min_account_age_days and p.created_at is None:
            return [Reason("account_age_unknown", "account age unknown")]
        return []

    def _by_score(self, score: ScoreLike, soft: list[Reason]) -> Evaluation:
        s = self.settings
        pct = f"{score.bot_score:.2f}"
        # The model's reasons go with every verdict, so a recommended account shows why it
        # looks genuine ("+ has a display name, bio and avatar") and can be approved at a glance.
        if score.bot_score >= s.skip_above:
            head = Reason(
                "screening", f"looks like spam or a bot (score {pct} ≥ {s.skip_above:.2f})"
            )
            return self._result(Verdict.SKIP, [head, *score.reasons])
        if score.bot_score < s.follow_below and not soft:
            head = Reason("screening", f"looks genuine (score {pct} < {s.follow_below:.2f})")
            return self._result(Verdict.FOLLOW, [head, *score.reasons])
        if soft and score.bot_score < s.follow_below:
            return self._result(Verdict.REVIEW, [*soft, *score.reasons])
        head = Reason(
            "grey_zone",
            f"unsure (score {pct}, between {s.follow_below:.2f} and {s.skip_above:.2f})",
        )
        return self._result(Verdict.REVIEW, [head, *soft, *score.reasons])
