"""Test support for connectors: recorded payloads, mock transports, local-server peers.

- ``payload(platform, name)`` loads ``tests/payloads/<platform>/<name>.json``.
- ``RecordedSession`` is a ``requests.Session`` answering from a route table (Mastodon.py
  and tweepy use requests); ``recorded_transport`` is the httpx equivalent (atproto).
- ``FakeXApi`` is a small stateful X API v2 built from the recorded payloads, so the
  contract suite can drive the X connector through follow/mention/DM round trips.
- Harnesses give the contract suite one shape for every connector: the brand's
  connector, and peers (other accounts) that follow, mention and message the brand.
"""

from __future__ import annotations

import asyncio
import copy
import fcntl
import itertools
import json
import os
import re
import secrets
import shutil
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import requests
import vcr
from requests.adapters import BaseAdapter

from followback.connectors.base import Connector

PAYLOADS = Path(__file__).parent / "payloads"
T = TypeVar("T")

BLUESKY_URL = os.environ.get("FOLLOWBACK_TEST_BLUESKY_URL")
BLUESKY_CONTROL = os.environ.get("FOLLOWBACK_TEST_BLUESKY_CONTROL")
MASTODON_URL = os.environ.get("FOLLOWBACK_TEST_MASTODON_URL")
MASTODON_TOKENS = os.environ.get("FOLLOWBACK_TEST_MASTODON_TOKENS", "")
# A test's own HTTP calls to snac2 wait as long as the connector does (its
# REQUEST_TIMEOUT_S): snac answers in well under a second, but slowly while its
# delivery queue is long, and httpx's default of 5 s turned that into a failed test.
SNAC_TIMEOUT_S = 30.0


def replay_only(platform: str) -> vcr.VCR:
    """vcrpy over ``tests/payloads/<platform>/cassettes`` in replay-only mode: an unrecorded
    request fails the test; requests match on method, URL and body."""
    return vcr.VCR(
        cassette_library_dir=str(PAYLOADS / platform / "cassettes"),
        record_mode="none",
        match_on=("method", "scheme", "host", "path", "query", "body"),
    )


def payload(platform: str, name: str) -> Any:
    return json.loads((PAYLOADS / platform / f"{name}.json").read_text(encoding="utf-8"))


# --- requests: a session answering from a route table ------------------------------------

Reply = tuple[int, Any, dict[str, str]]
Handler = Callable[[requests.PreparedRequest, re.Match[str]], Reply]


class _RouteAdapter(BaseAdapter):
    def __init__(self, owner: RecordedSession) -> None:
        super().__init__()
        self.owner = owner

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        return self.owner.answer(request)

    def close(self) -> None:
        pass


class RecordedSession(requests.Session):
    """A requests session whose answers come from ``routes``: (method, path regex) -> reply.

    A reply is ``(status, body, headers)`` or a callable returning one; a list of replies
    is served in order (the last one repeats). ``calls`` records (method, path, query).
    """

    def __init__(self, routes: dict[tuple[str, str], Any] | None = None) -> None:
        super().__init__()
        self.routes: dict[tuple[str, str], Any] = dict(routes or {})
        self.calls: list[tuple[str, str, str]] = []
        self.bodies: list[Any] = []
        adapter = _RouteAdapter(self)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def answer(self, request: requests.PreparedRequest) -> requests.Response:
        url = httpx.URL(str(request.url))
        method = str(request.method)
        self.calls.append((method, url.path, str(url.query, "ascii") if url.query else ""))
        body = request.body
        try:
            self.bodies.append(json.loads(body) if body else None)
        except (ValueError, TypeError):
            self.bodies.append(body)
        for (m, pattern), reply in self.routes.items():
            match = re.fullmatch(pattern, url.path)
            if m == method and match:
                if isinstance(reply, list):
                    reply = reply.pop(0) if len(reply) > 1 else reply[0]
                if callable(reply):
                    reply = reply(request, match)
                return _response(request, *reply)
        return _response(request, 404, {"error": f"no route for {method} {url.path}"}, {})


