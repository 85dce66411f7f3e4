"""``SandboxHttpConnector``: the Connector protocol against a sandbox served over HTTP.

HTTP outcomes become followback's errors in one place (:func:`_translate`): 429 (with
``Retry-After``) → ``RateLimitedError``, 5xx, timeouts, broken connections and cut-off
bodies → ``TransientError``, 401 → ``AuthExpiredError``, 404 → ``NotFoundError``, other
4xx → ``RejectedError``. The network's simulated time arrives in ``X-Sandbox-Time`` on
every answer; :meth:`SandboxHttpConnector.clock` returns it, so workers in other
processes live in the network's time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import httpx

from followback.connectors.base import FollowNotification, Page, Relationship, WriteKey
from followback.domain import (
    DEFAULT_CAPABILITIES,
    AuthExpiredError,
    Capabilities,
    InboundMessage,
    MessageKind,
    NotFoundError,
    OutcomeUnknownError,
    Platform,
    Profile,
    RateLimitedError,
    RejectedError,
    TransientError,
)

__all__ = ["SandboxHttpConnector"]


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _profile(d: dict[str, Any]) -> Profile:
    return Profile(
        **{
            **d,
            "platform": Platform(d["platform"]),
            "observed_at": datetime.fromisoformat(d["observed_at"]),
            "created_at": _dt(d.get("created_at")),
            "last_post_at": _dt(d.get("last_post_at")),
            "labels": tuple(d.get("labels") or ()),
        }
    )


def _message(d: dict[str, Any]) -> InboundMessage:
    return InboundMessage(
        **{
            **d,
            "platform": Platform(d["platform"]),
            "kind": MessageKind(d["kind"]),
            "created_at": datetime.fromisoformat(d["created_at"]),
        }
    )


def _notification(d: dict[str, Any]) -> FollowNotification:
    profile = d.get("profile")
    return FollowNotification(
        d["remote_id"], datetime.fromisoformat(d["at"]), _profile(profile) if profile else None
    )


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return float(response.headers["Retry-After"])
    except (KeyError, ValueError):
        return None


_WRITES = frozenset({"follow", "unfollow", "send_reply", "send_dm", "repost"})


def _translate(response: httpx.Response) -> None:
    """Raise our error for a non-2xx answer."""
    status = response.status_code
    if status < 400:
        return
    try:
        message = str(response.json().get("error", response.reason_phrase))
    except (json.JSONDecodeError, AttributeError):
        message = response.reason_phrase
    if status == 429:
        raise RateLimitedError(f"sandbox: {message}", _retry_after(response))
    if status == 401:
        raise AuthExpiredError(f"sandbox: {message}")
    if status == 404:
        raise NotFoundError(f"sandbox: {message}")
    if status >= 500:
        raise TransientError(f"sandbox: HTTP {status}: {message}")
    raise RejectedError(f"sandbox: HTTP {status}: {message}")


@contextmanager
def _transport_errors(verb: str) -> Iterator[None]:
    try:
        yield
    except httpx.TimeoutException as exc:
        raise TransientError(f"sandbox {verb}: timed out") from exc
    except httpx.TransportError as exc:
        raise TransientError(f"sandbox {verb}: {type(exc).__name__}: {exc}") from exc


class SandboxHttpConnector:
    """One brand's session on a sandbox network served by ``sandbox.server``."""

    platform = Platform.SANDBOX

    def __init__(
        self,
        base_url: str,
        handle: str,
        *,
        timeout: float = 2.0,
        capabilities: Capabilities | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.handle = handle.lstrip("@")
        self.capabilities: Capabilities = capabilities or DEFAULT_CAPABILITIES[Platform.SANDBOX]
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            headers={"X-Client": str(os.getpid())},  # lets the server attribute faults
        )
        self._time: datetime | None = None

    def clock(self) -> datetime:
        """The network's simulated time as of the last answer (asked for if none yet)."""
        if self._time is None:
            with _transport_errors("time"):
                response = httpx.get(f"{self.base_url}/control/time", timeout=5.0)
            _translate(response)
            self._time = datetime.fromisoformat(response.json()["time"])
        return self._time

    async def _call(self, verb: str, *args: Any) -> Any:
        if verb in _WRITES:
            try:
                return await self._exchange(verb, *args)
            except TransientError as exc:
                # Sent, no answer: the write may have landed; the outbox reconciles.
                raise OutcomeUnknownError(str(exc)) from exc
        return await self._exchange(verb, *args)

    async def _exchange(self, verb: str, *args: Any) -> Any:
        with _transport_errors(verb):
            response = await self._client.post(f"/api/{self.handle}/{verb}", json={"args": args})
        stamp = response.headers.get("X-Sandbox-Time")
        if stamp:
            self._time = datetime.fromisoformat(stamp)
        _translate(response)
        try:
            return response.json()["result"]
        except (json.JSONDecodeError, KeyError) as exc:
            fault = response.headers.get("X-Fault-Id")
            tag = f" [fault {fault}]" if fault else ""
            raise TransientError(f"sandbox {verb}: truncated or malformed answer{tag}") from exc

    async def whoami(self) -> Profile:
        return _profile(await self._call("whoami"))

    async def list_followers(self, cursor: str | None = None) -> Page[Profile]:
        d = await self._call("list_followers", cursor)
        return Page([_profile(p) for p in d["items"]], d["next_cursor"])

    async def list_following(self, cursor: str | None = None) -> Page[Profile]:
        d = await self._call("list_following", cursor)
        return Page([_profile(p) for p in d["items"]], d["next_cursor"])

    async def fetch_profile(self, remote_id: str) -> Profile:
        return _profile(await self._call("fetch_profile", remote_id))

    async def fetch_follow_notifications(
        self, cursor: str | None = None
    ) -> Page[FollowNotification]:
        d = await self._call("fetch_follow_notifications", cursor)
        return Page([_notification(n) for n in d["items"]], d["next_cursor"])

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        d = await self._call("fetch_mentions", cursor)
        return Page([_message(m) for m in d["items"]], d["next_cursor"])

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        d = await self._call("fetch_dms", cursor)
        return Page([_message(m) for m in d["items"]], d["next_cursor"])

    async def get_relationship(self, remote_id: str) -> Relationship:
        return Relationship(**await self._call("get_relationship", remote_id))

    async def follow(self, remote_id: str, *, key: WriteKey | None = None) -> str:
        return str(await self._call("follow", remote_id))

    async def unfollow(self, remote_id: str) -> None:
        await self._call("unfollow", remote_id)

    async def send_reply(self, in_reply_to: str, text: str, *, key: WriteKey | None = None) -> str:
        return str(await self._call("send_reply", in_reply_to, text))

    async def send_dm(self, remote_id: str, text: str, *, key: WriteKey | None = None) -> str:
        return str(await self._call("send_dm", remote_id, text))

    async def repost(self, message_id: str, *, key: WriteKey | None = None) -> str:
        return str(await self._call("repost", message_id))

    async def find_sent(
        self, kind: str, target: str, text: str, *, key: WriteKey | None = None
    ) -> str | None:
        found = await self._call("find_sent", kind, target, text)
        return str(found) if found is not None else None

    async def aclose(self) -> None:
        await self._client.aclose()
