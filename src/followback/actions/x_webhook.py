"""X follow events delivered by webhook: register the webhook, answer X's checks, record
each delivery once.

Reading the X Activity API's stream for a few seconds per sync loses whatever X sends while
nobody reads. A webhook does not: X POSTs each event to the brand's public HTTPS address
(``/hooks/x/<account id>`` on ``followback serve``) and retries while it is down; X's docs
ask the receiver to de-duplicate by event id, which :func:`apply_follow_events` does in the
transaction that applies the event. The stream reader uses the same function, so an event
seen both ways counts once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from followback.actions.outbox import Landed, Write, record_landed
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.x.activity import FollowActivity
from followback.connectors.x.mapping import map_user
from followback.connectors.x.spend import PRICES_USD, Billable
from followback.connectors.x.webhook import (
    XWebhookAdmin,
    crc_response,
    parse_delivery,
    signature_valid,
    webhook_url_problem,
)
from followback.credentials import decrypt_credentials, encrypt_credentials
from followback.domain import ActionKind, Clock, Direction, EndReason, Platform
from followback.domain.errors import ErrorCode, UserError
from followback.store import AccountRepo, AuditRepo, Store
from followback.store import StoreSession as Session
from followback.store.actions import ActionRepo
from followback.store.edges import EdgeRepo
from followback.store.engine import DuplicateRow
from followback.store.profiles import save_profiles
from followback.store.x_usage import XSpendRepo
from followback.store.x_webhooks import EVENT_IDS_KEPT, XWebhook, XWebhookRepo

__all__ = [
    "HOOK_PATH",
    "AppliedEvents",
    "WebhookDelivery",
    "WebhookRegistered",
    "WebhookRemoved",
    "WebhookReplay",
    "WebhookStatus",
    "admin_for",
    "answer_x_crc",
    "apply_follow_events",
    "hook_url",
    "record_x_webhook_delivery",
    "register_x_webhook",
    "remove_x_webhook",
    "request_x_webhook_replay",
    "x_webhook_status",
]

HOOK_PATH = "/hooks/x/{account_id}"
VIA_WEBHOOK = "x_webhook"
_CONSUMER_SECRET = "consumer_secret"  # noqa: S105 - a key name, not a secret
_APP_TOKEN = "app_bearer_token"  # noqa: S105


def hook_url(public_url: str, account_id: int) -> str:
    """The address X calls for ``account_id``: the dashboard's public URL + the hook path."""
    return public_url.rstrip("/") + HOOK_PATH.format(account_id=account_id)


# -- applying follow events (webhook and stream) ------------------------------------------------
@dataclass
class AppliedEvents:
    """What a batch of follow events changed."""

    arrivals: list[str] = field(default_factory=list)
    departures: list[str] = field(default_factory=list)
    confirmed_follows: int = 0
    new: int = 0  # events not seen before (applied and billed)
    repeats: int = 0  # events already recorded (a retry, replay or the other channel)


def apply_follow_events(
    s: Session,
    account_id: int,
    me: str,
    events: Sequence[FollowActivity],
    now: datetime,
    *,
    via: str,
) -> AppliedEvents:
    """Record follow events in the caller's transaction, each event id once.

    A follower's ``follow.follow`` opens their edge (an arrival), ``follow.unfollow`` ends it
    with reason ``unfollowed``; the brand's own follows confirm follow-backs a person made
    from an intent link. Events about others are ignored. Each new event is charged at X's
    per-event price to the account's month (X bills every event it delivers).
    """
    out = AppliedEvents()
    ids = XWebhookRepo(s)
    ids.purge_events(now - EVENT_IDS_KEPT)  # ids older than any retry or replay
    fresh: list[FollowActivity] = []
    for event in events:
        if event.event_id and not ids.record_event_once(
            account_id, event.event_id, event.kind, via, now
        ):
            out.repeats += 1
            continue
        fresh.append(event)
    out.new = len(fresh)
    _apply_follower_changes(s, account_id, me, fresh, now, via, out)
    followed = {e.target_id for e in fresh if e.about_brand(me) == "brand_followed"}
    for row in ActionRepo(s).awaiting_person(account_id, ActionKind.FOLLOW):
        if row.target in followed:
            record_landed(s, Write.of(row), Landed(None, True), now)
            out.confirmed_follows += 1
    if via == VIA_WEBHOOK and fresh:
        # The stream reader charges its own tracker; webhook events reach no connector.
        spend = sum((PRICES_USD[Billable(e.kind)] for e in fresh), Decimal(0))
        XSpendRepo(s).add(account_id, spend, now)
    return out


