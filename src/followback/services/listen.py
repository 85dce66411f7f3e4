"""Listening as a service: search each platform for what the brand listens for, put what is
heard into the inbox, and raise an alert when complaints spike.

For each search term (hashtags, and keywords where the platform searches them), results are
read newest first until the newest post seen on the last run (the term's mark), at most
``MAX_PAGES`` pages; a first run looks back ``FIRST_LOOKBACK`` only. Each page's new posts
are checked against the rule (:class:`~followback.inbox.listening.ListenRule`), classified
like every message, ranked below the same post as a mention, tagged ``heard`` and stored in
one transaction; posts addressed to the brand are left to the mentions stream and a post
already stored (say as a mention) is not stored again. The term's mark is saved once its
walk ends.

Where search is billed per post (X), each call asks for no more posts than the account's
monthly budget still pays for, and the spend is committed with the page it bought: the
budget is never exceeded.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from followback.actions.heard import record_heard, record_listen_mark, record_spike_alert
from followback.config import ListenSettings
from followback.connectors.base import Connector, Page
from followback.connectors.listen import PostSearch, PostStream
from followback.domain import Clock, ConnectorError, InboundMessage, MessageKind, StageError
from followback.inbox.listening import ListenRule
from followback.inbox.signal import DayVolume, SpikeVerdict, detect_spike
from followback.services.inbox import ClassifierLike
from followback.store import Store
from followback.store.inbox import InboxRepo
from followback.store.listening import ListenRepo

__all__ = [
    "BASELINE_DAYS",
    "FIRST_LOOKBACK",
    "MAX_PAGES",
    "Budget",
    "ListenReport",
    "budget_of",
    "check_spike",
    "listen_account",
    "search_terms",
]

log = logging.getLogger(__name__)

MAX_PAGES = 10  # per term and run; the next run continues from the newest post
FIRST_LOOKBACK = timedelta(days=3)
MARK_GRACE = timedelta(hours=1)  # posts' clocks disagree a little; ids dedupe the overlap
BASELINE_DAYS = 28
MIN_BILLED_RESULTS = 10  # X returns at least 10 posts a call
STREAM_MARK = "jetstream"  # the marks key of the post stream's cursor
STREAM_FIRST = timedelta(minutes=5)  # a first stream batch starts this far back


@dataclass(frozen=True, slots=True)
class Budget:
    """A month's search budget where search is billed per post."""

    month: str
    budget_usd: Decimal
    spent_usd: Decimal
    posts: int
    price_usd: Decimal

    @property
    def remaining_usd(self) -> Decimal:
        return max(self.budget_usd - self.spent_usd, Decimal(0))

    @property
    def affordable_posts(self) -> int:
        """Posts the rest of the month's budget pays for."""
        if self.price_usd <= 0:
            return 0
        return int((self.remaining_usd / self.price_usd).to_integral_value(ROUND_FLOOR))


@dataclass
class ListenReport:
    """What one listening run did."""

    terms: int = 0
    pages: int = 0
    fetched: int = 0
    new_messages: int = 0
    duplicates: int = 0
    addressed: int = 0  # addressed to the brand: left to the mentions stream
    unmatched: int = 0  # the platform's search matched, the rule did not
    complaints: int = 0
    budget: Budget | None = None
    budget_exhausted: bool = False
    stream_posts: int = 0  # posts the stream's local filter kept
    spike: SpikeVerdict | None = None
    skipped: str = ""
    errors: list[StageError] = field(default_factory=list)


def search_terms(settings: ListenSettings, searches_keywords: bool) -> list[str]:
    """The platform queries: ``#tag`` for each hashtag, then each keyword where searchable."""
    rule = ListenRule.of(settings.keywords, settings.hashtags, settings.exclude)
    keywords = list(rule.keywords) if searches_keywords or settings.full_text_search else []
    return [f"#{t}" for t in rule.hashtags] + keywords


def _month(at: datetime) -> str:
    return f"{at.year:04d}-{at.month:02d}"


def budget_of(
    store: Store, account_id: int, settings: ListenSettings, price: Decimal, at: datetime
) -> Budget:
    """This month's budget, spend and price (shown before anything is spent)."""
    month = _month(at)
    with store.read() as s:
        posts, spent = ListenRepo(s).x_spend(account_id, month)
    return Budget(month, Decimal(str(settings.x_monthly_budget_usd)), spent, posts, price)


def _ingest(
    store: Store,
    account_id: int,
    items: Sequence[InboundMessage],
    rule: ListenRule,
    classifier: ClassifierLike,
    now: datetime,
    report: ListenReport,
    spend: tuple[str, int, Decimal] | None,
) -> None:
    heard = [m for m in items if m.kind is MessageKind.HEARD]
    report.addressed += sum(m.kind is not MessageKind.HEARD for m in items)
    wanted = [m for m in heard if rule.matches(m.text)]
    report.unmatched += len(heard) - len(wanted)
    fresh: list[InboundMessage] = []
    history: dict[str, tuple[int, int]] = {}
    if wanted:
        with store.read() as s:
            repo = InboxRepo(s)
            known = repo.existing_remote_ids(wanted[0].platform, (m.remote_id for m in wanted))
            fresh = [m for m in wanted if m.remote_id not in known]
            if fresh:
                history = repo.author_history(fresh[0].platform, (m.author_id for m in fresh))
        report.duplicates += len(wanted) - len(fresh)
    if not fresh and spend is None:
        return
    labels = classifier.classify([m.text for m in fresh]) if fresh else []
    heard_now = record_heard(
        store, account_id, list(zip(fresh, labels, strict=True)), history, now, spend
    )
    report.new_messages += heard_now.new_messages
    report.duplicates += heard_now.duplicates
    report.complaints += heard_now.complaints


