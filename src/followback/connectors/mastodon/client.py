"""The Mastodon connector, over Mastodon.py (synchronous, so each call runs in a thread).

Credentials: ``access_token`` (an OAuth user token with ``read write follow`` scopes);
``client_id``/``client_secret`` are kept when present but not needed once a token exists.
Rate limits: Mastodon.py is told to raise on 429 rather than sleep; the server's
``X-RateLimit-Reset`` header, which Mastodon.py records, becomes ``retry_after``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
import warnings
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

import requests

from followback.connectors.base import FollowNotification, Page, Relationship, WriteKey
from followback.connectors.errors import mastodon_errors
from followback.connectors.mastodon import mapping, server
from followback.connectors.mastodon.snac_cursor import SNAC_WINDOW, SnacCursor, id_key
from followback.connectors.payload import strip_html
from followback.connectors.retry import RetryPolicy, call_with_retry
from followback.credentials import install_log_redaction
from followback.domain import (
    DEFAULT_CAPABILITIES,
    AuthExpiredError,
    Capabilities,
    InboundMessage,
    MessageKind,
    NotFoundError,
    Platform,
    Profile,
    RateLimitedError,
    RecentPost,
    RejectedError,
    utcnow,
)
from followback.domain.server import ServerFacts, Severance

__all__ = ["MastodonConnector", "connect"]

log = logging.getLogger(__name__)
T = TypeVar("T")

REQUEST_TIMEOUT_S = 30.0
SENT_SCAN = 40  # the brand's own recent statuses searched to reconcile a send
# Grouped notifications (GET /api/v2/notifications, Mastodon 4.3+): only favourites and
# reblogs may be grouped; follows and mentions come one per group, each with its account
# and status, and the page carries each account and status once (fewer bytes than v1).
GROUPED_SINCE = (4, 3)
GROUPED_TYPES = ["favourite", "reblog"]


class MastodonConnector:
    """An authenticated Mastodon session for one brand account."""

    platform = Platform.MASTODON

    def __init__(
        self,
        server: str,
        access_token: str,
        *,
        session: requests.Session | None = None,
        capabilities: Capabilities | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        from mastodon import Mastodon

        install_log_redaction()
        self.server = server.rstrip("/")
        self.capabilities = capabilities or DEFAULT_CAPABILITIES[Platform.MASTODON]
        self._retry = retry or RetryPolicy()
        self._api = Mastodon(
            access_token=access_token,
            api_base_url=self.server,
            ratelimit_method="throw",
            request_timeout=REQUEST_TIMEOUT_S,
            version_check_mode="none",
            session=session or requests.Session(),
        )
        self._me: str | None = None
        self._me_url: str | None = None  # the brand's profile URL (listening)
        self._direct: frozenset[str] | None = None
        self._instance: Mapping[str, Any] | None = None
        self._grouped: bool | None = None  # v2 notifications: None until known

    def __repr__(self) -> str:
        return f"MastodonConnector(server={self.server!r}, token=<redacted>)"

    # -- plumbing ---------------------------------------------------------------------

    async def _call(self, action: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A read, retried on transient failures."""
        return await self._invoke(action, fn, args, kwargs, write=False)

    async def _write(self, action: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A write, sent once: a lost answer is OutcomeUnknownError (see ``retry``).

        Sent on a new connection: servers (snac) reset idle kept-alive connections, and a
        reset on a reused connection cannot tell "never arrived" from "applied, no
        answer". Writes are few (paced), so the extra handshake costs little.
        """
        session = getattr(self._api, "session", None)
        if isinstance(session, requests.Session):
            for adapter in session.adapters.values():
                adapter.close()  # drops pooled connections; the next request opens one
        return await self._invoke(action, fn, args, kwargs, write=True)

    async def _invoke(
        self,
        action: str,
        fn: Callable[..., T],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        write: bool,
    ) -> T:
        async def attempt() -> T:
            with mastodon_errors(action):
                try:
                    return await asyncio.to_thread(fn, *args, **kwargs)
                except Exception as exc:
                    self._fill_retry_after(exc)
                    raise

        return await call_with_retry(attempt, self._retry, write=write)

    def _fill_retry_after(self, exc: Exception) -> None:
        from mastodon import MastodonRatelimitError

        if isinstance(exc, MastodonRatelimitError):
            reset = self._api.ratelimit_reset
            wait = max(0.0, float(reset) - time.time()) if reset else None
            raise RateLimitedError("mastodon: rate limited", wait) from exc

    async def _my_id(self) -> str:
        if self._me is None:
            self._me = (await self.whoami()).remote_id
        return self._me

    # -- reads ------------------------------------------------------------------------

    async def whoami(self) -> Profile:
        try:
            account = await self._call("verify credentials", self._api.account_verify_credentials)
        except RejectedError as exc:
            # Mastodon answers a bad token with 401; snac with 422. Either way the
            # credentials are what failed.
            detail = str(exc).removeprefix("mastodon: ")
            raise AuthExpiredError(f"mastodon: the server refused the token ({detail})") from exc
        profile = mapping.map_account(account, utcnow())
        self._me = profile.remote_id
        return profile

    async def _accounts_page(
        self, action: str, fn: Callable[..., Any], cursor: str | None
    ) -> Page[Profile]:
        me = await self._my_id()
        limit = self.capabilities.page_size
        page = await self._call(action, fn, me, max_id=cursor, limit=limit)
        now = utcnow()
        items = [mapping.map_account(a, now) for a in page or []]
        return Page(items, mapping.next_max_id(page) if items else None)

    async def list_followers(self, cursor: str | None = None) -> Page[Profile]:
        return await self._accounts_page("list followers", self._api.account_followers, cursor)

    async def list_following(self, cursor: str | None = None) -> Page[Profile]:
        return await self._accounts_page("list following", self._api.account_following, cursor)

    async def fetch_profile(self, remote_id: str) -> Profile:
        if "@" in remote_id:  # an acct (user@server) rather than an id
            account = await self._call("look up account", self._api.account_lookup, remote_id)
        else:
            account = await self._call("fetch account", self._api.account, remote_id)
        return mapping.map_account(account, utcnow())

    async def fetch_recent_posts(self, remote_id: str, limit: int = 10) -> list[RecentPost]:
        page = await self._call(
            "read recent posts", self._api.account_statuses, remote_id, limit=max(1, min(limit, 40))
        )
        found: dict[str, Mapping[str, Any]] = {}  # by id: a post and a boost of it once
        for s in page or []:
            if not isinstance(s, Mapping):
                continue
            own = s if _posted_by(s, remote_id) else _boosted_own(s, remote_id)
            if own is not None:
                found.setdefault(str(own.get("id") or len(found)), own)
        return [mapping.map_recent_status(s) for s in found.values()]

    async def _grouped_supported(self) -> bool:
        """Whether to read notifications with v2 (grouped, Mastodon 4.3+).

        Decided once per connector (one server and account): the instance's version says
        no for other servers' Mastodon-compatible APIs and Mastodon before 4.3 (snac never
        gets here: :meth:`_notifications` reads it its own way); otherwise the first v2 call
        decides (a 404, or an answer without ``notification_groups``, means v1 from then on).
        """
        if self._grouped is None:
            try:
                version = str((await self._instance_info()).get("version", ""))
            except NotFoundError:  # no instance entity: let the v2 call decide
                version = ""
            if _older_than(version, GROUPED_SINCE):
                self._grouped = False
        return self._grouped is not False

    async def _grouped_page(
        self, action: str, types: list[str], cursor: str | None, limit: int
    ) -> list[Any] | None:
        """One v2 page as v1-shaped notifications; None where v1 must be read instead."""
        try:
            results = await self._call(
                action,
                self._api.grouped_notifications,
                types=types,
                min_id=cursor,
                limit=limit,
                grouped_types=GROUPED_TYPES,
                # The one account of an ungrouped follow or mention is its group's most
                # recent, always sent in full; only favourites' extra samples are partial.
                expand_accounts="partial_avatars",
            )
        except NotFoundError:  # no v2 here
            results = None
        page = None
        if isinstance(results, Mapping) and isinstance(results.get("notification_groups"), list):
            page = mapping.ungroup_notifications(results, types)
        self._grouped = page is not None
        if page is None:
            log.info("mastodon: %s has no usable grouped notifications; reading v1", self.server)
        return page

    async def _notifications(
        self, action: str, types: list[str], cursor: str | None
    ) -> tuple[list[Any], str | None]:
        """Notifications of ``types`` after ``cursor``, oldest first, and the next cursor."""
        limit = min(self.capabilities.page_size, 80)
        if await self._snac():
            return await self._snac_notifications(action, types, cursor, limit)
        page: list[Any] | None = None
        if await self._grouped_supported():
            page = await self._grouped_page(action, types, cursor, limit)
        if page is None:
            page = await self._v1_page(action, types, cursor, None, limit)
        items = _of_types(page, types)
        return items, _last_id(items) or cursor

    async def _v1_page(
        self, action: str, types: list[str], min_id: str | None, max_id: str | None, limit: int
    ) -> list[Any]:
        page = await self._call(
            action, self._api.notifications,
            types=types, min_id=min_id, max_id=max_id, limit=limit,
        )  # fmt: skip
        return list(page or [])

    async def _snac_notifications(
        self, action: str, types: list[str], cursor: str | None, limit: int
    ) -> tuple[list[Any], str | None]:
        """Every notification snac still keeps (its newest 64) above the cursor's floor that
        was not handed over before (:mod:`.snac_cursor`).

        Mastodon answers ``min_id`` with the *oldest* page after it, and the caller pages
        forward from its newest; snac answers with the *newest* page, so the rest is read
        downwards with ``max_id`` to the floor.
        """
        at = SnacCursor.parse(cursor)
        page = await self._v1_page(action, types, at.floor, None, limit)
        older, lowest = page, _lowest_id(page)
        while len(older) >= limit and lowest is not None:
            older = await self._v1_page(action, types, at.floor, lowest, limit)
            below = _lowest_id(older)
            if below is None or id_key(below) >= id_key(lowest):
                break  # nothing older came back: the floor or snac's window is reached
            page += older
            lowest = below
        if at.floor is not None and len(page) >= SNAC_WINDOW:
            # snac lists no more than this: older ones above the floor may be gone for good.
            log.warning(
                "mastodon: %s listed %d notifications since the last poll, all it keeps; "
                "older ones may be missing: poll this account more often",
                self.server, len(page),
            )  # fmt: skip
        items = _of_types(page, types)
        ids = {str(n["id"]) for n in items if n.get("id") is not None}
        fresh = set(at.new(ids))
        return [n for n in items if str(n.get("id")) in fresh], at.after(ids)

    async def fetch_follow_notifications(
        self, cursor: str | None = None
    ) -> Page[FollowNotification]:
        raw, nxt = await self._notifications("fetch follow notifications", ["follow"], cursor)
        now = utcnow()
        items = [mapping.map_follow_notification(n, now) for n in raw]
        return Page(items, nxt)

    async def _instance_info(self) -> Mapping[str, Any]:
        """The instance entity, v2 where the server has it (else v1: snac), read once."""
        if self._instance is None:
            try:
                info = await self._call("fetch instance", self._api.instance_v2)
            except NotFoundError:  # servers without the v2 endpoint (snac)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    info = await self._call("fetch instance", self._api.instance_v1)
            self._instance = info if isinstance(info, Mapping) else {}
        return self._instance

    async def _snac(self) -> bool:
        """Whether the server is snac (its instance's version says so); a server without an
        instance entity is not."""
        try:
            return "snac" in str((await self._instance_info()).get("version", ""))
        except NotFoundError:
            return False

    async def _direct_visibilities(self) -> frozenset[str]:
        """Which visibilities mean a DM on this server (snac says ``private``)."""
        if self._direct is None:
            self._direct = mapping.SNAC_DIRECT if await self._snac() else mapping.DIRECT
        return self._direct

    # -- the server's own rules, limits and queues (connectors/mastodon/server.py) ----------

    async def fetch_server_facts(self) -> ServerFacts:
        """The server's character limit and rules, and what the brand's notification
        policy holds back (``None`` where the server has no policy API: before 4.3, snac)."""
        facts = server.instance_facts(await self._instance_info(), self.server, utcnow())
        if not facts.rules:
            try:  # 4.0+: also its own endpoint; v1 instance entities may leave them out
                rules = await self._call("read server rules", self._api.instance_rules)
            except NotFoundError:
                rules = []
            facts = replace(
                facts, rules=server.instance_facts({"rules": rules}, "", utcnow()).rules
            )
        try:
            policy = await self._call("read notification policy", self._api.notifications_policy)
        except NotFoundError:
            return facts
        held, pending = server.policy_filters(policy if isinstance(policy, Mapping) else {})
        return replace(facts, notification_filters=held, pending_requests=pending)

    async def fetch_held_back_messages(self) -> tuple[list[InboundMessage], list[str]]:
        """Mentions and DMs the notification policy held back as requests (Mastodon 4.3+),
        and the requests' ids. Empty where the server has no such requests (snac: 404).

        Each request's notifications are read with ``account_id`` (which includes the
        filtered ones) and its ``last_status``; accepting the request afterwards
        (:meth:`accept_notification_requests`) lets the account's next messages through.
        """
        try:
            page = await self._call(
                "list notification requests", self._api.notification_requests, limit=40
            )
        except NotFoundError:
            return [], []
        me = await self._my_id()
        visibilities = await self._direct_visibilities()
        found: dict[str, InboundMessage] = {}
        ids: list[str] = []
        for raw in page or []:
            request = server.map_notification_request(raw)
            ids.append(request.id)
            notes = await self._call(
                "read held-back notifications",
                self._api.notifications,
                account_id=request.account_id,
                types=["mention"],
                limit=40,
            )
            statuses = [n.get("status") for n in notes or [] if isinstance(n, Mapping)]
            for status in [*statuses, request.last_status]:
                if isinstance(status, Mapping):
                    message = mapping.map_status(status, me, visibilities)
                    found.setdefault(message.remote_id, message)
        return sorted(found.values(), key=lambda m: (m.created_at, m.remote_id)), ids

    async def accept_notification_requests(self, request_ids: list[str]) -> None:
        """Accept held-back requests: the accounts' later notifications arrive as usual."""
        for request_id in request_ids:
            try:
                await self._write(
                    "accept notification request", self._api.accept_notification_request, request_id
                )
            except NotFoundError:
                continue  # accepted or dismissed meanwhile: nothing left to accept

    async def fetch_severances(self) -> list[Severance]:
        """Recent relationship-severance events (Mastodon 4.3+: the server's moderators
        blocked a domain or suspended an account, and follows with it were removed); empty
        where the server has none (snac ignores the type)."""
        page = await self._call(
            "read severed relationships",
            self._api.notifications,
            types=["severed_relationships"],
            limit=40,
        )
        out = []
        for note in page or []:
            if not isinstance(note, Mapping) or note.get("type") != "severed_relationships":
                continue
            event = note.get("event") or note.get("relationship_severance_event")
            if isinstance(event, Mapping):
                out.append(server.map_severance(event))
        return out

    async def list_follow_requests(self, cursor: str | None = None) -> Page[Profile]:
        """Accounts asking to follow the (locked) brand, newest first."""
        page = await self._call(
            "list follow requests", self._api.follow_requests, max_id=cursor, limit=40
        )
        now = utcnow()
        items = [mapping.map_account(a, now) for a in page or [] if isinstance(a, Mapping)]
        return Page(items, mapping.next_max_id(page) if items else None)

    async def answer_follow_request(self, remote_id: str, *, accept: bool) -> bool:
        """Authorize or reject ``remote_id``'s follow request; False when there was none
        (already answered here or elsewhere: answering is idempotent)."""
        fn = self._api.follow_request_authorize if accept else self._api.follow_request_reject
        action = "authorize follow request" if accept else "reject follow request"
        try:
            await self._write(action, fn, remote_id)
        except NotFoundError:
            return False
        return True

    async def _statuses(
        self, cursor: str | None, *, direct: bool
    ) -> tuple[list[InboundMessage], str | None]:
        raw, nxt = await self._notifications("fetch mentions", ["mention"], cursor)
        me = await self._my_id()
        visibilities = await self._direct_visibilities()
        out: list[InboundMessage] = []
        for n in raw:
            status = n.get("status")
            if not isinstance(status, Mapping):
                continue
            message = mapping.map_status(status, me, visibilities)
            if (message.kind is MessageKind.DM) == direct:
                out.append(message)
        return out, nxt

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        items, nxt = await self._statuses(cursor, direct=False)
        return Page(items, nxt)

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        items, nxt = await self._statuses(cursor, direct=True)
        return Page(items, nxt)

    async def get_relationship(self, remote_id: str) -> Relationship:
        rels = await self._call("fetch relationship", self._api.account_relationships, [remote_id])
        if not rels:
            raise NotFoundError(f"mastodon: no relationship with {remote_id}")
        return mapping.map_relationship(rels[0])

    # -- writes -----------------------------------------------------------------------

    async def follow(self, remote_id: str, *, key: WriteKey | None = None) -> str:
        # Look the account up first: some servers (snac) only follow accounts they know.
        profile = await self.fetch_profile(remote_id)
        rel = await self._write("follow", self._api.account_follow, profile.remote_id)
        if isinstance(rel, Mapping) and rel.get("blocked_by"):
            raise RejectedError(f"mastodon: follow {profile.handle}: they block the brand")
        return profile.remote_id

    async def unfollow(self, remote_id: str) -> None:
        try:
            await self._write("unfollow", self._api.account_unfollow, remote_id)
        except NotFoundError:
            # Some servers (snac) answer 404 when there is no follow to undo: that is
            # success, as long as the account itself exists.
            if (await self.get_relationship(remote_id)).following:
                raise

    async def _post(
        self, action: str, text: str, key: WriteKey | None = None, **kwargs: Any
    ) -> str:
        # Mastodon keeps an Idempotency-Key for an hour: the outbox's key makes a re-sent
        # status post once there (servers without it are covered by ``find_sent``).
        idem = key.value if key is not None else uuid.uuid4().hex
        status = await self._write(
            action, self._api.status_post, text, idempotency_key=idem, **kwargs
        )
        return str(status["id"])

    async def send_reply(self, in_reply_to: str, text: str, *, key: WriteKey | None = None) -> str:
        parent = await self._call("fetch status", self._api.status, in_reply_to)
        acct = str((parent.get("account") or {}).get("acct", ""))
        body = text if not acct or f"@{acct}" in text else f"@{acct} {text}"
        visibility = str(parent.get("visibility") or "public")
        return await self._post(
            "reply", body, key, in_reply_to_id=in_reply_to, visibility=visibility
        )

    async def send_dm(self, remote_id: str, text: str, *, key: WriteKey | None = None) -> str:
        profile = await self.fetch_profile(remote_id)
        rel = await self.get_relationship(profile.remote_id)
        if not rel.can_dm:
            raise RejectedError(f"mastodon: cannot message {profile.handle}")
        return await self._post("send dm", f"@{profile.handle} {text}", key, visibility="direct")

    async def repost(self, message_id: str, *, key: WriteKey | None = None) -> str:
        status = await self._write("boost", self._api.status_reblog, message_id)
        return str(status["id"])

    # -- listening (connectors/listen.py) ------------------------------------------------

    searches_keywords = False  # full-text search is optional on Mastodon servers
    search_price_usd: Decimal | None = None

    async def search_posts(
        self, term: str, *, since_id: str | None = None, cursor: str | None = None, **_: Any
    ) -> Page[InboundMessage]:
        """A hashtag timeline for ``#tag``, else full-text search of statuses, newest first."""
        from followback.connectors.listen import hashtag_of
        from followback.connectors.mastodon.search import PAGE_SIZE, search_page

        if self._me_url is None:
            self._me_url = (await self.whoami()).url
        me = await self._my_id()
        tag = hashtag_of(term)
        if tag is not None:
            raw: Any = await self._call(
                "hashtag timeline",
                self._api.timeline_hashtag,
                tag,
                max_id=cursor,
                since_id=since_id,
                limit=PAGE_SIZE,
            )
        else:
            found = await self._call(
                "search",
                self._api.search_v2,
                term,
                resolve=False,
                result_type="statuses",
                max_id=cursor,
                min_id=since_id,
            )
            raw = found.get("statuses", []) if isinstance(found, Mapping) else []
        return search_page(list(raw or []), me, self._me_url)

    async def _own_recent(self) -> list[Mapping[str, Any]]:
        """The brand's recent statuses: its public ones, and from the home timeline those
        only it can see (snac lists its DMs nowhere else)."""
        me = await self._my_id()
        own = await self._call("read own statuses", self._api.account_statuses, me, limit=SENT_SCAN)
        home = await self._call("read home timeline", self._api.timeline_home, limit=SENT_SCAN)
        found: dict[str, Mapping[str, Any]] = {}
        for status in [*(own or []), *(home or [])]:
            account = status.get("account") if isinstance(status, Mapping) else None
            if isinstance(account, Mapping) and str(account.get("id")) == me:
                found.setdefault(str(status.get("id")), status)
        return list(found.values())

    async def find_sent(
        self, kind: str, target: str, text: str, *, key: WriteKey | None = None
    ) -> str | None:
        """Search the brand's own recent statuses for the reply, DM or boost."""
        wanted = _normal(text)
        handle = (await self.fetch_profile(target)).handle if kind == "dm" else ""
        for status in await self._own_recent():
            reblog = status.get("reblog")
            if kind == "repost":
                if isinstance(reblog, Mapping) and str(reblog.get("id")) == target:
                    return str(status["id"])
                continue
            content = _normal(strip_html(str(status.get("content") or "")))
            if reblog or wanted not in content:
                continue
            if kind == "reply" and str(status.get("in_reply_to_id") or "") == target:
                return str(status["id"])
            # snac leaves ``mentions`` empty: the DM's text starts with the @handle.
            if kind == "dm" and (_mentions(status, target) or f"@{handle}" in content):
                return str(status["id"])
        return None

    async def aclose(self) -> None:
        session = getattr(self._api, "session", None)
        if isinstance(session, requests.Session):
            session.close()


