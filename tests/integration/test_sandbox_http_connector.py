"""The HTTP sandbox: the server's answers and faults become followback's errors."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from followback.connectors.base import Connector
from followback.connectors.sandbox import SandboxNetwork
from followback.connectors.sandbox.http_client import SandboxHttpConnector
from followback.connectors.sandbox.server import HttpFaults, SandboxServer, create_app
from followback.domain import (
    AuthExpiredError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RejectedError,
    TransientError,
)


def _mock(handler: Callable[[httpx.Request], httpx.Response]) -> SandboxHttpConnector:
    return SandboxHttpConnector("http://sandbox", "acme", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (
            httpx.Response(429, json={"error": "slow down"}, headers={"Retry-After": "12"}),
            RateLimitedError,
        ),
        (httpx.Response(503, json={"error": "down"}), TransientError),
        (httpx.Response(502, text="bad gateway"), TransientError),
        (httpx.Response(401, json={"error": "expired"}), AuthExpiredError),
        (httpx.Response(404, json={"error": "gone"}), NotFoundError),
        (httpx.Response(403, json={"error": "no"}), RejectedError),
        (httpx.Response(200, text='{"result": {"items": [{"platfo'), TransientError),
    ],
)
def test_http_answers_are_translated_to_our_errors(
    response: httpx.Response, error: type[Exception]
) -> None:
    conn = _mock(lambda request: response)
    with pytest.raises(error) as info:
        asyncio.run(conn.list_followers())
    if isinstance(info.value, RateLimitedError):
        assert info.value.retry_after == 12.0


def test_timeouts_and_broken_connections_are_transient_for_reads_unknown_for_writes() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    def reset(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    for handler in (timeout, reset):
        with pytest.raises(TransientError):
            asyncio.run(_mock(handler).get_relationship("5"))
        # A write that got no answer may have landed: never "transient" (retried blindly).
        with pytest.raises(OutcomeUnknownError):
            asyncio.run(_mock(handler).follow("5"))


def _served(faults: HttpFaults | None = None) -> tuple[SandboxNetwork, SandboxServer, Any]:
    net = SandboxNetwork(seed=4)
    net.add_brand("acme", followers=300)
    server = SandboxServer(net, faults)
    return net, server, httpx.ASGITransport(app=create_app(server))


def test_the_http_connector_reads_and_acts_on_the_served_network() -> None:
    net, _, transport = _served()

    async def main() -> tuple[int, str, bool]:
        conn = SandboxHttpConnector("http://sandbox", "@acme", transport=transport)
        assert isinstance(conn, Connector)
        page = await conn.list_followers()
        target = page.items[0].remote_id
        await conn.follow(target)
        rel = await conn.get_relationship(target)
        await conn.aclose()
        return len(page.items), target, rel.following

    n, target, following = asyncio.run(main())
    assert n == 300 and following
    assert net.world("acme").follow_calls[int(target)] == 1
    assert net.calls["follow"] == 1


def test_the_clock_follows_the_networks_simulated_time() -> None:
    net, _, transport = _served()

    async def main() -> Any:
        conn = SandboxHttpConnector("http://sandbox", "acme", transport=transport)
        await conn.whoami()
        return conn.clock()

    assert asyncio.run(main()) == net.clock


def test_injected_faults_are_counted_and_arrive_as_our_errors() -> None:
    faults = HttpFaults(
        seed=1,
        rate_429=0.25,
        rate_5xx=0.25,
        rate_expired=0.25,
        rate_truncated=0.25,
        retry_after_s=3.0,
    )
    _, server, transport = _served(faults)

    async def main() -> dict[str, int]:
        conn = SandboxHttpConnector("http://sandbox", "acme", transport=transport)
        seen: dict[str, int] = {}
        for _ in range(40):
            try:
                await conn.fetch_mentions()
            except (RateLimitedError, TransientError, AuthExpiredError) as exc:
                seen[type(exc).__name__] = seen.get(type(exc).__name__, 0) + 1
        return seen

    seen = asyncio.run(main())
    injected = server.faults.injected
    assert sum(injected.values()) == 40
    assert seen["RateLimitedError"] == injected["429"]
    assert seen["AuthExpiredError"] == injected["expired"]
    assert seen["TransientError"] == injected["5xx"] + injected["truncated"]


def test_control_endpoints_advance_time_and_report_the_truth() -> None:
    net, _, transport = _served()

    async def main() -> tuple[Any, Any, Any]:
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as c:
            bad = await c.post("/control/faults", json={"rate_nonsense": 1})
            await c.post("/control/advance", json={"hours": 48})
            truth = (await c.get("/control/truth/acme")).json()
            stats = (await c.get("/control/stats")).json()
            return bad, truth, stats

    bad, truth, stats = asyncio.run(main())
    assert bad.status_code == 422 and "rate_nonsense" in bad.json()["error"]
    world = net.world("acme")
    assert len(truth["arrivals"]) == len(world.notifications) > 0
    assert stats["brands"]["acme"]["limit_violations"] == 0
