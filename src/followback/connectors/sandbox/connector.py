"""The sandbox connector: the :class:`~followback.connectors.base.Connector` protocol
served from a :class:`SandboxNetwork`, with optional fault injection for soak tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np

from followback.connectors.base import FollowNotification, Page, Relationship, WriteKey
from followback.domain import (
    AuthExpiredError,
    Capabilities,
    InboundMessage,
    NotFoundError,
    Platform,
    Profile,
    RateLimitedError,
    RejectedError,
    TransientError,
)

if TYPE_CHECKING:
    from followback.connectors.sandbox.network import BrandWorld, SandboxMessage, SandboxNetwork

__all__ = ["FaultPlan", "SandboxConnector"]


@dataclass
class FaultPlan:
    """Probabilities of injected faults per call (for soak tests), deterministic by seed."""

    seed: int = 0
    rate_429: float = 0.0
    rate_5xx: float = 0.0
    rate_timeout: float = 0.0
    rate_truncated: float = 0.0
    rate_expired: float = 0.0
    retry_after_s: float = 1.0

    def __post_init__(self) -> None:
        self._rng = np.random.default_rng(self.seed)
        self.injected: dict[str, int] = {}

    def maybe_fail(self, method: str) -> None:
        """Raise one of our connector errors with the configured probabilities."""
        r = float(self._rng.uniform())
        for name, rate, exc in (
            ("429", self.rate_429, RateLimitedError("injected 429", self.retry_after_s)),
            ("5xx", self.rate_5xx, TransientError(f"injected 503 on {method}")),
            ("timeout", self.rate_timeout, TransientError(f"injected timeout on {method}")),
            ("truncated", self.rate_truncated, TransientError(f"truncated page on {method}")),
            ("expired", self.rate_expired, AuthExpiredError("injected expired token")),
        ):
            if r < rate:
                self.injected[name] = self.injected.get(name, 0) + 1
                raise exc
            r -= rate


def _ts(t: float) -> datetime:
    return datetime.fromtimestamp(t, UTC)


def _parse_id(remote_id: str) -> int:
    try:
        return int(remote_id)
    except ValueError:
        raise NotFoundError(f"no sandbox account {remote_id!r}") from None


class SandboxConnector:
    """A brand's session on the sandbox network."""

    platform = Platform.SANDBOX

    def __init__(
        self, network: SandboxNetwork, world: BrandWorld, faults: FaultPlan | None = None
    ) -> None:
        self.network = network
        self.world = world
        self.faults = faults
        self.capabilities: Capabilities = world.capabilities
        self.calls = 0
        self.on_close: Callable[[], None] | None = None

    def _call(self, method: str, records: int = 0) -> None:
        self.calls += 1
        self.network.calls[method] += 1
        self.network.records_read += records
        if self.faults is not None:
            self.faults.maybe_fail(method)

    def _profiles(self, ids: np.ndarray) -> list[Profile]:
        return self.network.population.profiles(ids, observed_at=self.network.clock)

    async def whoami(self) -> Profile:
        self._call("whoami", 1)
        w = self.world
        return Profile(
            platform=Platform.SANDBOX,
            remote_id=w.remote_id,
            handle=w.handle,
            observed_at=self.network.clock,
            display_name=w.handle,
            followers_count=w.active_count(),
            following_count=len(w.following),
        )

    async def list_followers(self, cursor: str | None = None) -> Page[Profile]:
        """Newest first; the cursor is a position in the follower log."""
        w = self.world
        pos = w.n if cursor is None else int(cursor)
        size = self.capabilities.page_size
        picked: list[int] = []
        lo = pos
        while lo > 0 and len(picked) < size:
            step = max(size * 2, 256)
            new_lo = max(0, lo - step)
            seg = np.flatnonzero(~w.left[new_lo:lo])[::-1] + new_lo
            picked.extend(seg[: size - len(picked)].tolist())
            lo = new_lo if len(picked) < size else picked[-1]
        ids = w.follower_ids[picked] if picked else np.zeros(0, dtype=np.int64)
        self._call("list_followers", len(ids))
        nxt = picked[-1] if picked and len(picked) == size and picked[-1] > 0 else None
        return Page(self._profiles(ids), None if nxt is None else str(nxt))

    async def list_following(self, cursor: str | None = None) -> Page[Profile]:
        w = self.world
        ordered = sorted(w.following.items(), key=lambda kv: (-kv[1], kv[0]))
        start = int(cursor or 0)
        size = self.capabilities.page_size
        chunk = ordered[start : start + size]
        self._call("list_following", len(chunk))
        ids = np.array([k for k, _ in chunk], dtype=np.int64)
        nxt = str(start + size) if start + size < len(ordered) else None
        return Page(self._profiles(ids), nxt)

    async def fetch_profile(self, remote_id: str) -> Profile:
        rid = _parse_id(remote_id)
        self._call("fetch_profile", 1)
        reason = self.world.purged.get(rid)
        if reason == "deleted":
            raise NotFoundError(f"sandbox account {remote_id} was deleted")
        profile = self._profiles(np.array([rid]))[0]
        if reason == "suspended":
            profile = replace(profile, suspended=True)
        return profile

    async def fetch_follow_notifications(
        self, cursor: str | None = None
    ) -> Page[FollowNotification]:
        w = self.world
        start = int(cursor or 0)
        size = self.capabilities.page_size
        chunk = w.notifications[start : start + size]
        self._call("fetch_follow_notifications", len(chunk))
        items = [FollowNotification(str(rid), _ts(at)) for rid, at in chunk]
        return Page(items, str(start + len(chunk)) if chunk else cursor)

    def _messages(
        self, source: list[SandboxMessage], cursor: str | None, method: str
    ) -> Page[InboundMessage]:
        start = int(cursor or 0)
        chunk = source[start : start + self.capabilities.page_size]
        self._call(method, len(chunk))
        pop = self.network.population
        items = []
        for m in chunk:
            author = pop.profile(m.author_id)
            items.append(
                InboundMessage(
                    platform=Platform.SANDBOX,
                    remote_id=m.remote_id,
                    author_id=str(m.author_id),
                    author_handle=author.handle,
                    text=m.text,
                    kind=m.kind,
                    created_at=_ts(m.created_at),
                    thread_root_id=m.thread_root,
                    in_reply_to_id=m.in_reply_to,
                    author_followers=author.followers_count,
                )
            )
        return Page(items, str(start + len(chunk)) if chunk else cursor)

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        return self._messages(self.world.messages, cursor, "fetch_mentions")

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        return self._messages(self.world.dms, cursor, "fetch_dms")

    async def get_relationship(self, remote_id: str) -> Relationship:
        rid = _parse_id(remote_id)
        self._call("get_relationship", 1)
        following = rid in self.world.following
        followed_by = self.network.is_follower(self.world, rid)
        return Relationship(following, followed_by, can_dm=following and followed_by)

    async def follow(self, remote_id: str, *, key: WriteKey | None = None) -> str:
        rid = _parse_id(remote_id)
        self._call("follow")
        w = self.world
        if rid in w.purged:
            raise NotFoundError(f"sandbox account {remote_id} is {w.purged[rid]}")
        if rid in w.following:  # idempotent: already following changes nothing
            w.duplicate_follows += 1
            return f"follow:{rid}"
        self.network.check_limit(w, "follow")
        w.following[rid] = self.network.now
        w.follow_calls[rid] += 1
        w.unfollowed_by_brand.pop(rid, None)
        return f"follow:{rid}"

    async def unfollow(self, remote_id: str) -> None:
        rid = _parse_id(remote_id)
        self._call("unfollow")
        w = self.world
        if rid not in w.following:
            return
        self.network.check_limit(w, "unfollow")
        del w.following[rid]
        w.unfollowed_by_brand[rid] = self.network.now

    def _send(self, kind: str, target: str, text: str) -> str:
        self._call(f"send_{kind}")
        self.network.check_limit(self.world, kind)
        self.network._msg_seq += 1
        ref = f"out{self.network._msg_seq}"
        self.world.sent.append((kind, target, text, self.network.now))
        self.world.sent_refs.append(ref)
        return ref

    async def send_reply(self, in_reply_to: str, text: str, *, key: WriteKey | None = None) -> str:
        if not any(m.remote_id == in_reply_to for m in self.world.messages):
            raise NotFoundError(f"no sandbox message {in_reply_to!r}")
        return self._send("reply", in_reply_to, text)

    async def send_dm(self, remote_id: str, text: str, *, key: WriteKey | None = None) -> str:
        rel = await self.get_relationship(remote_id)
        if not rel.can_dm:
            raise RejectedError(
                f"cannot message {remote_id}: a private message needs a mutual follow"
            )
        return self._send("dm", remote_id, text)

    async def repost(self, message_id: str, *, key: WriteKey | None = None) -> str:
        return self._send("repost", message_id, "")

    async def find_sent(
        self, kind: str, target: str, text: str, *, key: WriteKey | None = None
    ) -> str | None:
        self._call("find_sent", 1)
        for (k, t, body, _), ref in zip(
            reversed(self.world.sent), reversed(self.world.sent_refs), strict=True
        ):
            if k == kind and t == target and (kind == "repost" or body == text):
                return ref
        return None

    async def aclose(self) -> None:
        if self.on_close is not None:
            self.on_close()