def _response(
    request: requests.PreparedRequest, status: int, body: Any, headers: dict[str, str]
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.reason = {200: "OK", 201: "Created", 401: "Unauthorized", 404: "Not Found"}.get(
        status, "Status"
    )
    if isinstance(body, bytes | str):
        content = body.encode() if isinstance(body, str) else body
        ctype = "text/html"
    else:
        content = json.dumps(body).encode()
        ctype = "application/json; charset=utf-8"
    response._content = content
    response.headers.update({"content-type": ctype, **headers})
    response.url = str(request.url)
    response.request = request
    response.encoding = "utf-8"
    return response


def recorded_transport(
    routes: dict[tuple[str, str], Any], calls: list[httpx.Request] | None = None
) -> httpx.MockTransport:
    """An httpx transport answering from ``routes`` like :class:`RecordedSession`."""

    def handle(request: httpx.Request) -> httpx.Response:
        if calls is not None:
            calls.append(request)
        for (m, pattern), reply in routes.items():
            if m == request.method and re.fullmatch(pattern, request.url.path):
                if isinstance(reply, list):
                    reply = reply.pop(0) if len(reply) > 1 else reply[0]
                if callable(reply):
                    reply = reply(request)
                status, body, headers = reply
                return httpx.Response(status, json=body, headers=headers)
        return httpx.Response(404, json={"error": "NotFound", "message": request.url.path})

    return httpx.MockTransport(handle)


# --- A small stateful X API v2 from the recorded payloads ---------------------------------


@dataclass
class FakeXApi:
    """Users, follows, mentions and DMs in memory, answered in X API v2's shapes."""

    me: dict[str, Any] = field(default_factory=lambda: payload("x", "user_me")["data"])
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    followers: list[str] = field(default_factory=list)  # newest first
    following: set[str] = field(default_factory=set)
    tweets: list[dict[str, Any]] = field(default_factory=list)  # newest first
    dms: list[dict[str, Any]] = field(default_factory=list)  # newest first
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1795400000000000000))

    def __post_init__(self) -> None:
        self.users[self.me["id"]] = self.me
        self.session = RecordedSession(
            {
                ("GET", r"/2/users/me"): lambda r, m: self._ok(self.me),
                ("GET", r"/2/users/(\d+)/followers"): lambda r, m: self._list(self.followers),
                ("GET", r"/2/users/(\d+)/following"): lambda r, m: self._list(
                    sorted(self.following)
                ),
                ("GET", r"/2/users/(\d+)/mentions"): self._mentions,
                ("GET", r"/2/users/by/username/(\w+)"): self._by_name,
                ("GET", r"/2/users/(\d+)"): lambda r, m: self._user(m.group(1)),
                ("GET", r"/2/dm_events"): self._dm_events,
                ("POST", r"/2/users/(\d+)/following"): self._follow,
                ("DELETE", r"/2/users/(\d+)/following/(\d+)"): self._unfollow,
                ("POST", r"/2/tweets"): self._tweet,
                ("POST", r"/2/users/(\d+)/retweets"): lambda r, m: (
                    200,
                    payload("x", "retweet_ok"),
                    {},
                ),
                ("POST", r"/2/dm_conversations/with/(\d+)/messages"): self._dm,
            }
        )

    def _ok(self, data: Any) -> Reply:
        return 200, {"data": data}, {"x-rate-limit-remaining": "99"}

    def _list(self, ids: list[str]) -> Reply:
        if not ids:
            return 200, {"meta": {"result_count": 0}}, {}
        return 200, {"data": [self.users[i] for i in ids], "meta": {"result_count": len(ids)}}, {}

    def _user(self, user_id: str) -> Reply:
        user = self.users.get(user_id)
        if user is None:
            return 200, payload("x", "user_not_found"), {}
        out = dict(user)
        status = []
        if user_id in self.following:
            status.append("following")
        if user_id in self.followers:
            status.append("followed_by")
        out["connection_status"] = status
        out["receives_your_dm"] = True
        return self._ok(out)

    def _by_name(self, request: Any, match: re.Match[str]) -> Reply:
        for user in self.users.values():
            if user["username"] == match.group(1):
                return self._user(user["id"])
        return 200, payload("x", "user_not_found"), {}

    def _query(self, request: Any) -> dict[str, str]:
        return dict(httpx.URL(str(request.url)).params)

    def _mentions(self, request: Any, match: re.Match[str]) -> Reply:
        since = int(self._query(request).get("since_id", "0"))
        found = [t for t in self.tweets if int(t["id"]) > since]
        if not found:
            return 200, {"meta": {"result_count": 0}}, {}
        authors = {t["author_id"] for t in found}
        return (
            200,
            {
                "data": found,
                "includes": {"users": [self.users[a] for a in authors]},
                "meta": {"newest_id": found[0]["id"], "result_count": len(found)},
            },
            {},
        )

    def _dm_events(self, request: Any, match: re.Match[str]) -> Reply:
        if not self.dms:
            return 200, {"meta": {"result_count": 0}}, {}
        senders = {d["sender_id"] for d in self.dms}
        return (
            200,
            {"data": self.dms, "includes": {"users": [self.users[s] for s in senders]}},
            {},
        )

    def _follow(self, request: Any, match: re.Match[str]) -> Reply:
        target = json.loads(request.body)["target_user_id"]
        if target not in self.users:
            return 400, {"title": "Invalid Request", "detail": "unknown user"}, {}
        self.following.add(target)
        return 200, payload("x", "follow_ok"), {}

    def _unfollow(self, request: Any, match: re.Match[str]) -> Reply:
        self.following.discard(match.group(2))
        return 200, payload("x", "unfollow_ok"), {}

    def _tweet(self, request: Any, match: re.Match[str]) -> Reply:
        body = json.loads(request.body)
        reply_to = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        if reply_to and not any(t["id"] == reply_to for t in self.tweets):
            return 400, {"title": "Invalid Request", "detail": "reply target not found"}, {}
        return 201, {"data": {"id": str(next(self.ids)), "text": body["text"]}}, {}

    def _dm(self, request: Any, match: re.Match[str]) -> Reply:
        data = {"dm_conversation_id": f"{self.me['id']}-{match.group(1)}"}
        data["dm_event_id"] = str(next(self.ids))
        return 201, {"data": data}, {}

    # peers ---------------------------------------------------------------------------

    def add_user(self, username: str) -> str:
        user_id = str(next(self.ids))
        self.users[user_id] = {
            "id": user_id,
            "username": username,
            "name": username.title(),
            "created_at": "2024-01-01T00:00:00.000Z",
            "public_metrics": {"followers_count": 3, "following_count": 5, "tweet_count": 8},
        }
        return user_id

    def peer_follow(self, user_id: str) -> None:
        if user_id not in self.followers:
            self.followers.insert(0, user_id)

    def peer_mention(self, user_id: str, text: str) -> str:
        tweet_id = str(next(self.ids))
        self.tweets.insert(
            0,
            {
                "id": tweet_id,
                "text": f"@{self.me['username']} {text}",
                "author_id": user_id,
                "created_at": "2026-11-20T10:00:00.000Z",
                "conversation_id": tweet_id,
            },
        )
        return tweet_id

    def peer_dm(self, user_id: str, text: str) -> str:
        event_id = str(next(self.ids))
        self.dms.insert(
            0,
            {
                "id": event_id,
                "event_type": "MessageCreate",
                "text": text,
                "sender_id": user_id,
                "dm_conversation_id": f"{self.me['id']}-{user_id}",
                "created_at": "2026-11-20T11:00:00.000Z",
            },
        )
        return event_id