def _apply_follower_changes(
    s: Session,
    account_id: int,
    me: str,
    events: Sequence[FollowActivity],
    now: datetime,
    via: str,
    out: AppliedEvents,
) -> None:
    """Open and end follower edges in the order X sent the events: someone who left and
    came back in one batch ends up following (and the other way round)."""
    edges = EdgeRepo(s)
    opened: set[str] = set()
    left: set[str] = set()
    for e in events:
        meaning = e.about_brand(me)
        if meaning == "arrival":
            new = edges.record_arrivals(
                account_id, Direction.FOLLOWER, [(e.source_id, now)], seen_at=now, via=via
            )
            opened.update(new)
        elif meaning == "departure":
            ended = {e.source_id: EndReason.UNFOLLOWED}
            edges.record_ends(account_id, Direction.FOLLOWER, ended, at=now, source=via)
            left.add(e.source_id)
            opened.discard(e.source_id)
    _save_arrival_profiles(s, events, opened, now)
    out.arrivals = sorted(opened)
    out.departures = sorted(left)


def _save_arrival_profiles(
    s: Session, events: Sequence[FollowActivity], opened: set[str], now: datetime
) -> None:
    """New followers' profiles from the events' user objects (X sends the whole v2 User):
    screening then finds them stored instead of paying a lookup each."""
    profiles = {}
    for e in events:
        if e.source_id in opened and e.source_user is not None:
            try:
                profiles[e.source_id] = map_user(e.source_user, now)
            except MalformedPayloadError:
                continue  # screening looks the profile up as usual
    save_profiles(s, Platform.X, profiles.values())


# -- receiving ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WebhookDelivery:
    account_id: int
    events: int
    applied: AppliedEvents


def _secrets(hook: XWebhook, key: bytes | None) -> dict[str, str]:
    return dict(decrypt_credentials(hook.secrets, key))


def _registered(store: Store, account_id: int) -> XWebhook:
    with store.read() as s:
        hook = XWebhookRepo(s).find(account_id)
    if hook is None:
        raise UserError("no X webhook is registered for this account", ErrorCode.NOT_FOUND)
    return hook


def answer_x_crc(
    store: Store, account_id: int, crc_token: str, *, key: bytes | None
) -> dict[str, str]:
    """The answer to X's challenge-response check for the account's webhook."""
    if not crc_token or len(crc_token) > 1000:
        raise UserError("crc_token: missing or too long", ErrorCode.BAD_INPUT)
    hook = _registered(store, account_id)
    return crc_response(crc_token, _secrets(hook, key)[_CONSUMER_SECRET])


def record_x_webhook_delivery(
    store: Store,
    account_id: int,
    body: bytes,
    signature: str | None,
    *,
    key: bytes | None,
    clock: Clock,
) -> WebhookDelivery:
    """Verify X's signature of ``body``, then record its follow events once each.

    Raises :class:`UserError` ``forbidden`` (HTTP 403) when the signature is missing or
    wrong (nothing is read from the body), ``not_found`` when no webhook is registered.
    A repeat of an event already recorded changes nothing.
    """
    hook = _registered(store, account_id)
    if not signature_valid(body, signature, _secrets(hook, key)[_CONSUMER_SECRET]):
        raise UserError("the X webhook signature is missing or wrong", ErrorCode.FORBIDDEN)
    events = parse_delivery(body)
    now = clock()
    try:
        with store.session() as s:
            me = AccountRepo(s).get(account_id).remote_id
            applied = apply_follow_events(s, account_id, me, events, now, via=VIA_WEBHOOK)
    except DuplicateRow:
        # The same event id committed by a concurrent delivery meanwhile: already recorded.
        applied = AppliedEvents(repeats=len(events))
    return WebhookDelivery(account_id, len(events), applied)


# -- registering --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WebhookRegistered:
    account_id: int
    webhook_id: str
    url: str
    subscription_ids: tuple[str, ...]
    reused: bool  # X already had a webhook at this URL (registered again, re-validated)


def _x_account(store: Store, account_id: int) -> str:
    with store.read() as s:
        account = AccountRepo(s).get(account_id)
    if account.platform is not Platform.X:
        raise UserError(f"account #{account_id} is not an X account", ErrorCode.BAD_INPUT)
    return account.remote_id


