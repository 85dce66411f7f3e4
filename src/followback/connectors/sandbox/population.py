"""A deterministic synthetic population of accounts, generated lazily and vectorised.

Every account is an integer id; its kind and profile are pure functions of
``(seed, id)`` computed with a counter-based hash (splitmix64), so a million profiles
are a few numpy arrays, never a million Python objects, and any single profile can be
rebuilt on demand with exactly the same values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

import numpy as np
import polars as pl

from followback.domain import Platform, Profile
from followback.screening.frame import PROFILE_SCHEMA

__all__ = ["KIND_SHARES", "AccountKind", "Population"]


class AccountKind(IntEnum):
    """Ground truth of a synthetic account (the sandbox knows; followback must infer)."""

    HUMAN_DAILY = 0
    HUMAN_MONTHLY = 1
    HUMAN_DORMANT = 2
    BOUGHT = 3  # bought/fake follower: follows thousands, no posts, default avatar
    SPAM = 4  # promotional spam: links, follows many, posts a lot
    BOT = 5  # automated poster; sometimes declares it

    @property
    def is_human(self) -> bool:
        return self <= AccountKind.HUMAN_DORMANT


# Shares of each kind among a brand's new followers.
KIND_SHARES: tuple[float, ...] = (0.34, 0.24, 0.14, 0.14, 0.08, 0.06)

_FIRST = [
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Emma",
    "Farah",
    "Gabriel",
    "Hana",
    "Ivan",
    "Jun",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Oscar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tomás",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
    "Aiko",
    "Björn",
    "Carmen",
    "Diego",
    "Elif",
    "Finn",
    "Grace",
    "Hugo",
    "Inés",
    "Jonas",
    "Kaito",
    "Leila",
    "Marta",
    "Nils",
    "Olga",
    "Pablo",
    "Ravi",
    "Sofía",
    "Theo",
]
_LAST = [
    "Silva",
    "Müller",
    "Okafor",
    "Nguyen",
    "Rossi",
    "Kowalski",
    "Haddad",
    "Johansson",
    "García",
    "Tanaka",
    "Dubois",
    "Novak",
    "Schmidt",
    "Costa",
    "Yilmaz",
    "Petrov",
    "Murphy",
    "Kim",
    "Lopez",
    "Andersen",
    "Moreau",
    "Singh",
    "Fischer",
]
_HUMAN_BIOS = (
    "Coffee, cycling and bad puns. {city}.",
    "Nurse by day, baker by night 🍞",
    "Dad of two. Runner. Opinions my own.",
    "Teacher in {city}. Books, hiking, board games.",
    "Software developer. Likes: rust, jazz, long walks.",
    "Photographer 📷 {city} · she/her",
    "Student of history and good food.",
    "Gardener, birder, occasional poet.",
    "Small business owner in {city}. Family first.",
    "",
    "Music lover 🎶 and amateur chef",
    "Trying to finish my novel. Cat person.",
    "Retired engineer, now full-time grandpa.",
    "مهندس ومحب للقهوة",
    "日本語と英語でつぶやきます",
)
_SPAM_BIOS = (
    "💰 Earn $5000/week from home! DM for details 👉 {link}",
    "Crypto signals 🚀 100x gems daily. Join now {link}",
    "Cheap followers & likes, fast delivery {link}",
    "Best casino bonuses 🎰 click {link}",
    "Promo & shoutouts, DM me. {link}",
)
_BOT_BIOS = (
    "I post the weather every hour. Automated account. #bot",
    "Automated news headlines from {city}.",
    "Random quotes bot 🤖 beep boop",
    "",
)
_CITIES = ("Lisbon", "Lagos", "Osaka", "Austin", "Lyon", "Kraków", "Pune", "Quito", "Leeds")
_SPAM_DOMAINS = ("cheapfollows.example", "crypto-moon.example", "bet-win.example")


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser over uint64 arrays (wrapping arithmetic is intended)."""
    with np.errstate(over="ignore"):
        x = x + np.uint64(0x9E3779B97F4A7C15)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        out: np.ndarray = x ^ (x >> np.uint64(31))
        return out


