"""``followback run``: the long-running service (and ``--once`` for cron).

With SQLite everything runs in one process on the in-process :class:`LocalScheduler`.
With PostgreSQL the work goes through the procrastinate queue (:class:`AccountQueue`), so
``followback worker`` processes on any machine share it. Either way the service:

- schedules a cycle (sync → inbox → decide → act) for every connected account;
- stops gracefully on SIGTERM/SIGINT: running cycles finish, locks are released;
- serves ``/healthz`` and Prometheus ``/metrics`` on a small HTTP port;
- applies the data-retention settings once a day;
- keeps each account's retention analyses current (hourly; the Retention page reads them);
- logs JSON lines that never carry tokens or message bodies.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from followback.config import InboxSettings, NotifySettings, RetentionSettings
from followback.connectors.base import Connector
from followback.domain import Platform, StageError, StageErrorKind, utcnow
from followback.inbox.sla import SlaPolicy
from followback.store import Store
from followback.store.accounts import AccountRepo
from followback.workers.base import JobOutcome, JobResult, JobRunner, RetryPolicy
from followback.workers.scheduler import LocalScheduler, active_account_ids
from followback.workers.telemetry import MeteredConnector, Metrics, TelemetryServer

__all__ = [
    "SANDBOX_URL_ENV",
    "ServiceOptions",
    "ServiceSummary",
    "default_connector_factory",
    "run_service",
    "run_worker",
]

log = logging.getLogger("followback.workers.service")

SANDBOX_URL_ENV = "FOLLOWBACK_SANDBOX_URL"
RETENTION_EVERY_S = 86_400.0
NOTIFY_EVERY_S = 60.0


def default_connector_factory(store: Store, account_id: int) -> Connector:
    """The account's connector; sandbox accounts use the shared HTTP sandbox when
    ``$FOLLOWBACK_SANDBOX_URL`` is set (workers in several processes, one network)."""
    url = os.environ.get(SANDBOX_URL_ENV)
    if url:
        with store.read() as s:
            account = AccountRepo(s).get(account_id)
        if account.platform is Platform.SANDBOX:
            from followback.connectors.sandbox.http_client import SandboxHttpConnector

            http: Connector = SandboxHttpConnector(url, account.handle)
            return http
    from followback.services.connect import connector_for

    return connector_for(store, account_id)


@dataclass
class ServiceOptions:
    """How ``followback run`` / ``followback worker`` behave."""

    once: bool = False
    workers: int = 1
    interval_s: float = 900.0
    inbox_interval_s: float | None = None  # poll the inbox between cycles this often
    metrics_port: int | None = None  # None: no HTTP endpoint; 0: any free port
    metrics_host: str = "127.0.0.1"
    queue: bool | None = None  # None: the queue on PostgreSQL, in-process on SQLite
    schedule: bool = True  # False for `followback worker`: only work queued jobs
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    sla: SlaPolicy | None = None  # alerts for first responses about to breach, when set
    inbox: InboxSettings | None = None  # auto-assignment (``auto_assign``), when set
    policy: RetryPolicy = field(default_factory=RetryPolicy)


@dataclass
class ServiceSummary:
    """What a run did, counted by outcome (``ok``, ``dead``, ...)."""

    outcomes: dict[str, int] = field(default_factory=dict)
    accounts: int = 0
    seconds: float = 0.0
    metrics_port: int | None = None
    # One line per stage a platform error stopped in a job that otherwise went on ("ok"):
    # a server that cannot be reached must not hide behind "jobs: ok=2".
    problems: list[str] = field(default_factory=list)

    def add(self, result: JobResult) -> None:
        self.outcomes[result.outcome.value] = self.outcomes.get(result.outcome.value, 0) + 1
        if result.outcome in (JobOutcome.DEAD, JobOutcome.FAILED) and result.error:
            # The reason, not only "jobs: dead=1": a wrong FOLLOWBACK_SECRET_KEY was told
            # only in a JSON log line (acceptance rehearsal).
            self.problems.append(
                f"account #{result.account_id}: {result.job} {result.outcome.value}: {result.error}"
            )
        for e in getattr(result.report, "errors", None) or ():
            if isinstance(e, StageError) and e.kind in _NEXT:
                self.problems.append(f"account #{result.account_id}: {e}; {_NEXT[e.kind]}")


_NEXT = {
    StageErrorKind.TRANSIENT: "the next cycle tries again",
    StageErrorKind.OUTCOME_UNKNOWN: "the outbox reads back what happened before any retry",
    StageErrorKind.RATE_LIMITED: "waits as long as the platform asked",
    StageErrorKind.REJECTED: "not retried as it was; see `followback audit`",
    StageErrorKind.NOT_FOUND: "not retried; see `followback audit`",
    StageErrorKind.FAILED: "the next cycle tries again; see `followback audit`",
    StageErrorKind.AUTH_EXPIRED: "counted; after repeated refusals `followback connect` is needed",
}


@dataclass
class _Runtime:
    store: Store
    options: ServiceOptions
    metrics: Metrics
    summary: ServiceSummary
    stop: asyncio.Event
    state: str = "starting"
    last_result_at: Any = None
    depth: Callable[[], int] = lambda: 0

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok" if self.state == "running" else self.state,
            "accounts": self.summary.accounts,
            "jobs": dict(self.summary.outcomes),
            "last_job_at": self.last_result_at,
            "queue_depth": self.depth(),
            "uptime_s": round(time.time() - self.metrics.started, 1),
        }

    def record(self, result: JobResult) -> None:
        self.summary.add(result)
        self.metrics.jobs.labels(result.job, result.outcome.value).inc()
        if result.outcome is not JobOutcome.OK:
            self.metrics.errors.labels(f"job_{result.outcome.value}").inc()
        self.metrics.last_tick.set(time.time())
        self.last_result_at = utcnow()


def _install_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, _request_stop, stop, sig)


def _request_stop(stop: asyncio.Event, sig: signal.Signals) -> None:
    if not stop.is_set():
        log.info("stop requested; finishing the current step", extra={"signal": sig.name})
    stop.set()


async def _retention_loop(store: Store, settings: RetentionSettings, stop: asyncio.Event) -> None:
    from followback.actions.datacare import apply_retention

    while not stop.is_set():
        deleted = await asyncio.to_thread(apply_retention, store, settings)
        if any(deleted.values()):
            log.info("retention applied", extra={"deleted": deleted})
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=RETENTION_EVERY_S)


def _sla_minutes(options: ServiceOptions) -> int:
    from followback.services.report import DEFAULT_SLA_MINUTES

    return options.inbox.first_response_sla_minutes if options.inbox else DEFAULT_SLA_MINUTES


async def _refresh_analyses(
    store: Store, options: ServiceOptions, stop: asyncio.Event | None = None
) -> None:
    """Recompute the retention analyses that are missing or behind their account's sync
    (in a thread: a large account's take seconds of CPU; a stop ends it after the account
    being computed)."""
    from followback.services.retention_analyses import refresh_stale

    refreshed = await asyncio.to_thread(
        partial(
            refresh_stale,
            store,
            clock=utcnow,
            sla_minutes=_sla_minutes(options),
            stopping=stop.is_set if stop is not None else lambda: False,
        )
    )
    if refreshed:
        log.info("retention analyses refreshed", extra={"accounts": refreshed})


async def _analyses_loop(store: Store, options: ServiceOptions, stop: asyncio.Event) -> None:
    from followback.services.retention_analyses import REFRESH_EVERY_S

    while not stop.is_set():
        await _refresh_analyses(store, options, stop)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=REFRESH_EVERY_S)


async def _deliver_notifications(
    store: Store,
    settings: NotifySettings,
    sla: SlaPolicy | None = None,
    inbox: InboxSettings | None = None,
) -> None:
    """Re-rank the inbox for time waiting, assign waiting conversations (when
    ``auto_assign``), then send queued notifications (alerts raised by this run's cycles
    among them)."""
    from followback.actions.conversations import refresh_priorities
    from followback.notify.dispatch import deliver_pending

    # Waiting raises the stored priority; once a minute keeps the list's order current.
    await asyncio.to_thread(refresh_priorities, store, utcnow(), sla)
    if inbox is not None and inbox.auto_assign:
        from followback.actions.conversations import assign_waiting, routing_rules

        await asyncio.to_thread(
            partial(
                assign_waiting,
                store,
                routing_rules(inbox),
                capacity=inbox.agent_capacity,
                clock=utcnow,
            )
        )
    if not settings.channels:
        return
    if sla is not None:
        from followback.actions.conversations import raise_sla_alerts

        await asyncio.to_thread(raise_sla_alerts, store, sla, utcnow())
    report = await asyncio.to_thread(deliver_pending, store, settings)
    if report.retrying or report.failed:
        log.warning(
            "notifications not delivered",
            extra={"retrying": len(report.retrying), "failed": len(report.failed)},
        )


async def _notify_loop(
    store: Store,
    settings: NotifySettings,
    stop: asyncio.Event,
    sla: SlaPolicy | None = None,
    inbox: InboxSettings | None = None,
) -> None:
    while not stop.is_set():
        await _deliver_notifications(store, settings, sla, inbox)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=NOTIFY_EVERY_S)


def _schedule(options: ServiceOptions) -> dict[str, float]:
    jobs = {"cycle": options.interval_s}
    if options.inbox_interval_s and options.inbox_interval_s < options.interval_s:
        jobs["inbox"] = options.inbox_interval_s
    return jobs


def _uses_queue(store: Store, options: ServiceOptions) -> bool:
    if options.queue is not None:
        return options.queue
    return store.dialect == "postgresql"


async def run_service(
    store: Store,
    options: ServiceOptions,
    *,
    connector_factory: Any = None,
    stop: asyncio.Event | None = None,
    install_signals: bool = True,
) -> ServiceSummary:
    """Run the service until stopped (or once, with ``options.once``); return a summary."""
    started = time.monotonic()
    stop = stop or asyncio.Event()
    metrics = Metrics()
    rt = _Runtime(store, options, metrics, ServiceSummary(), stop)
    factory = connector_factory or default_connector_factory

    def metered(s: Store, account_id: int) -> Connector:
        return MeteredConnector(factory(s, account_id), metrics, s, account_id)

    runner = JobRunner(store, metered, policy=options.policy, on_result=rt.record)
    rt.summary.accounts = len(active_account_ids(store))
    metrics.attach_store(store, lambda: rt.depth())
    server = None
    if options.metrics_port is not None:
        server = TelemetryServer(
            rt.metrics, rt.health, options.metrics_host, options.metrics_port
        ).start()
        rt.summary.metrics_port = server.port
        log.info("health and metrics", extra={"port": server.port})
    if install_signals:
        _install_signals(stop)
    rt.state = "running"
    try:
        if _uses_queue(store, options):
            await _run_queue(rt, runner)
        else:
            await _run_local(rt, runner)
    finally:
        rt.state = "stopping"
        if server is not None:
            server.stop()
    rt.summary.seconds = round(time.monotonic() - started, 3)
    return rt.summary


async def _run_local(rt: _Runtime, runner: JobRunner) -> None:
    sched = LocalScheduler(
        rt.store,
        runner,
        interval_s=rt.options.interval_s,
        workers=rt.options.workers,
        stop=rt.stop,
    )
    rt.depth = sched.pending
    if rt.options.once:
        await sched.run_once()
        await _deliver_notifications(rt.store, rt.options.notify, rt.options.sla, rt.options.inbox)
        await _refresh_analyses(rt.store, rt.options)
        return
    retention = asyncio.create_task(_retention_loop(rt.store, rt.options.retention, rt.stop))
    notifier = asyncio.create_task(
        _notify_loop(rt.store, rt.options.notify, rt.stop, rt.options.sla, rt.options.inbox)
    )
    analyses = asyncio.create_task(_analyses_loop(rt.store, rt.options, rt.stop))
    try:
        await sched.run_forever()
    finally:
        rt.stop.set()
        await retention
        await notifier
        await analyses


async def _run_queue(rt: _Runtime, runner: JobRunner) -> None:
    from followback.workers.queue import AccountQueue

    queue = AccountQueue(
        rt.store,
        runner,
        interval_s=rt.options.interval_s,
        concurrency=rt.options.workers,
        schedule=_schedule(rt.options),
    )
    rt.depth = lambda: queue.depth
    if rt.options.once:
        await queue.run_once()
        await _deliver_notifications(rt.store, rt.options.notify, rt.options.sla, rt.options.inbox)
        if rt.options.schedule:
            await _refresh_analyses(rt.store, rt.options)
        return
    tasks = []
    if rt.options.schedule:
        tasks.append(asyncio.create_task(_retention_loop(rt.store, rt.options.retention, rt.stop)))
        tasks.append(asyncio.create_task(_analyses_loop(rt.store, rt.options, rt.stop)))
        tasks.append(
            asyncio.create_task(
                _notify_loop(rt.store, rt.options.notify, rt.stop, rt.options.sla, rt.options.inbox)
            )
        )
    try:
        await queue.run(rt.stop, schedule=rt.options.schedule)
    finally:
        rt.stop.set()
        for t in tasks:
            await t


async def run_worker(store: Store, options: ServiceOptions, **kwargs: Any) -> ServiceSummary:
    """``followback worker``: work the shared queue (PostgreSQL) without scheduling."""
    options.schedule = False
    options.queue = True
    return await run_service(store, options, **kwargs)
