"""The contract suite's fixture: one harness per connector.

- sandbox: the built-in simulated network (always);
- x: the X connector against recorded X API v2 payloads (always; no local X exists);
- bluesky: the local AT Protocol network (``FOLLOWBACK_TEST_BLUESKY_URL``);
- mastodon: a local snac2 server (``FOLLOWBACK_TEST_MASTODON_URL``).

The local-server variants are skipped only when their server's variable is unset;
``make test-connectors`` and ``make test`` start the servers and set them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from connector_support import (
    BLUESKY_URL,
    MASTODON_URL,
    BlueskyHarness,
    Harness,
    MastodonHarness,
    SandboxHarness,
    XHarness,
)


async def _make(name: str) -> Harness:
    if name == "sandbox":
        return SandboxHarness()
    if name == "x":
        return XHarness()
    if name == "bluesky":
        return BlueskyHarness()
    return await MastodonHarness().start()


class Contract:
    """Runs one async test body against a fresh harness in its own event loop."""

    def __init__(self, name: str) -> None:
        self.name = name

    def run(self, body: Callable[[Harness], Awaitable[Any]]) -> None:
        async def main() -> None:
            harness = await _make(self.name)
            try:
                await body(harness)
            finally:
                await harness.aclose()

        asyncio.run(main())


@pytest.fixture(
    params=[
        pytest.param("sandbox", marks=pytest.mark.contract),
        pytest.param("x", marks=[pytest.mark.contract, pytest.mark.x]),
        pytest.param(
            "bluesky",
            marks=[
                pytest.mark.contract,
                pytest.mark.bluesky,
                pytest.mark.skipif(not BLUESKY_URL, reason="FOLLOWBACK_TEST_BLUESKY_URL not set"),
            ],
        ),
        pytest.param(
            "mastodon",
            marks=[
                pytest.mark.contract,
                pytest.mark.mastodon,
                pytest.mark.skipif(not MASTODON_URL, reason="FOLLOWBACK_TEST_MASTODON_URL not set"),
            ],
        ),
    ]
)
def contract(request: pytest.FixtureRequest) -> Iterator[Contract]:
    yield Contract(request.param)