def _normal(text: str) -> str:
    return " ".join(text.split())


def _mentions(status: Mapping[str, Any], remote_id: str) -> bool:
    for mention in status.get("mentions") or []:
        if isinstance(mention, Mapping) and remote_id in (
            str(mention.get("id")),
            str(mention.get("acct")),
        ):
            return True
    return False


def _posted_by(status: Mapping[str, Any], remote_id: str) -> bool:
    """Whether ``status`` is the account's own post or boost. snac 2.75 also lists other
    accounts' boosts of the account's posts among its statuses (each with the booster as
    ``account``); counted as the account's own, they made a person look like a reposter.
    A status without an account is kept (the account's own listing)."""
    account = status.get("account")
    return not isinstance(account, Mapping) or str(account.get("id")) == remote_id


def _boosted_own(status: Mapping[str, Any], remote_id: str) -> Mapping[str, Any] | None:
    """The account's own post inside another account's boost of it, else None. snac 2.75
    lists such a boost *instead of* the post (same id), so dropping it lost the post: a
    person whose posts others boosted looked as if they had never posted (checked on the
    local server, 2026-11-30)."""
    inner = status.get("reblog")
    if not isinstance(inner, Mapping):
        return None
    author = inner.get("account")
    return inner if isinstance(author, Mapping) and str(author.get("id")) == remote_id else None