@dataclass(frozen=True)
class Population:
    """Accounts ``1..∞`` of a sandbox world, deterministic from ``seed``.

    ``as_of`` is when profiles are observed (account ages and last posts are relative to it).
    """

    seed: int = 0
    as_of: datetime = datetime(2026, 11, 1, tzinfo=UTC)
    platform: Platform = Platform.SANDBOX

    def uniform(self, ids: np.ndarray, salt: int) -> np.ndarray:
        """Uniform [0, 1) numbers, one per id, for one named draw (``salt``)."""
        base = np.uint64((self.seed * 1_000_003 + salt * 7919) & 0xFFFFFFFFFFFFFFFF)
        with np.errstate(over="ignore"):
            h = _mix(ids.astype(np.uint64) * np.uint64(0x2545F4914F6CDD1D) + base)
        out: np.ndarray = (h >> np.uint64(11)).astype(np.float64) / float(1 << 53)
        return out

    def kinds(self, ids: np.ndarray) -> np.ndarray:
        """The :class:`AccountKind` of each id."""
        u = self.uniform(ids, 1)
        edges = np.cumsum(KIND_SHARES)
        out: np.ndarray = np.minimum(np.searchsorted(edges, u, side="right"), len(KIND_SHARES) - 1)
        return out

    def _lognormal(
        self, ids: np.ndarray, salt: int, median: np.ndarray, sigma: float
    ) -> np.ndarray:
        u1 = np.clip(self.uniform(ids, salt), 1e-12, 1.0)
        u2 = self.uniform(ids, salt + 1)
        z = np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)  # Box-Muller
        out: np.ndarray = median * np.exp(sigma * z)
        return out

    def numeric(self, ids: np.ndarray) -> dict[str, np.ndarray]:
        """Counts, ages and flags of each id, vectorised."""
        k = self.kinds(ids)

        def pick(values: list[float]) -> np.ndarray:
            out: np.ndarray = np.asarray(values, dtype=np.float64)[k]
            return out

        followers = self._lognormal(ids, 10, pick([320, 120, 60, 4, 900, 450]), 1.1)
        following = self._lognormal(ids, 12, pick([280, 150, 90, 1800, 3200, 300]), 0.8)
        posts = self._lognormal(ids, 14, pick([4000, 600, 150, 3, 9000, 40000]), 1.0)
        age_days = self._lognormal(ids, 16, pick([1900, 1600, 2400, 25, 120, 500]), 0.7)
        last_post_days = self._lognormal(ids, 18, pick([0.6, 12, 220, 400, 0.2, 0.05]), 0.6)
        avatar = self.uniform(ids, 20) < pick([0.98, 0.95, 0.85, 0.25, 0.9, 0.7])
        bio = self.uniform(ids, 21) < pick([0.9, 0.8, 0.6, 0.15, 0.98, 0.75])
        bot_flag = (k == AccountKind.BOT) & (self.uniform(ids, 22) < 0.4)
        locked = k.astype(bool) & (self.uniform(ids, 23) < 0.03) & (k <= AccountKind.HUMAN_DORMANT)
        opt_out = (self.uniform(ids, 24) < 0.01) & (k <= AccountKind.HUMAN_DORMANT)
        as_of = self.as_of.timestamp()
        return {
            "kind": k,
            "followers_count": np.maximum(followers, 0).astype(np.int64),
            "following_count": np.maximum(following, 0).astype(np.int64),
            "posts_count": np.maximum(posts, 0).astype(np.int64),
            "created_at": as_of - np.maximum(age_days, 1.0) * 86_400.0,
            "last_post_at": as_of - last_post_days * 86_400.0,
            "has_avatar": avatar,
            "has_bio": bio,
            "bot_flag": bot_flag,
            "locked": locked,
            "opt_out": opt_out,
        }

    def _texts(self, ids: np.ndarray, num: dict[str, np.ndarray]) -> dict[str, list[str]]:
        # Text is built per id: this is the only per-row Python loop, and only for the
        # requested ids (a page of followers, or a benchmark's batch).
        u = self.uniform(ids, 30)
        v = self.uniform(ids, 31)
        w = self.uniform(ids, 32)
        names, handles, bios, urls = [], [], [], []
        for i, rid in enumerate(ids.tolist()):
            kind = AccountKind(int(num["kind"][i]))
            first = _FIRST[int(u[i] * len(_FIRST))]
            last = _LAST[int(v[i] * len(_LAST))]
            city = _CITIES[int(w[i] * len(_CITIES))]
            link = f"https://{_SPAM_DOMAINS[rid % len(_SPAM_DOMAINS)]}/r/{rid % 997}"
            name, handle, bio, url = _text_for(kind, rid, first, last, city, link, float(w[i]))
            if not num["has_bio"][i]:
                bio = ""
            if num["opt_out"][i]:
                bio = (bio + " #nobot").strip()
            names.append(name)
            handles.append(handle)
            bios.append(bio)
            urls.append(url)
        return {"display_name": names, "handle": handles, "bio": bios, "url": urls}

    def frame(self, ids: np.ndarray) -> pl.DataFrame:
        """Profiles of ``ids`` in the screening frame layout."""
        ids = np.asarray(ids, dtype=np.int64)
        num = self.numeric(ids)
        text = self._texts(ids, num)
        return pl.DataFrame(
            {
                "platform": [self.platform.value] * len(ids),
                "user_id": ids.astype(str).tolist(),
                "handle": text["handle"],
                "display_name": text["display_name"],
                "bio": text["bio"],
                "url": text["url"],
                "followers_count": num["followers_count"],
                "following_count": num["following_count"],
                "posts_count": num["posts_count"],
                "created_at": num["created_at"],
                "observed_at": np.full(len(ids), self.as_of.timestamp()),
                "has_avatar": num["has_avatar"],
                "bot_flag": num["bot_flag"],
                "locked": num["locked"],
                "language": ["" for _ in range(len(ids))],
            },
            schema=PROFILE_SCHEMA,
        )

    def profiles(self, ids: np.ndarray, observed_at: datetime | None = None) -> list[Profile]:
        """Domain profiles of ``ids`` (for a page; use :meth:`frame` for bulk work)."""
        ids = np.asarray(ids, dtype=np.int64)
        num = self.numeric(ids)
        text = self._texts(ids, num)
        seen = observed_at or self.as_of
        out = []
        for i, rid in enumerate(ids.tolist()):
            out.append(
                Profile(
                    platform=self.platform,
                    remote_id=str(rid),
                    handle=text["handle"][i],
                    observed_at=seen,
                    display_name=text["display_name"][i],
                    bio=text["bio"][i],
                    url=text["url"][i],
                    followers_count=int(num["followers_count"][i]),
                    following_count=int(num["following_count"][i]),
                    posts_count=int(num["posts_count"][i]),
                    created_at=datetime.fromtimestamp(float(num["created_at"][i]), UTC),
                    has_avatar=bool(num["has_avatar"][i]),
                    bot_flag=bool(num["bot_flag"][i]),
                    locked=bool(num["locked"][i]),
                    last_post_at=datetime.fromtimestamp(float(num["last_post_at"][i]), UTC),
                )
            )
        return out

    def profile(self, remote_id: int, observed_at: datetime | None = None) -> Profile:
        return self.profiles(np.array([remote_id]), observed_at)[0]


def _text_for(
    kind: AccountKind, rid: int, first: str, last: str, city: str, link: str, r: float
) -> tuple[str, str, str, str]:
    """Display name, handle, bio and link with the shapes such accounts have."""
    if kind == AccountKind.BOUGHT:
        digits = f"{rid * 7919 % 100_000_000:08d}"
        return first, f"{first.lower()}{digits}", "", ""
    if kind == AccountKind.SPAM:
        bio = _SPAM_BIOS[rid % len(_SPAM_BIOS)].format(link=link)
        return f"{first} {last} 💸", f"promo_{first.lower()}{rid % 9999}", bio, link
    if kind == AccountKind.BOT:
        bio = _BOT_BIOS[rid % len(_BOT_BIOS)].format(city=city)
        return f"{city} Bot", f"{city.lower()}_bot_{rid % 97}", bio, ""
    bio = _HUMAN_BIOS[rid % len(_HUMAN_BIOS)].format(city=city)
    handle = f"{first.lower()}{last.lower()[: 1 + int(r * 6)]}"
    if r > 0.6:
        handle += str(rid % 100)
    url = f"https://{first.lower()}.blog.example" if r > 0.85 else ""
    return f"{first} {last}", handle, bio, url