# --- Harnesses for the contract suite ------------------------------------------------------


class Peer:
    """Another account on the same network as the brand."""

    remote_id: str
    handle: str

    async def follow_brand(self) -> None:
        raise NotImplementedError

    async def mention_brand(self, text: str) -> str:
        raise NotImplementedError

    async def dm_brand(self, text: str) -> str:
        raise NotImplementedError

    async def mention_brand_then_follow_up(self, text: str, then: str) -> tuple[str, str]:
        """Mention the brand, then answer that post (mentioning the brand again) with
        ``then``: a customer chasing their own complaint. The two posts' ids."""
        raise NotImplementedError


class Harness:
    """A brand connector plus the means to make peers act on it."""

    name: str
    connector: Connector
    brand_id: str
    followers_listed = True  # does list_followers show followers? (snac: no)
    dm_peers = True  # can peers DM the brand here?
    missing_id = "999999999999"
    poll_s = 0.2
    timeout_s = 20.0

    async def new_peer(self) -> Peer:
        raise NotImplementedError

    async def settle(self) -> None:
        """Let the server catch up (index, deliver) before the brand looks."""

    async def eventually(self, read: Callable[[], Awaitable[T]], ok: Callable[[T], bool]) -> T:
        """Read until ``ok`` holds or the harness's timeout passes (then return the last)."""
        deadline = time.monotonic() + self.timeout_s
        while True:
            await self.settle()
            value = await read()
            if ok(value) or time.monotonic() > deadline:
                return value
            await asyncio.sleep(self.poll_s)

    async def aclose(self) -> None:
        await self.connector.aclose()


