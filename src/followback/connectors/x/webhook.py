"""X webhooks: X calls the brand's public HTTPS address with each follow event instead of
followback reading the activity stream for a few seconds per sync, so no event falls between
two reads (docs.x.com/x-api/webhooks/introduction, /x-api/activity/quickstart).

- **CRC**: X sends ``GET <url>?crc_token=...`` when the webhook is registered, periodically, and
  on ``PUT /2/webhooks/:id``; the answer is ``{"response_token": "sha256=<base64 of
  HMAC-SHA256(key=consumer secret, msg=crc_token)>"}``, within seconds (X's
  webhooks page: respond within 10 seconds).
- **Signature**: every POST carries ``x-twitter-webhooks-signature: sha256=<base64 of
  HMAC-SHA256(key=consumer secret, msg=raw body)>``; anything else is refused.
- **Management** (``POST/GET/PUT/DELETE /2/webhooks``, ``PUT /2/activity/subscriptions/:id``)
  needs the app-only bearer token, not the brand's user token.

X's docs give the two HMACs in a few lines of the standard library (``hmac``, ``hashlib``,
``base64``); no webhook library is needed for them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import requests

from followback.connectors.errors import MalformedPayloadError, error_for_status, x_errors
from followback.connectors.x.activity import (
    FOLLOW_EVENT_TYPES,
    SUBSCRIPTIONS_ROUTE,
    FollowActivity,
    parse_event,
    subscription_body,
)
from followback.domain import RejectedError

__all__ = [
    "SIGNATURE_HEADER",
    "WEBHOOKS_ROUTE",
    "XWebhookAdmin",
    "crc_response",
    "parse_delivery",
    "sign",
    "signature_valid",
    "webhook_url_problem",
]

SIGNATURE_HEADER = "x-twitter-webhooks-signature"
WEBHOOKS_ROUTE = "/2/webhooks"
API_HOST = "https://api.twitter.com"  # the connector's host; api.x.com serves the same API


def sign(secret: str, message: bytes) -> str:
    """``sha256=`` and the base64 HMAC-SHA256 of ``message`` keyed with ``secret``."""
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode("ascii")


def crc_response(crc_token: str, consumer_secret: str) -> dict[str, str]:
    """The JSON body that answers X's challenge-response check."""
    return {"response_token": sign(consumer_secret, crc_token.encode("utf-8"))}


def signature_valid(body: bytes, header: str | None, consumer_secret: str) -> bool:
    """Whether ``header`` is X's signature of ``body`` (compared in constant time)."""
    if not header or not consumer_secret:
        return False
    return hmac.compare_digest(sign(consumer_secret, body).encode(), header.strip().encode())


def parse_delivery(body: bytes) -> list[FollowActivity]:
    """The follow events in one webhook POST: an event envelope (``{"data": {...}}``, as on
    the stream) or a list of them; other event types are ignored."""
    try:
        raw = json.loads(body)
    except ValueError as exc:
        raise MalformedPayloadError("x: webhook delivery: the body is not JSON") from exc
    items = raw if isinstance(raw, list) else [raw]
    events = []
    for item in items:
        if not isinstance(item, Mapping):
            raise MalformedPayloadError("x: webhook delivery: an event is not a JSON object")
        event = parse_event(item)
        if event is not None:
            events.append(event)
    return events


def webhook_url_problem(url: str) -> str | None:
    """Why X would refuse ``url`` as a webhook (its documented requirements), or None."""
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return "the webhook URL must be a public https:// address"
    if parts.port is not None:
        return "X refuses a webhook URL with a port (https://host/path, no :port)"
    if len(url) > 200:
        return "X accepts webhook URLs of at most 200 characters"
    if parts.hostname in ("localhost", "127.0.0.1", "::1"):
        return "X must reach the webhook URL from the internet: a loopback address will not do"
    return None


