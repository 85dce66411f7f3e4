"""The X connector, over tweepy's API v2 client (synchronous, so calls run in a thread).

Auth is OAuth 2.0 user context: credential ``access_token`` (scopes ``tweet.read
tweet.write users.read follows.read follows.write dm.read dm.write offline.access``);
with ``refresh_token`` and ``client_id`` (and ``client_secret`` for confidential
clients) an expired token is refreshed once and ``on_token_refresh`` is told the new
credentials so they can be stored. Every read and write is counted by a
:class:`~followback.connectors.x.spend.SpendTracker`, which refuses calls past its cap.
X has no follow notifications: they are derived from the followers list, which X
returns newest first.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import requests

from followback.connectors.base import (
    CredentialKeeper,
    FollowNotification,
    Page,
    Relationship,
    WriteKey,
)
from followback.connectors.errors import (
    ClientForbiddenError,
    MalformedPayloadError,
    error_for_status,
    x_errors,
)
from followback.connectors.retry import RetryPolicy, call_with_retry
from followback.connectors.x import mapping
from followback.connectors.x.activity import (
    ACTIVITY_STREAM_ROUTE,
    FOLLOW_EVENT_TYPES,
    SUBSCRIPTIONS_ROUTE,
    FollowActivity,
    parse_stream,
    subscription_body,
)
from followback.connectors.x.spend import PRICES_USD, Billable, SpendTracker
from followback.credentials import install_log_redaction
from followback.domain import (
    DEFAULT_CAPABILITIES,
    AuthExpiredError,
    Capabilities,
    InboundMessage,
    Platform,
    Profile,
    RecentPost,
    RejectedError,
    utcnow,
)
from followback.domain.rulebook import RuleRefusedError, get_rule

__all__ = ["API_HOST", "DEFAULT_ACTIVITY_SECONDS", "XConnector", "connect"]

API_HOST = "https://api.twitter.com"  # tweepy's host; api.x.com serves the same API
TOKEN_URL = f"{API_HOST}/2/oauth2/token"
MAX_TWEET_CHARS = 280
FOLLOWER_PAGES = 5  # pages of followers read back to the cursor, at most
FIRST_PAGE = 100  # followers on the first page of an incremental sync (billed per follower)
# Seconds a sync reads the Activity API's stream: X sends keep-alives, so a read ends on
# time; short enough that a cycle (every 15 minutes by default) is not held up.
DEFAULT_ACTIVITY_SECONDS = 20.0
SENT_SCAN = 20  # own recent posts (or DM events) read back to reconcile a send
_TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"


class XConnector:
    """An authenticated X session (OAuth 2.0 user context) for one brand account."""

    platform = Platform.X

    def __init__(
        self,
        credentials: Mapping[str, str],
        *,
        session: requests.Session | None = None,
        spend: SpendTracker | None = None,
        capabilities: Capabilities | None = None,
        retry: RetryPolicy | None = None,
        on_token_refresh: Callable[[dict[str, str]], None] | None = None,
    ) -> None:
        import tweepy

        install_log_redaction()
        self._credentials = dict(credentials)
        if not self._credentials.get("access_token"):
            raise AuthExpiredError("x: no access token stored")
        self.capabilities = capabilities or DEFAULT_CAPABILITIES[Platform.X]
        self.spend = spend or SpendTracker()
        # Seconds each sync reads the X Activity API's follow events, where the plan includes
        # it (credential ``activity_seconds``, set by ``connect x --activity-seconds``; 0:
        # always list followers newest first).
        self.activity_seconds = float(
            self._credentials.get("activity_seconds", DEFAULT_ACTIVITY_SECONDS)
        )
        self._retry = retry or RetryPolicy()
        self._on_refresh = on_token_refresh
        self._api = tweepy.Client(
            bearer_token=self._credentials["access_token"], return_type=requests.Response
        )
        if session is not None:
            self._api.session = session
        self._me: str | None = None
        self._refreshed = False
        self._keeper: CredentialKeeper | None = None

    def __repr__(self) -> str:
        return f"XConnector(me={self._me!r}, token=<redacted>, spent=${self.spend.spent_usd})"

    # -- plumbing ---------------------------------------------------------------------

    def _request(
        self, method: str, route: str, params: Mapping[str, Any] | None = None, body: Any = None
    ) -> Any:
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        response = self._api.request(method, route, params=clean or None, json=body)
        try:
            return response.json() if response.content else {}
        except ValueError as exc:
            raise MalformedPayloadError(f"x: {route}: response is not JSON") from exc

    async def _call(
        self,
        action: str,
        method: str,
        route: str,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        *,
        write: bool = False,
    ) -> Any:
        """One API call; a read retries transient failures, a write is sent once."""

        async def attempt() -> Any:
            with x_errors(action):
                return await asyncio.to_thread(self._request, method, route, params, body)

        try:
            return await call_with_retry(attempt, self._retry, write=write)
        except AuthExpiredError:
            # A 401 means the write was refused, so sending it again after a refresh is safe.
            if not await self._refresh():
                raise
            result = await call_with_retry(attempt, self._retry, write=write)
            self._refreshed = False  # the new token works: it may be refreshed when it expires
            return result

    def keep_credentials_with(self, keeper: CredentialKeeper) -> None:
        """Renew the token pair through ``keeper`` (stored encrypted, under a lock)."""
        self._keeper = keeper

    async def _refresh(self) -> bool:
        """Refresh the OAuth 2.0 token once; ``False`` if not possible.

        X refresh tokens work once: with a keeper, the refresh runs under a lock on the
        account and the new pair is stored before anyone else can use the old one; a
        worker that waited for the lock reuses the pair stored meanwhile.
        """
        refresh, client_id = (
            self._credentials.get("refresh_token"),
            self._credentials.get("client_id"),
        )
        if self._refreshed or not refresh or not client_id:
            return False
        self._refreshed = True
        if self._keeper is not None:
            fresh = await self._keeper.renew(self._credentials, self._renew)
        else:
            fresh = await self._renew(dict(self._credentials))
        self._credentials = dict(fresh)
        self._api.bearer_token = self._credentials["access_token"]
        if self._on_refresh is not None:
            self._on_refresh(dict(self._credentials))
        return True

    async def _renew(self, current: dict[str, str]) -> dict[str, str]:
        """Spend the refresh token: a new access token (and refresh token) from X."""
        headers = {}
        client_id = current.get("client_id", "")
        secret = current.get("client_secret")
        if secret:
            pair = f"{client_id}:{secret}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
        form = {
            "grant_type": "refresh_token",
            "refresh_token": current.get("refresh_token", ""),
            "client_id": client_id,
        }

        def post() -> requests.Response:
            session: requests.Session = self._api.session
            return session.post(TOKEN_URL, data=form, headers=headers, timeout=30)

        response = await asyncio.to_thread(post)
        token = response.json() if response.ok else {}
        if not isinstance(token, Mapping) or not token.get("access_token"):
            raise AuthExpiredError("x: the access token expired and could not be refreshed")
        renewed = dict(current)
        renewed["access_token"] = str(token["access_token"])
        if token.get("refresh_token"):
            renewed["refresh_token"] = str(token["refresh_token"])
        return renewed

    async def _read(
        self,
        item: Billable,
        action: str,
        route: str,
        params: Mapping[str, Any],
        *,
        owned: bool = False,
    ) -> Any:
        self.spend.check(item, 1, owned)
        body = await self._call(action, "GET", route, params)
        data = body.get("data") if isinstance(body, Mapping) else None
        count = len(data) if isinstance(data, list) else (1 if isinstance(data, Mapping) else 0)
        self.spend.charge(item, count, owned)
        return body

    async def _write(
        self, item: Billable, action: str, method: str, route: str, body: Any = None
    ) -> Mapping[str, Any]:
        self.spend.charge_action(item)
        try:
            result = await self._call(action, method, route, None, body, write=True)
        except ClientForbiddenError:
            self.spend.refund(item)  # X refused the app before doing anything
            raise
        return mapping.data_object(result, action)

    async def _my_id(self) -> str:
        if self._me is None:
            return (await self.whoami()).remote_id
        return self._me

    # -- reads ------------------------------------------------------------------------

    async def whoami(self) -> Profile:
        body = await self._read(
            Billable.USER_READ, "who am I", "/2/users/me", {"user.fields": mapping.USER_FIELDS}
        )
        profile = mapping.map_user(mapping.data_object(body, "users/me"), utcnow())
        self._me = profile.remote_id
        return profile

    async def _users_page(
        self, which: str, cursor: str | None, max_results: int | None = None
    ) -> Page[Profile]:
        me = await self._my_id()
        body = await self._read(
            Billable.FOLLOWS_READ,
            f"list {which}",
            f"/2/users/{me}/{which}",
            {
                "max_results": min(max_results or self.capabilities.page_size, 1000),
                "pagination_token": cursor,
                "user.fields": mapping.USER_FIELDS,
            },
            owned=True,
        )
        now = utcnow()
        items = [mapping.map_user(u, now) for u in mapping.data_list(body, which)]
        return Page(items, mapping.next_token(body))

    async def list_followers(self, cursor: str | None = None) -> Page[Profile]:
        return await self._users_page("followers", cursor)

    async def list_following(self, cursor: str | None = None) -> Page[Profile]:
        return await self._users_page("following", cursor)

    async def _user(self, remote_id: str, fields: str) -> Mapping[str, Any]:
        route = f"/2/users/{remote_id}"
        if not remote_id.isdigit():
            route = f"/2/users/by/username/{remote_id.lstrip('@')}"
        body = await self._read(Billable.USER_READ, "look up user", route, {"user.fields": fields})
        return mapping.data_object(body, f"user {remote_id}")

    async def fetch_profile(self, remote_id: str) -> Profile:
        return mapping.map_user(await self._user(remote_id, mapping.USER_FIELDS), utcnow())

    async def fetch_follow_notifications(
        self, cursor: str | None = None
    ) -> Page[FollowNotification]:
        """New followers since ``cursor`` (the newest follower id seen last time)."""
        fresh: list[Profile] = []
        token: str | None = None
        for number in range(FOLLOWER_PAGES):
            # X bills every follower returned: the first page is small, as most syncs find
            # only a few new followers above the cursor; later pages are full.
            size = FIRST_PAGE if number == 0 and cursor is not None else None
            page = await self._users_page("followers", token, size)
            ids = [p.remote_id for p in page.items]
            if cursor is not None and cursor in ids:
                fresh.extend(page.items[: ids.index(cursor)])
                break
            fresh.extend(page.items)
            token = page.next_cursor
            if cursor is None or token is None:
                break
        newest = fresh[0].remote_id if fresh else cursor
        now = utcnow()
        items = [FollowNotification(p.remote_id, now, p) for p in reversed(fresh)]
        return Page(items, newest)

    async def fetch_recent_posts(self, remote_id: str, limit: int = 10) -> list[RecentPost]:
        # Billed per post returned; X returns at least 5.
        body = await self._read(
            Billable.POST_READ,
            "read recent posts",
            f"/2/users/{remote_id}/tweets",
            {"max_results": max(5, min(limit, 100)), "tweet.fields": mapping.RECENT_TWEET_FIELDS},
        )
        return [mapping.map_recent_tweet(t) for t in mapping.data_list(body, "recent posts")]

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        me = await self._my_id()
        body = await self._read(
            Billable.POST_READ,
            "fetch mentions",
            f"/2/users/{me}/mentions",
            {
                "since_id": cursor,
                "max_results": 100,
                "tweet.fields": _TWEET_FIELDS,
                "expansions": "author_id",
                "user.fields": "username,public_metrics",
            },
            owned=True,
        )
        users = mapping.included_users(body)
        tweets = mapping.data_list(body, "mentions")
        items = [mapping.map_tweet(t, me, users) for t in reversed(tweets)]
        meta = body.get("meta") if isinstance(body, Mapping) else None
        newest = meta.get("newest_id") if isinstance(meta, Mapping) else None
        return Page(items, str(newest) if newest else cursor)

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        me = await self._my_id()
        body = await self._read(
            Billable.DM_EVENT_READ,
            "fetch dms",
            "/2/dm_events",
            {
                "event_types": "MessageCreate",
                "max_results": 100,
                "dm_event.fields": "id,text,created_at,sender_id,dm_conversation_id",
                "expansions": "sender_id",
                "user.fields": "username",
            },
        )
        users = mapping.included_users(body)
        events = mapping.data_list(body, "dm_events")
        newer = [e for e in events if _newer(e.get("id"), cursor)]
        items = [mapping.map_dm_event(e, users) for e in reversed(newer)]
        items = [m for m in items if m.author_id != me]
        newest = max((str(e.get("id")) for e in newer), key=_snowflake, default=cursor)
        return Page(items, newest)

    async def get_relationship(self, remote_id: str) -> Relationship:
        user = await self._user(remote_id, "connection_status,receives_your_dm")
        return mapping.map_relationship(user)

    # -- writes -----------------------------------------------------------------------

    async def follow(self, remote_id: str, *, key: WriteKey | None = None) -> str:
        """Follow through the API. X allows it on Enterprise plans only (since 2026-04-20):
        its 403 ``client-forbidden`` answer becomes a refusal by rule ``x.follow_via_api``
        carrying X's answer as evidence, which the caller stores as the account's plan."""
        me = await self._my_id()
        try:
            data = await self._write(
                Billable.USER_INTERACTION_CREATE,
                "follow",
                "POST",
                f"/2/users/{me}/following",
                {"target_user_id": remote_id},
            )
        except ClientForbiddenError as exc:
            raise refusal_with_evidence(
                "follow_via_api",
                f"follow {remote_id}: X does not let this app follow through the API",
                exc.problem,
            ) from exc
        if not data.get("following") and not data.get("pending_follow"):
            raise RejectedError(f"x: follow {remote_id}: X did not accept the follow")
        return remote_id

    async def unfollow(self, remote_id: str) -> None:
        me = await self._my_id()
        await self._write(
            Billable.INTERACTION_DELETE,
            "unfollow",
            "DELETE",
            f"/2/users/{me}/following/{remote_id}",
        )

    async def send_reply(self, in_reply_to: str, text: str, *, key: WriteKey | None = None) -> str:
        _check_length(text)
        data = await self._write(
            Billable.CONTENT_CREATE,
            "reply",
            "POST",
            "/2/tweets",
            {"text": text, "reply": {"in_reply_to_tweet_id": in_reply_to}},
        )
        return str(data.get("id", ""))

    async def send_dm(self, remote_id: str, text: str, *, key: WriteKey | None = None) -> str:
        data = await self._write(
            Billable.DM_CREATE,
            "send dm",
            "POST",
            f"/2/dm_conversations/with/{remote_id}/messages",
            {"text": text},
        )
        event_id = data.get("dm_event_id")
        if not event_id:
            raise MalformedPayloadError("x: send dm: no dm_event_id in the response")
        return str(event_id)

    async def repost(self, message_id: str, *, key: WriteKey | None = None) -> str:
        me = await self._my_id()
        data = await self._write(
            Billable.USER_INTERACTION_CREATE,
            "repost",
            "POST",
            f"/2/users/{me}/retweets",
            {"tweet_id": message_id},
        )
        if not data.get("retweeted"):
            raise RejectedError(f"x: repost {message_id}: X did not accept the repost")
        return f"retweet:{message_id}"

    # -- X Activity API: follow events (connectors/x/activity.py) --------------------------

    async def subscribe_follow_events(self) -> list[str]:
        """Subscribe to the brand's follow and unfollow events; the subscription ids.

        Raises a refusal by rule ``x.activity_follow_events`` (with X's answer as evidence)
        when the app's plan does not include the X Activity API.
        """
        me = await self._my_id()
        ids: list[str] = []
        for event_type in FOLLOW_EVENT_TYPES:
            try:
                body = await self._call(
                    "subscribe to follow events",
                    "POST",
                    SUBSCRIPTIONS_ROUTE,
                    None,
                    subscription_body(event_type, me),
                    write=True,
                )
            except ClientForbiddenError as exc:
                raise refusal_with_evidence(
                    "activity_follow_events",
                    "this app's plan does not include the X Activity API; followers are "
                    "listed newest first instead",
                    exc.problem,
                ) from exc
            ids.append(str(mapping.data_object(body, "subscription").get("subscription_id", "")))
        return ids

    async def read_follow_events(
        self, max_events: int = 1000, max_seconds: float | None = None
    ) -> list[FollowActivity]:
        """Read follow events from the activity stream: at most ``max_events`` (each billed),
        for at most ``max_seconds`` (checked at each line; X sends keep-alive lines)."""

        def read() -> list[FollowActivity]:
            deadline = None if max_seconds is None else time.monotonic() + max_seconds
            session: requests.Session = self._api.session
            headers = {"Authorization": f"Bearer {self._credentials['access_token']}"}
            with x_errors("read activity stream"):
                response = session.get(
                    API_HOST + ACTIVITY_STREAM_ROUTE, headers=headers, stream=True, timeout=90
                )
                if response.status_code >= 400:
                    response.close()
                    raise error_for_status(response.status_code, "x: read activity stream")
                events: list[FollowActivity] = []
                lines = _until(response.iter_lines(), deadline)
                for event in parse_stream(lines):
                    item = Billable(event.kind)
                    self.spend.check(item)  # the cap stops reading before another charge
                    self.spend.charge(item)
                    events.append(event)
                    if len(events) >= max_events:
                        break
                response.close()
                return events

        return await asyncio.to_thread(read)

    # -- listening (connectors/listen.py) ------------------------------------------------

    searches_keywords = True
    search_price_usd: Decimal | None = PRICES_USD[Billable.POST_READ]

    async def search_posts(
        self,
        term: str,
        *,
        since_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        exclude: Sequence[str] = (),
    ) -> Page[InboundMessage]:
        """Recent search for ``term``, at most ``limit`` posts (X bills each one returned)."""
        from followback.connectors.x.search import (
            MAX_RESULTS,
            MIN_RESULTS,
            SEARCH_ROUTE,
            TWEET_FIELDS,
            build_query,
            search_page,
        )

        wanted = MAX_RESULTS if limit is None else limit
        if wanted < MIN_RESULTS:
            raise RejectedError(f"x: recent search returns at least {MIN_RESULTS} posts a call")
        me = await self._my_id()
        body = await self._read(
            Billable.POST_READ,
            "recent search",
            SEARCH_ROUTE,
            {
                "query": build_query(term, exclude),
                "max_results": min(wanted, MAX_RESULTS),
                "since_id": since_id,
                "next_token": cursor,
                "tweet.fields": TWEET_FIELDS,
                "expansions": "author_id",
                "user.fields": "username,public_metrics",
            },
        )
        return search_page(body, me)

    async def find_sent(
        self, kind: str, target: str, text: str, *, key: WriteKey | None = None
    ) -> str | None:
        """Read back a reply or repost among the brand's recent posts, or a DM in the
        conversation with ``target`` (X has no client-chosen ids for either)."""
        if kind == "dm":
            body = await self._read(
                Billable.DM_EVENT_READ,
                "read back dm",
                f"/2/dm_conversations/with/{target}/dm_events",
                {"max_results": SENT_SCAN, "dm_event.fields": "id,text,sender_id"},
            )
            me = await self._my_id()
            for event in mapping.data_list(body, "dm events"):
                if str(event.get("sender_id")) == me and event.get("text") == text:
                    return str(event.get("id"))
            return None
        me = await self._my_id()
        body = await self._read(
            Billable.POST_READ,
            "read back posts",
            f"/2/users/{me}/tweets",
            {"max_results": SENT_SCAN, "tweet.fields": "referenced_tweets"},
            owned=True,
        )
        wanted = "retweeted" if kind == "repost" else "replied_to"
        for tweet in mapping.data_list(body, "own posts"):
            refs = tweet.get("referenced_tweets") or []
            hit = any(
                isinstance(r, Mapping) and r.get("type") == wanted and str(r.get("id")) == target
                for r in refs
            )
            if hit and (kind == "repost" or tweet.get("text") == text):
                return f"retweet:{target}" if kind == "repost" else str(tweet.get("id"))
        return None

    async def aclose(self) -> None:
        self._api.session.close()


def _until(lines: Iterator[bytes], deadline: float | None) -> Iterator[bytes]:
    """The stream's lines until ``deadline`` (monotonic seconds) has passed."""
    for line in lines:
        yield line
        if deadline is not None and time.monotonic() >= deadline:
            return


def refusal_with_evidence(rule: str, detail: str, evidence: str) -> RuleRefusedError:
    """A refusal by X rule ``rule`` that X itself answered (``evidence``: what it said)."""
    return RuleRefusedError(get_rule(Platform.X, rule), detail, evidence=evidence)


def _snowflake(value: Any) -> int:
    text = str(value or "")
    return int(text) if text.isdigit() else -1


def _newer(event_id: Any, cursor: str | None) -> bool:
    return cursor is None or _snowflake(event_id) > _snowflake(cursor)


def _check_length(text: str) -> None:
    if len(text) > MAX_TWEET_CHARS:
        raise RejectedError(f"x: text is longer than {MAX_TWEET_CHARS} characters")


def connect(handle: str, credentials: Mapping[str, str], server: str | None) -> XConnector:
    """Connector factory (entry point ``followback.connectors: x``).

    Credential ``spend_cap_usd`` (text) caps the spend of this connector's session.
    """
    cap = credentials.get("spend_cap_usd")
    spend = SpendTracker(cap_usd=Decimal(cap) if cap else None)
    return XConnector(credentials, spend=spend)
