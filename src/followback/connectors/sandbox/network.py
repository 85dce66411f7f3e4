"""The sandbox network: a simulated platform, deterministic from a seed.

It holds brand accounts and their followers as numpy arrays (a brand with a million
followers is a handful of arrays, not a million objects), moves simulated time forward
(followers arrive and leave, leaving faster when not followed back; bought accounts get
purged; people mention and message the brand), enforces its platform's limits on a
sliding window, and counts every call so benchmarks and tests can read what was asked.
"""

from __future__ import annotations

import os
import pickle
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from followback.connectors.sandbox.messages import MessageCategory, compose
from followback.connectors.sandbox.population import AccountKind, Population
from followback.domain import (
    DEFAULT_CAPABILITIES,
    Capabilities,
    MessageKind,
    Platform,
    RateLimitedError,
)

__all__ = ["BrandWorld", "SandboxMessage", "SandboxNetwork", "WorldParams"]

DAY_S = 86_400.0
BRAND_ID_STRIDE = 1_000_000_000  # each brand draws its followers from its own id range
OUTSIDER_OFFSET = 900_000_000  # authors who do not follow the brand


@dataclass(frozen=True)
class WorldParams:
    """How a brand's audience behaves over simulated time."""

    new_followers_per_day: float = 120.0
    leave_rate_per_day: float = 0.004  # hazard of a followed-back follower leaving
    not_followed_back_factor: float = 2.5  # hazard multiplier when not followed back
    purge_rate_per_day: float = 0.01  # platform purge of bought accounts
    messages_per_day: float = 40.0
    dm_share: float = 0.25  # of messages from mutuals that arrive as DMs
    reply_share: float = 0.2  # of messages that continue an earlier thread
    initial_followback_share: float = 0.15


@dataclass
class SandboxMessage:
    remote_id: str
    author_id: int
    text: str
    kind: MessageKind
    created_at: float
    category: MessageCategory
    in_reply_to: str | None = None
    thread_root: str | None = None