def register_x_webhook(
    store: Store,
    admin: XWebhookAdmin,
    account_id: int,
    *,
    public_url: str,
    consumer_secret: str,
    app_bearer_token: str,
    by: str,
    key: bytes | None,
    clock: Clock,
) -> WebhookRegistered:
    """Register ``<public_url>/hooks/x/<id>`` with X and point the brand's follow-event
    subscriptions at it.

    The secrets are stored (encrypted) first: X checks the URL with a CRC while it registers
    it, and ``followback serve`` answers that CRC with the stored consumer secret. Running
    it again is safe: a webhook X already has at the URL is re-validated and reused.
    """
    me = _x_account(store, account_id)
    url = hook_url(public_url, account_id)
    problem = webhook_url_problem(url)
    if problem:
        raise UserError(f"{url}: {problem}", ErrorCode.BAD_INPUT, url=url)
    if not consumer_secret or not app_bearer_token:
        raise UserError("the consumer secret and the app bearer token are both needed")
    sealed = encrypt_credentials(
        {_CONSUMER_SECRET: consumer_secret, _APP_TOKEN: app_bearer_token}, key
    )
    with store.session() as s:
        XWebhookRepo(s).save(account_id, url=url, secrets=sealed, by=by, at=clock())
    existing = next((w for w in admin.list_webhooks() if w.get("url") == url), None)
    if existing is not None:
        webhook_id = str(existing.get("id", ""))
        if not existing.get("valid"):
            admin.validate_webhook(webhook_id)
    else:
        webhook_id = str(admin.create_webhook(url).get("id", ""))
    subscriptions = tuple(admin.point_subscriptions(me, webhook_id))
    now = clock()
    with store.session() as s:
        XWebhookRepo(s).save(
            account_id,
            url=url,
            secrets=sealed,
            by=by,
            at=now,
            webhook_id=webhook_id,
            subscription_ids=subscriptions,
        )
        AuditRepo(s).record(
            by,
            "x.webhook.register",
            url,
            account_id,
            now,
            webhook_id=webhook_id,
            subscriptions=list(subscriptions),
        )
    return WebhookRegistered(account_id, webhook_id, url, subscriptions, existing is not None)


def admin_for(store: Store, account_id: int, *, key: bytes | None) -> XWebhookAdmin:
    """The management client, with the app bearer token stored at registration."""
    hook = _registered(store, account_id)
    return XWebhookAdmin(_secrets(hook, key)[_APP_TOKEN])


# -- replay ---------------------------------------------------------------------------------
REPLAY_WINDOW = timedelta(hours=24)  # X replays events of the past 24 hours at most


@dataclass(frozen=True, slots=True)
class WebhookReplay:
    account_id: int
    job_id: str
    since: datetime
    until: datetime


def request_x_webhook_replay(
    store: Store,
    admin: XWebhookAdmin,
    account_id: int,
    *,
    hours: float,
    by: str,
    clock: Clock,
) -> WebhookReplay:
    """Ask X to deliver the last ``hours`` of events again (after ``followback serve`` was
    unreachable longer than X kept retrying). Events already recorded change nothing."""
    if not 0 < hours <= REPLAY_WINDOW.total_seconds() / 3600:
        raise UserError("X replays at most the past 24 hours: --hours 1 to 24", ErrorCode.BAD_INPUT)
    hook = _registered(store, account_id)
    until = clock().replace(second=0, microsecond=0)
    since = until - timedelta(hours=hours)
    job_id = admin.replay(hook.webhook_id, since, until)
    with store.session() as s:
        AuditRepo(s).record(
            by,
            "x.webhook.replay",
            hook.url,
            account_id,
            clock(),
            job_id=job_id,
            since=since.isoformat(),
            until=until.isoformat(),
        )
    return WebhookReplay(account_id, job_id, since, until)


# -- status and removal -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WebhookStatus:
    account_id: int
    url: str
    webhook_id: str
    valid: bool | None  # X's answer; None: X no longer lists the webhook
    subscription_ids: tuple[str, ...]
    events_last_day: int
    last_event_at: datetime | None


def x_webhook_status(
    store: Store, admin: XWebhookAdmin, account_id: int, *, clock: Clock
) -> WebhookStatus:
    """What X says of the account's webhook (valid or not) and what arrived in a day."""
    hook = _registered(store, account_id)
    listed = next((w for w in admin.list_webhooks() if str(w.get("id")) == hook.webhook_id), None)
    with store.read() as s:
        count, last = XWebhookRepo(s).delivery_summary(
            account_id, VIA_WEBHOOK, clock() - timedelta(days=1)
        )
    valid = None if listed is None else bool(listed.get("valid"))
    return WebhookStatus(
        account_id, hook.url, hook.webhook_id, valid, hook.subscription_ids, count, last
    )


@dataclass(frozen=True, slots=True)
class WebhookRemoved:
    account_id: int
    webhook_id: str
    deleted_at_x: bool


def remove_x_webhook(
    store: Store, admin: XWebhookAdmin, account_id: int, *, by: str, clock: Clock
) -> WebhookRemoved:
    """Delete the webhook at X and here; syncs read the activity stream again."""
    hook = _registered(store, account_id)
    deleted = admin.delete_webhook(hook.webhook_id) if hook.webhook_id else False
    now = clock()
    with store.session() as s:
        XWebhookRepo(s).remove(account_id)
        AuditRepo(s).record(
            by, "x.webhook.remove", hook.url, account_id, now, webhook_id=hook.webhook_id
        )
    return WebhookRemoved(account_id, hook.webhook_id, deleted)
