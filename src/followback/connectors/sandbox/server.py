"""The sandbox network over HTTP, so workers in several processes act on one network.

``python -m followback.connectors.sandbox.server --brands 10 --followers 2000`` serves a
:class:`SandboxNetwork` on 127.0.0.1 (Starlette + uvicorn) and prints its URL.

- ``POST /api/{handle}/{verb}`` with ``{"args": [...]}`` calls a connector verb
  (``list_followers``, ``follow``, ...) and answers its result as JSON. Every response
  carries ``X-Sandbox-Time``, the network's simulated time.
- Fault injection (``POST /control/faults``): 429 with ``Retry-After``, 503, timeouts
  (the call *is* carried out, then the answer is held past the client's timeout), pages
  cut off mid-body, 401 expired tokens, and slow answers. Counted per kind.
- ``POST /control/advance`` moves simulated time; ``POST /control/brands`` adds brands;
  ``GET /control/stats`` and ``GET /control/truth/{handle}`` give counters and the
  ground truth (arrivals, messages, follow calls) that soak tests compare with the DB.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import Enum
from typing import Any

import numpy as np
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from followback.connectors.sandbox.connector import SandboxConnector
from followback.connectors.sandbox.network import SandboxNetwork
from followback.domain import (
    AuthExpiredError,
    ConnectorError,
    NotFoundError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

__all__ = ["HttpFaults", "SandboxServer", "create_app", "to_json"]

VERBS = frozenset(
    {
        "whoami", "list_followers", "list_following", "fetch_profile",
        "fetch_follow_notifications", "fetch_mentions", "fetch_dms", "get_relationship",
        "follow", "unfollow", "send_reply", "send_dm", "repost", "find_sent",
    }
)  # fmt: skip
READS = frozenset(v for v in VERBS if v.startswith(("list_", "fetch_", "get_", "find_", "whoami")))


def to_json(value: Any) -> Any:
    """Domain objects (dataclasses, enums, datetimes) as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


@dataclasses.dataclass
class HttpFaults:
    """Per-call fault probabilities, deterministic by seed; counts what it injected."""

    seed: int = 0
    rate_429: float = 0.0
    rate_5xx: float = 0.0
    rate_timeout: float = 0.0
    rate_truncated: float = 0.0
    rate_expired: float = 0.0
    rate_slow: float = 0.0
    retry_after_s: float = 1.0
    slow_s: float = 0.3
    timeout_s: float = 3.0  # longer than the client's timeout

    def __post_init__(self) -> None:
        self._rng = np.random.default_rng(self.seed)
        self.injected: dict[str, int] = {}
        # Every injected fault: id, kind, client, handle, verb, wall time (for soak checks).
        self.log: list[dict[str, Any]] = []

    def update(self, **values: float) -> None:
        for key, value in values.items():
            if key not in {f.name for f in dataclasses.fields(self)}:
                raise ValueError(f"unknown fault setting {key!r}")
            setattr(self, key, type(getattr(self, key))(value))
        if "seed" in values:
            self._rng = np.random.default_rng(int(values["seed"]))

    def record(self, kind: str, client: str, handle: str, verb: str) -> int:
        """Log one injected fault; return its id (sent to the client in ``X-Fault-Id``)."""
        fault_id = len(self.log) + 1
        self.log.append(
            {
                "id": fault_id,
                "kind": kind,
                "client": client,
                "handle": handle,
                "verb": verb,
                "at": time.time(),
            }
        )
        return fault_id

    def draw(self, verb: str) -> str | None:
        """The fault to inject on this call, if any."""
        r = float(self._rng.uniform())
        for name, rate in (
            ("429", self.rate_429),
            ("5xx", self.rate_5xx),
            ("timeout", self.rate_timeout),
            ("truncated", self.rate_truncated if verb in READS else 0.0),
            ("expired", self.rate_expired),
            ("slow", self.rate_slow),
        ):
            if r < rate:
                self.injected[name] = self.injected.get(name, 0) + 1
                return name
            r -= rate
        return None