class XWebhookAdmin:
    """X's webhook and subscription endpoints, called with the app-only bearer token."""

    def __init__(self, app_bearer_token: str, session: requests.Session | None = None) -> None:
        if not app_bearer_token:
            raise RejectedError("x: the app-only bearer token is needed to manage webhooks")
        self._token = app_bearer_token
        self._session = session or requests.Session()

    def __repr__(self) -> str:
        return "XWebhookAdmin(token=<redacted>)"

    def _call(self, action: str, method: str, route: str, body: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {self._token}"}
        with x_errors(action):
            response = self._session.request(
                method, API_HOST + route, json=body, headers=headers, timeout=30
            )
            if response.status_code >= 400:
                said = _problem(response)
                message = f"x: {action}" + (f": {said}" if said else "")
                raise error_for_status(response.status_code, message, response.headers)
            try:
                return response.json() if response.content else {}
            except ValueError as exc:
                raise MalformedPayloadError(f"x: {action}: response is not JSON") from exc

    def list_webhooks(self) -> list[dict[str, Any]]:
        body = self._call("list webhooks", "GET", WEBHOOKS_ROUTE)
        data = body.get("data") if isinstance(body, Mapping) else None
        return [dict(w) for w in data or [] if isinstance(w, Mapping)]

    def create_webhook(self, url: str) -> dict[str, Any]:
        """Register ``url``; X sends it a CRC at once and answers only if it passed."""
        body = self._call("register webhook", "POST", WEBHOOKS_ROUTE, {"url": url})
        return dict(_data(body, "register webhook"))

    def validate_webhook(self, webhook_id: str) -> bool:
        """Ask X for a CRC now (re-enables an invalid webhook that passes it)."""
        body = self._call("validate webhook", "PUT", f"{WEBHOOKS_ROUTE}/{webhook_id}")
        return bool(_data(body, "validate webhook").get("valid"))

    def replay(self, webhook_id: str, since: datetime, until: datetime) -> str:
        """Ask X to deliver again what it delivered (or tried to) to the webhook between
        ``since`` and ``until`` (UTC, to the minute; at most the past 24 hours): the job id."""
        body = {
            "webhook_id": webhook_id,
            "from_date": f"{since:%Y%m%d%H%M}",
            "to_date": f"{until:%Y%m%d%H%M}",
        }
        made = _data(self._call("replay webhook", "POST", f"{WEBHOOKS_ROUTE}/replay", body), "")
        return str(made.get("job_id", ""))

    def delete_webhook(self, webhook_id: str) -> bool:
        body = self._call("delete webhook", "DELETE", f"{WEBHOOKS_ROUTE}/{webhook_id}")
        return bool(_data(body, "delete webhook").get("deleted"))

    def list_subscriptions(self) -> list[dict[str, Any]]:
        body = self._call("list subscriptions", "GET", SUBSCRIPTIONS_ROUTE)
        data = body.get("data") if isinstance(body, Mapping) else None
        return [dict(s) for s in data or [] if isinstance(s, Mapping)]

    def point_subscriptions(self, user_id: str, webhook_id: str) -> list[str]:
        """Deliver the brand's follow events to ``webhook_id``: existing subscriptions are
        updated (``PUT``), missing ones created with the webhook; their ids."""
        mine = {
            str(s.get("event_type")): s
            for s in self.list_subscriptions()
            if str((s.get("filter") or {}).get("user_id")) == user_id
            and s.get("event_type") in FOLLOW_EVENT_TYPES
        }
        ids: list[str] = []
        for event_type in FOLLOW_EVENT_TYPES:
            found = mine.get(event_type)
            if found is None:
                body = {**subscription_body(event_type, user_id), "webhook_id": webhook_id}
                made = _data(self._call("subscribe", "POST", SUBSCRIPTIONS_ROUTE, body), "sub")
                ids.append(_subscription_id(made))
                continue
            sid = str(found.get("subscription_id", ""))
            if str(found.get("webhook_id") or "") != webhook_id:
                route = f"{SUBSCRIPTIONS_ROUTE}/{sid}"
                self._call("point subscription", "PUT", route, {"webhook_id": webhook_id})
            ids.append(sid)
        return ids

    def close(self) -> None:
        self._session.close()


def _data(body: Any, action: str) -> Mapping[str, Any]:
    data = body.get("data") if isinstance(body, Mapping) else None
    if not isinstance(data, Mapping):
        raise MalformedPayloadError(f"x: {action}: no data object in the response")
    return data


def _subscription_id(data: Mapping[str, Any]) -> str:
    """The id in a create answer: the API reference nests it under ``subscription``
    (OpenAPI 2.167), the quickstart shows it at the top of ``data``; both are read."""
    inner = data.get("subscription")
    found = inner.get("subscription_id") if isinstance(inner, Mapping) else None
    return str(found or data.get("subscription_id") or "")


def _problem(response: requests.Response) -> str:
    """X's own words for a refusal (``errors[].message`` or ``detail``), for the error."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, Mapping):
        return ""
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        first = errors[0]
        return str(first.get("message") or first.get("detail") or "")
    return str(body.get("detail") or body.get("title") or "")
