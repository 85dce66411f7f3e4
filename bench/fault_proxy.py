"""A fault-injecting HTTP proxy on 127.0.0.1 in front of a local platform server.

For the server soak (``bench/soak_servers.py``): every request is forwarded to the
upstream server, except that, drawn at random per request,

- ``drop``: the request is forwarded and applied, then the connection is reset before any
  answer (a write that landed but whose answer was lost);
- ``reset``: the connection is reset before forwarding (nothing applied);
- ``429``: answered "Too Many Requests" with ``Retry-After: 1`` (nothing applied);
- ``503``: answered "Service Unavailable" (nothing applied);
- ``delay``: forwarded after a pause.

Writes (POST, DELETE) draw from ``write_rates``, reads from ``read_rates``; log-in and
token paths are never faulted (sessions are rate-limited on the platform). Bodies are
passed through with the upstream's address rewritten to the proxy's, so clients that
follow links from a response (atproto's DID document names the PDS) stay behind the proxy.

Hand-written on asyncio streams rather than a proxy library because the faults need the
raw connection: ``transport.abort()`` sends the TCP reset a real network failure sends.
One request per connection (``Connection: close``) keeps the parsing minimal.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from dataclasses import dataclass, field

import httpx

__all__ = ["FaultProxy", "FaultRates"]

_NEVER = ("createSession", "refreshSession", "/oauth/", "describeServer")
_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "host",
    "accept-encoding",
}


@dataclass
class FaultRates:
    drop: float = 0.0
    reset: float = 0.0
    limited: float = 0.0
    unavailable: float = 0.0
    delay: float = 0.0

    def draw(self, rng: random.Random) -> str | None:
        r = rng.random()
        for name, rate in (
            ("drop", self.drop),
            ("reset", self.reset),
            ("429", self.limited),
            ("503", self.unavailable),
            ("delay", self.delay),
        ):
            if r < rate:
                return name
            r -= rate
        return None


@dataclass
class FaultProxy:
    """Serve on 127.0.0.1 (a free port) in a background thread; ``url`` once started."""

    upstream: str
    write_rates: FaultRates
    read_rates: FaultRates
    seed: int = 0
    delay_s: float = 0.3
    enabled: bool = True
    # When set, only requests whose path contains one of these are faulted (a test that
    # needs "the read-back fails" without failing every other read).
    only: tuple[str, ...] = ()
    counts: Counter[str] = field(default_factory=Counter)
    url: str = ""

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._up = httpx.URL(self.upstream)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        port = server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self._client = httpx.AsyncClient(timeout=30.0)
        self._ready.set()
        self._loop.run_forever()

    async def _read_request(
        self, reader: asyncio.StreamReader
    ) -> tuple[str, str, dict[str, str], bytes] | None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip()] = value.strip()
        length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), 0))
        body = await reader.readexactly(length) if length else b""
        return method, target, headers, body

    def _fault(self, method: str, target: str) -> str | None:
        if not self.enabled or any(p in target for p in _NEVER):
            return None
        if self.only and not any(p in target for p in self.only):
            return None
        rates = self.write_rates if method in ("POST", "PUT", "DELETE") else self.read_rates
        fault = rates.draw(self._rng)
        if fault is not None:
            self.counts[fault] += 1
        return fault

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await self._read_request(reader)
        except (asyncio.IncompleteReadError, ValueError, ConnectionError):
            writer.close()
            return
        if request is None:
            writer.close()
            return
        method, target, headers, body = request
        fault = self._fault(method, target)
        if fault == "reset":
            writer.transport.abort()
            return
        if fault in ("429", "503"):
            status = b"429 Too Many Requests" if fault == "429" else b"503 Service Unavailable"
            extra = b"Retry-After: 1\r\n" if fault == "429" else b""
            msg = b'{"error":"injected"}'
            writer.write(
                b"HTTP/1.1 "
                + status
                + b"\r\nContent-Type: application/json\r\n"
                + extra
                + b"Content-Length: "
                + str(len(msg)).encode()
                + b"\r\nConnection: close\r\n\r\n"
                + msg
            )
            await writer.drain()
            writer.close()
            return
        if fault == "delay":
            await asyncio.sleep(self.delay_s)
        out = {k: v for k, v in headers.items() if k.lower() not in _HOP}
        out["Accept-Encoding"] = "identity"
        try:
            response = await self._client.request(
                method, str(self._up.join(target)), headers=out, content=body
            )
        except httpx.HTTPError:
            writer.transport.abort()
            return
        if fault == "drop":  # applied upstream; the answer never arrives
            writer.transport.abort()
            return
        content = response.content.replace(str(self._up).rstrip("/").encode(), self.url.encode())
        lines = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}"]
        for name, value in response.headers.items():
            if name.lower() not in _HOP and name.lower() != "content-encoding":
                lines.append(f"{name}: {value}")
        lines += [f"Content-Length: {len(content)}", "Connection: close", "", ""]
        writer.write("\r\n".join(lines).encode("latin-1") + content)
        try:
            await writer.drain()
        finally:
            writer.close()