def _status(exc: ConnectorError) -> int:
    for kind, status in (
        (RateLimitedError, 429),
        (AuthExpiredError, 401),
        (NotFoundError, 404),
        (RejectedError, 403),
        (TransientError, 503),
    ):
        if isinstance(exc, kind):
            return status
    return 400


class SandboxServer:
    """The network, its connectors and the fault plan behind the HTTP app."""

    def __init__(self, network: SandboxNetwork, faults: HttpFaults | None = None) -> None:
        self.network = network
        self.faults = faults or HttpFaults()
        self._connectors: dict[str, SandboxConnector] = {}
        # Follow calls on a target already followed, split by who followed it first:
        # followback in this session (a repeat) or the brand before (a no-op).
        self.repeat_follows: dict[str, dict[str, int]] = {}
        self.noop_follows: dict[str, int] = {}

    def _note_follow(self, handle: str, args: list[Any]) -> None:
        world = self.network.world(handle)
        try:
            rid = int(args[0])
        except (IndexError, TypeError, ValueError):
            return
        if rid not in world.following:
            return
        if world.follow_calls.get(rid, 0):
            repeats = self.repeat_follows.setdefault(world.handle, {})
            repeats[str(rid)] = repeats.get(str(rid), 0) + 1
        else:
            self.noop_follows[world.handle] = self.noop_follows.get(world.handle, 0) + 1

    def connector(self, handle: str) -> SandboxConnector:
        handle = handle.lstrip("@")
        if handle not in self.network.brands:
            raise NotFoundError(f"no sandbox brand {handle!r}")
        if handle not in self._connectors:
            self._connectors[handle] = self.network.connector(handle)
        return self._connectors[handle]

    def headers(self) -> dict[str, str]:
        return {"X-Sandbox-Time": self.network.clock.isoformat()}

    def reply(self, data: Any, status: int = 200, **headers: str) -> Response:
        return JSONResponse(data, status, headers={**self.headers(), **headers})

    def _refuse(self, fault: str | None, fid: str, tag: dict[str, str]) -> Response | None:
        """The answer for a fault that refuses the call before it is carried out."""
        if fault == "429":
            retry = str(self.faults.retry_after_s)
            return self.reply(
                {"error": f"injected 429 [fault {fid}]"}, 429, **{"Retry-After": retry}, **tag
            )
        if fault == "5xx":
            return self.reply({"error": f"injected 503 [fault {fid}]"}, 503, **tag)
        if fault == "expired":
            return self.reply({"error": f"injected expired token [fault {fid}]"}, 401, **tag)
        return None

    async def call(self, request: Request) -> Response:
        handle, verb = request.path_params["handle"], request.path_params["verb"]
        if verb not in VERBS:
            return self.reply({"error": f"unknown verb {verb!r}"}, 404)
        body = await request.json() if await request.body() else {}
        fault = self.faults.draw(verb)
        fid = ""
        if fault is not None:
            client = request.headers.get("X-Client", "")
            fid = str(self.faults.record(fault, client, handle, verb))
        tag = {"X-Fault-Id": fid} if fid else {}
        early = self._refuse(fault, fid, tag)
        if early is not None:
            return early
        if fault == "slow":
            await asyncio.sleep(self.faults.slow_s)
        try:
            method: Callable[..., Awaitable[Any]] = getattr(self.connector(handle), verb)
            if verb == "follow":
                self._note_follow(handle, body.get("args", []))
            result = await method(*body.get("args", []))
        except RateLimitedError as exc:
            retry = str(exc.retry_after if exc.retry_after is not None else 1.0)
            return self.reply({"error": str(exc)}, 429, **{"Retry-After": retry})
        except ConnectorError as exc:
            return self.reply({"error": str(exc), "type": type(exc).__name__}, _status(exc))
        payload = json.dumps({"result": to_json(result)})
        if fault == "timeout":
            await asyncio.sleep(self.faults.timeout_s)  # done, but the client gave up
        if fault == "truncated":
            payload = payload[: max(1, len(payload) // 2)]
        return Response(
            payload, 200, headers={**self.headers(), **tag}, media_type="application/json"
        )

    async def advance(self, request: Request) -> Response:
        body = await request.json()
        self.network.advance(float(body.get("hours", 1.0)), float(body.get("step_hours", 1.0)))
        return self.reply({"time": self.network.clock.isoformat()})

    async def set_faults(self, request: Request) -> Response:
        try:
            self.faults.update(**(await request.json()))
        except (ValueError, TypeError) as exc:
            return self.reply({"error": str(exc)}, 422)
        return self.reply({"faults": self._fault_settings()})

    def _fault_settings(self) -> dict[str, Any]:
        return {f.name: getattr(self.faults, f.name) for f in dataclasses.fields(self.faults)}

    async def add_brand(self, request: Request) -> Response:
        body = await request.json()
        handle = str(body["handle"]).lstrip("@")
        if handle not in self.network.brands:
            self.network.add_brand(handle, followers=int(body.get("followers", 1000)))
        return self.reply({"handle": handle, "remote_id": self.network.world(handle).remote_id})

    async def stats(self, request: Request) -> Response:
        brands = {}
        for handle, w in self.network.brands.items():
            brands[handle] = {
                "followers": w.active_count(),
                "following": len(w.following),
                "max_follow_calls": max(w.follow_calls.values(), default=0),
                "follows_done": sum(w.follow_calls.values()),
                "duplicate_follows": w.duplicate_follows,
                "limit_violations": w.limit_violations,
                "notifications": len(w.notifications),
                "messages": len(w.messages),
                "dms": len(w.dms),
            }
        return self.reply(
            {
                "time": self.network.clock.isoformat(),
                "calls": dict(self.network.calls),
                "records_read": self.network.records_read,
                "faults": dict(self.faults.injected),
                "brands": brands,
            }
        )

    async def truth(self, request: Request) -> Response:
        w = self.network.world(request.path_params["handle"])
        return self.reply(
            {
                "remote_id": w.remote_id,
                "arrivals": [str(rid) for rid, _ in w.notifications],
                "messages": [m.remote_id for m in w.messages],
                "dms": [m.remote_id for m in w.dms],
                "following": [str(r) for r in w.following],
                "follow_calls": {str(k): v for k, v in w.follow_calls.items()},
                "duplicate_follows": w.duplicate_follows,
                "repeat_follows": self.repeat_follows.get(w.handle, {}),
                "noop_follows": self.noop_follows.get(w.handle, 0),
                "limit_violations": w.limit_violations,
            }
        )

    async def fault_log(self, request: Request) -> Response:
        return self.reply({"faults": self.faults.log})

    async def time(self, request: Request) -> Response:
        return self.reply({"time": self.network.clock.isoformat()})


def create_app(server: SandboxServer) -> Starlette:
    """The Starlette app serving ``server``."""
    return Starlette(
        routes=[
            Route("/api/{handle}/{verb}", server.call, methods=["POST"]),
            Route("/control/advance", server.advance, methods=["POST"]),
            Route("/control/faults", server.set_faults, methods=["POST"]),
            Route("/control/brands", server.add_brand, methods=["POST"]),
            Route("/control/stats", server.stats, methods=["GET"]),
            Route("/control/truth/{handle}", server.truth, methods=["GET"]),
            Route("/control/time", server.time, methods=["GET"]),
            Route("/control/fault-log", server.fault_log, methods=["GET"]),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    """Serve a sandbox network; print ``http://127.0.0.1:PORT`` once listening."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--brands", type=int, default=0, help="brands named brand1..N")
    parser.add_argument("--followers", type=int, default=1000)
    parser.add_argument("--port-file", default=None, help="write the URL here once ready")
    args = parser.parse_args(argv)
    net = SandboxNetwork(seed=args.seed)
    for i in range(1, args.brands + 1):
        net.add_brand(f"brand{i}", followers=args.followers)
    app = create_app(SandboxServer(net))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)

    async def serve() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.02)
        print(url, flush=True)
        if args.port_file:
            with open(args.port_file, "w", encoding="utf-8") as fh:
                fh.write(url)
        await task

    asyncio.run(serve())
    sys.exit(0)


if __name__ == "__main__":
    main()