@dataclass
class BrandWorld:
    """One brand account on the sandbox network."""

    index: int
    handle: str
    params: WorldParams
    capabilities: Capabilities
    follower_ids: np.ndarray
    follow_at: np.ndarray
    left: np.ndarray
    n: int
    next_new: int
    following: dict[int, float] = field(default_factory=dict)
    unfollowed_by_brand: dict[int, float] = field(default_factory=dict)
    purged: dict[int, str] = field(default_factory=dict)
    notifications: list[tuple[int, float]] = field(default_factory=list)
    messages: list[SandboxMessage] = field(default_factory=list)
    dms: list[SandboxMessage] = field(default_factory=list)
    sent: list[tuple[str, str, str, float]] = field(default_factory=list)  # kind, target, text, t
    sent_refs: list[str] = field(default_factory=list)  # the id of each ``sent`` entry
    follow_calls: Counter[int] = field(default_factory=Counter)
    duplicate_follows: int = 0
    limit_violations: int = 0
    usage: dict[str, deque[tuple[float, int]]] = field(default_factory=dict)

    @property
    def remote_id(self) -> str:
        return f"brand{self.index}"

    def active_count(self) -> int:
        return int(self.n - np.count_nonzero(self.left[: self.n]))

    def _grow(self, extra: int) -> None:
        need = self.n + extra
        if need <= len(self.follower_ids):
            return
        size = max(need, int(len(self.follower_ids) * 1.5) + 1024)
        for name in ("follower_ids", "follow_at", "left"):
            old = getattr(self, name)
            new = np.zeros(size, dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def add_followers(self, ids: np.ndarray, at: np.ndarray) -> None:
        self._grow(len(ids))
        sl = slice(self.n, self.n + len(ids))
        self.follower_ids[sl] = ids
        self.follow_at[sl] = at
        self.left[sl] = False
        self.n += len(ids)
        self.notifications.extend(zip(ids.tolist(), at.tolist(), strict=True))


class SandboxNetwork:
    """A simulated social network serving any number of brand accounts.

    ``platform_rules`` picks whose rules (limits, capabilities) the network follows;
    profiles carry ``Platform.SANDBOX``.
    """

    def __init__(
        self,
        seed: int = 0,
        start: datetime = datetime(2026, 11, 1, tzinfo=UTC),
        platform_rules: Platform = Platform.SANDBOX,
    ) -> None:
        self.seed = seed
        self.now = start.timestamp()
        self.population = Population(seed=seed, as_of=start)
        self.capabilities = DEFAULT_CAPABILITIES[platform_rules]
        self.brands: dict[str, BrandWorld] = {}
        self.calls: Counter[str] = Counter()
        self.records_read = 0
        self._msg_seq = 0
        self._step = 0

    # -- time ------------------------------------------------------------------------
    @property
    def clock(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)

    def time(self) -> datetime:
        """The network's current (simulated) time; pass as the clock to followback."""
        return self.clock

    def advance(self, hours: float, step_hours: float = 1.0) -> None:
        """Move simulated time forward, simulating every brand's audience step by step."""
        remaining = hours
        while remaining > 1e-9:
            dt = min(step_hours, remaining)
            for world in self.brands.values():
                self._simulate(world, dt)
            self.now += dt * 3600.0
            self._step += 1
            remaining -= dt

    def _rng(self, *keys: int) -> np.random.Generator:
        return np.random.default_rng([self.seed, self._step, *keys])

    # -- brands ----------------------------------------------------------------------
    def add_brand(
        self,
        handle: str,
        followers: int = 1000,
        params: WorldParams | None = None,
        *,
        index: int | None = None,
    ) -> BrandWorld:
        """Create a brand with ``followers`` existing followers (who arrived over a year).

        ``index`` (default: the next one) picks the brand's id range and random stream, so
        a process that builds only some brands can build each exactly as another does.
        """
        params = params or WorldParams()
        index = len(self.brands) + 1 if index is None else index
        base = index * BRAND_ID_STRIDE
        world = BrandWorld(
            index=index,
            handle=handle,
            params=params,
            capabilities=self.capabilities,
            follower_ids=np.zeros(0, dtype=np.int64),
            follow_at=np.zeros(0, dtype=np.float64),
            left=np.zeros(0, dtype=bool),
            n=0,
            next_new=base + followers + 1,
        )
        rng = np.random.default_rng([self.seed, index, 0])
        ids = np.arange(base + 1, base + followers + 1, dtype=np.int64)
        at = np.sort(self.now - rng.uniform(0, 365 * DAY_S, size=followers))
        world.add_followers(ids, at)
        world.notifications.clear()  # history predates the brand's use of followback
        fb = ids[rng.uniform(size=followers) < params.initial_followback_share]
        world.following = dict.fromkeys(fb.tolist(), self.now - DAY_S)
        self.brands[handle] = world
        return world

    def world(self, handle: str) -> BrandWorld:
        return self.brands[handle.lstrip("@")]

    def _simulate(self, w: BrandWorld, dt_h: float) -> None:
        rng = self._rng(w.index)
        p = w.params
        # Departures: a hazard per follower, higher when the brand does not follow back.
        active = np.flatnonzero(~w.left[: w.n])
        if len(active):
            ids = w.follower_ids[active]
            followed = np.isin(
                ids, np.fromiter(w.following, dtype=np.int64, count=len(w.following))
            )
            hazard = (
                p.leave_rate_per_day
                * dt_h
                / 24.0
                * np.where(followed, 1.0, p.not_followed_back_factor)
            )
            leaving = rng.uniform(size=len(ids)) < hazard
            kinds = self.population.kinds(ids)
            purge = (kinds == AccountKind.BOUGHT) & (
                rng.uniform(size=len(ids)) < p.purge_rate_per_day * dt_h / 24.0
            )
            w.left[active[leaving | purge]] = True
            for rid in ids[purge].tolist():
                w.purged[rid] = "suspended"
        # Arrivals.
        count = int(rng.poisson(p.new_followers_per_day * dt_h / 24.0))
        if count:
            new = np.arange(w.next_new, w.next_new + count, dtype=np.int64)
            w.next_new += count
            at = np.sort(self.now + rng.uniform(0, dt_h * 3600.0, size=count))
            w.add_followers(new, at)
        # Messages.
        for _ in range(int(rng.poisson(p.messages_per_day * dt_h / 24.0))):
            self._new_message(w, rng, dt_h)

    def _new_message(self, w: BrandWorld, rng: np.random.Generator, dt_h: float) -> None:
        if w.n and rng.uniform() < 0.7:
            author = int(w.follower_ids[int(rng.integers(0, w.n))])
        else:
            author = w.index * BRAND_ID_STRIDE + OUTSIDER_OFFSET + int(rng.integers(0, 10**6))
        category, text = compose(rng, w.handle)
        self._msg_seq += 1
        t = self.now + float(rng.uniform(0, dt_h * 3600.0))
        msg = SandboxMessage(f"m{self._msg_seq}", author, text, MessageKind.MENTION, t, category)
        # People often continue their own earlier thread with the brand.
        earlier = [m for m in w.messages[-50:] if m.author_id == author]
        if earlier and rng.uniform() < w.params.reply_share * 3:
            parent = earlier[-1]
            msg.kind = MessageKind.REPLY
            msg.in_reply_to = parent.remote_id
            msg.thread_root = parent.thread_root or parent.remote_id
        mutual = author in w.following and self.is_follower(w, author)
        if mutual and rng.uniform() < w.params.dm_share:
            msg.kind, msg.in_reply_to, msg.thread_root = MessageKind.DM, None, None
            w.dms.append(msg)
        else:
            w.messages.append(msg)

    # -- queries used by the connector -------------------------------------------------
    def is_follower(self, w: BrandWorld, remote_id: int) -> bool:
        idx = np.flatnonzero(w.follower_ids[: w.n] == remote_id)
        return bool(len(idx)) and not bool(w.left[idx[-1]])

    def check_limit(self, w: BrandWorld, op: str) -> None:
        """Enforce the platform's limits on a sliding window; count any violation attempt."""
        for spec in w.capabilities.limits:
            cost = spec.cost(op)
            if not cost:
                continue
            window = w.usage.setdefault(spec.name, deque())
            while window and window[0][0] <= self.now - spec.period_s:
                window.popleft()
            used = sum(c for _, c in window)
            if used + cost > spec.capacity:
                w.limit_violations += 1
                retry = window[0][0] + spec.period_s - self.now if window else spec.period_s
                raise RateLimitedError(f"sandbox limit {spec.name} exceeded", retry_after=retry)
        for spec in w.capabilities.limits:
            if spec.cost(op):
                w.usage.setdefault(spec.name, deque()).append((self.now, spec.cost(op)))

    # -- peers: other accounts acting on the network (tests, demos) ---------------------
    def peer_follow(self, handle: str, remote_id: int) -> None:
        w = self.world(handle)
        if not self.is_follower(w, remote_id):
            w.add_followers(np.array([remote_id], dtype=np.int64), np.array([self.now]))

    def peer_unfollow(self, handle: str, remote_id: int) -> None:
        w = self.world(handle)
        idx = np.flatnonzero(w.follower_ids[: w.n] == remote_id)
        if len(idx):
            w.left[idx[-1]] = True

    def peer_mention(
        self, handle: str, author_id: int, text: str, in_reply_to: str | None = None
    ) -> str:
        w = self.world(handle)
        self._msg_seq += 1
        parent = next((m for m in w.messages if m.remote_id == in_reply_to), None)
        msg = SandboxMessage(
            f"m{self._msg_seq}",
            author_id,
            text,
            MessageKind.REPLY if parent else MessageKind.MENTION,
            self.now,
            MessageCategory.CHATTER,
            in_reply_to=in_reply_to,
            thread_root=(parent.thread_root or parent.remote_id) if parent else None,
        )
        w.messages.append(msg)
        return msg.remote_id

    def peer_dm(self, handle: str, author_id: int, text: str) -> str:
        w = self.world(handle)
        self._msg_seq += 1
        msg = SandboxMessage(
            f"m{self._msg_seq}", author_id, text, MessageKind.DM, self.now, MessageCategory.CHATTER
        )
        w.dms.append(msg)
        return msg.remote_id

    def peer_purge(self, handle: str, remote_id: int, reason: str = "suspended") -> None:
        """The platform suspends/deletes an account: it disappears from follower lists."""
        w = self.world(handle)
        w.purged[remote_id] = reason
        idx = np.flatnonzero(w.follower_ids[: w.n] == remote_id)
        if len(idx):
            w.left[idx[-1]] = True

    def save(self, path: Path) -> None:
        """Write the whole network to ``path`` atomically (demo and CLI sessions share it)."""
        tmp = path.with_suffix(path.suffix + ".tmp")
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(self, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> SandboxNetwork:
        """Read a network written by :meth:`save`."""
        # pickle is acceptable here: the file is written by followback itself into the
        # user's own data directory, never received from elsewhere.
        with path.open("rb") as fh:
            net = pickle.load(fh)  # noqa: S301
        if not isinstance(net, cls):
            raise TypeError(f"{path} does not hold a sandbox network")
        return net

    def connector(self, handle: str, faults: object | None = None) -> SandboxConnector:
        from followback.connectors.sandbox.connector import FaultPlan, SandboxConnector

        plan = faults if isinstance(faults, FaultPlan) else None
        return SandboxConnector(self, self.world(handle), plan)

    def since(self, seconds_ago: float) -> datetime:
        return self.clock - timedelta(seconds=seconds_ago)


from followback.connectors.sandbox.connector import SandboxConnector  # noqa: E402