# sandbox ---------------------------------------------------------------------------------


class SandboxPeer(Peer):
    def __init__(self, net: Any, brand: str, rid: int) -> None:
        self.net, self.brand, self.rid = net, brand, rid
        self.remote_id = str(rid)
        self.handle = net.population.profile(rid).handle

    async def follow_brand(self) -> None:
        self.net.peer_follow(self.brand, self.rid)

    async def mention_brand(self, text: str) -> str:
        return str(self.net.peer_mention(self.brand, self.rid, text))

    async def dm_brand(self, text: str) -> str:
        return str(self.net.peer_dm(self.brand, self.rid, text))


class SandboxHarness(Harness):
    name = "sandbox"

    def __init__(self) -> None:
        from followback.connectors.sandbox import SandboxNetwork

        self.net = SandboxNetwork(seed=1)
        world = self.net.add_brand("brand", followers=5)
        self.connector = self.net.connector("brand")
        self.brand_id = world.remote_id
        self._ids = itertools.count(world.next_new + 10_000)
        self.missing_id = str(next(self._ids))
        self.net.peer_purge("brand", int(self.missing_id), "deleted")

    async def new_peer(self) -> Peer:
        return SandboxPeer(self.net, "brand", next(self._ids))


# x (recorded) ------------------------------------------------------------------------------


class XPeer(Peer):
    def __init__(self, api: FakeXApi, username: str) -> None:
        self.api = api
        self.remote_id = api.add_user(username)
        self.handle = username

    async def follow_brand(self) -> None:
        self.api.peer_follow(self.remote_id)

    async def mention_brand(self, text: str) -> str:
        return self.api.peer_mention(self.remote_id, text)

    async def dm_brand(self, text: str) -> str:
        return self.api.peer_dm(self.remote_id, text)


class XHarness(Harness):
    name = "x"

    def __init__(self) -> None:
        from followback.connectors.retry import RetryPolicy
        from followback.connectors.x import XConnector

        self.api = FakeXApi()
        self.connector = XConnector(
            {"access_token": "test-token"}, session=self.api.session, retry=RetryPolicy(attempts=1)
        )
        self.brand_id = self.api.me["id"]
        self._n = itertools.count(1)

    async def new_peer(self) -> Peer:
        return XPeer(self.api, f"peer{next(self._n)}")


# bluesky (local network) ---------------------------------------------------------------------

_account_seq = itertools.count(1)


def bluesky_account(prefix: str) -> dict[str, str]:
    """A new account on the local network: {did, handle, password, appPassword}."""
    assert BLUESKY_CONTROL, "FOLLOWBACK_TEST_BLUESKY_CONTROL is not set"
    # A handle label has at most 18 characters here.
    handle = f"{prefix[:2]}{os.getpid() % 10000}x{next(_account_seq)}{secrets.token_hex(2)}.test"
    response = httpx.post(
        f"{BLUESKY_CONTROL}/accounts",
        json={"handle": handle, "displayName": prefix.title(), "description": "test account ✨"},
        timeout=60,
    )
    response.raise_for_status()
    return dict(response.json())


def bluesky_process() -> None:
    """Make the local AppView index everything the PDS has sequenced."""
    assert BLUESKY_CONTROL
    httpx.post(f"{BLUESKY_CONTROL}/process", timeout=60).raise_for_status()