async def _walk_term(
    store: Store,
    searcher: PostSearch,
    account_id: int,
    term: str,
    settings: ListenSettings,
    classifier: ClassifierLike,
    clock: Clock,
    report: ListenReport,
) -> None:
    rule = ListenRule.of(settings.keywords, settings.hashtags, settings.exclude)
    with store.read() as s:
        mark = ListenRepo(s).marks(account_id).get(term)
    now = clock()
    since_id = mark.get("id") if mark else None
    floor = datetime.fromisoformat(mark["at"]) - MARK_GRACE if mark else now - FIRST_LOOKBACK
    newest: InboundMessage | None = None
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        kwargs: dict[str, Any] = {"since_id": since_id, "cursor": cursor, "exclude": rule.exclude}
        price = searcher.search_price_usd
        if price is not None:
            budget = budget_of(store, account_id, settings, price, clock())
            report.budget = budget
            if budget.affordable_posts < MIN_BILLED_RESULTS:
                report.budget_exhausted = True
                break
            kwargs["limit"] = min(budget.affordable_posts, 100)
        page: Page[InboundMessage] = await searcher.search_posts(term, **kwargs)
        report.pages += 1
        report.fetched += len(page.items)
        spend = (
            None if price is None else (_month(clock()), len(page.items), price * len(page.items))
        )
        fresh = []
        reached = False
        for msg in page.items:
            if msg.remote_id == since_id or msg.created_at < floor:
                reached = True
                break
            fresh.append(msg)
        # The page's posts and what they cost commit together, or not at all.
        _ingest(store, account_id, fresh, rule, classifier, clock(), report, spend)
        if newest is None and page.items:
            newest = max(page.items, key=lambda m: m.created_at)
        if reached or page.next_cursor is None:
            break
        cursor = page.next_cursor
    if newest is not None:
        mark_now = {"id": newest.remote_id, "at": newest.created_at.isoformat()}
        record_listen_mark(store, account_id, term, mark_now, clock())


async def _read_stream(
    store: Store,
    stream: PostStream,
    account_id: int,
    settings: ListenSettings,
    classifier: ClassifierLike,
    clock: Clock,
    report: ListenReport,
) -> None:
    """One batch of the post stream since its cursor, filtered locally by the rule."""
    rule = ListenRule.of(settings.keywords, settings.hashtags, settings.exclude)
    with store.read() as s:
        mark = ListenRepo(s).marks(account_id).get(STREAM_MARK)
    now = clock()
    until_us = int(now.timestamp() * 1_000_000)
    start = int(mark["id"]) if mark else until_us - int(STREAM_FIRST.total_seconds() * 1_000_000)
    messages, cursor = await stream.read_post_events(
        rule.matches, cursor_us=start, until_us=until_us
    )
    report.stream_posts += len(messages)
    report.fetched += len(messages)
    _ingest(store, account_id, messages, rule, classifier, clock(), report, None)
    if cursor is not None:
        mark_now = {"id": str(cursor), "at": now.isoformat()}
        record_listen_mark(store, account_id, STREAM_MARK, mark_now, clock())


def check_spike(
    store: Store, account_id: int, *, clock: Clock, alert: bool = True
) -> tuple[SpikeVerdict, list[DayVolume]]:
    """Today's complaints against the previous ``BASELINE_DAYS``; queue an alert on a spike.

    The alert's key is the account and the day, so it is sent once a day at most.
    """
    today = clock().date()
    with store.read() as s:
        days = ListenRepo(s).daily_volume(account_id, today - timedelta(days=BASELINE_DAYS), today)
    verdict = detect_spike([d.complaints for d in days[:-1]], days[-1].complaints)
    if verdict.spike and alert:
        record_spike_alert(store, account_id, verdict, today, clock())
    return verdict, days


async def listen_account(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    classifier: ClassifierLike | None = None,
) -> ListenReport:
    """Search for what ``account_id`` listens for; store what is heard; check for a spike.

    A connector error stops that term (listed in ``report.errors``); others go on.
    """
    report = ListenReport()
    with store.read() as s:
        settings = ListenRepo(s).get(account_id)
    if settings.keywords or settings.hashtags:
        if not isinstance(connector, PostSearch):
            report.skipped = "this platform's connector cannot search posts"
        else:
            if classifier is None:
                from followback.inbox.classify import load_default_classifier

                classifier = load_default_classifier()
            terms = search_terms(settings, connector.searches_keywords)
            report.terms = len(terms)
            for term in terms:
                try:
                    await _walk_term(
                        store, connector, account_id, term, settings, classifier, clock, report
                    )
                except ConnectorError as exc:
                    report.errors.append(StageError.of(f"listen {term}", exc))
            if settings.jetstream and isinstance(connector, PostStream) and connector.streams_posts:
                try:
                    await _read_stream(
                        store, connector, account_id, settings, classifier, clock, report
                    )
                except ConnectorError as exc:
                    report.errors.append(StageError.of("listen stream", exc))
    else:
        report.skipped = "nothing to listen for: set [accounts.listen]"
    report.spike, _ = check_spike(store, account_id, clock=clock, alert=settings.spike_alert)
    return report
