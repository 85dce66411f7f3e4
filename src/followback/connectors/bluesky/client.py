"""The Bluesky connector, over the ``atproto`` SDK's async XRPC client.

Login is with an app password (credential ``app_password``); a saved session
(credential ``session``) is reused when present. Reads go to the account's PDS, which
proxies ``app.bsky.*`` to the AppView; DMs go through the ``chat.bsky`` proxy and need
an app password created with DM access (otherwise ``send_dm`` raises
:class:`RejectedError` and ``fetch_dms`` returns nothing). Rate limits: a 429's
``ratelimit-reset`` becomes ``retry_after``, and when a response says no points remain,
further calls wait for the reset instead of spending a request to learn it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from typing import Any, TypeVar

import httpx

from followback.connectors.base import (
    CredentialKeeper,
    DmAvailability,
    FollowNotification,
    Page,
    Relationship,
    WriteKey,
)
from followback.connectors.bluesky import mapping
from followback.connectors.bluesky.streams import BlueskyStreams
from followback.connectors.errors import bluesky_errors
from followback.connectors.payload import parse_datetime
from followback.connectors.retry import RetryPolicy, call_with_retry
from followback.credentials import install_log_redaction
from followback.domain import (
    DEFAULT_CAPABILITIES,
    AuthExpiredError,
    Capabilities,
    ConnectorError,
    InboundMessage,
    NotFoundError,
    OutcomeUnknownError,
    Platform,
    Profile,
    RateLimitedError,
    RecentPost,
    RejectedError,
    TransientError,
    utcnow,
)

__all__ = ["DEFAULT_SERVER", "BlueskyConnector", "connect", "record_key"]

T = TypeVar("T")

DEFAULT_SERVER = "https://bsky.social"
# Bluesky's own moderation service; kept in the labelers header so naming the brand's
# own labelers does not drop the platform's labels (the AppView reads only the header).
DEFAULT_MODERATION_DID = "did:plc:ar7c4by46qjdydhdevvrndac"
MAX_POST_BYTES = 3000
NOTIFICATION_PAGES = 10  # pages of notifications read back to the cursor, at most
RECORD_PAGES = 50  # pages of 100 follow records searched for an unfollow, at most
SENT_SCAN = 100  # own recent posts (or chat messages) searched to reconcile a send
_JSON = "application/json"
_FOLLOW, _POST, _REPOST = "app.bsky.graph.follow", "app.bsky.feed.post", "app.bsky.feed.repost"
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


class BlueskyConnector(BlueskyStreams):
    """An authenticated Bluesky session for one brand account (search and Jetstream reads
    in :mod:`followback.connectors.bluesky.streams`)."""

    platform = Platform.BLUESKY

    def __init__(
        self,
        handle: str,
        credentials: Mapping[str, str],
        server: str = DEFAULT_SERVER,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        capabilities: Capabilities | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        from atproto import AsyncClient
        from atproto_client.request import AsyncRequest

        install_log_redaction()
        self.handle = handle.lstrip("@")
        self.server = server.rstrip("/")
        self.capabilities = capabilities or DEFAULT_CAPABILITIES[Platform.BLUESKY]
        self._creds = dict(credentials)
        self._secret = credentials.get("app_password") or credentials.get("password") or ""
        self._session = credentials.get("session") or ""
        self._keeper: CredentialKeeper | None = None
        self._renewing = False
        self._retry = retry or RetryPolicy()
        kwargs: dict[str, Any] = {"timeout": 30.0}
        if transport is not None:
            kwargs["transport"] = transport
        self._client = AsyncClient(base_url=self.server, request=AsyncRequest(**kwargs))
        self.labelers = _labelers(credentials)
        if self.labelers:
            # Written by hand, not with the SDK's configure_labelers_header: that marks
            # every labeler ";redact", which hides taken-down accounts instead of
            # returning them with their labels, and screening needs to see the labels.
            self._client.request.add_additional_header(
                "atproto-accept-labelers", ",".join(self.labelers)
            )
        self._chat: Any = None
        self._did: str | None = None
        self._limited_until = 0.0
        self._follow_uris: dict[str, str] = {}
        self._jetstream_url = credentials.get("jetstream_url") or ""

    def __repr__(self) -> str:
        return (
            f"BlueskyConnector(handle={self.handle!r}, server={self.server!r}, secret=<redacted>)"
        )

    # -- plumbing ---------------------------------------------------------------------

    def keep_credentials_with(self, keeper: CredentialKeeper) -> None:
        """Keep the session alive through ``keeper``: sessions are stored (encrypted) and
        reused, because the platform allows only 30 session creations per 5 minutes and
        300 a day per account; a new one is created under a lock on the account."""
        self._keeper = keeper
        self._client.on_session_change(self._session_changed)

    async def _session_changed(self, event: Any, session: Any) -> None:
        exported = self.export_session()
        if self._keeper is None or self._renewing or not exported:
            return  # a session created under the keeper's lock is stored by renew()
        if exported != self._session:
            self._session = exported
            self._creds["session"] = exported
            self._keeper.save(self._creds)

    async def _resume(self, session: str) -> bool:
        """Log in with a stored session; False when it no longer works."""
        try:
            with bluesky_errors("log in"):
                await self._client.login(session_string=session, fetch_bsky_profile=False)
        except AuthExpiredError:
            return False
        return True

    async def _create_session(self, current: dict[str, str]) -> dict[str, str]:
        if not self._secret:
            raise AuthExpiredError(f"bluesky: no app password stored for {self.handle}")
        with bluesky_errors("log in"):
            await self._client.login(self.handle, self._secret, fetch_bsky_profile=False)
        return {**current, "session": self.export_session() or ""}

    async def _login(self) -> str:
        if self._did is not None:
            return self._did
        resumed = bool(self._session) and await self._resume(self._session)
        if not resumed and self._keeper is not None:
            self._renewing = True
            try:
                creds = await self._keeper.renew(self._creds, self._create_session)
            finally:
                self._renewing = False
            stored = creds.get("session", "")
            if stored and stored != self.export_session() and not await self._resume(stored):
                raise AuthExpiredError(f"bluesky: the stored session for {self.handle} is refused")
            self._creds, self._session = dict(creds), stored
        elif not resumed:
            await self._create_session(self._creds)
        session = getattr(self._client, "_session", None)
        did = getattr(session, "did", None)
        if not isinstance(did, str) or not did:
            raise AuthExpiredError("bluesky: log in: the server returned no DID")
        self._did = did
        return did

    def _note_limits(self, headers: Mapping[str, Any]) -> None:
        remaining = headers.get("ratelimit-remaining")
        reset = headers.get("ratelimit-reset")
        if remaining is not None and reset is not None and str(remaining).strip() == "0":
            try:
                self._limited_until = float(reset)
            except ValueError:
                return

    async def _send(
        self,
        action: str,
        call: Callable[[], Awaitable[Any]],
        *,
        dm: bool = False,
        write: bool = False,
    ) -> Any:
        async def attempt() -> Any:
            wait = self._limited_until - time.time()
            if wait > 0:
                raise RateLimitedError(f"bluesky: {action}: no rate-limit points left", wait)
            with bluesky_errors(action, dm=dm):
                response = await call()
            self._note_limits(response.headers)
            return response.content

        await self._login()
        return await call_with_retry(attempt, self._retry, write=write)

    async def _query(self, nsid: str, params: Mapping[str, Any] | None = None, **kw: Any) -> Any:
        from atproto_client.models.dot_dict import DotDict

        client = kw.pop("client", None) or self._client
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        return await self._send(
            kw.pop("action", nsid),
            lambda: client.invoke_query(nsid, params=DotDict(clean) if clean else None),
            **kw,
        )

    async def _procedure(self, nsid: str, data: Mapping[str, Any], **kw: Any) -> Any:
        """A write: sent once (a lost answer is OutcomeUnknownError; see ``retry``)."""
        from atproto_client.models.dot_dict import DotDict

        client = kw.pop("client", None) or self._client
        return await self._send(
            kw.pop("action", nsid),
            lambda: client.invoke_procedure(nsid, data=DotDict(dict(data)), input_encoding=_JSON),
            write=True,
            **kw,
        )

    def _chat_client(self) -> Any:
        if self._chat is None:
            self._chat = self._client.with_bsky_chat_proxy()
        return self._chat

    async def _profile_view(self, actor: str) -> Mapping[str, Any]:
        view = await self._query(
            "app.bsky.actor.getProfile", {"actor": actor}, action="get profile"
        )
        if not isinstance(view, Mapping):
            raise NotFoundError(f"bluesky: no profile for {actor}")
        return view

    async def _profiles(self, dids: Iterable[str]) -> dict[str, Mapping[str, Any]]:
        """Detailed profile views (with counts) for ``dids``, 25 per request."""
        wanted = list(dict.fromkeys(dids))
        found: dict[str, Mapping[str, Any]] = {}
        for start in range(0, len(wanted), 25):
            chunk = wanted[start : start + 25]
            body = await self._query(
                "app.bsky.actor.getProfiles", {"actors": chunk}, action="get profiles"
            )
            for view in _list(body, "profiles"):
                if isinstance(view.get("did"), str):
                    found[view["did"]] = view
        return found

    # -- reads ------------------------------------------------------------------------

    async def whoami(self) -> Profile:
        did = await self._login()
        return mapping.map_profile(await self._profile_view(did), utcnow())

    async def _graph_page(self, nsid: str, key: str, cursor: str | None) -> Page[Profile]:
        did = await self._login()
        limit = min(self.capabilities.page_size, 100)
        body = await self._query(nsid, {"actor": did, "limit": limit, "cursor": cursor})
        views = _list(body, key)
        detailed = await self._profiles(v["did"] for v in views if isinstance(v.get("did"), str))
        now = utcnow()
        items = [mapping.map_profile(detailed.get(str(v.get("did")), v), now) for v in views]
        nxt = body.get("cursor") if isinstance(body, Mapping) else None
        return Page(items, str(nxt) if nxt and items else None)

    async def list_followers(self, cursor: str | None = None) -> Page[Profile]:
        return await self._graph_page("app.bsky.graph.getFollowers", "followers", cursor)

    async def list_following(self, cursor: str | None = None) -> Page[Profile]:
        return await self._graph_page("app.bsky.graph.getFollows", "follows", cursor)

    async def fetch_profile(self, remote_id: str) -> Profile:
        return mapping.map_profile(await self._profile_view(remote_id), utcnow())

    async def _notifications(
        self, reasons: set[str], cursor: str | None
    ) -> tuple[list[Mapping[str, Any]], str | None]:
        """Notifications with ``reason`` in ``reasons`` indexed after ``cursor``, oldest first."""
        since = parse_datetime(cursor) if cursor else None
        found: list[Mapping[str, Any]] = []
        page_cursor: str | None = None
        for _ in range(NOTIFICATION_PAGES):
            body = await self._query(
                "app.bsky.notification.listNotifications",
                {"limit": 100, "cursor": page_cursor},
                action="list notifications",
            )
            items = _list(body, "notifications")
            fresh = [n for n in items if _after(n, since)]
            found.extend(n for n in fresh if n.get("reason") in reasons)
            page_cursor = body.get("cursor") if isinstance(body, Mapping) else None
            if since is None or len(fresh) < len(items) or not page_cursor:
                break
        found.sort(key=lambda n: str(n.get("indexedAt", "")))
        newest = max((str(n.get("indexedAt")) for n in found), default=None)
        return found, newest or cursor

    async def fetch_follow_notifications(
        self, cursor: str | None = None
    ) -> Page[FollowNotification]:
        raw, nxt = await self._notifications({"follow"}, cursor)
        detailed = await self._profiles(_author_dids(raw))
        now = utcnow()
        items = []
        for n in raw:
            note = mapping.map_follow_notification(n, now)
            view = detailed.get(note.remote_id)
            profile = mapping.map_profile(view, now) if view else note.profile
            items.append(FollowNotification(note.remote_id, note.at, profile))
        return Page(items, nxt)

    async def fetch_mentions(self, cursor: str | None = None) -> Page[InboundMessage]:
        raw, nxt = await self._notifications({"mention", "reply", "quote"}, cursor)
        return Page([mapping.map_notification_message(n) for n in raw], nxt)

    async def fetch_dms(self, cursor: str | None = None) -> Page[InboundMessage]:
        did = await self._login()
        try:
            body = await self._query(
                "chat.bsky.convo.getLog",
                {"cursor": cursor},
                client=self._chat_client(),
                action="read chat log",
                dm=True,
            )
        except RejectedError:
            return Page([], cursor)  # this app password may not read DMs
        created = [
            (str(log.get("convoId", "")), log["message"])
            for log in _list(body, "logs")
            if str(log.get("$type", "")).endswith("#logCreateMessage")
            and isinstance(log.get("message"), Mapping)
            and str(log["message"].get("$type", "#messageView")).endswith("#messageView")
        ]
        incoming = [(c, m) for c, m in created if _sender(m) != did]
        views = await self._profiles(_sender(m) for _, m in incoming) if incoming else {}
        handles = {d: str(v.get("handle", d)) for d, v in views.items()}
        items = [mapping.map_chat_message(m, c, handles) for c, m in incoming]
        nxt = body.get("cursor") if isinstance(body, Mapping) else None
        return Page(items, str(nxt) if nxt else cursor)

    async def get_relationship(self, remote_id: str) -> Relationship:
        return mapping.map_relationship(await self._profile_view(remote_id))

    async def check_dm_access(self) -> bool | None:
        """Whether this app password may use the chat service (DMs): one cheap chat read.

        False when the chat service refuses the credentials' scope (an app password created
        without "Allow access to your direct messages"); None when the chat service did not
        answer (no verdict either way).
        """
        try:
            await self._query(
                "chat.bsky.convo.listConvos",
                {"limit": 1},
                client=self._chat_client(),
                action="check DM access",
                dm=True,
            )
        except RejectedError:
            return False
        except (TransientError, NotFoundError):
            return None
        return True

    async def check_dm_availability(self, remote_id: str) -> DmAvailability:
        """Ask the chat service whether a chat with ``remote_id`` can open now.

        ``chat.bsky.convo.getConvoAvailability`` applies both accounts' chat declarations
        (``allowIncoming``: all, following (the default), none) and blocks; the profile
        view says which declaration is in the way, so the reason can be put plainly. An
        app password without DM access is told apart (``brand_access`` False).
        """
        view = await self._profile_view(remote_id)
        did = str(view.get("did", remote_id))
        allow = mapping.allow_incoming(view)
        follows = mapping.map_relationship(view).followed_by
        try:
            body = await self._query(
                "chat.bsky.convo.getConvoAvailability",
                {"members": [did]},
                client=self._chat_client(),
                action="check chat availability",
                dm=True,
            )
        except RejectedError:
            return DmAvailability(False, allow, follows, brand_access=False)
        can = bool(body.get("canChat")) if isinstance(body, Mapping) else False
        return DmAvailability(can, allow, follows)

    async def fetch_recent_posts(self, remote_id: str, limit: int = 10) -> list[RecentPost]:
        body = await self._query(
            "app.bsky.feed.getAuthorFeed",
            {"actor": remote_id, "limit": max(1, min(limit, 100))},
            action="read recent posts",
        )
        return [mapping.map_feed_item(item) for item in _list(body, "feed")]

    # -- writes -----------------------------------------------------------------------

    async def _create_record(
        self,
        collection: str,
        record: Mapping[str, Any],
        action: str,
        *,
        key: WriteKey | None = None,
        same: Callable[[Mapping[str, Any]], bool] | None = None,
    ) -> str:
        """Create a record; with ``key``, under a record key derived from it.

        A second create of the same key fails on the PDS (the record exists), so a write
        sent twice lands once; that failure, or a lost answer, is settled by reading the
        record back (``same`` tells our record from a rare key collision).
        """
        did = await self._login()
        data: dict[str, Any] = {
            "repo": did,
            "collection": collection,
            "record": {"$type": collection, **record},
        }
        rkey = record_key(key) if key is not None else None
        if rkey is not None:
            data["rkey"] = rkey
        try:
            body = await self._procedure("com.atproto.repo.createRecord", data, action=action)
        except (OutcomeUnknownError, RejectedError) as exc:
            try:
                found = await self._own_record(collection, rkey, same) if rkey else None
            except ConnectorError as read_error:
                # The read-back failed too: whether the write landed is still unknown (a
                # read error here must not pass for "not sent"); the outbox reads back later.
                if isinstance(exc, OutcomeUnknownError):
                    raise exc from read_error
                raise
            if found is None:
                raise
            return found
        uri = body.get("uri") if isinstance(body, Mapping) else None
        if not isinstance(uri, str):
            raise RejectedError(f"bluesky: {action}: the server returned no record URI")
        return uri

    async def _own_record(
        self,
        collection: str,
        rkey: str,
        same: Callable[[Mapping[str, Any]], bool] | None,
    ) -> str | None:
        """The URI of our record ``collection/rkey`` if it exists (and passes ``same``)."""
        did = await self._login()
        try:
            body = await self._query(
                "com.atproto.repo.getRecord",
                {"repo": did, "collection": collection, "rkey": rkey},
                action="read back record",
            )
        except NotFoundError:
            return None
        value = body.get("value") if isinstance(body, Mapping) else None
        uri = body.get("uri") if isinstance(body, Mapping) else None
        if not isinstance(value, Mapping) or not isinstance(uri, str):
            return None
        return uri if same is None or same(value) else None

    async def _own_records(self, collection: str, pages: int) -> list[Mapping[str, Any]]:
        """The brand's own records of ``collection``, newest first, ``pages`` x 100 at most."""
        did = await self._login()
        found: list[Mapping[str, Any]] = []
        cursor: str | None = None
        for _ in range(pages):
            body = await self._query(
                "com.atproto.repo.listRecords",
                {"repo": did, "collection": collection, "limit": 100, "cursor": cursor},
                action="list own records",
            )
            records = _list(body, "records")
            found.extend(records)
            cursor = body.get("cursor") if isinstance(body, Mapping) else None
            if not records or not cursor:
                break
        return found

    async def follow(self, remote_id: str, *, key: WriteKey | None = None) -> str:
        view = await self._profile_view(remote_id)
        did = str(view.get("did", remote_id))
        viewer = view.get("viewer") if isinstance(view.get("viewer"), Mapping) else {}
        existing = self._follow_uris.get(did) or (viewer or {}).get("following")
        if isinstance(existing, str) and existing:
            return existing
        uri = await self._create_record(
            _FOLLOW,
            {"subject": did, "createdAt": _now_iso()},
            "follow",
            key=key,
            same=lambda value: value.get("subject") == did,
        )
        self._follow_uris[did] = uri
        return uri

    async def unfollow(self, remote_id: str) -> None:
        """Delete every follow record of ``remote_id``, found by listing the brand's follows.

        Not only the one the AppView shows: a follow written twice (by another client, or
        before records were keyed) would otherwise leave the brand following.
        """
        view = await self._profile_view(remote_id)
        did = str(view.get("did", remote_id))
        viewer = view.get("viewer") if isinstance(view.get("viewer"), Mapping) else {}
        uris = {u for u in (self._follow_uris.pop(did, None), (viewer or {}).get("following")) if u}
        for rec in await self._own_records(_FOLLOW, RECORD_PAGES):
            value = rec.get("value")
            if isinstance(value, Mapping) and value.get("subject") == did:
                uris.add(str(rec.get("uri")))
        for uri in sorted(uris):
            repo, collection, rkey = _split_at_uri(str(uri))
            await self._procedure(
                "com.atproto.repo.deleteRecord",
                {"repo": repo, "collection": collection, "rkey": rkey},
                action="unfollow",
            )

    async def _post_view(self, uri: str) -> Mapping[str, Any]:
        body = await self._query("app.bsky.feed.getPosts", {"uris": [uri]}, action="get post")
        posts = _list(body, "posts")
        if not posts:
            raise NotFoundError(f"bluesky: post {uri} not found")
        return posts[0]

    async def send_reply(self, in_reply_to: str, text: str, *, key: WriteKey | None = None) -> str:
        _check_length(text)
        refs = mapping.reply_refs(await self._post_view(in_reply_to))
        record = {"text": text, "createdAt": _now_iso(), "reply": refs}
        return await self._create_record(
            _POST, record, "reply", key=key, same=lambda v: _is_reply(v, in_reply_to, text)
        )

    async def _convo_id(self, remote_id: str) -> str:
        body = await self._query(
            "chat.bsky.convo.getConvoForMembers",
            {"members": [remote_id]},
            client=self._chat_client(),
            action="open chat",
            dm=True,
        )
        convo = body.get("convo") if isinstance(body, Mapping) else None
        convo_id = convo.get("id") if isinstance(convo, Mapping) else None
        if not isinstance(convo_id, str):
            raise RejectedError(f"bluesky: cannot open a chat with {remote_id}")
        return convo_id

    async def send_dm(self, remote_id: str, text: str, *, key: WriteKey | None = None) -> str:
        # chat.bsky has no client-chosen message id: a lost answer is reconciled by
        # reading the conversation back (``find_sent``).
        _check_length(text)
        chat = self._chat_client()
        convo_id = await self._convo_id(remote_id)
        sent = await self._procedure(
            "chat.bsky.convo.sendMessage",
            {"convoId": convo_id, "message": {"text": text}},
            client=chat,
            action="send dm",
            dm=True,
        )
        message_id = sent.get("id") if isinstance(sent, Mapping) else None
        if not isinstance(message_id, str):
            raise RejectedError("bluesky: send dm: the server returned no message id")
        return f"{convo_id}/{message_id}"

    async def repost(self, message_id: str, *, key: WriteKey | None = None) -> str:
        post = await self._post_view(message_id)
        subject = {"uri": str(post.get("uri")), "cid": str(post.get("cid"))}
        return await self._create_record(
            _REPOST,
            {"subject": subject, "createdAt": _now_iso()},
            "repost",
            key=key,
            same=lambda v: _subject_uri(v) == subject["uri"],
        )

    async def find_sent(
        self, kind: str, target: str, text: str, *, key: WriteKey | None = None
    ) -> str | None:
        """Read back a reply (by its record key, else among the brand's recent posts), a
        repost, or a DM (in the conversation with ``target``)."""
        if kind == "dm":
            return await self._find_dm(target, text)

        def same(value: Mapping[str, Any]) -> bool:
            if kind == "reply":
                return _is_reply(value, target, text)
            return _subject_uri(value) == target

        collection = _POST if kind == "reply" else _REPOST
        if key is not None:
            found = await self._own_record(collection, record_key(key), same)
            if found is not None:
                return found
        for rec in await self._own_records(collection, 1):
            value = rec.get("value")
            if isinstance(value, Mapping) and same(value):
                return str(rec.get("uri"))
        return None

    async def _find_dm(self, remote_id: str, text: str) -> str | None:
        did = await self._login()
        convo_id = await self._convo_id(remote_id)
        body = await self._query(
            "chat.bsky.convo.getMessages",
            {"convoId": convo_id, "limit": SENT_SCAN},
            client=self._chat_client(),
            action="read chat",
            dm=True,
        )
        for message in _list(body, "messages"):
            if _sender(message) == did and message.get("text") == text:
                return f"{convo_id}/{message.get('id')}"
        return None

    def export_session(self) -> str | None:
        """The current session as a string to store (encrypted) and reuse, if logged in."""
        try:
            return str(self._client.export_session_string())
        except Exception:
            return None

    async def aclose(self) -> None:
        for client in (self._chat, self._client):
            request = getattr(client, "request", None)
            if request is None:
                continue
            try:
                await request.close()
            except RuntimeError:
                # Closed from another event loop than the one that used it: the pooled
                # connections died with that loop, so there is nothing left to release.
                continue