class BlueskyPeer(Peer):
    def __init__(self, brand_did: str, brand_handle: str) -> None:
        from followback.connectors.bluesky import BlueskyConnector

        account = bluesky_account("peer")
        self.remote_id = account["did"]
        self.handle = account["handle"]
        self.brand_did, self.brand_handle = brand_did, brand_handle
        assert BLUESKY_URL
        self.conn = BlueskyConnector(
            self.handle, {"app_password": account["appPassword"]}, BLUESKY_URL
        )

    async def follow_brand(self) -> None:
        await self.conn.follow(self.brand_did)

    async def mention_brand(self, text: str) -> str:
        body = f"@{self.brand_handle} {text}"
        mention_end = len(f"@{self.brand_handle}".encode())
        facet = {
            "index": {"byteStart": 0, "byteEnd": mention_end},
            "features": [{"$type": "app.bsky.richtext.facet#mention", "did": self.brand_did}],
        }
        record = {"text": body, "createdAt": _now_iso(), "facets": [facet]}
        return await self.conn._create_record("app.bsky.feed.post", record, "post")

    async def _mention_record(self, text: str, reply: dict[str, Any] | None) -> dict[str, str]:
        body = f"@{self.brand_handle} {text}"
        facet = {
            "index": {"byteStart": 0, "byteEnd": len(f"@{self.brand_handle}".encode())},
            "features": [{"$type": "app.bsky.richtext.facet#mention", "did": self.brand_did}],
        }
        record: dict[str, Any] = {"text": body, "createdAt": _now_iso(), "facets": [facet]}
        if reply is not None:
            record["reply"] = reply
        data = {
            "repo": await self.conn._login(),
            "collection": "app.bsky.feed.post",
            "record": {"$type": "app.bsky.feed.post", **record},
        }
        made = await self.conn._procedure("com.atproto.repo.createRecord", data, action="post")
        return {"uri": str(made["uri"]), "cid": str(made["cid"])}

    async def mention_brand_then_follow_up(self, text: str, then: str) -> tuple[str, str]:
        root = await self._mention_record(text, None)
        follow = await self._mention_record(then, {"root": root, "parent": root})
        return root["uri"], follow["uri"]


def _now_iso() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class BlueskyHarness(Harness):
    name = "bluesky"
    dm_peers = False  # chat.bsky is not served by the local network
    missing_id = "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"

    def __init__(self) -> None:
        from followback.connectors.bluesky import BlueskyConnector

        assert BLUESKY_URL
        account = bluesky_account("brand")
        self.brand_id, self.brand_handle = account["did"], account["handle"]
        self.connector = BlueskyConnector(
            self.brand_handle, {"app_password": account["appPassword"]}, BLUESKY_URL
        )
        self.peers: list[BlueskyPeer] = []

    async def new_peer(self) -> Peer:
        peer = BlueskyPeer(self.brand_id, self.brand_handle)
        self.peers.append(peer)
        return peer

    async def settle(self) -> None:
        await asyncio.to_thread(bluesky_process)

    async def aclose(self) -> None:
        for peer in self.peers:
            await peer.conn.aclose()
        await super().aclose()


# mastodon (snac2) --------------------------------------------------------------------------


def mastodon_tokens() -> dict[str, str]:
    pairs = (p.split(":", 1) for p in MASTODON_TOKENS.split(",") if ":" in p)
    return dict(pairs)


def _servers_dir() -> Path:
    root = Path(__file__).resolve().parents[1]
    return Path(os.environ.get("FOLLOWBACK_SERVERS_DIR", root / ".tmp" / "servers"))


def claim_mastodon_user() -> tuple[str, str]:
    """A peer user no other test (or xdist worker) has used in this server's lifetime."""
    tokens = mastodon_tokens()
    peers = sorted(u for u in tokens if u.startswith("peer"))
    assert peers, "FOLLOWBACK_TEST_MASTODON_TOKENS has no peer users"
    counter = _servers_dir() / "snac-peer-counter"
    counter.parent.mkdir(parents=True, exist_ok=True)
    with counter.open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        n = int(fh.read() or "0")
        fh.seek(0)
        fh.truncate()
        fh.write(str(n + 1))
    user = peers[n % len(peers)]
    return user, tokens[user]


