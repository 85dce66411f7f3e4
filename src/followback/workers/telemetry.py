"""Prometheus metrics, a health endpoint, and a connector wrapper that counts API calls.

The HTTP server is the standard library's WSGI server in a daemon thread: ``/healthz``
answers JSON (``200`` while running, ``503`` once stopping), anything else the metrics.
Counts that live in the database (outbox actions by state, rate-limit headroom) are read
at scrape time by a custom collector, so every worker process reports the shared truth.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, Counter, Gauge, make_wsgi_app
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from followback.actions.jobs import record_api_error
from followback.connectors.base import Connector
from followback.domain import ConnectorError, as_utc, utcnow
from followback.store import DatabaseError, Store
from followback.store.ops_metrics import OpsMetricsRepo

__all__ = ["CONNECTOR_VERBS", "MeteredConnector", "Metrics", "StoreCollector", "TelemetryServer"]

log = logging.getLogger("followback.workers.telemetry")

CONNECTOR_VERBS = frozenset(
    {
        "whoami",
        "list_followers",
        "list_following",
        "fetch_profile",
        "fetch_follow_notifications",
        "fetch_mentions",
        "fetch_dms",
        "get_relationship",
        "follow",
        "unfollow",
        "send_reply",
        "send_dm",
        "repost",
        "find_sent",
    }
)


class StoreCollector(Collector):
    """Reads outbox and rate-bucket state from the database when Prometheus scrapes."""

    def __init__(self, store: Store, queue_depth: Callable[[], int] | None = None) -> None:
        self.store = store
        self.queue_depth = queue_depth

    def collect(self) -> Iterator[Metric]:
        actions = GaugeMetricFamily(
            "followback_actions", "Outbox actions by kind and state", labels=["kind", "state"]
        )
        headroom = GaugeMetricFamily(
            "followback_rate_limit_headroom",
            "Share of a rate-limit bucket still available (0..1)",
            labels=["account", "bucket"],
        )
        reauth = GaugeMetricFamily(
            "followback_accounts_needing_reauth", "Accounts whose credentials were refused"
        )
        now = utcnow()
        with self.store.read() as s:
            ops = OpsMetricsRepo(s)
            for kind, state, n in ops.action_counts():
                actions.add_metric([kind, state], float(n))
            for b in ops.buckets():
                elapsed = max(0.0, (now - as_utc(b.updated_at)).total_seconds())
                tokens = min(b.capacity, b.tokens + elapsed * b.capacity / max(b.period_s, 1e-9))
                headroom.add_metric([str(b.brand_account_id), b.name], tokens / b.capacity)
            reauth.add_metric([], float(ops.needing_reauth()))
        yield actions
        yield headroom
        yield reauth
        if self.queue_depth is not None:
            depth = GaugeMetricFamily("followback_queue_depth", "Jobs waiting to run")
            depth.add_metric([], float(self.queue_depth()))
            yield depth


@dataclass
class Metrics:
    """The service's own counters, in a registry of their own (one per service)."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.jobs = Counter("followback_jobs", "Jobs finished", ["job", "outcome"], registry=r)
        self.api_calls = Counter(
            "followback_api_calls", "Platform API calls", ["method"], registry=r
        )
        self.errors = Counter("followback_errors", "Errors by kind", ["kind"], registry=r)
        self.last_tick = Gauge(
            "followback_last_tick_timestamp_seconds", "When the scheduler last ran", registry=r
        )
        self.started = time.time()

    def attach_store(self, store: Store, queue_depth: Callable[[], int] | None = None) -> None:
        self.registry.register(StoreCollector(store, queue_depth))


class MeteredConnector:
    """Wraps a connector: counts every API call and every platform error it raises.

    With a ``store``, each platform error is also written to the audit log (verb
    ``api_error``), so every failure stays visible even when a service handles it
    quietly (an action rescheduled, a stage skipped until the next cycle).
    """

    def __init__(
        self,
        inner: Connector,
        metrics: Metrics,
        store: Store | None = None,
        account_id: int | None = None,
    ) -> None:
        self._inner = inner
        self._metrics = metrics
        self._store = store
        self._account_id = account_id
        self.platform = inner.platform
        self.capabilities = inner.capabilities

    def _audit(self, verb: str, exc: ConnectorError) -> None:
        if self._store is None:
            return
        try:
            record_api_error(self._store, self._account_id, verb, type(exc).__name__, str(exc))
        except DatabaseError:
            # The database is away (a restart); the error still reaches the caller.
            log.warning("could not audit a platform error", extra={"method": verb})

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in CONNECTOR_VERBS:
            return attr
        metrics = self._metrics

        async def call(*args: Any, **kwargs: Any) -> Any:
            metrics.api_calls.labels(name).inc()
            try:
                return await attr(*args, **kwargs)
            except ConnectorError as exc:
                metrics.errors.labels(type(exc).__name__).inc()
                self._audit(name, exc)
                raise

        return call

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return None


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class TelemetryServer:
    """``/healthz`` and ``/metrics`` on a small HTTP port (port 0 picks a free one)."""

    def __init__(
        self,
        metrics: Metrics,
        health: Callable[[], dict[str, Any]],
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self._metrics_app = make_wsgi_app(metrics.registry)
        self._health = health
        self._server = make_server(host, port, self._app, _ThreadingServer, _Quiet)
        self.port: int = self._server.server_port
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") in ("/healthz", "/health"):
            body = self._health()
            status = "200 OK" if body.get("status") == "ok" else "503 Service Unavailable"
            start_response(status, [("Content-Type", "application/json")])
            return [json.dumps(body, default=str).encode()]
        result: Iterable[bytes] = self._metrics_app(environ, start_response)
        return result

    def start(self) -> TelemetryServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