def _labelers(credentials: Mapping[str, str]) -> tuple[str, ...]:
    """Labeler DIDs to ask for (credential ``labelers``, comma-separated), after the
    platform's moderation service (credential ``moderation_did`` overrides its DID)."""
    extra = [d.strip() for d in credentials.get("labelers", "").split(",") if d.strip()]
    if not extra:
        return ()
    base = credentials.get("moderation_did", DEFAULT_MODERATION_DID).strip()
    dids = [d for d in (base, *extra) if d.startswith("did:")]
    return tuple(dict.fromkeys(dids))


def _list(body: Any, key: str) -> list[Mapping[str, Any]]:
    items = body.get(key) if isinstance(body, Mapping) else None
    return [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []


def _after(item: Mapping[str, Any], since: datetime | None) -> bool:
    if since is None:
        return True
    at = parse_datetime(item.get("indexedAt"))
    return at is not None and at > since


def _author_dids(items: Iterable[Mapping[str, Any]]) -> list[str]:
    dids = []
    for n in items:
        author = n.get("author")
        if isinstance(author, Mapping) and isinstance(author.get("did"), str):
            dids.append(author["did"])
    return dids


def _sender(message: Mapping[str, Any]) -> str:
    sender = message.get("sender")
    return str(sender.get("did", "")) if isinstance(sender, Mapping) else ""


def record_key(key: WriteKey) -> str:
    """A TID record key derived from an outbox key: the same action always gets the same one.

    A TID is 13 base32-sortable characters over 64 bits: 0, 53 bits of microseconds, 10
    bits of clock id. The time is when the intent was committed with its low 25 bits (about
    half a minute) taken from a hash of the key, and the clock id too, so actions queued in
    the same instant still get different keys; a collision is told apart by ``same``.
    """
    digest = int.from_bytes(hashlib.sha256(key.value.encode()).digest()[:8], "big")
    micros = int(key.at.timestamp() * 1_000_000)
    micros = (micros & ~((1 << 25) - 1)) | (digest & ((1 << 25) - 1))
    n = ((micros & ((1 << 53) - 1)) << 10) | ((digest >> 25) & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[n & 31])
        n >>= 5
    return "".join(reversed(chars))


def _is_reply(value: Mapping[str, Any], parent_uri: str, text: str) -> bool:
    reply = value.get("reply")
    parent = reply.get("parent") if isinstance(reply, Mapping) else None
    return (
        isinstance(parent, Mapping)
        and parent.get("uri") == parent_uri
        and value.get("text") == text
    )


def _subject_uri(value: Mapping[str, Any]) -> str | None:
    subject = value.get("subject")
    uri = subject.get("uri") if isinstance(subject, Mapping) else None
    return uri if isinstance(uri, str) else None


def _split_at_uri(uri: str) -> tuple[str, str, str]:
    parts = uri.removeprefix("at://").split("/")
    if len(parts) != 3:
        raise RejectedError(f"bluesky: not a record URI: {uri!r}")
    return parts[0], parts[1], parts[2]


def _check_length(text: str) -> None:
    if len(text.encode()) > MAX_POST_BYTES:
        raise RejectedError(f"bluesky: text is longer than {MAX_POST_BYTES} bytes")


def _now_iso() -> str:
    return utcnow().isoformat().replace("+00:00", "Z")


def connect(handle: str, credentials: Mapping[str, str], server: str | None) -> BlueskyConnector:
    """Connector factory (entry point ``followback.connectors: bluesky``)."""
    return BlueskyConnector(handle, credentials, server or DEFAULT_SERVER)