def mastodon_host() -> str:
    assert MASTODON_URL
    return httpx.URL(MASTODON_URL).host


# snac2's command line: new users and the delivery queue ----------------------------------


def snac_paths() -> tuple[Path, Path] | None:
    """snac's binary and data directory, where ``scripts/start-snac.sh`` puts them (or
    ``FOLLOWBACK_TEST_SNAC_BIN`` / ``FOLLOWBACK_TEST_SNAC_DATA``); None where this machine
    cannot run snac's command line on the server's data (tests then share its users)."""
    data = Path(os.environ.get("FOLLOWBACK_TEST_SNAC_DATA", _servers_dir() / "snac" / "data"))
    cache = Path(
        os.environ.get("FOLLOWBACK_CACHE_DIR")
        or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "followback"
    )
    binary = Path(os.environ.get("FOLLOWBACK_TEST_SNAC_BIN", cache / "snac2/root/usr/bin/snac"))
    return (binary, data) if binary.exists() and (data / "server.json").exists() else None


@contextmanager
def _one_at_a_time(data: Path) -> Iterator[None]:
    """Hold the server's user-creation lock (across xdist workers and processes)."""
    with (data.parent / "snac-adduser.lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield  # closing the file releases the lock


def _snac_cli(binary: Path, data: Path, *args: str, stdin: str = "") -> str:
    out = subprocess.run(
        [str(binary), args[0], str(data), *args[1:]],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return out.stdout + out.stderr


def create_snac_user(stem: str) -> tuple[str, str]:
    """A new snac user (``stem`` plus a random tag) and its API token.

    The user is made whole in a scratch directory beside the server's data and moved into
    it with one rename. snac2 segfaulted (and logged "error opening .../key.json") when its
    background thread, which walks every user directory, met a user ``snac adduser`` was
    still writing; a rename shows the thread either no user or a complete one.
    """
    assert MASTODON_URL
    paths = snac_paths()
    assert paths is not None, "snac's binary and data directory are not here"
    binary, data = paths
    clean = "".join(ch for ch in stem.lower() if ch.isascii() and ch.isalnum())[:14]
    name = f"{clean or 'u'}{secrets.token_hex(3)}"
    scratch = data.parent / "snac-adduser"
    with _one_at_a_time(data):
        (scratch / "user").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data / "server.json", scratch / "server.json")
        _snac_cli(binary, scratch, "adduser", name, stdin="\n")
        password = _snac_cli(binary, scratch, "resetpwd", name).split()[-1]
        (scratch / "user" / name).rename(data / "user" / name)
    _snac_passwords[name] = password
    return name, snac_token(name)


# Passwords of the users this process made, for a second token (a user "logging in again").
_snac_passwords: dict[str, str] = {}


def snac_token(name: str) -> str:
    """A new API token for ``name``, a user :func:`create_snac_user` made in this process:
    what a user gets by logging in to snac (each login gives a token of its own)."""
    assert MASTODON_URL
    r = httpx.post(
        f"{MASTODON_URL.rstrip('/')}/oauth/x-snac-get-token",
        data={"login": name, "passwd": _snac_passwords[name], "redir": "", "cid": "", "state": ""},
        timeout=SNAC_TIMEOUT_S,
    )
    r.raise_for_status()
    token = r.text.strip()
    if not re.fullmatch(r"[0-9a-f]{16,}", token):
        raise RuntimeError(f"snac gave no token for {name}")
    return token


def snac_revoke(token: str) -> None:
    """Revoke ``token`` as a user does who signs the app out (Mastodon's ``/oauth/revoke``;
    snac names its tokens' client ``snac-client``). Later API calls with it get 401, and
    ``verify_credentials`` 422."""
    assert MASTODON_URL
    r = httpx.post(
        f"{MASTODON_URL.rstrip('/')}/oauth/revoke",
        data={"token": token, "client_id": "snac-client", "client_secret": ""},
        timeout=SNAC_TIMEOUT_S,
    )
    r.raise_for_status()


def snac_queue_length(data: Path) -> int:
    """Jobs waiting in snac's queues (the server's and each user's): deliveries, including
    those between its own users, wait there until its background thread sends them. A
    delivery to another server is left out: none answers here, so snac retries it for an
    hour and the queue would never look empty."""
    here = httpx.URL(MASTODON_URL or "http://127.0.0.1").host
    jobs = [*(data / "queue").glob("*.json"), *data.glob("user/*/queue/*.json")]
    return sum(1 for job in jobs if _delivered_here(job, here))


def _delivered_here(job: Path, here: str) -> bool:
    try:
        inbox = json.loads(job.read_text(encoding="utf-8")).get("inbox")
    except (OSError, ValueError):
        return True  # being written (or just sent): count it, the next look decides
    return not isinstance(inbox, str) or httpx.URL(inbox).host == here


async def snac_drained(timeout_s: float = 240.0) -> bool:
    """Wait until snac's queues stay empty for three checks a second apart (True), or
    ``timeout_s`` passes (False): a test that made many deliveries (a population) leaves
    none behind to slow the next one. (A job leaves the queue a moment before the job it
    starts, a delivery to a local inbox, is written: one empty look is not enough.)"""
    paths = snac_paths()
    if paths is None:
        return False
    deadline = time.monotonic() + timeout_s
    empty = 0
    while empty < 3:
        if time.monotonic() > deadline:
            return False
        empty = 0 if snac_queue_length(paths[1]) else empty + 1
        await asyncio.sleep(1.0)
    return True


class MastodonPeer(Peer):
    def __init__(self, brand_acct: str) -> None:
        from followback.connectors.mastodon import MastodonConnector

        assert MASTODON_URL
        user, token = claim_mastodon_user()
        self.handle = f"{user}@{mastodon_host()}"
        self.brand_acct = brand_acct
        self.conn = MastodonConnector(MASTODON_URL, token)
        self.remote_id = ""

    async def start(self) -> MastodonPeer:
        self.remote_id = (await self.conn.whoami()).remote_id
        return self

    async def follow_brand(self) -> None:
        await self.conn.follow(self.brand_acct)

    async def mention_brand(self, text: str) -> str:
        return await self.conn._post("mention", f"@{self.brand_acct} {text}", visibility="public")

    async def dm_brand(self, text: str) -> str:
        return await self.conn._post("dm", f"@{self.brand_acct} {text}", visibility="direct")

    async def mention_brand_then_follow_up(self, text: str, then: str) -> tuple[str, str]:
        first = await self.mention_brand(text)
        second = await self.conn._post(
            "mention", f"@{self.brand_acct} {then}", in_reply_to_id=first, visibility="public"
        )
        return first, second


class MastodonHarness(Harness):
    """The brand is a user of its own, made for this harness where the tests can run
    snac's command line (``make test``): no other test's follows and mentions reach it, so
    its notifications (snac lists only its newest 64) hold this test's alone. Elsewhere
    (a snac2 started by someone else) it is the shared user "brand"."""

    name = "mastodon"
    followers_listed = False  # snac answers follower lists with []
    missing_id = "00000000000000000000000000000000"
    poll_s = 0.5
    timeout_s = 40.0  # snac delivers a few seconds late

    def __init__(self) -> None:
        assert MASTODON_URL
        self.brand_name = self.brand_token = self.brand_acct = self.brand_id = ""
        self.peers: list[MastodonPeer] = []

    async def start(self) -> MastodonHarness:
        from followback.connectors.mastodon import MastodonConnector

        assert MASTODON_URL
        if snac_paths() is not None:
            self.brand_name, self.brand_token = await asyncio.to_thread(create_snac_user, "brand")
        else:
            self.brand_name, self.brand_token = "brand", mastodon_tokens()["brand"]
        self.brand_acct = f"{self.brand_name}@{mastodon_host()}"
        self.connector = MastodonConnector(MASTODON_URL, self.brand_token)
        self.brand_id = (await self.connector.whoami()).remote_id
        return self

    async def new_peer(self) -> Peer:
        peer = await MastodonPeer(self.brand_acct).start()
        self.peers.append(peer)
        return peer

    async def aclose(self) -> None:
        for peer in self.peers:
            await peer.conn.aclose()
        if hasattr(self, "connector"):
            await super().aclose()


def copy_payload(platform: str, name: str) -> Any:
    return copy.deepcopy(payload(platform, name))