def _created_key(item: Mapping[str, Any]) -> tuple[str, str]:
    created = item.get("created_at")
    text = created.isoformat() if isinstance(created, datetime) else str(created or "")
    return (text, str(item.get("id", "")))


def _older_than(version: str, since: tuple[int, int]) -> bool:
    """Whether a Mastodon version string ("4.2.10", "4.3.0-beta.1") is before ``since``;
    an unreadable one is not (a 404 on v2 still falls back)."""
    match = _VERSION.match(version)
    return match is not None and (int(match[1]), int(match[2])) < since


_VERSION = re.compile(r"(\d+)\.(\d+)")


def _last_id(items: list[Any]) -> str | None:
    return str(items[-1]["id"]) if items and items[-1].get("id") is not None else None


def _lowest_id(items: list[Any]) -> str | None:
    ids = [str(n["id"]) for n in items if isinstance(n, Mapping) and n.get("id") is not None]
    return min(ids, key=id_key) if ids else None


def _of_types(page: list[Any] | None, types: list[str]) -> list[Mapping[str, Any]]:
    """The page's notifications of ``types``, oldest first (snac stamps to the second)."""
    items = [n for n in page or [] if isinstance(n, Mapping) and n.get("type") in types]
    return sorted(items, key=_created_key)


def connect(handle: str, credentials: Mapping[str, str], server: str | None) -> MastodonConnector:
    """Connector factory (entry point ``followback.connectors: mastodon``)."""
    token = credentials.get("access_token")
    if not token:
        raise AuthExpiredError(f"mastodon: no access token stored for {handle}")
    if not server:
        if "@" not in handle.lstrip("@"):
            raise RejectedError(f"mastodon: no server given for {handle}")
        server = "https://" + handle.lstrip("@").split("@", 1)[1]
    return MastodonConnector(server, token)
